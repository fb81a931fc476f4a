#include "core/refi/qde_reader.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUuid>
#include <QXmlStreamReader>

namespace gw::refi {

QString cleanGuid(const QString &guid)
{
    QString g = guid.trimmed().toLower();
    if (g.startsWith(u'{') && g.endsWith(u'}'))
        g = g.mid(1, g.size() - 2);
    return g;
}

namespace {

class Parser
{
public:
    Parser(const QByteArray &xml, const QString &fileName) : m_x(xml), m_fileName(fileName) {}

    Result<RefiProject> run();
    QStringList warnings;

private:
    QString attr(QStringView name) const { return m_x.attributes().value(name).toString(); }
    QString guidAttr(QStringView name = u"guid")
    {
        QString g = cleanGuid(attr(name));
        if (g.isEmpty() && name == u"guid") {
            g = QUuid::createUuid().toString(QUuid::WithoutBraces);
            warn(QCoreApplication::translate("gw::qde_reader", "line %1: <%2> has no guid; one was made up.").arg(m_x.lineNumber()).arg(m_x.name()));
        }
        return g;
    }
    void warn(const QString &message)
    {
        if (warnings.size() < 200)
            warnings.append(message);
    }
    // Skips an element we do not read, noting it once per name.
    void skipUnknown(const QString &where)
    {
        const QString key = where + u'/' + m_x.name().toString();
        if (!m_skipped.contains(key)) {
            m_skipped.append(key);
            warn(QCoreApplication::translate("gw::qde_reader", "line %1: <%2> inside <%3> is not part of REFI-QDA 1.0 and was ignored.")
                     .arg(m_x.lineNumber())
                     .arg(m_x.name().toString(), where));
        }
        m_x.skipCurrentElement();
    }
    QString text() { return m_x.readElementText(QXmlStreamReader::IncludeChildElements); }
    bool is(QStringView name) const { return m_x.name() == name; }

    void codes(std::vector<Code> &into, int parent, int depth, bool codebookSets);
    void code(std::vector<Code> &into, int parent, int depth);
    void users();
    void variables();
    void cases();
    void sources();
    void textSource(Source &s);
    void otherSource(Source &s);
    Selection selection();
    Coding coding(const QString &targetKind);
    VariableValue variableValue();
    void notes();
    void sets(bool codebook);
    void noteRef(const QString &kind, const QString &target);

    QXmlStreamReader m_x;
    QString m_fileName;
    RefiProject m_p;
    QStringList m_skipped;
    QString m_refusal; // a limit the file went past: the reason it is refused
};

Result<RefiProject> Parser::run()
{
    // Refuse a DTD before anything could be expanded from it.
    while (!m_x.atEnd()) {
        const auto token = m_x.readNext();
        if (token == QXmlStreamReader::DTD)
            return fail(ErrorKind::InvalidInput,
                        QCoreApplication::translate("gw::qde_reader", "%1 was refused: it declares a document type (DTD) with entities, which "
                                       "REFI-QDA never uses and which can make a file expand without limit.")
                            .arg(m_fileName));
        if (token == QXmlStreamReader::StartElement)
            break;
    }
    if (m_x.hasError() || m_x.tokenType() != QXmlStreamReader::StartElement)
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::qde_reader", "%1 is not well-formed XML (line %2: %3).")
                                                 .arg(m_fileName)
                                                 .arg(m_x.lineNumber())
                                                 .arg(m_x.errorString()));
    const QString ns = m_x.namespaceUri().toString();
    const QString root = m_x.name().toString();
    const bool project = root == u"Project" && ns.startsWith(QStringLiteral("urn:QDA-XML:project"));
    const bool codebook = root == u"CodeBook" && ns.startsWith(QStringLiteral("urn:QDA-XML:codebook"));
    if (!project && !codebook)
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::qde_reader", "%1 is not a REFI-QDA project or codebook: its root element is <%2>%3, not a "
                                   "<Project> or <CodeBook> in the QDA-XML namespace.")
                        .arg(m_fileName, root,
                             ns.isEmpty() ? QCoreApplication::translate("gw::qde_reader", " without a namespace") : QCoreApplication::translate("gw::qde_reader", " in \"%1\"").arg(ns)));
    m_p.codebookOnly = codebook;
    m_p.namespaceUri = ns;
    m_p.name = attr(u"name");
    m_p.origin = attr(u"origin");
    if (ns != (project ? kProjectNamespace : kCodebookNamespace))
        warn(QCoreApplication::translate("gw::qde_reader", "The file uses the namespace \"%1\", not \"%2\"; it was read as REFI-QDA 1.0.")
                 .arg(ns, project ? kProjectNamespace : kCodebookNamespace));

    while (m_x.readNextStartElement()) {
        if (is(u"Codes") && codebook)
            codes(m_p.codes, -1, 0, true);
        else if (is(u"Sets") && codebook)
            sets(true);
        else if (!project)
            skipUnknown(root);
        else if (is(u"Users"))
            users();
        else if (is(u"CodeBook")) {
            while (m_x.readNextStartElement()) {
                if (is(u"Codes"))
                    codes(m_p.codes, -1, 0, false);
                else
                    skipUnknown(QStringLiteral("CodeBook"));
            }
        } else if (is(u"Variables"))
            variables();
        else if (is(u"Cases"))
            cases();
        else if (is(u"Sources"))
            sources();
        else if (is(u"Notes"))
            notes();
        else if (is(u"Links")) {
            while (m_x.readNextStartElement()) {
                ++m_p.links;
                m_x.skipCurrentElement();
            }
        } else if (is(u"Sets"))
            sets(false);
        else if (is(u"Graphs")) {
            while (m_x.readNextStartElement()) {
                ++m_p.graphs;
                m_x.skipCurrentElement();
            }
        } else if (is(u"NoteRef")) {
            noteRef(QStringLiteral("project"), QString());
        } else if (is(u"Description"))
            m_x.skipCurrentElement();
        else
            skipUnknown(root);
    }
    if (!m_refusal.isEmpty())
        return fail(ErrorKind::InvalidInput, m_refusal);
    if (m_x.hasError())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::qde_reader", "%1 is not well-formed XML (line %2: %3).")
                                                 .arg(m_fileName)
                                                 .arg(m_x.lineNumber())
                                                 .arg(m_x.errorString()));
    return std::move(m_p);
}

void Parser::users()
{
    while (m_x.readNextStartElement()) {
        if (is(u"User")) {
            m_p.users.append(User{guidAttr(), attr(u"name").trimmed()});
            m_x.skipCurrentElement();
        } else
            skipUnknown(QStringLiteral("Users"));
    }
}

void Parser::codes(std::vector<Code> &into, int parent, int depth, bool)
{
    while (m_x.readNextStartElement()) {
        if (is(u"Code"))
            code(into, parent, depth);
        else
            skipUnknown(QStringLiteral("Codes"));
    }
}

void Parser::code(std::vector<Code> &into, int parent, int depth)
{
    // A loop over the open <Code> elements, not recursion: a .qdc nested tens
    // of thousands deep must not overflow the stack.
    std::vector<int> open;
    const auto start = [&](int parentIndex, int codeDepth) {
        if (into.size() >= kMaxRefiCodes) {
            m_refusal = QCoreApplication::translate("gw::qde_reader", "%1 was refused: it holds more than %2 codes (a study's codebook has "
                                       "hundreds or a few thousand), so it is damaged or not a codebook.")
                            .arg(m_fileName, QLocale(QLocale::English).toString(qlonglong(kMaxRefiCodes)));
            m_x.raiseError(m_refusal);
            return;
        }
        Code c;
        c.guid = guidAttr();
        c.name = attr(u"name");
        c.color = attr(u"color").trimmed();
        c.codable = attr(u"isCodable") != u"false" && attr(u"isCodable") != u"0";
        c.parent = parentIndex;
        c.depth = codeDepth;
        open.push_back(int(into.size()));
        into.push_back(std::move(c));
    };
    start(parent, depth);
    while (!open.empty()) {
        if (!m_x.readNextStartElement()) { // this code's end (or an error, which run() reports)
            open.pop_back();
            continue;
        }
        const int current = open.back();
        if (is(u"Description"))
            into[size_t(current)].description = text();
        else if (is(u"NoteRef"))
            noteRef(QStringLiteral("code"), into[size_t(current)].guid);
        else if (is(u"Code"))
            start(current, into[size_t(current)].depth + 1);
        else
            skipUnknown(QStringLiteral("Code"));
    }
}

VariableValue Parser::variableValue()
{
    VariableValue v;
    while (m_x.readNextStartElement()) {
        if (is(u"VariableRef")) {
            v.variableGuid = guidAttr(u"targetGUID");
            m_x.skipCurrentElement();
        } else if (m_x.name().endsWith(u"Value"))
            v.value = text();
        else
            skipUnknown(QStringLiteral("VariableValue"));
    }
    return v;
}

void Parser::variables()
{
    while (m_x.readNextStartElement()) {
        if (!is(u"Variable")) {
            skipUnknown(QStringLiteral("Variables"));
            continue;
        }
        Variable v{guidAttr(), attr(u"name"), attr(u"typeOfVariable"), QString()};
        while (m_x.readNextStartElement()) {
            if (is(u"Description"))
                v.description = text();
            else
                skipUnknown(QStringLiteral("Variable"));
        }
        m_p.variables.append(v);
    }
}

void Parser::cases()
{
    while (m_x.readNextStartElement()) {
        if (!is(u"Case")) {
            skipUnknown(QStringLiteral("Cases"));
            continue;
        }
        Case c;
        c.guid = guidAttr();
        c.name = attr(u"name");
        while (m_x.readNextStartElement()) {
            if (is(u"Description"))
                c.description = text();
            else if (is(u"VariableValue"))
                c.values.append(variableValue());
            else if (is(u"SourceRef")) {
                c.sourceGuids.append(guidAttr(u"targetGUID"));
                m_x.skipCurrentElement();
            } else if (is(u"SelectionRef")) {
                c.selectionGuids.append(guidAttr(u"targetGUID"));
                m_x.skipCurrentElement();
            } else if (is(u"CodeRef")) {
                ++c.codeRefs;
                m_x.skipCurrentElement();
            } else
                skipUnknown(QStringLiteral("Case"));
        }
        m_p.cases.append(c);
    }
}

void Parser::noteRef(const QString &kind, const QString &target)
{
    m_p.noteRefs.append(NoteRef{guidAttr(u"targetGUID"), kind, target});
    m_x.skipCurrentElement();
}

Coding Parser::coding(const QString &)
{
    Coding c;
    c.guid = guidAttr();
    c.user = cleanGuid(attr(u"creatingUser"));
    c.created = attr(u"creationDateTime");
    while (m_x.readNextStartElement()) {
        if (is(u"CodeRef")) {
            c.codeGuid = guidAttr(u"targetGUID");
            m_x.skipCurrentElement();
        } else if (is(u"NoteRef"))
            noteRef(QStringLiteral("coding"), c.guid);
        else
            skipUnknown(QStringLiteral("Coding"));
    }
    return c;
}

Selection Parser::selection()
{
    Selection s;
    s.guid = guidAttr();
    s.name = attr(u"name");
    s.user = cleanGuid(attr(u"creatingUser"));
    s.created = attr(u"creationDateTime");
    bool okStart = false, okEnd = false;
    s.start = attr(u"startPosition").toLongLong(&okStart);
    s.end = attr(u"endPosition").toLongLong(&okEnd);
    s.positionsValid = okStart && okEnd;
    while (m_x.readNextStartElement()) {
        if (is(u"Coding"))
            s.codings.append(coding(QStringLiteral("selection")));
        else if (is(u"NoteRef"))
            noteRef(QStringLiteral("selection"), s.guid);
        else if (is(u"Description"))
            m_x.skipCurrentElement();
        else
            skipUnknown(QStringLiteral("PlainTextSelection"));
    }
    return s;
}

void Parser::textSource(Source &s)
{
    s.plainTextPath = attr(u"plainTextPath");
    s.richTextPath = attr(u"richTextPath");
    while (m_x.readNextStartElement()) {
        if (is(u"PlainTextContent")) {
            s.inlineText = text();
            s.hasInlineText = true;
        } else if (is(u"PlainTextSelection"))
            s.selections.push_back(selection());
        else if (is(u"Coding")) {
            ++s.wholeSourceCodings;
            m_x.skipCurrentElement();
        } else if (is(u"NoteRef"))
            noteRef(QStringLiteral("source"), s.guid);
        else if (is(u"VariableValue"))
            s.values.append(variableValue());
        else if (is(u"Description"))
            m_x.skipCurrentElement();
        else
            skipUnknown(QStringLiteral("TextSource"));
    }
}

// PDF, picture, audio and video sources: only counted, for the preview.
void Parser::otherSource(Source &s)
{
    s.path = attr(u"path");
    while (m_x.readNextStartElement()) {
        if (m_x.name().endsWith(u"Selection")) {
            ++s.otherSelections;
            m_x.skipCurrentElement();
        } else if (is(u"Representation") || is(u"Transcript") || is(u"TextDescription")) {
            // Their text selections count as selections on this source.
            int depth = 1;
            while (depth > 0 && !m_x.atEnd()) {
                const auto t = m_x.readNext();
                if (t == QXmlStreamReader::StartElement) {
                    ++depth;
                    if (m_x.name().endsWith(u"Selection"))
                        ++s.otherSelections;
                } else if (t == QXmlStreamReader::EndElement)
                    --depth;
            }
        } else if (is(u"NoteRef"))
            noteRef(QStringLiteral("source"), s.guid);
        else if (is(u"VariableValue"))
            s.values.append(variableValue());
        else if (is(u"Coding")) {
            ++s.wholeSourceCodings;
            m_x.skipCurrentElement();
        } else
            m_x.skipCurrentElement();
    }
}

void Parser::sources()
{
    while (m_x.readNextStartElement()) {
        Source s;
        s.guid = guidAttr();
        s.name = attr(u"name");
        s.user = cleanGuid(attr(u"creatingUser"));
        s.created = attr(u"creationDateTime");
        if (is(u"TextSource")) {
            s.type = SourceType::Text;
            textSource(s);
        } else if (is(u"PDFSource") || is(u"PictureSource") || is(u"AudioSource") || is(u"VideoSource")) {
            s.type = is(u"PDFSource")       ? SourceType::Pdf
                     : is(u"PictureSource") ? SourceType::Picture
                     : is(u"AudioSource")   ? SourceType::Audio
                                            : SourceType::Video;
            otherSource(s);
        } else {
            skipUnknown(QStringLiteral("Sources"));
            continue;
        }
        m_p.sources.push_back(std::move(s));
    }
}

void Parser::notes()
{
    while (m_x.readNextStartElement()) {
        if (!is(u"Note")) {
            skipUnknown(QStringLiteral("Notes"));
            continue;
        }
        Note n;
        n.guid = guidAttr();
        n.name = attr(u"name");
        n.plainTextPath = attr(u"plainTextPath");
        n.user = cleanGuid(attr(u"creatingUser"));
        n.created = attr(u"creationDateTime");
        n.modified = attr(u"modifiedDateTime");
        while (m_x.readNextStartElement()) {
            if (is(u"PlainTextContent")) {
                n.text = text();
                n.hasInlineText = true;
            } else
                m_x.skipCurrentElement();
        }
        m_p.notes.append(n);
    }
}

void Parser::sets(bool codebook)
{
    while (m_x.readNextStartElement()) {
        if (!is(u"Set")) {
            skipUnknown(QStringLiteral("Sets"));
            continue;
        }
        Set s;
        s.guid = guidAttr();
        s.name = attr(u"name");
        while (m_x.readNextStartElement()) {
            if (is(u"MemberCode"))
                s.codeGuids.append(cleanGuid(attr(codebook ? u"guid" : u"targetGUID")));
            else if (is(u"MemberSource"))
                s.sourceGuids.append(cleanGuid(attr(u"targetGUID")));
            else if (is(u"MemberNote"))
                s.noteGuids.append(cleanGuid(attr(u"targetGUID")));
            m_x.skipCurrentElement();
        }
        m_p.sets.append(s);
    }
}

} // namespace

Result<ParsedXml> readQde(const QByteArray &xml, const QString &fileName)
{
    ParsedXml out;
    QByteArray clean = xml;
    int boms = 0;
    while (clean.startsWith("\xEF\xBB\xBF")) {
        clean.remove(0, 3);
        ++boms;
    }
    qsizetype lead = 0;
    while (lead < clean.size() && (clean[lead] == ' ' || clean[lead] == '\n' || clean[lead] == '\r' || clean[lead] == '\t'))
        ++lead;
    if (lead > 0 && clean.mid(lead).startsWith("<?xml")) {
        clean.remove(0, lead);
        out.warnings.append(QCoreApplication::translate("gw::qde_reader", "%1 has white space before its XML declaration.").arg(fileName));
    }
    if (boms > 1)
        out.warnings.append(QCoreApplication::translate("gw::qde_reader", "%1 starts with %2 byte-order marks.").arg(fileName).arg(boms));
    Parser parser(clean, fileName);
    auto project = parser.run();
    if (!project)
        return std::unexpected(project.error());
    out.project = std::move(*project);
    out.warnings += parser.warnings;
    // One byte-order mark is allowed by XML; keep it for the validator only when it was alone.
    out.cleanXml = clean;
    return out;
}

} // namespace gw::refi

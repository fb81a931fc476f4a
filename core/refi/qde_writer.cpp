#include "core/refi/qde_writer.h"

#include "core/refi/extension.h"
#include "core/refi/qde_reader.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>
#include <QXmlStreamWriter>

namespace gw::refi {

namespace {

// Deterministic GUIDs for things Groundwork does not store (codings, sets), so
// that exporting the same project twice gives the same file.
const QUuid kNamespace = QUuid::fromString(QStringLiteral("{4f6c2a1e-93d8-4b1f-a7c2-9e0d5b3f6a17}"));

QString derivedGuid(const QString &guid, const char *what)
{
    return QUuid::createUuidV5(kNamespace, (guid + u'/' + QLatin1String(what)).toUtf8()).toString(QUuid::WithoutBraces);
}

bool isDateTime(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})?$"));
    return re.match(text).hasMatch();
}

bool isDecimal(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)$"));
    return re.match(text.trimmed()).hasMatch();
}

void dateAttribute(QXmlStreamWriter &x, const QString &name, const QString &value)
{
    if (isDateTime(value))
        x.writeAttribute(name, value);
}

struct Tree
{
    QHash<std::int64_t, QList<const Snapshot::Tier *>> themesOf; // dimension id (0: none) -> themes
    QHash<std::int64_t, QList<const Snapshot::Code *>> codesOf;  // theme id (0: none) -> codes
    QHash<QString, QStringList> memosOf;                          // "kind:id" -> memo guids
    QStringList projectMemos;
};

Tree buildTree(const Snapshot &s)
{
    Tree t;
    QHash<std::int64_t, std::int64_t> themeOfCode;
    QHash<std::int64_t, std::int64_t> positionInTheme;
    for (const auto &tc : s.themeCodes) {
        themeOfCode.insert(tc.code, tc.theme);
        positionInTheme.insert(tc.code, tc.position);
    }
    for (const auto &theme : s.themes)
        t.themesOf[s.dimensionGuid.contains(theme.dimension) ? theme.dimension : 0].append(&theme);
    for (const auto &code : s.codes) {
        const std::int64_t theme = themeOfCode.value(code.id, 0);
        t.codesOf[s.themeGuid.contains(theme) ? theme : 0].append(&code);
    }
    for (auto it = t.codesOf.begin(); it != t.codesOf.end(); ++it)
        if (it.key() != 0)
            std::stable_sort(it->begin(), it->end(), [&](const Snapshot::Code *a, const Snapshot::Code *b) {
                return positionInTheme.value(a->id) < positionInTheme.value(b->id);
            });
    for (const auto &m : s.memos) {
        const QHash<std::int64_t, QString> *targets = m.targetKind == u"source"      ? &s.sourceGuid
                                                      : m.targetKind == u"segment"   ? &s.segmentGuid
                                                      : m.targetKind == u"code"      ? &s.codeGuid
                                                      : m.targetKind == u"theme"     ? &s.themeGuid
                                                      : m.targetKind == u"dimension" ? &s.dimensionGuid
                                                                                     : nullptr;
        if (targets && targets->contains(m.target))
            t.memosOf[m.targetKind + u':' + QString::number(m.target)].append(m.guid);
        else
            t.projectMemos.append(m.guid);
    }
    return t;
}

class CodeWriter
{
public:
    CodeWriter(QXmlStreamWriter &x, const Snapshot &s, const Tree &t, bool noteRefs)
        : m_x(x), m_s(s), m_t(t), m_noteRefs(noteRefs)
    {
    }

    void all()
    {
        for (const auto &d : m_s.dimensions) {
            open(d.guid, d.name, d.definition, false, QString(), QStringLiteral("dimension:%1").arg(d.id));
            for (const auto *theme : m_t.themesOf.value(d.id))
                writeTheme(*theme);
            m_x.writeEndElement();
        }
        for (const auto *theme : m_t.themesOf.value(0))
            writeTheme(*theme);
        for (const auto *code : m_t.codesOf.value(0))
            writeCode(*code);
    }

private:
    void open(const QString &guid, const QString &name, const QString &description, bool codable,
              const QString &color, const QString &memoKey)
    {
        m_x.writeStartElement(QStringLiteral("Code"));
        m_x.writeAttribute(QStringLiteral("guid"), guid);
        m_x.writeAttribute(QStringLiteral("name"), name);
        m_x.writeAttribute(QStringLiteral("isCodable"), codable ? QStringLiteral("true") : QStringLiteral("false"));
        if (!color.isEmpty())
            m_x.writeAttribute(QStringLiteral("color"), color);
        if (!description.isEmpty())
            m_x.writeTextElement(QStringLiteral("Description"), description);
        if (m_noteRefs)
            for (const QString &memo : m_t.memosOf.value(memoKey)) {
                m_x.writeEmptyElement(QStringLiteral("NoteRef"));
                m_x.writeAttribute(QStringLiteral("targetGUID"), memo);
            }
    }
    void writeTheme(const Snapshot::Tier &theme)
    {
        open(theme.guid, theme.name, theme.definition, false, QString(), QStringLiteral("theme:%1").arg(theme.id));
        for (const auto *code : m_t.codesOf.value(theme.id))
            writeCode(*code);
        m_x.writeEndElement();
    }
    void writeCode(const Snapshot::Code &code)
    {
        static const QRegularExpression rgb(QStringLiteral("^#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})$"));
        open(code.guid, code.name, code.definition, true, rgb.match(code.color).hasMatch() ? code.color : QString(),
             QStringLiteral("code:%1").arg(code.id));
        m_x.writeEndElement();
    }

    QXmlStreamWriter &m_x;
    const Snapshot &m_s;
    const Tree &m_t;
    bool m_noteRefs;
};

QString variableType(const Snapshot &s, const Snapshot::Attribute &a)
{
    if (a.type == u"date")
        return QStringLiteral("Date");
    if (a.type == u"boolean")
        return QStringLiteral("Boolean");
    if (a.type == u"number") {
        for (const auto &v : s.values)
            if (v.attribute == a.id && !isDecimal(v.value))
                return QStringLiteral("Text");
        return QStringLiteral("Float");
    }
    return QStringLiteral("Text");
}

QString valueElement(const QString &type)
{
    if (type == u"Date")
        return QStringLiteral("DateValue");
    if (type == u"Boolean")
        return QStringLiteral("BooleanValue");
    if (type == u"Float")
        return QStringLiteral("FloatValue");
    return QStringLiteral("TextValue");
}

// The themes as sets of codes (other tools show them as code groups), and in a
// project the sets of sources.
void writeSets(QXmlStreamWriter &x, const Snapshot &s, const Tree &t, bool codebook)
{
    bool any = !codebook && !s.setMembers.empty();
    for (const auto &theme : s.themes)
        any = any || !t.codesOf.value(theme.id).isEmpty();
    if (!any)
        return;
    x.writeStartElement(QStringLiteral("Sets"));
    for (const auto &theme : s.themes) {
        const auto codes = t.codesOf.value(theme.id);
        if (codes.isEmpty())
            continue;
        x.writeStartElement(QStringLiteral("Set"));
        x.writeAttribute(QStringLiteral("guid"), derivedGuid(theme.guid, "set"));
        x.writeAttribute(QStringLiteral("name"), theme.name);
        x.writeTextElement(QStringLiteral("Description"), QStringLiteral("The codes of the theme \"%1\".").arg(theme.name));
        for (const auto *code : codes) {
            x.writeEmptyElement(QStringLiteral("MemberCode"));
            x.writeAttribute(codebook ? QStringLiteral("guid") : QStringLiteral("targetGUID"), code->guid);
        }
        x.writeEndElement();
    }
    if (!codebook)
        for (std::size_t i = 0; i < s.setMembers.size(); ++i) {
            const auto &m = s.setMembers[i];
            if (i > 0 && s.setMembers[i - 1].set == m.set) {
                x.writeEmptyElement(QStringLiteral("MemberSource"));
                x.writeAttribute(QStringLiteral("targetGUID"), s.sourceGuid.value(m.source));
            } else {
                if (i > 0)
                    x.writeEndElement();
                x.writeStartElement(QStringLiteral("Set"));
                x.writeAttribute(QStringLiteral("guid"), m.setGuid);
                x.writeAttribute(QStringLiteral("name"), m.setName);
                x.writeEmptyElement(QStringLiteral("MemberSource"));
                x.writeAttribute(QStringLiteral("targetGUID"), s.sourceGuid.value(m.source));
            }
            if (i + 1 == s.setMembers.size())
                x.writeEndElement();
        }
    x.writeEndElement();
}

} // namespace

QString sourceTextPath(const QString &sourceGuid)
{
    return QStringLiteral("sources/%1.txt").arg(sourceGuid);
}

QByteArray projectXml(const Snapshot &s, const QString &origin)
{
    const Tree tree = buildTree(s);
    QByteArray out;
    out.reserve(1 << 20);
    QXmlStreamWriter x(&out);
    x.setAutoFormatting(true);
    x.setAutoFormattingIndent(1);
    x.writeStartDocument();
    x.writeDefaultNamespace(kProjectNamespace);
    x.writeStartElement(QStringLiteral("Project"));
    x.writeAttribute(QStringLiteral("name"), s.projectName);
    x.writeAttribute(QStringLiteral("origin"), origin);
    x.writeAttribute(QStringLiteral("creationDateTime"),
                     QDateTime::currentDateTimeUtc().toString(Qt::ISODate));

    if (!s.coders.empty()) {
        x.writeStartElement(QStringLiteral("Users"));
        for (const auto &c : s.coders) {
            x.writeEmptyElement(QStringLiteral("User"));
            x.writeAttribute(QStringLiteral("guid"), c.guid);
            x.writeAttribute(QStringLiteral("name"), c.name);
        }
        x.writeEndElement();
    }
    if (!s.codes.empty() || !s.themes.empty() || !s.dimensions.empty()) {
        x.writeStartElement(QStringLiteral("CodeBook"));
        x.writeStartElement(QStringLiteral("Codes"));
        CodeWriter(x, s, tree, true).all();
        x.writeEndElement();
        x.writeEndElement();
    }
    QHash<std::int64_t, QString> types;
    if (!s.attributes.empty()) {
        x.writeStartElement(QStringLiteral("Variables"));
        for (const auto &a : s.attributes) {
            types.insert(a.id, variableType(s, a));
            x.writeStartElement(QStringLiteral("Variable"));
            x.writeAttribute(QStringLiteral("guid"), a.guid);
            x.writeAttribute(QStringLiteral("name"), a.name);
            x.writeAttribute(QStringLiteral("typeOfVariable"), types.value(a.id));
            x.writeEndElement();
        }
        x.writeEndElement();
    }
    if (!s.cases.empty()) {
        QHash<std::int64_t, QList<const Snapshot::Value *>> valuesOf;
        for (const auto &v : s.values)
            valuesOf[v.caseId].append(&v);
        QHash<std::int64_t, QList<std::int64_t>> sourcesOf;
        for (const auto &cs : s.caseSources)
            sourcesOf[cs.caseId].append(cs.source);
        QHash<std::int64_t, QString> attributeGuid;
        for (const auto &a : s.attributes)
            attributeGuid.insert(a.id, a.guid);
        x.writeStartElement(QStringLiteral("Cases"));
        for (const auto &c : s.cases) {
            x.writeStartElement(QStringLiteral("Case"));
            x.writeAttribute(QStringLiteral("guid"), c.guid);
            x.writeAttribute(QStringLiteral("name"), c.name);
            if (!c.description.isEmpty())
                x.writeTextElement(QStringLiteral("Description"), c.description);
            for (const auto *v : valuesOf.value(c.id)) {
                x.writeStartElement(QStringLiteral("VariableValue"));
                x.writeEmptyElement(QStringLiteral("VariableRef"));
                x.writeAttribute(QStringLiteral("targetGUID"), attributeGuid.value(v->attribute));
                x.writeTextElement(valueElement(types.value(v->attribute)), v->value.trimmed());
                x.writeEndElement();
            }
            for (std::int64_t source : sourcesOf.value(c.id)) {
                x.writeEmptyElement(QStringLiteral("SourceRef"));
                x.writeAttribute(QStringLiteral("targetGUID"), s.sourceGuid.value(source));
            }
            x.writeEndElement();
        }
        x.writeEndElement();
    }
    if (!s.sources.empty()) {
        QHash<std::int64_t, QList<const Snapshot::Segment *>> segmentsOf;
        for (const auto &g : s.segments)
            segmentsOf[g.source].append(&g);
        x.writeStartElement(QStringLiteral("Sources"));
        for (const auto &src : s.sources) {
            x.writeStartElement(QStringLiteral("TextSource"));
            x.writeAttribute(QStringLiteral("guid"), src.guid);
            x.writeAttribute(QStringLiteral("name"), src.name);
            x.writeAttribute(QStringLiteral("plainTextPath"), QStringLiteral("internal://%1.txt").arg(src.guid));
            dateAttribute(x, QStringLiteral("creationDateTime"), src.imported);
            for (const auto *g : segmentsOf.value(src.id)) {
                x.writeStartElement(QStringLiteral("PlainTextSelection"));
                x.writeAttribute(QStringLiteral("guid"), g->guid);
                x.writeAttribute(QStringLiteral("startPosition"), QString::number(g->start));
                x.writeAttribute(QStringLiteral("endPosition"), QString::number(g->end));
                if (s.coderGuid.contains(g->coder))
                    x.writeAttribute(QStringLiteral("creatingUser"), s.coderGuid.value(g->coder));
                dateAttribute(x, QStringLiteral("creationDateTime"), g->created);
                x.writeStartElement(QStringLiteral("Coding"));
                x.writeAttribute(QStringLiteral("guid"), derivedGuid(g->guid, "coding"));
                if (s.coderGuid.contains(g->coder))
                    x.writeAttribute(QStringLiteral("creatingUser"), s.coderGuid.value(g->coder));
                dateAttribute(x, QStringLiteral("creationDateTime"), g->created);
                x.writeEmptyElement(QStringLiteral("CodeRef"));
                x.writeAttribute(QStringLiteral("targetGUID"), s.codeGuid.value(g->code));
                x.writeEndElement();
                for (const QString &memo : tree.memosOf.value(QStringLiteral("segment:%1").arg(g->id))) {
                    x.writeEmptyElement(QStringLiteral("NoteRef"));
                    x.writeAttribute(QStringLiteral("targetGUID"), memo);
                }
                x.writeEndElement();
            }
            for (const QString &memo : tree.memosOf.value(QStringLiteral("source:%1").arg(src.id))) {
                x.writeEmptyElement(QStringLiteral("NoteRef"));
                x.writeAttribute(QStringLiteral("targetGUID"), memo);
            }
            x.writeEndElement();
        }
        x.writeEndElement();
    }
    if (!s.memos.empty()) {
        x.writeStartElement(QStringLiteral("Notes"));
        for (const auto &m : s.memos) {
            x.writeStartElement(QStringLiteral("Note"));
            x.writeAttribute(QStringLiteral("guid"), m.guid);
            x.writeAttribute(QStringLiteral("name"), m.title);
            if (s.coderGuid.contains(m.coder))
                x.writeAttribute(QStringLiteral("creatingUser"), s.coderGuid.value(m.coder));
            dateAttribute(x, QStringLiteral("creationDateTime"), m.created);
            dateAttribute(x, QStringLiteral("modifiedDateTime"), m.modified);
            x.writeTextElement(QStringLiteral("PlainTextContent"), m.body);
            x.writeEndElement();
        }
        x.writeEndElement();
    }
    writeSets(x, s, tree, false);
    for (const QString &memo : tree.projectMemos) {
        x.writeEmptyElement(QStringLiteral("NoteRef"));
        x.writeAttribute(QStringLiteral("targetGUID"), memo);
    }
    x.writeEndElement();
    x.writeEndDocument();
    return out;
}

QByteArray codebookXml(const Snapshot &s, const QString &origin)
{
    const Tree tree = buildTree(s);
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.setAutoFormatting(true);
    x.setAutoFormattingIndent(1);
    x.writeStartDocument();
    x.writeDefaultNamespace(kCodebookNamespace);
    x.writeStartElement(QStringLiteral("CodeBook"));
    x.writeAttribute(QStringLiteral("origin"), origin);
    x.writeStartElement(QStringLiteral("Codes"));
    CodeWriter(x, s, tree, false).all();
    x.writeEndElement();
    writeSets(x, s, tree, true);
    x.writeEndElement();
    x.writeEndDocument();
    return out;
}

QByteArray extensionJson(const Snapshot &s)
{
    QJsonObject coders;
    for (const auto &c : s.coders)
        coders.insert(c.guid, QJsonObject{{QStringLiteral("created"), c.created}});
    QJsonObject sources;
    QHash<std::int64_t, QJsonArray> turnsOf;
    for (const auto &t : s.turns)
        turnsOf[t.source].append(QJsonArray{t.speaker, qint64(t.start), qint64(t.end),
                                            t.hasTimestamp ? QJsonValue(qint64(t.timestamp)) : QJsonValue()});
    for (const auto &src : s.sources)
        sources.insert(src.guid, QJsonObject{{QStringLiteral("kind"), src.kind},
                                             {QStringLiteral("originalName"), src.originalName},
                                             {QStringLiteral("originalFormat"), src.originalFormat},
                                             {QStringLiteral("sourceDate"), src.sourceDate},
                                             {QStringLiteral("metadata"), src.metadata},
                                             {QStringLiteral("imported"), src.imported},
                                             {QStringLiteral("turns"), turnsOf.value(src.id)}});
    QJsonObject codes;
    for (const auto &c : s.codes)
        codes.insert(c.guid, QJsonObject{{QStringLiteral("stage"), c.stage},
                                         {QStringLiteral("archived"), c.archived},
                                         {QStringLiteral("position"), qint64(c.position)},
                                         {QStringLiteral("created"), c.created},
                                         {QStringLiteral("createdBy"), s.coderGuid.value(c.createdBy)}});
    QJsonArray dimensions, themes, themeCodes;
    for (const auto &d : s.dimensions)
        dimensions.append(QJsonObject{{QStringLiteral("guid"), d.guid}, {QStringLiteral("name"), d.name},
                                      {QStringLiteral("definition"), d.definition}, {QStringLiteral("position"), qint64(d.position)}});
    for (const auto &t : s.themes)
        themes.append(QJsonObject{{QStringLiteral("guid"), t.guid}, {QStringLiteral("name"), t.name},
                                  {QStringLiteral("definition"), t.definition}, {QStringLiteral("position"), qint64(t.position)},
                                  {QStringLiteral("dimension"), s.dimensionGuid.value(t.dimension)}});
    for (const auto &tc : s.themeCodes)
        themeCodes.append(QJsonObject{{QStringLiteral("code"), s.codeGuid.value(tc.code)},
                                      {QStringLiteral("theme"), s.themeGuid.value(tc.theme)},
                                      {QStringLiteral("position"), qint64(tc.position)}});
    QJsonArray exemplars;
    for (const auto &e : s.exemplars)
        exemplars.append(QJsonObject{{QStringLiteral("theme"), s.themeGuid.value(e.theme)},
                                     {QStringLiteral("segment"), s.segmentGuid.value(e.segment)},
                                     {QStringLiteral("position"), qint64(e.position)}});
    QJsonObject attributes;
    for (const auto &a : s.attributes)
        attributes.insert(a.guid, QJsonObject{{QStringLiteral("type"), a.type}, {QStringLiteral("position"), qint64(a.position)}});
    QJsonObject memos;
    for (const auto &m : s.memos) {
        const QHash<std::int64_t, QString> *targets = m.targetKind == u"source"      ? &s.sourceGuid
                                                      : m.targetKind == u"segment"   ? &s.segmentGuid
                                                      : m.targetKind == u"code"      ? &s.codeGuid
                                                      : m.targetKind == u"theme"     ? &s.themeGuid
                                                      : m.targetKind == u"dimension" ? &s.dimensionGuid
                                                      : m.targetKind == u"case"      ? &s.caseGuid
                                                                                     : nullptr;
        memos.insert(m.guid, QJsonObject{{QStringLiteral("targetKind"), m.targetKind},
                                         {QStringLiteral("target"), targets ? targets->value(m.target) : QString()},
                                         {QStringLiteral("disconfirming"), m.disconfirming},
                                         {QStringLiteral("title"), m.title}});
    }
    QJsonArray audit;
    for (const auto &a : s.audit)
        audit.append(QJsonObject{{QStringLiteral("at"), a.at}, {QStringLiteral("coder"), s.coderGuid.value(a.coder)},
                                 {QStringLiteral("action"), a.action}, {QStringLiteral("details"), a.details},
                                 {QStringLiteral("why"), a.why}});
    QJsonArray savedQueries;
    for (const auto &q : s.savedQueries)
        savedQueries.append(QJsonObject{{QStringLiteral("guid"), q.guid},
                                        {QStringLiteral("name"), q.name},
                                        {QStringLiteral("expression"), q.expression},
                                        {QStringLiteral("options"), q.options},
                                        {QStringLiteral("created"), q.created},
                                        {QStringLiteral("modified"), q.modified}});
    QJsonObject settings;
    for (const auto &[key, value] : s.settings)
        settings.insert(key, value);
    const QJsonObject root{{QStringLiteral("format"), kExtensionFormat},
                           {QStringLiteral("version"), kExtensionVersion},
                           {QStringLiteral("coders"), coders},
                           {QStringLiteral("sources"), sources},
                           {QStringLiteral("codes"), codes},
                           {QStringLiteral("dimensions"), dimensions},
                           {QStringLiteral("themes"), themes},
                           {QStringLiteral("themeCodes"), themeCodes},
                           {QStringLiteral("exemplars"), exemplars},
                           {QStringLiteral("attributes"), attributes},
                           {QStringLiteral("memos"), memos},
                           {QStringLiteral("audit"), audit},
                           {QStringLiteral("savedQueries"), savedQueries},
                           {QStringLiteral("settings"), settings}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace gw::refi

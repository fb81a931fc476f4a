#include "core/structure/data_structure.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace gw {

std::size_t DataStructure::themeCount() const
{
    std::size_t n = 0;
    for (const auto &d : dimensions)
        n += d.themes.size();
    return n;
}

std::size_t DataStructure::codeCount() const
{
    std::size_t n = 0;
    for (const auto &d : dimensions)
        for (const auto &t : d.themes)
            n += t.codes.size();
    return n;
}

namespace {

// "Footnotes of the table: GDE = Global Digital Exemplar, FF = fast follower."
std::vector<Abbreviation> abbreviationsFromNote(const QString &note)
{
    std::vector<Abbreviation> out;
    static const QRegularExpression sentence(QStringLiteral("Footnotes of the table:\\s*([^\\n]*?)\\.?\\s*$"));
    const auto m = sentence.match(note);
    if (!m.hasMatch())
        return out;
    for (const QString &part : m.captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq < 0)
            continue;
        out.push_back({part.left(eq).trimmed(), part.mid(eq + 1).trimmed()});
    }
    return out;
}

Result<QString> nameOf(const QJsonObject &o, const QString &what, const QString &fileName)
{
    const QString name = o.value(QStringLiteral("name")).toString().simplified();
    if (name.isEmpty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::data_structure", "%1: a %2 has no name.").arg(fileName, what));
    return name;
}

} // namespace

Result<DataStructure> dataStructureFromJson(const QByteArray &json, const QString &fileName)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (doc.isNull())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::data_structure", "%1 is not valid JSON: %2 at byte %3.")
                                                 .arg(fileName, error.errorString())
                                                 .arg(error.offset));
    const QJsonObject root = doc.object();
    if (!root.value(QStringLiteral("dimensions")).isArray())
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::data_structure", "%1 has no \"dimensions\" list, so it is not a data structure.").arg(fileName));
    DataStructure out;
    out.citation = root.value(QStringLiteral("source")).toString();
    for (const QJsonValue &dv : root.value(QStringLiteral("dimensions")).toArray()) {
        const QJsonObject d = dv.toObject();
        auto dname = nameOf(d, QStringLiteral("dimension"), fileName);
        if (!dname)
            return std::unexpected(dname.error());
        StructureDimension dim{.name = *dname, .definition = d.value(QStringLiteral("definition")).toString()};
        for (const QJsonValue &tv : d.value(QStringLiteral("themes")).toArray()) {
            const QJsonObject t = tv.toObject();
            auto tname = nameOf(t, QStringLiteral("theme"), fileName);
            if (!tname)
                return std::unexpected(tname.error());
            StructureTheme theme{.name = *tname, .definition = t.value(QStringLiteral("definition")).toString()};
            for (const QJsonValue &cv : t.value(QStringLiteral("codes")).toArray()) {
                StructureCode code;
                if (cv.isString()) {
                    code.name = cv.toString().simplified();
                } else {
                    code.name = cv.toObject().value(QStringLiteral("name")).toString().simplified();
                    code.definition = cv.toObject().value(QStringLiteral("definition")).toString();
                }
                if (code.name.isEmpty())
                    return fail(ErrorKind::InvalidInput,
                                QCoreApplication::translate("gw::data_structure", "%1: a code under the theme \"%2\" has no name.").arg(fileName, theme.name));
                theme.codes.push_back(std::move(code));
            }
            dim.themes.push_back(std::move(theme));
        }
        out.dimensions.push_back(std::move(dim));
    }
    if (root.contains(QStringLiteral("abbreviations"))) {
        for (const QJsonValue &av : root.value(QStringLiteral("abbreviations")).toArray())
            out.abbreviations.push_back({av.toObject().value(QStringLiteral("abbreviation")).toString(),
                                         av.toObject().value(QStringLiteral("meaning")).toString()});
    } else {
        out.abbreviations = abbreviationsFromNote(root.value(QStringLiteral("note")).toString());
    }
    return out;
}

QByteArray dataStructureToJson(const DataStructure &structure)
{
    QJsonObject root;
    if (!structure.citation.isEmpty())
        root.insert(QStringLiteral("source"), structure.citation);
    QJsonArray dims;
    for (const auto &d : structure.dimensions) {
        QJsonObject dj{{QStringLiteral("name"), d.name}};
        if (!d.definition.isEmpty())
            dj.insert(QStringLiteral("definition"), d.definition);
        QJsonArray themes;
        for (const auto &t : d.themes) {
            QJsonObject tj{{QStringLiteral("name"), t.name}};
            if (!t.definition.isEmpty())
                tj.insert(QStringLiteral("definition"), t.definition);
            QJsonArray codes;
            for (const auto &c : t.codes) {
                if (c.definition.isEmpty())
                    codes.append(c.name);
                else
                    codes.append(QJsonObject{{QStringLiteral("name"), c.name}, {QStringLiteral("definition"), c.definition}});
            }
            tj.insert(QStringLiteral("codes"), codes);
            themes.append(tj);
        }
        dj.insert(QStringLiteral("themes"), themes);
        dims.append(dj);
    }
    root.insert(QStringLiteral("dimensions"), dims);
    QJsonArray abbreviations;
    for (const auto &a : structure.abbreviations)
        abbreviations.append(QJsonObject{{QStringLiteral("abbreviation"), a.abbreviation},
                                         {QStringLiteral("meaning"), a.meaning}});
    root.insert(QStringLiteral("abbreviations"), abbreviations);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace gw

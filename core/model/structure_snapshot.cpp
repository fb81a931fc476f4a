#include "core/model/structure_snapshot.h"

#include <QJsonArray>
#include <algorithm>
#include <map>

namespace gw {

namespace {

QJsonObject item(Id id, const QString &name)
{
    return QJsonObject{{QStringLiteral("id"), static_cast<qint64>(id)}, {QStringLiteral("name"), name}};
}

struct ThemeJson
{
    Id id = 0;
    QString name;
    std::optional<Id> dimensionId;
    QJsonArray codes;
};

} // namespace

Result<QJsonObject> structureSnapshot(Database &db)
{
    auto themesStmt = db.prepare(QStringLiteral("SELECT id, name, dimension_id FROM themes ORDER BY position, id"));
    if (!themesStmt)
        return std::unexpected(themesStmt.error());
    auto themes = collectRows<ThemeJson>(*themesStmt, [](const Statement &r) {
        ThemeJson t{r.int64(0), r.text(1), std::nullopt, {}};
        if (!r.isNull(2))
            t.dimensionId = r.int64(2);
        return t;
    });
    if (!themes)
        return std::unexpected(themes.error());
    std::map<Id, ThemeJson *> themeById;
    for (ThemeJson &t : *themes)
        themeById[t.id] = &t;

    auto codes = db.prepare(QStringLiteral(
        "SELECT c.id, c.name, tc.theme_id FROM codes c LEFT JOIN theme_codes tc ON tc.code_id = c.id "
        "WHERE c.archived = 0 AND (tc.theme_id IS NOT NULL OR c.stage = 'first-order') "
        "ORDER BY tc.position, c.position, c.id"));
    if (!codes)
        return std::unexpected(codes.error());
    QJsonArray unplacedCodes;
    for (;;) {
        auto row = codes->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        const QJsonObject code = item(codes->int64(0), codes->text(1));
        auto it = codes->isNull(2) ? themeById.end() : themeById.find(codes->int64(2));
        if (it != themeById.end())
            it->second->codes.append(code);
        else
            unplacedCodes.append(code);
    }

    auto dims = db.prepare(QStringLiteral("SELECT id, name FROM dimensions ORDER BY position, id"));
    if (!dims)
        return std::unexpected(dims.error());
    auto dimList = collectRows<std::pair<Id, QString>>(
        *dims, [](const Statement &r) { return std::pair<Id, QString>{r.int64(0), r.text(1)}; });
    if (!dimList)
        return std::unexpected(dimList.error());
    const auto themeJson = [](const ThemeJson &t) {
        QJsonObject o = item(t.id, t.name);
        o.insert(QStringLiteral("codes"), t.codes);
        return o;
    };
    QJsonArray dimensions;
    for (const auto &[id, name] : *dimList) {
        QJsonArray children;
        for (const ThemeJson &t : *themes)
            if (t.dimensionId == id)
                children.append(themeJson(t));
        QJsonObject d = item(id, name);
        d.insert(QStringLiteral("themes"), children);
        dimensions.append(d);
    }
    QJsonArray unplacedThemes;
    for (const ThemeJson &t : *themes) {
        const bool placed = t.dimensionId && std::ranges::any_of(*dimList, [&](const auto &d) {
            return d.first == *t.dimensionId;
        });
        if (!placed)
            unplacedThemes.append(themeJson(t));
    }
    return QJsonObject{{QStringLiteral("dimensions"), dimensions},
                       {QStringLiteral("unplacedThemes"), unplacedThemes},
                       {QStringLiteral("unplacedCodes"), unplacedCodes}};
}

namespace {

StructureCode codeFrom(const QJsonValue &v)
{
    return StructureCode{.id = v[u"id"].toInteger(), .name = v[u"name"].toString()};
}

StructureTheme themeFrom(const QJsonValue &v)
{
    StructureTheme t{.id = v[u"id"].toInteger(), .name = v[u"name"].toString()};
    for (const QJsonValue &c : v[u"codes"].toArray())
        t.codes.push_back(codeFrom(c));
    return t;
}

} // namespace

DataStructure structureFromSnapshot(const QJsonObject &snapshot)
{
    DataStructure out;
    for (const QJsonValue &d : snapshot.value(u"dimensions").toArray()) {
        StructureDimension dim{.id = d[u"id"].toInteger(), .name = d[u"name"].toString()};
        for (const QJsonValue &t : d[u"themes"].toArray())
            dim.themes.push_back(themeFrom(t));
        out.dimensions.push_back(std::move(dim));
    }
    for (const QJsonValue &t : snapshot.value(u"unplacedThemes").toArray())
        out.unplacedThemes.push_back(themeFrom(t));
    for (const QJsonValue &c : snapshot.value(u"unplacedCodes").toArray())
        out.unplacedCodes.push_back(codeFrom(c));
    return out;
}

} // namespace gw

#include "core/analysis/saved_queries.h"

#include "core/model/project.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUuid>

namespace gw {

QJsonObject toJson(const QueryOptions &options)
{
    QJsonObject o = options.filters.toJson();
    o[QStringLiteral("unit")] = toString(options.unit);
    return o;
}

Result<QueryOptions> queryOptionsFromJson(const QJsonObject &json)
{
    QueryOptions options;
    const QString unit = json.value(QStringLiteral("unit")).toString(QStringLiteral("overlap"));
    const auto u = queryUnitFromString(unit);
    if (!u)
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::saved_queries", "Unknown query unit \"%1\".").arg(unit));
    options.unit = *u;
    auto filters = QueryFilters::fromJson(json);
    if (!filters)
        return std::unexpected(filters.error());
    options.filters = std::move(*filters);
    return options;
}

namespace {

const QString kColumns =
    QStringLiteral("SELECT id, guid, name, expression, options, created, modified FROM saved_queries ");

Result<SavedQuery> read(const Statement &r)
{
    SavedQuery q;
    q.id = r.int64(0);
    q.guid = r.text(1);
    q.name = r.text(2);
    q.expression = r.text(3);
    q.created = r.text(5);
    q.modified = r.text(6);
    auto options = queryOptionsFromJson(QJsonDocument::fromJson(r.text(4).toUtf8()).object());
    if (!options)
        return fail(ErrorKind::Corrupt, QCoreApplication::translate("gw::saved_queries", "The saved query \"%1\" cannot be read: %2")
                                            .arg(q.name, options.error().message));
    q.options = std::move(*options);
    return q;
}

} // namespace

Result<std::vector<SavedQuery>> savedQueries(Project &project)
{
    auto stmt = project.database().prepare(kColumns + QStringLiteral("ORDER BY name COLLATE NOCASE, id"));
    if (!stmt)
        return std::unexpected(stmt.error());
    std::vector<SavedQuery> out;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return out;
        auto q = read(*stmt);
        if (!q)
            return std::unexpected(q.error());
        out.push_back(std::move(*q));
    }
}

Result<SavedQuery> savedQuery(Project &project, const QString &name)
{
    auto stmt = project.database().prepare(kColumns + QStringLiteral("WHERE name = ?1"));
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, name.trimmed());
    auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row) {
        auto all = savedQueries(project);
        QStringList names;
        if (all)
            for (const SavedQuery &q : *all)
                names.append(q.name);
        return fail(ErrorKind::NotFound,
                    QCoreApplication::translate("gw::saved_queries", "No saved query is called \"%1\".%2").arg(name, closestHint(name, names)));
    }
    return read(*stmt);
}

Result<Id> saveQuery(Project &project, const SavedQuery &query, bool replace)
{
    const QString name = query.name.trimmed();
    if (name.isEmpty() || query.expression.trimmed().isEmpty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::saved_queries", "A saved query needs a name and an expression."));
    if (project.isReadOnly())
        return fail(ErrorKind::ReadOnly, QCoreApplication::translate("gw::saved_queries", "The project is open read-only (another Groundwork has it): the query was not saved."));
    const QString options = QString::fromUtf8(QJsonDocument(toJson(query.options)).toJson(QJsonDocument::Compact));
    Database &db = project.database();
    auto existing = savedQuery(project, name);
    if (existing && !replace)
        return fail(ErrorKind::Conflict, QCoreApplication::translate("gw::saved_queries", "A saved query is already called \"%1\".").arg(name));
    if (existing) {
        auto stmt = db.prepare(QStringLiteral(
            "UPDATE saved_queries SET expression = ?2, options = ?3, "
            "modified = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?1"));
        if (!stmt)
            return std::unexpected(stmt.error());
        if (auto ok = stmt->bind(1, existing->id).bind(2, query.expression.trimmed()).bind(3, options).run(); !ok)
            return std::unexpected(ok.error());
        return existing->id;
    }
    auto stmt = db.prepare(
        QStringLiteral("INSERT INTO saved_queries (guid, name, expression, options) VALUES (?1, ?2, ?3, ?4)"));
    if (!stmt)
        return std::unexpected(stmt.error());
    const QString guid = query.guid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : query.guid;
    if (auto ok = stmt->bind(1, guid).bind(2, name).bind(3, query.expression.trimmed()).bind(4, options).run(); !ok)
        return std::unexpected(ok.error());
    return db.lastInsertId();
}

Status removeSavedQuery(Project &project, const QString &name)
{
    if (project.isReadOnly())
        return fail(ErrorKind::ReadOnly,
                    QCoreApplication::translate("gw::saved_queries", "The project is open read-only (another Groundwork has it): \"%1\" was not removed.")
                        .arg(name));
    auto q = savedQuery(project, name);
    if (!q)
        return std::unexpected(q.error());
    auto stmt = project.database().prepare(QStringLiteral("DELETE FROM saved_queries WHERE id = ?1"));
    if (!stmt)
        return std::unexpected(stmt.error());
    return stmt->bind(1, q->id).run();
}

Status putSavedQuery(Project &project, const SavedQuery &query)
{
    auto stmt = project.database().prepare(QStringLiteral(
        "INSERT INTO saved_queries (id, guid, name, expression, options, created, modified) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT(id) DO UPDATE SET guid = ?2, name = ?3, "
        "expression = ?4, options = ?5, created = ?6, modified = ?7"));
    if (!stmt)
        return std::unexpected(stmt.error());
    const QString options = QString::fromUtf8(QJsonDocument(toJson(query.options)).toJson(QJsonDocument::Compact));
    return stmt->bind(1, query.id)
        .bind(2, query.guid)
        .bind(3, query.name)
        .bind(4, query.expression)
        .bind(5, options)
        .bind(6, query.created)
        .bind(7, query.modified)
        .run();
}

} // namespace gw

#include "core/sources/source_store.h"

#include <QCoreApplication>
#include <QUuid>

namespace gw {

namespace {

const QString kSourceColumns = QStringLiteral(
    "s.id, s.guid, s.name, s.kind, s.length, coalesce(s.original_name, ''), coalesce(s.original_format, ''), "
    "s.content_hash, (SELECT count(*) FROM segments g WHERE g.source_id = s.id) FROM sources s");

SourceInfo readSource(const SqlRows &rows, int r)
{
    SourceInfo s;
    s.id = rows.int64(r, 0);
    s.guid = rows.text(r, 1);
    s.name = rows.text(r, 2);
    s.kind = sourceKindFromString(rows.text(r, 3)).value_or(SourceKind::Document);
    s.length = rows.int64(r, 4);
    s.originalName = rows.text(r, 5);
    s.originalFormat = rows.text(r, 6);
    s.contentHash = rows.text(r, 7);
    s.segmentCount = rows.int64(r, 8);
    return s;
}

Error noSource(Id id)
{
    return Error{ErrorKind::NotFound, QCoreApplication::translate("gw::project_sources", "No source with id %1.").arg(id)};
}

} // namespace

Result<Id> SourceStore::insertSource(const NewSource &source, const QString &hash, std::int64_t length)
{
    auto tx = m_session.transaction();
    if (!tx->begun())
        return std::unexpected(tx->begun().error());
    auto id = m_session.insert(
        QStringLiteral("INSERT INTO sources(guid, kind, name, text, content_hash, original_name, original_format, "
                       "length, metadata) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id"),
        {QUuid::createUuid().toString(QUuid::WithoutBraces), toString(source.kind), source.name, source.text, hash,
         // No original name or format is NULL, as a copy made anonymous leaves it.
         orNull(source.originalName), orNull(source.originalFormat), length,
         source.metadata.isEmpty() ? QStringLiteral("{}") : source.metadata});
    if (!id)
        return id;
    for (const Turn &t : source.turns) {
        if (auto ok = m_session.run(QStringLiteral("INSERT INTO turns(source_id, speaker, start, \"end\", timestamp_ms) "
                                                   "VALUES ($1, $2, $3, $4, $5)"),
                                    {*id, t.speaker, t.start, t.end,
                                     orNull(t.timestampMs)});
            !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return id;
}

Result<std::vector<SourceInfo>> SourceStore::sourcesWhere(const QString &where, const std::vector<SqlValue> &params)
{
    return readRows(m_session.query(QStringLiteral("SELECT %1 %2").arg(kSourceColumns, where), params), readSource);
}

Result<std::vector<SourceInfo>> SourceStore::sources()
{
    return sourcesWhere(QStringLiteral("ORDER BY lower(s.name), s.name"), {});
}

Result<SourceInfo> SourceStore::source(Id id)
{
    return firstOr(sourcesWhere(QStringLiteral("WHERE s.id = $1"), {id}), [id] { return noSource(id); });
}

Result<SourceInfo> SourceStore::sourceByName(const QString &name)
{
    return firstOr(sourcesWhere(QStringLiteral("WHERE s.name = $1"), {name}), [&name] {
        return Error{ErrorKind::NotFound,
                     QCoreApplication::translate("gw::project_sources", "No source named \"%1\" in the project.").arg(name)};
    });
}

Result<std::optional<SourceInfo>> SourceStore::sourceByHash(const QString &hash)
{
    auto list = sourcesWhere(QStringLiteral("WHERE s.content_hash = $1"), {hash});
    if (!list)
        return std::unexpected(list.error());
    if (list->empty())
        return std::optional<SourceInfo>();
    return std::optional<SourceInfo>(list->front());
}

Result<QString> SourceStore::sourceText(Id id)
{
    auto rows = m_session.query(QStringLiteral("SELECT text FROM sources WHERE id = $1"), {id});
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return std::unexpected(noSource(id));
    return rows->text(0, 0);
}

Result<std::vector<Turn>> SourceStore::turns(Id sourceId)
{
    auto rows = m_session.query(QStringLiteral("SELECT speaker, start, \"end\", timestamp_ms FROM turns "
                                               "WHERE source_id = $1 ORDER BY start, id"),
                                {sourceId});
    return readRows(rows, [](const SqlRows &row, int r) {
        Turn t{row.text(r, 0), row.int64(r, 1), row.int64(r, 2), std::nullopt};
        if (!row.isNull(r, 3))
            t.timestampMs = row.int64(r, 3);
        return t;
    });
}

} // namespace gw

#include "core/structure/structure_store.h"

#include <QCoreApplication>
#include <QUuid>

namespace gw {

Result<Id> StructureStore::insertSnapshot(const QString &name, const QString &structure, Id coderId)
{
    return m_session.insert(QStringLiteral("INSERT INTO structure_snapshots(guid, name, structure, audit_id, coder_id) "
                                           "VALUES ($1, $2, $3, (SELECT coalesce(max(id), 0) FROM audit_log), $4) "
                                           "RETURNING id"),
                            {QUuid::createUuid().toString(QUuid::WithoutBraces), name, structure, coderId});
}

Status StructureStore::removeSnapshot(Id snapshotId)
{
    return m_session.run(QStringLiteral("DELETE FROM structure_snapshots WHERE id = $1"), {snapshotId});
}

Result<SnapshotRecord> StructureStore::snapshotRecord(Id snapshotId)
{
    auto rows = m_session.query(QStringLiteral("SELECT id, guid, name, structure, audit_id, coder_id, created "
                                               "FROM structure_snapshots WHERE id = $1"),
                                {snapshotId});
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return fail(ErrorKind::NotFound,
                    QCoreApplication::translate("gw::project_snapshots", "There is no snapshot %1.").arg(snapshotId));
    return SnapshotRecord{rows->int64(0, 0), rows->text(0, 1), rows->text(0, 2), rows->text(0, 3), rows->int64(0, 4),
                          rows->isNull(0, 5) ? std::nullopt : std::optional<Id>(rows->int64(0, 5)), rows->text(0, 6)};
}

Status StructureStore::restoreSnapshot(const SnapshotRecord &record)
{
    return m_session.run(QStringLiteral("INSERT INTO structure_snapshots(id, guid, name, structure, audit_id, coder_id, "
                                        "created) VALUES ($1, $2, $3, $4, $5, $6, $7)"),
                         {record.id, record.guid, record.name, record.structure, record.auditId,
                          record.coderId ? SqlValue(*record.coderId) : SqlValue(nullptr), record.created});
}

Result<std::vector<SnapshotInfo>> StructureStore::snapshots(const std::optional<QString> &name)
{
    auto rows = m_session.query(
        QStringLiteral("SELECT s.id, s.guid, s.name, coalesce(k.name, ''), s.created, s.audit_id "
                       "FROM structure_snapshots s LEFT JOIN coders k ON k.id = s.coder_id "
                       "WHERE $1 = 0 OR s.name = $2 ORDER BY s.id"),
        {std::int64_t{name ? 1 : 0}, name.value_or(QString())});
    if (!rows)
        return std::unexpected(rows.error());
    std::vector<SnapshotInfo> list;
    for (int r = 0; r < rows->size(); ++r)
        list.push_back(SnapshotInfo{rows->int64(r, 0), rows->text(r, 1), rows->text(r, 2), rows->text(r, 3),
                                    rows->text(r, 4), rows->int64(r, 5)});
    return list;
}

} // namespace gw

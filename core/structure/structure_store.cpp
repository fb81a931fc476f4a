#include "core/structure/structure_store.h"

#include "core/coding/coding_rows.h"

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
                          orNull(record.coderId), record.created});
}

Result<std::vector<SnapshotInfo>> StructureStore::snapshots(const std::optional<QString> &name)
{
    auto rows = m_session.query(
        QStringLiteral("SELECT s.id, s.guid, s.name, coalesce(k.name, ''), s.created, s.audit_id "
                       "FROM structure_snapshots s LEFT JOIN coders k ON k.id = s.coder_id "
                       "WHERE $1 = 0 OR s.name = $2 ORDER BY s.id"),
        {std::int64_t{name ? 1 : 0}, name.value_or(QString())});
    return readRows(rows, [](const SqlRows &row, int r) {
        return SnapshotInfo{row.int64(r, 0), row.text(r, 1), row.text(r, 2), row.text(r, 3), row.text(r, 4),
                            row.int64(r, 5)};
    });
}

Result<std::vector<CodeInfo>> StructureStore::codesOfTheme(Id themeId)
{
    return readRows(m_session.query(QStringLiteral("SELECT %1 WHERE tc.theme_id = $1 AND c.archived = 0 "
                                                    "ORDER BY tc.position, c.position, c.id")
                                         .arg(rows::kCodeColumns),
                                     {themeId}),
                    rows::readCode);
}

Result<std::vector<CodeInfo>> StructureStore::unplacedCodes()
{
    return readRows(m_session.query(QStringLiteral("SELECT %1 WHERE tc.code_id IS NULL AND c.archived = 0 "
                                                    "AND c.stage = 'first-order' ORDER BY c.position, c.id")
                                         .arg(rows::kCodeColumns)),
                    rows::readCode);
}

Result<std::vector<SegmentInfo>> StructureStore::exemplarsOf(Id themeId)
{
    return readRows(m_session.query(QStringLiteral("SELECT %1 JOIN theme_exemplars x ON x.segment_id = g.id "
                                                   "WHERE x.theme_id = $1 ORDER BY x.position, g.id")
                                        .arg(rows::kSegmentColumns),
                                    {themeId}),
                    rows::readSegment);
}

} // namespace gw

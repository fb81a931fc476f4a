// Named snapshots of the data structure, for diffs at team meetings.
#include "core/model/project.h"
#include "core/model/structure_snapshot.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUuid>

namespace gw {

namespace {

const QString kSnapshotColumns = QStringLiteral(
    "s.id, s.guid, s.name, coalesce(k.name, ''), s.created, s.audit_id FROM structure_snapshots s "
    "LEFT JOIN coders k ON k.id = s.coder_id");

SnapshotInfo readSnapshot(const Statement &r)
{
    return SnapshotInfo{r.int64(0), r.text(1), r.text(2), r.text(3), r.text(4), r.int64(5)};
}

} // namespace

Result<QJsonObject> Project::currentStructure()
{
    return structureSnapshot(m_db);
}

Result<Id> Project::takeSnapshot(const QString &name)
{
    const QString simplified = name.simplified();
    if (simplified.isEmpty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::project_snapshots", "A snapshot needs a name, e.g. \"after the May team meeting\"."));
    if (auto existing = snapshotByName(simplified); existing)
        return fail(ErrorKind::Conflict,
                    QCoreApplication::translate("gw::project_snapshots", "A snapshot named \"%1\" exists already; choose another name.").arg(simplified));
    auto structure = structureSnapshot(m_db);
    if (!structure)
        return std::unexpected(structure.error());
    auto coder = coderId();
    if (!coder)
        return std::unexpected(coder.error());
    Transaction tx(m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    auto stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO structure_snapshots(guid, name, structure, audit_id, coder_id) "
        "VALUES (?1, ?2, ?3, (SELECT coalesce(max(id), 0) FROM audit_log), ?4)"));
    if (!stmt)
        return std::unexpected(stmt.error());
    if (auto ok = stmt->bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces))
                      .bind(2, simplified)
                      .bind(3, QString::fromUtf8(QJsonDocument(*structure).toJson(QJsonDocument::Compact)))
                      .bind(4, *coder)
                      .run();
        !ok)
        return std::unexpected(ok.error());
    const Id id = m_db.lastInsertId();
    if (auto ok = writeAudit(QStringLiteral("snapshot.take"), QJsonObject{{QStringLiteral("name"), simplified}}, {}, false);
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    Q_EMIT snapshotsChanged();
    return id;
}

Status Project::removeSnapshot(Id snapshotId)
{
    auto stmt = m_db.prepare(QStringLiteral("DELETE FROM structure_snapshots WHERE id = ?1"));
    if (!stmt)
        return std::unexpected(stmt.error());
    if (auto ok = stmt->bind(1, snapshotId).run(); !ok)
        return ok;
    Q_EMIT snapshotsChanged();
    return {};
}

Result<SnapshotRecord> Project::snapshotRecord(Id snapshotId)
{
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT id, guid, name, structure, audit_id, coder_id, created FROM structure_snapshots WHERE id = ?1"));
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, snapshotId);
    auto rows = collectRows<SnapshotRecord>(*stmt, [](const Statement &r) {
        return SnapshotRecord{r.int64(0), r.text(1), r.text(2), r.text(3), r.int64(4),
                              r.isNull(5) ? std::nullopt : std::optional<Id>(r.int64(5)), r.text(6)};
    });
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->empty())
        return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::project_snapshots", "There is no snapshot %1.").arg(snapshotId));
    return rows->front();
}

Status Project::restoreSnapshot(const SnapshotRecord &record)
{
    auto stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO structure_snapshots(id, guid, name, structure, audit_id, coder_id, created) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, record.id).bind(2, record.guid).bind(3, record.name).bind(4, record.structure).bind(5, record.auditId);
    if (record.coderId)
        stmt->bind(6, *record.coderId);
    else
        stmt->bindNull(6);
    if (auto ok = stmt->bind(7, record.created).run(); !ok)
        return ok;
    Q_EMIT snapshotsChanged();
    return {};
}

Result<std::vector<SnapshotInfo>> Project::snapshots()
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT %1 ORDER BY s.id").arg(kSnapshotColumns));
    if (!stmt)
        return std::unexpected(stmt.error());
    return collectRows<SnapshotInfo>(*stmt, readSnapshot);
}

Result<SnapshotInfo> Project::snapshotByName(const QString &name)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT %1 WHERE s.name = ?1").arg(kSnapshotColumns));
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, name.simplified());
    auto rows = collectRows<SnapshotInfo>(*stmt, readSnapshot);
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->empty())
        return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::project_snapshots", "There is no snapshot named \"%1\".").arg(name));
    return rows->front();
}

Result<QJsonObject> Project::snapshotStructure(Id snapshotId)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT structure FROM structure_snapshots WHERE id = ?1"));
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, snapshotId);
    auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::project_snapshots", "There is no snapshot %1.").arg(snapshotId));
    const QJsonObject out = QJsonDocument::fromJson(stmt->text(0).toUtf8()).object();
    stmt->reset();
    return out;
}

} // namespace gw

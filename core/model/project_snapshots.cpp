// Named snapshots of the data structure, for diffs at team meetings.
#include "core/model/project.h"
#include "core/model/structure_snapshot.h"
#include "core/structure/structure_store.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace gw {

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
    auto id = m_structure->insertSnapshot(
        simplified, QString::fromUtf8(QJsonDocument(*structure).toJson(QJsonDocument::Compact)), *coder);
    if (!id)
        return id;
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
    if (auto ok = m_structure->removeSnapshot(snapshotId); !ok)
        return ok;
    Q_EMIT snapshotsChanged();
    return {};
}

Result<SnapshotRecord> Project::snapshotRecord(Id snapshotId) { return m_structure->snapshotRecord(snapshotId); }

Status Project::restoreSnapshot(const SnapshotRecord &record)
{
    if (auto ok = m_structure->restoreSnapshot(record); !ok)
        return ok;
    Q_EMIT snapshotsChanged();
    return {};
}

Result<std::vector<SnapshotInfo>> Project::snapshots() { return m_structure->snapshots(); }

Result<SnapshotInfo> Project::snapshotByName(const QString &name)
{
    auto rows = m_structure->snapshots(name.simplified());
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->empty())
        return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::project_snapshots", "There is no snapshot named \"%1\".").arg(name));
    return rows->front();
}

Result<QJsonObject> Project::snapshotStructure(Id snapshotId)
{
    auto record = m_structure->snapshotRecord(snapshotId);
    if (!record)
        return std::unexpected(record.error());
    return QJsonDocument::fromJson(record->structure.toUtf8()).object();
}

} // namespace gw

// Project: sources renamed, given another kind, removed and put back.
//
// Removing sources takes everything that hangs on them: their segments (with
// the exemplar and evidence rows that cite those segments), turns, case links,
// and the memos on the sources and on their segments. Every row is first kept
// aside (core/store/kept_rows.h), so that restoreSources puts each back exactly
// and the full-text index follows through its triggers.
#include "core/model/project.h"
#include "core/store/kept_rows.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace gw {

namespace {

// The tables a removal copies aside, in the order rows are put back (parents
// first), with the rows of the removed sources (?1, a JSON array of ids).
const KeptRows kTrash[] = {
    {"sources", "id IN (SELECT value FROM json_each(?1))"},
    {"turns", "source_id IN (SELECT value FROM json_each(?1))"},
    {"case_sources", "source_id IN (SELECT value FROM json_each(?1))"},
    {"source_set_members", "source_id IN (SELECT value FROM json_each(?1))"},
    {"segments", "source_id IN (SELECT value FROM json_each(?1))"},
    {"theme_exemplars",
     "segment_id IN (SELECT id FROM main.segments WHERE source_id IN (SELECT value FROM json_each(?1)))"},
    {"influence_evidence",
     "segment_id IN (SELECT id FROM main.segments WHERE source_id IN (SELECT value FROM json_each(?1)))"},
    {"memos", "(target_kind = 'source' AND target_id IN (SELECT value FROM json_each(?1))) OR "
              "(target_kind = 'segment' AND target_id IN (SELECT id FROM main.segments WHERE source_id IN "
              "(SELECT value FROM json_each(?1))))"},
};

Result<std::int64_t> countOf(Database &db, const QString &sql, const QString &ids)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, ids);
    if (auto row = stmt->step(); !row)
        return std::unexpected(row.error());
    return stmt->int64(0);
}

} // namespace

Result<SourceRemoval> Project::removalOf(const std::vector<Id> &ids)
{
    SourceRemoval r;
    r.sourceIds = ids;
    const QString list = jsonIdList(ids);
    std::int64_t setLinks = 0;
    std::int64_t *counts[] = {nullptr, &r.turns, &r.caseLinks, &setLinks, &r.segments, &r.exemplars, &r.evidence, &r.memos};
    for (std::size_t i = 0; i < std::size(kTrash); ++i) {
        auto n = countOf(m_db, QStringLiteral("SELECT count(*) FROM main.%1 WHERE %2")
                                   .arg(QString::fromLatin1(kTrash[i].table), QString::fromLatin1(kTrash[i].rows)),
                         list);
        if (!n)
            return std::unexpected(n.error());
        if (i == 0 && *n != std::int64_t(ids.size()))
            return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::project_source_edits", "Some of the sources to remove are not in the project."));
        if (counts[i])
            *counts[i] = *n;
    }
    return r;
}

Result<SourceRemoval> Project::removeSources(const std::vector<Id> &ids, const QString &why)
{
    if (ids.empty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::project_source_edits", "Choose the sources to remove."));
    auto removal = removalOf(ids);
    if (!removal)
        return removal;
    QJsonArray names;
    for (const Id id : ids)
        if (auto s = source(id))
            names.append(QJsonObject{{QStringLiteral("guid"), s->guid}, {QStringLiteral("name"), s->name}});
    const QString list = jsonIdList(ids);
    Transaction tx(m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    auto token = keepRows(m_db, kTrash, list);
    if (!token)
        return std::unexpected(token.error());
    removal->token = *token;
    if (auto ok = deleteRows(m_db, kTrash, list); !ok)
        return std::unexpected(ok.error());
    const QJsonObject details{{QStringLiteral("sources"), names},
                              {QStringLiteral("segments"), qint64(removal->segments)},
                              {QStringLiteral("memos"), qint64(removal->memos)},
                              {QStringLiteral("turns"), qint64(removal->turns)}};
    if (auto ok = writeAudit(QStringLiteral("source.remove"), details, why, false); !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    announceSources(ids, false);
    return removal;
}

Status Project::restoreSources(const SourceRemoval &removal, const QString &why)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (auto ok = putBackRows(m_db, kTrash, removal.token); !ok)
        return ok;
    if (auto found = countOf(m_db, QStringLiteral("SELECT count(*) FROM main.sources WHERE id IN (SELECT value FROM json_each(?1))"),
                             jsonIdList(removal.sourceIds));
        !found || *found != std::int64_t(removal.sourceIds.size()))
        return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::project_source_edits", "The removed sources are no longer kept to be put back."));
    if (auto ok = forgetRows(m_db, kTrash, removal.token); !ok)
        return ok;
    QJsonArray restored;
    for (const Id id : removal.sourceIds)
        if (auto s = source(id))
            restored.append(QJsonObject{{QStringLiteral("guid"), s->guid}, {QStringLiteral("name"), s->name}});
    if (auto ok = writeAudit(QStringLiteral("source.restore"), QJsonObject{{QStringLiteral("sources"), restored}}, why, false);
        !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    announceSources(removal.sourceIds, true);
    return {};
}

void Project::announceSources(const std::vector<Id> &ids, bool added)
{
    for (const Id id : ids)
        added ? Q_EMIT sourceAdded(id) : Q_EMIT sourceRemoved(id);
    Q_EMIT segmentsChanged(0, 0);
    Q_EMIT memosChanged();
    Q_EMIT casesChanged();
    Q_EMIT structureChanged();
    Q_EMIT modelChanged();
}

Status Project::renameSource(Id id, const QString &name, const QString &why)
{
    const QString simplified = name.simplified();
    auto s = source(id);
    if (!s)
        return std::unexpected(s.error());
    if (simplified.isEmpty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::project_source_edits", "A source needs a name."));
    if (simplified != s->name && hasSourceNamed(simplified))
        return fail(ErrorKind::Conflict, QCoreApplication::translate("gw::project_source_edits", "A source named \"%1\" already exists.").arg(simplified));
    const QJsonObject details{{QStringLiteral("guid"), s->guid},
                              {QStringLiteral("before"), s->name},
                              {QStringLiteral("after"), simplified}};
    if (auto ok = updateAudited(QStringLiteral("UPDATE sources SET name = ?1 WHERE id = ?2"), simplified, id,
                                QStringLiteral("source.rename"), details, why, false);
        !ok)
        return ok;
    Q_EMIT sourceChanged(id);
    return {};
}

Status Project::setSourceKind(Id id, SourceKind kind, const QString &why)
{
    auto s = source(id);
    if (!s)
        return std::unexpected(s.error());
    const QJsonObject details{{QStringLiteral("guid"), s->guid},
                              {QStringLiteral("name"), s->name},
                              {QStringLiteral("before"), toString(s->kind)},
                              {QStringLiteral("after"), toString(kind)}};
    if (auto ok = updateAudited(QStringLiteral("UPDATE sources SET kind = ?1 WHERE id = ?2"), toString(kind), id,
                                QStringLiteral("source.kind"), details, why, false);
        !ok)
        return ok;
    Q_EMIT sourceChanged(id);
    return {};
}

} // namespace gw

// Project: the coders, segments coded, restored and removed in bulk, and
// segments replaced in one audited step (resolving a disagreement between coders).
#include "core/model/project.h"
#include "core/team/team_store.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QUuid>

namespace gw {

Result<QStringList> Project::coderNames(bool codedOnly) { return m_team->coderNames(codedOnly); }

Result<std::vector<SegmentInfo>> Project::replaceSegments(const std::vector<SegmentInfo> &remove,
                                                          const std::vector<SegmentInfo> &add,
                                                          const QString &action, const QJsonObject &details,
                                                          const QString &why)
{
    auto coders = coderNames();
    if (!coders)
        return std::unexpected(coders.error());
    for (const SegmentInfo &s : add)
        if (!s.coder.isEmpty() && !coders->contains(s.coder))
            return fail(ErrorKind::NotFound,
                        QCoreApplication::translate("gw::project_segment_batch", "No coder named \"%1\" has worked on this project.").arg(s.coder));
    Transaction tx(m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    for (const SegmentInfo &s : remove)
        if (auto ok = removeSegment(s.id); !ok)
            return std::unexpected(ok.error());
    std::vector<SegmentInfo> added;
    added.reserve(add.size());
    for (SegmentInfo s : add) {
        if (s.guid.isEmpty())
            s.guid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto id = restoreSegment(s);
        if (!id)
            return std::unexpected(id.error());
        s.id = *id;
        added.push_back(std::move(s));
    }
    QJsonObject all = details;
    all.insert(QStringLiteral("removed"), qint64(remove.size()));
    all.insert(QStringLiteral("added"), qint64(add.size()));
    if (auto ok = writeAudit(action, all, why, false); !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return added;
}

Result<std::vector<SegmentInfo>> Project::applyCodes(Id codeId, const std::vector<SegmentInfo> &ranges)
{
    auto c = code(codeId);
    if (!c)
        return std::unexpected(c.error());
    auto coder = coderId();
    if (!coder)
        return std::unexpected(coder.error());
    QHash<Id, SourceInfo> sources; // each source looked up once, not once a range
    for (const SegmentInfo &r : ranges) {
        auto known = sources.constFind(r.sourceId);
        if (known == sources.cend()) {
            auto src = source(r.sourceId);
            if (!src)
                return std::unexpected(src.error());
            known = sources.insert(r.sourceId, *src);
        }
        if (auto ok = checkSegmentRange(*known, r.start, r.end); !ok)
            return std::unexpected(ok.error());
    }
    Transaction tx(m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    auto insert = m_db.prepare(QStringLiteral(
        "INSERT INTO segments(guid, source_id, code_id, start, end, coder_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    if (!insert)
        return std::unexpected(insert.error());
    std::vector<SegmentInfo> added;
    added.reserve(ranges.size());
    for (const SegmentInfo &r : ranges) {
        SegmentInfo s;
        s.guid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        s.sourceId = r.sourceId;
        s.sourceName = sources.value(r.sourceId).name;
        s.codeId = codeId;
        s.codeName = c->name;
        s.start = r.start;
        s.end = r.end;
        s.coder = m_coderName;
        insert->reset();
        insert->bind(1, s.guid).bind(2, s.sourceId).bind(3, codeId).bind(4, s.start).bind(5, s.end).bind(6, *coder);
        if (auto ok = insert->run(); !ok)
            return std::unexpected(ok.error());
        s.id = m_db.lastInsertId();
        added.push_back(std::move(s));
    }
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    Q_EMIT segmentsChanged(0, codeId);
    return added;
}

Status Project::restoreSegments(const std::vector<SegmentInfo> &segments)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto insert = m_db.prepare(QStringLiteral(
        "INSERT INTO segments(id, guid, source_id, code_id, start, end, coder_id) VALUES "
        "(?1, ?2, ?3, ?4, ?5, ?6, (SELECT id FROM coders WHERE name = ?7))"));
    if (!insert)
        return std::unexpected(insert.error());
    for (const SegmentInfo &s : segments) {
        insert->reset();
        insert->bind(1, s.id).bind(2, s.guid).bind(3, s.sourceId).bind(4, s.codeId).bind(5, s.start).bind(6, s.end);
        insert->bind(7, s.coder);
        if (auto ok = insert->run(); !ok)
            return ok;
    }
    if (auto ok = tx.commit(); !ok)
        return ok;
    Q_EMIT segmentsChanged(0, 0);
    return {};
}

Status Project::removeSegments(const std::vector<Id> &segmentIds)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto remove = m_db.prepare(QStringLiteral("DELETE FROM segments WHERE id = ?1"));
    if (!remove)
        return std::unexpected(remove.error());
    for (const Id id : segmentIds) {
        remove->reset();
        remove->bind(1, id);
        if (auto ok = remove->run(); !ok)
            return ok;
        if (m_db.changes() != 1)
            return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::project_segment_batch", "No segment with id %1.").arg(id));
    }
    if (auto ok = tx.commit(); !ok)
        return ok;
    Q_EMIT segmentsChanged(0, 0);
    return {};
}

} // namespace gw

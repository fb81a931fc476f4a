// Project: the coders, segments coded, restored and removed in bulk, and
// segments replaced in one audited step (resolving a disagreement between coders).
#include "core/model/project.h"
#include "core/coding/coding_store.h"
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
    auto tx = m_session->transaction();
    if (!tx->begun())
        return std::unexpected(tx->begun().error());
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
    if (auto ok = tx->commit(); !ok)
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
        added.push_back(std::move(s));
    }
    auto ids = m_coding->insertSegments(added, *coder);
    if (!ids)
        return std::unexpected(ids.error());
    for (std::size_t i = 0; i < added.size(); ++i)
        added[i].id = (*ids)[i];
    Q_EMIT segmentsChanged(0, codeId);
    return added;
}

Status Project::restoreSegments(const std::vector<SegmentInfo> &segments)
{
    if (auto ids = m_coding->insertSegments(segments, 0); !ids)
        return std::unexpected(ids.error());
    Q_EMIT segmentsChanged(0, 0);
    return {};
}

Status Project::removeSegments(const std::vector<Id> &segmentIds)
{
    if (auto ok = m_coding->deleteSegments(segmentIds); !ok)
        return ok;
    Q_EMIT segmentsChanged(0, 0);
    return {};
}

} // namespace gw

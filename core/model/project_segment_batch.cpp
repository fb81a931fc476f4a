// Project: the coders, and segments replaced in one audited step (resolving a
// disagreement between coders).
#include "core/model/project.h"

#include <QJsonObject>
#include <QUuid>

namespace gw {

Result<QStringList> Project::coderNames(bool codedOnly)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT name FROM coders c WHERE NOT ?1 OR EXISTS "
                                            "(SELECT 1 FROM segments s WHERE s.coder_id = c.id) "
                                            "ORDER BY name COLLATE NOCASE"));
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, codedOnly ? 1 : 0);
    auto names = collectRows<QString>(*stmt, [](const Statement &row) { return row.text(0); });
    if (!names)
        return std::unexpected(names.error());
    return QStringList(names->begin(), names->end());
}

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
                        QStringLiteral("No coder named \"%1\" has worked on this project.").arg(s.coder));
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

} // namespace gw

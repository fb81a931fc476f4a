// Team work on the Project: audit entries and change signals for merges.
#include "core/model/project.h"

#include <QJsonObject>
#include <algorithm>
#include <iterator>

namespace gw {

Status Project::recordAudit(const QString &action, const QJsonObject &details, const QString &why)
{
    return writeAudit(action, details, why);
}

void Project::announceMerge(const QList<Id> &sources, const QList<Id> &codes, bool removed)
{
    if (!removed)
        for (Id id : sources)
            Q_EMIT sourceAdded(id);
    for (Id id : codes) {
        if (removed)
            Q_EMIT codeRemoved(id);
        else
            Q_EMIT codeAdded(id);
    }
    // A merge may add segments anywhere: one signal for all (0: every source, every code).
    Q_EMIT segmentsChanged(0, 0);
    Q_EMIT memosChanged();
    Q_EMIT casesChanged();
    Q_EMIT structureChanged();
    Q_EMIT modelChanged();
    Q_EMIT reviewChanged();
    Q_EMIT snapshotsChanged();
}

Project::RowIds Project::rowIds()
{
    const auto ids = [this](const char *sql) {
        std::vector<Id> list;
        if (auto stmt = m_db.prepare(QString::fromLatin1(sql)))
            while (stmt->step().value_or(false))
                list.push_back(stmt->int64(0));
        return list;
    };
    return {ids("SELECT id FROM sources ORDER BY id"), ids("SELECT id FROM codes ORDER BY id")};
}

void Project::announceSince(const RowIds &before)
{
    const RowIds now = rowIds();
    const auto minus = [](const std::vector<Id> &a, const std::vector<Id> &b) {
        QList<Id> out;
        std::ranges::set_difference(a, b, std::back_inserter(out));
        return out;
    };
    for (Id id : minus(before.sources, now.sources))
        Q_EMIT sourceRemoved(id);
    for (Id id : minus(before.codes, now.codes))
        Q_EMIT codeRemoved(id);
    announceMerge(minus(now.sources, before.sources), minus(now.codes, before.codes), false);
}

} // namespace gw

// Team work on the Project: audit entries and change signals for merges.
#include "core/model/project.h"

#include <QJsonObject>

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

} // namespace gw

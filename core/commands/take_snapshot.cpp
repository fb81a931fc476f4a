#include "core/commands/take_snapshot.h"

#include "core/commands/command_failure.h"
#include "core/model/project.h"

#include <QCoreApplication>

namespace gw {

TakeSnapshot::TakeSnapshot(Project &project, QUndoCommand *parent) : QUndoCommand(parent), m_project(project) {}

Result<std::unique_ptr<TakeSnapshot>> TakeSnapshot::make(Project &project, const QString &name, QUndoCommand *parent)
{
    const QString simplified = name.simplified();
    if (simplified.isEmpty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::take_snapshot", "A snapshot needs a name, e.g. \"after the May team meeting\"."));
    if (project.snapshotByName(simplified))
        return fail(ErrorKind::Conflict,
                    QCoreApplication::translate("gw::take_snapshot", "A snapshot named \"%1\" exists already; choose another name.").arg(simplified));
    std::unique_ptr<TakeSnapshot> command(new TakeSnapshot(project, parent));
    command->m_name = simplified;
    command->setText(QCoreApplication::translate("gw::take_snapshot", "Take Snapshot %1").arg(commands::quoted(simplified)));
    return command;
}

void TakeSnapshot::redo()
{
    if (m_record.id != 0) {
        if (auto ok = m_project.restoreSnapshot(m_record); !ok)
            commands::giveUp(*this, "TakeSnapshot", ok.error());
        return;
    }
    auto id = m_project.takeSnapshot(m_name);
    if (!id) {
        commands::giveUp(*this, "TakeSnapshot", id.error());
        return;
    }
    auto record = m_project.snapshotRecord(*id);
    if (!record) {
        commands::giveUp(*this, "TakeSnapshot", record.error());
        return;
    }
    m_record = std::move(*record);
}

void TakeSnapshot::undo()
{
    if (auto ok = m_project.removeSnapshot(m_record.id); !ok)
        commands::giveUp(*this, "TakeSnapshot", ok.error());
}

} // namespace gw

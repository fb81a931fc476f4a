#include "core/commands/split_code.h"

#include "core/commands/command_failure.h"
#include "core/commands/usable_code.h"
#include "core/model/project.h"

#include <set>

#include <QCoreApplication>

namespace gw {

SplitCode::SplitCode(Project &project, QUndoCommand *parent) : QUndoCommand(parent), m_project(project) {}

Result<std::unique_ptr<SplitCode>> SplitCode::make(Project &project, Id codeId, const std::vector<Id> &segmentIds,
                                                   const QString &newName, const QString &why, QUndoCommand *parent)
{
    auto c = commands::usableCode(project, codeId, "splitting it");
    if (!c)
        return std::unexpected(c.error());
    const QString name = newName.simplified();
    if (name.isEmpty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::split_code", "The new code needs a name."));
    if (auto other = project.codeByName(name); other && !other->archived)
        return fail(ErrorKind::Conflict, QCoreApplication::translate("gw::split_code", "A code named \"%1\" already exists.").arg(name));
    if (segmentIds.empty())
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::split_code", "Choose the segments of \"%1\" to move to \"%2\".").arg(c->name, name));
    for (Id id : std::set<Id>(segmentIds.begin(), segmentIds.end())) {
        auto s = project.segment(id);
        if (!s)
            return std::unexpected(s.error());
        if (s->codeId != codeId)
            return fail(ErrorKind::InvalidInput,
                        QCoreApplication::translate("gw::split_code", "Segment %1 is coded with \"%2\", not \"%3\".").arg(id).arg(s->codeName, c->name));
    }
    std::unique_ptr<SplitCode> command(new SplitCode(project, parent));
    command->m_split.codeId = codeId;
    command->m_split.segmentIds = segmentIds;
    command->m_split.newName = name;
    command->m_why = why;
    command->setText(QCoreApplication::translate("gw::split_code", "Split %1 segments of %2 into %3")
                         .arg(std::set<Id>(segmentIds.begin(), segmentIds.end()).size())
                         .arg(commands::quoted(c->name), commands::quoted(name)));
    return command;
}

void SplitCode::redo()
{
    auto split = m_project.splitCode(m_split, m_why);
    if (!split) {
        commands::giveUp(*this, "SplitCode", split.error());
        return;
    }
    m_split = std::move(*split);
}

void SplitCode::undo()
{
    if (auto ok = m_project.unsplitCode(m_split, m_why); !ok)
        commands::giveUp(*this, "SplitCode", ok.error());
}

} // namespace gw

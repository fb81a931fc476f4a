#include "core/commands/merge_codes.h"

#include "core/commands/command_failure.h"
#include "core/commands/usable_code.h"
#include "core/model/project.h"

#include <set>

#include <QCoreApplication>

namespace gw {

MergeCodes::MergeCodes(Project &project, QUndoCommand *parent) : QUndoCommand(parent), m_project(project) {}

Result<std::unique_ptr<MergeCodes>> MergeCodes::make(Project &project, const std::vector<Id> &codeIds, Id intoId,
                                                     const QString &why, QUndoCommand *parent)
{
    auto into = commands::usableCode(project, intoId, "merging into it");
    if (!into)
        return std::unexpected(into.error());
    std::vector<Id> ids;
    std::set<Id> seen;
    QString first;
    for (Id id : codeIds) {
        if (id == intoId)
            return fail(ErrorKind::InvalidInput,
                        QCoreApplication::translate("gw::merge_codes", "A code cannot be merged into itself (\"%1\").").arg(into->name));
        if (!seen.insert(id).second)
            continue;
        auto c = project.code(id);
        if (!c)
            return std::unexpected(c.error());
        if (c->archived)
            return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::merge_codes", "\"%1\" is archived already.").arg(c->name));
        if (first.isEmpty())
            first = c->name;
        ids.push_back(id);
    }
    if (ids.empty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::merge_codes", "Name at least one code to merge into \"%1\".").arg(into->name));
    std::unique_ptr<MergeCodes> command(new MergeCodes(project, parent));
    command->m_codeIds = ids;
    command->m_intoId = intoId;
    command->m_why = why;
    command->setText(ids.size() == 1 ? QCoreApplication::translate("gw::merge_codes", "Merge code %1 into %2")
                                           .arg(commands::quoted(first), commands::quoted(into->name))
                                     : QCoreApplication::translate("gw::merge_codes", "Merge %1 codes into %2")
                                           .arg(ids.size())
                                           .arg(commands::quoted(into->name)));
    return command;
}

void MergeCodes::redo()
{
    auto merged = m_project.mergeCodes(m_codeIds, m_intoId, m_why);
    if (!merged) {
        commands::giveUp(*this, "MergeCodes", merged.error());
        return;
    }
    m_merge = std::move(*merged);
}

void MergeCodes::undo()
{
    if (auto ok = m_project.unmergeCodes(m_merge, m_why); !ok)
        commands::giveUp(*this, "MergeCodes", ok.error());
}

} // namespace gw

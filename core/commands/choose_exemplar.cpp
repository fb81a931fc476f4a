#include "core/commands/choose_exemplar.h"

#include "core/commands/command_failure.h"
#include "core/model/project.h"

#include <algorithm>

#include <QCoreApplication>

namespace gw {

ChooseExemplar::ChooseExemplar(Project &project, const QString &why, QUndoCommand *parent)
    : StructureEdit(project, QStringLiteral("theme.exemplar.add"), why, parent)
{
}

Result<std::unique_ptr<ChooseExemplar>> ChooseExemplar::make(Project &project, Id themeId, Id segmentId,
                                                             std::optional<int> position, const QString &why,
                                                             QUndoCommand *parent)
{
    auto t = project.theme(themeId);
    if (!t)
        return std::unexpected(t.error());
    auto s = project.segment(segmentId);
    if (!s)
        return std::unexpected(s.error());
    auto c = project.code(s->codeId);
    if (!c)
        return std::unexpected(c.error());
    if (c->themeId != themeId)
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::choose_exemplar", "The segment is coded with \"%1\", which is not under the theme \"%2\"; an "
                                   "exemplar quote comes from the theme's own codes.")
                        .arg(c->name, t->name));
    auto chosen = project.exemplarsOf(themeId);
    if (!chosen)
        return std::unexpected(chosen.error());
    if (std::ranges::any_of(*chosen, [segmentId](const SegmentInfo &e) { return e.id == segmentId; }))
        return fail(ErrorKind::Conflict, QCoreApplication::translate("gw::choose_exemplar", "That segment is already an exemplar of \"%1\".").arg(t->name));
    std::unique_ptr<ChooseExemplar> command(new ChooseExemplar(project, why, parent));
    command->m_themeId = themeId;
    command->m_segmentId = segmentId;
    command->m_position = position;
    command->setText(QCoreApplication::translate("gw::choose_exemplar", "Choose an exemplar quote of %1 from %2")
                         .arg(commands::quoted(t->name), commands::quoted(s->sourceName)));
    return command;
}

Status ChooseExemplar::apply()
{
    return m_project.addExemplar(m_themeId, m_segmentId, m_position, m_why);
}

} // namespace gw

#include "core/commands/set_definition.h"

#include "core/commands/command_failure.h"
#include "core/model/display_names.h"
#include "core/model/project.h"

#include <QCoreApplication>

namespace gw {

SetDefinition::SetDefinition(Project &project, QUndoCommand *parent) : QUndoCommand(parent), m_project(project) {}

Result<std::unique_ptr<SetDefinition>> SetDefinition::make(Project &project, Of of, Id id, const QString &definition,
                                                           const QString &why, QUndoCommand *parent)
{
    QString name, before, word;
    switch (of) {
    case Of::Code: {
        auto c = project.code(id);
        if (!c)
            return std::unexpected(c.error());
        name = c->name, before = c->definition, word = displayName(ElementKind::Code);
        break;
    }
    case Of::Theme: {
        auto t = project.theme(id);
        if (!t)
            return std::unexpected(t.error());
        name = t->name, before = t->definition, word = displayName(ElementKind::Theme);
        break;
    }
    case Of::Dimension: {
        auto d = project.dimension(id);
        if (!d)
            return std::unexpected(d.error());
        name = d->name, before = d->definition, word = displayName(ElementKind::Dimension);
        break;
    }
    }
    const QString after = definition.trimmed();
    if (after == before)
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::set_definition", "The definition of \"%1\" is unchanged.").arg(name));
    std::unique_ptr<SetDefinition> command(new SetDefinition(project, parent));
    command->m_of = of;
    command->m_id = id;
    command->m_before = before;
    command->m_after = after;
    command->m_why = why;
    command->setText(QCoreApplication::translate("gw::set_definition", "Define %1 %2").arg(word, commands::quoted(name)));
    return command;
}

Status SetDefinition::set(const QString &definition)
{
    switch (m_of) {
    case Of::Code: return m_project.setCodeDefinition(m_id, definition, m_why);
    case Of::Theme: return m_project.setThemeDefinition(m_id, definition, m_why);
    case Of::Dimension: return m_project.setDimensionDefinition(m_id, definition, m_why);
    }
    return {};
}

void SetDefinition::redo()
{
    if (auto ok = set(m_after); !ok)
        commands::giveUp(*this, "SetDefinition", ok.error());
}

void SetDefinition::undo()
{
    if (auto ok = set(m_before); !ok)
        commands::giveUp(*this, "SetDefinition", ok.error());
}

} // namespace gw

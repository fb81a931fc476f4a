#include "core/commands/save_query.h"

#include "core/commands/command_failure.h"
#include "core/model/project.h"

#include <QCoreApplication>

namespace gw {

SaveQuery::SaveQuery(Project &project, QUndoCommand *parent) : QUndoCommand(parent), m_project(project) {}

Result<std::unique_ptr<SaveQuery>> SaveQuery::make(Project &project, SavedQuery query, QUndoCommand *parent)
{
    query.name = query.name.trimmed();
    query.expression = query.expression.trimmed();
    if (query.name.isEmpty() || query.expression.isEmpty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::save_query", "A saved query needs a name and an expression."));
    if (project.isReadOnly())
        return fail(ErrorKind::ReadOnly,
                    QCoreApplication::translate("gw::save_query", "The project is open read-only (another Groundwork has it): the query was not saved."));
    std::unique_ptr<SaveQuery> command(new SaveQuery(project, parent));
    if (auto existing = savedQuery(project, query.name))
        command->m_replaced = std::move(*existing);
    else if (existing.error().kind != ErrorKind::NotFound)
        return std::unexpected(existing.error());
    command->setText(QCoreApplication::translate("gw::save_query", "Save Query %1").arg(commands::quoted(query.name)));
    command->m_query = std::move(query);
    return command;
}

void SaveQuery::redo()
{
    if (m_saved) {
        if (auto ok = putSavedQuery(m_project, m_query); !ok)
            return commands::giveUp(*this, "SaveQuery", ok.error());
        Q_EMIT m_project.savedQueriesChanged();
        return;
    }
    if (auto id = saveQuery(m_project, m_query, true); !id)
        return commands::giveUp(*this, "SaveQuery", id.error());
    auto saved = savedQuery(m_project, m_query.name);
    if (!saved)
        return commands::giveUp(*this, "SaveQuery", saved.error());
    m_query = std::move(*saved);
    m_saved = true;
    Q_EMIT m_project.savedQueriesChanged();
}

void SaveQuery::undo()
{
    const Status ok = m_replaced ? putSavedQuery(m_project, *m_replaced) : removeSavedQuery(m_project, m_query.name);
    if (!ok)
        return commands::giveUp(*this, "SaveQuery", ok.error());
    Q_EMIT m_project.savedQueriesChanged();
}

RemoveSavedQuery::RemoveSavedQuery(Project &project, QUndoCommand *parent) : QUndoCommand(parent), m_project(project)
{
}

Result<std::unique_ptr<RemoveSavedQuery>> RemoveSavedQuery::make(Project &project, const QString &name,
                                                                 QUndoCommand *parent)
{
    if (project.isReadOnly())
        return fail(ErrorKind::ReadOnly,
                    QCoreApplication::translate("gw::save_query", "The project is open read-only (another Groundwork has it): \"%1\" was not removed.")
                        .arg(name));
    auto query = savedQuery(project, name);
    if (!query)
        return std::unexpected(query.error());
    std::unique_ptr<RemoveSavedQuery> command(new RemoveSavedQuery(project, parent));
    command->setText(QCoreApplication::translate("gw::save_query", "Remove Saved Query %1").arg(commands::quoted(query->name)));
    command->m_query = std::move(*query);
    return command;
}

void RemoveSavedQuery::redo()
{
    if (auto ok = removeSavedQuery(m_project, m_query.name); !ok)
        return commands::giveUp(*this, "RemoveSavedQuery", ok.error());
    Q_EMIT m_project.savedQueriesChanged();
}

void RemoveSavedQuery::undo()
{
    if (auto ok = putSavedQuery(m_project, m_query); !ok)
        return commands::giveUp(*this, "RemoveSavedQuery", ok.error());
    Q_EMIT m_project.savedQueriesChanged();
}

} // namespace gw

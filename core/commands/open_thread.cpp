#include "core/commands/open_thread.h"

#include "core/commands/command_failure.h"
#include "core/model/project.h"

#include <QCoreApplication>

namespace gw {

OpenThread::OpenThread(Project &project, QUndoCommand *parent) : QUndoCommand(parent), m_project(project) {}

Result<std::unique_ptr<OpenThread>> OpenThread::make(Project &project, const ReviewTarget &target,
                                                     const QString &text, QUndoCommand *parent)
{
    if (!isReviewTargetKind(target.kind))
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::open_thread", "A comment goes on a code, theme, dimension or influence, not on \"%1\".")
                        .arg(target.kind));
    if (text.trimmed().isEmpty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::open_thread", "A comment needs some text."));
    QString name;
    if (target.kind == QLatin1String("code")) {
        auto c = project.code(target.id);
        if (!c)
            return std::unexpected(c.error());
        name = c->name;
    } else if (target.kind == QLatin1String("theme")) {
        auto t = project.theme(target.id);
        if (!t)
            return std::unexpected(t.error());
        name = t->name;
    } else if (target.kind == QLatin1String("dimension")) {
        auto d = project.dimension(target.id);
        if (!d)
            return std::unexpected(d.error());
        name = d->name;
    }
    std::unique_ptr<OpenThread> command(new OpenThread(project, parent));
    command->m_target = target;
    command->m_text = text;
    command->setText(name.isEmpty() ? QCoreApplication::translate("gw::open_thread", "Comment on a model link")
                                    : QCoreApplication::translate("gw::open_thread", "Comment on %1").arg(commands::quoted(name)));
    return command;
}

void OpenThread::redo()
{
    if (m_thread.id != 0) {
        if (auto ok = m_project.restoreThread(m_thread); !ok)
            commands::giveUp(*this, "OpenThread", ok.error());
        return;
    }
    auto id = m_project.openThread(m_target, m_text);
    if (!id) {
        commands::giveUp(*this, "OpenThread", id.error());
        return;
    }
    auto thread = m_project.thread(*id);
    if (!thread) {
        commands::giveUp(*this, "OpenThread", thread.error());
        return;
    }
    m_thread = std::move(*thread);
}

void OpenThread::undo()
{
    if (auto ok = m_project.removeThread(m_thread.id); !ok)
        commands::giveUp(*this, "OpenThread", ok.error());
}

} // namespace gw

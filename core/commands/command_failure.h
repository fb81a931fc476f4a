#pragma once
// Internal to core/commands: what a command does when its redo or undo meets an
// error it could not foresee in make() (the file changed under it, the disk is
// full). It cannot report the error, so it logs it and marks itself obsolete:
// the stack drops it instead of pretending it was done.

#include "core/error.h"

#include <QUndoCommand>
#include <spdlog/spdlog.h>

namespace gw::commands {

inline void giveUp(QUndoCommand &command, const char *what, const Error &error)
{
    // The message may quote code names but never participants' text.
    spdlog::warn("{} could not be done: {}", what, error.message.toStdString());
    command.setObsolete(true);
}

// Curly quotes around NAME, as labels in the Edit menu show names.
inline QString quoted(const QString &name)
{
    return QStringLiteral("“%1”").arg(name);
}

} // namespace gw::commands

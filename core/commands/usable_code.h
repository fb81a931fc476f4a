#pragma once
// Internal to core/commands: the code a command is about to use, refused while
// it is archived (out of the code list), with what the user must do first.

#include "core/model/project.h"

namespace gw::commands {

// The code CODEID; an archived one is refused with "restore it before DOING",
// where DOING says what the command does with it ("coding with it").
inline Result<CodeInfo> usableCode(Project &project, Id codeId, const char *doing)
{
    auto code = project.code(codeId);
    if (code && code->archived)
        return fail(ErrorKind::InvalidInput, QStringLiteral("\"%1\" is archived; restore it before %2.")
                                                 .arg(code->name, QLatin1StringView(doing)));
    return code;
}

} // namespace gw::commands

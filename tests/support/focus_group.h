#pragma once
// A short focus group transcript for the tests: a moderator and two
// participants, Dana (two turns) and Eli, with their turns' positions.

#include "core/model/types.h"

namespace gw::test {

inline NewSource focusGroup(const QString &name = QStringLiteral("Focus group 1"))
{
    const QString text =
        QStringLiteral("Moderator: Welcome.\nDana: I run the ward.\nEli: I run the pharmacy.\nDana: And Ana helps.");
    QList<Turn> turns{{QStringLiteral("Moderator"), 0, 19, {}},
                      {QStringLiteral("Dana"), 20, 38, {}},
                      {QStringLiteral("Eli"), 39, 62, {}},
                      {QStringLiteral("Dana"), 63, 81, {}}};
    return NewSource{name, SourceKind::Interview, text, {}, {}, turns, {}};
}

} // namespace gw::test

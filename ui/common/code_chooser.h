#pragma once
// Asks which code to give many passages at once (Code All Hits, in the search
// and in keyword in context): the codes that are not archived, by name. When
// there is no code to choose, says so and chooses nothing.

#include "core/model/types.h"

#include <optional>

class QWidget;

namespace gw {

class Project;

struct ChosenCode
{
    Id id = 0;
    QString name;
};

[[nodiscard]] std::optional<ChosenCode> chooseCode(QWidget *parent, Project &project, const QString &title,
                                                   const QString &prompt);

} // namespace gw

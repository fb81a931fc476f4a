#pragma once
// The small round colour mark that stands for a code wherever codes are listed.

#include <QIcon>

class QColor;

namespace gw {

// A filled circle of COLOR centred in a 16 px icon; cached per colour.
[[nodiscard]] QIcon codeSwatch(const QColor &color);

} // namespace gw

#pragma once
// A file name typed in a save dialog without a suffix gets the one of the
// filter chosen there ("OpenDocument text (*.odt)" gives ".odt"), or FALLBACK.

#include <QString>

namespace gw {

[[nodiscard]] QString withChosenSuffix(const QString &path, const QString &selectedFilter, const QString &fallback);

} // namespace gw

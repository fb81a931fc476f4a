#pragma once
// A count in a sentence: ONE when N is 1, MANY otherwise, each a translated
// template with %1 where the number goes (written as the locale writes numbers),
// e.g. counted(n, tr("%1 source"), tr("%1 sources")).

#include <QString>
#include <cstdint>

namespace gw {

[[nodiscard]] QString counted(std::int64_t n, const QString &one, const QString &many);

// The same for templates marked with QT_TR_N_NOOP in CONTEXT ("%Ln source",
// "%Ln sources"), translated here with N for the translation's plural forms.
[[nodiscard]] QString counted(const char *context, std::int64_t n, const char *one, const char *many);

} // namespace gw

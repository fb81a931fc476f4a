#pragma once
// Writing an export file whole or not at all.

#include "core/error.h"

#include <QByteArray>
#include <QString>

namespace gw {

// Writes BYTES to PATH through a temporary file beside it that replaces PATH
// only when everything was written: on failure nothing is left at PATH and an
// existing file there is untouched. The error names PATH and the reason.
[[nodiscard]] Status writeFileAtomically(const QByteArray &bytes, const QString &path);

} // namespace gw

#pragma once
// Turning a text file's bytes into a QString. A byte-order mark wins; bytes that
// are valid UTF-8 are UTF-8; anything else is guessed with uchardet (the
// freedesktop detector) and decoded by Qt. Binary data, files whose encoding
// cannot be told or read, and files mixing UTF-8 with a legacy encoding are
// refused with the file named in the error.

#include "core/error.h"

#include <QByteArray>
#include <QString>

namespace gw {

[[nodiscard]] Result<QString> decodeText(const QByteArray &bytes, const QString &fileName);

} // namespace gw

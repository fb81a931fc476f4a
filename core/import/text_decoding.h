#pragma once
// Turning a text file's bytes into a QString: byte-order marks, UTF-8, and a
// refusal of binary data, with the file named in the error.

#include "core/error.h"

#include <QByteArray>
#include <QString>

namespace gw {

[[nodiscard]] Result<QString> decodeText(const QByteArray &bytes, const QString &fileName);

} // namespace gw

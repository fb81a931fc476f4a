#pragma once
// Reading one part of a zip package (.docx, .odt) from untrusted bytes. Zip
// entries can inflate to thousands of times their stored size (a "zip bomb"), so
// the part is refused by its declared size before anything is allocated, and the
// inflated bytes are counted again while reading, in case the header lies.

#include "core/error.h"

#include <QByteArray>
#include <QString>

namespace gw {

// Largest unpacked part an importer reads.
inline constexpr qint64 kMaxZipPartBytes = 64 * 1024 * 1024;

// The bytes of PART inside the zip archive BYTES. FILENAME names the file in
// errors; KIND says what the file should be ("a Word document").
[[nodiscard]] Result<QByteArray> readZipPart(const QByteArray &bytes, const QString &part,
                                             const QString &fileName, const QString &kind);

} // namespace gw

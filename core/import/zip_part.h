#pragma once
// Reading one part of a zip package (.docx, .odt) from untrusted bytes. Zip
// entries can inflate to thousands of times their stored size (a "zip bomb"), so
// the part is refused by its declared size before anything is allocated, and the
// inflated bytes are counted again while reading, in case the header lies.

#include "core/error.h"

#include <QByteArray>
#include <QString>

class KArchiveFile;

namespace gw {

// Largest unpacked part an importer reads.
inline constexpr qint64 kMaxZipPartBytes = 64 * 1024 * 1024;

// The bytes of FILE, a part of an archive, refused past LIMIT bytes both by its
// declared size and by what really inflates (a header can lie). FILENAME and
// PART name it in errors.
[[nodiscard]] Result<QByteArray> readArchiveFile(const KArchiveFile &file, qint64 limit, const QString &fileName,
                                                 const QString &part);

// The bytes of PART inside the zip archive BYTES. FILENAME names the file in
// errors; KIND says what the file should be ("a Word document").
[[nodiscard]] Result<QByteArray> readZipPart(const QByteArray &bytes, const QString &part,
                                             const QString &fileName, const QString &kind);

} // namespace gw

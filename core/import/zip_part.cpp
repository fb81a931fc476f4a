#include "core/import/zip_part.h"

#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KZip>
#include <QBuffer>
#include <memory>

namespace gw {

namespace {

Error tooLarge(const QString &fileName, const QString &part)
{
    return Error::make(
        ErrorKind::InvalidInput,
        QStringLiteral("%1 expands to more than %2 MB when unpacked (%3); it may be a zip bomb "
                       "and was not imported.")
            .arg(fileName)
            .arg(kMaxZipPartBytes / (1024 * 1024))
            .arg(part));
}

Error damaged(const QString &fileName, const QString &part)
{
    return Error::make(
        ErrorKind::InvalidInput,
        QStringLiteral("%1 is damaged: %2 cannot be unpacked (the file is truncated or corrupt).")
            .arg(fileName, part));
}

} // namespace

Result<QByteArray> readZipPart(const QByteArray &bytes, const QString &part,
                               const QString &fileName, const QString &kind)
{
    QBuffer buffer;
    buffer.setData(bytes);
    KZip zip(&buffer);
    if (!zip.open(QIODevice::ReadOnly))
        return fail(ErrorKind::InvalidInput,
                    QStringLiteral("%1 is damaged or not %2 (it is not a readable zip archive).")
                        .arg(fileName, kind));
    const KArchiveEntry *entry = zip.directory()->entry(part);
    if (!entry || !entry->isFile())
        return fail(
            ErrorKind::InvalidInput,
            QStringLiteral("%1 is damaged or not %2 (it has no %3).").arg(fileName, kind, part));
    const auto *file = static_cast<const KArchiveFile *>(entry);
    if (file->size() > kMaxZipPartBytes)
        return std::unexpected(tooLarge(fileName, part));

    // KZip gives no device for compression methods it does not know.
    const std::unique_ptr<QIODevice> device(file->createDevice());
    if (!device || !device->isReadable())
        return fail(
            ErrorKind::InvalidInput,
            QStringLiteral(
                "%1 uses a zip compression method Groundwork cannot read (%2); save it again "
                "from a word processor and import it again.")
                .arg(fileName, part));
    QByteArray data;
    char chunk[64 * 1024];
    for (;;) {
        const qint64 n = device->read(chunk, sizeof chunk);
        if (n < 0)
            return std::unexpected(damaged(fileName, part));
        if (n == 0)
            break;
        // The declared size can lie; count what actually comes out.
        if (data.size() + n > kMaxZipPartBytes)
            return std::unexpected(tooLarge(fileName, part));
        data.append(chunk, n);
    }
    if (data.size() != file->size())
        return std::unexpected(damaged(fileName, part));
    return data;
}

} // namespace gw

#include "core/import/zip_part.h"

#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KZip>
#include <QBuffer>
#include <QCoreApplication>
#include <memory>

namespace gw {

namespace {

Error tooLarge(const QString &fileName, const QString &part, qint64 limit)
{
    return Error::make(
        ErrorKind::InvalidInput,
        QCoreApplication::translate("gw::zip_part", "%1 expands to more than %2 MB when unpacked (%3); it may be a zip bomb "
                       "and was not imported.")
            .arg(fileName)
            .arg(limit / (1024 * 1024))
            .arg(part));
}

Error damaged(const QString &fileName, const QString &part)
{
    return Error::make(
        ErrorKind::InvalidInput,
        QCoreApplication::translate("gw::zip_part", "%1 is damaged: %2 cannot be unpacked (the file is truncated or corrupt).")
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
                    QCoreApplication::translate("gw::zip_part", "%1 is damaged or not %2 (it is not a readable zip archive).")
                        .arg(fileName, kind));
    const KArchiveEntry *entry = zip.directory()->entry(part);
    if (!entry || !entry->isFile())
        return fail(
            ErrorKind::InvalidInput,
            QCoreApplication::translate("gw::zip_part", "%1 is damaged or not %2 (it has no %3).").arg(fileName, kind, part));
    return readArchiveFile(*static_cast<const KArchiveFile *>(entry), kMaxZipPartBytes, fileName, part);
}

Result<QByteArray> readArchiveFile(const KArchiveFile &file, qint64 limit, const QString &fileName,
                                   const QString &part)
{
    if (file.size() > limit)
        return std::unexpected(tooLarge(fileName, part, limit));
    // KZip gives no device for compression methods it does not know.
    const std::unique_ptr<QIODevice> device(file.createDevice());
    if (!device || !device->isReadable())
        return fail(
            ErrorKind::InvalidInput,
            QCoreApplication::translate("gw::zip_part",
                "%1 uses a zip compression method Groundwork cannot read (%2); save it again "
                "from the program that made it and import it again.")
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
        if (data.size() + n > limit)
            return std::unexpected(tooLarge(fileName, part, limit));
        if (data.size() + n > file.size())
            return fail(ErrorKind::InvalidInput,
                        QCoreApplication::translate("gw::zip_part", "%1 is damaged or a zip bomb: %2 unpacks to more than the %3 bytes its "
                                       "header declares, and was not read further.")
                            .arg(fileName, part)
                            .arg(file.size()));
        data.append(chunk, n);
    }
    if (data.size() != file.size())
        return std::unexpected(damaged(fileName, part));
    return data;
}

} // namespace gw

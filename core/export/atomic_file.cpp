#include "core/export/atomic_file.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace gw {

namespace {

Error writeError(const QSaveFile &file, const QString &path)
{
    const ErrorKind kind =
        file.error() == QFileDevice::PermissionsError ? ErrorKind::ReadOnly : ErrorKind::Io;
    return Error::make(kind,
                       QCoreApplication::translate("gw::atomic_file", "Could not write %1: %2.").arg(path, file.errorString()));
}

} // namespace

Status writeFileAtomically(const QByteArray &bytes, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return std::unexpected(writeError(file, path));
    if (file.write(bytes) != bytes.size()) {
        const Error error = writeError(file, path);
        file.cancelWriting();
        return std::unexpected(error);
    }
    if (!file.commit())
        return std::unexpected(writeError(file, path));
    return {};
}

} // namespace gw

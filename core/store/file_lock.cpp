#include "core/store/file_lock.h"

#include <QCoreApplication>
#include <QFile>
#include <QMutex>
#include <QSet>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>
#include <optional>
#include <utility>

namespace gw {

namespace {

using FileId = std::pair<quint64, quint64>; // device, inode

QMutex &heldMutex()
{
    static QMutex mutex;
    return mutex;
}

// The files this process holds locks on.
QSet<FileId> &heldFiles()
{
    static QSet<FileId> files;
    return files;
}

std::optional<FileId> fileId(const QString &path)
{
    struct stat st{};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return std::nullopt;
    return FileId{quint64(st.st_dev), quint64(st.st_ino)};
}

Error lockedError(const QString &path, const QString &holder)
{
    return Error{ErrorKind::Locked,
                 QCoreApplication::translate("gw::file_lock", "%1 is already open in another Groundwork%2. Close it there first; "
                                "reading it (info, search, exports) works meanwhile.")
                     .arg(path, holder.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(holder))};
}

} // namespace

FileLock::FileLock(FileLock &&other) noexcept
    : m_fd(std::exchange(other.m_fd, -1)), m_device(other.m_device), m_inode(other.m_inode)
{
}

FileLock &FileLock::operator=(FileLock &&other) noexcept
{
    if (this != &other) {
        release();
        m_fd = std::exchange(other.m_fd, -1);
        m_device = other.m_device;
        m_inode = other.m_inode;
    }
    return *this;
}

FileLock::~FileLock() { release(); }

void FileLock::release()
{
    if (m_fd < 0)
        return;
    ::close(m_fd); // closing the descriptor drops the flock
    m_fd = -1;
    QMutexLocker locker(&heldMutex());
    heldFiles().remove({m_device, m_inode});
}

bool FileLock::heldHere(const QString &path)
{
    const auto id = fileId(path);
    QMutexLocker locker(&heldMutex());
    return id && heldFiles().contains(*id);
}

Result<FileLock> FileLock::take(const QString &path)
{
    if (heldHere(path))
        return std::unexpected(lockedError(path, QCoreApplication::translate("gw::file_lock", "in this program")));
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDWR | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) {
        const int error = errno;
        if (error == EACCES || error == EROFS || error == EPERM)
            return fail(ErrorKind::ReadOnly,
                        QCoreApplication::translate("gw::file_lock", "%1 is read-only. Groundwork saves every edit at once, so it needs "
                                       "to write the project: make the file writable, or work on a copy.")
                            .arg(path));
        return fail(ErrorKind::Io,
                    QCoreApplication::translate("gw::file_lock", "Cannot open %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(error))));
    }
    struct stat st{};
    if (::fstat(fd, &st) != 0) {
        const int error = errno;
        ::close(fd);
        return fail(ErrorKind::Io,
                    QCoreApplication::translate("gw::file_lock", "Cannot open %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(error))));
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) == 0) {
        FileLock lock;
        lock.m_fd = fd;
        lock.m_device = quint64(st.st_dev);
        lock.m_inode = quint64(st.st_ino);
        QMutexLocker locker(&heldMutex());
        heldFiles().insert({lock.m_device, lock.m_inode});
        return lock;
    }
    const int error = errno;
    ::close(fd);
    if (error == EWOULDBLOCK)
        return std::unexpected(lockedError(path, lockHolder(path)));
    return fail(ErrorKind::Io, QCoreApplication::translate("gw::file_lock", "Cannot lock %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(error))));
}

QString lockHolder(const QString &path)
{
    // /proc/locks lists each lock with its holder's process and the file as
    // "MAJOR:MINOR:INODE" (major and minor in hexadecimal).
    struct stat st{};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    const QString file = QStringLiteral("%1:%2:%3")
                             .arg(major(st.st_dev), 2, 16, QLatin1Char('0'))
                             .arg(minor(st.st_dev), 2, 16, QLatin1Char('0'))
                             .arg(qulonglong(st.st_ino));
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    while (!locks.atEnd()) {
        const QStringList fields = QString::fromLatin1(locks.readLine()).simplified().split(QLatin1Char(' '));
        // "1: FLOCK ADVISORY WRITE 1234 fd:01:5678 0 EOF"
        if (fields.size() < 6 || fields[1] != QLatin1String("FLOCK") || fields[5] != file)
            continue;
        const QString pid = fields[4];
        QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
        const QString program =
            comm.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(comm.readAll()).trimmed() : QString();
        return program.isEmpty() ? QCoreApplication::translate("gw::file_lock", "process %1").arg(pid)
                                 : QCoreApplication::translate("gw::file_lock", "%1, process %2").arg(program, pid);
    }
    return {};
}

} // namespace gw

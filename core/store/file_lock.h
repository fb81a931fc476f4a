#pragma once
// The lock that keeps a project to one writer: an exclusive flock(2) on the
// project file itself. It is the file's lock, not its name's, so every path to
// the file (a hard link, a symlink, another mount) meets it; the kernel drops it
// when the holder exits, however it exits, so it never goes stale.
//
// Closing any descriptor of a file drops the process's POSIX locks on it,
// SQLite's among them: release a FileLock only after the project's connections
// to the file are closed.

#include "core/error.h"

#include <QString>

namespace gw {

class FileLock
{
public:
    FileLock() = default;
    FileLock(FileLock &&other) noexcept;
    FileLock &operator=(FileLock &&other) noexcept;
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;
    ~FileLock();

    // Takes the lock on the existing file PATH without waiting. Locked, naming
    // the program that holds it where the system says; ReadOnly when the file
    // cannot be opened for writing; Io for anything else.
    [[nodiscard]] static Result<FileLock> take(const QString &path);

    [[nodiscard]] bool held() const { return m_fd >= 0; }

    // Whether this process holds the lock on PATH already. Asked before any
    // descriptor of PATH is opened, since closing one would drop the locks of
    // this process's own SQLite connections to it.
    [[nodiscard]] static bool heldHere(const QString &path);

private:
    void release();
    int m_fd = -1;
    quint64 m_device = 0;
    quint64 m_inode = 0;
};

// Who holds a lock on PATH, as "groundwork, process 1234", when the system says.
[[nodiscard]] QString lockHolder(const QString &path);

} // namespace gw

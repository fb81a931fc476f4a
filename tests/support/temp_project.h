#pragma once
// Test support: a temporary folder with paths inside it, and small file helpers.

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

namespace gw::test {

class TempDir
{
public:
    [[nodiscard]] QString path(const QString &name) const { return m_dir.filePath(name); }
    [[nodiscard]] QString root() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace gw::test

// Lets GoogleTest print QStrings in failure messages.
#include <ostream>
inline std::ostream &operator<<(std::ostream &os, const QString &s) { return os << s.toStdString(); }
inline void PrintTo(const QString &s, std::ostream *os) { *os << '"' << s.toStdString() << '"'; }

#pragma once
// The projects opened lately, newest first, with when each was last opened,
// kept in the user's settings. A project that has moved or vanished stays in
// the list (the start page says so) until the user removes it; the File menu
// and the start at launch skip it.

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <vector>

namespace gw {

struct RecentProject
{
    QString path;
    bool exists = false;
    qint64 bytes = 0;   // the project file's size, when it exists
    QDateTime opened;   // invalid when not recorded (a list from an earlier version)
};

class RecentProjects
{
public:
    static constexpr int kMaximum = 8;

    // KEY is the settings key; tests pass their own.
    explicit RecentProjects(QString key = QStringLiteral("recentProjects"));

    // Existing projects, newest first.
    [[nodiscard]] QStringList paths() const;
    // Every project in the list, newest first, whether it is still there or not.
    [[nodiscard]] std::vector<RecentProject> entries() const;
    [[nodiscard]] QString mostRecent() const;
    // Puts PATH first, opened now.
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

private:
    [[nodiscard]] QStringList stored() const;
    void store(const QStringList &paths) const;

    QString m_key;
};

} // namespace gw

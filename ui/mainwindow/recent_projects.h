#pragma once
// The projects opened lately, newest first, kept in the user's settings. A path
// that no longer exists is dropped the next time the list is read.

#include <QString>
#include <QStringList>

namespace gw {

class RecentProjects
{
public:
    static constexpr int kMaximum = 8;

    // KEY is the settings key; tests pass their own.
    explicit RecentProjects(QString key = QStringLiteral("recentProjects"));

    // Existing projects, newest first; forgets the ones that are gone.
    [[nodiscard]] QStringList paths() const;
    [[nodiscard]] QString mostRecent() const;
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

private:
    void store(const QStringList &paths) const;

    QString m_key;
};

} // namespace gw

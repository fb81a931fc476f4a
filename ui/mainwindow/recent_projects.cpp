#include "ui/mainwindow/recent_projects.h"

#include <QFileInfo>
#include <QSettings>

namespace gw {

namespace {

QString absolute(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

RecentProjects::RecentProjects(QString key) : m_key(std::move(key)) {}

QStringList RecentProjects::paths() const
{
    const QStringList stored = QSettings().value(m_key).toStringList();
    QStringList existing;
    for (const QString &path : stored)
        if (QFileInfo(path).isFile() && !existing.contains(path) && existing.size() < kMaximum)
            existing << path;
    if (existing != stored)
        store(existing);
    return existing;
}

QString RecentProjects::mostRecent() const
{
    const QStringList list = paths();
    return list.isEmpty() ? QString() : list.front();
}

void RecentProjects::add(const QString &path)
{
    const QString entry = absolute(path);
    QStringList list = paths();
    list.removeAll(entry);
    list.prepend(entry);
    while (list.size() > kMaximum)
        list.removeLast();
    store(list);
}

void RecentProjects::remove(const QString &path)
{
    QStringList list = QSettings().value(m_key).toStringList();
    if (list.removeAll(absolute(path)) > 0)
        store(list);
}

void RecentProjects::clear()
{
    store({});
}

void RecentProjects::store(const QStringList &paths) const
{
    QSettings settings;
    if (paths.isEmpty())
        settings.remove(m_key);
    else
        settings.setValue(m_key, paths);
}

} // namespace gw

#include "ui/mainwindow/recent_projects.h"

#include <QFileInfo>
#include <QSettings>
#include <QVariantMap>

namespace gw {

namespace {

QString absolute(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

RecentProjects::RecentProjects(QString key) : m_key(std::move(key)) {}

QStringList RecentProjects::stored() const
{
    QStringList list;
    for (const QString &path : QSettings().value(m_key).toStringList())
        if (!list.contains(path) && list.size() < kMaximum)
            list << path;
    return list;
}

QStringList RecentProjects::paths() const
{
    QStringList existing;
    for (const QString &path : stored())
        if (QFileInfo(path).isFile())
            existing << path;
    return existing;
}

std::vector<RecentProject> RecentProjects::entries() const
{
    const QVariantMap opened = QSettings().value(m_key + QStringLiteral("Opened")).toMap();
    std::vector<RecentProject> list;
    for (const QString &path : stored()) {
        const QFileInfo info(path);
        list.push_back({path, info.isFile(), info.isFile() ? info.size() : 0,
                        QDateTime::fromString(opened.value(path).toString(), Qt::ISODate)});
    }
    return list;
}

QString RecentProjects::mostRecent() const
{
    const QStringList list = paths();
    return list.isEmpty() ? QString() : list.front();
}

void RecentProjects::add(const QString &path)
{
    const QString entry = absolute(path);
    QStringList list = stored();
    list.removeAll(entry);
    list.prepend(entry);
    while (list.size() > kMaximum)
        list.removeLast();
    store(list);
    QSettings settings;
    QVariantMap opened = settings.value(m_key + QStringLiteral("Opened")).toMap();
    opened.insert(entry, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    for (auto it = opened.begin(); it != opened.end();)
        it = list.contains(it.key()) ? std::next(it) : opened.erase(it);
    settings.setValue(m_key + QStringLiteral("Opened"), opened);
}

void RecentProjects::remove(const QString &path)
{
    QStringList list = stored();
    if (list.removeAll(absolute(path)) + list.removeAll(path) > 0)
        store(list);
}

void RecentProjects::clear()
{
    store({});
    QSettings().remove(m_key + QStringLiteral("Opened"));
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

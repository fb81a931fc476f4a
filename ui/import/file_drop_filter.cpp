#include "ui/import/file_drop_filter.h"

#include <QDropEvent>
#include <QMimeData>
#include <QUrl>

namespace gw {

FileDropFilter::FileDropFilter(QObject *parent) : QObject(parent) {}

QStringList FileDropFilter::localPaths(const QMimeData *data)
{
    QStringList paths;
    if (!data || !data->hasUrls())
        return paths;
    for (const QUrl &url : data->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    return paths;
}

bool FileDropFilter::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove:
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const QStringList paths = localPaths(drop->mimeData());
        if (paths.isEmpty())
            break;
        if (m_accepts && !m_accepts()) {
            drop->ignore();
            return true;
        }
        if (drop->possibleActions() & Qt::CopyAction)
            drop->setDropAction(Qt::CopyAction); // the files stay where they are
        drop->accept();
        if (event->type() == QEvent::Drop)
            Q_EMIT pathsDropped(paths);
        return true;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace gw

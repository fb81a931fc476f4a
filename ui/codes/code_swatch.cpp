#include "ui/codes/code_swatch.h"

#include <QColor>
#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace gw {

QIcon codeSwatch(const QColor &color)
{
    static QHash<QRgb, QIcon> cache;
    const QRgb key = color.rgba();
    if (auto it = cache.constFind(key); it != cache.cend())
        return *it;
    QIcon icon;
    for (int scale : {1, 2}) {
        QPixmap pixmap(16 * scale, 16 * scale);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(color.darker(125), 1));
        painter.setBrush(color);
        painter.drawEllipse(QRectF(3.5, 3.5, 9, 9));
        painter.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(key, icon);
    return icon;
}

} // namespace gw

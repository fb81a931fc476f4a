#include "core/export/roff.h"

#include <QStringList>

namespace gw {

QString roffText(const QString &text)
{
    QStringList lines = QString(text).replace(QLatin1Char('\\'), QStringLiteral("\\e")).split(QLatin1Char('\n'));
    for (QString &line : lines)
        if (line.startsWith(QLatin1Char('.')) || line.startsWith(QLatin1Char('\'')))
            line.prepend(QStringLiteral("\\&"));
    return lines.join(QLatin1Char('\n'));
}

} // namespace gw

#include "ui/common/counted.h"

#include <QCoreApplication>
#include <QLocale>

namespace gw {

QString counted(std::int64_t n, const QString &one, const QString &many)
{
    return (n == 1 ? one : many).arg(QLocale().toString(qlonglong(n)));
}

QString counted(const char *context, std::int64_t n, const char *one, const char *many)
{
    return QCoreApplication::translate(context, n == 1 ? one : many, nullptr, int(n));
}

} // namespace gw

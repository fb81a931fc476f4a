#include "ui/common/file_suffix.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace gw {

QString withChosenSuffix(const QString &path, const QString &selectedFilter, const QString &fallback)
{
    if (!QFileInfo(path).suffix().isEmpty())
        return path;
    static const QRegularExpression pattern(QStringLiteral("\\*(\\.[a-z]+)"));
    const auto match = pattern.match(selectedFilter);
    return path + (match.hasMatch() ? match.captured(1) : fallback);
}

} // namespace gw

#include "core/model/attribution.h"

#include <QRegularExpression>
#include <QStringList>

namespace gw {

namespace {

QString valueLike(const CaseInfo &c, const QRegularExpression &name)
{
    for (const CaseValue &v : c.values)
        if (name.match(v.attribute).hasMatch() && !v.value.trimmed().isEmpty())
            return v.value.trimmed();
    return {};
}

} // namespace

QString caseAttribution(const std::vector<CaseInfo> &cases)
{
    static const QRegularExpression role(
        QStringLiteral("role|position|job|title|occupation|profession"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression site(
        QStringLiteral("site|organi[sz]ation|location|hospital|trust|place"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList parts;
    for (const CaseInfo &c : cases) {
        const QString who = valueLike(c, role);
        const QString where = valueLike(c, site);
        if (!who.isEmpty() && !where.isEmpty())
            parts << QStringLiteral("%1 from %2").arg(who, where);
        else if (!who.isEmpty() || !where.isEmpty())
            parts << who + where;
        else
            parts << c.name;
    }
    return parts.join(QStringLiteral("; "));
}

QString quoteLine(const QString &text, const QString &attribution, const QString &sourceName)
{
    QString quote = text.simplified();
    return QStringLiteral("\u201C%1\u201D [%2]")
        .arg(quote, attribution.isEmpty() ? sourceName : attribution);
}

} // namespace gw

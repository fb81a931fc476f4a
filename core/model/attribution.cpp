#include "core/model/attribution.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>
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

std::vector<CaseInfo> casesSpeaking(const std::vector<CaseInfo> &cases, const std::vector<Turn> &turns,
                                    std::int64_t start)
{
    if (cases.size() < 2 || turns.empty())
        return cases;
    // The last turn that starts at or before START holds it.
    auto after = std::ranges::upper_bound(turns, start, {}, &Turn::start);
    if (after == turns.begin())
        return cases;
    const QString speaker = std::prev(after)->speaker.trimmed();
    if (speaker.isEmpty())
        return cases;
    for (const CaseInfo &c : cases)
        if (c.name.trimmed().compare(speaker, Qt::CaseInsensitive) == 0)
            return {c};
    return cases;
}

namespace {

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([^{}]+)\\}"));
    return placeholder;
}

// CASEINFO's value of attribute NAME (case-insensitive), trimmed; empty when none.
QString valueNamed(const CaseInfo &caseInfo, const QString &name)
{
    for (const CaseValue &v : caseInfo.values)
        if (v.attribute.compare(name, Qt::CaseInsensitive) == 0)
            return v.value.trimmed();
    return {};
}

} // namespace

QStringList attributionPlaceholders(const QString &templ)
{
    QStringList names;
    for (auto it = placeholderPattern().globalMatch(templ); it.hasNext();)
        names.append(it.next().captured(1).trimmed());
    return names;
}

Status checkAttributionTemplate(const QString &templ, const std::vector<AttributeInfo> &attributes)
{
    QStringList known;
    for (const AttributeInfo &a : attributes)
        known.append(a.name);
    for (const QString &name : attributionPlaceholders(templ))
        if (!known.contains(name, Qt::CaseInsensitive))
            return fail(ErrorKind::InvalidInput,
                        QCoreApplication::translate("gw::attribution", "The attribution \"%1\" names {%2}, but no case attribute is called that (there are: %3).")
                            .arg(templ.trimmed(), name, known.isEmpty() ? QStringLiteral("none") : known.join(QStringLiteral(", "))));
    return {};
}

QString caseAttribution(const std::vector<CaseInfo> &cases, const QString &templ)
{
    if (templ.trimmed().isEmpty())
        return caseAttribution(cases);
    QStringList parts;
    for (const CaseInfo &c : cases) {
        QString line;
        qsizetype from = 0;
        bool complete = true;
        for (auto it = placeholderPattern().globalMatch(templ); it.hasNext() && complete;) {
            const auto match = it.next();
            const QString value = valueNamed(c, match.captured(1).trimmed());
            complete = !value.isEmpty();
            line += templ.mid(from, match.capturedStart() - from) + value;
            from = match.capturedEnd();
        }
        line += templ.mid(from);
        parts << (complete ? line.simplified() : c.name);
    }
    parts.removeDuplicates(); // two cases that read the same are cited once
    return parts.join(QStringLiteral("; "));
}

QString quoteLine(const QString &text, const QString &attribution, const QString &sourceName)
{
    QString quote = text.simplified();
    return QStringLiteral("\u201C%1\u201D [%2]")
        .arg(quote, attribution.isEmpty() ? sourceName : attribution);
}

} // namespace gw

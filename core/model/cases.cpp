#include "core/model/cases.h"

#include <QDate>
#include <QLocale>
#include <cmath>

namespace gw {

QString toString(AttributeType type)
{
    switch (type) {
    case AttributeType::Text:
        return QStringLiteral("text");
    case AttributeType::Number:
        return QStringLiteral("number");
    case AttributeType::Date:
        return QStringLiteral("date");
    case AttributeType::Boolean:
        return QStringLiteral("boolean");
    }
    return {};
}

std::optional<AttributeType> attributeTypeFromString(const QString &text)
{
    for (auto type :
         {AttributeType::Text, AttributeType::Number, AttributeType::Date, AttributeType::Boolean})
        if (text.compare(toString(type), Qt::CaseInsensitive) == 0)
            return type;
    return std::nullopt;
}

std::optional<QString> attributeValue(AttributeType type, const QString &value)
{
    const QString v = value.trimmed();
    switch (type) {
    case AttributeType::Text:
        return v;
    case AttributeType::Number: {
        bool ok = false;
        const double d = QLocale::c().toDouble(v, &ok);
        if (!ok || !std::isfinite(d))
            return std::nullopt;
        return v;
    }
    case AttributeType::Date: {
        // Exactly yyyy-mm-dd: Qt's ISO parser would also take a time after it.
        if (v.size() != 10 || !QDate::fromString(v, QStringLiteral("yyyy-MM-dd")).isValid())
            return std::nullopt;
        return v;
    }
    case AttributeType::Boolean: {
        const QString lower = v.toLower();
        if (lower == u"yes" || lower == u"true")
            return QStringLiteral("true");
        if (lower == u"no" || lower == u"false")
            return QStringLiteral("false");
        return std::nullopt;
    }
    }
    return std::nullopt;
}

QString CaseInfo::value(const QString &attribute) const
{
    for (const CaseValue &v : values)
        if (v.attribute == attribute)
            return v.value;
    return {};
}

} // namespace gw

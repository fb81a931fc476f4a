// The filters of a coding query: attribute conditions, their text form, their
// JSON form (saved queries) and the scope they leave.
#include "core/model/display_names.h"
#include "core/analysis/coding_query.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace gw {

namespace {

QString unquoted(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'') && value.back() == value.front())
        return value.mid(1, value.size() - 2);
    return value;
}

// "a, 'b, c', d" -> a | b, c | d
QStringList listItems(const QString &text)
{
    QStringList out;
    QString current;
    QChar quote;
    for (const QChar c : text) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else
                current += c;
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u',') {
            out.append(current.trimmed());
            current.clear();
        } else {
            current += c;
        }
    }
    out.append(current.trimmed());
    out.removeAll(QString());
    return out;
}

QString opText(AttributeCondition::Op op)
{
    using Op = AttributeCondition::Op;
    switch (op) {
    case Op::Equal: return QStringLiteral("=");
    case Op::NotEqual: return QStringLiteral("!=");
    case Op::Less: return QStringLiteral("<");
    case Op::LessEqual: return QStringLiteral("<=");
    case Op::Greater: return QStringLiteral(">");
    case Op::GreaterEqual: return QStringLiteral(">=");
    case Op::In: return QStringLiteral("in");
    case Op::Between: return QStringLiteral("between");
    }
    return {};
}

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}

// -1, 0, 1 comparing a stored VALUE with X (both in stored form) as TYPE.
int compareValues(AttributeType type, const QString &value, const QString &x)
{
    if (type == AttributeType::Number) {
        const double a = value.toDouble(), b = x.toDouble();
        return a < b ? -1 : a > b ? 1 : 0;
    }
    const int c = type == AttributeType::Text ? value.compare(x, Qt::CaseInsensitive) : value.compare(x);
    return c < 0 ? -1 : c > 0 ? 1 : 0;
}

} // namespace

Result<AttributeCondition> parseAttributeCondition(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*(.+?)\\s*(!=|<=|>=|=|<|>|\\bin(?=\\s*\\()|\\bbetween\\b)\\s*(.*?)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text);
    const auto bad = [&](const QString &why) {
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::query_filters", "Cannot read the condition \"%1\": %2. Write ATTRIBUTE OP VALUE, where OP is "
                                   "=, !=, <, <=, >, >=, in (a, b) or between a and b (role = CCIO, "
                                   "year >= 2020).").arg(text, why));
    };
    if (!m.hasMatch())
        return bad(QCoreApplication::translate("gw::query_filters", "it has no comparison"));
    AttributeCondition c;
    c.attribute = unquoted(m.captured(1));
    const QString op = m.captured(2).toLower();
    const QString rest = m.captured(3);
    using Op = AttributeCondition::Op;
    static const std::pair<const char *, Op> ops[] = {{"!=", Op::NotEqual}, {"<=", Op::LessEqual},
                                                      {">=", Op::GreaterEqual}, {"=", Op::Equal},
                                                      {"<", Op::Less}, {">", Op::Greater}};
    if (op == u"in") {
        c.op = Op::In;
        const QString inner = rest.trimmed();
        if (!inner.startsWith(u'(') || !inner.endsWith(u')'))
            return bad(QCoreApplication::translate("gw::query_filters", "\"in\" needs a list in parentheses, as in (GDE, FF)"));
        c.values = listItems(inner.mid(1, inner.size() - 2));
        if (c.values.isEmpty())
            return bad(QCoreApplication::translate("gw::query_filters", "the list after \"in\" is empty"));
    } else if (op == u"between") {
        c.op = Op::Between;
        static const QRegularExpression andRe(QStringLiteral("\\s+and\\s+"), QRegularExpression::CaseInsensitiveOption);
        const auto a = andRe.match(rest);
        if (!a.hasMatch())
            return bad(QCoreApplication::translate("gw::query_filters", "\"between\" needs two values joined by \"and\""));
        c.values = {unquoted(rest.left(a.capturedStart())), unquoted(rest.mid(a.capturedEnd()))};
    } else {
        for (const auto &[symbol, value] : ops)
            if (op == QLatin1String(symbol))
                c.op = value;
        c.values = {unquoted(rest)};
    }
    if (c.attribute.isEmpty())
        return bad(QCoreApplication::translate("gw::query_filters", "the attribute's name is missing"));
    if (std::ranges::any_of(c.values, &QString::isEmpty))
        return bad(QCoreApplication::translate("gw::query_filters", "a value is missing"));
    return c;
}

QString toString(const AttributeCondition &c)
{
    const auto quote = [](const QString &v) {
        return v.contains(u',') || v.contains(u' ') || v.isEmpty() ? QStringLiteral("\"%1\"").arg(v) : v;
    };
    if (c.op == AttributeCondition::Op::In) {
        QStringList items;
        for (const QString &v : c.values)
            items.append(quote(v));
        return QStringLiteral("%1 in (%2)").arg(c.attribute, items.join(QStringLiteral(", ")));
    }
    if (c.op == AttributeCondition::Op::Between)
        return QStringLiteral("%1 between %2 and %3").arg(c.attribute, quote(c.values.value(0)), quote(c.values.value(1)));
    return QStringLiteral("%1 %2 %3").arg(c.attribute, opText(c.op), c.values.value(0));
}

bool conditionHolds(const AttributeCondition &c, AttributeType type, const CaseInfo &caseInfo)
{
    const QString value = caseInfo.value(c.attribute);
    if (value.isEmpty())
        return false;
    using Op = AttributeCondition::Op;
    const int cmp = compareValues(type, value, c.values.value(0));
    switch (c.op) {
    case Op::Equal: return cmp == 0;
    case Op::NotEqual: return cmp != 0;
    case Op::Less: return cmp < 0;
    case Op::LessEqual: return cmp <= 0;
    case Op::Greater: return cmp > 0;
    case Op::GreaterEqual: return cmp >= 0;
    case Op::In:
        return std::ranges::any_of(c.values, [&](const QString &x) { return compareValues(type, value, x) == 0; });
    case Op::Between:
        return cmp >= 0 && compareValues(type, value, c.values.value(1)) <= 0;
    }
    return false;
}

bool QueryFilters::isEmpty() const
{
    return kinds.empty() && sources.isEmpty() && sets.isEmpty() && cases.isEmpty() && where.empty() &&
           coders.isEmpty() && codedFrom.isNull() && codedTo.isNull();
}

QJsonObject QueryFilters::toJson() const
{
    QJsonObject o;
    QJsonArray k, w;
    for (const SourceKind kind : kinds)
        k.append(toString(kind));
    for (const AttributeCondition &c : where)
        w.append(toString(c));
    if (!k.isEmpty())
        o[QStringLiteral("kinds")] = k;
    if (!sources.isEmpty())
        o[QStringLiteral("sources")] = QJsonArray::fromStringList(sources);
    if (!sets.isEmpty())
        o[QStringLiteral("sets")] = QJsonArray::fromStringList(sets);
    if (!cases.isEmpty())
        o[QStringLiteral("cases")] = QJsonArray::fromStringList(cases);
    if (!w.isEmpty())
        o[QStringLiteral("where")] = w;
    if (!coders.isEmpty())
        o[QStringLiteral("coders")] = QJsonArray::fromStringList(coders);
    if (codedFrom.isValid())
        o[QStringLiteral("codedFrom")] = codedFrom.toString(Qt::ISODate);
    if (codedTo.isValid())
        o[QStringLiteral("codedTo")] = codedTo.toString(Qt::ISODate);
    return o;
}

Result<QueryFilters> QueryFilters::fromJson(const QJsonObject &o)
{
    QueryFilters f;
    for (const QString &k : strings(o.value(QStringLiteral("kinds")))) {
        const auto kind = sourceKindFromString(k);
        if (!kind)
            return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::query_filters", "Unknown source kind \"%1\".").arg(k));
        f.kinds.insert(*kind);
    }
    f.sources = strings(o.value(QStringLiteral("sources")));
    f.sets = strings(o.value(QStringLiteral("sets")));
    f.cases = strings(o.value(QStringLiteral("cases")));
    f.coders = strings(o.value(QStringLiteral("coders")));
    for (const QString &w : strings(o.value(QStringLiteral("where")))) {
        auto c = parseAttributeCondition(w);
        if (!c)
            return std::unexpected(c.error());
        f.where.push_back(std::move(*c));
    }
    f.codedFrom = QDate::fromString(o.value(QStringLiteral("codedFrom")).toString(), Qt::ISODate);
    f.codedTo = QDate::fromString(o.value(QStringLiteral("codedTo")).toString(), Qt::ISODate);
    return f;
}

Result<QueryScope> QueryScope::make(const CodingData &data, const QueryFilters &filters)
{
    const auto unknown = [](const QString &what, const QString &name, const QStringList &names) {
        return fail(ErrorKind::NotFound,
                    QCoreApplication::translate("gw::query_filters", "No %1 is called \"%2\".%3").arg(what, name, closestHint(name, names)));
    };
    QueryScope scope;
    std::set<Id> named;
    QStringList sourceNames;
    for (const SourceRow &s : data.sources)
        sourceNames.append(s.name);
    for (const QString &name : filters.sources) {
        const auto it = std::ranges::find(data.sources, name, &SourceRow::name);
        if (it == data.sources.end())
            return unknown(QStringLiteral("source"), name, sourceNames);
        named.insert(it->id);
    }
    std::set<Id> inSets;
    QStringList setNames;
    for (const SourceSetInfo &t : data.sets)
        setNames.append(t.name);
    for (const QString &name : filters.sets) {
        const auto it = std::ranges::find(data.sets, name, &SourceSetInfo::name);
        if (it == data.sets.end())
            return unknown(QStringLiteral("set"), name, setNames);
        inSets.insert(it->sourceIds.begin(), it->sourceIds.end());
    }
    std::set<Id> ofCases;
    QStringList caseNames;
    for (const CaseInfo &c : data.cases)
        caseNames.append(c.name);
    for (const QString &name : filters.cases) {
        const auto it = std::ranges::find(data.cases, name, &CaseInfo::name);
        if (it == data.cases.end())
            return unknown(QStringLiteral("case"), name, caseNames);
        ofCases.insert(it->sourceIds.begin(), it->sourceIds.end());
    }
    // Conditions with the attribute's stored name and values in stored form.
    std::vector<std::pair<AttributeCondition, AttributeType>> conditions;
    QStringList attributeNames;
    for (const AttributeInfo &a : data.attributes)
        attributeNames.append(a.name);
    for (AttributeCondition c : filters.where) {
        const AttributeInfo *a = data.attribute(c.attribute);
        if (!a)
            return unknown(QStringLiteral("attribute"), c.attribute, attributeNames);
        c.attribute = a->name;
        for (QString &v : c.values) {
            const auto stored = a->type == AttributeType::Text ? std::optional<QString>(v) : attributeValue(a->type, v);
            if (!stored)
                return fail(ErrorKind::InvalidInput,
                            QCoreApplication::translate("gw::query_filters", "In \"%1\": \"%2\" is not a %3 (the attribute %4 holds %3s%5).")
                                .arg(toString(c), v, displayName(a->type), a->name,
                                     a->type == AttributeType::Date ? QCoreApplication::translate("gw::query_filters", ", written yyyy-mm-dd") : QString()));
            v = *stored;
        }
        conditions.emplace_back(std::move(c), a->type);
    }
    for (const SourceRow &s : data.sources) {
        if (!filters.kinds.empty() && !filters.kinds.contains(s.kind))
            continue;
        if (!filters.sources.isEmpty() && !named.contains(s.id))
            continue;
        if (!filters.sets.isEmpty() && !inSets.contains(s.id))
            continue;
        if (!filters.cases.isEmpty() && !ofCases.contains(s.id))
            continue;
        if (!conditions.empty()) {
            const auto &cases = data.casesOfSource(s.id);
            const bool any = std::ranges::any_of(cases, [&](std::size_t i) {
                return std::ranges::all_of(conditions, [&](const auto &c) {
                    return conditionHolds(c.first, c.second, data.cases[i]);
                });
            });
            if (!any)
                continue;
        }
        scope.m_sources.insert(s.id);
    }
    QStringList coderNames;
    for (const auto &[id, name] : data.coders)
        coderNames.append(name);
    for (const QString &name : filters.coders) {
        const auto it = std::ranges::find_if(data.coders, [&](const auto &c) { return c.second == name; });
        if (it == data.coders.end())
            return unknown(QStringLiteral("coder"), name, coderNames);
        scope.m_coders.insert(it->first);
        scope.m_anyCoder = false;
    }
    if (filters.codedFrom.isValid())
        scope.m_from = filters.codedFrom.toString(Qt::ISODate);
    if (filters.codedTo.isValid())
        scope.m_to = filters.codedTo.toString(Qt::ISODate);
    return scope;
}

bool QueryScope::allowsSegment(const CodedSegment &segment) const
{
    if (!m_sources.contains(segment.sourceId))
        return false;
    if (!m_anyCoder && !m_coders.contains(segment.coderId))
        return false;
    const QString day = segment.created.left(10);
    return (m_from.isEmpty() || day >= m_from) && (m_to.isEmpty() || day <= m_to);
}

Result<std::vector<AttributeCondition>> parseAttributeConditions(const QString &text)
{
    std::vector<AttributeCondition> conditions;
    for (const QString &part : text.split(u';')) {
        if (part.trimmed().isEmpty())
            continue;
        auto c = parseAttributeCondition(part.trimmed());
        if (!c)
            return std::unexpected(c.error());
        conditions.push_back(std::move(*c));
    }
    return conditions;
}

Result<std::optional<std::set<Id>>> sourcesWithin(const CodingData &data, const QueryFilters &filters)
{
    if (filters.kinds.empty() && filters.sources.isEmpty() && filters.sets.isEmpty() && filters.cases.isEmpty() &&
        filters.where.empty())
        return std::nullopt;
    QueryFilters sourceFilters = filters;
    sourceFilters.coders.clear();
    sourceFilters.codedFrom = sourceFilters.codedTo = QDate();
    auto scope = QueryScope::make(data, sourceFilters);
    if (!scope)
        return std::unexpected(scope.error());
    return scope->sources();
}

Result<std::optional<std::vector<Id>>> sourcesWithin(Project &project, const QueryFilters &filters)
{
    if (filters.kinds.empty() && filters.sources.isEmpty() && filters.sets.isEmpty() && filters.cases.isEmpty() &&
        filters.where.empty())
        return std::nullopt;
    auto data = CodingData::load(project);
    if (!data)
        return std::unexpected(data.error());
    auto sources = sourcesWithin(**data, filters);
    if (!sources)
        return std::unexpected(sources.error());
    return std::vector<Id>((*sources)->begin(), (*sources)->end());
}

} // namespace gw

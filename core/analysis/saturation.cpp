#include "core/analysis/saturation.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <map>

namespace gw {

namespace {

// How the sources compare under an attribute: its typed value, or none.
struct OrderKey
{
    bool has = false;
    double number = 0;
    QString text;
};

OrderKey keyOf(const CodingData &data, Id sourceId, const AttributeInfo &attribute)
{
    OrderKey best;
    for (const std::size_t k : data.casesOfSource(sourceId)) {
        const QString v = data.cases[k].value(attribute.name).trimmed();
        if (v.isEmpty())
            continue;
        OrderKey key{true, 0, v};
        if (attribute.type == AttributeType::Number)
            key.number = v.toDouble();
        const bool earlier = !best.has || (attribute.type == AttributeType::Number
                                               ? key.number < best.number
                                               : key.text.compare(best.text, Qt::CaseInsensitive) < 0);
        if (earlier)
            best = key;
    }
    return best;
}

QString plural(const QString &word, qsizetype n)
{
    return n == 1 ? word : word + u's';
}

} // namespace

int Saturation::trailingWithoutNew() const
{
    int n = 0;
    for (auto it = steps.rbegin(); it != steps.rend() && it->newItems.isEmpty(); ++it)
        ++n;
    return n;
}

QString Saturation::readout() const
{
    const QLocale english(QLocale::English);
    if (steps.empty())
        return QStringLiteral("No %1 is in the order.").arg(sourceWord);
    if (total() == 0)
        return QStringLiteral("None of the %1 %2 has a %3.")
            .arg(english.toString(qlonglong(steps.size())), plural(sourceWord, qsizetype(steps.size())), itemWord);
    const int trailing = trailingWithoutNew();
    const std::size_t last = steps.size() - std::size_t(trailing) - 1; // the last source with something new
    QString text = QStringLiteral("%1 %2 appeared over %3 %4. ")
                       .arg(english.toString(total()), plural(itemWord, total()),
                            english.toString(qlonglong(steps.size())), plural(sourceWord, qsizetype(steps.size())));
    if (trailing == 0)
        text += QStringLiteral("The last %1 (%2) still added %3 new %4: no saturation yet.")
                    .arg(sourceWord, steps.back().source, english.toString(qlonglong(steps.back().newItems.size())),
                         plural(itemWord, steps.back().newItems.size()));
    else
        text += QStringLiteral("The last %1 %2 added no new %3; the last new %3 came with %4 (%5 of %6).")
                    .arg(english.toString(trailing), plural(sourceWord, trailing), itemWord, steps[last].source,
                         english.toString(qlonglong(last + 1)), english.toString(qlonglong(steps.size())));
    return text;
}

Table Saturation::table() const
{
    Table t;
    t.name = QStringLiteral("Saturation");
    t.caption = QStringLiteral("New %1 by %2, in order").arg(plural(itemWord, 2), sourceWord);
    t.header = {QStringLiteral("Source"), QStringLiteral("New %1").arg(plural(itemWord, 2)), QStringLiteral("Cumulative")};
    for (const SaturationStep &s : steps)
        t.rows.push_back({TableCell{cleanedCellText(s.source), 1},
                          TableCell{cleanedCellText(s.newItems.join(QStringLiteral("; "))), 1},
                          TableCell{QString::number(s.cumulative), 1}});
    t.footnote = readout();
    t.columnShares = {2, 5, 1};
    return t;
}

Result<Saturation> saturation(const CodingData &data, const SaturationSpec &spec)
{
    if (spec.tier != ItemTier::Code && spec.tier != ItemTier::Theme)
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::saturation", "Saturation counts codes or themes."));
    // The sources in order.
    std::vector<const SourceRow *> sources;
    for (const SourceRow &s : data.sources)
        if ((spec.kinds.empty() || spec.kinds.contains(s.kind)) && (!spec.sources || spec.sources->contains(s.id)))
            sources.push_back(&s);
    std::map<Id, OrderKey> keys;
    const QString order = spec.order.trimmed();
    const AttributeInfo *attribute = nullptr;
    if (order.startsWith(QStringLiteral("attribute:"), Qt::CaseInsensitive)) {
        const QString name = order.mid(10).trimmed();
        attribute = data.attribute(name);
        if (!attribute) {
            QStringList names;
            for (const AttributeInfo &a : data.attributes)
                names.append(a.name);
            return fail(ErrorKind::NotFound,
                        QCoreApplication::translate("gw::saturation", "No case attribute is called \"%1\".%2").arg(name, closestHint(name, names)));
        }
        for (const SourceRow *s : sources)
            keys[s->id] = keyOf(data, s->id, *attribute);
        std::ranges::stable_sort(sources, [&](const SourceRow *a, const SourceRow *b) {
            const OrderKey &x = keys[a->id], &y = keys[b->id];
            if (x.has != y.has)
                return x.has; // sources without a value last
            if (!x.has)
                return false;
            if (attribute->type == AttributeType::Number)
                return x.number < y.number;
            return x.text.compare(y.text, Qt::CaseInsensitive) < 0;
        });
    } else if (order.compare(QStringLiteral("import"), Qt::CaseInsensitive) != 0) {
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::saturation", "Order the sources by import or by attribute:NAME, not \"%1\".").arg(order));
    }

    // Each item's codes: a code itself, or a theme's codes.
    std::map<Id, Id> itemOfCode; // code -> item
    std::map<Id, QString> itemName;
    for (const CodeRow &c : data.codes) {
        if (c.archived || (spec.stage && c.stage != *spec.stage))
            continue;
        if (spec.tier == ItemTier::Code) {
            itemOfCode[c.id] = c.id;
            itemName[c.id] = c.name;
        } else if (c.themeId != 0) {
            itemOfCode[c.id] = c.themeId;
        }
    }
    if (spec.tier == ItemTier::Theme)
        for (const TierRow &t : data.themes)
            itemName[t.id] = t.name;

    Saturation out;
    out.itemWord = spec.tier == ItemTier::Theme ? QStringLiteral("theme")
                   : spec.stage ? QStringLiteral("%1 code").arg(toString(*spec.stage))
                                : QStringLiteral("code");
    const bool oneKind = spec.kinds.size() == 1;
    out.sourceWord = oneKind ? toString(*spec.kinds.begin()) : QStringLiteral("source");
    std::set<Id> seen;
    int cumulative = 0;
    for (const SourceRow *s : sources) {
        SaturationStep step;
        step.sourceId = s->id;
        step.source = s->name;
        if (attribute && keys[s->id].has)
            step.orderValue = keys[s->id].text;
        const auto [first, last] = data.segmentsOfSource(s->id);
        std::vector<Id> fresh;
        for (std::size_t i = first; i < last; ++i) {
            const auto it = itemOfCode.find(data.segments[i].codeId);
            if (it != itemOfCode.end() && seen.insert(it->second).second)
                fresh.push_back(it->second);
        }
        for (const Id item : fresh)
            step.newItems.append(itemName[item]);
        cumulative += int(fresh.size());
        step.cumulative = cumulative;
        out.steps.push_back(std::move(step));
    }
    return out;
}

} // namespace gw

#include "core/analysis/participants_table.h"

#include "core/analysis/coding_data.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <map>

namespace gw {

namespace {

const QString kNotRecorded = QStringLiteral("Not recorded");

// The attribute named NAME (any case), or why not.
Result<QString> attributeNamed(const std::vector<AttributeInfo> &attributes, const QString &name)
{
    QStringList names;
    for (const AttributeInfo &a : attributes) {
        if (a.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return a.name;
        names.append(a.name);
    }
    return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::participants_table", "No case attribute is called \"%1\".%2")
                                         .arg(name.trimmed(), closestHint(name.trimmed(), names)));
}

// Each value of ATTRIBUTE among CASES with its count, in the table's order.
std::vector<std::pair<QString, int>> valueCounts(const std::vector<const CaseInfo *> &cases, const QString &attribute,
                                                 const QStringList &order)
{
    std::map<QString, int> counts;
    for (const CaseInfo *c : cases) {
        const QString v = c->value(attribute).trimmed();
        ++counts[v.isEmpty() ? kNotRecorded : v];
    }
    std::vector<std::pair<QString, int>> out(counts.begin(), counts.end());
    const auto rank = [&](const QString &value) {
        const qsizetype at = order.indexOf(value);
        return at >= 0 ? at : order.size();
    };
    std::ranges::stable_sort(out, [&](const auto &a, const auto &b) {
        if (rank(a.first) != rank(b.first))
            return rank(a.first) < rank(b.first);
        if ((a.first == kNotRecorded) != (b.first == kNotRecorded))
            return b.first == kNotRecorded; // last
        return a.second > b.second;         // then largest first; the map gave names in order
    });
    return out;
}

} // namespace

int percentHalfUp(int n, int total)
{
    return total <= 0 ? 0 : int((200LL * n + total) / (2LL * total));
}

Result<Table> participantsTable(const std::vector<CaseInfo> &cases, const std::vector<AttributeInfo> &attributes,
                                const ParticipantsSpec &spec)
{
    if (spec.rows.isEmpty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::participants_table", "Name the attribute whose values are the rows (e.g. role)."));
    QStringList rows;
    for (const QString &r : spec.rows) {
        auto name = attributeNamed(attributes, r);
        if (!name)
            return std::unexpected(name.error());
        rows.append(*name);
    }
    std::optional<QString> group;
    if (!spec.groupBy.trimmed().isEmpty()) {
        auto name = attributeNamed(attributes, spec.groupBy);
        if (!name)
            return std::unexpected(name.error());
        group = *name;
    }
    const int total = int(cases.size());
    const QLocale english(QLocale::English);
    Table t;
    t.name = QStringLiteral("Participants");
    t.caption = QStringLiteral("Participants by %1%2: n (%) of all %3 cases")
                    .arg(rows.join(QStringLiteral(", ")).toLower(),
                         group ? QStringLiteral(" and %1").arg(group->toLower()) : QString(), english.toString(total));
    t.header = {QStringLiteral("Characteristic"), QStringLiteral("n"), QStringLiteral("%")};
    t.footnote = QStringLiteral("Percentages are of all %1 cases, rounded half up.").arg(english.toString(total));
    t.columnShares = {5, 1, 1};
    const auto add = [&](const QString &label, int n) {
        t.rows.push_back({TableCell{cleanedCellText(label), 1}, TableCell{QString::number(n), 1},
                          TableCell{QString::number(percentHalfUp(n, total)), 1}});
    };
    const auto heading = [&](const QString &label) {
        t.rows.push_back({TableCell{cleanedCellText(label), 1}, TableCell{}, TableCell{}});
    };
    std::vector<const CaseInfo *> all;
    for (const CaseInfo &c : cases)
        all.push_back(&c);
    for (const QString &attribute : rows) {
        if (rows.size() > 1)
            heading(attribute);
        if (!group) {
            for (const auto &[value, n] : valueCounts(all, attribute, spec.order))
                add(value, n);
            continue;
        }
        for (const auto &[groupValue, groupN] : valueCounts(all, *group, spec.order)) {
            add(groupValue, groupN);
            std::vector<const CaseInfo *> members;
            for (const CaseInfo *c : all) {
                const QString v = c->value(*group).trimmed();
                if ((v.isEmpty() ? kNotRecorded : v) == groupValue)
                    members.push_back(c);
            }
            for (const auto &[value, n] : valueCounts(members, attribute, spec.order))
                add(value, n);
        }
    }
    return t;
}

} // namespace gw

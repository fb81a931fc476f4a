#include "core/model/display_names.h"
#include "core/import/attribute_import.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace gw {

namespace {

using Severity = SheetProblem::Severity;

QString cell(const QStringList &row, qsizetype column)
{
    return column >= 0 && column < row.size() ? row.at(column).trimmed() : QString();
}

QString key(const QString &name)
{
    return name.trimmed().toCaseFolded();
}

Result<qsizetype> findColumn(const QStringList &header, const QString &name)
{
    for (qsizetype i = 0; i < header.size(); ++i)
        if (key(header.at(i)) == key(name))
            return i;
    return fail(ErrorKind::NotFound,
                QCoreApplication::translate("gw::attribute_import", "The sheet has no column named \"%1\"; its columns are: %2.")
                    .arg(name.trimmed(), header.join(QStringLiteral(", "))));
}

// Sources by every name a sheet may use for them: the source's name, its
// original file name, and that file name without its last suffix.
class SourceIndex
{
public:
    explicit SourceIndex(const std::vector<SourceInfo> &sources)
    {
        for (const SourceInfo &s : sources) {
            QSet<QString> keys{key(s.name)};
            if (!s.originalName.isEmpty()) {
                keys.insert(key(s.originalName));
                keys.insert(key(QFileInfo(s.originalName).completeBaseName()));
            }
            for (const QString &k : keys)
                m_byKey[k].append(s);
        }
    }

    // A value may also be a path to the file: its file name is tried next.
    [[nodiscard]] QList<SourceInfo> find(const QString &value) const
    {
        const QList<SourceInfo> exact = m_byKey.value(key(value));
        if (!exact.isEmpty())
            return exact;
        QString fileName = value;
        fileName.replace(u'\\', u'/');
        return m_byKey.value(key(QFileInfo(fileName).fileName()));
    }

private:
    QHash<QString, QList<SourceInfo>> m_byKey;
};

bool isEmptyRow(const QStringList &row)
{
    return std::ranges::all_of(row, [](const QString &c) { return c.trimmed().isEmpty(); });
}

} // namespace

AttributeType inferAttributeType(const QStringList &values)
{
    bool any = false;
    bool number = true, date = true, boolean = true;
    for (const QString &v : values) {
        if (v.trimmed().isEmpty())
            continue;
        any = true;
        number = number && attributeValue(AttributeType::Number, v).has_value();
        date = date && attributeValue(AttributeType::Date, v).has_value();
        boolean = boolean && attributeValue(AttributeType::Boolean, v).has_value();
    }
    if (!any)
        return AttributeType::Text;
    return number    ? AttributeType::Number
           : date    ? AttributeType::Date
           : boolean ? AttributeType::Boolean
                     : AttributeType::Text;
}

bool AttributePlan::refused() const
{
    return std::ranges::any_of(
        problems, [](const SheetProblem &p) { return p.severity == Severity::Refusal; });
}

qsizetype AttributePlan::newCases() const
{
    return std::ranges::count_if(cases, [](const PlannedCase &c) { return !c.exists; });
}

qsizetype AttributePlan::links() const
{
    qsizetype n = 0;
    for (const PlannedCase &c : cases)
        n += c.sourceIds.size();
    return n;
}

QStringList AttributePlan::messages(Severity severity) const
{
    QStringList list;
    for (const SheetProblem &p : problems)
        if (p.severity == severity)
            list.append(p.row > 0 ? QStringLiteral("row %1: %2").arg(p.row).arg(p.message)
                                  : p.message);
    return list;
}

Result<AttributePlan> planAttributes(Project &project, const Sheet &sheet,
                                     const AttributeImportOptions &options)
{
    if (isEmptyRow(sheet.header))
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::attribute_import", "The sheet has no header row naming its columns."));
    AttributePlan plan;
    auto idColumn = options.idColumn.trimmed().isEmpty()
                        ? Result<qsizetype>(0)
                        : findColumn(sheet.header, options.idColumn);
    if (!idColumn)
        return std::unexpected(idColumn.error());
    plan.idColumn = sheet.header.at(*idColumn).trimmed();
    std::optional<qsizetype> sourceColumn;
    if (!options.sourceColumn.trimmed().isEmpty()) {
        auto found = findColumn(sheet.header, options.sourceColumn);
        if (!found)
            return std::unexpected(found.error());
        sourceColumn = *found;
        plan.sourceColumn = sheet.header.at(*found).trimmed();
    }
    const auto refuse = [&plan](int row, QString message) {
        plan.problems.push_back(SheetProblem{Severity::Refusal, row, std::move(message)});
    };
    const auto warn = [&plan](int row, QString message) {
        plan.problems.push_back(SheetProblem{Severity::Warning, row, std::move(message)});
    };
    if (plan.idColumn.isEmpty())
        refuse(0, QCoreApplication::translate("gw::attribute_import", "The id column has no name in the header row."));

    // Rows: ids present and unique, before anything else is worth saying.
    QList<std::pair<int, const QStringList *>> rows; // sheet row number, cells
    QHash<QString, QList<int>> rowsById;
    QStringList idOrder;
    for (qsizetype i = 0; i < sheet.rows.size(); ++i) {
        const QStringList &row = sheet.rows.at(i);
        const int number = int(i) + 2;
        if (isEmptyRow(row))
            continue;
        const QString id = cell(row, *idColumn).simplified();
        if (id.isEmpty()) {
            refuse(number, QCoreApplication::translate("gw::attribute_import", "no id in the column \"%1\".").arg(plan.idColumn));
            continue;
        }
        if (!rowsById.contains(id))
            idOrder.append(id);
        rowsById[id].append(number);
        rows.append({number, &row});
        const qsizetype extra =
            std::count_if(row.begin() + std::min(row.size(), sheet.header.size()), row.end(),
                          [](const QString &c) { return !c.trimmed().isEmpty(); });
        if (extra > 0)
            warn(number,
                 QCoreApplication::translate("gw::attribute_import", "%1 cell(s) beyond the last named column are ignored.").arg(extra));
    }
    for (const QString &id : idOrder) {
        const QList<int> &where = rowsById.value(id);
        if (where.size() > 1) {
            QStringList numbers;
            for (int n : where)
                numbers.append(QString::number(n));
            refuse(0,
                   QCoreApplication::translate("gw::attribute_import",
                       "The id \"%1\" is used more than once (rows %2); each case needs one row.")
                       .arg(id, numbers.join(QStringLiteral(", "))));
        }
    }

    // Attribute columns: every named column but the id and the source column.
    QSet<QString> seen{key(plan.idColumn)};
    if (sourceColumn)
        seen.insert(key(plan.sourceColumn));
    for (qsizetype c = 0; c < sheet.header.size(); ++c) {
        if (c == *idColumn || c == sourceColumn)
            continue;
        const QString name = sheet.header.at(c).simplified();
        QStringList values;
        for (const auto &[number, row] : rows)
            values.append(cell(*row, c));
        if (name.isEmpty()) {
            if (!isEmptyRow(values))
                refuse(0, QCoreApplication::translate("gw::attribute_import", "Column %1 has values but no name in the header row.")
                              .arg(c + 1));
            continue;
        }
        if (seen.contains(key(name))) {
            refuse(0, QCoreApplication::translate("gw::attribute_import", "The column \"%1\" appears more than once in the header row.")
                          .arg(name));
            continue;
        }
        seen.insert(key(name));
        PlannedAttribute attribute{name, inferAttributeType(values), false, c};
        if (auto existing = project.attributeByName(name)) {
            attribute = PlannedAttribute{existing->name, existing->type, true, c};
        } else if (existing.error().kind != ErrorKind::NotFound) {
            return std::unexpected(existing.error());
        }
        plan.attributes.push_back(attribute);
    }

    auto sources = project.sources();
    if (!sources)
        return std::unexpected(sources.error());
    const SourceIndex index(*sources);
    for (const auto &[number, row] : rows) {
        PlannedCase planned;
        planned.name = cell(*row, *idColumn).simplified();
        planned.row = number;
        if (rowsById.value(planned.name).size() > 1)
            continue;
        if (auto existing = project.caseByName(planned.name))
            planned.exists = true;
        else if (existing.error().kind != ErrorKind::NotFound)
            return std::unexpected(existing.error());
        for (const PlannedAttribute &a : plan.attributes) {
            const QString raw = cell(*row, a.column);
            if (raw.isEmpty())
                continue;
            if (const auto stored = attributeValue(a.type, raw))
                planned.values.append({a.name, *stored});
            else
                warn(number,
                     QCoreApplication::translate("gw::attribute_import",
                         "\"%1\" in the column \"%2\" is not a %3, as the attribute already in the "
                         "project needs; it is not imported.")
                         .arg(raw, a.name, displayName(a.type)));
        }
        const QString sourceName = sourceColumn ? cell(*row, *sourceColumn) : planned.name;
        const QList<SourceInfo> matches =
            sourceName.isEmpty() ? QList<SourceInfo>() : index.find(sourceName);
        if (matches.size() == 1) {
            planned.sourceIds.append(matches.front().id);
            planned.sourceNames.append(matches.front().name);
        } else if (matches.size() > 1) {
            QStringList names;
            for (const SourceInfo &s : matches)
                names.append(s.name);
            warn(number, QCoreApplication::translate("gw::attribute_import", "\"%1\" matches several sources (%2); the case \"%3\" is "
                                        "imported without a link.")
                             .arg(sourceName, names.join(QStringLiteral(", ")), planned.name));
        } else if (sourceColumn && !sourceName.isEmpty()) {
            warn(number, QCoreApplication::translate("gw::attribute_import", "no source named \"%1\" in the project; the case \"%2\" is "
                                        "imported without a link.")
                             .arg(sourceName, planned.name));
        }
        plan.cases.push_back(std::move(planned));
    }
    return plan;
}

Status applyAttributes(Project &project, const AttributePlan &plan)
{
    if (plan.refused())
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::attribute_import", "The sheet is refused and nothing was written:\n  %1")
                        .arg(plan.messages(Severity::Refusal).join(QStringLiteral("\n  "))));
    CaseBatch batch;
    for (const PlannedAttribute &a : plan.attributes)
        batch.attributes.append({a.name, a.type});
    for (const PlannedCase &c : plan.cases)
        batch.cases.push_back(CaseRecord{c.name, c.values, c.sourceIds});
    return project.writeCases(batch);
}

} // namespace gw

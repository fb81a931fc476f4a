#include "core/export/agreement_table.h"

#include <QLocale>
#include <cmath>

namespace gw {

namespace {

QString figure(double value, int decimals)
{
    return agreementFigure(value, decimals);
}

} // namespace

QString agreementFigure(double value, int decimals, const QLocale &locale, const QString &missing)
{
    if (std::isnan(value))
        return missing;
    const double scale = std::pow(10.0, decimals);
    if (std::round(value * scale) == 0) // -0.001 rounds to a zero that prints its sign
        value = 0;
    return locale.toString(value, 'f', decimals);
}

namespace {

QString unitsName(AgreementUnit unit)
{
    switch (unit) {
    case AgreementUnit::Character:
        return QStringLiteral("characters");
    case AgreementUnit::Sentence:
        return QStringLiteral("sentences");
    case AgreementUnit::Paragraph:
        break;
    }
    return QStringLiteral("paragraphs");
}

void addRows(Table &table, const CodeAgreement &code, const QString &name)
{
    const int span = int(code.pairs.size());
    for (int i = 0; i < span; ++i) {
        const PairAgreement &pair = code.pairs[std::size_t(i)];
        table.rows.push_back({
            TableCell{i == 0 ? name : QString(), i == 0 ? span : 0},
            TableCell{QStringLiteral("%1 – %2").arg(pair.first, pair.second)},
            TableCell{QString::number(pair.table.units())},
            TableCell{QString::number(pair.table.both)},
            TableCell{QString::number(pair.table.firstOnly)},
            TableCell{QString::number(pair.table.secondOnly)},
            TableCell{figure(pair.table.percentAgreement(), 1)},
            TableCell{figure(pair.table.kappa(), 3)},
            TableCell{i == 0 ? figure(code.alpha(), 3) : QString(), i == 0 ? span : 0},
        });
    }
    // A covered cell repeats the text of the cell spanning it.
    for (std::size_t r = table.rows.size() - std::size_t(span) + 1; r < table.rows.size(); ++r) {
        table.rows[r][0].text = name;
        table.rows[r][8].text = table.rows[r - 1][8].text;
    }
}

} // namespace

Table layoutAgreementTable(const AgreementResult &result)
{
    Table table;
    table.name = QStringLiteral("Agreement");
    table.caption = QStringLiteral("Inter-coder agreement by code (unit: %1; %2 source%3)")
                        .arg(unitsName(result.unit))
                        .arg(result.sources.size())
                        .arg(result.sources.size() == 1 ? QString() : QStringLiteral("s"));
    table.header = {QStringLiteral("Code"),      QStringLiteral("Coders"),        QStringLiteral("Units"),
                    QStringLiteral("Both"),      QStringLiteral("First only"),    QStringLiteral("Second only"),
                    QStringLiteral("Agreement (%)"), QStringLiteral("Cohen's kappa"), QStringLiteral("Krippendorff's alpha")};
    table.groupColumns = 1;
    table.columnShares = {0.22, 0.14, 0.08, 0.08, 0.09, 0.09, 0.10, 0.10, 0.10};
    for (const CodeAgreement &code : result.codes)
        addRows(table, code, code.code);
    addRows(table, result.overall, QStringLiteral("All codes (pooled)"));
    table.footnote = result.method + QStringLiteral(" n/a: undefined (every judgement the same).");
    return table;
}

Status writeAgreementTable(const AgreementResult &result, TableFormat format, const QString &path)
{
    return writeTable(layoutAgreementTable(result), format, path);
}

} // namespace gw

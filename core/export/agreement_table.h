#pragma once
// The agreement table for a methods section: one row per code and coder pair
// (percentage agreement, Cohen's kappa, Krippendorff's alpha), the pooled row
// last, the method as the footnote; written with the generic table writers
// (table.h). The CLI's `agreement --format` and the workbench's Coder Agreement
// tab both export it.

#include "core/analysis/agreement.h"
#include "core/export/table.h"

#include <QLocale>

namespace gw {

[[nodiscard]] Table layoutAgreementTable(const AgreementResult &result);

// The formats a reviewer asks for: Markdown, LaTeX, CSV, XLSX (HTML and ODT
// work too). Writes atomically; the error names PATH.
[[nodiscard]] Status writeAgreementTable(const AgreementResult &result, TableFormat format, const QString &path);

// VALUE with DECIMALS places as a paper prints it, in LOCALE: "n/a" (or
// MISSING) when undefined, and never a negative zero ("-0.00" is 0.00).
[[nodiscard]] QString agreementFigure(double value, int decimals, const QLocale &locale = QLocale::c(),
                                      const QString &missing = QStringLiteral("n/a"));

} // namespace gw

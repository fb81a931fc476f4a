#pragma once
// The classic Gioia figure of a data structure: first-order codes on the left,
// second-order themes in the middle, aggregate dimensions on the right, joined
// by brackets, in the researcher's order. Written as SVG, PDF (vector text) or
// PNG for a paper.

#include "core/structure/data_structure.h"

#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <map>
#include <optional>

namespace gw {

enum class FigureFormat { Svg, Pdf, Png };

// A change to mark on a box when the figure shows what changed since an
// earlier state (core/structure/structure_diff.h): added boxes get a green
// outline, moved ones amber, renamed ones blue, each with a short NOTE ("new",
// "moved from X", "(was X)") under its name.
enum class FigureChange { None, Added, Moved, Renamed };

struct FigureMark
{
    FigureChange change = FigureChange::None;
    QString note;
};

struct FigureMarks
{
    // By key("code"|"theme"|"dimension", id).
    std::map<QString, FigureMark> boxes;
    // What is no longer in the figure (removed, merged), printed under it.
    QStringList footnotes;
    [[nodiscard]] static QString key(const QString &tier, Id id) { return QStringLiteral("%1:%2").arg(tier).arg(id); }
    [[nodiscard]] bool isEmpty() const { return boxes.empty() && footnotes.isEmpty(); }
};

// The paper a figure is drawn for. Fit: a page as big as the figure (what a
// journal scales to its column). The others have a text area the figure is
// laid out to fit at the chosen font size, narrowing its columns and wrapping
// its labels (and only when even that is too wide, printing smaller): A4 and US
// Letter with 2 cm and 0.75 in margins, a journal's single column (3.5 in wide)
// and its full text width (7 in), both 9.5 in tall, without margins.
enum class FigurePaper { Fit, A4, Letter, JournalColumn, JournalPage };

// "fit", "a4", "letter", "column", "page".
[[nodiscard]] std::optional<FigurePaper> figurePaperFromString(const QString &name);
[[nodiscard]] QString toString(FigurePaper paper);

struct FigureOptions
{
    QString fontFamily = QStringLiteral("DejaVu Sans");
    double fontPointSize = 9.0;
    bool showCounts = false; // segments and sources on each box
    bool greyscale = false;
    int pngDpi = 300;
    FigureMarks marks; // none: the plain figure
    FigurePaper paper = FigurePaper::Fit;
    bool landscape = false; // the paper turned (not with Fit)
    bool compact = false;   // tighter padding and gaps, narrower columns
    // Over as many pages as it takes, breaking between dimensions, with the
    // column headings on every page (PDF only; not with Fit).
    bool split = false;
};

// The paper's page and text area in points (Fit: none, empty rectangles).
[[nodiscard]] QSizeF paperSize(FigurePaper paper, bool landscape);
[[nodiscard]] QRectF paperTextArea(FigurePaper paper, bool landscape);

// How the figure comes out on its paper: the page size, how many pages, and
// the point size its labels print at (the chosen one unless even the narrowest
// columns did not fit).
struct FigureFit
{
    QSizeF page;
    int pages = 1;
    double printedPointSize = 0;
    bool tooWide = false; // wider than the text area even with the narrowest columns
    bool tooTall = false; // a page taller than the text area (split it, or it prints smaller)
};
[[nodiscard]] FigureFit fitGioiaFigure(const DataStructure &structure, const FigureOptions &options);

// Figure formats by file suffix or name ("svg", "pdf", "png").
[[nodiscard]] std::optional<FigureFormat> figureFormatFromString(const QString &name);

// Writes the figure to PATH atomically: on failure nothing is left at PATH.
[[nodiscard]] Status writeGioiaFigure(const DataStructure &structure, FigureFormat format,
                                      const FigureOptions &options, const QString &path);

} // namespace gw

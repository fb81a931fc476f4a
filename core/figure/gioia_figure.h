#pragma once
// The classic Gioia figure of a data structure: first-order codes on the left,
// second-order themes in the middle, aggregate dimensions on the right, joined
// by brackets, in the researcher's order. Written as SVG, PDF (vector text) or
// PNG for a paper.

#include "core/structure/data_structure.h"

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

struct FigureOptions
{
    QString fontFamily = QStringLiteral("DejaVu Sans");
    double fontPointSize = 9.0;
    bool showCounts = false; // segments and sources on each box
    bool greyscale = false;
    int pngDpi = 300;
    FigureMarks marks; // none: the plain figure
};

// Figure formats by file suffix or name ("svg", "pdf", "png").
[[nodiscard]] std::optional<FigureFormat> figureFormatFromString(const QString &name);

// Writes the figure to PATH atomically: on failure nothing is left at PATH.
[[nodiscard]] Status writeGioiaFigure(const DataStructure &structure, FigureFormat format,
                                      const FigureOptions &options, const QString &path);

} // namespace gw

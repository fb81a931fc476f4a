#pragma once
// The classic Gioia figure of a data structure: first-order codes on the left,
// second-order themes in the middle, aggregate dimensions on the right, joined
// by brackets, in the researcher's order. Written as SVG, PDF (vector text) or
// PNG for a paper.

#include "core/structure/data_structure.h"

#include <QString>
#include <optional>

namespace gw {

enum class FigureFormat { Svg, Pdf, Png };

struct FigureOptions
{
    QString fontFamily = QStringLiteral("DejaVu Sans");
    double fontPointSize = 9.0;
    bool showCounts = false; // segments and sources on each box
    bool greyscale = false;
    int pngDpi = 300;
};

// Figure formats by file suffix or name ("svg", "pdf", "png").
[[nodiscard]] std::optional<FigureFormat> figureFormatFromString(const QString &name);

// Writes the figure to PATH atomically: on failure nothing is left at PATH.
[[nodiscard]] Status writeGioiaFigure(const DataStructure &structure, FigureFormat format,
                                      const FigureOptions &options, const QString &path);

} // namespace gw

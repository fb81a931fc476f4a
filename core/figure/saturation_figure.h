#pragma once
// The saturation curve for a methods section: the sources in order along the
// x axis, the cumulative number of codes as a step curve, the codes new in
// each source as bars under it (on the same scale), and the readout as the
// caption. Greyscale-safe: the curve is dark, the bars light.

#include "core/analysis/saturation.h"
#include "core/figure/gioia_figure.h"

namespace gw {

// Writes SATURATION to PATH as FORMAT (svg, pdf, png), atomically.
[[nodiscard]] Status writeSaturationFigure(const Saturation &saturation, FigureFormat format,
                                           const FigureOptions &options, const QString &path);

} // namespace gw

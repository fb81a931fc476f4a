#pragma once
// The CMO model as a figure for a paper: factors by level on the left, the
// relationship spectrum with the outcomes on the right, typed arrows between
// them with their evidence counts, and a legend (model_layout.h); or the
// spectrum alone. Written as SVG, PDF (vector text) or PNG (300 dpi default).

#include "core/figure/gioia_figure.h"
#include "core/figure/model_layout.h"

namespace gw {

class Project;

// The project's model, as the figure shows it.
[[nodiscard]] Result<ModelFigureInput> modelFigureInput(Project &project);

// Writes the figure to PATH atomically: on failure nothing is left at PATH.
// Refuses a model without elements (or, spectrum only, without outcomes).
[[nodiscard]] Status writeModelFigure(const ModelFigureInput &input, FigureFormat format,
                                      const ModelFigureOptions &options, const QString &path);

} // namespace gw

#include "core/figure/model_figure.h"

#include "core/figure/figure_output.h"
#include "core/figure/model_render.h"
#include "core/model/project.h"

#include <QCoreApplication>
#include <QPainter>
#include <algorithm>

namespace gw {

Result<ModelFigureInput> modelFigureInput(Project &project)
{
    ModelFigureInput in;
    auto elements = project.modelElements();
    if (!elements)
        return std::unexpected(elements.error());
    auto levels = project.modelLevels();
    if (!levels)
        return std::unexpected(levels.error());
    auto types = project.influenceTypes();
    if (!types)
        return std::unexpected(types.error());
    auto influences = project.influences();
    if (!influences)
        return std::unexpected(influences.error());
    in.elements = std::move(*elements);
    in.levels = std::move(*levels);
    in.types = std::move(*types);
    in.influences = std::move(*influences);
    in.axes = project.spectrumAxes();
    return in;
}

namespace {

QString title(const ModelFigureOptions &options)
{
    return options.spectrumOnly ? QStringLiteral("Relationship spectrum")
                                : QStringLiteral("CMO model");
}

} // namespace

Status writeModelFigure(const ModelFigureInput &input, FigureFormat format,
                        const ModelFigureOptions &options, const QString &path)
{
    if (auto ok = checkCanDraw(format, options.pngDpi, QStringLiteral("the model"), path); !ok)
        return ok;
    const bool anyOutcome = std::ranges::any_of(
        input.elements, [](const ModelElement &e) { return e.role == ModelRole::Outcome; });
    if (input.elements.empty() || (options.spectrumOnly && !anyOutcome))
        return fail(
            ErrorKind::InvalidInput,
            QCoreApplication::translate("gw::model_figure",
                "Nothing to draw in %1: the model has no %2 yet. Place dimensions, themes or "
                "codes in the model first (groundwork-cli model place).")
                .arg(path, options.spectrumOnly ? QStringLiteral("outcomes")
                                                : QStringLiteral("elements")));
    const ModelLayout layout = layOutModelFigure(input, options);
    const FigurePage page{layout.size, title(options),
                          QStringLiteral("Contexts, mechanisms and outcomes joined by typed influences, "
                                         "written by Groundwork."),
                          options.pngDpi, options.greyscale};
    return writeFigure(format, page, [&](QPainter &painter) { paintModelFigure(painter, layout); }, path);
}

} // namespace gw

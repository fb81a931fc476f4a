#include "core/figure/gioia_figure.h"

#include "core/figure/gioia_layout.h"
#include "core/figure/gioia_render.h"

#include "core/figure/figure_output.h"

#include <QPainter>

namespace gw {

namespace {

QString describe(const DataStructure &structure)
{
    QString text = QStringLiteral("Data structure: %1 aggregate dimensions, %2 second-order themes, %3 first-order concepts.")
                       .arg(structure.dimensions.size())
                       .arg(structure.themeCount())
                       .arg(structure.codeCount());
    if (!structure.citation.isEmpty())
        text += QStringLiteral(" After %1.").arg(structure.citation);
    return text;
}

} // namespace

std::optional<FigureFormat> figureFormatFromString(const QString &name)
{
    QString key = name.trimmed().toLower();
    if (const qsizetype dot = key.lastIndexOf(QLatin1Char('.')); dot >= 0)
        key = key.mid(dot + 1);
    if (key == QLatin1String("svg"))
        return FigureFormat::Svg;
    if (key == QLatin1String("pdf"))
        return FigureFormat::Pdf;
    if (key == QLatin1String("png"))
        return FigureFormat::Png;
    return std::nullopt;
}

Status writeGioiaFigure(const DataStructure &structure, FigureFormat format, const FigureOptions &options,
                        const QString &path)
{
    if (auto ok = checkCanDraw(format, options.pngDpi, QStringLiteral("the figure"), path); !ok)
        return ok;
    if (structure.dimensions.empty())
        return fail(ErrorKind::InvalidInput,
                    QStringLiteral("Nothing to draw in %1: the data structure has no aggregate dimensions yet. "
                                   "Place first-order codes under themes and themes under dimensions first.")
                        .arg(path));
    const GioiaLayout layout = layOutGioiaFigure(structure, options);
    const FigurePalette palette = FigurePalette::print(options.greyscale);
    FigurePage page{layout.size, QStringLiteral("Data structure"), describe(structure), options.pngDpi,
                    options.greyscale, palette.background};
    return writeFigure(format, page, [&](QPainter &painter) { paintGioiaFigure(painter, layout, palette); }, path);
}

} // namespace gw

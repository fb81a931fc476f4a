#include "core/figure/model_figure.h"

#include "core/export/atomic_file.h"
#include "core/figure/model_render.h"
#include "core/model/project.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <cmath>

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

bool writeSvg(const ModelLayout &layout, const ModelFigureOptions &options, QIODevice &out)
{
    QSvgGenerator svg;
    svg.setOutputDevice(&out);
    svg.setResolution(72);
    svg.setSize(QSize(int(std::ceil(layout.size.width())), int(std::ceil(layout.size.height()))));
    svg.setViewBox(QRectF(QPointF(0, 0), layout.size));
    svg.setTitle(title(options));
    svg.setDescription(QStringLiteral(
        "Contexts, mechanisms and outcomes joined by typed influences, written by Groundwork."));
    QPainter painter;
    if (!painter.begin(&svg))
        return false;
    paintModelFigure(painter, layout);
    return painter.end();
}

bool writePdf(const ModelLayout &layout, const ModelFigureOptions &options, QIODevice &out)
{
    QPdfWriter pdf(&out);
    pdf.setResolution(72);
    pdf.setTitle(title(options));
    pdf.setCreator(QStringLiteral("Groundwork"));
    const QPageSize page(layout.size, QPageSize::Point, QStringLiteral("Figure"),
                         QPageSize::ExactMatch);
    if (!pdf.setPageLayout(
            QPageLayout(page, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Point)))
        return false;
    QPainter painter;
    if (!painter.begin(&pdf))
        return false;
    paintModelFigure(painter, layout);
    return painter.end();
}

bool writePng(const ModelLayout &layout, int dpi, QIODevice &out)
{
    const double scale = dpi / 72.0;
    QImage image(int(std::ceil(layout.size.width() * scale)),
                 int(std::ceil(layout.size.height() * scale)), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return false;
    const int dotsPerMeter = int(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.scale(scale, scale);
        paintModelFigure(painter, layout);
    }
    return image.convertToFormat(QImage::Format_RGB32).save(&out, "PNG");
}

} // namespace

Status writeModelFigure(const ModelFigureInput &input, FigureFormat format,
                        const ModelFigureOptions &options, const QString &path)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(ErrorKind::InvalidInput,
                    QStringLiteral(
                        "Cannot draw the model for %1: drawing needs fonts, which need a "
                        "QGuiApplication (run with QT_QPA_PLATFORM=offscreen without a display).")
                        .arg(path));
    const bool anyOutcome = std::ranges::any_of(
        input.elements, [](const ModelElement &e) { return e.role == ModelRole::Outcome; });
    if (input.elements.empty() || (options.spectrumOnly && !anyOutcome))
        return fail(
            ErrorKind::InvalidInput,
            QStringLiteral(
                "Nothing to draw in %1: the model has no %2 yet. Place dimensions, themes or "
                "codes in the model first (groundwork-cli model place).")
                .arg(path, options.spectrumOnly ? QStringLiteral("outcomes")
                                                : QStringLiteral("elements")));
    if (format == FigureFormat::Png && (options.pngDpi < 36 || options.pngDpi > 2400))
        return fail(ErrorKind::InvalidInput,
                    QStringLiteral("Cannot write %1 at %2 dpi: choose between 36 and 2400 dpi.")
                        .arg(path)
                        .arg(options.pngDpi));

    const ModelLayout layout = layOutModelFigure(input, options);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    bool drawn = false;
    switch (format) {
    case FigureFormat::Svg:
        drawn = writeSvg(layout, options, buffer);
        break;
    case FigureFormat::Pdf:
        drawn = writePdf(layout, options, buffer);
        break;
    case FigureFormat::Png:
        drawn = writePng(layout, options.pngDpi, buffer);
        break;
    }
    buffer.close();
    if (!drawn || bytes.isEmpty())
        return fail(
            ErrorKind::Io,
            QStringLiteral("Cannot write the model figure to %1: the figure could not be drawn.")
                .arg(path));
    return writeFileAtomically(bytes, path);
}

} // namespace gw

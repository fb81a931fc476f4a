#include "core/figure/gioia_figure.h"

#include "core/figure/gioia_layout.h"
#include "core/figure/gioia_render.h"

#include <QGuiApplication>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <cmath>

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

// One unit of the generator is one point: the SVG's user units are the
// layout's, and its width and height say the printed size in millimetres.
bool writeSvg(const GioiaLayout &layout, const FigurePalette &palette, const QString &description, QIODevice &out)
{
    QSvgGenerator svg;
    svg.setOutputDevice(&out);
    svg.setResolution(72);
    svg.setSize(QSize(int(std::ceil(layout.size.width())), int(std::ceil(layout.size.height()))));
    svg.setViewBox(QRectF(QPointF(0, 0), layout.size));
    svg.setTitle(QStringLiteral("Data structure"));
    svg.setDescription(description);
    QPainter painter;
    if (!painter.begin(&svg))
        return false;
    paintGioiaFigure(painter, layout, palette);
    return painter.end();
}

bool writePdf(const GioiaLayout &layout, const FigurePalette &palette, QIODevice &out)
{
    QPdfWriter pdf(&out);
    pdf.setResolution(72);
    pdf.setTitle(QStringLiteral("Data structure"));
    pdf.setCreator(QStringLiteral("Groundwork"));
    const QPageSize page(layout.size, QPageSize::Point, QStringLiteral("Figure"), QPageSize::ExactMatch);
    if (!pdf.setPageLayout(QPageLayout(page, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Point)))
        return false;
    QPainter painter;
    if (!painter.begin(&pdf))
        return false;
    paintGioiaFigure(painter, layout, palette);
    return painter.end();
}

bool writePng(const GioiaLayout &layout, const FigurePalette &palette, int dpi, bool greyscale, QIODevice &out)
{
    const double scale = dpi / 72.0;
    QImage image(int(std::ceil(layout.size.width() * scale)), int(std::ceil(layout.size.height() * scale)),
                 QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return false;
    const int dotsPerMeter = int(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(palette.background);
    {
        QPainter painter(&image);
        painter.scale(scale, scale);
        paintGioiaFigure(painter, layout, palette);
    }
    if (greyscale)
        image = image.convertToFormat(QImage::Format_Grayscale8);
    else
        image = image.convertToFormat(QImage::Format_RGB32);
    return image.save(&out, "PNG");
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
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(ErrorKind::InvalidInput,
                    QStringLiteral("Cannot draw the figure for %1: drawing needs fonts, which need a "
                                   "QGuiApplication (run with QT_QPA_PLATFORM=offscreen without a display).")
                        .arg(path));
    if (structure.dimensions.empty())
        return fail(ErrorKind::InvalidInput,
                    QStringLiteral("Nothing to draw in %1: the data structure has no aggregate dimensions yet. "
                                   "Place first-order codes under themes and themes under dimensions first.")
                        .arg(path));
    if (format == FigureFormat::Png && (options.pngDpi < 36 || options.pngDpi > 2400))
        return fail(ErrorKind::InvalidInput,
                    QStringLiteral("Cannot write %1 at %2 dpi: choose between 36 and 2400 dpi.").arg(path).arg(options.pngDpi));

    const GioiaLayout layout = layOutGioiaFigure(structure, options);
    const FigurePalette palette = FigurePalette::print(options.greyscale);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorKind::Io, QStringLiteral("Cannot write the figure to %1: %2").arg(path, file.errorString()));
    bool drawn = false;
    switch (format) {
    case FigureFormat::Svg:
        drawn = writeSvg(layout, palette, describe(structure), file);
        break;
    case FigureFormat::Pdf:
        drawn = writePdf(layout, palette, file);
        break;
    case FigureFormat::Png:
        drawn = writePng(layout, palette, options.pngDpi, options.greyscale, file);
        break;
    }
    if (!drawn || file.error() != QFileDevice::NoError) {
        const QString reason = file.error() != QFileDevice::NoError ? file.errorString()
                                                                    : QStringLiteral("the figure could not be drawn");
        file.cancelWriting();
        return fail(ErrorKind::Io, QStringLiteral("Cannot write the figure to %1: %2").arg(path, reason));
    }
    if (!file.commit())
        return fail(ErrorKind::Io, QStringLiteral("Cannot write the figure to %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace gw

#include "core/figure/figure_output.h"

#include "core/export/atomic_file.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <cmath>

namespace gw {

namespace {

// One unit of the generator is one point: the SVG's user units are the
// figure's, and its width and height say the printed size.
bool paintSvg(const FigurePage &page, const std::function<void(QPainter &)> &paint, QIODevice &out)
{
    QSvgGenerator svg;
    svg.setOutputDevice(&out);
    svg.setResolution(72);
    svg.setSize(QSize(int(std::ceil(page.size.width())), int(std::ceil(page.size.height()))));
    svg.setViewBox(QRectF(QPointF(0, 0), page.size));
    svg.setTitle(page.title);
    svg.setDescription(page.description);
    QPainter painter;
    if (!painter.begin(&svg))
        return false;
    paint(painter);
    return painter.end();
}

bool paintPdf(const FigurePage &page, int pages, const std::function<void(QPainter &, int)> &paint, QIODevice &out)
{
    QPdfWriter pdf(&out);
    pdf.setResolution(72);
    pdf.setTitle(page.title);
    pdf.setCreator(QStringLiteral("Groundwork"));
    const QPageSize size(page.size, QPageSize::Point, QStringLiteral("Figure"), QPageSize::ExactMatch);
    if (!pdf.setPageLayout(QPageLayout(size, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Point)))
        return false;
    QPainter painter;
    if (!painter.begin(&pdf))
        return false;
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !pdf.newPage())
            return false;
        painter.save();
        paint(painter, i);
        painter.restore();
    }
    return painter.end();
}

bool paintPng(const FigurePage &page, const std::function<void(QPainter &)> &paint, QIODevice &out)
{
    const double scale = page.pngDpi / 72.0;
    QImage image(int(std::ceil(page.size.width() * scale)), int(std::ceil(page.size.height() * scale)),
                 QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return false;
    const int dotsPerMeter = int(std::lround(page.pngDpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(page.background);
    {
        QPainter painter(&image);
        painter.scale(scale, scale);
        paint(painter);
    }
    image = image.convertToFormat(page.greyscale ? QImage::Format_Grayscale8 : QImage::Format_RGB32);
    return image.save(&out, "PNG");
}

} // namespace

Status checkCanDraw(FigureFormat format, int pngDpi, const QString &what, const QString &path)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::figure_output", "Cannot draw %1 for %2: drawing needs fonts, which need a "
                                   "QGuiApplication (run with QT_QPA_PLATFORM=offscreen without a display).")
                        .arg(what, path));
    if (format == FigureFormat::Png && (pngDpi < 36 || pngDpi > 2400))
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::figure_output", "Cannot write %1 at %2 dpi: choose between 36 and 2400 dpi.").arg(path).arg(pngDpi));
    return {};
}

Status writeFigure(FigureFormat format, const FigurePage &page, const std::function<void(QPainter &)> &paint,
                   const QString &path)
{
    return writeFigurePages(format, page, 1, [&](QPainter &painter, int) { paint(painter); }, path);
}

Status writeFigurePages(FigureFormat format, const FigurePage &page, int pages,
                        const std::function<void(QPainter &, int)> &paint, const QString &path)
{
    if (pages > 1 && format != FigureFormat::Pdf)
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::figure_output", "Cannot write %1 on %2 pages: only a PDF holds more than one page (or export "
                                   "without splitting).")
                        .arg(path)
                        .arg(pages));
    const auto first = [&](QPainter &painter) { paint(painter, 0); };
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    bool drawn = false;
    switch (format) {
    case FigureFormat::Svg:
        drawn = paintSvg(page, first, buffer);
        break;
    case FigureFormat::Pdf:
        drawn = paintPdf(page, std::max(1, pages), paint, buffer);
        break;
    case FigureFormat::Png:
        drawn = paintPng(page, first, buffer);
        break;
    }
    buffer.close();
    if (!drawn || bytes.isEmpty())
        return fail(ErrorKind::Io,
                    QCoreApplication::translate("gw::figure_output", "Cannot write the figure to %1: the figure could not be drawn.").arg(path));
    return writeFileAtomically(bytes, path);
}

} // namespace gw

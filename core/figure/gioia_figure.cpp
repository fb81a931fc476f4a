#include "core/figure/gioia_figure.h"

#include "core/figure/gioia_layout.h"
#include "core/figure/gioia_render.h"

#include "core/figure/figure_output.h"

#include <QCoreApplication>
#include <QPainter>
#include <algorithm>

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

// The figure on its paper: its layout's pages and the scale each prints at.
struct Placed
{
    std::vector<GioiaLayout> pages;
    std::vector<double> scales;
    QSizeF page;
    QRectF area;
};

Placed place(const DataStructure &structure, const FigureOptions &options)
{
    Placed out;
    const GioiaLayout layout = layOutGioiaFigure(structure, options);
    if (options.paper == FigurePaper::Fit) {
        out.page = layout.size;
        out.area = QRectF(QPointF(0, 0), layout.size);
        out.pages = {layout};
        out.scales = {1.0};
        return out;
    }
    out.page = paperSize(options.paper, options.landscape);
    out.area = paperTextArea(options.paper, options.landscape);
    out.pages = options.split ? splitGioiaLayout(layout, out.area.height()) : std::vector<GioiaLayout>{layout};
    for (const GioiaLayout &p : out.pages)
        out.scales.push_back(std::min({1.0, out.area.width() / p.size.width(), out.area.height() / p.size.height()}));
    return out;
}

} // namespace

std::optional<FigurePaper> figurePaperFromString(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"fit")
        return FigurePaper::Fit;
    if (n == u"a4")
        return FigurePaper::A4;
    if (n == u"letter")
        return FigurePaper::Letter;
    if (n == u"column")
        return FigurePaper::JournalColumn;
    if (n == u"page")
        return FigurePaper::JournalPage;
    return std::nullopt;
}

QString toString(FigurePaper paper)
{
    switch (paper) {
    case FigurePaper::Fit: return QStringLiteral("fit");
    case FigurePaper::A4: return QStringLiteral("a4");
    case FigurePaper::Letter: return QStringLiteral("letter");
    case FigurePaper::JournalColumn: return QStringLiteral("column");
    case FigurePaper::JournalPage: return QStringLiteral("page");
    }
    return {};
}

QSizeF paperSize(FigurePaper paper, bool landscape)
{
    QSizeF size;
    switch (paper) {
    case FigurePaper::Fit: return {};
    case FigurePaper::A4: size = QSizeF(595.28, 841.89); break;
    case FigurePaper::Letter: size = QSizeF(612, 792); break;
    case FigurePaper::JournalColumn: size = QSizeF(3.5 * 72, 9.5 * 72); break;
    case FigurePaper::JournalPage: size = QSizeF(7 * 72, 9.5 * 72); break;
    }
    return landscape ? size.transposed() : size;
}

QRectF paperTextArea(FigurePaper paper, bool landscape)
{
    const QSizeF size = paperSize(paper, landscape);
    const double margin = paper == FigurePaper::A4 ? 2 / 2.54 * 72 : paper == FigurePaper::Letter ? 0.75 * 72 : 0;
    return size.isEmpty() ? QRectF() : QRectF(margin, margin, size.width() - 2 * margin, size.height() - 2 * margin);
}

FigureFit fitGioiaFigure(const DataStructure &structure, const FigureOptions &options)
{
    const Placed placed = place(structure, options);
    FigureFit fit;
    fit.page = placed.page;
    fit.pages = int(placed.pages.size());
    fit.printedPointSize = options.fontPointSize * *std::ranges::min_element(placed.scales);
    if (options.paper != FigurePaper::Fit)
        for (const GioiaLayout &p : placed.pages) {
            fit.tooWide = fit.tooWide || p.size.width() > placed.area.width() + 0.5;
            fit.tooTall = fit.tooTall || p.size.height() > placed.area.height() + 0.5;
        }
    return fit;
}

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
                    QCoreApplication::translate("gw::gioia_figure", "Nothing to draw in %1: the data structure has no aggregate dimensions yet. "
                                   "Place first-order codes under themes and themes under dimensions first.")
                        .arg(path));
    if (options.split && options.paper != FigurePaper::Fit && format != FigureFormat::Pdf)
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::gioia_figure", "Cannot split %1 over pages: only a PDF holds more than one page.").arg(path));
    const Placed placed = place(structure, options);
    const FigurePalette palette = FigurePalette::print(options.greyscale);
    FigurePage page{placed.page, QStringLiteral("Data structure"), describe(structure), options.pngDpi,
                    options.greyscale, palette.background};
    return writeFigurePages(
        format, page, int(placed.pages.size()),
        [&](QPainter &painter, int index) {
            const std::size_t i = std::size_t(index);
            painter.fillRect(QRectF(QPointF(0, 0), placed.page), palette.background);
            painter.translate(placed.area.topLeft());
            painter.scale(placed.scales[i], placed.scales[i]);
            paintGioiaFigure(painter, placed.pages[i], palette);
        },
        path);
}

} // namespace gw

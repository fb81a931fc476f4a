#include "core/figure/saturation_figure.h"

#include "core/figure/figure_output.h"
#include "core/figure/figure_text.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace gw {

namespace {

constexpr double kMargin = 10;
constexpr double kPlotWidth = 420, kPlotHeight = 220;

// A round step for the y axis's ticks: 1, 2, 5, 10, 20, 50, ...
int tickStep(int maximum)
{
    for (int step = 1;; step *= 10)
        for (int k : {1, 2, 5})
            if (maximum / (step * k) <= 6)
                return step * k;
}

} // namespace

Status writeSaturationFigure(const Saturation &s, FigureFormat format, const FigureOptions &options, const QString &path)
{
    if (auto ok = checkCanDraw(format, options.pngDpi, QStringLiteral("the saturation curve"), path); !ok)
        return ok;
    if (s.steps.empty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::saturation_figure", "Nothing to draw in %1: no %2 is in the order.").arg(path, s.sourceWord));
    const QFont font = figureFont(options.fontFamily, options.fontPointSize);
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF fm(font, pointDevice());
    const double width = kPlotWidth + 2 * kMargin + 40;
    const QStringList caption = wrapText(s.readout(), fm, width - 2 * kMargin);
    const double captionHeight = fm.height() * double(caption.size() + 1) + 6; // a title line, then the readout
    const double axisLeft = kMargin + 34, plotTop = kMargin + captionHeight + 6;
    const double height = plotTop + kPlotHeight + 3 * fm.height() + kMargin;
    const FigurePage page{QSizeF(width, height), QStringLiteral("Saturation"),
                          QStringLiteral("New and cumulative %1 per %2, written by Groundwork.")
                              .arg(s.itemWord, s.sourceWord),
                          options.pngDpi, options.greyscale};
    const int maximum = std::max(1, s.total());
    const int step = tickStep(maximum);
    const int top = ((maximum + step - 1) / step) * step;
    const double n = double(s.steps.size());
    const double slot = kPlotWidth / n;
    const auto yOf = [&](double value) { return plotTop + kPlotHeight * (1.0 - value / double(top)); };
    return writeFigure(format, page, [&](QPainter &p) {
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        const QColor ink(20, 20, 20), grid(215, 215, 215), bar(160, 190, 220), curve(31, 95, 158);
        p.setFont(fontForDevice(bold, p.device()));
        p.setPen(ink);
        p.drawText(QPointF(kMargin, kMargin + fm.ascent()),
                   QStringLiteral("Saturation: %1s by %2").arg(s.itemWord, s.sourceWord));
        p.setFont(fontForDevice(font, p.device()));
        for (qsizetype i = 0; i < caption.size(); ++i)
            p.drawText(QPointF(kMargin, kMargin + fm.ascent() + fm.height() * double(i + 1)), caption[i]);
        // Grid and y axis.
        for (int v = 0; v <= top; v += step) {
            p.setPen(QPen(grid, 0.5));
            p.drawLine(QPointF(axisLeft, yOf(v)), QPointF(axisLeft + kPlotWidth, yOf(v)));
            p.setPen(ink);
            p.drawText(QRectF(kMargin, yOf(v) - fm.height() / 2, axisLeft - kMargin - 4, fm.height()),
                       Qt::AlignRight | Qt::AlignVCenter, QString::number(v));
        }
        // New items per source as bars.
        for (std::size_t i = 0; i < s.steps.size(); ++i) {
            const int fresh = int(s.steps[i].newItems.size());
            if (fresh == 0)
                continue;
            const double x = axisLeft + slot * double(i);
            const double w = std::max(0.6, slot * 0.7);
            p.fillRect(QRectF(x + (slot - w) / 2, yOf(fresh), w, yOf(0) - yOf(fresh)), bar);
        }
        // The cumulative count as a step curve.
        QPainterPath line;
        line.moveTo(axisLeft, yOf(0));
        for (std::size_t i = 0; i < s.steps.size(); ++i) {
            const double y = yOf(s.steps[i].cumulative);
            line.lineTo(axisLeft + slot * double(i), y);
            line.lineTo(axisLeft + slot * double(i + 1), y);
        }
        p.setPen(QPen(curve, 1.6));
        p.setBrush(Qt::NoBrush);
        p.drawPath(line);
        // X axis: the first and last position, and every tenth.
        p.setPen(QPen(ink, 0.8));
        p.drawLine(QPointF(axisLeft, yOf(0)), QPointF(axisLeft + kPlotWidth, yOf(0)));
        const int every = std::max(1, int(std::ceil(n / 10.0)));
        for (std::size_t i = 0; i < s.steps.size(); ++i) {
            if (i % std::size_t(every) != 0 && i + 1 != s.steps.size())
                continue;
            const double x = axisLeft + slot * (double(i) + 0.5);
            p.drawLine(QPointF(x, yOf(0)), QPointF(x, yOf(0) + 3));
            p.drawText(QRectF(x - 20, yOf(0) + 4, 40, fm.height()), Qt::AlignHCenter | Qt::AlignTop,
                       QString::number(i + 1));
        }
        p.drawText(QRectF(axisLeft, yOf(0) + 4 + fm.height(), kPlotWidth, fm.height()), Qt::AlignHCenter,
                   QStringLiteral("%1s in order (bars: new %2s; line: all so far)").arg(s.sourceWord, s.itemWord));
    }, path);
}

} // namespace gw

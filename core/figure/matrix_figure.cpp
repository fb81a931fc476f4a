#include "core/figure/matrix_figure.h"

#include "core/figure/figure_output.h"
#include "core/figure/figure_text.h"

#include <QCoreApplication>
#include <QPainter>
#include <algorithm>

namespace gw {

QColor heatColor(double share)
{
    const double t = std::clamp(share, 0.0, 1.0);
    const QColor high(31, 95, 158);
    return QColor::fromRgbF(float(1.0 + (high.redF() - 1.0) * t), float(1.0 + (high.greenF() - 1.0) * t),
                            float(1.0 + (high.blueF() - 1.0) * t));
}

QColor heatTextColor(double share)
{
    return share > 0.55 ? Qt::white : QColor(20, 20, 20);
}

namespace {

struct MatrixLayout
{
    QFont font, bold;
    double rowLabelWidth = 0, cellWidth = 0, cellHeight = 0, headerHeight = 0, captionHeight = 0;
    std::vector<QStringList> headerLines;
    QSizeF size;
};

constexpr double kMargin = 8;

MatrixLayout layOut(const Matrix &m, const FigureOptions &options)
{
    MatrixLayout l;
    l.font = figureFont(options.fontFamily, options.fontPointSize);
    l.bold = l.font;
    l.bold.setBold(true);
    const QFontMetricsF fm(l.font, pointDevice());
    const QFontMetricsF bm(l.bold, pointDevice());
    l.rowLabelWidth = bm.horizontalAdvance(m.rowTitle);
    for (const MatrixRow &r : m.rows)
        l.rowLabelWidth = std::max(l.rowLabelWidth, fm.horizontalAdvance(r.label));
    l.rowLabelWidth = std::min(l.rowLabelWidth, 220.0) + 8;
    l.cellWidth = 42;
    for (const QString &c : m.columns)
        l.cellWidth = std::max(l.cellWidth, std::min(72.0, bm.horizontalAdvance(c) / 2 + 8));
    int lines = 1;
    for (const QString &c : m.columns) {
        QStringList wrapped = wrapText(c, bm, l.cellWidth - 4);
        if (wrapped.size() > 3) {
            wrapped = wrapped.mid(0, 3);
            wrapped.back() = bm.elidedText(wrapped.back() + QStringLiteral("…"), Qt::ElideRight, l.cellWidth - 4);
        }
        lines = std::max(lines, int(wrapped.size()));
        l.headerLines.push_back(wrapped);
    }
    l.cellHeight = fm.height() + 6;
    l.headerHeight = lines * bm.height() + 6;
    l.captionHeight = bm.height() + 6;
    l.size = QSizeF(2 * kMargin + l.rowLabelWidth + l.cellWidth * double(m.columns.size()),
                    2 * kMargin + l.captionHeight + l.headerHeight + l.cellHeight * double(m.rows.size()));
    return l;
}

void paint(QPainter &p, const Matrix &m, const MatrixLayout &l)
{
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const QFont font = fontForDevice(l.font, p.device());
    const QFont bold = fontForDevice(l.bold, p.device());
    const QFontMetricsF fm(l.font, pointDevice());
    const double max = m.maximum();
    const QColor line(120, 120, 120);
    double y = kMargin;
    p.setPen(QColor(20, 20, 20));
    p.setFont(bold);
    p.drawText(QRectF(kMargin, y, l.size.width() - 2 * kMargin, l.captionHeight), Qt::AlignLeft | Qt::AlignVCenter,
               m.table().caption);
    y += l.captionHeight;
    const double left = kMargin + l.rowLabelWidth;
    p.drawText(QRectF(kMargin, y, l.rowLabelWidth - 4, l.headerHeight), Qt::AlignLeft | Qt::AlignBottom, m.rowTitle);
    for (std::size_t c = 0; c < l.headerLines.size(); ++c)
        p.drawText(QRectF(left + l.cellWidth * double(c) + 2, y, l.cellWidth - 4, l.headerHeight - 3),
                   Qt::AlignHCenter | Qt::AlignBottom, l.headerLines[c].join(u'\n'));
    y += l.headerHeight;
    p.setPen(QPen(line, 0.8));
    p.drawLine(QPointF(kMargin, y), QPointF(l.size.width() - kMargin, y));
    p.setFont(font);
    for (std::size_t r = 0; r < m.rows.size(); ++r) {
        const double top = y + l.cellHeight * double(r);
        p.setPen(QColor(20, 20, 20));
        p.drawText(QRectF(kMargin, top, l.rowLabelWidth - 6, l.cellHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(m.rows[r].label, Qt::ElideRight, l.rowLabelWidth - 6));
        for (std::size_t c = 0; c < std::size_t(m.columns.size()); ++c) {
            const double share = max > 0 ? m.rows[r].cells[c].value / max : 0;
            const QRectF cell(left + l.cellWidth * double(c), top, l.cellWidth, l.cellHeight);
            p.fillRect(cell.adjusted(0.5, 0.5, -0.5, -0.5), heatColor(share));
            p.setPen(heatTextColor(share));
            p.drawText(cell, Qt::AlignCenter, m.text(r, c));
        }
    }
    p.setPen(QPen(line, 0.8));
    const double bottom = y + l.cellHeight * double(m.rows.size());
    p.drawLine(QPointF(kMargin, bottom), QPointF(l.size.width() - kMargin, bottom));
}

} // namespace

Status writeMatrixFigure(const Matrix &matrix, FigureFormat format, const FigureOptions &options, const QString &path)
{
    if (auto ok = checkCanDraw(format, options.pngDpi, QStringLiteral("the matrix"), path); !ok)
        return ok;
    if (matrix.rows.empty() || matrix.columns.isEmpty())
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::matrix_figure", "Nothing to draw in %1: the matrix has no %2.")
                        .arg(path, matrix.rows.empty() ? QStringLiteral("rows") : QStringLiteral("columns")));
    const MatrixLayout layout = layOut(matrix, options);
    const FigurePage page{layout.size, matrix.table().caption,
                          QStringLiteral("A coding matrix shaded as a heat map, written by Groundwork."),
                          options.pngDpi, options.greyscale};
    return writeFigure(format, page, [&](QPainter &p) { paint(p, matrix, layout); }, path);
}

} // namespace gw

#pragma once
// Writing a figure painted in points as SVG, PDF (vector text) or PNG: the one
// place that sets up each device, shared by the Gioia figure, the CMO model and
// the matrix heat map. A figure's own code lays out and paints; this writes.

#include "core/error.h"
#include "core/figure/gioia_figure.h"

#include <QByteArray>
#include <QColor>
#include <QSizeF>
#include <functional>

class QPainter;

namespace gw {

struct FigurePage
{
    QSizeF size;         // in points
    QString title;       // the SVG's and PDF's title
    QString description; // the SVG's description
    int pngDpi = 300;
    bool greyscale = false; // PNG: stored as grey
    QColor background = Qt::white;
};

// Refuses what cannot be drawn: no QGuiApplication (fonts need one), or a PNG
// resolution outside 36..2400 dpi. WHAT names the figure and PATH the file.
[[nodiscard]] Status checkCanDraw(FigureFormat format, int pngDpi, const QString &what, const QString &path);

// Paints with PAINT (one unit a point) into FORMAT and writes PATH atomically:
// on failure nothing is left at PATH.
[[nodiscard]] Status writeFigure(FigureFormat format, const FigurePage &page,
                                 const std::function<void(QPainter &)> &paint, const QString &path);
// PAGES pages of PAGE's size, each painted by PAINT with its index: a PDF of
// that many pages; SVG and PNG hold one page, so more is refused.
[[nodiscard]] Status writeFigurePages(FigureFormat format, const FigurePage &page, int pages,
                                      const std::function<void(QPainter &, int)> &paint, const QString &path);

} // namespace gw

#pragma once
// Text in figures, shared by the Gioia figure and the CMO model figure:
// fonts measured as printed at 72 dpi (one unit is one point), greedy word
// wrap, and the font a device of another resolution needs.

#include <QFont>
#include <QFontMetricsF>
#include <QStringList>

class QPaintDevice;

namespace gw {

// A device where one unit is one point: measure figure text with it.
[[nodiscard]] const QPaintDevice *pointDevice();
// FAMILY at POINTSIZE (clamped to 4..48), unhinted and without ligatures, so
// it measures the same on screen, in print and in a PNG.
[[nodiscard]] QFont figureFont(const QString &family, double pointSize);
// Greedy word wrap at spaces: each line as full as fits in WIDTH; a word too
// wide alone is broken after slashes and hyphens, else between characters.
[[nodiscard]] QStringList wrapText(const QString &text, const QFontMetricsF &fm, double width);
// The layout measured its fonts at 72 dpi, one unit to the point. A device of
// another resolution would grow a point-sized font by dpi/72 on top of the
// painter's own scaling, so the font is shrunk by as much.
[[nodiscard]] QFont fontForDevice(QFont font, const QPaintDevice *device);

} // namespace gw

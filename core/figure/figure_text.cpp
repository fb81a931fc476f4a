#include "core/figure/figure_text.h"

#include <QImage>
#include <QPaintDevice>
#include <algorithm>
#include <cmath>

namespace gw {

// Text measured as if printed at 72 dpi, where one point is one unit.
const QPaintDevice *pointDevice()
{
    static const QImage device = [] {
        QImage image(1, 1, QImage::Format_ARGB32_Premultiplied);
        const int dotsPerMeter = int(std::lround(72.0 / 0.0254));
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        return image;
    }();
    return &device;
}

QFont figureFont(const QString &family, double pointSize)
{
    QFont font(family);
    font.setPointSizeF(std::clamp(pointSize, 4.0, 48.0));
    // Unhinted outlines measure the same at every size, so the layout made at
    // 72 dpi holds on screen, in print and in a 600 dpi PNG.
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setStyleStrategy(QFont::StyleStrategy(QFont::NoSubpixelAntialias | QFont::PreferOutline));
    // No "fi"/"fl" ligatures: a PDF reader would give "speciﬁc" back to a
    // search or a copy, not "specific".
    font.setFeature(QFont::Tag("liga"), 0);
    font.setFeature(QFont::Tag("clig"), 0);
    return font;
}

// A word too wide for a line on its own: broken after its slashes and
// hyphens ("partnerships/" "relationships"), and where even a part is too
// wide, between characters. The parts join back without spaces.
namespace {

QStringList breakLongWord(const QString &word, const QFontMetricsF &fm, double width)
{
    QStringList parts;
    QString part;
    for (qsizetype i = 0; i < word.size(); ++i) {
        part += word[i];
        const bool breakable = (word[i] == u'/' || word[i] == u'-') && i > 0 && i + 1 < word.size();
        if (breakable || i + 1 == word.size()) {
            parts << part;
            part.clear();
        }
    }
    QStringList lines;
    QString line;
    for (const QString &p : std::as_const(parts)) {
        if (fm.horizontalAdvance(line + p) <= width) {
            line += p;
            continue;
        }
        if (!line.isEmpty())
            lines << line;
        line.clear();
        for (const QChar c : p) {
            if (!line.isEmpty() && fm.horizontalAdvance(line + c) > width) {
                lines << line;
                line.clear();
            }
            line += c;
        }
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

} // namespace

// Greedy word wrap at spaces: each line as full as fits in WIDTH.
QStringList wrapText(const QString &text, const QFontMetricsF &fm, double width)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (fm.horizontalAdvance(candidate) <= width) {
            line = candidate;
            continue;
        }
        if (!line.isEmpty())
            lines << line;
        line.clear();
        if (fm.horizontalAdvance(word) <= width) {
            line = word;
            continue;
        }
        lines << breakLongWord(word, fm, width);
        line = lines.takeLast();
    }
    if (!line.isEmpty())
        lines << line;
    if (lines.isEmpty())
        lines << QString();
    return lines;
}

QFont fontForDevice(QFont font, const QPaintDevice *device)
{
    const int dpi = device ? device->logicalDpiY() : 72;
    if (dpi > 0 && dpi != 72)
        font.setPointSizeF(font.pointSizeF() * 72.0 / dpi);
    return font;
}

} // namespace gw

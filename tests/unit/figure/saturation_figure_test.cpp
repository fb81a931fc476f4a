// The saturation curve: written as SVG (the readout as text), PDF and PNG; the
// curve's darkest ink sits high where codes accumulated; nothing to draw is refused.
#include "core/figure/saturation_figure.h"
#include "tests/support/temp_project.h"

#include <QImage>
#include <gtest/gtest.h>

using namespace gw;

namespace {

Saturation sample()
{
    Saturation s;
    s.itemWord = QStringLiteral("first-order code");
    s.sourceWord = QStringLiteral("interview");
    int cumulative = 0;
    for (int i = 0; i < 30; ++i) {
        SaturationStep step;
        step.source = QStringLiteral("P%1").arg(i + 1);
        for (int k = 0; k < std::max(0, 8 - i); ++k)
            step.newItems.append(QStringLiteral("code %1.%2").arg(i).arg(k));
        cumulative += int(step.newItems.size());
        step.cumulative = cumulative;
        s.steps.push_back(step);
    }
    return s;
}

TEST(SaturationFigure, WritesEachFormatWithTheReadout)
{
    test::TempDir dir;
    const Saturation s = sample();
    EXPECT_EQ(s.trailingWithoutNew(), 22);
    const QString svg = dir.path(QStringLiteral("s.svg"));
    ASSERT_TRUE(writeSaturationFigure(s, FigureFormat::Svg, {}, svg));
    const QByteArray text = test::readFile(svg);
    EXPECT_TRUE(s.readout().contains(QStringLiteral("The last 22 interviews added no new first-order code"))) << s.readout();
    EXPECT_TRUE(text.contains("36 first-order codes appeared")) << text.left(900).toStdString(); // the readout, wrapped
    const QString pdf = dir.path(QStringLiteral("s.pdf"));
    ASSERT_TRUE(writeSaturationFigure(s, FigureFormat::Pdf, {}, pdf));
    EXPECT_TRUE(test::readFile(pdf).startsWith("%PDF"));
    const QString png = dir.path(QStringLiteral("s.png"));
    FigureOptions options;
    options.pngDpi = 144;
    ASSERT_TRUE(writeSaturationFigure(s, FigureFormat::Png, options, png));
    const QImage image(png);
    ASSERT_GT(image.width(), 400);
    // The curve (dark blue) is drawn across the right half, where it has levelled off.
    int blue = 0;
    for (int y = 0; y < image.height(); ++y) {
        const QColor c = image.pixelColor(image.width() * 3 / 4, y);
        if (c.blue() > 120 && c.red() < 80)
            ++blue;
    }
    EXPECT_GT(blue, 0);
}

TEST(SaturationFigure, RefusesAnEmptyOrder)
{
    test::TempDir dir;
    Saturation empty;
    empty.sourceWord = QStringLiteral("source");
    auto refused = writeSaturationFigure(empty, FigureFormat::Svg, {}, dir.path(QStringLiteral("e.svg")));
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("e.svg")));
}

} // namespace

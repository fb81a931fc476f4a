// The matrix heat map: written as SVG (the values as text), PDF and PNG; the
// shades rise with the value; an empty matrix is refused.
#include "core/figure/matrix_figure.h"
#include "tests/support/temp_project.h"

#include <QImage>
#include <gtest/gtest.h>

using namespace gw;

namespace {

Matrix sample()
{
    Matrix m;
    m.rowTitle = QStringLiteral("Code");
    m.columnTitle = QStringLiteral("Site");
    m.columns = {QStringLiteral("Site A"), QStringLiteral("Site B with a long name")};
    MatrixRow a;
    a.label = QStringLiteral("Relational recognition");
    a.cells = {MatrixCell{12, {}}, MatrixCell{3, {}}};
    MatrixRow b;
    b.label = QStringLiteral("Proximity");
    b.cells = {MatrixCell{0, {}}, MatrixCell{7, {}}};
    m.rows = {a, b};
    return m;
}

TEST(MatrixFigure, WritesEachFormat)
{
    test::TempDir dir;
    const QString svg = dir.path(QStringLiteral("m.svg"));
    ASSERT_TRUE(writeMatrixFigure(sample(), FigureFormat::Svg, {}, svg));
    const QByteArray text = test::readFile(svg);
    EXPECT_TRUE(text.contains(">12<")) << text.left(400).toStdString();
    EXPECT_TRUE(text.contains("Relational recognition"));
    const QString pdf = dir.path(QStringLiteral("m.pdf"));
    ASSERT_TRUE(writeMatrixFigure(sample(), FigureFormat::Pdf, {}, pdf));
    EXPECT_TRUE(test::readFile(pdf).startsWith("%PDF"));
    const QString png = dir.path(QStringLiteral("m.png"));
    FigureOptions options;
    options.pngDpi = 144;
    ASSERT_TRUE(writeMatrixFigure(sample(), FigureFormat::Png, options, png));
    QImage image(png);
    EXPECT_GT(image.width(), 200);
    EXPECT_GT(image.height(), 60);
}

TEST(MatrixFigure, ShadesRiseWithTheValueAndTextStaysReadable)
{
    EXPECT_EQ(heatColor(0), QColor(Qt::white));
    EXPECT_GT(heatColor(0.2).lightness(), heatColor(0.8).lightness());
    EXPECT_EQ(heatTextColor(1.0), QColor(Qt::white));
    EXPECT_NE(heatTextColor(0.1), QColor(Qt::white));
}

TEST(MatrixFigure, RefusesAnEmptyMatrix)
{
    test::TempDir dir;
    Matrix m = sample();
    m.rows.clear();
    auto written = writeMatrixFigure(m, FigureFormat::Svg, {}, dir.path(QStringLiteral("e.svg")));
    ASSERT_FALSE(written);
    EXPECT_TRUE(written.error().message.contains(QStringLiteral("no rows")));
}

} // namespace

// The Gioia figure's geometry on the published structure: every box there, in
// order, none overlapping, themes centred on their codes, text inside its box.
#include "core/figure/gioia_layout.h"
#include "tests/unit/figure/published_structure.h"

#include <QFontMetricsF>
#include <QImage>
#include <cmath>

using namespace gw;

namespace {

// Text measured as the layout measures it: at 72 dpi, one unit to the point.
QFontMetricsF pointMetrics(const QFont &font)
{
    static QImage device = [] {
        QImage image(1, 1, QImage::Format_ARGB32_Premultiplied);
        image.setDotsPerMeterX(2835);
        image.setDotsPerMeterY(2835);
        return image;
    }();
    return QFontMetricsF(font, &device);
}

std::vector<const FigureBox *> boxesOf(const GioiaLayout &layout, FigureBoxKind kind)
{
    std::vector<const FigureBox *> out;
    for (const FigureBox &b : layout.boxes)
        if (b.kind == kind)
            out.push_back(&b);
    return out;
}

// True when the segment LINE passes through the inside of RECT (touching an edge is fine).
bool crossesInside(const QLineF &line, const QRectF &rect)
{
    const QRectF inside = rect.adjusted(0.05, 0.05, -0.05, -0.05);
    const QRectF span = QRectF(line.p1(), line.p2()).normalized().adjusted(-0.001, -0.001, 0.001, 0.001);
    return inside.intersects(span);
}

} // namespace

TEST(GioiaLayout, PublishedStructureHasEveryBoxInOrder)
{
    const DataStructure s = test::publishedStructure();
    const GioiaLayout layout = layOutGioiaFigure(s, FigureOptions{});
    ASSERT_EQ(layout.count(FigureBoxKind::Code), 33u);
    ASSERT_EQ(layout.count(FigureBoxKind::Theme), 14u);
    ASSERT_EQ(layout.count(FigureBoxKind::Dimension), 5u);

    const auto codes = boxesOf(layout, FigureBoxKind::Code);
    const auto themes = boxesOf(layout, FigureBoxKind::Theme);
    const auto dims = boxesOf(layout, FigureBoxKind::Dimension);
    std::size_t c = 0, t = 0;
    for (std::size_t d = 0; d < s.dimensions.size(); ++d) {
        EXPECT_EQ(dims[d]->label, s.dimensions[d].name);
        for (const StructureTheme &theme : s.dimensions[d].themes) {
            EXPECT_EQ(themes[t]->label, theme.name);
            EXPECT_EQ(&layout.boxes[std::size_t(themes[t]->parent)], dims[d]) << theme.name.toStdString();
            for (const StructureCode &code : theme.codes) {
                EXPECT_EQ(codes[c]->label, code.name);
                EXPECT_EQ(&layout.boxes[std::size_t(codes[c]->parent)], themes[t]) << code.name.toStdString();
                ++c;
            }
            ++t;
        }
    }
    // Top to bottom in the structure's order, each column in its own x range.
    for (const auto *column : {&codes, &themes, &dims})
        for (std::size_t i = 1; i < column->size(); ++i)
            EXPECT_GT((*column)[i]->rect.top(), (*column)[i - 1]->rect.bottom());
    EXPECT_LT(codes[0]->rect.right(), themes[0]->rect.left());
    EXPECT_LT(themes[0]->rect.right(), dims[0]->rect.left());
    ASSERT_EQ(layout.headers.size(), 3u);
    // Named as Table 1 names its columns.
    EXPECT_EQ(layout.headers[0].text, QStringLiteral("First-order codes"));
    EXPECT_EQ(layout.headers[1].text, QStringLiteral("Second-order themes"));
    EXPECT_EQ(layout.headers[2].text, QStringLiteral("Aggregate dimension"));
}

TEST(GioiaLayout, NoTwoBoxesOverlapAndAllFitTheFigure)
{
    for (const bool counts : {false, true}) {
        FigureOptions options;
        options.showCounts = counts;
        const GioiaLayout layout = layOutGioiaFigure(test::publishedStructure(), options);
        const QRectF figure(QPointF(0, 0), layout.size);
        for (std::size_t i = 0; i < layout.boxes.size(); ++i) {
            EXPECT_TRUE(figure.contains(layout.boxes[i].rect)) << layout.boxes[i].label.toStdString();
            for (const FigureHeader &h : layout.headers)
                EXPECT_FALSE(h.rect.intersects(layout.boxes[i].rect));
            for (std::size_t j = i + 1; j < layout.boxes.size(); ++j)
                EXPECT_FALSE(layout.boxes[i].rect.intersects(layout.boxes[j].rect))
                    << layout.boxes[i].label.toStdString() << " / " << layout.boxes[j].label.toStdString();
        }
    }
}

TEST(GioiaLayout, ThemesAndDimensionsAreCentredOnTheirGroup)
{
    const GioiaLayout layout = layOutGioiaFigure(test::publishedStructure(), FigureOptions{});
    for (std::size_t p = 0; p < layout.boxes.size(); ++p) {
        const FigureBox &parent = layout.boxes[p];
        if (parent.kind == FigureBoxKind::Code)
            continue;
        double top = 1e9, bottom = -1e9;
        int children = 0;
        for (const FigureBox &child : layout.boxes)
            if (child.parent == int(p)) {
                top = std::min(top, child.rect.top());
                bottom = std::max(bottom, child.rect.bottom());
                ++children;
            }
        ASSERT_GT(children, 0) << parent.label.toStdString();
        const double centre = parent.rect.center().y();
        EXPECT_GE(centre, top) << parent.label.toStdString();
        EXPECT_LE(centre, bottom) << parent.label.toStdString();
        EXPECT_NEAR(centre, (top + bottom) / 2, 0.01) << parent.label.toStdString();
    }
}

TEST(GioiaLayout, WrappedTextFitsItsBoxAndKeepsEveryWord)
{
    for (const double size : {7.0, 9.0, 12.0}) {
        FigureOptions options;
        options.fontPointSize = size;
        options.showCounts = true;
        const GioiaLayout layout = layOutGioiaFigure(test::publishedStructure(), options);
        const QFontMetricsF fm = pointMetrics(layout.font);
        const QFontMetricsF cfm = pointMetrics(layout.countsFont);
        bool someWrapped = false;
        for (const FigureBox &box : layout.boxes) {
            EXPECT_TRUE(box.rect.contains(box.textRect));
            ASSERT_EQ(std::size_t(box.lines.size()), box.lineOrigins.size());
            for (qsizetype i = 0; i < box.lines.size(); ++i) {
                const QPointF origin = box.lineOrigins[std::size_t(i)];
                EXPECT_GE(origin.x(), box.textRect.left() - 0.01);
                EXPECT_LE(origin.x() + fm.horizontalAdvance(box.lines[i]), box.textRect.right() + 0.01)
                    << box.lines[i].toStdString();
                EXPECT_GE(origin.y() - fm.ascent(), box.textRect.top() - 0.01);
                EXPECT_LE(origin.y() + fm.descent(), box.textRect.bottom() + 0.01);
            }
            EXPECT_LE(box.countsOrigin.x() + cfm.horizontalAdvance(box.counts), box.textRect.right() + 0.01);
            EXPECT_LE(box.countsOrigin.y() + cfm.descent(), box.textRect.bottom() + 0.01);
            EXPECT_EQ(test::normalisedWords(box.lines.join(QLatin1Char(' '))), test::normalisedWords(box.label));
            someWrapped = someWrapped || box.lines.size() > 1;
        }
        EXPECT_TRUE(someWrapped) << "the long code names must wrap";
    }
}

TEST(GioiaLayout, BracketsAndArrowsJoinGroupsWithoutCrossingBoxes)
{
    const GioiaLayout layout = layOutGioiaFigure(test::publishedStructure(), FigureOptions{});
    // One arrow per theme (from its codes) and per dimension (from its themes).
    EXPECT_EQ(layout.arrows.size(), 14u + 5u);
    for (const FigureArrow &arrow : layout.arrows) {
        const int target = layout.boxAt(arrow.line.p2() + QPointF(0.5, 0));
        ASSERT_GE(target, 0);
        EXPECT_NE(layout.boxes[std::size_t(target)].kind, FigureBoxKind::Code);
        EXPECT_NEAR(arrow.line.p2().y(), layout.boxes[std::size_t(target)].rect.center().y(), 0.01);
    }
    for (const FigureBox &box : layout.boxes) {
        for (const QLineF &line : layout.lines)
            EXPECT_FALSE(crossesInside(line, box.rect)) << box.label.toStdString();
        for (const FigureArrow &arrow : layout.arrows)
            EXPECT_FALSE(crossesInside(arrow.line, box.rect)) << box.label.toStdString();
    }
    // Every code has a tick to its theme's bracket.
    std::size_t ticks = 0;
    for (const FigureBox &code : layout.boxes)
        if (code.kind == FigureBoxKind::Code)
            for (const QLineF &line : layout.lines)
                ticks += line.p1() == QPointF(code.rect.right(), code.rect.center().y()) ? 1 : 0;
    EXPECT_EQ(ticks, 33u);
}

TEST(GioiaLayout, LongWordsBreakAfterSlashesThenAnywhere)
{
    DataStructure s;
    StructureDimension d{.name = QStringLiteral("Dimension")};
    StructureTheme t{.name = QStringLiteral("alpha/beta/gamma/delta/epsilon/zeta/eta/theta/iota/kappa")};
    t.codes.push_back({.name = QString(120, QLatin1Char('x'))});
    d.themes.push_back(t);
    s.dimensions.push_back(d);
    const GioiaLayout layout = layOutGioiaFigure(s, FigureOptions{});
    const QFontMetricsF fm = pointMetrics(layout.font);
    const FigureBox &theme = layout.boxes[1];
    ASSERT_GT(theme.lines.size(), 1);
    for (qsizetype i = 0; i + 1 < theme.lines.size(); ++i)
        EXPECT_TRUE(theme.lines[i].endsWith(QLatin1Char('/'))) << theme.lines[i].toStdString();
    EXPECT_EQ(theme.lines.join(QString()), t.name);
    const FigureBox &code = layout.boxes[0];
    ASSERT_GT(code.lines.size(), 1);
    EXPECT_EQ(code.lines.join(QString()), t.codes[0].name);
    for (const FigureBox *box : {&theme, &code})
        for (const QString &line : box->lines)
            EXPECT_LE(fm.horizontalAdvance(line), box->textRect.width() + 0.01);
}

TEST(GioiaLayout, SameInputSameLayout)
{
    const DataStructure s = test::publishedStructure();
    const GioiaLayout a = layOutGioiaFigure(s, FigureOptions{});
    const GioiaLayout b = layOutGioiaFigure(s, FigureOptions{});
    ASSERT_EQ(a.boxes.size(), b.boxes.size());
    EXPECT_EQ(a.size, b.size);
    for (std::size_t i = 0; i < a.boxes.size(); ++i) {
        EXPECT_EQ(a.boxes[i].rect, b.boxes[i].rect);
        EXPECT_EQ(a.boxes[i].lines, b.boxes[i].lines);
    }
}

TEST(GioiaLayout, CountsLineAndClickTargets)
{
    DataStructure s;
    StructureDimension d{.id = 7, .name = QStringLiteral("Dimension"), .segmentCount = 12, .sourceCount = 5};
    StructureTheme t{.id = 3, .name = QStringLiteral("Theme"), .segmentCount = 12, .sourceCount = 5};
    t.codes.push_back({.id = 11, .name = QStringLiteral("One code"), .segmentCount = 1, .sourceCount = 1});
    t.codes.push_back({.id = 12, .name = QStringLiteral("Another code"), .segmentCount = 11, .sourceCount = 4});
    d.themes.push_back(t);
    s.dimensions.push_back(d);
    s.unplacedCodes.push_back({.id = 20, .name = QStringLiteral("Loose")});
    s.unplacedThemes.push_back({.id = 30, .name = QStringLiteral("Loose theme")});

    FigureOptions options;
    options.showCounts = true;
    const GioiaLayout layout = layOutGioiaFigure(s, options);
    ASSERT_EQ(layout.boxes.size(), 4u);
    EXPECT_EQ(layout.unplacedCodes, 1u);
    EXPECT_EQ(layout.unplacedThemes, 1u);
    EXPECT_EQ(layout.boxes[0].counts, QStringLiteral("1 segment · 1 source"));
    EXPECT_EQ(layout.boxes[3].counts, QStringLiteral("12 segments · 5 sources"));
    const FigureBox &theme = layout.boxes[2];
    EXPECT_EQ(theme.kind, FigureBoxKind::Theme);
    EXPECT_EQ(theme.id, 3);
    EXPECT_EQ(theme.codeIds, (QList<Id>{11, 12}));
    EXPECT_EQ(layout.boxes[3].codeIds, (QList<Id>{11, 12}));
    EXPECT_EQ(layout.boxes[1].codeIds, (QList<Id>{12}));
    for (std::size_t i = 0; i < layout.boxes.size(); ++i)
        EXPECT_EQ(layout.boxAt(layout.boxes[i].rect.center()), int(i));
    EXPECT_EQ(layout.boxAt(QPointF(-5, -5)), -1);

    const GioiaLayout plain = layOutGioiaFigure(s, FigureOptions{});
    EXPECT_TRUE(plain.boxes[0].counts.isEmpty());
    EXPECT_LT(plain.boxes[0].rect.height(), layout.boxes[0].rect.height());
}

TEST(GioiaLayout, EmptyStructureHasOnlyHeaders)
{
    const GioiaLayout layout = layOutGioiaFigure(DataStructure{}, FigureOptions{});
    EXPECT_TRUE(layout.isEmpty());
    EXPECT_EQ(layout.headers.size(), 3u);
    EXPECT_GT(layout.size.width(), 0);
}

TEST(GioiaLayout, BiggerFontBiggerFigure)
{
    const DataStructure s = test::publishedStructure();
    FigureOptions small, big;
    small.fontPointSize = 8;
    big.fontPointSize = 12;
    const GioiaLayout a = layOutGioiaFigure(s, small);
    const GioiaLayout b = layOutGioiaFigure(s, big);
    EXPECT_GT(b.size.width(), a.size.width() * 1.3);
    EXPECT_GT(b.size.height(), a.size.height() * 1.2);
}

// The CMO model figure on the demo project's model: a legible layout (no box
// over another, counts off the boxes, outcomes on the plane), an SVG that
// holds every label as text and one path per link, a vector PDF, a PNG at the
// chosen resolution, and the spectrum alone.
#include "core/demo/demo_project.h"
#include "core/figure/figure_text.h"
#include "core/figure/model_figure.h"
#include "core/model/project.h"
#include "tests/unit/figure/published_structure.h"

#include <QFile>
#include <QFontMetricsF>
#include <QImage>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace gw;

namespace {

class ModelFigureTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        auto demo = createDemoProject(dir.filePath(QStringLiteral("demo.groundwork")));
        ASSERT_TRUE(demo) << demo.error().message.toStdString();
        project = std::move(*demo);
        auto in = modelFigureInput(*project);
        ASSERT_TRUE(in);
        input = std::move(*in);
    }

    QByteArray write(FigureFormat format, const QString &name,
                     const ModelFigureOptions &options = {})
    {
        const QString path = dir.filePath(name);
        auto ok = writeModelFigure(input, format, options, path);
        EXPECT_TRUE(ok) << (ok ? std::string() : ok.error().message.toStdString());
        test::keep(path, name);
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QTemporaryDir dir;
    std::unique_ptr<Project> project;
    ModelFigureInput input;
};

// The text of every <text> element, joined.
QString svgText(const QByteArray &svg)
{
    QStringList out;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            out << xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return QLatin1Char(' ') + test::normalisedWords(out.join(QLatin1Char(' '))) + QLatin1Char(' ');
}

TEST_F(ModelFigureTest, TheDemoModelIsAfterThePublishedOne)
{
    EXPECT_EQ(input.levels.size(), 4u);
    EXPECT_EQ(input.elements.size(), 19u);
    EXPECT_GE(input.influences.size(), 15u);
    for (const Influence &i : input.influences)
        EXPECT_GT(i.supporting, 0) << "a link without evidence";
    std::size_t outcomes = 0;
    for (const ModelElement &e : input.elements)
        if (e.role == ModelRole::Outcome) {
            ++outcomes;
            EXPECT_TRUE(e.point) << e.name.toStdString();
        } else {
            EXPECT_TRUE(e.levelId) << e.name.toStdString();
        }
    EXPECT_EQ(outcomes, 7u);
}

TEST_F(ModelFigureTest, LayoutIsLegible)
{
    const ModelLayout layout = layOutModelFigure(input, {});
    ASSERT_EQ(layout.boxes.size(), input.elements.size());
    ASSERT_EQ(layout.arrows.size(), input.influences.size());
    EXPECT_EQ(layout.bands.size(), 4u);
    const QRectF figure(QPointF(0, 0), layout.size);
    for (std::size_t i = 0; i < layout.boxes.size(); ++i) {
        const ModelBox &box = layout.boxes[i];
        EXPECT_TRUE(figure.contains(box.rect)) << box.label.toStdString();
        if (box.role == ModelRole::Outcome) {
            EXPECT_TRUE(layout.plane.contains(box.rect)) << box.label.toStdString();
        }
        for (std::size_t j = i + 1; j < layout.boxes.size(); ++j)
            EXPECT_FALSE(box.rect.intersects(layout.boxes[j].rect))
                << box.label.toStdString() << " overlaps " << layout.boxes[j].label.toStdString();
    }
    for (const ModelArrow &a : layout.arrows) {
        EXPECT_GT(a.line.length(), 0) << a.typeName.toStdString();
        for (const ModelBox &box : layout.boxes)
            EXPECT_FALSE(box.rect.intersects(a.countRect))
                << "count of a " << a.typeName.toStdString() << " link on "
                << box.label.toStdString();
    }
    for (const ModelBand &band : layout.bands)
        for (const ModelBox &box : layout.boxes)
            if (box.role != ModelRole::Outcome && band.rect.intersects(box.rect)) {
                EXPECT_TRUE(band.rect.contains(box.rect)) << box.label.toStdString();
            }
}

// What a journal asks of the figure: the columns named, each outcome inside
// the quadrant its point is in, counts clear of every label (axis and band
// labels too) or hidden, and a greyscale version.
TEST_F(ModelFigureTest, JournalReadyColumnsQuadrantsCountsAndGreys)
{
    const ModelLayout layout = layOutModelFigure(input, {});
    const QStringList text = layout.allText();
    EXPECT_TRUE(text.contains(QStringLiteral("Contexts")));
    EXPECT_TRUE(text.contains(QStringLiteral("Mechanisms")));
    const QRectF &p = layout.plane;
    for (const ModelElement &e : input.elements) {
        if (e.role != ModelRole::Outcome || !e.point)
            continue;
        const ModelBox *box = layout.boxOf(e.id);
        ASSERT_TRUE(box);
        const QRectF quadrant(e.point->x >= 0.5 ? p.center().x() : p.left(), e.point->y >= 0.5 ? p.top() : p.center().y(),
                              p.width() / 2, p.height() / 2);
        if (box->rect.width() < quadrant.width()) {
            EXPECT_TRUE(quadrant.contains(box->rect)) << e.name.toStdString();
        }
    }
    // The axis labels and band labels, measured as the layout measures them.
    const QFontMetricsF fm(layout.font, pointDevice());
    for (const ModelArrow &a : layout.arrows) {
        ASSERT_FALSE(a.count.isEmpty());
        for (const FigureText &t : layout.texts) {
            if (t.rotation != 0 || t.text.isEmpty())
                continue;
            const QRectF label(t.origin.x(), t.origin.y() - fm.ascent() * 0.8, fm.horizontalAdvance(t.text) * 0.9,
                               fm.ascent() * 0.8);
            EXPECT_FALSE(label.intersects(a.countRect)) << a.count.toStdString() << " on " << t.text.toStdString();
        }
    }
    // An arrow between two factors passes no other box and no band label.
    for (const ModelArrow &a : layout.arrows) {
        if (!a.cubic)
            continue;
        for (int s = 1; s < 40; ++s) {
            const QPointF at = a.pointAt(s / 40.0);
            for (const ModelBox &box : layout.boxes) {
                const QRectF near = box.rect.adjusted(-0.5, -0.5, 0.5, 0.5);
                if (near.contains(a.line.p1()) || near.contains(a.line.p2()))
                    continue; // its own ends
                EXPECT_FALSE(box.rect.adjusted(1, 1, -1, -1).contains(at))
                    << a.typeName.toStdString() << " through " << box.label.toStdString();
            }
        }
    }
    EXPECT_TRUE(std::ranges::any_of(layout.arrows, [](const ModelArrow &a) { return a.cubic; }));
    ModelFigureOptions plain;
    plain.showCounts = false;
    plain.greyscale = true;
    const ModelLayout bare = layOutModelFigure(input, plain);
    for (const ModelArrow &a : bare.arrows) {
        EXPECT_TRUE(a.count.isEmpty());
        EXPECT_EQ(a.color.red(), a.color.green());
        EXPECT_EQ(a.color.green(), a.color.blue());
    }
    for (const LegendItem &l : bare.legend)
        EXPECT_EQ(l.color.red(), l.color.blue());
    EXPECT_FALSE(bare.allText().join(u' ').contains(QStringLiteral("Numbers on arrows")));
    const QString svg = QString::fromUtf8(write(FigureFormat::Svg, QStringLiteral("cmo-grey.svg"), plain));
    EXPECT_TRUE(svg.contains(QStringLiteral("<svg")));
}

TEST_F(ModelFigureTest, SvgHoldsEveryLabelAndOnePathPerLink)
{
    const QByteArray svg = write(FigureFormat::Svg, QStringLiteral("demo-model.svg"));
    const QString text = svgText(svg);
    QStringList labels;
    for (const ModelElement &e : input.elements)
        labels << e.name;
    for (const ModelLevel &l : input.levels)
        labels << l.name;
    for (const Influence &i : input.influences)
        labels << i.typeName;
    labels << input.axes.xLow << input.axes.xHigh << input.axes.yLow << input.axes.yHigh;
    for (const QString &label : labels)
        EXPECT_TRUE(
            text.contains(QLatin1Char(' ') + test::normalisedWords(label) + QLatin1Char(' ')))
            << label.toStdString();
    EXPECT_EQ(svg.count("<path"), qsizetype(input.influences.size()));
}

TEST_F(ModelFigureTest, SpectrumOnlyHasTheOutcomesAndNoLinks)
{
    ModelFigureOptions options;
    options.spectrumOnly = true;
    const ModelLayout layout = layOutModelFigure(input, options);
    EXPECT_TRUE(layout.arrows.empty());
    EXPECT_TRUE(layout.bands.empty());
    EXPECT_EQ(layout.boxes.size(), 7u);
    const QByteArray svg = write(FigureFormat::Svg, QStringLiteral("demo-spectrum.svg"), options);
    EXPECT_EQ(svg.count("<path"), 0);
    EXPECT_TRUE(svgText(svg).contains(QStringLiteral(" Planning pilot site visits ")));
    write(FigureFormat::Png, QStringLiteral("demo-spectrum.png"), options);
}

TEST_F(ModelFigureTest, PdfAndPngAreWhatTheySayTheyAre)
{
    const QByteArray pdf = write(FigureFormat::Pdf, QStringLiteral("demo-model.pdf"));
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
    const QByteArray png = write(FigureFormat::Png, QStringLiteral("demo-model.png"));
    QImage image;
    ASSERT_TRUE(image.loadFromData(png, "PNG"));
    const ModelLayout layout = layOutModelFigure(input, {});
    EXPECT_NEAR(image.width(), layout.size.width() * 300 / 72, 2);
    EXPECT_NEAR(image.dotsPerMeterX(), 300 / 0.0254, 2);
}

TEST_F(ModelFigureTest, AnEmptyModelIsRefusedNamingTheFile)
{
    const QString path = dir.filePath(QStringLiteral("empty.svg"));
    auto ok = writeModelFigure(ModelFigureInput{}, FigureFormat::Svg, {}, path);
    ASSERT_FALSE(ok);
    EXPECT_TRUE(ok.error().message.contains(path));
    EXPECT_FALSE(QFile::exists(path));
}

} // namespace

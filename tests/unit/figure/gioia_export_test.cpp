// Writing the Gioia figure: SVG with every label as real text in the chosen
// font, a one-page vector PDF whose text can be searched, PNG at the chosen
// resolution (and truly grey in greyscale), atomic writes and named errors.
#include "core/figure/gioia_figure.h"
#include "core/figure/gioia_layout.h"
#include "core/import/pdf_importer.h"
#include "tests/unit/figure/published_structure.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <cmath>

using namespace gw;

namespace {

struct SvgText
{
    QString text;
    QString family;
    QString size;
};

// Every <text> of an SVG with the font it inherits from its <g> parents.
std::vector<SvgText> svgTexts(const QByteArray &svg)
{
    std::vector<SvgText> out;
    QXmlStreamReader xml(svg);
    std::vector<std::pair<QString, QString>> fonts{{QString(), QString()}};
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            auto font = fonts.back();
            const auto attrs = xml.attributes();
            if (attrs.hasAttribute(QStringLiteral("font-family")))
                font.first = attrs.value(QStringLiteral("font-family")).toString();
            if (attrs.hasAttribute(QStringLiteral("font-size")))
                font.second = attrs.value(QStringLiteral("font-size")).toString();
            if (xml.name() == QLatin1String("text")) {
                out.push_back({xml.readElementText(QXmlStreamReader::IncludeChildElements), font.first, font.second});
                continue; // readElementText read the end tag too
            }
            fonts.push_back(font);
        } else if (token == QXmlStreamReader::EndElement) {
            fonts.pop_back();
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return out;
}

QStringList allLabels(const DataStructure &s)
{
    QStringList labels;
    for (const auto &d : s.dimensions) {
        labels << d.name;
        for (const auto &t : d.themes) {
            labels << t.name;
            for (const auto &c : t.codes)
                labels << c.name;
        }
    }
    return labels;
}

// The labels whose words do not appear, in order and together, in the
// figure's text. Wrapping splits a label over several <text> lines, drawn one
// after another, so the lines are joined back into one run of words.
QStringList missingLabels(const std::vector<SvgText> &texts, const QStringList &labels)
{
    QStringList words;
    for (const SvgText &t : texts)
        words << t.text.simplified();
    const QString all = QLatin1Char(' ') + test::normalisedWords(words.join(QLatin1Char(' '))) + QLatin1Char(' ');
    QStringList missing;
    for (const QString &label : labels)
        if (!all.contains(QLatin1Char(' ') + test::normalisedWords(label) + QLatin1Char(' ')))
            missing << label;
    return missing;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST(GioiaFigure, FormatsByNameOrSuffix)
{
    EXPECT_EQ(figureFormatFromString(QStringLiteral("svg")), FigureFormat::Svg);
    EXPECT_EQ(figureFormatFromString(QStringLiteral("PDF")), FigureFormat::Pdf);
    EXPECT_EQ(figureFormatFromString(QStringLiteral("figure.png")), FigureFormat::Png);
    EXPECT_EQ(figureFormatFromString(QStringLiteral(".svg")), FigureFormat::Svg);
    EXPECT_FALSE(figureFormatFromString(QStringLiteral("tex")).has_value());
    EXPECT_FALSE(figureFormatFromString(QString()).has_value());
}

TEST(GioiaFigure, SvgHasEveryLabelAsTextInTheChosenFont)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("figure.svg"));
    const DataStructure s = test::publishedStructure();
    FigureOptions options;
    options.fontFamily = QStringLiteral("DejaVu Serif");
    options.fontPointSize = 10.5;
    auto ok = writeGioiaFigure(s, FigureFormat::Svg, options, path);
    ASSERT_TRUE(ok.has_value()) << ok.error().message.toStdString();
    test::keep(path, QStringLiteral("published-serif.svg"));

    const auto texts = svgTexts(readAll(path));
    const QStringList labels = allLabels(s);
    ASSERT_EQ(labels.size(), 52);
    EXPECT_EQ(missingLabels(texts, labels), QStringList());
    for (const char *header : {"First-order codes", "Second-order themes", "Aggregate dimension"})
        EXPECT_EQ(missingLabels(texts, {QString::fromUtf8(header)}), QStringList());
    ASSERT_FALSE(texts.empty());
    bool chosenSize = false;
    for (const SvgText &t : texts) {
        EXPECT_EQ(t.family, options.fontFamily) << t.text.toStdString();
        const double size = t.size.toDouble();
        EXPECT_TRUE(std::abs(size - 10.5) < 0.01 || std::abs(size - 10.5 * 0.85) < 0.01) << t.size.toStdString();
        chosenSize = chosenSize || std::abs(size - 10.5) < 0.01;
    }
    EXPECT_TRUE(chosenSize);
}

TEST(GioiaFigure, SvgCheckNoticesAMissingLabel)
{
    // The check above must be able to fail: drop one code and look for it.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("figure.svg"));
    DataStructure s = test::publishedStructure();
    const QStringList labels = allLabels(s);
    const QString dropped = s.dimensions[1].themes[0].codes[1].name;
    s.dimensions[1].themes[0].codes.erase(s.dimensions[1].themes[0].codes.begin() + 1);
    ASSERT_TRUE(writeGioiaFigure(s, FigureFormat::Svg, FigureOptions{}, path).has_value());
    EXPECT_EQ(missingLabels(svgTexts(readAll(path)), labels), QStringList{dropped});
}

TEST(GioiaFigure, SvgSizeIsTheFigureInPoints)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("figure.svg"));
    const DataStructure s = test::publishedStructure();
    ASSERT_TRUE(writeGioiaFigure(s, FigureFormat::Svg, FigureOptions{}, path).has_value());
    const GioiaLayout layout = layOutGioiaFigure(s, FigureOptions{});
    QXmlStreamReader xml(readAll(path));
    ASSERT_TRUE(xml.readNextStartElement());
    ASSERT_EQ(xml.name(), QLatin1String("svg"));
    const QStringList box = xml.attributes().value(QStringLiteral("viewBox")).toString().split(QLatin1Char(' '));
    ASSERT_EQ(box.size(), 4);
    EXPECT_NEAR(box[2].toDouble(), layout.size.width(), 0.01);
    EXPECT_NEAR(box[3].toDouble(), layout.size.height(), 0.01);
}

TEST(GioiaFigure, SvgDrawsTheSameFigureAsThePng)
{
    // Read back by another renderer, the SVG's boxes, lines and text land
    // where the PNG has them: its coordinates and font sizes are the layout's.
    QTemporaryDir dir;
    const DataStructure s = test::publishedStructure();
    const QString svgPath = dir.filePath(QStringLiteral("figure.svg"));
    const QString pngPath = dir.filePath(QStringLiteral("figure.png"));
    FigureOptions options;
    options.pngDpi = 144;
    ASSERT_TRUE(writeGioiaFigure(s, FigureFormat::Svg, options, svgPath).has_value());
    ASSERT_TRUE(writeGioiaFigure(s, FigureFormat::Png, options, pngPath).has_value());
    QImage png;
    ASSERT_TRUE(png.load(pngPath));
    QSvgRenderer svg(svgPath);
    ASSERT_TRUE(svg.isValid());
    QImage drawn(png.size(), QImage::Format_RGB32);
    drawn.fill(Qt::white);
    {
        QPainter painter(&drawn);
        svg.render(&painter, QRectF(QPointF(0, 0), QSizeF(png.size())));
    }
    drawn.save(dir.filePath(QStringLiteral("svg-drawn.png")));
    test::keep(dir.filePath(QStringLiteral("svg-drawn.png")), QStringLiteral("published-svg-drawn.png"));
    // Glyphs fall a fraction of a pixel apart between renderers: compare
    // 6x6-pixel blocks, where a missing or misplaced line of text still shows.
    const QSize blocks = png.size() / 6;
    const QImage a = png.convertToFormat(QImage::Format_Grayscale8).scaled(blocks, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const QImage b = drawn.convertToFormat(QImage::Format_Grayscale8).scaled(blocks, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    qint64 differ = 0, inked = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const int pa = a.pixelColor(x, y).red(), pb = b.pixelColor(x, y).red();
            inked += pa < 220 ? 1 : 0;
            differ += std::abs(pa - pb) > 40 ? 1 : 0;
        }
    ASSERT_GT(inked, 0);
    EXPECT_LT(double(differ) / double(inked), 0.02) << differ << " of " << inked << " inked blocks differ";
}

TEST(GioiaFigure, PdfIsOneVectorPageWithSearchableText)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("figure.pdf"));
    const DataStructure s = test::publishedStructure();
    auto ok = writeGioiaFigure(s, FigureFormat::Pdf, FigureOptions{}, path);
    ASSERT_TRUE(ok.has_value()) << ok.error().message.toStdString();
    test::keep(path, QStringLiteral("published.pdf"));
    const QByteArray pdf = readAll(path);
    ASSERT_TRUE(pdf.startsWith("%PDF"));
    EXPECT_EQ(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page "), 1)
        << "one page";
    EXPECT_TRUE(pdf.contains("/FontFile")) << "the font is embedded: text, not pictures of text";

    // The page is the figure's size, and its words can be searched.
    const GioiaLayout layout = layOutGioiaFigure(s, FigureOptions{});
    static const QRegularExpression mediaBox(QStringLiteral("/MediaBox \\[\\s*0 0 ([0-9.]+) ([0-9.]+)"));
    const auto m = mediaBox.match(QString::fromLatin1(pdf));
    ASSERT_TRUE(m.hasMatch());
    EXPECT_NEAR(m.captured(1).toDouble(), layout.size.width(), 1.0);
    EXPECT_NEAR(m.captured(2).toDouble(), layout.size.height(), 1.0);
    auto text = PdfImporter().read(pdf, path);
    ASSERT_TRUE(text.has_value()) << text.error().message.toStdString();
    const QString words = text->text.simplified();
    for (const QString &label : allLabels(s))
        for (const QString &word : label.split(QRegularExpression(QStringLiteral("[\\s/-]+")), Qt::SkipEmptyParts))
            EXPECT_TRUE(words.contains(word)) << word.toStdString();
}

TEST(GioiaFigure, PngIsScaledToTheChosenDpi)
{
    QTemporaryDir dir;
    const DataStructure s = test::publishedStructure();
    const GioiaLayout layout = layOutGioiaFigure(s, FigureOptions{});
    for (const int dpi : {150, 300}) {
        const QString path = dir.filePath(QStringLiteral("figure-%1.png").arg(dpi));
        FigureOptions options;
        options.pngDpi = dpi;
        auto ok = writeGioiaFigure(s, FigureFormat::Png, options, path);
        ASSERT_TRUE(ok.has_value()) << ok.error().message.toStdString();
        test::keep(path, QStringLiteral("published-%1dpi.png").arg(dpi));
        QImage image;
        ASSERT_TRUE(image.load(path));
        EXPECT_EQ(image.width(), int(std::ceil(layout.size.width() * dpi / 72.0)));
        EXPECT_EQ(image.height(), int(std::ceil(layout.size.height() * dpi / 72.0)));
        EXPECT_NEAR(image.dotsPerMeterX() * 0.0254, dpi, 1.0);
        EXPECT_FALSE(image.allGray()) << "the default figure has tinted theme boxes";
        EXPECT_EQ(image.pixelColor(1, 1), QColor(Qt::white));
    }
}

TEST(GioiaFigure, GreyscalePngHasNoColour)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("grey.png"));
    FigureOptions options;
    options.greyscale = true;
    options.pngDpi = 96;
    options.showCounts = true;
    ASSERT_TRUE(writeGioiaFigure(test::publishedStructure(), FigureFormat::Png, options, path).has_value());
    test::keep(path, QStringLiteral("published-grey-counts.png"));
    QImage image;
    ASSERT_TRUE(image.load(path));
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    int coloured = 0;
    for (int y = 0; y < rgb.height(); ++y)
        for (int x = 0; x < rgb.width(); ++x) {
            const QRgb p = rgb.pixel(x, y);
            coloured += (qRed(p) != qGreen(p) || qGreen(p) != qBlue(p)) ? 1 : 0;
        }
    EXPECT_EQ(coloured, 0);
}

TEST(GioiaFigure, FailureNamesTheFileAndLeavesNothing)
{
    QTemporaryDir dir;
    const DataStructure s = test::publishedStructure();
    const QString missingFolder = dir.filePath(QStringLiteral("no-such-folder/figure.svg"));
    auto ok = writeGioiaFigure(s, FigureFormat::Svg, FigureOptions{}, missingFolder);
    ASSERT_FALSE(ok.has_value());
    EXPECT_TRUE(ok.error().message.contains(missingFolder)) << ok.error().message.toStdString();
    EXPECT_FALSE(QFile::exists(missingFolder));

    // A folder where the file should go.
    const QString folder = dir.filePath(QStringLiteral("a-folder.pdf"));
    ASSERT_TRUE(QDir().mkpath(folder));
    ok = writeGioiaFigure(s, FigureFormat::Pdf, FigureOptions{}, folder);
    ASSERT_FALSE(ok.has_value());
    EXPECT_TRUE(ok.error().message.contains(folder));

    // Refused before writing: an impossible resolution, an empty structure.
    const QString png = dir.filePath(QStringLiteral("figure.png"));
    FigureOptions tiny;
    tiny.pngDpi = 1;
    ok = writeGioiaFigure(s, FigureFormat::Png, tiny, png);
    ASSERT_FALSE(ok.has_value());
    EXPECT_TRUE(ok.error().message.contains(png));
    ok = writeGioiaFigure(DataStructure{}, FigureFormat::Png, FigureOptions{}, png);
    ASSERT_FALSE(ok.has_value());
    EXPECT_TRUE(ok.error().message.contains(png));
    EXPECT_FALSE(QFile::exists(png));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList()) << "no temporary files left";
}

TEST(GioiaFigure, FailedWriteKeepsTheOldFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("figure.png"));
    {
        QFile old(path);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("the figure from last week");
    }
    FigureOptions options;
    options.pngDpi = 100000;
    ASSERT_FALSE(writeGioiaFigure(test::publishedStructure(), FigureFormat::Png, options, path).has_value());
    EXPECT_EQ(readAll(path), QByteArray("the figure from last week"));
}

// On a journal column the figure is laid out to fit at the chosen size (its
// columns narrowed, labels and headings wrapped), every label still there;
// on A4 split over pages it is a PDF of several pages, each with the headings
// and none taller than the text area; SVG refuses to split.
TEST(GioiaFigure, PaperSizesFitTheTextAndSplitOverPages)
{
    const DataStructure s = test::publishedStructure();
    // A journal's text width: laid out to fit at the chosen size.
    FigureOptions page;
    page.paper = FigurePaper::JournalPage;
    page.split = true;
    const GioiaLayout wide = layOutGioiaFigure(s, page);
    EXPECT_LE(wide.size.width(), paperTextArea(FigurePaper::JournalPage, false).width() + 0.5);
    EXPECT_DOUBLE_EQ(fitGioiaFigure(s, page).printedPointSize, 9.0) << "printed at the chosen size, not shrunk";
    EXPECT_EQ(fitGioiaFigure(s, page).page, QSizeF(504, 684));

    // A single column is narrower than the published labels' longest words
    // allow at 9 pt: the columns stop at those words (none is broken), and the
    // figure prints smaller, which fitGioiaFigure says.
    FigureOptions column;
    column.paper = FigurePaper::JournalColumn;
    column.compact = true;
    column.split = true; // so that its height does not shrink it further
    const QRectF area = paperTextArea(FigurePaper::JournalColumn, false);
    EXPECT_DOUBLE_EQ(area.width(), 252);
    const FigureFit fit = fitGioiaFigure(s, column);
    EXPECT_LT(fit.printedPointSize, 9.0);
    EXPECT_GT(fit.printedPointSize, 5.0);
    EXPECT_TRUE(fit.tooWide);
    const GioiaLayout narrow = layOutGioiaFigure(s, column);
    EXPECT_LT(narrow.size.width(), layOutGioiaFigure(s, FigureOptions{}).size.width());
    for (const FigureHeader &h : narrow.headers)
        EXPECT_FALSE(h.lines.isEmpty());

    QTemporaryDir dir;
    const QString svg = dir.filePath(QStringLiteral("column.svg"));
    column.split = false;
    ASSERT_TRUE(writeGioiaFigure(s, FigureFormat::Svg, column, svg));
    test::keep(svg, QStringLiteral("published-column.svg"));
    EXPECT_EQ(missingLabels(svgTexts(readAll(svg)), allLabels(s)), QStringList());
    const QString pageSvg = dir.filePath(QStringLiteral("page.svg"));
    FigureOptions onePage = page;
    onePage.split = false;
    EXPECT_TRUE(fitGioiaFigure(s, onePage).tooTall); // on one page it must print smaller
    EXPECT_FALSE(fitGioiaFigure(s, onePage).tooWide);
    EXPECT_LT(fitGioiaFigure(s, onePage).printedPointSize, 9.0);
    ASSERT_TRUE(writeGioiaFigure(s, FigureFormat::Svg, onePage, pageSvg));
    test::keep(pageSvg, QStringLiteral("published-journal-page.svg"));
    EXPECT_EQ(missingLabels(svgTexts(readAll(pageSvg)), allLabels(s)), QStringList());

    FigureOptions a4;
    a4.paper = FigurePaper::A4;
    a4.split = true;
    const GioiaLayout whole = layOutGioiaFigure(s, a4);
    const QRectF text = paperTextArea(FigurePaper::A4, false);
    const std::vector<GioiaLayout> pages = splitGioiaLayout(whole, text.height() / 2);
    ASSERT_GT(pages.size(), 1u);
    std::size_t boxes = 0;
    for (const GioiaLayout &p : pages) {
        boxes += p.boxes.size();
        EXPECT_EQ(p.headers.size(), 3u);
        for (const FigureBox &b : p.boxes) {
            EXPECT_GE(b.rect.top(), p.headers[0].rect.bottom()) << b.label.toStdString();
            EXPECT_LE(b.rect.bottom(), p.size.height()) << b.label.toStdString();
            if (b.parent >= 0) {
                EXPECT_LT(std::size_t(b.parent), p.boxes.size());
            }
        }
    }
    EXPECT_EQ(boxes, whole.boxes.size());

    const QString pdfPath = dir.filePath(QStringLiteral("split.pdf"));
    a4.landscape = true; // a landscape A4 is short: the published figure takes pages
    ASSERT_TRUE(writeGioiaFigure(s, FigureFormat::Pdf, a4, pdfPath));
    test::keep(pdfPath, QStringLiteral("published-a4-split.pdf"));
    const QByteArray pdf = readAll(pdfPath);
    const int pageCount = int(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page "));
    EXPECT_EQ(pageCount, fitGioiaFigure(s, a4).pages);
    EXPECT_GT(pageCount, 1);
    auto refused = writeGioiaFigure(s, FigureFormat::Svg, a4, dir.filePath(QStringLiteral("split.svg")));
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("PDF")));
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("split.svg"))));
    EXPECT_EQ(figurePaperFromString(QStringLiteral("Column")), FigurePaper::JournalColumn);
    EXPECT_FALSE(figurePaperFromString(QStringLiteral("tabloid")));
}

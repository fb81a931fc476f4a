// Table 1 exports: every format reproduces the published table (5 dimensions,
// 14 themes, 33 codes, same order and labels) when read back structurally, and
// escapes what its syntax would otherwise swallow.
#include "core/export/structure_table.h"
#include "core/export/table_layout.h"
#include "core/import/zip_part.h"
#include "core/import/odt_importer.h"
#include "tests/support/temp_project.h"
#include "tests/unit/export/table_readers.h"

#include <QDir>
#include <QFile>
#include <gtest/gtest.h>

using namespace gw;
using namespace gw::test;

namespace {

constexpr std::array kFormats{TableFormat::Markdown, TableFormat::Latex, TableFormat::Html,
                              TableFormat::Csv,      TableFormat::Odt,   TableFormat::Xlsx};

QString suffix(TableFormat format)
{
    switch (format) {
    case TableFormat::Markdown: return QStringLiteral("md");
    case TableFormat::Latex: return QStringLiteral("tex");
    case TableFormat::Html: return QStringLiteral("html");
    case TableFormat::Csv: return QStringLiteral("csv");
    case TableFormat::Odt: return QStringLiteral("odt");
    case TableFormat::Xlsx: return QStringLiteral("xlsx");
    }
    return {};
}

DataStructure published()
{
    QFile file(QStringLiteral(":/demo/data-structure.json"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    auto structure = dataStructureFromJson(file.readAll(), file.fileName());
    EXPECT_TRUE(structure.has_value());
    return structure.value_or(DataStructure{});
}

StructureTheme theme(const QString &name, const QStringList &codes)
{
    StructureTheme t;
    t.name = name;
    for (const QString &c : codes) {
        StructureCode code;
        code.name = c;
        t.codes.push_back(code);
    }
    return t;
}

StructureDimension dimension(const QString &name, std::vector<StructureTheme> themes)
{
    StructureDimension d;
    d.name = name;
    d.themes = std::move(themes);
    return d;
}

ReadTable readAs(TableFormat format, const QByteArray &bytes, int columns)
{
    switch (format) {
    case TableFormat::Markdown: return readMarkdown(bytes);
    case TableFormat::Latex: return readLatex(bytes, columns);
    case TableFormat::Html: return readHtml(bytes);
    case TableFormat::Csv: return readCsv(bytes);
    case TableFormat::Odt: return readOdt(bytes);
    case TableFormat::Xlsx: return readXlsx(bytes);
    }
    return {};
}

class StructureTableTest : public ::testing::Test
{
protected:
    QByteArray write(const DataStructure &s, TableFormat format, const TableOptions &options = {})
    {
        const QString path = dir.path(QStringLiteral("table1.") + suffix(format));
        const Status ok = writeStructureTable(s, format, options, path);
        EXPECT_TRUE(ok.has_value()) << (ok ? QString() : ok.error().message);
        return readFile(path);
    }

    ReadTable writeAndRead(const DataStructure &s, TableFormat format, const TableOptions &options = {})
    {
        const ReadTable t = readAs(format, write(s, format, options), options.exemplarColumn ? 4 : 3);
        EXPECT_EQ(t.error, QString()) << suffix(format);
        return t;
    }

    TempDir dir;
};

const QStringList kHeader{QStringLiteral("Aggregate dimension"), QStringLiteral("Second-order themes"),
                          QStringLiteral("First-order codes")};

TEST_F(StructureTableTest, EveryFormatReproducesThePublishedTable1)
{
    const DataStructure s = published();
    ASSERT_EQ(s.dimensions.size(), 5u);
    for (const TableFormat format : kFormats) {
        SCOPED_TRACE(suffix(format).toStdString());
        const ReadTable t = writeAndRead(s, format);
        EXPECT_EQ(t.header, kHeader);
        ASSERT_EQ(t.rows.size(), 33);
        // CSV repeats dimension and theme on every row; the others name them once.
        if (format == TableFormat::Csv)
            EXPECT_EQ(t.rows, publishedRows());
        else
            EXPECT_EQ(t.rows, publishedPrintedRows());
        const QList<QStringList> rows = filledDown(t.rows);
        EXPECT_EQ(rows, publishedRows());
        QStringList dimensions, themes;
        for (const QStringList &r : rows) {
            if (!dimensions.contains(r[0]))
                dimensions << r[0];
            if (!themes.contains(r[0] + u'/' + r[1]))
                themes << r[0] + u'/' + r[1];
        }
        EXPECT_EQ(dimensions.size(), 5);
        EXPECT_EQ(themes.size(), 14);
        if (format == TableFormat::Csv)
            EXPECT_EQ(t.footnote, QString()); // CSV is for sorting: no footnote lines
        else
            EXPECT_EQ(t.footnote, kPublishedFootnote.toString());
    }
}

TEST_F(StructureTableTest, HtmlAndOdtSpanDimensionAndThemeCellsOverTheirCodes)
{
    const QList<int> dimensionSpans{10, 7, 6, 3, 7};
    const QList<int> themeSpans{5, 3, 2, 2, 2, 3, 3, 2, 1, 1, 1, 1, 4, 3};
    for (const TableFormat format : {TableFormat::Html, TableFormat::Odt}) {
        SCOPED_TRACE(suffix(format).toStdString());
        const ReadTable t = writeAndRead(published(), format);
        EXPECT_EQ(t.dimensionSpans, dimensionSpans);
        EXPECT_EQ(t.themeSpans, themeSpans);
        EXPECT_EQ(t.caption, QStringLiteral("Data structure"));
    }
}

TEST_F(StructureTableTest, XlsxMergesDimensionAndThemeCellsDown)
{
    const QByteArray bytes = write(published(), TableFormat::Xlsx);
    auto sheet = readZipPart(bytes, QStringLiteral("xl/worksheets/sheet1.xml"), QStringLiteral("t.xlsx"),
                             QStringLiteral("a workbook"));
    ASSERT_TRUE(sheet.has_value());
    const QString xml = QString::fromUtf8(*sheet);
    // 5 dimensions, the 10 themes with more than one code, and the footnotes row.
    EXPECT_EQ(xml.count(QStringLiteral("<mergeCell ")), 16);
    EXPECT_TRUE(xml.contains(QStringLiteral("<mergeCell ref=\"A2:A11\"/>"))); // Macroenvironmental factors
    EXPECT_TRUE(xml.contains(QStringLiteral("<mergeCell ref=\"B2:B6\"/>")));  // Policy developments
    EXPECT_TRUE(xml.contains(QStringLiteral("<mergeCell ref=\"A36:C36\"/>"))); // the footnotes
}

TEST_F(StructureTableTest, LatexIsABooktabsTabularWithOneMidruleBetweenDimensions)
{
    const QString tex = QString::fromUtf8(write(published(), TableFormat::Latex));
    EXPECT_TRUE(tex.contains(QStringLiteral("\\usepackage{booktabs}"))); // the comment naming the package
    EXPECT_EQ(tex.count(QStringLiteral("\\begin{tabular}")), 1);
    EXPECT_FALSE(tex.contains(QStringLiteral("\\begin{table}"))); // the float is the paper's, for \input
    EXPECT_EQ(tex.count(QStringLiteral("\\toprule")), 1);
    EXPECT_EQ(tex.count(QStringLiteral("\\bottomrule")), 1);
    EXPECT_EQ(tex.count(QStringLiteral("\\midrule")), 1 + 4); // under the header, then between 5 dimensions
    EXPECT_LT(tex.indexOf(QStringLiteral("\\toprule")), tex.indexOf(QStringLiteral("\\midrule")));
    EXPECT_LT(tex.lastIndexOf(QStringLiteral("\\midrule")), tex.indexOf(QStringLiteral("\\bottomrule")));
    const ReadTable t = readLatex(tex.toUtf8(), 3);
    EXPECT_EQ(t.error, QString()); // every row has exactly two unescaped &
    EXPECT_EQ(t.rows.size(), 33);
}

TEST_F(StructureTableTest, LatexEscapesEverySpecialCharacter)
{
    const QString label = QStringLiteral("R&D 100% $5 #1 a_b {x} ~ ^ \\ <é>|");
    DataStructure s;
    s.dimensions.push_back(dimension(label, {theme(QStringLiteral("[Bracketed] theme"), {label, QStringLiteral("plain")})}));
    const QString tex = QString::fromUtf8(write(s, TableFormat::Latex));
    EXPECT_TRUE(tex.contains(QStringLiteral(
        "R\\&D 100\\% \\$5 \\#1 a\\_b \\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{} "
        "\\textless{}é\\textgreater{}\\textbar{}")))
        << tex;
    const ReadTable t = readLatex(tex.toUtf8(), 3);
    EXPECT_EQ(t.error, QString());
    ASSERT_EQ(t.rows.size(), 2);
    EXPECT_EQ(t.rows[0], (QStringList{label, QStringLiteral("[Bracketed] theme"), label}));
    EXPECT_EQ(t.rows[1], (QStringList{QString(), QString(), QStringLiteral("plain")}));
}

TEST_F(StructureTableTest, FootnotesCanBeLeftOut)
{
    TableOptions options;
    options.footnotes = false;
    for (const TableFormat format : kFormats) {
        SCOPED_TRACE(suffix(format).toStdString());
        const QByteArray bytes = write(published(), format, options);
        const ReadTable t = readAs(format, bytes, 3);
        EXPECT_EQ(t.footnote, QString());
        EXPECT_EQ(t.rows.size(), 33);
        if (format != TableFormat::Odt && format != TableFormat::Xlsx) { // zipped
            EXPECT_FALSE(bytes.contains("Global Digital Exemplar"));
        }
    }
}

// Each exemplar sits beside the code it is coded with, never beside another
// code; a quote of no code of the theme gets a theme row of its own.
TEST_F(StructureTableTest, ExemplarColumnPutsEachQuoteOnItsOwnCodesRow)
{
    DataStructure s;
    StructureTheme quoted = theme(QStringLiteral("Policy developments"),
                                  {QStringLiteral("Blueprinting"), QStringLiteral("Pairing"), QStringLiteral("Funding")});
    quoted.codes[0].id = 11;
    quoted.codes[1].id = 12;
    quoted.codes[2].id = 13;
    quoted.exemplars = {{1, QStringLiteral("The pairing came with the money."), QStringLiteral("Nurse from Site_A"), 12},
                        {2, QStringLiteral("We copied\ntheir blueprint."), QStringLiteral("[CCIO from Site_E]"), 11},
                        {3, QStringLiteral("A quote from elsewhere."), QStringLiteral("[Manager from Site_C]"), 0}};
    s.dimensions.push_back(dimension(QStringLiteral("Macroenvironmental factors"),
                                     {quoted, theme(QStringLiteral("No quotes"), {QStringLiteral("Alone")})}));
    TableOptions options;
    options.exemplarColumn = true;
    const QString blueprint = QStringLiteral("\u201CWe copied their blueprint.\u201D [CCIO from Site_E]");
    const QString pairing = QStringLiteral("\u201CThe pairing came with the money.\u201D [Nurse from Site_A]");
    const QString elsewhere = QStringLiteral("\u201CA quote from elsewhere.\u201D [Manager from Site_C]");
    for (const TableFormat format : kFormats) {
        SCOPED_TRACE(suffix(format).toStdString());
        const ReadTable t = writeAndRead(s, format, options);
        EXPECT_EQ(t.header, kHeader + QStringList{QStringLiteral("Exemplar quote")});
        ASSERT_EQ(t.rows.size(), 5);
        EXPECT_EQ(t.rows[0].value(2), QStringLiteral("Blueprinting"));
        EXPECT_EQ(t.rows[0].value(3), blueprint);
        EXPECT_EQ(t.rows[1].value(2), QStringLiteral("Pairing"));
        EXPECT_EQ(t.rows[1].value(3), pairing);
        EXPECT_EQ(t.rows[2].value(2), QStringLiteral("Funding"));
        EXPECT_EQ(t.rows[2].value(3), QString());
        EXPECT_EQ(t.rows[3].value(2), QString());
        EXPECT_EQ(t.rows[3].value(3), elsewhere);
        EXPECT_EQ(t.rows[4].value(2), QStringLiteral("Alone"));
        EXPECT_EQ(t.rows[4].value(3), QString());
    }
}

TEST_F(StructureTableTest, NastyLabelsSurviveEveryFormat)
{
    const QString dim = QStringLiteral("Pipes | and \\| \"quotes\" <b>not bold</b> & &amp; R&D");
    const QString th = QStringLiteral("Line one\nline two \U0001F642 \U00020BB7 *stars* _under_ `tick`");
    const QString code1 = QStringLiteral("[link](x) , comma; \"quoted, twice\" 50% #3 $4 ~ ^");
    const QString code2 = QStringLiteral("<script>alert(1)</script> ]]> -- =SUM(A1) \t tab");
    DataStructure s;
    s.dimensions.push_back(dimension(dim, {theme(th, {code1, code2})}));
    s.abbreviations = {{QStringLiteral("R&D"), QStringLiteral("research & <development>")}};
    for (const TableFormat format : kFormats) {
        SCOPED_TRACE(suffix(format).toStdString());
        const ReadTable t = writeAndRead(s, format);
        ASSERT_EQ(t.rows.size(), 2);
        QList<QStringList> expected{{dim, th, code1}, {dim, th, code2}};
        if (format == TableFormat::Markdown) // one line per row: breaks and tabs become single spaces
            for (QStringList &row : expected)
                for (QString &cell : row)
                    cell = QString(cell).replace(u'\n', u' ').replace(u'\t', u' ').simplified();
        if (format == TableFormat::Latex) // a tab is white space to TeX
            expected[1][2].replace(u'\t', u' ');
        EXPECT_EQ(filledDown(t.rows), expected);
        if (format != TableFormat::Csv) {
            EXPECT_EQ(t.footnote, QStringLiteral("R&D = research & <development>."));
        }
    }
}

TEST_F(StructureTableTest, ControlCharactersAreDroppedSoXmlFormatsStayWellFormed)
{
    DataStructure s;
    s.dimensions.push_back(dimension(QStringLiteral("Bell\aand\x01nul"), {theme(QStringLiteral("CR\r\nLF"), {QStringLiteral("x")})}));
    for (const TableFormat format : {TableFormat::Html, TableFormat::Odt, TableFormat::Xlsx}) {
        SCOPED_TRACE(suffix(format).toStdString());
        const ReadTable t = writeAndRead(s, format);
        ASSERT_EQ(t.rows.size(), 1);
        EXPECT_EQ(t.rows[0].value(0), QStringLiteral("Bellandnul"));
        EXPECT_EQ(t.rows[0].value(1), QStringLiteral("CR\nLF"));
    }
}

TEST_F(StructureTableTest, UnplacedThemesAndCodesAreNotInTheTable)
{
    DataStructure s = published();
    s.unplacedThemes.push_back(theme(QStringLiteral("Loose theme"), {QStringLiteral("Its code")}));
    StructureCode loose;
    loose.name = QStringLiteral("Loose code");
    s.unplacedCodes.push_back(loose);
    for (const TableFormat format : kFormats) {
        SCOPED_TRACE(suffix(format).toStdString());
        const ReadTable t = writeAndRead(s, format);
        EXPECT_EQ(filledDown(t.rows), publishedRows());
    }
}

TEST_F(StructureTableTest, ThemeWithoutCodesAndDimensionWithoutThemesKeepTheirRows)
{
    DataStructure s;
    s.dimensions.push_back(dimension(QStringLiteral("Empty dimension"), {}));
    s.dimensions.push_back(dimension(QStringLiteral("Full"), {theme(QStringLiteral("Codeless"), {}),
                                                              theme(QStringLiteral("T"), {QStringLiteral("c")})}));
    const QList<QStringList> expected{{QStringLiteral("Empty dimension"), QString(), QString()},
                                      {QStringLiteral("Full"), QStringLiteral("Codeless"), QString()},
                                      {QString(), QStringLiteral("T"), QStringLiteral("c")}};
    for (const TableFormat format : {TableFormat::Markdown, TableFormat::Latex, TableFormat::Html, TableFormat::Odt}) {
        SCOPED_TRACE(suffix(format).toStdString());
        EXPECT_EQ(writeAndRead(s, format).rows, expected);
    }
}

TEST_F(StructureTableTest, MarkdownIsAPipeTableWithCaption)
{
    const QString md = QString::fromUtf8(write(published(), TableFormat::Markdown));
    const QStringList lines = md.split(u'\n');
    EXPECT_EQ(lines[0], QStringLiteral("Table: Data structure"));
    EXPECT_EQ(lines[2], QStringLiteral("| Aggregate dimension | Second-order themes | First-order codes |"));
    EXPECT_EQ(lines[3], QStringLiteral("| --- | --- | --- |"));
    EXPECT_EQ(lines[4], QStringLiteral("| Macroenvironmental factors | Policy developments | Formation of GDE/FF "
                                       "pairings as a prerequisite of GDE funding |"));
    EXPECT_EQ(lines[5], QStringLiteral("|  |  | Blueprinting activities mandated by the GDE Program |"));
}

TEST_F(StructureTableTest, CsvHasAByteOrderMarkAndCrlfLineEnds)
{
    const QByteArray csv = write(published(), TableFormat::Csv);
    EXPECT_TRUE(csv.startsWith("\xEF\xBB\xBF" "Aggregate dimension,Second-order themes,First-order codes\r\n"));
    EXPECT_EQ(csv.count("\r\n"), 34);
    EXPECT_EQ(csv.count('\n'), 34);
    EXPECT_TRUE(csv.contains("Interorganizational factors,Structural governance mechanisms,\"Need to exchange "
                             "knowledge in a structured repository (eg, blueprints) versus unstructured sharing "
                             "(eg, email or site visit)\"\r\n"));
}

TEST_F(StructureTableTest, OdtIsAnOpenDocumentPackageOurImporterReads)
{
    const QByteArray odt = write(published(), TableFormat::Odt);
    // ODF: the first entry is "mimetype", stored uncompressed, so tools can sniff it.
    EXPECT_EQ(odt.mid(30, 8), QByteArray("mimetype"));
    EXPECT_EQ(odt.mid(38, 39), QByteArray("application/vnd.oasis.opendocument.text"));
    auto manifest = readZipPart(odt, QStringLiteral("META-INF/manifest.xml"), QStringLiteral("t.odt"), QStringLiteral("odt"));
    ASSERT_TRUE(manifest.has_value());
    EXPECT_TRUE(manifest->contains("manifest:full-path=\"content.xml\""));
    auto text = OdtImporter().read(odt, QStringLiteral("table1.odt"));
    ASSERT_TRUE(text.has_value()) << text.error().message;
    const QStringList lines = text->text.split(u'\n');
    EXPECT_EQ(lines[0], QStringLiteral("Data structure"));
    EXPECT_TRUE(lines.contains(QStringLiteral("Aggregate dimension | Second-order themes | First-order codes")));
    EXPECT_TRUE(lines.contains(QStringLiteral(
        "Macroenvironmental factors | Policy developments | Formation of GDE/FF pairings as a prerequisite of GDE funding")));
    EXPECT_TRUE(lines.contains(QStringLiteral(" |  | Blueprinting activities mandated by the GDE Program")));
    EXPECT_EQ(lines.last(), kPublishedFootnote.toString());
}

TEST_F(StructureTableTest, HtmlIsAStandaloneUtf8Document)
{
    const QString html = QString::fromUtf8(write(published(), TableFormat::Html));
    EXPECT_TRUE(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    EXPECT_TRUE(html.contains(QStringLiteral("<meta charset=\"utf-8\"/>")));
    EXPECT_TRUE(html.contains(QStringLiteral("<th scope=\"rowgroup\" rowspan=\"10\">Macroenvironmental factors</th>")));
    EXPECT_EQ(html.count(QStringLiteral("<tbody>")), 5);
    EXPECT_EQ(html.count(QStringLiteral("<tfoot>")), 1);
    EXPECT_TRUE(html.trimmed().endsWith(QStringLiteral("</html>")));
}

TEST_F(StructureTableTest, AnUnwritablePathIsNamedAndNothingIsLeftBehind)
{
    const QString missing = dir.path(QStringLiteral("no-such-folder/table1.md"));
    const Status noFolder = writeStructureTable(published(), TableFormat::Markdown, {}, missing);
    ASSERT_FALSE(noFolder.has_value());
    EXPECT_TRUE(noFolder.error().message.contains(missing)) << noFolder.error().message;
    EXPECT_FALSE(QFile::exists(missing));

    // A folder where the file should go: refused, and no temporary file stays beside it.
    const QString folder = dir.path(QStringLiteral("table1.xlsx"));
    ASSERT_TRUE(QDir().mkpath(folder));
    for (const TableFormat format : kFormats) {
        const Status ok = writeStructureTable(published(), format, {}, folder);
        ASSERT_FALSE(ok.has_value());
        EXPECT_TRUE(ok.error().message.contains(folder)) << ok.error().message;
    }
    EXPECT_EQ(QDir(dir.root()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
              QStringList{QStringLiteral("table1.xlsx")});
    EXPECT_TRUE(QDir(folder).isEmpty());
}

TEST_F(StructureTableTest, AnExistingFileIsReplacedWhole)
{
    const QString path = dir.path(QStringLiteral("table1.md"));
    writeFile(path, QByteArray(100000, 'x'));
    ASSERT_TRUE(writeStructureTable(published(), TableFormat::Markdown, {}, path).has_value());
    const QByteArray bytes = readFile(path);
    EXPECT_FALSE(bytes.contains('x' + QByteArray(10, 'x')));
    EXPECT_EQ(readMarkdown(bytes).rows.size(), 33);
}

TEST_F(StructureTableTest, AnEmptyStructureIsRefused)
{
    const QString path = dir.path(QStringLiteral("table1.md"));
    const Status ok = writeStructureTable(DataStructure{}, TableFormat::Markdown, {}, path);
    ASSERT_FALSE(ok.has_value());
    EXPECT_TRUE(ok.error().message.contains(path));
    EXPECT_FALSE(QFile::exists(path));
}

TEST(TableFormatTest, NamesAndSuffixes)
{
    EXPECT_EQ(tableFormatFromString(QStringLiteral("md")), TableFormat::Markdown);
    EXPECT_EQ(tableFormatFromString(QStringLiteral("Markdown")), TableFormat::Markdown);
    EXPECT_EQ(tableFormatFromString(QStringLiteral("TEX")), TableFormat::Latex);
    EXPECT_EQ(tableFormatFromString(QStringLiteral("latex")), TableFormat::Latex);
    EXPECT_EQ(tableFormatFromString(QStringLiteral("htm")), TableFormat::Html);
    EXPECT_EQ(tableFormatFromString(QStringLiteral("out/table1.csv")), TableFormat::Csv);
    EXPECT_EQ(tableFormatFromString(QStringLiteral("table1.odt")), TableFormat::Odt);
    EXPECT_EQ(tableFormatFromString(QStringLiteral("xlsx")), TableFormat::Xlsx);
    EXPECT_EQ(tableFormatFromString(QStringLiteral("svg")), std::nullopt);
    EXPECT_EQ(tableFormatFromString(QStringLiteral("table1.md.bak")), std::nullopt);
    EXPECT_EQ(tableFormatFromString(QString()), std::nullopt);
}

} // namespace

// An open code placed under a theme is named for a warning, printed by
// default, and left out when only first-order codes are asked for.
TEST_F(StructureTableTest, CodesNotYetFirstOrderAreNamedAndCanBeLeftOut)
{
    DataStructure s;
    StructureTheme t = theme(QStringLiteral("Policy developments"), {QStringLiteral("Blueprinting"), QStringLiteral("Hunch")});
    t.codes[1].stage = CodeStage::Open;
    s.dimensions.push_back(dimension(QStringLiteral("Macroenvironmental factors"), {t}));
    EXPECT_EQ(notFirstOrder(s), QStringList{QStringLiteral("Hunch (open)")});
    TableOptions options;
    EXPECT_EQ(writeAndRead(s, TableFormat::Csv, options).rows.size(), 2);
    options.firstOrderOnly = true;
    const ReadTable only = writeAndRead(s, TableFormat::Csv, options);
    ASSERT_EQ(only.rows.size(), 1);
    EXPECT_EQ(only.rows[0].value(2), QStringLiteral("Blueprinting"));
}

// Footnote markers: each abbreviation raised where it first appears in the
// cells, lettered in the order of the notes, the notes with the same letters;
// every format prints them raised; a marker character typed in a label is dropped.
TEST_F(StructureTableTest, FootnoteMarkersRaiseEachAbbreviationOnce)
{
    DataStructure s;
    s.dimensions.push_back(dimension(QStringLiteral("Macroenvironmental factors"),
                                     {theme(QStringLiteral("Policy developments"),
                                            {QStringLiteral("Formation of GDE/FF pairings as a prerequisite of GDE funding"),
                                             QStringLiteral("Roles such as CCIO \uE000z\uE001")})}));
    s.abbreviations = {{QStringLiteral("GDE"), QStringLiteral("Global Digital Exemplar")},
                       {QStringLiteral("FF"), QStringLiteral("fast follower")},
                       {QStringLiteral("CCIO"), QStringLiteral("Chief Clinical Information Officer")},
                       {QStringLiteral("NHS"), QStringLiteral("National Health Service")}};
    TableOptions options;
    options.footnoteMarkers = true;
    const auto bytes = [&](TableFormat format) { return QString::fromUtf8(write(s, format, options)); };
    const QString tex = bytes(TableFormat::Latex);
    EXPECT_TRUE(tex.contains(QStringLiteral("Formation of GDE\\textsuperscript{a}/FF\\textsuperscript{b} pairings as a "
                                            "prerequisite of GDE funding")))
        << tex.toStdString();
    EXPECT_TRUE(tex.contains(QStringLiteral("CCIO\\textsuperscript{c}")));
    EXPECT_TRUE(tex.contains(QStringLiteral("\\textsuperscript{a}GDE = Global Digital Exemplar; \\textsuperscript{b}FF = "
                                            "fast follower; \\textsuperscript{c}CCIO = Chief Clinical Information Officer; "
                                            "NHS = National Health Service.")))
        << tex.toStdString();
    EXPECT_FALSE(tex.contains(QStringLiteral("\\textsuperscript{z}"))); // typed, not a marker
    EXPECT_TRUE(bytes(TableFormat::Markdown).contains(QStringLiteral("GDE<sup>a</sup>/FF<sup>b</sup>")));
    EXPECT_TRUE(bytes(TableFormat::Html).contains(QStringLiteral("GDE<sup>a</sup>/FF<sup>b</sup>")));
    EXPECT_TRUE(bytes(TableFormat::Csv).contains(QStringLiteral("GDE\u1D43/FF\u1D47 pairings")));
    auto odt = tableBytes(layoutStructureTable(s, options), TableFormat::Odt, QStringLiteral("t.odt"));
    ASSERT_TRUE(odt);
    auto content = readZipPart(*odt, QStringLiteral("content.xml"), QStringLiteral("t.odt"), QStringLiteral("an OpenDocument text"));
    ASSERT_TRUE(content);
    EXPECT_TRUE(content->contains("style:name=\"Sup\""));
    EXPECT_TRUE(content->contains("GDE<text:span text:style-name=\"Sup\">a</text:span>"));
    // Without markers the notes are as before.
    options.footnoteMarkers = false;
    EXPECT_FALSE(bytes(TableFormat::Latex).contains(QStringLiteral("textsuperscript")));
}

// groundwork-cli export data-structure, end to end: a project gets the
// published structure through `structure import`, and every table format
// written by the real program reads back as the published Table 1.
#include "tests/support/temp_project.h"
#include "tests/unit/export/table_readers.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QProcess>
#include <gtest/gtest.h>

using namespace gw;
using namespace gw::test;

namespace {

struct ExportRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

class ExportCliTest : public ::testing::Test
{
protected:
    ExportRun cli(QStringList args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("GROUNDWORK_PROJECT"));
        env.insert(QStringLiteral("GROUNDWORK_CODER"), QStringLiteral("ana"));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(dir.root());
        p.start(QStringLiteral(GW_CLI), args);
        EXPECT_TRUE(p.waitForFinished(60000));
        return ExportRun{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                   QString::fromUtf8(p.readAllStandardError())};
    }

    ExportRun exportTo(const QString &out, const QStringList &more = {})
    {
        return cli(QStringList{QStringLiteral("export"), QStringLiteral("data-structure"), QStringLiteral("-p"), project(),
                               QStringLiteral("-o"), dir.path(out)} +
                   more);
    }

    QString project() const { return dir.path(QStringLiteral("study.groundwork")); }

    void SetUp() override
    {
        ASSERT_EQ(cli({QStringLiteral("init"), project()}).exitCode, 0);
        const ExportRun imported = cli({QStringLiteral("structure"), QStringLiteral("import"), QStringLiteral("-p"), project(),
                                  QStringLiteral(GW_DEMO_DIR "/data-structure.json")});
        ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    }

    TempDir dir;
};

TEST_F(ExportCliTest, EveryTableFormatReproducesThePublishedTable1)
{
    for (const QString &suffix : {QStringLiteral("md"), QStringLiteral("tex"), QStringLiteral("html"),
                                 QStringLiteral("csv"), QStringLiteral("odt"), QStringLiteral("xlsx")}) {
        SCOPED_TRACE(suffix.toStdString());
        const QString name = QStringLiteral("table1.") + suffix;
        const ExportRun run = exportTo(name);
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        EXPECT_TRUE(run.out.contains(QStringLiteral("(5 dimensions, 14 themes, 33 first-order codes)"))) << run.out;
        EXPECT_FALSE(run.err.contains(QStringLiteral("warning"))) << run.err;
        const QByteArray bytes = readFile(dir.path(name));
        const ReadTable t = suffix == u"md"     ? readMarkdown(bytes)
                            : suffix == u"tex"  ? readLatex(bytes, 3)
                            : suffix == u"html" ? readHtml(bytes)
                            : suffix == u"csv"  ? readCsv(bytes)
                            : suffix == u"odt"  ? readOdt(bytes)
                                                : readXlsx(bytes);
        EXPECT_EQ(t.error, QString());
        EXPECT_EQ(t.header, (QStringList{QStringLiteral("Aggregate dimension"), QStringLiteral("Second-order themes"),
                                         QStringLiteral("First-order codes")}));
        EXPECT_EQ(t.rows, suffix == u"csv" ? publishedRows() : publishedPrintedRows());
        EXPECT_EQ(filledDown(t.rows), publishedRows());
        EXPECT_EQ(t.footnote, suffix == u"csv" ? QString() : kPublishedFootnote.toString());
    }
}

TEST_F(ExportCliTest, FormatOptionWinsOverTheSuffixAndFootnotesCanBeLeftOut)
{
    const ExportRun run = exportTo(QStringLiteral("table1.txt"), {QStringLiteral("--format"), QStringLiteral("md"),
                                                            QStringLiteral("--no-footnotes"), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_EQ(json[u"format"].toString(), QStringLiteral("md"));
    EXPECT_EQ(json[u"kind"].toString(), QStringLiteral("table"));
    EXPECT_EQ(json[u"codes"].toInt(), 33);
    const ReadTable t = readMarkdown(readFile(dir.path(QStringLiteral("table1.txt"))));
    EXPECT_EQ(t.rows, publishedPrintedRows());
    EXPECT_EQ(t.footnote, QString());
}

TEST_F(ExportCliTest, UnplacedCodesAreNamedInAWarningAndLeftOut)
{
    ASSERT_EQ(cli({QStringLiteral("code"), QStringLiteral("add"), QStringLiteral("-p"), project(),
                   QStringLiteral("Loose first-order code"), QStringLiteral("--stage"), QStringLiteral("first-order")})
                  .exitCode,
              0);
    const ExportRun run = exportTo(QStringLiteral("table1.csv"));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("warning")));
    EXPECT_TRUE(run.err.contains(QStringLiteral("\"Loose first-order code\""))) << run.err;
    EXPECT_EQ(readCsv(readFile(dir.path(QStringLiteral("table1.csv")))).rows, publishedRows());
}

TEST_F(ExportCliTest, BadUsageAndUnwritableFilesHaveTheirExitCodes)
{
    ExportRun run = cli({QStringLiteral("export"), QStringLiteral("data-structure"), QStringLiteral("-p"), project()});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("-o OUT")));

    run = exportTo(QStringLiteral("table1.docx"));
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("\"docx\" is not a format"))) << run.err;
    EXPECT_FALSE(QFile::exists(dir.path(QStringLiteral("table1.docx"))));

    const QString unwritable = dir.path(QStringLiteral("no-such-folder/table1.md"));
    run = exportTo(QStringLiteral("no-such-folder/table1.md"));
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(unwritable)) << run.err;
    EXPECT_FALSE(QFile::exists(unwritable));

    run = cli({QStringLiteral("export"), QStringLiteral("data-structure"), QStringLiteral("-p"),
               dir.path(QStringLiteral("missing.groundwork")), QStringLiteral("-o"), dir.path(QStringLiteral("t.md"))});
    EXPECT_EQ(run.exitCode, 2);
}

TEST_F(ExportCliTest, FigureFormatsDrawTheGioiaFigure)
{
    const ExportRun run = exportTo(QStringLiteral("figure.svg"), {QStringLiteral("--greyscale")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QByteArray svg = readFile(dir.path(QStringLiteral("figure.svg")));
    EXPECT_TRUE(svg.contains("<svg"));
    EXPECT_TRUE(svg.contains("Macroenvironmental"));
    const ExportRun png = exportTo(QStringLiteral("figure.png"), {QStringLiteral("--dpi"), QStringLiteral("72")});
    ASSERT_EQ(png.exitCode, 0) << png.err.toStdString();
    EXPECT_TRUE(readFile(dir.path(QStringLiteral("figure.png"))).startsWith("\x89PNG"));
}

// A figure on a journal page, split over pages at the chosen size; on a single
// column the published labels do not fit at 9 pt, and a note says what they
// print at; bad paper options are bad usage.
TEST_F(ExportCliTest, FigureOnAPaperAndOverPages)
{
    const ExportRun page = exportTo(QStringLiteral("page.pdf"), {QStringLiteral("--paper"), QStringLiteral("page"),
                                                                 QStringLiteral("--compact"), QStringLiteral("--split")});
    ASSERT_EQ(page.exitCode, 0) << page.err.toStdString();
    EXPECT_FALSE(page.err.contains(QStringLiteral("print at"))) << page.err.toStdString();
    EXPECT_TRUE(page.out.contains(QStringLiteral("pages"))) << page.out.toStdString();
    EXPECT_TRUE(readFile(dir.path(QStringLiteral("page.pdf"))).startsWith("%PDF"));
    const ExportRun column = exportTo(QStringLiteral("column.svg"), {QStringLiteral("--paper"), QStringLiteral("column")});
    ASSERT_EQ(column.exitCode, 0) << column.err.toStdString();
    EXPECT_TRUE(column.err.contains(QStringLiteral("print at"))) << column.err.toStdString();
    EXPECT_TRUE(column.err.contains(QStringLiteral("wider"))) << column.err.toStdString();
    EXPECT_EQ(exportTo(QStringLiteral("x.svg"), {QStringLiteral("--paper"), QStringLiteral("a4"), QStringLiteral("--split")})
                  .exitCode,
              2);
    EXPECT_EQ(exportTo(QStringLiteral("x.pdf"), {QStringLiteral("--paper"), QStringLiteral("tabloid")}).exitCode, 2);
    EXPECT_EQ(exportTo(QStringLiteral("x.pdf"), {QStringLiteral("--landscape")}).exitCode, 2);
    EXPECT_FALSE(QFile::exists(dir.path(QStringLiteral("x.svg"))));
}

} // namespace

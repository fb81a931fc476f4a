// groundwork-cli attributes import and cases, end to end: the preview, the
// dry run, the write, and a refused sheet that leaves the project untouched.
#include "tests/support/temp_project.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <gtest/gtest.h>

namespace {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
    [[nodiscard]] QJsonObject json() const
    {
        return QJsonDocument::fromJson(out.toUtf8()).object();
    }
};

class AttributesCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_EQ(cli({QStringLiteral("init"), project()}).exitCode, 0);
        QDir(dir.root()).mkpath(QStringLiteral("data/interviews"));
        for (const char *id : {"P001", "P002", "P01"})
            gw::test::writeFile(
                dir.path(QStringLiteral("data/interviews/%1.txt").arg(QLatin1String(id))),
                QByteArray("Interviewer: Tell me about go-live.\n") + id + ": It was long.\n");
        const CliResult imported = cli({QStringLiteral("import"), QStringLiteral("-p"), project(),
                                        dir.path(QStringLiteral("data"))});
        ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    }

    CliResult cli(QStringList args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("GROUNDWORK_PROJECT"));
        env.insert(QStringLiteral("GROUNDWORK_CODER"), QStringLiteral("ana"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(GW_CLI), args);
        EXPECT_TRUE(p.waitForFinished(60000));
        return CliResult{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                         QString::fromUtf8(p.readAllStandardError())};
    }

    CliResult attributes(const QString &sheet, QStringList extra = {})
    {
        return cli(QStringList{QStringLiteral("attributes"), QStringLiteral("import"),
                               QStringLiteral("-p"), project(),
                               QStringLiteral(GW_TEST_DATA "/attributes/") + sheet} +
                   extra);
    }

    CliResult cases()
    {
        return cli(
            {QStringLiteral("cases"), QStringLiteral("-p"), project(), QStringLiteral("--json")});
    }

    QString project() const { return dir.path(QStringLiteral("study.groundwork")); }

    gw::test::TempDir dir;
};

TEST_F(AttributesCliTest, DryRunPreviewsThenImportWritesCasesLinkedToSources)
{
    const CliResult dry = attributes(QStringLiteral("participants.csv"),
                                     {QStringLiteral("--dry-run"), QStringLiteral("--json")});
    ASSERT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    const QJsonObject preview = dry.json();
    EXPECT_FALSE(preview[u"refused"].toBool());
    EXPECT_FALSE(preview[u"written"].toBool());
    EXPECT_EQ(preview[u"newCases"].toInt(), 178);
    EXPECT_EQ(preview[u"links"].toInt(), 2);
    EXPECT_EQ(preview[u"attributes"].toArray().size(), 7);
    EXPECT_EQ(preview[u"attributes"].toArray()[3][u"type"].toString(), QStringLiteral("date"));
    EXPECT_EQ(cases().json()[u"cases"].toArray().size(), 0);

    const CliResult text =
        attributes(QStringLiteral("participants.csv"), {QStringLiteral("--dry-run")});
    EXPECT_TRUE(text.out.contains(QStringLiteral("178 cases (178 new, 0 to update)")))
        << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("years_in_role"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("Dry run: nothing was written.")));

    const CliResult write = attributes(QStringLiteral("participants.csv"));
    ASSERT_EQ(write.exitCode, 0) << write.err.toStdString();
    EXPECT_TRUE(write.out.contains(QStringLiteral("Wrote 178 cases, 7 attributes and 2 links.")))
        << write.out.toStdString();

    const QJsonObject listed = cases().json();
    const QJsonArray all = listed[u"cases"].toArray();
    ASSERT_EQ(all.size(), 178);
    const QJsonObject first = all[0].toObject();
    EXPECT_EQ(first[u"name"].toString(), QStringLiteral("P001"));
    EXPECT_EQ(first[u"sources"].toArray(), QJsonArray{QStringLiteral("P001")});
    EXPECT_EQ(first[u"attributes"][u"site"].toString(), QStringLiteral("Site_A"));
    EXPECT_EQ(first[u"attributes"][u"years_in_role"].toDouble(), 0.5);
    EXPECT_TRUE(first[u"attributes"][u"recorded"].isBool());

    const CliResult plain = cli({QStringLiteral("cases"), QStringLiteral("-p"), project()});
    EXPECT_TRUE(plain.out.contains(QStringLiteral("P002\tsite=Site_B; role=")))
        << plain.out.left(400).toStdString();
    EXPECT_TRUE(plain.out.contains(QStringLiteral("178 cases, 7 attributes.")));
}

TEST_F(AttributesCliTest, RefusedSheetExitsOneAndLeavesTheProjectByteIdentical)
{
    const QByteArray before = gw::test::readFile(project());
    const CliResult refused = attributes(QStringLiteral("duplicate-ids.csv"));
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(
        refused.err.contains(QStringLiteral("duplicate-ids.csv is refused; nothing was written")))
        << refused.err.toStdString();
    EXPECT_TRUE(
        refused.out.contains(QStringLiteral("The id \"P01\" is used more than once (rows 2, 4)")))
        << refused.out.toStdString();
    EXPECT_EQ(gw::test::readFile(project()), before);

    const CliResult json =
        attributes(QStringLiteral("duplicate-ids.csv"), {QStringLiteral("--json")});
    EXPECT_EQ(json.exitCode, 1);
    EXPECT_TRUE(json.json()[u"refused"].toBool());
    EXPECT_EQ(json.json()[u"problems"].toArray().size(), 2);
    EXPECT_EQ(gw::test::readFile(project()), before);
}

TEST_F(AttributesCliTest, UnknownSourcesAreWarningsAndXlsxIsRead)
{
    const CliResult linked = attributes(QStringLiteral("unknown-sources.csv"),
                                        {QStringLiteral("--source-column"),
                                         QStringLiteral("transcript"), QStringLiteral("--json")});
    ASSERT_EQ(linked.exitCode, 0) << linked.err.toStdString();
    EXPECT_TRUE(linked.json()[u"written"].toBool());
    EXPECT_EQ(linked.json()[u"links"].toInt(), 1); // P01.txt
    const QJsonArray problems = linked.json()[u"problems"].toArray();
    ASSERT_EQ(problems.size(), 2); // interview-p02 and missing.txt are not in this project
    EXPECT_EQ(problems[1][u"severity"].toString(), QStringLiteral("warning"));
    EXPECT_TRUE(problems[1][u"message"].toString().contains(QStringLiteral("missing.txt")));

    const CliResult xlsx = attributes(QStringLiteral("participants.xlsx"),
                                      {QStringLiteral("--id-column"), QStringLiteral("ID")});
    ASSERT_EQ(xlsx.exitCode, 0) << xlsx.err.toStdString();
    EXPECT_TRUE(xlsx.out.contains(QStringLiteral("3 cases (0 new, 3 to update)")))
        << xlsx.out.toStdString();
    const QJsonArray all = cases().json()[u"cases"].toArray();
    ASSERT_EQ(all.size(), 4); // P01..P04 from the CSV, updated by the workbook
    const QJsonObject p01 = all[0].toObject();
    EXPECT_EQ(p01[u"attributes"][u"site"].toString(), QStringLiteral("Site_E"));
    EXPECT_EQ(p01[u"attributes"][u"age"].toDouble(), 42);
    EXPECT_EQ(p01[u"attributes"][u"consented"].toBool(), true);
    EXPECT_EQ(p01[u"attributes"][u"interview_date"].toString(), QStringLiteral("2019-01-01"));
    EXPECT_EQ(p01[u"sources"].toArray(), QJsonArray{QStringLiteral("P01")});
    // B3 is empty in the workbook: an empty cell keeps the value from the CSV.
    EXPECT_EQ(all[1][u"attributes"][u"site"].toString(), QStringLiteral("Site_B"));
    EXPECT_EQ(all[1][u"attributes"][u"age"].toDouble(), 37.5);
}

TEST_F(AttributesCliTest, BadUsageExitsTwoAndDamagedSheetsExitOne)
{
    EXPECT_EQ(cli({QStringLiteral("attributes"), QStringLiteral("import"), QStringLiteral("-p"),
                   project()})
                  .exitCode,
              2);
    const CliResult column = attributes(QStringLiteral("participants.csv"),
                                        {QStringLiteral("--id-column"), QStringLiteral("nope")});
    EXPECT_EQ(column.exitCode, 2);
    EXPECT_TRUE(column.err.contains(QStringLiteral("no column named \"nope\"")));
    const CliResult corrupt = attributes(QStringLiteral("corrupt.xlsx"));
    EXPECT_EQ(corrupt.exitCode, 1);
    EXPECT_TRUE(corrupt.err.contains(QStringLiteral("corrupt.xlsx"))) << corrupt.err.toStdString();
    EXPECT_EQ(cli({QStringLiteral("cases")}).exitCode, 2);
}

} // namespace

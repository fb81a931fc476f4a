// groundwork-cli end to end for the data structure: building the published
// hierarchy verb by verb (dimension add, theme add, code add, place),
// exporting it, importing it whole, merging and splitting codes, and reading
// the audit log with each step's coder and why.
#include "tests/support/temp_project.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <gtest/gtest.h>

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    [[nodiscard]] QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

// The labels of a structure's JSON in order, "D:", "T:" and "C:" for the tiers.
QStringList labels(const QJsonDocument &doc)
{
    QStringList out;
    for (const QJsonValue &d : doc[u"dimensions"].toArray()) {
        out << QStringLiteral("D:") + d[u"name"].toString();
        for (const QJsonValue &t : d[u"themes"].toArray()) {
            out << QStringLiteral("T:") + t[u"name"].toString();
            for (const QJsonValue &c : t[u"codes"].toArray())
                out << QStringLiteral("C:") + (c.isString() ? c.toString() : c[u"name"].toString());
        }
    }
    return out;
}

class StructureCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        published = QJsonDocument::fromJson(gw::test::readFile(QStringLiteral(GW_DEMO_DIR "/data-structure.json")));
        ASSERT_FALSE(published.isNull());
        ASSERT_EQ(cli({QStringLiteral("init"), project()}).exitCode, 0);
    }

    CliRun cli(const QStringList &args, const QString &coder = QStringLiteral("ana"))
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("GROUNDWORK_PROJECT"));
        env.insert(QStringLiteral("GROUNDWORK_CODER"), coder);
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(dir.root());
        p.start(QStringLiteral(GW_CLI), args);
        EXPECT_TRUE(p.waitForFinished(60000));
        return CliRun{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                      QString::fromUtf8(p.readAllStandardError())};
    }

    // Runs a verb on the project (options may follow the verb anywhere) and
    // expects it to succeed.
    CliRun ok(QStringList args)
    {
        args << QStringLiteral("-p") << project();
        CliRun run = cli(args);
        EXPECT_EQ(run.exitCode, 0) << args.join(u' ').toStdString() << "\n" << run.err.toStdString();
        return run;
    }

    QString project() const { return dir.path(QStringLiteral("study.groundwork")); }

    gw::test::TempDir dir;
    QJsonDocument published;
};

TEST_F(StructureCliTest, BuildingThePublishedStructureVerbByVerbExportsItBack)
{
    for (const QJsonValue &d : published[u"dimensions"].toArray()) {
        const QString dimension = d[u"name"].toString();
        ok({QStringLiteral("dimension"), QStringLiteral("add"), dimension});
        for (const QJsonValue &t : d[u"themes"].toArray()) {
            const QString theme = t[u"name"].toString();
            ok({QStringLiteral("theme"), QStringLiteral("add"), theme, QStringLiteral("--dimension"), dimension});
            for (const QJsonValue &c : t[u"codes"].toArray()) {
                ok({QStringLiteral("code"), QStringLiteral("add"), c.toString(), QStringLiteral("--stage"),
                    QStringLiteral("first-order")});
                ok({QStringLiteral("place"), QStringLiteral("--code"), c.toString(), QStringLiteral("--theme"), theme});
            }
        }
    }
    CliRun exported = ok({QStringLiteral("structure"), QStringLiteral("export")});
    const QStringList expected = labels(published);
    ASSERT_EQ(expected.size(), 5 + 14 + 33);
    EXPECT_EQ(labels(exported.json()), expected);

    // The same written to a file, with a count on the terminal.
    CliRun toFile = ok({QStringLiteral("structure"), QStringLiteral("export"), QStringLiteral("-o"),
                        dir.path(QStringLiteral("out.json"))});
    EXPECT_TRUE(toFile.out.contains(QStringLiteral("5 dimensions, 14 themes and 33 codes"))) << toFile.out.toStdString();
    EXPECT_EQ(labels(QJsonDocument::fromJson(gw::test::readFile(dir.path(QStringLiteral("out.json"))))), expected);

    CliRun themes = ok({QStringLiteral("theme"), QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_EQ(themes.json().array().size(), 14);
    EXPECT_EQ(themes.json().array()[0][u"dimension"].toString(), QStringLiteral("Macroenvironmental factors"));
}

TEST_F(StructureCliTest, ImportingTheStructureWholeAndReordering)
{
    CliRun imported = ok({QStringLiteral("structure"), QStringLiteral("import"),
                          QStringLiteral(GW_DEMO_DIR "/data-structure.json"), QStringLiteral("--why"),
                          QStringLiteral("the published Table 1")});
    EXPECT_TRUE(imported.out.contains(QStringLiteral("33 codes created"))) << imported.out.toStdString();
    CliRun exported = ok({QStringLiteral("structure"), QStringLiteral("export")});
    EXPECT_EQ(labels(exported.json()), labels(published));
    EXPECT_EQ(exported.json()[u"abbreviations"].toArray().size(), 5);

    // Moving a code first among its theme's codes changes the export's order.
    ok({QStringLiteral("place"), QStringLiteral("--code"), QStringLiteral("Planning pilot site visits"),
        QStringLiteral("--theme"), QStringLiteral("Technology supplier strategies"), QStringLiteral("--position"),
        QStringLiteral("0")});
    CliRun moved = ok({QStringLiteral("structure"), QStringLiteral("export")});
    const QJsonValue suppliers = moved.json()[u"dimensions"][0][u"themes"][1];
    EXPECT_EQ(suppliers[u"codes"][0].toString(), QStringLiteral("Planning pilot site visits"));

    // Unknown names fail the job (1); bad usage is 2.
    CliRun unknown = cli({QStringLiteral("place"), QStringLiteral("-p"), project(), QStringLiteral("--code"),
                          QStringLiteral("No such code"), QStringLiteral("--theme"), QStringLiteral("Inhibitors")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("No such code")));
    EXPECT_EQ(cli({QStringLiteral("place"), QStringLiteral("-p"), project(), QStringLiteral("--code"),
                   QStringLiteral("x")})
                  .exitCode,
              2);
    CliRun broken = cli({QStringLiteral("structure"), QStringLiteral("import"), QStringLiteral("-p"), project(),
                         QStringLiteral(GW_DEMO_DIR "/demo.json")});
    EXPECT_EQ(broken.exitCode, 1);
    EXPECT_TRUE(broken.err.contains(QStringLiteral("demo.json"))) << broken.err.toStdString();
}

TEST_F(StructureCliTest, MergeAndSplitAreAuditedWithCoderAndWhy)
{
    gw::test::writeFile(dir.path(QStringLiteral("P01.txt")),
                    "P01: We planned site visits. The supplier brought buyers to see us. Then we stopped.\n");
    ok({QStringLiteral("import"), dir.path(QStringLiteral("P01.txt"))});
    for (const char *name : {"Site visits", "Supplier tours", "Hosting"})
        ok({QStringLiteral("code"), QStringLiteral("add"), QString::fromLatin1(name)});
    const auto code = [&](const char *name, int start, int end) {
        CliRun run = ok({QStringLiteral("segment"), QStringLiteral("add"), QStringLiteral("--source"),
                         QStringLiteral("P01"), QStringLiteral("--start"), QString::number(start), QStringLiteral("--end"),
                         QString::number(end), QStringLiteral("--code"), QString::fromLatin1(name),
                         QStringLiteral("--json")});
        return run.json()[u"segment"].toInteger();
    };
    code("Site visits", 5, 28);
    code("Supplier tours", 5, 28);     // the same passage: collapses on merge
    code("Supplier tours", 29, 67);
    const qint64 hosting = code("Hosting", 29, 67);
    code("Hosting", 68, 84);

    CliRun merge = cli({QStringLiteral("code"), QStringLiteral("merge"), QStringLiteral("-p"), project(),
                        QStringLiteral("--into"), QStringLiteral("Site visits"), QStringLiteral("Supplier tours"),
                        QStringLiteral("--why"), QStringLiteral("one idea")},
                       QStringLiteral("ben"));
    ASSERT_EQ(merge.exitCode, 0) << merge.err.toStdString();
    EXPECT_TRUE(merge.out.contains(QStringLiteral("1 segments moved, 1 identical ones collapsed"))) << merge.out.toStdString();

    CliRun split = ok({QStringLiteral("code"), QStringLiteral("split"), QStringLiteral("Hosting"),
                       QStringLiteral("--segments"), QString::number(hosting), QStringLiteral("--into"),
                       QStringLiteral("Hosting buyers"), QStringLiteral("--json")});
    EXPECT_EQ(split.json()[u"moved"].toInt(), 1);
    CliRun segments = ok({QStringLiteral("segments"), QStringLiteral("Hosting buyers"), QStringLiteral("--json")});
    ASSERT_EQ(segments.json()[u"segments"].toArray().size(), 1);
    EXPECT_EQ(segments.json()[u"segments"][0][u"id"].toInteger(), hosting);
    EXPECT_EQ(segments.json()[u"segments"][0][u"text"].toString(), QStringLiteral("The supplier brought buyers to see us."));

    CliRun codes = ok({QStringLiteral("code"), QStringLiteral("list"), QStringLiteral("--json")});
    bool archived = false;
    for (const QJsonValue &c : codes.json().array())
        archived |= c[u"name"].toString() == QStringLiteral("Supplier tours") && c[u"archived"].toBool();
    EXPECT_TRUE(archived);

    CliRun audit = ok({QStringLiteral("audit"), QStringLiteral("--json")});
    const QJsonArray entries = audit.json().array();
    ASSERT_EQ(entries.size(), 2);
    EXPECT_EQ(entries[0][u"action"].toString(), QStringLiteral("code.split"));
    EXPECT_EQ(entries[0][u"coder"].toString(), QStringLiteral("ana"));
    EXPECT_EQ(entries[1][u"action"].toString(), QStringLiteral("code.merge"));
    EXPECT_EQ(entries[1][u"coder"].toString(), QStringLiteral("ben"));
    EXPECT_EQ(entries[1][u"why"].toString(), QStringLiteral("one idea"));
    EXPECT_EQ(entries[1][u"details"][u"into"][u"name"].toString(), QStringLiteral("Site visits"));
    CliRun bens = ok({QStringLiteral("audit"), QStringLiteral("--by"), QStringLiteral("ben")});
    EXPECT_TRUE(bens.out.contains(QStringLiteral("code.merge")));
    EXPECT_FALSE(bens.out.contains(QStringLiteral("code.split")));
    EXPECT_TRUE(bens.out.contains(QStringLiteral("why: one idea")));
}

} // namespace

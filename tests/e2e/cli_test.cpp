// groundwork-cli end to end: the real program on real files in a temporary
// folder, checking output, JSON and exit codes as a script would.
#include "core/model/project.h"
#include "tests/support/temp_project.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <unistd.h>
#include <gtest/gtest.h>

using namespace gw;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    [[nodiscard]] QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

class CliTest : public ::testing::Test
{
protected:
    CliRun cli(const QStringList &args, const QProcessEnvironment &extra = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("GROUNDWORK_PROJECT"));
        env.insert(QStringLiteral("GROUNDWORK_CODER"), QStringLiteral("ana"));
        for (const QString &key : extra.keys())
            env.insert(key, extra.value(key));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(dir.root());
        p.start(QStringLiteral(GW_CLI), args);
        EXPECT_TRUE(p.waitForFinished(60000));
        return CliRun{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                   QString::fromUtf8(p.readAllStandardError())};
    }

    QString project() const { return dir.path(QStringLiteral("study.groundwork")); }

    void initWithTranscripts()
    {
        ASSERT_EQ(cli({QStringLiteral("init"), project()}).exitCode, 0);
        QDir(dir.root()).mkpath(QStringLiteral("data/interviews"));
        test::writeFile(dir.path(QStringLiteral("data/interviews/P03.txt")),
                        "[00:00:05] P03: The poster said \xf0\xa0\xae\xb7 and \xf0\x9f\x99\x82 for go-live.\r\n"
                        "[00:00:09] P03: Then the site visits began.\r\n");
        test::writeFile(dir.path(QStringLiteral("data/blueprint.md")), "# Blueprint\n\nSite visits are planned.\n");
    }

    test::TempDir dir;
};

TEST_F(CliTest, WholeFirstPipelineFromInitToSearch)
{
    initWithTranscripts();
    CliRun imported = cli({QStringLiteral("import"), QStringLiteral("-p"), project(), dir.path(QStringLiteral("data"))});
    EXPECT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(QStringLiteral("Imported 2, skipped 0, failed 0.")));

    CliRun info = cli({QStringLiteral("info"), QStringLiteral("-p"), project(), QStringLiteral("--json")});
    ASSERT_EQ(info.exitCode, 0);
    EXPECT_EQ(info.json()[u"interviews"].toInt(), 1);
    EXPECT_EQ(info.json()[u"documents"].toInt(), 1);

    ASSERT_EQ(cli({QStringLiteral("code"), QStringLiteral("add"), QStringLiteral("-p"), project(),
                   QStringLiteral("Go-live rituals"), QStringLiteral("--stage"), QStringLiteral("first-order"),
                   QStringLiteral("--color"), QStringLiteral("#336699")})
                  .exitCode,
              0);
    CliRun seg = cli({QStringLiteral("segment"), QStringLiteral("add"), QStringLiteral("-p"), project(),
                   QStringLiteral("--source"), QStringLiteral("P03"), QStringLiteral("--start"), QStringLiteral("32"),
                   QStringLiteral("--end"), QStringLiteral("39"), QStringLiteral("--code"),
                   QStringLiteral("Go-live rituals")});
    ASSERT_EQ(seg.exitCode, 0) << seg.err.toStdString();

    CliRun segments = cli({QStringLiteral("segments"), QStringLiteral("-p"), project(), QStringLiteral("Go-live rituals"),
                        QStringLiteral("--json")});
    ASSERT_EQ(segments.exitCode, 0);
    const QJsonArray list = segments.json()[u"segments"].toArray();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list[0][u"text"].toString(), QStringLiteral("𠮷 and 🙂"));
    EXPECT_EQ(list[0][u"coder"].toString(), QStringLiteral("ana"));
    EXPECT_EQ(list[0][u"source"].toString(), QStringLiteral("P03"));

    CliRun plain = cli({QStringLiteral("segments"), QStringLiteral("-p"), project(), QStringLiteral("Go-live rituals")});
    EXPECT_TRUE(plain.out.contains(QStringLiteral("P03 [32, 39) by ana"))) << plain.out.toStdString();

    CliRun codes = cli({QStringLiteral("code"), QStringLiteral("list"), QStringLiteral("-p"), project(), QStringLiteral("--json")});
    ASSERT_EQ(codes.json().array().size(), 1);
    EXPECT_EQ(codes.json().array()[0][u"stage"].toString(), QStringLiteral("first-order"));
    EXPECT_EQ(codes.json().array()[0][u"segments"].toInt(), 1);

    CliRun search = cli({QStringLiteral("search"), QStringLiteral("-p"), project(), QStringLiteral("\"site visits\""),
                      QStringLiteral("--json")});
    ASSERT_EQ(search.exitCode, 0) << search.err.toStdString();
    const QJsonArray hits = search.json()[u"hits"].toArray();
    ASSERT_EQ(hits.size(), 2);
    for (const QJsonValue &h : hits) {
        if (h[u"source"].toString() == QLatin1String("P03")) {
            // after two non-BMP characters, the range is in code points
            EXPECT_EQ(h[u"start"].toInt(), 78);
            EXPECT_EQ(h[u"end"].toInt(), 89);
        }
    }

    // By paragraph, within the interviews only: P03's turn that holds the phrase.
    CliRun turns = cli({QStringLiteral("search"), QStringLiteral("-p"), project(), QStringLiteral("\"site visit*\""),
                        QStringLiteral("--unit"), QStringLiteral("paragraph"), QStringLiteral("--kind"),
                        QStringLiteral("interview"), QStringLiteral("--json")});
    ASSERT_EQ(turns.exitCode, 0) << turns.err.toStdString();
    const QJsonArray paragraphs = turns.json()[u"hits"].toArray();
    ASSERT_EQ(paragraphs.size(), 1);
    EXPECT_EQ(paragraphs[0][u"source"].toString(), QStringLiteral("P03"));
    EXPECT_LE(paragraphs[0][u"start"].toInt(), 78);
    EXPECT_GE(paragraphs[0][u"end"].toInt(), 89);
    EXPECT_EQ(paragraphs[0][u"words"].toInt(), 1);
    // A unit it does not know, and a condition on an attribute the project lacks, are refused.
    CliRun badUnit = cli({QStringLiteral("search"), QStringLiteral("-p"), project(), QStringLiteral("visits"),
                          QStringLiteral("--unit"), QStringLiteral("page")});
    EXPECT_EQ(badUnit.exitCode, 2);
    EXPECT_TRUE(badUnit.err.contains(QStringLiteral("word, sentence or paragraph"))) << badUnit.err.toStdString();
    CliRun badWhere = cli({QStringLiteral("search"), QStringLiteral("-p"), project(), QStringLiteral("visits"),
                           QStringLiteral("--where"), QStringLiteral("role = CCIO")});
    EXPECT_EQ(badWhere.exitCode, 2);
    EXPECT_TRUE(badWhere.err.contains(QStringLiteral("role"))) << badWhere.err.toStdString();
}

TEST_F(CliTest, ProjectFromEnvironmentVariable)
{
    initWithTranscripts();
    QProcessEnvironment env;
    env.insert(QStringLiteral("GROUNDWORK_PROJECT"), project());
    CliRun info = cli({QStringLiteral("info")}, env);
    EXPECT_EQ(info.exitCode, 0) << info.err.toStdString();
    EXPECT_TRUE(info.out.contains(QStringLiteral("sources     0")));
}

TEST_F(CliTest, ImportReportsFailuresAndExitsOne)
{
    initWithTranscripts();
    test::writeFile(dir.path(QStringLiteral("data/broken.txt")), QByteArray("\0\x01\x02binary", 9));
    CliRun run = cli({QStringLiteral("import"), QStringLiteral("-p"), project(), QStringLiteral("--json"),
                   dir.path(QStringLiteral("data"))});
    EXPECT_EQ(run.exitCode, 1);
    const QJsonObject report = run.json().object();
    EXPECT_EQ(report[u"imported"].toInt(), 2);
    EXPECT_EQ(report[u"failed"].toInt(), 1);
    bool named = false;
    for (const QJsonValue &f : report[u"files"].toArray())
        if (f[u"status"].toString() == QLatin1String("failed"))
            named = f[u"reason"].toString().contains(QStringLiteral("broken.txt"));
    EXPECT_TRUE(named);
    // The same folder again: everything already there is skipped, not doubled.
    CliRun again = cli({QStringLiteral("import"), QStringLiteral("-p"), project(), QStringLiteral("--json"),
                     dir.path(QStringLiteral("data"))});
    EXPECT_EQ(again.json()[u"skipped"].toInt(), 2);
    EXPECT_EQ(cli({QStringLiteral("info"), QStringLiteral("-p"), project(), QStringLiteral("--json")}).json()[u"sources"].toInt(), 2);
}

TEST_F(CliTest, BadUsageExitsTwoWithAMessage)
{
    EXPECT_EQ(cli({}).exitCode, 2);
    CliRun unknown = cli({QStringLiteral("frobnicate")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("unknown verb")));
    CliRun noProject = cli({QStringLiteral("info")});
    EXPECT_EQ(noProject.exitCode, 2);
    EXPECT_TRUE(noProject.err.contains(QStringLiteral("-p FILE")));
    initWithTranscripts();
    CliRun badOption = cli({QStringLiteral("info"), QStringLiteral("-p"), project(), QStringLiteral("--bogus")});
    EXPECT_EQ(badOption.exitCode, 2);
    CliRun badKind = cli({QStringLiteral("import"), QStringLiteral("-p"), project(), QStringLiteral("--kind"),
                       QStringLiteral("podcast"), dir.path(QStringLiteral("data"))});
    EXPECT_EQ(badKind.exitCode, 2);
    CliRun badRange = cli({QStringLiteral("segment"), QStringLiteral("add"), QStringLiteral("-p"), project(),
                        QStringLiteral("--source"), QStringLiteral("P03"), QStringLiteral("--start"),
                        QStringLiteral("x"), QStringLiteral("--end"), QStringLiteral("3"), QStringLiteral("--code"),
                        QStringLiteral("c")});
    EXPECT_EQ(badRange.exitCode, 2);
}

TEST_F(CliTest, EveryVerbExplainsItself)
{
    CliRun usage = cli({QStringLiteral("--help")});
    EXPECT_EQ(usage.exitCode, 0);
    for (const char *verb : {"init", "import", "info", "sources", "code add", "code list", "segment add", "segments",
                             "search"}) {
        EXPECT_TRUE(usage.out.contains(QString::fromLatin1(verb))) << verb;
        QStringList args = QString::fromLatin1(verb).split(QLatin1Char(' '));
        args << QStringLiteral("--help");
        CliRun help = cli(args);
        EXPECT_EQ(help.exitCode, 0) << verb;
        EXPECT_TRUE(help.out.contains(QStringLiteral("groundwork-cli ") + QString::fromLatin1(verb))) << verb;
    }
}

// The manual page the build writes is made from the verbs' own help: every
// verb of the list is in it with its options, and nothing in it reads as a
// roff request by accident.
TEST_F(CliTest, TheManualPageHasEveryVerbWithItsHelp)
{
    const QString page = dir.path(QStringLiteral("groundwork-cli.1"));
    ASSERT_EQ(cli({QStringLiteral("--man"), page}).exitCode, 0);
    const QString man = QString::fromUtf8(test::readFile(page));
    EXPECT_TRUE(man.startsWith(QStringLiteral(".TH GROUNDWORK-CLI 1 ")));
    const CliRun usage = cli({QStringLiteral("--help")});
    int verbs = 0;
    for (const QString &line : usage.out.section(QStringLiteral("Verbs:\n"), 1).split(u'\n')) {
        if (!line.startsWith(QStringLiteral("  ")))
            break;
        const QString verb = line.mid(2).section(QStringLiteral("  "), 0, 0).trimmed();
        EXPECT_TRUE(man.contains(QStringLiteral(".SS %1\n.nf\nUsage: groundwork-cli %1 ").arg(verb))) << verb.toStdString();
        ++verbs;
    }
    EXPECT_GT(verbs, 60);
    EXPECT_TRUE(man.contains(QStringLiteral("--dry-run"))) << "the verbs' options are in it";
    EXPECT_EQ(cli({QStringLiteral("--man"), dir.path(QStringLiteral("no/such/folder/x.1"))}).exitCode, 2);
}

TEST_F(CliTest, ProjectsThatCannotBeOpenedExitTwoUntouched)
{
    const QString text = dir.path(QStringLiteral("notes.groundwork"));
    test::writeFile(text, "just notes\n");
    CliRun notProject = cli({QStringLiteral("info"), QStringLiteral("-p"), text});
    EXPECT_EQ(notProject.exitCode, 2);
    EXPECT_TRUE(notProject.err.contains(QStringLiteral("not a Groundwork project")));
    EXPECT_TRUE(notProject.err.contains(text));
    EXPECT_EQ(test::readFile(text), QByteArray("just notes\n"));

    initWithTranscripts();
    auto open = Project::open(project()); // as if the workbench had it open
    ASSERT_TRUE(open);
    CliRun locked = cli({QStringLiteral("code"), QStringLiteral("add"), QStringLiteral("-p"), project(),
                         QStringLiteral("Refused")});
    EXPECT_EQ(locked.exitCode, 2);
    EXPECT_TRUE(locked.err.contains(QStringLiteral("already open in another Groundwork")));
    open->reset();
    EXPECT_EQ(cli({QStringLiteral("info"), QStringLiteral("-p"), project()}).exitCode, 0);

    CliRun exists = cli({QStringLiteral("init"), project()});
    EXPECT_EQ(exists.exitCode, 2);
    EXPECT_TRUE(exists.err.contains(QStringLiteral("already exists")));
}

TEST_F(CliTest, DemoProjectHasEveryBundledSourceAndItsCoding)
{
    CliRun init = cli({QStringLiteral("init"), QStringLiteral("--demo"), project()});
    ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    const QJsonDocument demo =
        QJsonDocument::fromJson(test::readFile(QStringLiteral(GW_DEMO_DIR "/demo.json")));
    CliRun info = cli({QStringLiteral("info"), QStringLiteral("-p"), project(), QStringLiteral("--json")});
    EXPECT_EQ(info.json()[u"sources"].toInt(), demo[u"sources"].toArray().size());
    EXPECT_EQ(info.json()[u"codes"].toInt(), demo[u"codes"].toArray().size());
    // The first coder's segments and the second coder's.
    EXPECT_EQ(info.json()[u"segments"].toInt(),
              demo[u"segments"].toArray().size() + demo[u"second_coder"][u"segments"].toArray().size());
    EXPECT_EQ(info.json()[u"coders"].toInt(), 2);
    EXPECT_EQ(info.json()[u"memos"].toInt(), demo[u"memos"].toArray().size());
    // Every demo segment's text comes back exactly, the non-BMP one included.
    for (const QJsonValue &s : demo[u"segments"].toArray()) {
        CliRun segs = cli({QStringLiteral("segments"), QStringLiteral("-p"), project(), s[u"code"].toString(),
                        QStringLiteral("--json")});
        bool found = false;
        for (const QJsonValue &g : segs.json()[u"segments"].toArray())
            found |= g[u"text"].toString() == s[u"text"].toString();
        EXPECT_TRUE(found) << s[u"text"].toString().toStdString();
    }
}

// Another program holding the project, reached by a hard link or a symlink:
// a writer is refused whatever path it used, a reader works meanwhile.
TEST_F(CliTest, TheLockHoldsForEveryPathToTheProject)
{
    initWithTranscripts();
    const QString hard = dir.path(QStringLiteral("alias.groundwork"));
    const QString soft = dir.path(QStringLiteral("link.groundwork"));
    ASSERT_EQ(::link(QFile::encodeName(project()).constData(), QFile::encodeName(hard).constData()), 0);
    ASSERT_TRUE(QFile::link(project(), soft));
    ASSERT_EQ(cli({QStringLiteral("import"), QStringLiteral("-p"), project(), dir.path(QStringLiteral("data"))}).exitCode, 0);
    {
        auto workbench = Project::open(project()); // this test's process plays the open workbench
        ASSERT_TRUE(workbench) << workbench.error().message;
        for (const QString &path : {project(), hard, soft}) {
            const CliRun add = cli({QStringLiteral("code"), QStringLiteral("add"), QStringLiteral("-p"), path,
                                    QStringLiteral("Refused")});
            EXPECT_EQ(add.exitCode, 2) << path;
            EXPECT_TRUE(add.err.contains(QStringLiteral("already open"))) << add.err;
            const CliRun info = cli({QStringLiteral("info"), QStringLiteral("-p"), path, QStringLiteral("--json")});
            EXPECT_EQ(info.exitCode, 0) << info.err;
            EXPECT_EQ(info.json()[u"interviews"].toInt(), 1);
            const CliRun search = cli({QStringLiteral("search"), QStringLiteral("-p"), path, QStringLiteral("visits")});
            EXPECT_EQ(search.exitCode, 0) << search.err;
        }
        ASSERT_TRUE((*workbench)->addCode(QStringLiteral("Held")));
    }
    const CliRun add = cli({QStringLiteral("code"), QStringLiteral("add"), QStringLiteral("-p"), hard,
                            QStringLiteral("After")});
    EXPECT_EQ(add.exitCode, 0) << add.err;
    const CliRun info = cli({QStringLiteral("info"), QStringLiteral("-p"), project(), QStringLiteral("--json")});
    EXPECT_EQ(info.json()[u"codes"].toInt(), 2) << info.out;
    EXPECT_EQ(cli({QStringLiteral("info"), QStringLiteral("-p"), project()}).exitCode, 0);
}

// The reproducer of the defect: a plain-text transcript with the time on its
// own line above the speaker used to be reported as skipped, with exit 0.
TEST_F(CliTest, TranscriptLayoutsOfTranscriptionServicesImport)
{
    ASSERT_EQ(cli({QStringLiteral("init"), project()}).exitCode, 0);
    const CliRun imported = cli({QStringLiteral("import"), QStringLiteral("-p"), project(),
                                 QStringLiteral(GW_TEST_DATA "/import/layouts")});
    EXPECT_EQ(imported.exitCode, 0) << imported.err;
    EXPECT_TRUE(imported.out.contains(QStringLiteral("Imported 5, skipped 0, failed 0."))) << imported.out;
}

} // namespace

namespace {

// source rename / kind / remove on the demo: --json says what changed, --dry-run
// takes nothing, a removal takes the segments with the source, bad names are
// bad usage.
TEST_F(CliTest, SourcesAreRenamedGivenAKindAndRemoved)
{
    ASSERT_EQ(cli({QStringLiteral("init"), project(), QStringLiteral("--demo")}).exitCode, 0);
    const CliRun listed = cli({QStringLiteral("sources"), QStringLiteral("-p"), project(), QStringLiteral("--json")});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    const QJsonArray sources = listed.json().isArray() ? listed.json().array() : listed.json()[u"sources"].toArray();
    ASSERT_FALSE(sources.isEmpty()) << listed.out.toStdString();
    const QString name = sources.first()[u"name"].toString();
    const auto p = [&](QStringList args) {
        args.insert(2, QStringLiteral("-p"));
        args.insert(3, project());
        return cli(args);
    };
    const CliRun renamed = p({QStringLiteral("source"), QStringLiteral("rename"), name, QStringLiteral("P01 interview"),
                              QStringLiteral("--json")});
    ASSERT_EQ(renamed.exitCode, 0) << renamed.err.toStdString();
    EXPECT_EQ(renamed.json()[u"name"].toString(), QStringLiteral("P01 interview"));
    EXPECT_FALSE(renamed.json()[u"guid"].toString().isEmpty());
    EXPECT_EQ(p({QStringLiteral("source"), QStringLiteral("rename"), QStringLiteral("no such source"), QStringLiteral("x")})
                  .exitCode,
              2);
    const CliRun kind = p({QStringLiteral("source"), QStringLiteral("kind"), QStringLiteral("P01 interview"),
                           QStringLiteral("observation"), QStringLiteral("--json")});
    ASSERT_EQ(kind.exitCode, 0) << kind.err.toStdString();
    EXPECT_EQ(kind.json()[u"kind"].toString(), QStringLiteral("observation"));
    EXPECT_EQ(p({QStringLiteral("source"), QStringLiteral("kind"), QStringLiteral("P01 interview"), QStringLiteral("poem")})
                  .exitCode,
              2);

    const CliRun dry = p({QStringLiteral("source"), QStringLiteral("remove"), QStringLiteral("P01 interview"),
                          QStringLiteral("--dry-run"), QStringLiteral("--json")});
    ASSERT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    const qint64 segments = dry.json()[u"segments"].toInteger();
    EXPECT_GT(segments, 0);
    EXPECT_TRUE(dry.json()[u"removed"].toArray().isEmpty());
    const CliRun info = p({QStringLiteral("info"), QStringLiteral("--json")});
    const qint64 before = info.json()[u"segments"].toInteger();
    const CliRun removed = p({QStringLiteral("source"), QStringLiteral("remove"), QStringLiteral("P01 interview"),
                              QStringLiteral("--json")});
    ASSERT_EQ(removed.exitCode, 0) << removed.err.toStdString();
    EXPECT_EQ(removed.json()[u"removed"].toArray().size(), 1);
    EXPECT_EQ(removed.json()[u"segments"].toInteger(), segments);
    const CliRun after = p({QStringLiteral("info"), QStringLiteral("--json")});
    EXPECT_EQ(after.json()[u"segments"].toInteger(), before - segments) << after.out.toStdString();
    EXPECT_EQ(p({QStringLiteral("source"), QStringLiteral("remove"), QStringLiteral("P01 interview")}).exitCode, 2);
}

// source edit, anonymise and export anonymised on the demo: a correction is
// searchable at once, a dry run changes nothing, the names go from the texts
// and speaker labels, the mapping is written apart (never into the project),
// and the copy to share holds none of the names anywhere in its file.
TEST_F(CliTest, SourcesAreCorrectedAnonymisedAndSharedWithoutTheNames)
{
    ASSERT_EQ(cli({QStringLiteral("init"), project(), QStringLiteral("--demo")}).exitCode, 0);
    const QString p01 = QStringLiteral("interview-p01-ccio-site-a");
    const auto p = [&](QStringList args) {
        args << QStringLiteral("-p") << project();
        return cli(args);
    };
    const auto found = [&](const QString &words) {
        const CliRun s = p({QStringLiteral("search"), words, QStringLiteral("--json")});
        EXPECT_EQ(s.exitCode, 0) << s.err.toStdString();
        const QJsonDocument doc = s.json();
        return doc.isArray() ? doc.array().size() : doc[u"hits"].toArray().size();
    };
    const qsizetype segments = p({QStringLiteral("info"), QStringLiteral("--json")}).json()[u"segments"].toInteger();

    const CliRun dry = p({QStringLiteral("source"), QStringLiteral("edit"), p01, QStringLiteral("--replace"),
                          QStringLiteral("respiratory medicine"), QStringLiteral("--with"), QStringLiteral("thoracic care"),
                          QStringLiteral("--dry-run"), QStringLiteral("--json")});
    ASSERT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    EXPECT_EQ(dry.json()[u"replacements"].toInteger(), 1);
    EXPECT_EQ(found(QStringLiteral("thoracic")), 0) << "a dry run changes nothing";
    const CliRun edited = p({QStringLiteral("source"), QStringLiteral("edit"), p01, QStringLiteral("--replace"),
                             QStringLiteral("respiratory medicine"), QStringLiteral("--with"), QStringLiteral("thoracic care"),
                             QStringLiteral("--json")});
    ASSERT_EQ(edited.exitCode, 0) << edited.err.toStdString();
    EXPECT_FALSE(edited.json()[u"guid"].toString().isEmpty());
    EXPECT_EQ(found(QStringLiteral("thoracic")), 1);
    EXPECT_EQ(found(QStringLiteral("\"respiratory medicine\"")), 0);
    EXPECT_EQ(p({QStringLiteral("info"), QStringLiteral("--json")}).json()[u"segments"].toInteger(), segments);
    // Words that occur more than once need --all; words not there are bad usage.
    EXPECT_EQ(p({QStringLiteral("source"), QStringLiteral("edit"), p01, QStringLiteral("--replace"), QStringLiteral("the"),
                 QStringLiteral("--with"), QStringLiteral("teh")})
                  .exitCode,
              2);
    EXPECT_EQ(p({QStringLiteral("source"), QStringLiteral("edit"), p01, QStringLiteral("--replace"), QStringLiteral("zebra"),
                 QStringLiteral("--with"), QStringLiteral("x")})
                  .exitCode,
              2);

    // A name in a case memo is one of the project's other texts: it goes too.
    const CliRun cases = p({QStringLiteral("cases"), QStringLiteral("--json")});
    ASSERT_EQ(cases.exitCode, 0) << cases.err.toStdString();
    const QString caseName = cases.json()[u"cases"].toArray().first()[u"name"].toString();
    ASSERT_FALSE(caseName.isEmpty()) << cases.out.toStdString();
    ASSERT_EQ(p({QStringLiteral("case"), QStringLiteral("memo"), caseName, QStringLiteral("Access"), QStringLiteral("--body"),
                 QStringLiteral("Met through thoracic care, who set up the visit.")})
                  .exitCode,
              0);
    test::writeFile(dir.path(QStringLiteral("names.csv")), "name,placeholder\nInterviewer,[researcher]\nthoracic care,\n");
    const CliRun preview = p({QStringLiteral("anonymise"), QStringLiteral("--names"), dir.path(QStringLiteral("names.csv")),
                              QStringLiteral("--dry-run"), QStringLiteral("--json")});
    ASSERT_EQ(preview.exitCode, 0) << preview.err.toStdString();
    const qint64 replacements = preview.json()[u"replacements"].toInteger();
    EXPECT_GT(replacements, 20);
    EXPECT_EQ(preview.json()[u"hits"].toArray().size(), replacements);
    EXPECT_GT(preview.json()[u"speaker_labels"].toInteger(), 0);
    EXPECT_EQ(preview.json()[u"other_fields"][u"memos.body"].toInteger(), 1) << preview.out.toStdString();
    EXPECT_GT(found(QStringLiteral("Interviewer")), 0) << "a dry run changes nothing";
    EXPECT_EQ(p({QStringLiteral("anonymise"), QStringLiteral("--names"), dir.path(QStringLiteral("names.csv")),
                 QStringLiteral("--mapping"), project()})
                  .exitCode,
              2)
        << "the mapping is never written over the project";
    const QString mapping = dir.path(QStringLiteral("private/mapping.csv"));
    QDir(dir.root()).mkpath(QStringLiteral("private"));
    const CliRun done = p({QStringLiteral("anonymise"), QStringLiteral("--names"), dir.path(QStringLiteral("names.csv")),
                           QStringLiteral("--mapping"), mapping, QStringLiteral("--json")});
    ASSERT_EQ(done.exitCode, 0) << done.err.toStdString();
    EXPECT_EQ(done.json()[u"replacements"].toInteger(), replacements);
    EXPECT_EQ(found(QStringLiteral("Interviewer")), 0);
    EXPECT_GT(found(QStringLiteral("researcher")), 0);
    EXPECT_GT(found(QStringLiteral("name_1")), 0);
    const QByteArray written = test::readFile(mapping);
    EXPECT_TRUE(written.contains("Interviewer,[researcher]")) << written.toStdString();
    EXPECT_TRUE(written.contains("thoracic care,[name_1],2")) << "once in the text, once in the memo: " << written.toStdString();
    EXPECT_EQ(p({QStringLiteral("info"), QStringLiteral("--json")}).json()[u"segments"].toInteger(), segments);

    const QString share = dir.path(QStringLiteral("share.groundwork"));
    const CliRun copy = p({QStringLiteral("export"), QStringLiteral("anonymised"), share, QStringLiteral("--mapping"), mapping,
                           QStringLiteral("--json")});
    ASSERT_EQ(copy.exitCode, 0) << copy.err.toStdString();
    EXPECT_EQ(copy.json()[u"checked_names"].toInteger(), 2);
    const QByteArray bytes = test::readFile(share);
    EXPECT_FALSE(bytes.contains("Interviewer"));
    EXPECT_FALSE(bytes.contains("thoracic care"));
    EXPECT_TRUE(bytes.contains("Met through [name_1], who set up the visit.")) << "the memo is kept, anonymised";
    EXPECT_EQ(p({QStringLiteral("export"), QStringLiteral("anonymised"), share}).exitCode, 1) << "never over a file";
    const CliRun qdpx = p({QStringLiteral("export"), QStringLiteral("anonymised"), dir.path(QStringLiteral("share.qdpx")),
                           QStringLiteral("--mapping"), mapping});
    EXPECT_EQ(qdpx.exitCode, 0) << qdpx.err.toStdString();
}

// The case sheet from the command line on the demo: cases added, renamed,
// given values (typed: a number that is not one is refused), linked and
// unlinked, given a memo, made from a transcript's speakers, removed; the
// attributes added, renamed and removed; --json says what changed.
TEST_F(CliTest, CasesAndAttributesAreEditedFromTheCommandLine)
{
    ASSERT_EQ(cli({QStringLiteral("init"), project(), QStringLiteral("--demo")}).exitCode, 0);
    const auto p = [&](QStringList args) {
        args << QStringLiteral("-p") << project();
        return cli(args);
    };
    const QString p01 = QStringLiteral("interview-p01-ccio-site-a");
    const CliRun added = p({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("P09"), QStringLiteral("--description"),
                            QStringLiteral("Pharmacist, site D"), QStringLiteral("--json")});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    EXPECT_FALSE(added.json()[u"guid"].toString().isEmpty());
    EXPECT_EQ(p({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("P09")}).exitCode, 2) << "names are unique";
    ASSERT_EQ(p({QStringLiteral("attribute"), QStringLiteral("add"), QStringLiteral("years"), QStringLiteral("--type"),
                 QStringLiteral("number")})
                  .exitCode,
              0);
    const CliRun set = p({QStringLiteral("case"), QStringLiteral("set"), QStringLiteral("P09"), QStringLiteral("role=Pharmacist"),
                          QStringLiteral("years=12"), QStringLiteral("--json")});
    ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();
    EXPECT_EQ(set.json()[u"attributes"][u"years"].toString(), QStringLiteral("12"));
    EXPECT_EQ(p({QStringLiteral("case"), QStringLiteral("set"), QStringLiteral("P09"), QStringLiteral("years=many")}).exitCode, 2);
    const CliRun linked = p({QStringLiteral("case"), QStringLiteral("link"), QStringLiteral("P09"), p01, QStringLiteral("--json")});
    ASSERT_EQ(linked.exitCode, 0) << linked.err.toStdString();
    EXPECT_EQ(linked.json()[u"sources"].toArray().size(), 1);
    const CliRun unlinked = p({QStringLiteral("case"), QStringLiteral("unlink"), QStringLiteral("P09"), p01, QStringLiteral("--json")});
    ASSERT_EQ(unlinked.exitCode, 0) << unlinked.err.toStdString();
    EXPECT_TRUE(unlinked.json()[u"sources"].toArray().isEmpty());
    const CliRun renamed = p({QStringLiteral("case"), QStringLiteral("rename"), QStringLiteral("P09"), QStringLiteral("P10"),
                              QStringLiteral("--json")});
    ASSERT_EQ(renamed.exitCode, 0) << renamed.err.toStdString();
    EXPECT_EQ(renamed.json()[u"guid"].toString(), added.json()[u"guid"].toString());
    const CliRun memo = p({QStringLiteral("case"), QStringLiteral("memo"), QStringLiteral("P10"), QStringLiteral("Recruited late"),
                           QStringLiteral("--body"), QStringLiteral("Via the pharmacy network."), QStringLiteral("--json")});
    ASSERT_EQ(memo.exitCode, 0) << memo.err.toStdString();
    EXPECT_TRUE(p({QStringLiteral("memo"), QStringLiteral("list"), QStringLiteral("pharmacy network")}).out.contains(
        QStringLiteral("Recruited late")));
    ASSERT_EQ(p({QStringLiteral("attribute"), QStringLiteral("rename"), QStringLiteral("years"), QStringLiteral("years in post")})
                  .exitCode,
              0);
    const CliRun cases = p({QStringLiteral("cases"), QStringLiteral("--json")});
    EXPECT_TRUE(cases.out.contains(QStringLiteral("years in post"))) << cases.out.toStdString();
    ASSERT_EQ(p({QStringLiteral("attribute"), QStringLiteral("remove"), QStringLiteral("years in post")}).exitCode, 0);
    EXPECT_FALSE(p({QStringLiteral("cases"), QStringLiteral("--json")}).out.contains(QStringLiteral("years in post")));

    const CliRun speakers = p({QStringLiteral("case"), QStringLiteral("from-speakers"), p01, QStringLiteral("--except"),
                               QStringLiteral("Interviewer"), QStringLiteral("--json")});
    ASSERT_EQ(speakers.exitCode, 0) << speakers.err.toStdString();
    ASSERT_EQ(speakers.json()[u"cases"].toArray().size(), 1);
    EXPECT_EQ(speakers.json()[u"cases"][0][u"name"].toString(), QStringLiteral("P01")) << "the demo's own case, linked";
    const CliRun removed = p({QStringLiteral("case"), QStringLiteral("remove"), QStringLiteral("P10"), QStringLiteral("--json")});
    ASSERT_EQ(removed.exitCode, 0) << removed.err.toStdString();
    EXPECT_EQ(removed.json()[u"removed"].toArray().size(), 1);
    EXPECT_FALSE(p({QStringLiteral("memo"), QStringLiteral("list"), QStringLiteral("pharmacy network")}).out.contains(
        QStringLiteral("Recruited late")))
        << "the case's memo goes with it";
    EXPECT_EQ(p({QStringLiteral("case"), QStringLiteral("remove"), QStringLiteral("P10")}).exitCode, 2);
}

// Sets of sources from the command line: made by adding to them, listed,
// used as a filter by the analyses, emptied and removed.
TEST_F(CliTest, SetsOfSourcesAreMadeListedUsedAndRemoved)
{
    ASSERT_EQ(cli({QStringLiteral("init"), project(), QStringLiteral("--demo")}).exitCode, 0);
    const auto p = [&](QStringList args) {
        args << QStringLiteral("-p") << project();
        return cli(args);
    };
    const QString p01 = QStringLiteral("interview-p01-ccio-site-a"), p02 = QStringLiteral("interview-p02-programme-manager-site-b");
    const CliRun added = p({QStringLiteral("set"), QStringLiteral("add"), QStringLiteral("pilot sites"), p01, p02, QStringLiteral("--json")});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    EXPECT_EQ(added.json()[u"sources"].toArray().size(), 2);
    EXPECT_FALSE(added.json()[u"guid"].toString().isEmpty());
    EXPECT_EQ(p({QStringLiteral("set"), QStringLiteral("add"), QStringLiteral("pilot sites"), QStringLiteral("nowhere")}).exitCode, 2);
    const CliRun listed = p({QStringLiteral("set"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(listed.exitCode, 0);
    ASSERT_EQ(listed.json().array().size(), 1);
    // The analyses keep the set's sources: every passage found is in one of them.
    const CliRun words = p({QStringLiteral("words"), QStringLiteral("--sets"), QStringLiteral("pilot sites"), QStringLiteral("--json")});
    ASSERT_EQ(words.exitCode, 0) << words.err.toStdString();
    const CliRun all = p({QStringLiteral("words"), QStringLiteral("--json")});
    EXPECT_LT(words.json()[u"totalWords"].toInteger(), all.json()[u"totalWords"].toInteger());
    EXPECT_EQ(p({QStringLiteral("words"), QStringLiteral("--sets"), QStringLiteral("pilot sight")}).exitCode, 2);
    const CliRun out = p({QStringLiteral("set"), QStringLiteral("remove"), QStringLiteral("pilot sites"), p02, QStringLiteral("--json")});
    ASSERT_EQ(out.exitCode, 0) << out.err.toStdString();
    EXPECT_EQ(out.json()[u"sources"].toArray().size(), 1);
    const CliRun gone = p({QStringLiteral("set"), QStringLiteral("remove"), QStringLiteral("pilot sites"), QStringLiteral("--json")});
    ASSERT_EQ(gone.exitCode, 0) << gone.err.toStdString();
    EXPECT_TRUE(p({QStringLiteral("set"), QStringLiteral("list"), QStringLiteral("--json")}).json().array().isEmpty());
    EXPECT_EQ(p({QStringLiteral("info"), QStringLiteral("--json")}).json()[u"sources"].toInt(), 5);
}

// The edits only the workbench made before, now verbs: autocoding a speaker,
// adjusting a segment, choosing and dropping an exemplar, flagging a memo as
// disconfirming, removing a theme and a dimension, and listing and resolving
// the disagreements between two coders.
TEST_F(CliTest, WorkbenchOnlyEditsHaveVerbs)
{
    ASSERT_EQ(cli({QStringLiteral("init"), project(), QStringLiteral("--demo")}).exitCode, 0);
    const auto p = [&](QStringList args) {
        args << QStringLiteral("-p") << project();
        return cli(args);
    };
    const QString p01 = QStringLiteral("interview-p01-ccio-site-a");
    ASSERT_EQ(p({QStringLiteral("code"), QStringLiteral("add"), QStringLiteral("Voice of P01")}).exitCode, 0);
    const CliRun autocoded = p({QStringLiteral("autocode"), QStringLiteral("speaker"), QStringLiteral("P01"), QStringLiteral("--code"),
                                QStringLiteral("Voice of P01"), QStringLiteral("--json")});
    ASSERT_EQ(autocoded.exitCode, 0) << autocoded.err.toStdString();
    const qint64 turns = autocoded.json()[u"coded"].toInteger();
    EXPECT_GT(turns, 5);
    const CliRun again = p({QStringLiteral("autocode"), QStringLiteral("speaker"), QStringLiteral("P01"), QStringLiteral("--code"),
                            QStringLiteral("Voice of P01"), QStringLiteral("--json")});
    EXPECT_EQ(again.json()[u"coded"].toInteger(), 0);
    EXPECT_EQ(again.json()[u"already"].toInteger(), turns);
    EXPECT_EQ(p({QStringLiteral("autocode"), QStringLiteral("speaker"), QStringLiteral("Nobody"), QStringLiteral("--code"),
                 QStringLiteral("Voice of P01")})
                  .exitCode,
              2);

    const QString formation = QStringLiteral("Formation of GDE/FF pairings as a prerequisite of GDE funding");
    QJsonObject first; // the first coder's, which the demo chose as an exemplar
    for (const QJsonValue &s : p({QStringLiteral("segments"), formation, QStringLiteral("--json")}).json()[u"segments"].toArray())
        if (first.isEmpty() && s[u"coder"].toString() == u"demo")
            first = s.toObject();
    ASSERT_FALSE(first.isEmpty());
    const QString id = QString::number(first[u"id"].toInteger());
    const CliRun adjusted = p({QStringLiteral("segment"), QStringLiteral("adjust"), id, QStringLiteral("--end"),
                               QString::number(first[u"end"].toInteger() - 5), QStringLiteral("--json")});
    ASSERT_EQ(adjusted.exitCode, 0) << adjusted.err.toStdString();
    EXPECT_EQ(adjusted.json()[u"end"].toInteger(), first[u"end"].toInteger() - 5);
    EXPECT_EQ(p({QStringLiteral("segment"), QStringLiteral("adjust"), id, QStringLiteral("--end"), QStringLiteral("0")}).exitCode, 2);

    // The demo chose this segment as an exemplar of its theme: dropped, then chosen again.
    const CliRun dropped = p({QStringLiteral("theme"), QStringLiteral("exemplar"), QStringLiteral("remove"),
                              QStringLiteral("Policy developments"), id, QStringLiteral("--json")});
    ASSERT_EQ(dropped.exitCode, 0) << dropped.err.toStdString();
    const qsizetype exemplars = dropped.json()[u"exemplars"].toArray().size();
    const CliRun chosen = p({QStringLiteral("theme"), QStringLiteral("exemplar"), QStringLiteral("add"),
                             QStringLiteral("Policy developments"), id, QStringLiteral("--position"), QStringLiteral("1"),
                             QStringLiteral("--json")});
    ASSERT_EQ(chosen.exitCode, 0) << chosen.err.toStdString();
    EXPECT_EQ(chosen.json()[u"exemplars"].toArray().size(), exemplars + 1);
    EXPECT_EQ(chosen.json()[u"exemplars"][0][u"segment"].toInteger(), id.toLongLong());
    EXPECT_EQ(p({QStringLiteral("theme"), QStringLiteral("exemplar"), QStringLiteral("add"), QStringLiteral("Policy developments"), id})
                  .exitCode,
              2) << "already an exemplar";

    const CliRun memo = p({QStringLiteral("memo"), QStringLiteral("add"), QStringLiteral("Against the pattern"), QStringLiteral("--json")});
    ASSERT_EQ(memo.exitCode, 0);
    const QString memoId = QString::number(memo.json()[u"id"].toInteger());
    const CliRun flagged = p({QStringLiteral("memo"), QStringLiteral("disconfirming"), memoId, QStringLiteral("--json")});
    ASSERT_EQ(flagged.exitCode, 0) << flagged.err.toStdString();
    EXPECT_TRUE(flagged.json()[u"disconfirming"].toBool());
    EXPECT_FALSE(p({QStringLiteral("memo"), QStringLiteral("disconfirming"), memoId, QStringLiteral("--off"), QStringLiteral("--json")})
                     .json()[u"disconfirming"]
                     .toBool());

    ASSERT_EQ(p({QStringLiteral("theme"), QStringLiteral("add"), QStringLiteral("Passing theme")}).exitCode, 0);
    const CliRun themeGone = p({QStringLiteral("theme"), QStringLiteral("remove"), QStringLiteral("Passing theme"), QStringLiteral("--json")});
    ASSERT_EQ(themeGone.exitCode, 0) << themeGone.err.toStdString();
    EXPECT_FALSE(themeGone.json()[u"guid"].toString().isEmpty());
    ASSERT_EQ(p({QStringLiteral("dimension"), QStringLiteral("add"), QStringLiteral("Passing dimension")}).exitCode, 0);
    ASSERT_EQ(p({QStringLiteral("dimension"), QStringLiteral("remove"), QStringLiteral("Passing dimension")}).exitCode, 0);
    EXPECT_EQ(p({QStringLiteral("dimension"), QStringLiteral("remove"), QStringLiteral("Passing dimension")}).exitCode, 2);

    // A second coder codes the first words of P01 as a P01 turn; they disagree.
    ASSERT_EQ(cli({QStringLiteral("segment"), QStringLiteral("add"), QStringLiteral("-p"), project(), QStringLiteral("--coder"),
                   QStringLiteral("ben"), QStringLiteral("--source"), p01, QStringLiteral("--start"), QStringLiteral("0"),
                   QStringLiteral("--end"), QStringLiteral("40"), QStringLiteral("--code"), QStringLiteral("Voice of P01")})
                  .exitCode,
              0);
    const auto disagreements = [&] {
        const CliRun listed = p({QStringLiteral("disagreements"), QStringLiteral("list"), QStringLiteral("--coders"),
                                 QStringLiteral("ana,ben"), QStringLiteral("--code"), QStringLiteral("Voice of P01"),
                                 QStringLiteral("--json")});
        EXPECT_EQ(listed.exitCode, 0) << listed.err.toStdString();
        return listed.json()[u"disagreements"].toArray().size();
    };
    const qsizetype before = disagreements();
    ASSERT_GT(before, 0);
    // Agreement within a set of sources.
    ASSERT_EQ(p({QStringLiteral("set"), QStringLiteral("add"), QStringLiteral("first interview"), p01}).exitCode, 0);
    const CliRun agreed = p({QStringLiteral("agreement"), QStringLiteral("--coders"), QStringLiteral("ana,ben"),
                             QStringLiteral("--sets"), QStringLiteral("first interview"), QStringLiteral("--json")});
    EXPECT_EQ(agreed.exitCode, 0) << agreed.err.toStdString();
    EXPECT_EQ(p({QStringLiteral("agreement"), QStringLiteral("--coders"), QStringLiteral("ana,ben"), QStringLiteral("--sets"),
                 QStringLiteral("no such set")})
                  .exitCode,
              2);
    const CliRun resolved = p({QStringLiteral("disagreements"), QStringLiteral("resolve"), QStringLiteral("1"), QStringLiteral("--coders"),
                               QStringLiteral("ana,ben"), QStringLiteral("--code"), QStringLiteral("Voice of P01"),
                               QStringLiteral("--accept"), QStringLiteral("second"), QStringLiteral("--json")});
    ASSERT_EQ(resolved.exitCode, 0) << resolved.err.toStdString();
    EXPECT_EQ(disagreements(), before - 1);
    EXPECT_EQ(p({QStringLiteral("disagreements"), QStringLiteral("resolve"), QStringLiteral("99"), QStringLiteral("--coders"),
                 QStringLiteral("ana,ben"), QStringLiteral("--accept"), QStringLiteral("first")})
                  .exitCode,
              2);
}

// The verbs no other end-to-end test runs: kwic, reopening a comment thread,
// renaming, listing and removing a model level, and the REFI-QDA round trip
// (export qdpx and qdc, import-qdpx into a new project with the same sources).
TEST_F(CliTest, KwicCommentReopenModelLevelsAndTheRefiRoundTrip)
{
    ASSERT_EQ(cli({QStringLiteral("init"), project(), QStringLiteral("--demo")}).exitCode, 0);
    const auto p = [&](QStringList args) {
        args << QStringLiteral("-p") << project();
        return cli(args);
    };
    const CliRun kwic = p({QStringLiteral("kwic"), QStringLiteral("pilot"), QStringLiteral("--json")});
    ASSERT_EQ(kwic.exitCode, 0) << kwic.err.toStdString();
    EXPECT_TRUE(kwic.out.contains(QStringLiteral("pilot"), Qt::CaseInsensitive)) << kwic.out.toStdString();

    const QJsonDocument demo = QJsonDocument::fromJson(test::readFile(QStringLiteral(GW_DEMO_DIR "/demo.json")));
    const QString code = demo[u"codes"].toArray().first()[u"name"].toString();
    const CliRun opened = p({QStringLiteral("comment"), QStringLiteral("add"), QStringLiteral("--code"), code,
                             QStringLiteral("Is this one code or two?"), QStringLiteral("--json")});
    ASSERT_EQ(opened.exitCode, 0) << opened.err.toStdString();
    const QString thread = QString::number(opened.json()[u"id"].toInteger());
    ASSERT_EQ(p({QStringLiteral("comment"), QStringLiteral("resolve"), thread}).exitCode, 0);
    EXPECT_FALSE(p({QStringLiteral("comment"), QStringLiteral("list"), QStringLiteral("--open")}).out.contains(
        QStringLiteral("one code or two")));
    const CliRun reopened = p({QStringLiteral("comment"), QStringLiteral("reopen"), thread, QStringLiteral("--json")});
    ASSERT_EQ(reopened.exitCode, 0) << reopened.err.toStdString();
    EXPECT_TRUE(p({QStringLiteral("comment"), QStringLiteral("list"), QStringLiteral("--open")}).out.contains(
        QStringLiteral("one code or two")));

    ASSERT_EQ(p({QStringLiteral("model"), QStringLiteral("level"), QStringLiteral("add"), QStringLiteral("Regional")}).exitCode, 0);
    ASSERT_EQ(p({QStringLiteral("model"), QStringLiteral("level"), QStringLiteral("rename"), QStringLiteral("Regional"),
                 QStringLiteral("Regional networks")})
                  .exitCode,
              0);
    const CliRun levels = p({QStringLiteral("model"), QStringLiteral("level"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(levels.exitCode, 0) << levels.err.toStdString();
    EXPECT_TRUE(levels.out.contains(QStringLiteral("Regional networks"))) << levels.out.toStdString();
    ASSERT_EQ(p({QStringLiteral("model"), QStringLiteral("level"), QStringLiteral("remove"), QStringLiteral("Regional networks")})
                  .exitCode,
              0);
    EXPECT_FALSE(p({QStringLiteral("model"), QStringLiteral("level"), QStringLiteral("list")}).out.contains(
        QStringLiteral("Regional networks")));

    const QString qdpx = dir.path(QStringLiteral("demo.qdpx"));
    const CliRun exported = p({QStringLiteral("export"), QStringLiteral("qdpx"), QStringLiteral("-o"), qdpx, QStringLiteral("--json")});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_EQ(exported.json()[u"sources"].toInteger(), demo[u"sources"].toArray().size());
    const CliRun codebook = p({QStringLiteral("export"), QStringLiteral("qdc"), QStringLiteral("-o"), dir.path(QStringLiteral("demo.qdc"))});
    ASSERT_EQ(codebook.exitCode, 0) << codebook.err.toStdString();
    EXPECT_TRUE(test::readFile(dir.path(QStringLiteral("demo.qdc"))).contains(code.toUtf8()));
    const QString other = dir.path(QStringLiteral("other.groundwork"));
    ASSERT_EQ(cli({QStringLiteral("init"), other}).exitCode, 0);
    const CliRun imported = cli({QStringLiteral("import-qdpx"), QStringLiteral("-p"), other, qdpx});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const CliRun info = cli({QStringLiteral("info"), QStringLiteral("-p"), other, QStringLiteral("--json")});
    EXPECT_EQ(info.json()[u"sources"].toInt(), demo[u"sources"].toArray().size());
    EXPECT_EQ(info.json()[u"segments"].toInteger(),
              p({QStringLiteral("info"), QStringLiteral("--json")}).json()[u"segments"].toInteger());
}

} // namespace

namespace {

// The edits the workbench makes on codes, themes, dimensions, segments and
// memos, as verbs with --json.
TEST_F(CliTest, TierSegmentAndMemoEditsHaveVerbs)
{
    ASSERT_EQ(cli({QStringLiteral("init"), project(), QStringLiteral("--demo")}).exitCode, 0);
    const auto p = [&](QStringList args) {
        args << QStringLiteral("-p") << project();
        return cli(args);
    };
    const CliRun codes = p({QStringLiteral("code"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(codes.exitCode, 0) << codes.err.toStdString();
    const QJsonArray list = codes.json().isArray() ? codes.json().array() : codes.json()[u"codes"].toArray();
    ASSERT_FALSE(list.isEmpty()) << codes.out.toStdString();
    const QString code = list.first()[u"name"].toString();

    const CliRun stage = p({QStringLiteral("code"), QStringLiteral("stage"), code, QStringLiteral("focused"), QStringLiteral("--json")});
    ASSERT_EQ(stage.exitCode, 0) << stage.err.toStdString();
    EXPECT_EQ(stage.json()[u"stage"].toString(), QStringLiteral("focused"));
    EXPECT_FALSE(stage.json()[u"guid"].toString().isEmpty());
    EXPECT_EQ(p({QStringLiteral("code"), QStringLiteral("stage"), code, QStringLiteral("final")}).exitCode, 2);
    const CliRun define = p({QStringLiteral("code"), QStringLiteral("define"), code, QStringLiteral("When a site copies another."),
                             QStringLiteral("--json")});
    ASSERT_EQ(define.exitCode, 0) << define.err.toStdString();
    EXPECT_EQ(define.json()[u"definition"].toString(), QStringLiteral("When a site copies another."));
    const CliRun colour = p({QStringLiteral("code"), QStringLiteral("colour"), code, QStringLiteral("#336699"), QStringLiteral("--json")});
    ASSERT_EQ(colour.exitCode, 0) << colour.err.toStdString();
    EXPECT_EQ(colour.json()[u"color"].toString(), QStringLiteral("#336699"));
    EXPECT_EQ(p({QStringLiteral("code"), QStringLiteral("colour"), code, QStringLiteral("not-a-colour")}).exitCode, 2);
    const CliRun archived = p({QStringLiteral("code"), QStringLiteral("archive"), code, QStringLiteral("--json")});
    ASSERT_EQ(archived.exitCode, 0) << archived.err.toStdString();
    EXPECT_TRUE(archived.json()[u"archived"].toBool());
    const CliRun restored = p({QStringLiteral("code"), QStringLiteral("archive"), code, QStringLiteral("--restore"), QStringLiteral("--json")});
    ASSERT_EQ(restored.exitCode, 0) << restored.err.toStdString();
    EXPECT_FALSE(restored.json()[u"archived"].toBool());
    EXPECT_EQ(p({QStringLiteral("code"), QStringLiteral("stage"), QStringLiteral("No such code"), QStringLiteral("open")}).exitCode, 2);

    const CliRun themes = p({QStringLiteral("theme"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(themes.exitCode, 0) << themes.err.toStdString();
    const QJsonArray themeList = themes.json().isArray() ? themes.json().array() : themes.json()[u"themes"].toArray();
    ASSERT_FALSE(themeList.isEmpty()) << themes.out.toStdString();
    const QString theme = themeList.first()[u"name"].toString();
    const CliRun renamed = p({QStringLiteral("theme"), QStringLiteral("rename"), theme, QStringLiteral("Policy pressure"),
                              QStringLiteral("--json")});
    ASSERT_EQ(renamed.exitCode, 0) << renamed.err.toStdString();
    EXPECT_EQ(renamed.json()[u"name"].toString(), QStringLiteral("Policy pressure"));
    const CliRun dimension = p({QStringLiteral("dimension"), QStringLiteral("rename"), QStringLiteral("Macroenvironmental factors"),
                                QStringLiteral("Wider environment"), QStringLiteral("--json")});
    ASSERT_EQ(dimension.exitCode, 0) << dimension.err.toStdString();
    EXPECT_EQ(dimension.json()[u"name"].toString(), QStringLiteral("Wider environment"));

    const CliRun segments = p({QStringLiteral("segments"), code, QStringLiteral("--json")});
    ASSERT_EQ(segments.exitCode, 0) << segments.err.toStdString();
    const QJsonArray segmentList =
        segments.json().isArray() ? segments.json().array() : segments.json()[u"segments"].toArray();
    ASSERT_FALSE(segmentList.isEmpty()) << segments.out.toStdString();
    const QString id = QString::number(segmentList.first()[u"id"].toInteger());
    const CliRun removed = p({QStringLiteral("segment"), QStringLiteral("remove"), id, QStringLiteral("--json")});
    ASSERT_EQ(removed.exitCode, 0) << removed.err.toStdString();
    EXPECT_EQ(QString::number(removed.json()[u"removed"].toInteger()), id);
    EXPECT_EQ(p({QStringLiteral("segment"), QStringLiteral("remove"), id}).exitCode, 2); // gone

    const CliRun memo = p({QStringLiteral("memo"), QStringLiteral("add"), QStringLiteral("--on"), QStringLiteral("code:") + code,
                           QStringLiteral("Why it moved"), QStringLiteral("--body"), QStringLiteral("It is *focused* now."),
                           QStringLiteral("--json")});
    ASSERT_EQ(memo.exitCode, 0) << memo.err.toStdString();
    EXPECT_EQ(memo.json()[u"on"].toString(), QStringLiteral("code"));
    EXPECT_EQ(memo.json()[u"coder"].toString(), QStringLiteral("ana"));
    const CliRun memos = p({QStringLiteral("memo"), QStringLiteral("list"), QStringLiteral("focused"), QStringLiteral("--json")});
    ASSERT_EQ(memos.exitCode, 0) << memos.err.toStdString();
    EXPECT_EQ(memos.json().array().size(), 1);
    const QString memoId = QString::number(memo.json()[u"id"].toInteger());
    const CliRun edited = p({QStringLiteral("memo"), QStringLiteral("edit"), memoId, QStringLiteral("--title"),
                             QStringLiteral("Why it moved on"), QStringLiteral("--json")});
    ASSERT_EQ(edited.exitCode, 0) << edited.err.toStdString();
    EXPECT_EQ(edited.json()[u"title"].toString(), QStringLiteral("Why it moved on"));
    EXPECT_EQ(edited.json()[u"body"].toString(), QStringLiteral("It is *focused* now.")); // kept
    const CliRun gone = p({QStringLiteral("memo"), QStringLiteral("remove"), memoId, QStringLiteral("--json")});
    ASSERT_EQ(gone.exitCode, 0) << gone.err.toStdString();
    EXPECT_EQ(p({QStringLiteral("memo"), QStringLiteral("list"), QStringLiteral("focused"), QStringLiteral("--json")}).json().array().size(), 0);
    EXPECT_EQ(p({QStringLiteral("memo"), QStringLiteral("remove"), memoId}).exitCode, 2);
    const CliRun planet = p({QStringLiteral("memo"), QStringLiteral("add"), QStringLiteral("--on"),
                             QStringLiteral("planet:Mars"), QStringLiteral("x")});
    EXPECT_EQ(planet.exitCode, 2);
    EXPECT_TRUE(planet.err.contains(QStringLiteral("--on is project, source:NAME"))) << planet.err.toStdString();
    const CliRun nowhere = p({QStringLiteral("memo"), QStringLiteral("add"), QStringLiteral("--on"),
                              QStringLiteral("theme:Nowhere"), QStringLiteral("x")});
    EXPECT_EQ(nowhere.exitCode, 2);
    EXPECT_TRUE(nowhere.err.contains(QStringLiteral("Nowhere"))) << nowhere.err.toStdString();
}

// The verbs that build the hierarchy say with --json what they made (ids, GUIDs).
TEST_F(CliTest, HierarchyVerbsSayWhatTheyMadeInJson)
{
    ASSERT_EQ(cli({QStringLiteral("init"), project()}).exitCode, 0);
    const auto p = [&](QStringList args) {
        args << QStringLiteral("-p") << project() << QStringLiteral("--json");
        return cli(args);
    };
    const CliRun code = p({QStringLiteral("code"), QStringLiteral("add"), QStringLiteral("Site visits"), QStringLiteral("--stage"),
                           QStringLiteral("first-order")});
    ASSERT_EQ(code.exitCode, 0) << code.err.toStdString();
    EXPECT_EQ(code.json()[u"stage"].toString(), QStringLiteral("first-order"));
    EXPECT_FALSE(code.json()[u"guid"].toString().isEmpty());
    const CliRun renamed = p({QStringLiteral("code"), QStringLiteral("rename"), QStringLiteral("Site visits"),
                              QStringLiteral("Pilot site visits")});
    ASSERT_EQ(renamed.exitCode, 0) << renamed.err.toStdString();
    EXPECT_EQ(renamed.json()[u"guid"].toString(), code.json()[u"guid"].toString());
    const CliRun dimension = p({QStringLiteral("dimension"), QStringLiteral("add"), QStringLiteral("Organisational factors")});
    ASSERT_EQ(dimension.exitCode, 0) << dimension.err.toStdString();
    EXPECT_FALSE(dimension.json()[u"guid"].toString().isEmpty());
    const CliRun theme = p({QStringLiteral("theme"), QStringLiteral("add"), QStringLiteral("Learning from peers"),
                            QStringLiteral("--dimension"), QStringLiteral("Organisational factors")});
    ASSERT_EQ(theme.exitCode, 0) << theme.err.toStdString();
    EXPECT_EQ(theme.json()[u"dimension"].toString(), QStringLiteral("Organisational factors"));
    const CliRun placed = p({QStringLiteral("place"), QStringLiteral("--code"), QStringLiteral("Pilot site visits"),
                             QStringLiteral("--theme"), QStringLiteral("Learning from peers")});
    ASSERT_EQ(placed.exitCode, 0) << placed.err.toStdString();
    EXPECT_EQ(placed.json()[u"theme"][u"guid"].toString(), theme.json()[u"guid"].toString());
    EXPECT_EQ(placed.json()[u"code"][u"name"].toString(), QStringLiteral("Pilot site visits"));
}

// Every verb answers --help, takes --json, and is run by an end-to-end test,
// so that a new verb cannot come without them.
TEST_F(CliTest, EveryVerbHasHelpJsonAndAnEndToEndTest)
{
    const CliRun help = cli({QStringLiteral("--help")});
    ASSERT_EQ(help.exitCode, 0);
    QStringList verbs;
    bool inList = false;
    for (const QString &line : help.out.split(u'\n')) {
        if (line.startsWith(QStringLiteral("Verbs:"))) {
            inList = true;
            continue;
        }
        if (inList && line.startsWith(QStringLiteral("  ")))
            verbs.append(line.mid(2).section(QStringLiteral("  "), 0, 0).trimmed());
        else if (inList && !line.trimmed().isEmpty())
            break;
    }
    ASSERT_GT(verbs.size(), 60);
    QStringList missing;
    for (const QString &verb : verbs) {
        QStringList args = verb.split(u' ');
        args.append(QStringLiteral("--help"));
        const CliRun run = cli(args);
        EXPECT_EQ(run.exitCode, 0) << verb.toStdString();
        EXPECT_TRUE(run.out.contains(verb)) << verb.toStdString() << ": its help does not name it";
        if (!run.out.contains(QStringLiteral("--json")))
            missing.append(verb);
    }
    EXPECT_EQ(missing, QStringList()) << "verbs without --json";

    // And every verb is run by an end-to-end test: its words appear as the
    // arguments of a run in tests/e2e (or the REFI-QDA checks' script), or,
    // for the server verbs, after "$cli" in the server checks (tests/server),
    // which need the private server those start.
    QString sources, scripts;
    for (const QString &file : QDir(QStringLiteral(GW_E2E_DIR)).entryList({QStringLiteral("*.cpp"), QStringLiteral("*.cmake")}))
        sources += QString::fromUtf8(test::readFile(QStringLiteral(GW_E2E_DIR "/") + file));
    for (const QString &file : QDir(QStringLiteral(GW_SERVER_TESTS_DIR)).entryList({QStringLiteral("*_check.sh")}))
        scripts += QString::fromUtf8(test::readFile(QStringLiteral(GW_SERVER_TESTS_DIR "/") + file));
    ASSERT_FALSE(scripts.isEmpty());
    QStringList untested;
    for (const QString &verb : verbs) {
        QStringList words, shellWords;
        for (const QString &w : verb.split(u' ')) {
            words << QStringLiteral("QStringLiteral\\(\"%1\"\\)").arg(QRegularExpression::escape(w));
            shellWords << QRegularExpression::escape(w);
        }
        if (!sources.contains(QRegularExpression(words.join(QStringLiteral(",\\s*")))) &&
            !scripts.contains(QRegularExpression(QStringLiteral("\"\\$cli\" ") + shellWords.join(u' ') + QStringLiteral("\\b"))))
            untested.append(verb);
    }
    EXPECT_EQ(untested, QStringList()) << "verbs no end-to-end test runs";
}

} // namespace

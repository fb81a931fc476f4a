// Crash consistency: groundwork-cli killed with SIGKILL at random moments of an
// import, of coding and of a merge. After every kill the project opens (its
// integrity checked on opening), no edit the program had reported done is
// lost, nothing is half-written (a source is whole or absent, a merge all or
// nothing), and the interrupted job can be run again to the end. Each part is
// held to a time budget, so the whole test takes about a minute.
#include "core/model/project.h"
#include "core/text/positions.h"
#include "tests/support/temp_project.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QThread>
#include <gtest/gtest.h>
#include <random>

using namespace gw;

namespace {

constexpr qint64 kBudgetMs = 18000; // per part
constexpr int kFiles = 160;

class CrashTest : public ::testing::Test
{
protected:
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("GROUNDWORK_PROJECT"));
        env.insert(QStringLiteral("GROUNDWORK_CODER"), QStringLiteral("ana"));
        return env;
    }

    int run(const QStringList &args)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(GW_CLI), args);
        EXPECT_TRUE(p.waitForFinished(60000));
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    // Starts ARGS, kills it (SIGKILL) after DELAYMS unless it ended first;
    // true when it was killed.
    bool killAfter(const QStringList &args, int delayMs)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(GW_CLI), args);
        if (!p.waitForStarted(10000))
            return false;
        if (p.waitForFinished(delayMs))
            return false;
        p.kill();
        p.waitForFinished(10000);
        return true;
    }

    QString path(const QString &name) const { return dir.path(name); }

    std::mt19937 rng{20261206};
    int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); }

    test::TempDir dir;
};

QString fileText(int i)
{
    QString text;
    for (int turn = 0; turn < 40; ++turn)
        text += QStringLiteral("[00:%1:%2] %3: File %4, turn %5: the board asked for the blueprint again 🙂.\n")
                    .arg(turn / 60, 2, 10, QLatin1Char('0'))
                    .arg(turn % 60, 2, 10, QLatin1Char('0'))
                    .arg(turn % 2 ? QStringLiteral("P%1").arg(i) : QStringLiteral("Interviewer"))
                    .arg(i)
                    .arg(turn);
    return text;
}

TEST_F(CrashTest, AnImportKilledAnywhereLeavesWholeSourcesAndFinishesOnTheNextRun)
{
    QDir(dir.root()).mkpath(QStringLiteral("corpus/interviews"));
    for (int i = 0; i < kFiles; ++i)
        test::writeFile(path(QStringLiteral("corpus/interviews/P%1.txt").arg(i, 3, 10, QLatin1Char('0'))),
                        fileText(i).toUtf8());
    QElapsedTimer budget;
    budget.start();
    int kills = 0, round = 0;
    while (budget.elapsed() < kBudgetMs) {
        const QString project = path(QStringLiteral("import-%1.groundwork").arg(round++));
        ASSERT_EQ(run({QStringLiteral("init"), project}), 0);
        kills += killAfter({QStringLiteral("import"), QStringLiteral("-p"), project, path(QStringLiteral("corpus"))},
                           below(900))
                     ? 1
                     : 0;
        {
            auto opened = Project::open(project);
            ASSERT_TRUE(opened) << opened.error().message;
            auto sources = (*opened)->sources();
            ASSERT_TRUE(sources);
            for (const SourceInfo &s : *sources) { // each one whole: text and turns
                const int i = s.name.mid(1).toInt();
                ASSERT_EQ((*opened)->sourceText(s.id).value(), text::normalise(fileText(i))) << s.name;
                EXPECT_EQ((*opened)->turns(s.id)->size(), 40u) << s.name;
            }
        }
        ASSERT_EQ(run({QStringLiteral("import"), QStringLiteral("-p"), project, path(QStringLiteral("corpus"))}), 0);
        auto opened = Project::open(project);
        ASSERT_TRUE(opened) << opened.error().message;
        EXPECT_EQ((*opened)->counts()->sources(), kFiles);
        opened->reset();
        QFile::remove(project);
    }
    EXPECT_GT(kills, 0) << "no import was killed while it ran";
}

TEST_F(CrashTest, CodingKilledAnywhereKeepsEveryEditReportedDone)
{
    const QString project = path(QStringLiteral("coding.groundwork"));
    ASSERT_EQ(run({QStringLiteral("init"), project}), 0);
    test::writeFile(path(QStringLiteral("P001.txt")), fileText(1).toUtf8());
    ASSERT_EQ(run({QStringLiteral("import"), QStringLiteral("-p"), project, path(QStringLiteral("P001.txt"))}), 0);
    ASSERT_EQ(run({QStringLiteral("code"), QStringLiteral("add"), QStringLiteral("-p"), project, QStringLiteral("Asked")}), 0);
    std::vector<std::pair<int, int>> done;
    QElapsedTimer budget;
    budget.start();
    int kills = 0;
    for (int n = 0; budget.elapsed() < kBudgetMs; ++n) {
        const int start = n % 2000, end = start + 5 + n / 2000;
        const QStringList args{QStringLiteral("segment"), QStringLiteral("add"), QStringLiteral("-p"), project,
                               QStringLiteral("--source"), QStringLiteral("P001"), QStringLiteral("--code"),
                               QStringLiteral("Asked"), QStringLiteral("--start"), QString::number(start),
                               QStringLiteral("--end"), QString::number(end)};
        if (n % 3 != 2) {
            ASSERT_EQ(run(args), 0);
            done.emplace_back(start, end);
            continue;
        }
        kills += killAfter(args, below(120)) ? 1 : 0;
        auto opened = Project::open(project);
        ASSERT_TRUE(opened) << opened.error().message;
        auto segments = (*opened)->segmentsOfSource((*opened)->sourceByName(QStringLiteral("P001"))->id, false);
        ASSERT_TRUE(segments);
        for (const auto &[s, e] : done)
            ASSERT_TRUE(std::ranges::any_of(*segments, [&](const SegmentInfo &g) { return g.start == s && g.end == e; }))
                << "the segment " << s << "-" << e << " was reported done and is gone";
        ASSERT_LE(segments->size(), done.size() + 1);
        done.clear(); // what is there now is the base for the next round
        for (const SegmentInfo &g : *segments)
            done.emplace_back(int(g.start), int(g.end));
    }
    EXPECT_GT(kills, 0) << "no coding was killed while it ran";
}

TEST_F(CrashTest, AMergeKilledAnywhereIsAllOrNothing)
{
    const QString study = path(QStringLiteral("study.groundwork"));
    ASSERT_EQ(run({QStringLiteral("init"), study}), 0);
    QDir(dir.root()).mkpath(QStringLiteral("corpus"));
    for (int i = 0; i < 20; ++i)
        test::writeFile(path(QStringLiteral("corpus/P%1.txt").arg(i, 3, 10, QLatin1Char('0'))), fileText(i).toUtf8());
    ASSERT_EQ(run({QStringLiteral("import"), QStringLiteral("-p"), study, path(QStringLiteral("corpus"))}), 0);
    ASSERT_EQ(run({QStringLiteral("code"), QStringLiteral("add"), QStringLiteral("-p"), study, QStringLiteral("Asked")}), 0);
    const QString copy = path(QStringLiteral("ben.groundwork"));
    ASSERT_EQ(run({QStringLiteral("copy-out"), QStringLiteral("-p"), study, copy, QStringLiteral("--coder"),
                   QStringLiteral("ben")}),
              0);
    std::int64_t before = 0;
    {
        auto ben = Project::open(copy);
        ASSERT_TRUE(ben) << ben.error().message;
        ASSERT_TRUE((*ben)->setCoder(QStringLiteral("ben")));
        std::vector<SegmentInfo> ranges;
        const auto sources = (*ben)->sources();
        ASSERT_TRUE(sources);
        for (const SourceInfo &s : *sources)
            for (int k = 0; k < 150; ++k) {
                SegmentInfo r;
                r.sourceId = s.id;
                r.start = k * 20;
                r.end = k * 20 + 15;
                ranges.push_back(r);
            }
        ASSERT_TRUE((*ben)->applyCodes((*ben)->codeByName(QStringLiteral("Asked"))->id, ranges));
        auto ours = Project::open(study);
        ASSERT_TRUE(ours);
        before = (*ours)->counts()->segments;
    }
    const std::int64_t after = before + 20 * 150;
    QElapsedTimer budget;
    budget.start();
    int kills = 0;
    for (int round = 0; budget.elapsed() < kBudgetMs; ++round) {
        const QString target = path(QStringLiteral("merge-%1.groundwork").arg(round));
        ASSERT_TRUE(QFile::copy(study, target));
        kills += killAfter({QStringLiteral("merge"), QStringLiteral("-p"), target, copy}, below(700)) ? 1 : 0;
        auto opened = Project::open(target);
        ASSERT_TRUE(opened) << opened.error().message;
        const std::int64_t now = (*opened)->counts()->segments;
        ASSERT_TRUE(now == before || now == after) << "a merge left " << now << " segments, not " << before
                                                   << " or " << after;
        opened->reset();
        if (now == before) {
            ASSERT_EQ(run({QStringLiteral("merge"), QStringLiteral("-p"), target, copy}), 0);
        }
        auto again = Project::open(target);
        ASSERT_TRUE(again);
        EXPECT_EQ((*again)->counts()->segments, after);
        again->reset();
        QFile::remove(target);
    }
    EXPECT_GT(kills, 0) << "no merge was killed while it ran";
}

} // namespace

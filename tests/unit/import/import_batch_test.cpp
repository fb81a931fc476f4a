// Import in batches: one transaction per batch, a savepoint per file, and a
// worker connection for jobs off the window's thread.
#include "core/import/import_job.h"
#include "core/model/project.h"
#include "core/store/database.h"
#include "tests/support/temp_project.h"

#include <QDir>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace gw;
using S = ImportOutcome::Status;

namespace {

TEST(Transaction, NestedOneIsASavepointUndoneAlone)
{
    test::TempDir dir;
    auto db = Database::open(dir.path(QStringLiteral("t.db")), Database::Mode::ReadWriteCreate);
    ASSERT_TRUE(db);
    ASSERT_TRUE(db->exec(QStringLiteral("CREATE TABLE t(x)")));
    Transaction outer(*db);
    ASSERT_TRUE(db->exec(QStringLiteral("INSERT INTO t VALUES (1)")));
    {
        Transaction inner(*db);
        ASSERT_TRUE(inner.begun());
        ASSERT_TRUE(db->exec(QStringLiteral("INSERT INTO t VALUES (2)")));
    } // not committed: only (2) goes
    {
        Transaction inner(*db);
        ASSERT_TRUE(db->exec(QStringLiteral("INSERT INTO t VALUES (3)")));
        ASSERT_TRUE(inner.commit());
    }
    ASSERT_TRUE(outer.commit());
    EXPECT_EQ(db->scalar(QStringLiteral("SELECT sum(x) FROM t")).value(), 4);
    EXPECT_EQ(db->scalar(QStringLiteral("SELECT count(*) FROM t")).value(), 2);
}

TEST(ImportBatches, ManyFilesCommitInBatchesAndBadOnesLeaveNothing)
{
    test::TempDir dir;
    auto project = std::move(Project::create(dir.path(QStringLiteral("p.groundwork"))).value());
    QDir(dir.root()).mkpath(QStringLiteral("in"));
    const int total = kImportBatchFiles * 2 + 5;
    for (int i = 0; i < total; ++i) {
        const QString name = dir.path(QStringLiteral("in/f%1.txt").arg(i, 3, 10, QLatin1Char('0')));
        test::writeFile(name, i == 40 ? QByteArray("bad\0binary", 10) : QStringLiteral("Text %1 🙂\n").arg(i).toUtf8());
    }
    QList<int> batchSizes;
    ImportOptions options;
    options.committed = [&batchSizes](const QList<Id> &ids) { batchSizes << int(ids.size()); };
    const ImportReport report = importFiles(*project, {dir.path(QStringLiteral("in"))}, options);
    EXPECT_EQ(report.count(S::Imported), total - 1);
    EXPECT_EQ(report.count(S::Failed), 1);
    EXPECT_EQ(batchSizes, (QList<int>{kImportBatchFiles, kImportBatchFiles - 1, 5}));
    EXPECT_EQ(project->counts()->sources(), total - 1);
    EXPECT_FALSE(project->database().inTransaction());
    // the full-text index holds exactly the imported sources
    EXPECT_EQ(project->database().scalar(QStringLiteral("SELECT count(*) FROM source_fts WHERE source_fts MATCH 'text'")).value(),
              total - 1);
}

TEST(ImportBatches, WorkerConnectionImportsAndTheWindowsConnectionIsTold)
{
    test::TempDir dir;
    auto project = std::move(Project::create(dir.path(QStringLiteral("p.groundwork"))).value());
    ASSERT_TRUE(project->setCoder(QStringLiteral("ana")));
    test::writeFile(dir.path(QStringLiteral("a.txt")), "Alpha.\n");
    test::writeFile(dir.path(QStringLiteral("b.txt")), "Beta.\n");
    auto worker = project->openWorkerConnection();
    ASSERT_TRUE(worker) << worker.error().message;
    EXPECT_EQ((*worker)->coder(), QStringLiteral("ana"));
    QSignalSpy added(project.get(), &Project::sourceAdded);
    ImportOptions options;
    options.committed = [&project](const QList<Id> &ids) { project->announceSourcesAdded(ids); };
    const ImportReport report =
        importFiles(**worker, {dir.path(QStringLiteral("a.txt")), dir.path(QStringLiteral("b.txt"))}, options);
    EXPECT_EQ(report.count(S::Imported), 2);
    EXPECT_EQ(added.count(), 2);
    EXPECT_EQ(project->counts()->sources(), 2); // visible on the window's connection
}

TEST(ImportBatches, UnreadableFileIsReportedAndTheRestGoesOn)
{
    test::TempDir dir;
    auto project = std::move(Project::create(dir.path(QStringLiteral("p.groundwork"))).value());
    test::writeFile(dir.path(QStringLiteral("good.txt")), "Readable.\n");
    // Reading /proc/self/mem from offset 0 fails with an I/O error, even as root
    // (where permission bits would not stop the read).
    const QString unreadable = dir.path(QStringLiteral("unreadable.txt"));
    ASSERT_TRUE(QFile::link(QStringLiteral("/proc/self/mem"), unreadable));
    const ImportReport report =
        importFiles(*project, {unreadable, dir.path(QStringLiteral("good.txt"))}, {});
    ASSERT_EQ(report.outcomes.size(), 2u);
    EXPECT_EQ(report.outcomes[0].status, S::Failed);
    EXPECT_TRUE(report.outcomes[0].reason.startsWith(QStringLiteral("cannot read ") + unreadable))
        << report.outcomes[0].reason.toStdString();
    EXPECT_EQ(report.outcomes[1].status, S::Imported);
}

} // namespace

namespace {

// A turn without a speaker (a timestamp line alone, a subtitle cue without a
// voice) is stored with an empty speaker; these files used to fail on the
// NOT NULL constraint and be reported as "skipped".
TEST(ImportOutcomes, TurnsWithoutASpeakerImport)
{
    test::TempDir dir;
    auto project = std::move(Project::create(dir.path(QStringLiteral("p.groundwork"))).value());
    const QString layouts = QStringLiteral(GW_TEST_DATA "/import/layouts/");
    const ImportReport report =
        importFiles(*project, {layouts + QStringLiteral("stamp-above-speaker.txt"),
                               layouts + QStringLiteral("unvoiced-cue.vtt")}, {});
    ASSERT_EQ(report.outcomes.size(), 2u);
    for (const auto &o : report.outcomes)
        EXPECT_EQ(o.status, S::Imported) << o.path << ": " << o.reason;
    EXPECT_EQ(project->database().scalar(QStringLiteral("SELECT count(*) FROM turns WHERE speaker = ''")).value(), 1);
    EXPECT_EQ(project->database().scalar(QStringLiteral("SELECT count(*) FROM turns")).value(), 4 + 3);
}

// A database error is a failure with its reason, never a skip; the source it
// was adding is not left half-written.
TEST(ImportOutcomes, ADatabaseErrorIsAFailureNotASkip)
{
    test::TempDir dir;
    auto project = std::move(Project::create(dir.path(QStringLiteral("p.groundwork"))).value());
    ASSERT_TRUE(project->database().exec(QStringLiteral(
        "CREATE TEMP TRIGGER refuse BEFORE INSERT ON turns BEGIN SELECT RAISE(ABORT, 'refused by test'); END")));
    const QString layouts = QStringLiteral(GW_TEST_DATA "/import/layouts/");
    const ImportReport report = importFiles(*project, {layouts + QStringLiteral("rev.txt")}, {});
    ASSERT_EQ(report.outcomes.size(), 1u);
    EXPECT_EQ(report.outcomes[0].status, S::Failed);
    EXPECT_TRUE(report.outcomes[0].reason.contains(QStringLiteral("refused by test"))) << report.outcomes[0].reason;
    EXPECT_EQ(report.count(S::Skipped), 0);
    EXPECT_EQ(project->counts()->sources(), 0);
}

// The same text twice is the one thing reported as skipped.
TEST(ImportOutcomes, TheSameTextTwiceIsSkipped)
{
    test::TempDir dir;
    auto project = std::move(Project::create(dir.path(QStringLiteral("p.groundwork"))).value());
    const QString file = QStringLiteral(GW_TEST_DATA "/import/layouts/otter.txt");
    EXPECT_EQ(importFiles(*project, {file}, {}).count(S::Imported), 1);
    const ImportReport again = importFiles(*project, {file}, {});
    EXPECT_EQ(again.count(S::Skipped), 1);
    EXPECT_EQ(again.count(S::Failed), 0);
}

} // namespace

namespace {

// A file of a format Groundwork does not import is a failure when the user
// chose it, and passed over (skipped, with the reason) when it only lies in a
// chosen folder beside the transcripts.
TEST(ImportOutcomes, AnUnsupportedFileChosenFailsAndOneInAFolderIsPassedOver)
{
    test::TempDir dir;
    auto project = std::move(Project::create(dir.path(QStringLiteral("p.groundwork"))).value());
    ASSERT_TRUE(QDir().mkpath(dir.path(QStringLiteral("in"))));
    test::writeFile(dir.path(QStringLiteral("in/P01.txt")), "P01: We planned it.\n");
    test::writeFile(dir.path(QStringLiteral("in/P01.mp3")), "ID3 not really audio");
    test::writeFile(dir.path(QStringLiteral("notes.pages")), "not a format we read");
    const ImportReport report =
        importFiles(*project, {dir.path(QStringLiteral("in")), dir.path(QStringLiteral("notes.pages"))}, {});
    ASSERT_EQ(report.outcomes.size(), 3u);
    for (const auto &o : report.outcomes) {
        if (o.path.endsWith(QStringLiteral(".txt")))
            EXPECT_EQ(o.status, S::Imported) << o.reason;
        else
            EXPECT_TRUE(o.reason.contains(QStringLiteral("is not one Groundwork imports"))) << o.reason;
        if (o.path.endsWith(QStringLiteral(".mp3"))) {
            EXPECT_EQ(o.status, S::Skipped);
        }
        if (o.path.endsWith(QStringLiteral(".pages"))) {
            EXPECT_EQ(o.status, S::Failed);
        }
    }
}

} // namespace

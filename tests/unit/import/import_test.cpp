// Importing files and folders: each file whole or not at all, bad files
// reported by name and reason, the rest going on.
#include "core/import/import_job.h"
#include "core/import/importer.h"
#include "core/model/project.h"
#include "tests/support/temp_project.h"

#include <QDir>
#include <QStringEncoder>
#include <gtest/gtest.h>

using namespace gw;
using S = ImportOutcome::Status;

namespace {

class ImportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        project = std::move(Project::create(dir.path(QStringLiteral("p.groundwork"))).value());
        QDir(dir.root()).mkpath(QStringLiteral("in/interviews"));
        QDir(dir.root()).mkpath(QStringLiteral("in/observations"));
    }

    QString in(const QString &name) const { return dir.path(QStringLiteral("in/") + name); }

    const ImportOutcome &outcomeFor(const ImportReport &report, const QString &path)
    {
        for (const auto &o : report.outcomes)
            if (o.path == path)
                return o;
        static ImportOutcome none;
        ADD_FAILURE() << "no outcome for " << path.toStdString();
        return none;
    }

    test::TempDir dir;
    std::unique_ptr<Project> project;
};

TEST_F(ImportTest, FolderTreeImportsWithKindsFromFolderNames)
{
    test::writeFile(in(QStringLiteral("interviews/P01.txt")), "[00:00:01] P01: We pair with site B.\n");
    test::writeFile(in(QStringLiteral("observations/meeting.md")), "# Observation\n\nUser group met.\n");
    test::writeFile(in(QStringLiteral("blueprint.txt")), "Blueprint text.\n");
    test::writeFile(in(QStringLiteral(".hidden.txt")), "not imported\n");
    const ImportReport report = importFiles(*project, {in(QString())}, {});
    ASSERT_EQ(report.outcomes.size(), 3u);
    EXPECT_EQ(report.count(S::Imported), 3);
    EXPECT_EQ(project->sourceByName(QStringLiteral("P01"))->kind, SourceKind::Interview);
    EXPECT_EQ(project->sourceByName(QStringLiteral("meeting"))->kind, SourceKind::Observation);
    EXPECT_EQ(project->sourceByName(QStringLiteral("meeting"))->originalFormat, QStringLiteral("markdown"));
    EXPECT_EQ(project->sourceByName(QStringLiteral("blueprint"))->kind, SourceKind::Document);
}

TEST_F(ImportTest, ExplicitKindWinsOverFolders)
{
    test::writeFile(in(QStringLiteral("interviews/P01.txt")), "Some text.\n");
    ImportOptions options;
    options.kind = SourceKind::Document;
    EXPECT_EQ(importFiles(*project, {in(QStringLiteral("interviews"))}, options).count(S::Imported), 1);
    EXPECT_EQ(project->sourceByName(QStringLiteral("P01"))->kind, SourceKind::Document);
}

TEST_F(ImportTest, SameContentTwiceIsSkippedAndReported)
{
    test::writeFile(in(QStringLiteral("a.txt")), "Same words.\r\n");
    test::writeFile(in(QStringLiteral("b.txt")), "Same words.\n"); // equal after normalisation
    const ImportReport report = importFiles(*project, {in(QStringLiteral("a.txt")), in(QStringLiteral("b.txt"))}, {});
    EXPECT_EQ(report.count(S::Imported), 1);
    const ImportOutcome &b = outcomeFor(report, in(QStringLiteral("b.txt")));
    EXPECT_EQ(b.status, S::Skipped);
    EXPECT_TRUE(b.reason.contains(QStringLiteral("\"a\""))) << b.reason.toStdString();
    EXPECT_EQ(project->counts()->sources(), 1);
}

TEST_F(ImportTest, SameFileNameInTwoFoldersGetsADistinctSourceName)
{
    test::writeFile(in(QStringLiteral("interviews/notes.txt")), "First.\n");
    test::writeFile(in(QStringLiteral("observations/notes.txt")), "Second.\n");
    EXPECT_EQ(importFiles(*project, {in(QString())}, {}).count(S::Imported), 2);
    EXPECT_TRUE(project->sourceByName(QStringLiteral("notes")));
    EXPECT_TRUE(project->sourceByName(QStringLiteral("notes (2)")));
}

TEST_F(ImportTest, BadFilesAreReportedByNameAndTheRestGoesOn)
{
    test::writeFile(in(QStringLiteral("good.txt")), "Good text.\n");
    test::writeFile(in(QStringLiteral("binary.txt")), QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0\0", 12));
    test::writeFile(in(QStringLiteral("mixed.txt")), "Caf\xc3\xa9 in UTF-8, caf\xe9 in Latin-1\n");
    test::writeFile(in(QStringLiteral("empty.txt")), "   \n\n");
    test::writeFile(in(QStringLiteral("slides.pptx")), "PK\x03\x04");
    const ImportReport report = importFiles(*project, {in(QString())}, {});
    EXPECT_EQ(report.count(S::Imported), 1);
    const auto &binary = outcomeFor(report, in(QStringLiteral("binary.txt")));
    EXPECT_EQ(binary.status, S::Failed);
    EXPECT_TRUE(binary.reason.contains(QStringLiteral("binary.txt")));
    EXPECT_TRUE(binary.reason.contains(QStringLiteral("binary data")));
    const auto &mixed = outcomeFor(report, in(QStringLiteral("mixed.txt")));
    EXPECT_EQ(mixed.status, S::Failed);
    EXPECT_TRUE(mixed.reason.contains(QStringLiteral("mixed.txt mixes text encodings (UTF-8 and ")))
        << mixed.reason.toStdString();
    EXPECT_EQ(outcomeFor(report, in(QStringLiteral("empty.txt"))).status, S::Failed);
    const auto &pptx = outcomeFor(report, in(QStringLiteral("slides.pptx")));
    EXPECT_EQ(pptx.status, S::Skipped);
    EXPECT_TRUE(pptx.reason.contains(QStringLiteral(".pptx")));
    EXPECT_EQ(project->counts()->sources(), 1);
}

TEST_F(ImportTest, OversizedAndMissingFilesFail)
{
    const QString big = in(QStringLiteral("huge.txt"));
    {
        QFile f(big);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        ASSERT_TRUE(f.resize(kMaxImportBytes + 1)); // sparse: costs no disk
    }
    const ImportReport report = importFiles(*project, {big, in(QStringLiteral("gone.txt"))}, {});
    EXPECT_EQ(report.count(S::Failed), 2);
    EXPECT_TRUE(report.outcomes[0].reason.contains(QStringLiteral("larger than")));
    EXPECT_TRUE(report.outcomes[1].reason.contains(QStringLiteral("does not exist")));
}

TEST_F(ImportTest, Latin1TextIsDecoded)
{
    test::writeFile(in(QStringLiteral("latin1.txt")), "caf\xe9 au lait\n");
    EXPECT_EQ(importFiles(*project, {in(QStringLiteral("latin1.txt"))}, {}).count(S::Imported), 1);
    EXPECT_EQ(project->sourceText(project->sourceByName(QStringLiteral("latin1"))->id).value(),
              QStringLiteral("caf\u00e9 au lait\n"));
}

TEST_F(ImportTest, TranscriptTurnsAreStoredWithTheSource)
{
    test::writeFile(in(QStringLiteral("interviews/P02.txt")),
                    "[00:00:01] Interviewer: Hello \xf0\x9f\x99\x82\r\n\r\n[00:00:04] P02: Hi.\r\n");
    EXPECT_EQ(importFiles(*project, {in(QStringLiteral("interviews/P02.txt"))}, {}).count(S::Imported), 1);
    const auto source = project->sourceByName(QStringLiteral("P02"));
    EXPECT_EQ(source->originalFormat, QStringLiteral("transcript"));
    auto turns = project->database().prepare(
        QStringLiteral("SELECT speaker, start, end, timestamp_ms FROM turns WHERE source_id = ?1 ORDER BY start"));
    ASSERT_TRUE(turns);
    turns->bind(1, source->id);
    ASSERT_TRUE(turns->step().value());
    EXPECT_EQ(turns->text(0), QStringLiteral("Interviewer"));
    EXPECT_EQ(turns->int64(1), 0);
    EXPECT_EQ(turns->int64(2), 31); // the emoji is one code point
    EXPECT_EQ(turns->int64(3), 1000);
    ASSERT_TRUE(turns->step().value());
    EXPECT_EQ(turns->text(0), QStringLiteral("P02"));
    EXPECT_EQ(turns->int64(1), 33);
    EXPECT_EQ(turns->int64(2), 52);
}

TEST_F(ImportTest, Utf16WithBomIsDecoded)
{
    QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    QByteArray bytes = encoder.encode(QStringLiteral("Zoë said 🙂\r\n"));
    test::writeFile(in(QStringLiteral("utf16.txt")), bytes);
    EXPECT_EQ(importFiles(*project, {in(QStringLiteral("utf16.txt"))}, {}).count(S::Imported), 1);
    EXPECT_EQ(project->sourceText(project->sourceByName(QStringLiteral("utf16"))->id).value(),
              QStringLiteral("Zoë said 🙂\n"));
}

TEST_F(ImportTest, CancelKeepsWhatWasFinished)
{
    for (int i = 0; i < 5; ++i)
        test::writeFile(in(QStringLiteral("f%1.txt").arg(i)), QStringLiteral("text %1\n").arg(i).toUtf8());
    std::atomic_bool cancel = false;
    ImportOptions options;
    options.cancel = &cancel;
    options.progress = [&cancel](int done, int, const QString &) {
        if (done == 2)
            cancel = true;
    };
    const ImportReport report = importFiles(*project, {in(QString())}, options);
    EXPECT_TRUE(report.cancelled);
    EXPECT_EQ(report.count(S::Imported), 3); // the file under way when Cancel came is finished
    EXPECT_EQ(project->counts()->sources(), 3);
}

TEST(Importers, EveryImporterHasDistinctSuffixes)
{
    QStringList seen;
    for (const auto &importer : importers())
        for (const QString &s : importer->suffixes()) {
            EXPECT_FALSE(seen.contains(s)) << s.toStdString();
            seen << s;
        }
    EXPECT_NE(importerFor(QStringLiteral("x.TXT")), nullptr);
    EXPECT_EQ(importerFor(QStringLiteral("x.exe")), nullptr);
}

} // namespace

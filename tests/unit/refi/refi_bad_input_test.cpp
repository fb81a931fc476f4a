// Bad REFI-QDA input, each refused or reported with a clear reason, and
// nothing half-imported: not a zip, entries escaping the archive, oversized
// entries, malformed XML, XML off the schema, entity expansion, references to
// missing sources or codes, positions outside the text. The files are built
// here, by the test.
#include "core/model/project.h"
#include "core/refi/import_plan.h"
#include "core/refi/qde_reader.h"
#include "core/refi/import_writer.h"
#include "tests/support/temp_project.h"
#include "tests/unit/refi/raw_zip.h"

#include <gtest/gtest.h>

using namespace gw;

namespace {

const QByteArray kCode = "a1b2c3d4-0000-4000-8000-000000000001";
const QByteArray kSource = "a1b2c3d4-0000-4000-8000-000000000002";

QByteArray qde(const QByteArray &body)
{
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"t\" "
           "origin=\"Test 1.0\">\n" +
           body + "\n</Project>\n";
}

QByteArray codebook()
{
    return "<CodeBook><Codes><Code guid=\"" + kCode + "\" name=\"trust\" isCodable=\"true\"/></Codes></CodeBook>";
}

// A source with SELECTIONS on the text "Hello brave new world" (21 characters).
QByteArray withSource(const QByteArray &selections, const QByteArray &path = "internal://" + kSource + ".txt")
{
    return codebook() + "<Sources><TextSource guid=\"" + kSource + "\" name=\"one\" plainTextPath=\"" + path + "\">" +
           selections + "</TextSource></Sources>";
}

QByteArray selection(int n, int start, int end, const QByteArray &code = kCode)
{
    return "<PlainTextSelection guid=\"a1b2c3d4-0000-4000-8000-0000000001" + QByteArray::number(10 + n) +
           "\" startPosition=\"" + QByteArray::number(start) + "\" endPosition=\"" + QByteArray::number(end) +
           "\"><Coding guid=\"a1b2c3d4-0000-4000-8000-0000000002" + QByteArray::number(10 + n) +
           "\"><CodeRef targetGUID=\"" + code + "\"/></Coding></PlainTextSelection>";
}

QString writeZip(const test::TempDir &dir, const QList<test::RawEntry> &entries, const QString &name = QStringLiteral("t.qdpx"))
{
    const QString path = dir.path(name);
    test::writeFile(path, test::rawZip(entries));
    return path;
}

QString goodZip(const test::TempDir &dir, const QByteArray &selections)
{
    return writeZip(dir, {{"project.qde", qde(withSource(selections))},
                          {"sources/" + kSource + ".txt", "Hello brave new world"}});
}

QString refusal(const QString &path, refi::ReadLimits limits = {})
{
    auto plan = refi::planImport(path, limits);
    EXPECT_FALSE(plan) << "expected a refusal of " << path;
    return plan ? QString() : plan.error().message;
}

bool skippedFor(const refi::RefiPreview &p, const QString &reasonPart)
{
    for (const refi::Skipped &s : p.skipped)
        if (s.reason.contains(reasonPart))
            return true;
    return false;
}

TEST(RefiBadInput, NotAZipIsRefusedNamingTheFile)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("notes.qdpx"));
    test::writeFile(path, "This is a plain note, not an archive.");
    const QString message = refusal(path);
    EXPECT_TRUE(message.contains(QStringLiteral("notes.qdpx"))) << message;
    EXPECT_TRUE(message.contains(QStringLiteral("zip archive"))) << message;
}

TEST(RefiBadInput, EntryClimbingOutOfTheArchiveIsRefused)
{
    test::TempDir dir;
    const QString path = writeZip(dir, {{"project.qde", qde(codebook())}, {"../../evil.sh", "rm -rf"}});
    const QString message = refusal(path);
    EXPECT_TRUE(message.contains(QStringLiteral("unsafe path"))) << message;
    EXPECT_TRUE(message.contains(QStringLiteral("../../evil.sh"))) << message;
}

TEST(RefiBadInput, AbsoluteEntryIsRefused)
{
    test::TempDir dir;
    const QString path = writeZip(dir, {{"project.qde", qde(codebook())}, {"/etc/cron.d/evil", "x"}});
    EXPECT_TRUE(refusal(path).contains(QStringLiteral("\"/etc/cron.d/evil\"")));
}

TEST(RefiBadInput, OversizedSourceIsSkippedAndOversizedProjectRefused)
{
    test::TempDir dir;
    refi::ReadLimits limits;
    limits.maxEntryBytes = 4096;
    const QString path = writeZip(dir, {{"project.qde", qde(withSource(selection(1, 0, 5)))},
                                        {"sources/" + kSource + ".txt", QByteArray(8192, 'a')}});
    auto plan = refi::planImport(path, limits);
    ASSERT_TRUE(plan) << plan.error().message;
    EXPECT_EQ(plan->preview.sources, 0);
    EXPECT_EQ(plan->preview.sourcesSkipped, 1);
    EXPECT_TRUE(skippedFor(plan->preview, QStringLiteral("zip bomb"))) << plan->preview.skipped.first().reason;

    // A header that lies about the size is caught while unpacking.
    const QString lying = writeZip(dir, {{"project.qde", qde(codebook())}, {"sources/x.txt", QByteArray(8192, 'b'), 10}},
                                   QStringLiteral("lying.qdpx"));
    (void)refi::planImport(lying, limits); // must not crash or read past the cap

    limits.maxEntryBytes = 64;
    EXPECT_TRUE(refusal(path, limits).contains(QStringLiteral("project.qde")));
}

TEST(RefiBadInput, MalformedXmlIsRefusedWithTheLine)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("broken.qde"));
    test::writeFile(path, qde("<Users><User guid=\"x\" name=\"a\"></Users>"));
    const QString message = refusal(path);
    EXPECT_TRUE(message.contains(QStringLiteral("not well-formed XML"))) << message;
    EXPECT_TRUE(message.contains(QStringLiteral("line 3"))) << message;
}

TEST(RefiBadInput, NotRefiAtAllIsRefused)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("feed.qde"));
    test::writeFile(path, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel/></rss>");
    EXPECT_TRUE(refusal(path).contains(QStringLiteral("not a REFI-QDA project or codebook")));
}

TEST(RefiBadInput, OffSchemaIsImportedWithEachDeviationListed)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("loose.qde"));
    test::writeFile(path, qde("<CodeBook><Codes><Code guid=\"" + kCode + "\" name=\"trust\"/></Codes></CodeBook><Sets/>"));
    auto plan = refi::planImport(path);
    ASSERT_TRUE(plan) << plan.error().message;
    EXPECT_EQ(plan->preview.codes, 1);
    const QString warnings = plan->preview.warnings.join(u'\n');
    EXPECT_TRUE(warnings.contains(QStringLiteral("Not valid against the REFI-QDA schema: line 3"))) << warnings;
    EXPECT_TRUE(warnings.contains(QStringLiteral("isCodable"))) << warnings;
    EXPECT_TRUE(warnings.contains(QStringLiteral("Sets"))) << warnings;
}

TEST(RefiBadInput, EntityExpansionIsRefusedBeforeAnythingExpands)
{
    test::TempDir dir;
    QByteArray dtd = "<?xml version=\"1.0\"?>\n<!DOCTYPE Project [\n <!ENTITY lol \"lol\">\n";
    for (int i = 1; i <= 9; ++i) {
        dtd += " <!ENTITY lol" + QByteArray::number(i) + " \"";
        for (int k = 0; k < 10; ++k)
            dtd += "&lol" + (i == 1 ? QByteArray() : QByteArray::number(i - 1)) + ";";
        dtd += "\">\n";
    }
    dtd += "]>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&lol9;\"/>\n";
    const QString path = dir.path(QStringLiteral("laughs.qde"));
    test::writeFile(path, dtd);
    const QString message = refusal(path);
    EXPECT_TRUE(message.contains(QStringLiteral("document type (DTD)"))) << message;
}

TEST(RefiBadInput, MissingSourceFileSkipsThatSourceOnly)
{
    test::TempDir dir;
    const QString path = writeZip(dir, {{"project.qde", qde(withSource(selection(1, 0, 5), "internal://gone.txt"))}});
    auto plan = refi::planImport(path);
    ASSERT_TRUE(plan) << plan.error().message;
    EXPECT_EQ(plan->preview.codes, 1);
    EXPECT_EQ(plan->preview.sources, 0);
    EXPECT_EQ(plan->preview.segmentsSkipped, 1);
    EXPECT_TRUE(skippedFor(plan->preview, QStringLiteral("has no file \"internal://gone.txt\"")));
}

TEST(RefiBadInput, CodingOfAMissingCodeIsSkipped)
{
    test::TempDir dir;
    const QString path = goodZip(dir, selection(1, 0, 5) + selection(2, 6, 11, "a1b2c3d4-0000-4000-8000-00000000dead"));
    auto plan = refi::planImport(path);
    ASSERT_TRUE(plan) << plan.error().message;
    EXPECT_EQ(plan->preview.segments, 1);
    EXPECT_EQ(plan->preview.segmentsSkipped, 1);
    EXPECT_TRUE(skippedFor(plan->preview, QStringLiteral("not in the codebook (a1b2c3d4-0000-4000-8000-00000000dead)")));
}

TEST(RefiBadInput, PositionsOutsideTheTextSkipThatSelectionOnly)
{
    test::TempDir dir;
    const QString path = goodZip(dir, selection(1, 6, 11) + selection(2, 16, 400) + selection(3, -3, 2));
    auto plan = refi::planImport(path);
    ASSERT_TRUE(plan) << plan.error().message;
    EXPECT_EQ(plan->preview.segments, 1);
    EXPECT_EQ(plan->preview.segmentsSkipped, 2);
    EXPECT_TRUE(skippedFor(plan->preview, QStringLiteral("16–400 lie outside the text (21 code points long)")));
    ASSERT_EQ(plan->segments.size(), size_t(1));
    EXPECT_EQ(plan->segments[0].start, 6);
    EXPECT_EQ(plan->segments[0].end, 11);
}

TEST(RefiBadInput, AFailedWriteLeavesNothingBehind)
{
    test::TempDir dir;
    auto plan = refi::planImport(goodZip(dir, selection(1, 0, 5)));
    ASSERT_TRUE(plan);
    auto project = Project::create(dir.path(QStringLiteral("p.groundwork")));
    ASSERT_TRUE(project);
    ASSERT_TRUE((*project)->database().exec(QStringLiteral(
        "CREATE TRIGGER refuse_segments BEFORE INSERT ON segments BEGIN SELECT RAISE(ABORT, 'disk on fire'); END;")));
    auto written = refi::writeImport(**project, *plan);
    ASSERT_FALSE(written);
    EXPECT_TRUE(written.error().message.contains(QStringLiteral("Nothing was imported from t.qdpx"))) << written.error().message;
    const ProjectCounts counts = (*project)->counts().value();
    EXPECT_EQ(counts.sources(), 0);
    EXPECT_EQ(counts.codes, 0);
    EXPECT_EQ(counts.segments, 0);
}

// A codebook nested 40,000 deep used to overflow the stack in the recursive
// code reader, and each code's definition repeated its whole path (quadratic).
TEST(RefiBadInput, CodesNestedFortyThousandDeepImportAsOpenCodes)
{
    constexpr int kDepth = 40000;
    QByteArray codes;
    codes.reserve(kDepth * 70);
    for (int i = 0; i < kDepth; ++i)
        codes += "<Code guid=\"a1b2c3d4-0000-4000-8000-" + QByteArray::number(100000000000LL + i) +
                 "\" name=\"c" + QByteArray::number(i) + "\" isCodable=\"true\">";
    for (int i = 0; i < kDepth; ++i)
        codes += "</Code>";
    test::TempDir dir;
    const QString path = writeZip(dir, {{"project.qde", qde("<CodeBook><Codes>" + codes + "</Codes></CodeBook>")}});
    auto plan = refi::planImport(path);
    ASSERT_TRUE(plan) << plan.error().message;
    ASSERT_EQ(plan->codes.size(), size_t(kDepth));
    const QString deepest = plan->codes.back().definition;
    EXPECT_TRUE(deepest.startsWith(QStringLiteral("Nested under: c0 › … › c39996 › c39997 › c39998"))) << deepest;
    EXPECT_LT(deepest.size(), 100);
}

// A file with more codes than any study has (2 million in 10 MB took minutes
// and 2.9 GB) is refused while it is read, saying why; one at the limit is read.
TEST(RefiBadInput, MoreCodesThanAStudyHasAreRefused)
{
    const auto codebook = [](std::size_t n) {
        QByteArray codes;
        codes.reserve(qsizetype(n) * 80);
        for (std::size_t i = 0; i < n; ++i)
            codes += "<Code guid=\"a1b2c3d4-0000-4000-8000-" + QByteArray::number(100000000000LL + qint64(i)) +
                     "\" name=\"c" + QByteArray::number(qint64(i)) + "\" isCodable=\"true\"/>";
        return qde("<CodeBook><Codes>" + codes + "</Codes></CodeBook>");
    };
    test::TempDir dir;
    const QString over = writeZip(dir, {{"project.qde", codebook(refi::kMaxRefiCodes + 1)}}, QStringLiteral("over.qdpx"));
    auto refused = refi::planImport(over);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("more than 100,000 codes"))) << refused.error().message;
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("over.qdpx"))) << refused.error().message;
    const QString at = writeZip(dir, {{"project.qde", codebook(refi::kMaxRefiCodes)}}, QStringLiteral("at.qdpx"));
    auto read = refi::planImport(at);
    ASSERT_TRUE(read) << read.error().message;
    EXPECT_EQ(read->codes.size(), refi::kMaxRefiCodes);
}

// The same study exported by NVivo for Windows and for Mac differs by a final
// line break: the second import matches the first's source instead of adding
// it again, and a selection that ran into the extra line break is cut to the text.
TEST(RefiBadInput, TheSameTextButForAFinalLineBreakIsTheSameSource)
{
    test::TempDir dir;
    auto project = std::move(Project::create(dir.path(QStringLiteral("p.groundwork"))).value());
    const QString windows = writeZip(dir, {{"project.qde", qde(withSource(selection(1, 0, 5)))},
                                           {"sources/" + kSource + ".txt", "Hello brave new world"}},
                                     QStringLiteral("windows.qdpx"));
    const QString mac = writeZip(dir, {{"project.qde", qde(withSource(selection(2, 12, 22)))},
                                       {"sources/" + kSource + ".txt", "Hello brave new world\n"}},
                                 QStringLiteral("mac.qdpx"));
    auto first = refi::planImport(windows);
    ASSERT_TRUE(first) << first.error().message;
    ASSERT_TRUE(refi::writeImport(*project, *first));
    auto second = refi::planImport(mac);
    ASSERT_TRUE(second) << second.error().message;
    auto written = refi::writeImport(*project, *second);
    ASSERT_TRUE(written) << written.error().message;
    EXPECT_EQ(written->sourcesAdded, 0);
    EXPECT_EQ(written->sourcesMatched, 1);
    EXPECT_EQ(written->sourcesMatchedTrimmed, 1);
    EXPECT_EQ(project->counts()->sources(), 1);
    auto sources = project->sources();
    auto segments = project->segmentsOfSource(sources->front().id);
    ASSERT_EQ(segments->size(), 2u);
    EXPECT_EQ(segments->back().start, 12);
    EXPECT_EQ(segments->back().end, 21); // held to the text here
    EXPECT_EQ(segments->back().text, QStringLiteral("new world"));
}

// QualCoder's export "line endings for MAXQDA" writes the text with CRLF but
// counts positions with a line end as one character: read as stored, every
// selection after the first line lands on the wrong text. The quotes in the
// selections' names tell which reading is right, and the preview can be told
// to read otherwise.
TEST(RefiBadInput, CrlfTextWithPositionsCountingALineEndAsOne)
{
    const QByteArray text = "First line of the interview.\r\nSecond line: the board mandated it.\r\n"
                            "Third line: we were paired with a supplier.\r\n";
    // Positions over the text with \n line ends: "the board mandated it" and "paired with a supplier".
    const QString lf = QString::fromUtf8(text).replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const auto at = [&](const char *quote) { return lf.indexOf(QString::fromUtf8(quote)); };
    QByteArray selections;
    int n = 0;
    for (const char *quote : {"the board mandated it", "paired with a supplier", "First line"}) {
        const int start = at(quote), end = start + int(qstrlen(quote));
        selections += "<PlainTextSelection guid=\"a1b2c3d4-0000-4000-8000-00000000030" + QByteArray::number(n) +
                      "\" name=\"" + quote + "\" startPosition=\"" + QByteArray::number(start) + "\" endPosition=\"" +
                      QByteArray::number(end) + "\"><Coding guid=\"a1b2c3d4-0000-4000-8000-00000000040" +
                      QByteArray::number(n) + "\"><CodeRef targetGUID=\"" + kCode + "\"/></Coding></PlainTextSelection>";
        ++n;
    }
    QByteArray xml = qde(withSource(selections));
    xml.replace("origin=\"Test 1.0\"", "origin=\"QualCoder 3.6\"");
    test::TempDir dir;
    const QString path = writeZip(dir, {{"project.qde", xml}, {"sources/" + kSource + ".txt", text}});

    auto plan = refi::planImport(path);
    ASSERT_TRUE(plan) << plan.error().message;
    EXPECT_EQ(plan->preview.positions, refi::PositionUnit::LineEndAsOne);
    EXPECT_EQ(plan->preview.quotesMatched, 3);
    EXPECT_EQ(plan->preview.quotesChecked, 3);
    auto project = std::move(Project::create(dir.path(QStringLiteral("p.groundwork"))).value());
    ASSERT_TRUE(refi::writeImport(*project, *plan));
    QStringList coded;
    const auto segments = project->segmentsOfSource(project->sources()->front().id);
    ASSERT_TRUE(segments);
    for (const SegmentInfo &seg : *segments)
        coded << seg.text;
    coded.sort();
    EXPECT_EQ(coded, (QStringList{QStringLiteral("First line"), QStringLiteral("paired with a supplier"),
                                  QStringLiteral("the board mandated it")}));

    // Told to read the positions as stored, it does, and says so.
    auto asStored = refi::planImport(path, {}, refi::PositionUnit::CodePoints);
    ASSERT_TRUE(asStored);
    EXPECT_EQ(asStored->preview.positions, refi::PositionUnit::CodePoints);
    EXPECT_TRUE(asStored->preview.positionsChosen);
    EXPECT_EQ(asStored->preview.quotesMatched, 1); // only the first line's
}

// An HTML page saved under a .qdpx name used to be refused for "declaring a
// document type with entities", which tells the researcher nothing.
TEST(RefiBadInput, AWebPageSavedAsQdpxIsCalledAWebPage)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("study.qdpx"));
    test::writeFile(path, "<!DOCTYPE html>\n<html lang=\"en\"><head><title>Download study.qdpx</title></head>"
                          "<body><a href=\"study.qdpx\">study.qdpx</a></body></html>\n");
    const QString why = refusal(path);
    EXPECT_TRUE(why.contains(QStringLiteral("study.qdpx"))) << why;
    EXPECT_TRUE(why.contains(QStringLiteral("web page"))) << why;
    EXPECT_FALSE(why.contains(QStringLiteral("entities"))) << why;
}

} // namespace

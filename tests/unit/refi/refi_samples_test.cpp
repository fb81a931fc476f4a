// Every REFI-QDA file in the shared conformance folder (written by NVivo,
// MAXQDA, ATLAS.ti, QualCoder and qc) imports: its counts of codes, sources,
// segments, cases and memos, what is skipped and why, and that the imported
// segments cover the text the producer coded. The samples are third-party and
// are read from GW_REFI_SAMPLES, never copied into the repository.
#include "core/model/project.h"
#include "core/refi/import_plan.h"
#include "core/refi/import_writer.h"
#include "core/refi/qdpx_archive.h"
#include "tests/support/temp_project.h"

#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace gw;

namespace {

QString sample(const char *name)
{
    return QStringLiteral(GW_REFI_SAMPLES "/") + QLatin1String(name);
}

struct Imported
{
    refi::ImportPlan plan;
    refi::WriteReport written;
    ProjectCounts counts;
};

// Plans and writes SAMPLE into a new project in DIR.
Imported importSample(const test::TempDir &dir, const char *name)
{
    Imported out;
    auto plan = refi::planImport(sample(name));
    EXPECT_TRUE(plan) << (plan ? QString() : plan.error().message);
    if (!plan)
        return out;
    out.plan = std::move(*plan);
    auto project = Project::create(dir.path(QStringLiteral("p.groundwork")));
    EXPECT_TRUE(project);
    (void)(*project)->setCoder(QStringLiteral("tester"));
    auto written = refi::writeImport(**project, out.plan);
    EXPECT_TRUE(written) << (written ? QString() : written.error().message);
    if (written)
        out.written = *written;
    out.counts = (*project)->counts().value_or(ProjectCounts{});
    return out;
}

int skippedWith(const refi::RefiPreview &p, const QString &what, const QString &reasonPart)
{
    int n = 0;
    for (const refi::Skipped &s : p.skipped)
        if (s.what == what && s.reason.contains(reasonPart))
            ++n;
    return n;
}

TEST(RefiSamples, NvivoWindowsCountsUtf16UnitsOverCrlfText)
{
    test::TempDir dir;
    const Imported i = importSample(dir, "nvivo-win-12.6__oltas.qdpx");
    const refi::RefiPreview &p = i.plan.preview;
    EXPECT_EQ(p.positions, refi::PositionUnit::Utf16);
    EXPECT_EQ(p.codes, 60);
    EXPECT_EQ(p.coders, 2);
    EXPECT_EQ(p.sources, 1);
    EXPECT_EQ(p.sourcesSkipped, 0);
    EXPECT_EQ(p.segments, 97);
    EXPECT_EQ(p.segmentsSkipped, 0);
    EXPECT_EQ(p.cases, 0);
    EXPECT_EQ(p.memos, 0);
    // After mapping, every selection begins and ends on a word or line boundary.
    EXPECT_EQ(p.selectionsChecked, 97);
    EXPECT_EQ(p.selectionsOnWordBoundaries, 97);
    EXPECT_EQ(i.counts.sources(), 1);
    EXPECT_EQ(i.counts.codes, 60);
    EXPECT_EQ(i.counts.segments, 97);
    EXPECT_GE(i.counts.coders, 2);
}

TEST(RefiSamples, NvivoMacDeepTreeAndEmptyTexts)
{
    test::TempDir dir;
    const Imported i = importSample(dir, "nvivo-mac-15.0__nvivo_project.qdpx");
    const refi::RefiPreview &p = i.plan.preview;
    EXPECT_EQ(p.codes, 262);
    // Two sources whose text is one empty line: the same text, kept once.
    EXPECT_EQ(p.sources, 1);
    EXPECT_EQ(p.sourcesSameText, 1);
    EXPECT_EQ(skippedWith(p, QStringLiteral("source"), QStringLiteral("same text")), 1);
    EXPECT_EQ(p.segments, 0);
    EXPECT_EQ(i.counts.codes, 262);
    EXPECT_EQ(i.counts.sources(), 1);
    EXPECT_TRUE(p.warnings.join(u'\n').contains(QStringLiteral("rather than \"sources/\"")) ||
                !p.warnings.join(u'\n').contains(QStringLiteral("Sources/")));
}

TEST(RefiSamples, MaxqdaColoursAndDocumentGroups)
{
    test::TempDir dir;
    const Imported i = importSample(dir, "maxqda-24.7__ICLS_Conf_Themes_just10.qdpx");
    const refi::RefiPreview &p = i.plan.preview;
    EXPECT_EQ(p.codes, 307);
    EXPECT_EQ(p.sources, 10);
    EXPECT_EQ(p.segments, 0);
    // Its two document groups become sets of sources.
    ASSERT_EQ(i.plan.sets.size(), 2u);
    EXPECT_EQ(i.plan.sets[0].name, QStringLiteral("ICLS 2024"));
    EXPECT_EQ(i.plan.sets[0].sourceGuids.size(), 5);
    EXPECT_EQ(i.written.setsAdded, 2);
    EXPECT_EQ(skippedWith(p, QStringLiteral("set"), QString()), 0);
    EXPECT_EQ(i.counts.codes, 307);
    EXPECT_EQ(i.counts.sources(), 10);
    // Colours come through as they were.
    for (const refi::PlannedCode &c : i.plan.codes)
        EXPECT_TRUE(QRegularExpression(QStringLiteral("^#[0-9a-f]{6}$")).match(c.color).hasMatch()) << c.color;
}

TEST(RefiSamples, AtlasStandardProjectReportsWhatItCannotTake)
{
    test::TempDir dir;
    const Imported i = importSample(dir, "atlasti-8.4-mac__spec-annexA2-standard-project.qde");
    const refi::RefiPreview &p = i.plan.preview;
    EXPECT_EQ(p.codes, 14);
    EXPECT_EQ(p.coders, 3);
    // A bare .qde has no source files: 6 text sources without their text, and
    // 2 PDF, 1 picture, 1 audio and 2 video sources that are not supported yet.
    EXPECT_EQ(p.sources, 0);
    EXPECT_EQ(p.sourcesSkipped, 12);
    EXPECT_EQ(skippedWith(p, QStringLiteral("source"), QStringLiteral("without its source files")), 6);
    EXPECT_EQ(skippedWith(p, QStringLiteral("source"), QStringLiteral("PDF sources are not supported yet")), 2);
    EXPECT_EQ(skippedWith(p, QStringLiteral("source"), QStringLiteral("picture sources are not supported yet")), 1);
    EXPECT_EQ(skippedWith(p, QStringLiteral("source"), QStringLiteral("audio sources are not supported yet")), 1);
    EXPECT_EQ(skippedWith(p, QStringLiteral("source"), QStringLiteral("video sources are not supported yet")), 2);
    EXPECT_EQ(p.segments, 0);
    EXPECT_EQ(p.memos, 2);
    // Its 11 document groups hold sources that could not come in; its 4 code
    // groups have no place; one group is empty.
    EXPECT_EQ(skippedWith(p, QStringLiteral("set"), QStringLiteral("none of its")), 11);
    EXPECT_EQ(skippedWith(p, QStringLiteral("set"), QStringLiteral("hold sources, not codes")), 4);
    EXPECT_EQ(skippedWith(p, QStringLiteral("set"), QStringLiteral("it is empty")), 1);
    EXPECT_TRUE(i.plan.sets.empty());
    EXPECT_EQ(skippedWith(p, QStringLiteral("link"), QStringLiteral("links")), 1);
    EXPECT_EQ(skippedWith(p, QStringLiteral("graph"), QString()), 1);
    EXPECT_EQ(i.counts.codes, 14);
    EXPECT_EQ(i.counts.memos, 2);
}

TEST(RefiSamples, AtlasMinimalArchive)
{
    test::TempDir dir;
    const Imported i = importSample(dir, "atlasti-win-23.2__target-atlas-project.qdpx");
    const refi::RefiPreview &p = i.plan.preview;
    EXPECT_EQ(p.codes, 3);
    EXPECT_EQ(p.coders, 2);
    EXPECT_EQ(p.sources, 0);
    EXPECT_EQ(p.sourcesSkipped, 0);
    EXPECT_EQ(i.counts.codes, 3);
    // The two children of "Commits" say where they sat.
    int nested = 0;
    for (const refi::PlannedCode &c : i.plan.codes)
        nested += c.definition.contains(QStringLiteral("Nested under: Commits")) ? 1 : 0;
    EXPECT_EQ(nested, 2);
}

TEST(RefiSamples, QualCoderEverySegmentCoversItsQuotedText)
{
    test::TempDir dir;
    const Imported i = importSample(dir, "qualcoder-3.6__mannheimer_cases.qdpx");
    const refi::RefiPreview &p = i.plan.preview;
    EXPECT_EQ(p.positions, refi::PositionUnit::CodePoints);
    EXPECT_EQ(p.codes, 285);
    EXPECT_EQ(p.sources, 30);
    EXPECT_EQ(p.segments, 753);
    EXPECT_EQ(p.segmentsSkipped, 0);
    EXPECT_EQ(p.quotesChecked, 753);
    EXPECT_EQ(p.quotesMatched, 753);
    EXPECT_EQ(p.cases, 30);
    EXPECT_EQ(p.attributes, 3);
    EXPECT_EQ(p.sourceValues, 30);
    EXPECT_EQ(p.memos, 0);
    EXPECT_EQ(i.counts.sources(), 30);
    EXPECT_EQ(i.counts.segments, 753);
    EXPECT_EQ(i.counts.cases, 30);
}

TEST(RefiSamples, QcBarePathsAndSeveralCodingsPerSelection)
{
    test::TempDir dir;
    const Imported i = importSample(dir, "qc-1.2.0__demo.qdpx");
    const refi::RefiPreview &p = i.plan.preview;
    EXPECT_EQ(p.codes, 112);
    EXPECT_EQ(p.sources, 3);
    EXPECT_EQ(p.selectionsChecked, 168);
    EXPECT_EQ(p.segments, 213);
    EXPECT_EQ(p.selectionsOnWordBoundaries, 168);
    EXPECT_TRUE(p.warnings.join(u'\n').contains(QStringLiteral("without \"internal://\"")));
    EXPECT_EQ(i.counts.segments, 213);
    // Two codes named "programming" in different trees keep apart by their path.
    int programming = 0;
    for (const refi::PlannedCode &c : i.plan.codes)
        programming += c.name.endsWith(QStringLiteral("programming")) && c.name.contains(QStringLiteral("::")) ? 1 : 0;
    EXPECT_GE(programming, 2);
}

} // namespace

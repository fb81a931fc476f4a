// Groundwork > .qdpx > Groundwork keeps everything: a project with every kind
// of thing in it (sources of each kind with speaker turns and characters
// outside the BMP, codes at every stage, an archived one, themes and
// dimensions with exemplars, segments by two coders, memos on every target,
// disconfirming evidence, cases with typed attributes, a saved query, the
// audit log) is
// exported, imported into a new project, and the two stores compare equal
// (tests/unit/refi/store_dump.h says what "equal" means). The export is also
// valid against the REFI-QDA schemas (the runtime validator here; xmllint in
// the refi_export_xmllint ctest).
#include "core/analysis/saved_queries.h"
#include "core/model/project.h"
#include "core/refi/import_plan.h"
#include "core/refi/import_writer.h"
#include "core/refi/qdpx_archive.h"
#include "core/refi/qdpx_export.h"
#include "core/refi/schema_check.h"
#include "tests/support/temp_project.h"
#include "tests/unit/refi/store_dump.h"

#include <QDir>
#include <gtest/gtest.h>

using namespace gw;

namespace {

// Fills PROJECT with a little of everything; returns false on any failure.
void fillStudy(Project &p)
{
    ASSERT_TRUE(p.setCoder(QStringLiteral("ana")));
    NewSource interview;
    interview.name = QStringLiteral("P01 CCIO site A");
    interview.kind = SourceKind::Interview;
    interview.text = QStringLiteral("Interviewer: How did go-live feel? 😀\nP01: Like a trapeze act 🎪 without a net.\n"
                                    "Interviewer: And the supplier?\nP01: [supplier_name] was there, café open late.\n");
    interview.turns = {Turn{QStringLiteral("Interviewer"), 0, 36, 1000}, Turn{QStringLiteral("P01"), 37, 78, std::nullopt}};
    interview.originalName = QStringLiteral("p01.txt");
    interview.originalFormat = QStringLiteral("text");
    auto s1 = p.addSource(interview);
    ASSERT_TRUE(s1) << s1.error().message;
    NewSource notes;
    notes.name = QStringLiteral("User group meeting");
    notes.kind = SourceKind::Observation;
    notes.text = QStringLiteral("Twelve people came. The blueprint was discussed at length.\r\nNo decisions.");
    notes.metadata = QStringLiteral("{\"pages\": [0, 20]}");
    auto s2 = p.addSource(notes);
    ASSERT_TRUE(s2);
    NewSource doc;
    doc.name = QStringLiteral("Blueprint");
    doc.text = QStringLiteral("Medicines management blueprint, version 2.");
    auto s3 = p.addSource(doc);
    ASSERT_TRUE(s3);

    auto open = p.addCode(QStringLiteral("trapeze act"), CodeStage::Open, QStringLiteral("#aa3355"));
    auto focused = p.addCode(QStringLiteral("supplier presence"), CodeStage::Focused);
    auto first = p.addCode(QStringLiteral("Planning pilot site visits"), CodeStage::FirstOrder);
    auto loose = p.addCode(QStringLiteral("blueprints as mandates"), CodeStage::FirstOrder);
    auto archived = p.addCode(QStringLiteral("old idea"), CodeStage::Open);
    ASSERT_TRUE(open && focused && first && loose && archived);
    ASSERT_TRUE(p.setCodeDefinition(*first, QStringLiteral("Visits **before** go-live.")));
    ASSERT_TRUE(p.renameCode(*open, QStringLiteral("a trapeze act")));
    ASSERT_TRUE(p.setCodeArchived(*archived, true));

    auto dimension = p.addDimension(QStringLiteral("Organisational factors"), QStringLiteral("Inside the trust."));
    auto theme = p.addTheme(QStringLiteral("Readiness"), QStringLiteral("How ready sites felt."));
    auto lonely = p.addTheme(QStringLiteral("Unplaced theme"));
    ASSERT_TRUE(dimension && theme && lonely);
    ASSERT_TRUE(p.placeTheme(*theme, *dimension));
    ASSERT_TRUE(p.placeCode(*first, *theme));
    ASSERT_TRUE(p.placeCode(*focused, *theme));

    auto g1 = p.applyCode(*s1, *open, 49, 62); // "trapeze act 🎪"
    auto g2 = p.applyCode(*s1, *first, 37, 78);
    auto g3 = p.applyCode(*s2, *loose, 20, 58);
    ASSERT_TRUE(g1 && g2 && g3);
    ASSERT_TRUE(p.setCoder(QStringLiteral("ben")));
    auto g4 = p.applyCode(*s1, *focused, 114, 129);
    auto g5 = p.applyCode(*s1, *first, 37, 78); // the same passage, another coder
    ASSERT_TRUE(g4 && g5) << (g4 ? g5.error().message : g4.error().message);
    ASSERT_TRUE(p.addExemplar(*theme, *g2));

    auto m1 = p.addMemo(QStringLiteral("project"), std::nullopt, QStringLiteral("Reflexivity"), QStringLiteral("I was a *nurse*."));
    auto m2 = p.addMemo(QStringLiteral("segment"), *g2, QStringLiteral("Counter-example"), QStringLiteral("Not ready at all."));
    auto m3 = p.addMemo(QStringLiteral("code"), *open, QString(), QStringLiteral("in vivo"));
    auto m4 = p.addMemo(QStringLiteral("theme"), *theme, QStringLiteral("Theme memo"), QStringLiteral("argue with P01"));
    auto m5 = p.addMemo(QStringLiteral("dimension"), *dimension, QStringLiteral("Dimension memo"), QStringLiteral("macro?"));
    auto m6 = p.addMemo(QStringLiteral("source"), *s2, QStringLiteral("Source memo"), QStringLiteral("noisy room"));
    ASSERT_TRUE(m1 && m2 && m3 && m4 && m5 && m6);
    ASSERT_TRUE(p.setMemoDisconfirming(*m2, true));

    CaseBatch batch;
    batch.attributes = {{QStringLiteral("role"), AttributeType::Text},
                        {QStringLiteral("age"), AttributeType::Number},
                        {QStringLiteral("interviewed"), AttributeType::Date},
                        {QStringLiteral("exemplar site"), AttributeType::Boolean},
                        {QStringLiteral("code"), AttributeType::Number}};
    batch.cases.push_back(CaseRecord{QStringLiteral("P01"),
                                     {{QStringLiteral("role"), QStringLiteral("CCIO")},
                                      {QStringLiteral("age"), QStringLiteral("47.5")},
                                      {QStringLiteral("interviewed"), QStringLiteral("2019-03-04")},
                                      {QStringLiteral("exemplar site"), QStringLiteral("yes")},
                                      {QStringLiteral("code"), QStringLiteral("0123")}},
                                     {*s1}});
    batch.cases.push_back(CaseRecord{QStringLiteral("Site A"), {{QStringLiteral("role"), QStringLiteral("site")}}, {*s1, *s2}});
    ASSERT_TRUE(p.writeCases(batch));
    auto site = p.caseByName(QStringLiteral("Site A"));
    ASSERT_TRUE(site);
    ASSERT_TRUE(p.addMemo(QStringLiteral("case"), site->id, QStringLiteral("Case memo"), QStringLiteral("fast follower")));
    // Sets of sources travel as REFI-QDA sets with MemberSource.
    ASSERT_TRUE(p.addToSourceSet(QStringLiteral("first round"), {*s1, *s2}));
    ASSERT_TRUE(p.addToSourceSet(QStringLiteral("P01 only"), {*s1}));
    SavedQuery query;
    query.name = QStringLiteral("Visits near mandates at CCIO sites");
    query.expression = QStringLiteral("\"Planning pilot site visits\" NEAR/1 \"blueprints as mandates\"");
    query.options.unit = QueryUnit::Sentence;
    query.options.filters.where.push_back(*parseAttributeCondition(QStringLiteral("role = CCIO")));
    ASSERT_TRUE(saveQuery(p, query));
}

TEST(RefiRoundTrip, ExportAndImportBackKeepsEveryTable)
{
    test::TempDir dir;
    auto original = Project::create(dir.path(QStringLiteral("study.groundwork")));
    ASSERT_TRUE(original);
    fillStudy(**original);
    if (HasFatalFailure())
        return;

    const QString qdpx = dir.path(QStringLiteral("study.qdpx"));
    auto exported = refi::exportQdpx(**original, qdpx);
    ASSERT_TRUE(exported) << exported.error().message;
    EXPECT_EQ(exported->sources, 3);
    EXPECT_EQ(exported->segments, 5);

    // The .qde inside is valid against the project schema.
    auto archive = refi::QdpxArchive::open(qdpx);
    ASSERT_TRUE(archive);
    EXPECT_EQ(refi::schemaDeviations((*archive)->xml(), refi::SchemaKind::Project), QStringList());

    auto plan = refi::planImport(qdpx);
    ASSERT_TRUE(plan) << plan.error().message;
    EXPECT_TRUE(plan->preview.fromGroundwork);
    EXPECT_TRUE(plan->preview.skipped.isEmpty()) << plan->preview.skipped.first().reason;
    EXPECT_EQ(plan->preview.selectionsOnWordBoundaries, plan->preview.selectionsChecked);

    auto copy = Project::create(dir.path(QStringLiteral("copy.groundwork")));
    ASSERT_TRUE(copy);
    ASSERT_TRUE((*copy)->setCoder(QStringLiteral("ana")));
    auto written = refi::writeImport(**copy, *plan);
    ASSERT_TRUE(written) << written.error().message;

    const auto before = test::storeDump((*original)->database());
    const auto after = test::storeDump((*copy)->database());
    ASSERT_EQ(before.keys(), after.keys());
    for (const QString &table : before.keys())
        EXPECT_EQ(before.value(table), after.value(table)) << "table " << table;

    // Importing the same file again into the copy adds nothing.
    auto again = refi::writeImport(**copy, *plan);
    ASSERT_TRUE(again) << again.error().message;
    EXPECT_EQ(again->sourcesAdded, 0);
    EXPECT_EQ(again->codesAdded, 0);
    EXPECT_EQ(again->segmentsAdded, 0);
    EXPECT_EQ(again->memosAdded, 0);
}

TEST(RefiRoundTrip, CodebookIsValidAndReadsBack)
{
    test::TempDir dir;
    auto project = Project::create(dir.path(QStringLiteral("study.groundwork")));
    ASSERT_TRUE(project);
    fillStudy(**project);
    if (HasFatalFailure())
        return;
    const QString qdc = dir.path(QStringLiteral("codebook.qdc"));
    auto exported = refi::exportQdc(**project, qdc);
    ASSERT_TRUE(exported) << exported.error().message;
    EXPECT_EQ(refi::schemaDeviations(test::readFile(qdc), refi::SchemaKind::Codebook), QStringList());
    auto plan = refi::planImport(qdc);
    ASSERT_TRUE(plan) << plan.error().message;
    EXPECT_TRUE(plan->preview.codebookOnly);
    // Five codes, plus the theme and dimension codes that hold them (no
    // extension travels with a codebook, so they come in as codes).
    EXPECT_EQ(plan->preview.codes, 5 + 2 + 1);
}

TEST(RefiRoundTrip, EmptyProjectExportsValidXml)
{
    test::TempDir dir;
    auto project = Project::create(dir.path(QStringLiteral("empty.groundwork")));
    ASSERT_TRUE(project);
    const QString qdpx = dir.path(QStringLiteral("empty.qdpx"));
    ASSERT_TRUE(refi::exportQdpx(**project, qdpx));
    auto archive = refi::QdpxArchive::open(qdpx);
    ASSERT_TRUE(archive);
    EXPECT_EQ(refi::schemaDeviations((*archive)->xml(), refi::SchemaKind::Project), QStringList());
    EXPECT_FALSE(refi::exportQdc(**project, dir.path(QStringLiteral("none.qdc"))));
}

} // namespace

// Merging a teammate's copy back: matching by GUID and by name (with the
// user's confirmation), no doubles, both conflict choices, one exact undo
// step, and clear refusals of files that cannot be merged.
#include "core/analysis/saved_queries.h"
#include "core/commands/merge_project.h"
#include "core/merge/merge_apply.h"
#include "tests/unit/commands/store_dump.h"
#include "tests/unit/merge/merge_fixture.h"

using namespace gw;

namespace {

using test::MergeTest;

TEST_F(MergeTest, CodesMatchedByGuidReceiveTheirSegmentsWithTheirCoder)
{
    inCopy([&](Project &ben) { ASSERT_TRUE(ben.applyCode(sourceId, waiting, 20, 30)); });
    MergePlan p = plan();
    ASSERT_TRUE(item(p, MergeKind::Code, QStringLiteral("Waiting for approval")));
    EXPECT_EQ(item(p, MergeKind::Code, QStringLiteral("Waiting for approval"))->match, MergeMatch::ByGuid);
    EXPECT_TRUE(p.differences.empty());
    EXPECT_EQ(p.sourcesMatched, 1);
    auto outcome = applyMerge(*project, p);
    ASSERT_TRUE(outcome) << outcome.error().message;
    EXPECT_EQ(outcome->report.segmentsAdded, 1);
    EXPECT_EQ(outcome->report.segmentsExisting, 1); // ana's segment, copied out and back
    EXPECT_EQ(outcome->report.codesAdded, 0);
    EXPECT_EQ(outcome->report.sourcesAdded, 0);
    const auto waitingSegments = segmentsOf(waiting);
    ASSERT_EQ(waitingSegments.size(), 1u);
    EXPECT_EQ(waitingSegments[0].coder, QStringLiteral("ben"));
    auto audit = project->auditLog(AuditFilter{QStringLiteral("merge"), {}, {}, 1});
    ASSERT_TRUE(audit && !audit->empty());
    EXPECT_TRUE(audit->front().details.contains(QStringLiteral("ben.groundwork")));
}

TEST_F(MergeTest, MergingTheSameCopyTwiceDoublesNothing)
{
    inCopy([&](Project &ben) {
        auto code = ben.addCode(QStringLiteral("Budget"));
        ASSERT_TRUE(code);
        ASSERT_TRUE(ben.applyCode(sourceId, *code, 5, 15));
        ASSERT_TRUE(ben.applyCode(sourceId, planning, 0, 10)); // same passage as ana's, other coder
    });
    auto first = applyMerge(*project, plan());
    ASSERT_TRUE(first) << first.error().message;
    EXPECT_EQ(first->report.codesAdded, 1);
    EXPECT_EQ(first->report.segmentsAdded, 2);
    auto counts = project->counts();
    auto second = applyMerge(*project, plan());
    ASSERT_TRUE(second) << second.error().message;
    EXPECT_EQ(second->report.codesAdded, 0);
    EXPECT_EQ(second->report.segmentsAdded, 0);
    EXPECT_EQ(second->report.segmentsExisting, 3);
    auto after = project->counts();
    EXPECT_EQ(after->segments, counts->segments);
    EXPECT_EQ(after->codes, counts->codes);
}

TEST_F(MergeTest, NameMatchNeedsConfirmation)
{
    auto trust = project->addCode(QStringLiteral("Trust"));
    ASSERT_TRUE(trust);
    inCopy([&](Project &ben) {
        auto code = ben.addCode(QStringLiteral("Trust"));
        ASSERT_TRUE(code);
        ASSERT_TRUE(ben.applyCode(sourceId, *code, 40, 50));
    });
    MergePlan refused = plan();
    const MergeItem *match = item(refused, MergeKind::Code, QStringLiteral("Trust"));
    ASSERT_TRUE(match);
    EXPECT_EQ(match->match, MergeMatch::ByName);
    EXPECT_EQ(match->ourId, *trust);
    EXPECT_FALSE(match->accepted);

    // Refused (the default): theirs comes in as a code of its own.
    auto outcome = applyMerge(*project, refused, true);
    ASSERT_TRUE(outcome) << outcome.error().message;
    EXPECT_EQ(outcome->report.codesAdded, 1);
    auto before = project->codeByName(QStringLiteral("Trust (2)"));
    EXPECT_FALSE(before); // a dry run wrote nothing

    // Accepted: one code with both coders' segments.
    MergePlan accepted = plan();
    accepted.acceptNameMatches(true);
    auto merged = applyMerge(*project, accepted);
    ASSERT_TRUE(merged) << merged.error().message;
    EXPECT_EQ(merged->report.codesAdded, 0);
    EXPECT_FALSE(project->codeByName(QStringLiteral("Trust (2)")));
    ASSERT_EQ(segmentsOf(*trust).size(), 1u);
    EXPECT_EQ(segmentsOf(*trust)[0].coder, QStringLiteral("ben"));
}

TEST_F(MergeTest, RefusedNameMatchAddsARenamedCode)
{
    ASSERT_TRUE(project->addCode(QStringLiteral("Trust")));
    inCopy([&](Project &ben) { ASSERT_TRUE(ben.addCode(QStringLiteral("Trust"))); });
    auto outcome = applyMerge(*project, plan());
    ASSERT_TRUE(outcome) << outcome.error().message;
    EXPECT_TRUE(project->codeByName(QStringLiteral("Trust")));
    EXPECT_TRUE(project->codeByName(QStringLiteral("Trust (2)")));
}

TEST_F(MergeTest, ChangeOnTheirSideOnlyIsTakenWithoutAsking)
{
    inCopy([&](Project &ben) {
        ASSERT_TRUE(ben.renameCode(waiting, QStringLiteral("Waiting for sign-off")));
        ASSERT_TRUE(ben.placeCode(waiting, delays));
    });
    MergePlan p = plan();
    ASSERT_EQ(p.differences.size(), 2u);
    EXPECT_EQ(p.conflicts(), 0);
    for (const MergeDifference &d : p.differences)
        EXPECT_TRUE(d.takeTheirs);
    ASSERT_TRUE(applyMerge(*project, p));
    EXPECT_EQ(project->code(waiting)->name, QStringLiteral("Waiting for sign-off"));
    EXPECT_EQ(project->code(waiting)->themeId, delays);
}

TEST_F(MergeTest, RenamedAndMovedDifferentlyOnBothSidesAreConflicts)
{
    ASSERT_TRUE(project->renameCode(planning, QStringLiteral("Planning visits")));
    ASSERT_TRUE(project->placeCode(planning, delays));
    inCopy([&](Project &ben) {
        ASSERT_TRUE(ben.renameCode(planning, QStringLiteral("Scheduling site visits")));
        ASSERT_TRUE(ben.unplaceCode(planning));
    });
    MergePlan p = plan();
    ASSERT_EQ(p.conflicts(), 2);
    const MergeDifference *name = nullptr, *place = nullptr;
    for (const MergeDifference &d : p.differences)
        (d.field == MergeField::Name ? name : place) = &d;
    ASSERT_TRUE(name && place);
    EXPECT_EQ(name->ours, QStringLiteral("Planning visits"));
    EXPECT_EQ(name->theirs, QStringLiteral("Scheduling site visits"));
    EXPECT_EQ(name->base, QStringLiteral("Planning pilot site visits"));
    EXPECT_EQ(place->ours, QStringLiteral("Delays"));
    EXPECT_EQ(place->theirs, QString());
    EXPECT_EQ(place->base, QStringLiteral("Preparing"));
    EXPECT_FALSE(name->takeTheirs);

    // Keep ours (the default).
    ASSERT_TRUE(applyMerge(*project, p, true));
    // Take theirs for the name only.
    EXPECT_TRUE(p.takeTheirsFor({QStringLiteral("code:Planning visits")}).isEmpty());
    for (MergeDifference &d : p.differences)
        if (d.field == MergeField::Parent)
            d.takeTheirs = false;
    auto outcome = applyMerge(*project, p);
    ASSERT_TRUE(outcome) << outcome.error().message;
    EXPECT_EQ(project->code(planning)->name, QStringLiteral("Scheduling site visits"));
    EXPECT_EQ(project->code(planning)->themeId, delays);
}

TEST_F(MergeTest, KeepingOursChangesNothingOfOurs)
{
    ASSERT_TRUE(project->renameCode(planning, QStringLiteral("Planning visits")));
    inCopy([&](Project &ben) { ASSERT_TRUE(ben.renameCode(planning, QStringLiteral("Scheduling site visits"))); });
    ASSERT_TRUE(applyMerge(*project, plan()));
    EXPECT_EQ(project->code(planning)->name, QStringLiteral("Planning visits"));
}

TEST_F(MergeTest, UndoTakesOutExactlyWhatTheMergeWrote)
{
    ASSERT_TRUE(project->addCode(QStringLiteral("Trust")));
    ASSERT_TRUE(project->renameCode(planning, QStringLiteral("Planning visits")));
    inCopy([&](Project &ben) {
        ASSERT_TRUE(ben.renameCode(planning, QStringLiteral("Scheduling site visits")));
        ASSERT_TRUE(ben.placeCode(waiting, delays));
        auto trust = ben.addCode(QStringLiteral("Trust"));
        auto fresh = ben.addCode(QStringLiteral("Fresh code"));
        ASSERT_TRUE(trust && fresh);
        ASSERT_TRUE(ben.applyCode(sourceId, *fresh, 3, 9));
        ASSERT_TRUE(ben.placeCode(*fresh, delays));
        auto dimension = ben.addDimension(QStringLiteral("Organisation"));
        ASSERT_TRUE(dimension);
        ASSERT_TRUE(ben.placeTheme(delays, *dimension));
        ASSERT_TRUE(ben.addMemo(QStringLiteral("code"), *fresh, QStringLiteral("Why"), QStringLiteral("Because")));
        auto person = ben.addCase(QStringLiteral("P03"));
        ASSERT_TRUE(person);
        ASSERT_TRUE(ben.linkCaseSource(*person, sourceId));
        auto p09 = ben.addSource(NewSource{QStringLiteral("P09"), SourceKind::Interview,
                                           QStringLiteral("P09: A new 🙂 interview."), {}, {}, {}});
        ASSERT_TRUE(p09);
        ASSERT_TRUE(ben.addToSourceSet(QStringLiteral("Second round"), {*p09, sourceId}));
    });
    const auto before = test::dumpStore(project->database());
    MergePlan p = plan();
    p.acceptNameMatches(true);
    p.takeTheirsEverywhere();
    const MergeReport report = pushMerge(std::move(p));
    EXPECT_EQ(report.sourcesAdded, 1);
    EXPECT_EQ(report.codesAdded, 1);
    EXPECT_EQ(report.dimensionsAdded, 1);
    EXPECT_EQ(report.memosAdded, 1);
    EXPECT_EQ(report.casesAdded, 1);
    EXPECT_EQ(report.setsAdded, 1);
    EXPECT_EQ(report.setMembersAdded, 2);
    EXPECT_EQ(project->code(planning)->name, QStringLiteral("Scheduling site visits"));
    const auto after = test::dumpStore(project->database());
    EXPECT_FALSE(test::sameStore(before, after));
    stack.undo();
    EXPECT_TRUE(test::sameStore(before, test::dumpStore(project->database())));
    stack.redo();
    EXPECT_TRUE(test::sameStore(after, test::dumpStore(project->database())));
    stack.undo();
    EXPECT_TRUE(test::sameStore(before, test::dumpStore(project->database())));
}

// A set both have (by name) gains the sources put in it there; a source
// already in it here is not put in twice, and merging again adds nothing.
TEST_F(MergeTest, SourceSetsComeAcrossWithTheirSources)
{
    auto second = project->addSource(NewSource{QStringLiteral("P02"), SourceKind::Interview,
                                               QStringLiteral("P02: Another interview."), {}, {}, {}});
    ASSERT_TRUE(second);
    ASSERT_TRUE(project->addToSourceSet(QStringLiteral("Pilot sites"), {sourceId}));
    copyPath = dir.path(QStringLiteral("ben-with-sets.groundwork"));
    auto copy = exportCoderCopy(*project, copyPath, QStringLiteral("ben"));
    ASSERT_TRUE(copy) << copy.error().message;
    inCopy([&](Project &ben) {
        ASSERT_TRUE(ben.addToSourceSet(QStringLiteral("Pilot sites"), {*second}));
        ASSERT_TRUE(ben.addToSourceSet(QStringLiteral("Follow-up"), {sourceId}));
    });
    auto first = applyMerge(*project, plan());
    ASSERT_TRUE(first) << first.error().message;
    EXPECT_EQ(first->report.setsAdded, 1);
    EXPECT_EQ(first->report.setMembersAdded, 2);
    EXPECT_EQ(project->sourceSetByName(QStringLiteral("Pilot sites"))->sourceIds.size(), 2);
    EXPECT_EQ(project->sourceSetByName(QStringLiteral("Follow-up"))->sourceIds.size(), 1);
    auto again = applyMerge(*project, plan());
    ASSERT_TRUE(again) << again.error().message;
    EXPECT_EQ(again->report.setsAdded, 0);
    EXPECT_EQ(again->report.setMembersAdded, 0);
}

TEST_F(MergeTest, TakingANameThatIsTakenHereIsRefusedBeforeTheStack)
{
    inCopy([&](Project &ben) { ASSERT_TRUE(ben.renameCode(planning, QStringLiteral("Clash"))); });
    ASSERT_TRUE(project->renameCode(planning, QStringLiteral("Planning visits")));
    ASSERT_TRUE(project->addCode(QStringLiteral("Clash")));
    MergePlan p = plan();
    p.takeTheirsEverywhere();
    auto command = MergeProject::make(*project, std::move(p));
    ASSERT_FALSE(command);
    EXPECT_TRUE(command.error().message.contains(QStringLiteral("Clash")));
    EXPECT_TRUE(command.error().message.contains(QStringLiteral("ben.groundwork")));
}

TEST_F(MergeTest, FilesThatCannotBeMergedAreRefusedByName)
{
    const QString text = dir.path(QStringLiteral("notes.groundwork"));
    test::writeFile(text, "just some notes");
    auto notProject = planMerge(*project, text);
    ASSERT_FALSE(notProject);
    EXPECT_EQ(notProject.error().kind, ErrorKind::NotAProject);
    EXPECT_TRUE(notProject.error().message.contains(text));

    auto itself = planMerge(*project, project->path());
    ASSERT_FALSE(itself);
    EXPECT_TRUE(itself.error().message.contains(QStringLiteral("into itself")));

    auto missing = planMerge(*project, dir.path(QStringLiteral("gone.groundwork")));
    ASSERT_FALSE(missing);
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("gone.groundwork")));

    {
        auto db = Database::open(copyPath, Database::Mode::ReadWrite);
        ASSERT_TRUE(db);
        ASSERT_TRUE(db->exec(QStringLiteral("PRAGMA user_version = 999")));
    }
    const QByteArray bytes = test::readFile(copyPath);
    auto newer = planMerge(*project, copyPath);
    ASSERT_FALSE(newer);
    EXPECT_EQ(newer.error().kind, ErrorKind::NewerSchema);
    EXPECT_TRUE(newer.error().message.contains(copyPath));
    EXPECT_EQ(test::readFile(copyPath), bytes); // never changed
}

TEST_F(MergeTest, CoderCopyRecordsWhoItIsForAndRefusesToOverwrite)
{
    auto again = exportCoderCopy(*project, copyPath, QStringLiteral("cleo"));
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().kind, ErrorKind::Conflict);
    EXPECT_TRUE(again.error().message.contains(copyPath));
    auto copy = Project::open(copyPath);
    ASSERT_TRUE(copy);
    EXPECT_EQ((*copy)->setting(QStringLiteral("copy.for")), QStringLiteral("ben"));
    EXPECT_EQ((*copy)->setting(QStringLiteral("copy.of")), QStringLiteral("study.groundwork"));
    auto counts = (*copy)->counts();
    ASSERT_TRUE(counts);
    EXPECT_EQ(counts->segments, 1);
    EXPECT_EQ(counts->themes, 2);
}

} // namespace

// The same study exported on two systems differs by a final line break: merging
// the other file matches its source to ours instead of adding it again, says
// so, and a segment that ran into the extra line break is held to our text.
TEST_F(MergeTest, TheSameTextButForAFinalLineBreakIsTheSameSource)
{
    auto ours = project->sources();
    ASSERT_TRUE(ours && ours->size() == 1u);
    auto text = project->sourceText(sourceId);
    ASSERT_TRUE(text);
    const QString mac = dir.path(QStringLiteral("mac.groundwork"));
    {
        auto other = Project::create(mac);
        ASSERT_TRUE(other) << other.error().message;
        ASSERT_TRUE((*other)->setCoder(QStringLiteral("cy")));
        auto id = (*other)->addSource(NewSource{QStringLiteral("P03 (Mac)"), SourceKind::Interview,
                                                *text + QStringLiteral("\n"), QStringLiteral("P03.txt"),
                                                QStringLiteral("text"), {}});
        ASSERT_TRUE(id) << id.error().message;
        auto code = (*other)->addCode(QStringLiteral("Sign-off"));
        ASSERT_TRUE(code);
        const std::int64_t end = project->source(sourceId)->length + 1; // through the extra line break
        auto coded = (*other)->applyCode(*id, *code, end - 10, end);
        ASSERT_TRUE(coded) << coded.error().message;
    }
    auto p = planMerge(*project, mac);
    ASSERT_TRUE(p) << p.error().message;
    EXPECT_EQ(p->sourcesMatched, 1);
    EXPECT_EQ(p->sourcesMatchedTrimmed, 1);
    EXPECT_EQ(p->sourcesNew, 0);
    const MergeReport report = pushMerge(std::move(*p));
    EXPECT_EQ(report.sourcesAdded, 0);
    EXPECT_EQ(report.segmentsAdded, 1);
    EXPECT_EQ(project->counts()->sources(), 1);
    auto code = project->codeByName(QStringLiteral("Sign-off"));
    ASSERT_TRUE(code) << code.error().message;
    const auto merged = segmentsOf(code->id);
    ASSERT_EQ(merged.size(), 1u);
    EXPECT_EQ(merged[0].sourceId, sourceId);
    EXPECT_EQ(merged[0].end, project->source(sourceId)->length); // held to our text
    EXPECT_EQ(merged[0].text, QStringLiteral("sign off."));
}

// A query a teammate saved in their copy comes across once, by GUID; one of
// the same name here keeps its name and theirs gets " (2)"; undo takes both out.
TEST_F(MergeTest, SavedQueriesComeAcrossOnceByGuid)
{
    SavedQuery mine;
    mine.name = QStringLiteral("Waiting");
    mine.expression = QStringLiteral("\"Waiting for approval\"");
    ASSERT_TRUE(saveQuery(*project, mine));
    inCopy([&](Project &ben) {
        SavedQuery q;
        q.name = QStringLiteral("Planning near waiting");
        q.expression = QStringLiteral("\"Planning pilot site visits\" NEAR/1 \"Waiting for approval\"");
        q.options.unit = QueryUnit::Sentence;
        ASSERT_TRUE(saveQuery(ben, q));
        SavedQuery same = mine;
        same.expression = QStringLiteral("\"Planning pilot site visits\"");
        ASSERT_TRUE(saveQuery(ben, same));
    });
    const test::StoreDump before = test::dumpStore(project->database());
    const MergeReport report = pushMerge(plan());
    EXPECT_EQ(report.savedQueriesAdded, 2);
    auto near = savedQuery(*project, QStringLiteral("Planning near waiting"));
    ASSERT_TRUE(near) << near.error().message;
    EXPECT_EQ(int(near->options.unit), int(QueryUnit::Sentence));
    EXPECT_EQ(savedQuery(*project, QStringLiteral("Waiting"))->expression, mine.expression);
    EXPECT_EQ(savedQuery(*project, QStringLiteral("Waiting (2)"))->expression,
              QStringLiteral("\"Planning pilot site visits\""));
    EXPECT_EQ(applyMerge(*project, plan(), true)->report.savedQueriesAdded, 0); // by GUID: not twice
    stack.undo();
    EXPECT_EQ(test::dumpStore(project->database()), before);
}

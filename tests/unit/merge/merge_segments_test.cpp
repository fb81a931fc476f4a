// Merging a teammate's work on segments both copies hold (same GUID): an edit
// made only in their copy is taken, one made on both sides is a conflict, a
// removal is offered but never taken unasked, and a segment removed here is
// not brought back. Comment threads, their replies and state, and snapshots
// come across too; one undo takes all of it back.
#include "core/commands/merge_project.h"
#include "core/merge/merge_apply.h"
#include "core/structure/structure_diff.h"
#include "tests/unit/commands/store_dump.h"
#include "tests/unit/merge/merge_fixture.h"

using namespace gw;

namespace {

class MergeSegmentsTest : public test::MergeTest
{
protected:
    // The one segment the fixture made (ana's, planning 0–10).
    Id anaSegment()
    {
        const auto list = segmentsOf(planning);
        EXPECT_EQ(list.size(), 1u);
        return list.empty() ? 0 : list.front().id;
    }

    const MergeDifference *segmentDifference(const MergePlan &p)
    {
        for (const MergeDifference &d : p.differences)
            if (p.items[d.item].kind == MergeKind::Segment)
                return &d;
        return nullptr;
    }
};

TEST_F(MergeSegmentsTest, AnEditMadeOnlyInTheirCopyIsTaken)
{
    const Id segment = anaSegment();
    inCopy([&](Project &ben) { ASSERT_TRUE(ben.updateSegment(segment, waiting, 3, 14)); });
    MergePlan p = plan();
    const MergeDifference *d = segmentDifference(p);
    ASSERT_TRUE(d);
    EXPECT_EQ(d->field, MergeField::Coding);
    EXPECT_FALSE(d->conflict);
    EXPECT_TRUE(d->takeTheirs);
    EXPECT_TRUE(d->ours.startsWith(QStringLiteral("Planning pilot site visits, 0–10")));
    EXPECT_TRUE(d->theirs.startsWith(QStringLiteral("Waiting for approval, 3–14")));
    EXPECT_EQ(p.items[d->item].name, QStringLiteral("P03: “P03: We pl”")); // the passage here
    auto outcome = applyMerge(*project, p);
    ASSERT_TRUE(outcome) << outcome.error().message;
    EXPECT_EQ(outcome->report.segmentsEdited, 1);
    EXPECT_EQ(outcome->report.segmentsAdded, 0);
    auto after = project->segment(segment);
    ASSERT_TRUE(after);
    EXPECT_EQ(after->codeId, waiting);
    EXPECT_EQ(after->start, 3);
    EXPECT_EQ(after->end, 14);
    EXPECT_EQ(after->coder, QStringLiteral("ana")); // still ana's segment
}

TEST_F(MergeSegmentsTest, AnEditMadeOnlyHereStands)
{
    const Id segment = anaSegment();
    ASSERT_TRUE(project->updateSegment(segment, planning, 20, 30));
    MergePlan p = plan();
    EXPECT_FALSE(segmentDifference(p));
    auto outcome = applyMerge(*project, p);
    ASSERT_TRUE(outcome) << outcome.error().message;
    EXPECT_EQ(outcome->report.segmentsAdded, 0);
    EXPECT_EQ(project->segment(segment)->start, 20);
    EXPECT_EQ(segments().size(), 1u);
}

TEST_F(MergeSegmentsTest, EditsOnBothSidesAreAConflictKeptOursUnlessChosen)
{
    const Id segment = anaSegment();
    ASSERT_TRUE(project->updateSegment(segment, planning, 0, 20));
    inCopy([&](Project &ben) { ASSERT_TRUE(ben.updateSegment(segment, planning, 30, 40)); });
    MergePlan p = plan();
    const MergeDifference *d = segmentDifference(p);
    ASSERT_TRUE(d);
    EXPECT_TRUE(d->conflict);
    EXPECT_FALSE(d->takeTheirs);
    ASSERT_TRUE(d->base);
    EXPECT_EQ(*d->base, QStringLiteral("Planning pilot site visits, 0–10"));
    EXPECT_EQ(p.conflicts(), 1);

    auto kept = applyMerge(*project, p, true);
    ASSERT_TRUE(kept);
    EXPECT_EQ(kept->report.segmentsEdited, 0);
    EXPECT_EQ(project->segment(segment)->end, 20);

    p.takeTheirsEverywhere();
    auto taken = applyMerge(*project, p);
    ASSERT_TRUE(taken) << taken.error().message;
    EXPECT_EQ(taken->report.segmentsEdited, 1);
    EXPECT_EQ(project->segment(segment)->start, 30);
    EXPECT_EQ(project->segment(segment)->end, 40);
}

TEST_F(MergeSegmentsTest, TheirRemovalIsOfferedButNotTakenUnasked)
{
    const Id segment = anaSegment();
    inCopy([&](Project &ben) { ASSERT_TRUE(ben.removeSegment(segment)); });
    MergePlan p = plan();
    const MergeDifference *d = segmentDifference(p);
    ASSERT_TRUE(d);
    EXPECT_EQ(d->field, MergeField::Removal);
    EXPECT_EQ(d->theirs, QStringLiteral("removed"));
    EXPECT_FALSE(d->conflict);
    EXPECT_FALSE(d->takeTheirs);
    auto kept = applyMerge(*project, p, true);
    ASSERT_TRUE(kept);
    EXPECT_EQ(kept->report.segmentsRemoved, 0);

    // Taken: the segment goes, with its exemplar choice; undo brings both back.
    ASSERT_TRUE(project->addExemplar(preparing, segment));
    const auto before = test::dumpStore(project->database());
    p.takeTheirsEverywhere();
    const MergeReport report = pushMerge(std::move(p));
    EXPECT_EQ(report.segmentsRemoved, 1);
    EXPECT_TRUE(segments().empty());
    stack.undo();
    EXPECT_TRUE(test::sameStore(before, test::dumpStore(project->database())));
}

TEST_F(MergeSegmentsTest, ASegmentRemovedHereIsNotBroughtBack)
{
    const Id segment = anaSegment();
    ASSERT_TRUE(project->removeSegment(segment));
    MergePlan p = plan();
    EXPECT_FALSE(segmentDifference(p));
    EXPECT_EQ(p.segmentsRemovedHere.size(), 1u);
    auto outcome = applyMerge(*project, p);
    ASSERT_TRUE(outcome) << outcome.error().message;
    EXPECT_EQ(outcome->report.segmentsAdded, 0);
    EXPECT_EQ(outcome->report.segmentsLeftRemoved, 1);
    EXPECT_TRUE(segments().empty());
}

TEST_F(MergeSegmentsTest, RemovedHereButChangedThereIsAConflict)
{
    const Id segment = anaSegment();
    ASSERT_TRUE(project->removeSegment(segment));
    inCopy([&](Project &ben) { ASSERT_TRUE(ben.updateSegment(segment, waiting, 0, 10)); });
    MergePlan p = plan();
    const MergeDifference *d = segmentDifference(p);
    ASSERT_TRUE(d);
    EXPECT_EQ(d->field, MergeField::Removal);
    EXPECT_EQ(d->ours, QStringLiteral("removed"));
    EXPECT_TRUE(d->conflict);
    auto stays = applyMerge(*project, p, true);
    ASSERT_TRUE(stays);
    EXPECT_EQ(stays->report.segmentsAdded, 0);
    p.takeTheirsEverywhere();
    auto back = applyMerge(*project, p);
    ASSERT_TRUE(back) << back.error().message;
    EXPECT_EQ(back->report.segmentsAdded, 1);
    ASSERT_EQ(segmentsOf(waiting).size(), 1u);
    EXPECT_TRUE(segmentsOf(planning).empty());
}

TEST_F(MergeSegmentsTest, TakingAnEditThatDoublesAnotherSegmentKeepsOne)
{
    const Id segment = anaSegment();
    ASSERT_TRUE(project->applyCode(sourceId, waiting, 3, 14));
    inCopy([&](Project &ben) { ASSERT_TRUE(ben.updateSegment(segment, waiting, 3, 14)); });
    auto outcome = applyMerge(*project, plan());
    ASSERT_TRUE(outcome) << outcome.error().message;
    ASSERT_EQ(segments().size(), 1u);
    EXPECT_EQ(segments().front().codeId, waiting);
}

TEST_F(MergeSegmentsTest, ThreadsRepliesStatesAndSnapshotsComeAcross)
{
    auto ours = project->openThread(ReviewTarget{QStringLiteral("code"), planning}, QStringLiteral("Too broad?"));
    ASSERT_TRUE(ours);
    auto copy = exportCoderCopy(*project, dir.path(QStringLiteral("ben2.groundwork")), QStringLiteral("ben"));
    ASSERT_TRUE(copy) << copy.error().message;
    copyPath = copy->path;
    inCopy([&](Project &ben) {
        ASSERT_TRUE(ben.addComment(*ours, QStringLiteral("Split it into two.")));
        ASSERT_TRUE(ben.resolveThread(*ours));
        ASSERT_TRUE(ben.openThread(ReviewTarget{QStringLiteral("theme"), delays}, QStringLiteral("Rename?")));
        ASSERT_TRUE(ben.takeSnapshot(QStringLiteral("ben's draft")));
    });
    ASSERT_TRUE(project->takeSnapshot(QStringLiteral("ben's draft"))); // same name, another snapshot
    const auto before = test::dumpStore(project->database());
    const MergeReport report = pushMerge(plan());
    EXPECT_EQ(report.threadsAdded, 1);
    EXPECT_EQ(report.commentsAdded, 2);
    EXPECT_EQ(report.threadStatesTaken, 1);
    EXPECT_EQ(report.snapshotsAdded, 1);

    auto threads = project->threads();
    ASSERT_TRUE(threads);
    ASSERT_EQ(threads->size(), 2u);
    EXPECT_TRUE(threads->at(0).resolved);
    EXPECT_EQ(threads->at(0).resolvedBy, QStringLiteral("ben"));
    ASSERT_EQ(threads->at(0).comments.size(), 2u);
    EXPECT_EQ(threads->at(0).comments[1].author, QStringLiteral("ben"));
    EXPECT_EQ(threads->at(1).target, (ReviewTarget{QStringLiteral("theme"), delays}));
    auto snapshot = project->snapshotByName(QStringLiteral("ben's draft (2)"));
    ASSERT_TRUE(snapshot) << snapshot.error().message;
    EXPECT_EQ(snapshot->coder, QStringLiteral("ben"));
    // Its hierarchy speaks of the items here: a diff with now shows no change.
    auto diff = diffSnapshots(*project, snapshot->name);
    ASSERT_TRUE(diff) << diff.error().message;
    EXPECT_TRUE(diff->isEmpty());

    // Merging again adds nothing more.
    auto again = applyMerge(*project, plan(), true);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->report.threadsAdded + again->report.commentsAdded + again->report.snapshotsAdded, 0);

    stack.undo();
    EXPECT_TRUE(test::sameStore(before, test::dumpStore(project->database())));
}

TEST_F(MergeSegmentsTest, TheirModelComesAcrossWithoutDoublingOurs)
{
    // Here: Planning placed as a context. There: Planning placed too (made
    // apart), Waiting as an outcome, a new influence type, a link with
    // evidence, and a thread on the link.
    ASSERT_TRUE(project->placeModelElement(NewModelElement{ElementKind::Code, planning, ModelRole::Context, {}, {}}));
    const Id segment = anaSegment();
    inCopy([&](Project &ben) {
        auto from = ben.placeModelElement(NewModelElement{ElementKind::Code, planning, ModelRole::Mechanism, {}, {}});
        auto to = ben.placeModelElement(
            NewModelElement{ElementKind::Code, waiting, ModelRole::Outcome, {}, SpectrumPoint{0.25, 0.75}});
        auto type = ben.addInfluenceType(QStringLiteral("delays"), QStringLiteral("#884400"), LineStyle::Dot);
        ASSERT_TRUE(from && to && type);
        auto link = ben.addInfluence(*from, *to, *type, QStringLiteral("Waiting follows planning"));
        ASSERT_TRUE(link);
        ASSERT_TRUE(ben.addEvidence(*link, segment, false));
        ASSERT_TRUE(ben.openThread(ReviewTarget{QStringLiteral("influence"), *link}, QStringLiteral("Strong enough?")));
    });
    const auto before = test::dumpStore(project->database());
    const MergeReport report = pushMerge(plan());
    EXPECT_EQ(report.modelElementsAdded, 1); // Waiting; Planning is here already
    EXPECT_EQ(report.influencesAdded, 1);
    EXPECT_EQ(report.evidenceAdded, 1);
    EXPECT_EQ(report.threadsAdded, 1);

    auto elements = project->modelElements();
    ASSERT_TRUE(elements);
    ASSERT_EQ(elements->size(), 2u);
    for (const ModelElement &e : *elements) {
        if (e.targetId == planning)
            EXPECT_EQ(e.role, ModelRole::Context); // ours stands
        else
            EXPECT_EQ(e.point, (SpectrumPoint{0.25, 0.75}));
    }
    auto links = project->influences();
    ASSERT_TRUE(links);
    ASSERT_EQ(links->size(), 1u);
    EXPECT_EQ(project->influenceType(links->front().typeId)->name, QStringLiteral("delays"));
    auto evidence = project->evidenceOf(links->front().id);
    ASSERT_TRUE(evidence);
    ASSERT_EQ(evidence->size(), 1u);
    auto threads = project->threads();
    ASSERT_TRUE(threads);
    ASSERT_EQ(threads->size(), 1u);
    EXPECT_EQ(threads->front().target, (ReviewTarget{QStringLiteral("influence"), links->front().id}));

    auto again = applyMerge(*project, plan(), true);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->report.modelElementsAdded + again->report.influencesAdded + again->report.evidenceAdded, 0);
    stack.undo();
    EXPECT_TRUE(test::sameStore(before, test::dumpStore(project->database())));
}

TEST_F(MergeSegmentsTest, WhatWasRemovedHereStaysRemovedUnlessTheirCopyCodedWithIt)
{
    auto spare = project->addCode(QStringLiteral("Spare"));
    auto used = project->addCode(QStringLiteral("Used by ben"));
    ASSERT_TRUE(spare && used);
    auto copy = exportCoderCopy(*project, dir.path(QStringLiteral("ben3.groundwork")), QStringLiteral("ben"));
    ASSERT_TRUE(copy) << copy.error().message;
    copyPath = copy->path;
    inCopy([&](Project &ben) { ASSERT_TRUE(ben.applyCode(sourceId, *used, 40, 50)); });
    // Here, after the copy: both codes and the theme Delays removed.
    ASSERT_TRUE(project->removeCode(*spare));
    ASSERT_TRUE(project->removeCode(*used));
    ASSERT_TRUE(project->removeTheme(delays));
    MergePlan p = plan();
    EXPECT_TRUE(item(p, MergeKind::Code, QStringLiteral("Spare"))->removedHere);
    EXPECT_FALSE(item(p, MergeKind::Code, QStringLiteral("Used by ben"))->removedHere);
    EXPECT_TRUE(item(p, MergeKind::Theme, QStringLiteral("Delays"))->removedHere);
    auto outcome = applyMerge(*project, p);
    ASSERT_TRUE(outcome) << outcome.error().message;
    EXPECT_EQ(outcome->report.itemsLeftRemoved, 2);
    EXPECT_EQ(outcome->report.codesAdded, 1); // ben's new coding keeps its code
    EXPECT_FALSE(project->codeByName(QStringLiteral("Spare")));
    EXPECT_TRUE(project->codeByName(QStringLiteral("Used by ben")));
    auto themes = project->themes();
    ASSERT_TRUE(themes);
    EXPECT_EQ(themes->size(), 1u);
}

TEST_F(MergeSegmentsTest, TheirCodingOnACodeMergedHereGoesToTheCodeItWentInto)
{
    inCopy([&](Project &ben) { ASSERT_TRUE(ben.applyCode(sourceId, waiting, 40, 50)); });
    ASSERT_TRUE(project->mergeCodes({waiting}, planning));
    auto outcome = applyMerge(*project, plan());
    ASSERT_TRUE(outcome) << outcome.error().message;
    EXPECT_EQ(outcome->report.segmentsAdded, 1);
    EXPECT_EQ(outcome->report.segmentsRedirected, 1);
    EXPECT_TRUE(segmentsOf(waiting).empty());
    const auto onPlanning = segmentsOf(planning);
    ASSERT_EQ(onPlanning.size(), 2u);
    EXPECT_EQ(onPlanning.back().coder, QStringLiteral("ben"));
    EXPECT_EQ(onPlanning.back().start, 40);
}

TEST_F(MergeSegmentsTest, TheirModelEditsAreTakenAndEditsOnBothSidesAreConflicts)
{
    auto from = project->placeModelElement(NewModelElement{ElementKind::Code, planning, ModelRole::Context, {}, {}});
    auto to = project->placeModelElement(
        NewModelElement{ElementKind::Code, waiting, ModelRole::Outcome, {}, SpectrumPoint{0.5, 0.5}});
    ASSERT_TRUE(from && to);
    auto enables = project->influenceTypeByName(QStringLiteral("enables"));
    auto triggers = project->influenceTypeByName(QStringLiteral("triggers"));
    ASSERT_TRUE(enables && triggers);
    auto link = project->addInfluence(*from, *to, enables->id, QStringLiteral("first thoughts"));
    ASSERT_TRUE(link);
    auto copy = exportCoderCopy(*project, dir.path(QStringLiteral("ben5.groundwork")), QStringLiteral("ben"));
    ASSERT_TRUE(copy) << copy.error().message;
    copyPath = copy->path;
    auto levels = project->modelLevels();
    ASSERT_TRUE(levels && levels->size() > 2);
    const Id organisational = levels->at(2).id;
    inCopy([&](Project &ben) {
        ASSERT_TRUE(ben.setOutcomePoint(*to, SpectrumPoint{0.2, 0.9}));       // only there
        ASSERT_TRUE(ben.setElementLevel(*from, organisational));              // only there
        ASSERT_TRUE(ben.setInfluenceMemo(*link, QStringLiteral("ben's reading"))); // both sides
    });
    ASSERT_TRUE(project->setInfluenceMemo(*link, QStringLiteral("ana's reading")));
    MergePlan p = plan();
    int placements = 0, links = 0;
    for (const MergeDifference &d : p.differences) {
        if (d.field == MergeField::Placement) {
            ++placements;
            EXPECT_FALSE(d.conflict);
            EXPECT_TRUE(d.takeTheirs);
        }
        if (d.field == MergeField::Link) {
            ++links;
            EXPECT_TRUE(d.conflict);
            EXPECT_EQ(d.ours, QStringLiteral("enables: ana's reading"));
            EXPECT_EQ(d.theirs, QStringLiteral("enables: ben's reading"));
            EXPECT_EQ(d.base, QStringLiteral("enables: first thoughts"));
            EXPECT_EQ(p.items[d.item].ourName, QStringLiteral("Planning pilot site visits → Waiting for approval"));
        }
    }
    EXPECT_EQ(placements, 2);
    EXPECT_EQ(links, 1);
    const auto before = test::dumpStore(project->database());
    EXPECT_TRUE(p.takeTheirsFor({QStringLiteral("link:Planning pilot site visits → Waiting for approval")}).isEmpty());
    const MergeReport report = pushMerge(std::move(p));
    EXPECT_EQ(report.valuesTaken, 3);
    EXPECT_EQ(project->modelElement(*to)->point, (SpectrumPoint{0.2, 0.9}));
    EXPECT_EQ(project->modelElement(*from)->levelId, organisational);
    auto links2 = project->influences();
    ASSERT_TRUE(links2 && links2->size() == 1u);
    EXPECT_EQ(links2->front().memo, QStringLiteral("ben's reading"));
    stack.undo();
    EXPECT_TRUE(test::sameStore(before, test::dumpStore(project->database())));
}

TEST_F(MergeSegmentsTest, ModelPartsRemovedHereSinceTheCopyStayRemoved)
{
    auto from = project->placeModelElement(NewModelElement{ElementKind::Code, planning, ModelRole::Context, {}, {}});
    auto to = project->placeModelElement(NewModelElement{ElementKind::Code, waiting, ModelRole::Mechanism, {}, {}});
    auto theme = project->placeModelElement(NewModelElement{ElementKind::Theme, preparing, ModelRole::Context, {}, {}});
    auto enables = project->influenceTypeByName(QStringLiteral("enables"));
    ASSERT_TRUE(from && to && theme && enables);
    auto link = project->addInfluence(*from, *to, enables->id);
    ASSERT_TRUE(link);
    auto copy = exportCoderCopy(*project, dir.path(QStringLiteral("ben6.groundwork")), QStringLiteral("ben"));
    ASSERT_TRUE(copy) << copy.error().message;
    copyPath = copy->path;
    ASSERT_TRUE(project->removeInfluence(*link));
    ASSERT_TRUE(project->removeModelElement(*theme));
    auto outcome = applyMerge(*project, plan());
    ASSERT_TRUE(outcome) << outcome.error().message;
    EXPECT_EQ(outcome->report.modelElementsAdded + outcome->report.influencesAdded, 0);
    EXPECT_EQ(outcome->report.itemsLeftRemoved, 2);
    EXPECT_EQ(project->modelElements()->size(), 2u);
    EXPECT_TRUE(project->influences()->empty());
}

} // namespace

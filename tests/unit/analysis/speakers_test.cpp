// The speakers of the demo project's transcripts and the turns of one of them.
#include "core/analysis/speakers.h"
#include "core/demo/demo_project.h"
#include "core/model/project.h"
#include "tests/unit/commands/demo_fixture.h"

#include <gtest/gtest.h>

namespace gw {
namespace {

class SpeakersTest : public test::DemoProjectTest
{
};

TEST_F(SpeakersTest, ListsEachSpeakerOnceWithTurnAndSourceCounts)
{
    auto speakers = speakersOf(*project);
    ASSERT_TRUE(speakers);
    ASSERT_FALSE(speakers->empty());
    QSet<QString> names;
    int total = 0;
    for (const SpeakerSummary &s : *speakers) {
        EXPECT_FALSE(s.speaker.isEmpty());
        EXPECT_FALSE(names.contains(s.speaker)) << s.speaker.toStdString();
        names.insert(s.speaker);
        EXPECT_GE(s.turns, s.sources);
        EXPECT_GE(s.sources, 1);
        total += s.turns;
    }
    for (std::size_t i = 1; i < speakers->size(); ++i)
        EXPECT_GE((*speakers)[i - 1].turns, (*speakers)[i].turns);
    // The interviewer asks in all three interviews.
    auto interviewer = std::ranges::find(*speakers, QStringLiteral("Interviewer"), &SpeakerSummary::speaker);
    ASSERT_NE(interviewer, speakers->end());
    EXPECT_GE(interviewer->sources, 3);

    int turns = 0;
    auto sources = project->sources();
    ASSERT_TRUE(sources);
    for (const SourceInfo &s : *sources) {
        auto all = project->turns(s.id);
        ASSERT_TRUE(all);
        for (const Turn &t : *all)
            turns += t.speaker.isEmpty() || t.end <= t.start ? 0 : 1;
    }
    EXPECT_EQ(total, turns);
}

TEST_F(SpeakersTest, FindsEveryTurnOfOneSpeakerAcrossSources)
{
    auto speakers = speakersOf(*project);
    ASSERT_TRUE(speakers && !speakers->empty());
    const SpeakerSummary &p01 = *std::ranges::find(*speakers, QStringLiteral("P01"), &SpeakerSummary::speaker);
    auto turns = turnsOfSpeaker(*project, QStringLiteral("P01"));
    ASSERT_TRUE(turns);
    EXPECT_EQ(int(turns->size()), p01.turns);
    for (const SpeakerTurn &t : *turns) {
        EXPECT_LT(t.start, t.end);
        auto text = project->sourceText(t.sourceId);
        ASSERT_TRUE(text);
    }
    auto none = turnsOfSpeaker(*project, QStringLiteral("Nobody at all"));
    ASSERT_TRUE(none);
    EXPECT_TRUE(none->empty());
}

} // namespace
} // namespace gw

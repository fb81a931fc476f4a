// The domain API: sources, codes, segments and search, with positions in code
// points on text that has characters outside the Basic Multilingual Plane.
#include "core/model/project.h"
#include "core/text/positions.h"
#include "tests/support/temp_project.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace gw;

namespace {

class ProjectTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto p = Project::create(dir.path(QStringLiteral("study.groundwork")));
        ASSERT_TRUE(p);
        project = std::move(*p);
        ASSERT_TRUE(project->setCoder(QStringLiteral("ana")));
    }

    Id addSource(const QString &name, const QString &text, SourceKind kind = SourceKind::Interview)
    {
        auto id = project->addSource(NewSource{name, kind, text, name + QStringLiteral(".txt"),
                                               QStringLiteral("text"), {}});
        EXPECT_TRUE(id) << (id ? QString() : id.error().message);
        return id.value_or(0);
    }

    test::TempDir dir;
    std::unique_ptr<Project> project;
};

const QString kTranscript = QStringLiteral("[00:00:05] P03: The poster said 𠮷 and 🙂 for go-live.\r\n"
                                           "[00:00:09] P03: Then the site visits began.\r\n");

TEST_F(ProjectTest, SourceTextIsNormalisedOnceAndCountedInCodePoints)
{
    const Id id = addSource(QStringLiteral("P03"), kTranscript);
    auto text = project->sourceText(id);
    ASSERT_TRUE(text);
    EXPECT_FALSE(text->contains(QLatin1Char('\r')));
    auto info = project->source(id);
    ASSERT_TRUE(info);
    EXPECT_EQ(info->length, text::codePointLength(*text));
    EXPECT_EQ(info->kind, SourceKind::Interview);
    EXPECT_EQ(info->contentHash, Project::contentHash(*text));
}

TEST_F(ProjectTest, SameTextTwiceIsADuplicateNamingTheFirstSource)
{
    addSource(QStringLiteral("P03"), kTranscript);
    auto again = project->addSource(NewSource{QStringLiteral("P03 copy"), SourceKind::Interview,
                                              QString(kTranscript).replace(QStringLiteral("\r\n"), QStringLiteral("\n")),
                                              {}, {}, {}});
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().kind, ErrorKind::Duplicate);
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("P03")));
    EXPECT_EQ(project->counts()->sources(), 1);
}

TEST_F(ProjectTest, SegmentTextIsExactAcrossNonBmpCharacters)
{
    const Id source = addSource(QStringLiteral("P03"), kTranscript);
    auto code = project->addCode(QStringLiteral("Go-live rituals"), CodeStage::Open, QStringLiteral("#336699"));
    ASSERT_TRUE(code);
    const QString text = project->sourceText(source).value();
    const qsizetype at = text::codePointIndex(text, text.indexOf(QStringLiteral("𠮷")));
    EXPECT_EQ(at, 32);
    auto seg = project->applyCode(source, *code, at, at + 7); // "𠮷 and 🙂"
    ASSERT_TRUE(seg);
    auto segments = project->segmentsOfCode(*code);
    ASSERT_TRUE(segments);
    ASSERT_EQ(segments->size(), 1u);
    EXPECT_EQ(segments->front().text, QStringLiteral("𠮷 and 🙂"));
    EXPECT_EQ(segments->front().coder, QStringLiteral("ana"));
    EXPECT_EQ(segments->front().sourceName, QStringLiteral("P03"));
    EXPECT_EQ(project->code(*code)->segmentCount, 1);
    EXPECT_EQ(project->source(source)->segmentCount, 1);
    auto placesOnly = project->segmentsOfSource(source, false);
    ASSERT_TRUE(placesOnly);
    ASSERT_EQ(placesOnly->size(), 1u);
    EXPECT_TRUE(placesOnly->front().text.isEmpty());
    EXPECT_EQ(placesOnly->front().start, at);
    EXPECT_EQ(project->segmentsOfSource(source)->front().text, QStringLiteral("𠮷 and 🙂"));
}

TEST_F(ProjectTest, SegmentsOutsideTheTextOrTwiceAreRefused)
{
    const Id source = addSource(QStringLiteral("P03"), kTranscript);
    const Id code = project->addCode(QStringLiteral("c")).value();
    const qint64 length = project->source(source)->length;
    EXPECT_EQ(project->applyCode(source, code, 5, 5).error().kind, ErrorKind::InvalidInput);
    EXPECT_EQ(project->applyCode(source, code, -1, 3).error().kind, ErrorKind::InvalidInput);
    EXPECT_EQ(project->applyCode(source, code, 0, length + 1).error().kind, ErrorKind::InvalidInput);
    EXPECT_TRUE(project->applyCode(source, code, 0, length));
    auto twice = project->applyCode(source, code, 0, length);
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().kind, ErrorKind::Conflict);
    EXPECT_EQ(project->applyCode(source, 999, 0, 1).error().kind, ErrorKind::NotFound);
}

TEST_F(ProjectTest, RemovingASegmentAnnouncesIt)
{
    const Id source = addSource(QStringLiteral("P03"), kTranscript);
    const Id code = project->addCode(QStringLiteral("c")).value();
    const Id seg = project->applyCode(source, code, 0, 10).value();
    QSignalSpy spy(project.get(), &Project::segmentsChanged);
    ASSERT_TRUE(project->removeSegment(seg));
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).value<Id>(), source);
    EXPECT_EQ(project->segmentsOfCode(code)->size(), 0u);
    EXPECT_EQ(project->removeSegment(seg).error().kind, ErrorKind::NotFound);
}

TEST_F(ProjectTest, CodesHaveUniqueNamesStagesColoursAndAuditedRenames)
{
    auto a = project->addCode(QStringLiteral("  Site   visits "), CodeStage::FirstOrder);
    ASSERT_TRUE(a);
    EXPECT_EQ(project->code(*a)->name, QStringLiteral("Site visits"));
    EXPECT_EQ(project->code(*a)->stage, CodeStage::FirstOrder);
    EXPECT_TRUE(project->code(*a)->color.startsWith(QLatin1Char('#')));
    EXPECT_EQ(project->addCode(QStringLiteral("Site visits")).error().kind, ErrorKind::Conflict);
    EXPECT_EQ(project->addCode(QStringLiteral("x"), CodeStage::Open, QStringLiteral("blurple")).error().kind,
              ErrorKind::InvalidInput);
    EXPECT_EQ(project->addCode(QStringLiteral("   ")).error().kind, ErrorKind::InvalidInput);

    ASSERT_TRUE(project->renameCode(*a, QStringLiteral("Pilot site visits")));
    EXPECT_EQ(project->codeByName(QStringLiteral("Pilot site visits"))->id, *a);
    auto audit = project->database().prepare(QStringLiteral(
        "SELECT a.action, json_extract(a.details, '$.from'), json_extract(a.details, '$.to'), c.name "
        "FROM audit_log a JOIN coders c ON c.id = a.coder_id"));
    ASSERT_TRUE(audit);
    ASSERT_TRUE(audit->step().value_or(false));
    EXPECT_EQ(audit->text(0), QStringLiteral("code.rename"));
    EXPECT_EQ(audit->text(1), QStringLiteral("Site visits"));
    EXPECT_EQ(audit->text(2), QStringLiteral("Pilot site visits"));
    EXPECT_EQ(audit->text(3), QStringLiteral("ana"));
}

TEST_F(ProjectTest, SearchFindsRankedHitsWithCodePointRanges)
{
    addSource(QStringLiteral("P03"), kTranscript);
    addSource(QStringLiteral("Notes"), QStringLiteral("Site visits, site visits and more site visits."),
              SourceKind::Observation);
    auto hits = project->search(QStringLiteral("\"site visits\""));
    ASSERT_TRUE(hits) << hits.error().message;
    ASSERT_EQ(hits->size(), 4u);
    EXPECT_EQ(hits->front().sourceName, QStringLiteral("Notes")); // more hits rank first
    for (const SearchHit &h : *hits) {
        const QString text = project->sourceText(h.sourceId).value();
        EXPECT_EQ(text::codePointMid(text, h.start, h.end).toLower(), QStringLiteral("site visits"));
        EXPECT_TRUE(h.snippet.contains(QStringLiteral("visits"), Qt::CaseInsensitive));
    }
    // After the emoji in P03, the range is still right (checked above); prefix and NEAR work.
    EXPECT_EQ(project->search(QStringLiteral("vis*"))->size(), 4u);
    EXPECT_EQ(project->search(QStringLiteral("NEAR(poster go, 5)"))->size(), 2u);
    // A prefix at the end of a phrase, as typed: "site visit*" finds "site visits".
    EXPECT_EQ(project->search(QStringLiteral("\"site visit*\""))->size(), 4u);
    EXPECT_EQ(project->search(QStringLiteral("\"site vis *\" OR poster"))->size(), 4u + 1u);
}

// By sentence or paragraph, the words of one passage are one hit that spans
// the passage, with each word marked in its snippet; a passage too long to show
// whole is shown around its words. Hits stay in text order within a source.
TEST_F(ProjectTest, SearchListsOneHitPerPassageInTheCodingUnit)
{
    QString longTurn = QStringLiteral("P04: ");
    for (int i = 0; i < 40; ++i)
        longTurn += QStringLiteral("We talked about budgets and people, ");
    longTurn += QStringLiteral("then the blueprint came, and later another blueprint.");
    const Id id = addSource(QStringLiteral("P04"),
                            QStringLiteral("P04: The blueprint was late. We read the blueprint twice, blueprint by "
                                           "blueprint. Nothing else.\nP05: A 🙂 blueprint here.\n") +
                                longTurn);
    const QString text = project->sourceText(id).value();
    const auto textOf = [&](const SearchHit &h) { return text::codePointMid(text, h.start, h.end); };

    auto words = project->search(QStringLiteral("blueprint"), 200);
    ASSERT_TRUE(words) << words.error().message;
    ASSERT_EQ(words->size(), 7u);
    for (const SearchHit &h : *words) {
        EXPECT_EQ(textOf(h).toLower(), QStringLiteral("blueprint"));
        ASSERT_EQ(h.marks.size(), 1u);
        EXPECT_EQ(h.snippet.sliced(h.marks[0].first, h.marks[0].second - h.marks[0].first), QStringLiteral("blueprint"));
    }

    SearchScope bySentence;
    bySentence.unit = text::CodingUnit::Sentence;
    auto sentences = project->search(QStringLiteral("blueprint"), 200, bySentence);
    ASSERT_TRUE(sentences) << sentences.error().message;
    ASSERT_EQ(sentences->size(), 4u);
    EXPECT_EQ(textOf((*sentences)[0]), QStringLiteral("P04: The blueprint was late."));
    EXPECT_EQ(textOf((*sentences)[1]), QStringLiteral("We read the blueprint twice, blueprint by blueprint."));
    EXPECT_EQ((*sentences)[1].words, 3);
    EXPECT_EQ((*sentences)[1].snippet, QStringLiteral("We read the blueprint twice, blueprint by blueprint."));
    EXPECT_EQ((*sentences)[1].marks.size(), 3u);
    EXPECT_EQ(textOf((*sentences)[2]), QStringLiteral("P05: A 🙂 blueprint here.")); // past the emoji, still exact
    EXPECT_EQ((*sentences)[3].words, 2);
    EXPECT_TRUE(textOf((*sentences)[3]).endsWith(QStringLiteral("another blueprint.")));

    SearchScope byParagraph;
    byParagraph.unit = text::CodingUnit::Paragraph;
    auto paragraphs = project->search(QStringLiteral("blueprint"), 200, byParagraph);
    ASSERT_TRUE(paragraphs) << paragraphs.error().message;
    ASSERT_EQ(paragraphs->size(), 3u);
    EXPECT_EQ((*paragraphs)[0].words, 4);
    EXPECT_EQ(textOf((*paragraphs)[1]), QStringLiteral("P05: A 🙂 blueprint here."));
    // The long turn: the whole paragraph is the hit, its snippet the stretch around its words.
    const SearchHit &turn = (*paragraphs)[2];
    EXPECT_EQ(textOf(turn), longTurn);
    EXPECT_LT(turn.snippet.size(), 400);
    EXPECT_TRUE(turn.snippet.startsWith(QStringLiteral("…")));
    EXPECT_TRUE(turn.snippet.endsWith(QStringLiteral("another blueprint.")));
    EXPECT_EQ(turn.marks.size(), 2u);

    // The limit counts passages.
    EXPECT_EQ(project->search(QStringLiteral("blueprint"), 2, bySentence)->size(), 2u);
}

// Word by word, each snippet is the text 60 code points either side of its
// word, white space run together, "…" where the text goes on, whatever the
// bytes of the letters around it (accents, CJK, emoji outside the BMP) and
// however close the next word is. Worked out here from the text itself.
TEST_F(ProjectTest, SearchCutsEachWordsSnippetFromTheTextAroundIt)
{
    const QString text =
        QStringLiteral("blueprint at the start. Café crème, 𝔘nicode 🙂 and 東京 before the blueprint;\n\n"
                       "\tP02:   a blueprint blueprint close together, then a long stretch of words that "
                       "goes on well past the context on either side of it, with naïve façades, and at "
                       "last the blueprint");
    const Id id = addSource(QStringLiteral("P02"), text);
    const qsizetype length = text::codePointLength(text);
    auto hits = project->search(QStringLiteral("blueprint"), 200);
    ASSERT_TRUE(hits) << hits.error().message;
    ASSERT_EQ(hits->size(), 5u);
    static const QRegularExpression space(QStringLiteral("\\s+"));
    for (const SearchHit &h : *hits) {
        EXPECT_EQ(h.sourceId, id);
        EXPECT_EQ(text::codePointMid(text, h.start, h.end), QStringLiteral("blueprint"));
        const qsizetype from = std::max<qsizetype>(0, h.start - 60);
        const qsizetype to = std::min<qsizetype>(length, h.end + 60);
        QString expected = text::codePointMid(text, from, to).replace(space, QStringLiteral(" ")).trimmed();
        if (from > 0)
            expected.prepend(QStringLiteral("…"));
        if (to < length)
            expected.append(QStringLiteral("…"));
        EXPECT_EQ(h.snippet, expected) << "hit at " << h.start;
        ASSERT_EQ(h.marks.size(), 1u);
        EXPECT_EQ(h.snippet.sliced(h.marks[0].first, h.marks[0].second - h.marks[0].first), QStringLiteral("blueprint"));
    }
}

// A search for many hits looks at half the sources on a second connection at
// once; its hits are the same as one connection's, best source first, and a
// limit keeps the best.
TEST_F(ProjectTest, SearchForManyHitsGivesTheSameHitsInRankOrder)
{
    for (int i = 1; i <= 12; ++i) {
        QString text;
        for (int j = 0; j < 10 * i; ++j)
            text += QStringLiteral("The budget came late, budget %1 of %2. ").arg(j).arg(i);
        addSource(QStringLiteral("P%1").arg(i), text);
    }
    const auto key = [](const SearchHit &h) { return std::tuple(h.sourceId, h.start, h.end, h.snippet); };
    auto few = project->search(QStringLiteral("budget"), 499); // one connection
    auto many = project->search(QStringLiteral("budget"), 100000);
    ASSERT_TRUE(few && many);
    EXPECT_EQ(few->size(), 499u);
    ASSERT_EQ(many->size(), 2u * 10u * 78u); // two a sentence, 10 * (1 + ... + 12) sentences
    for (std::size_t i = 1; i < many->size(); ++i)
        EXPECT_LE((*many)[i - 1].rank, (*many)[i].rank);
    std::vector<std::tuple<Id, std::int64_t, std::int64_t, QString>> a, b;
    for (const SearchHit &h : *few)
        a.push_back(key(h));
    for (std::size_t i = 0; i < few->size(); ++i)
        b.push_back(key((*many)[i]));
    std::ranges::sort(a);
    std::ranges::sort(b);
    EXPECT_EQ(a, b); // the same best 499, whichever way they were found
    auto limited = project->search(QStringLiteral("budget"), 600);
    ASSERT_TRUE(limited);
    ASSERT_EQ(limited->size(), 600u);
    for (std::size_t i = 0; i < limited->size(); ++i)
        EXPECT_EQ(key((*limited)[i]), key((*many)[i]));
}

// A search within chosen sources finds nothing outside them.
TEST_F(ProjectTest, SearchKeepsToTheSourcesInScope)
{
    const Id a = addSource(QStringLiteral("P03"), kTranscript);
    addSource(QStringLiteral("Notes"), QStringLiteral("Site visits, site visits and more site visits."),
              SourceKind::Observation);
    SearchScope scope;
    scope.sources = std::vector<Id>{a};
    auto hits = project->search(QStringLiteral("visits"), 200, scope);
    ASSERT_TRUE(hits) << hits.error().message;
    ASSERT_EQ(hits->size(), 1u);
    EXPECT_EQ(hits->front().sourceId, a);
    scope.sources = std::vector<Id>{};
    EXPECT_TRUE(project->search(QStringLiteral("visits"), 200, scope)->empty());
}

TEST_F(ProjectTest, SearchToleratesPlainWordsThatAreNotQuerySyntax)
{
    addSource(QStringLiteral("P03"), kTranscript);
    auto hits = project->search(QStringLiteral("go-live"));
    ASSERT_TRUE(hits) << hits.error().message;
    ASSERT_EQ(hits->size(), 1u); // the phrase "go live", as the researcher meant it
    EXPECT_EQ(text::codePointMid(project->sourceText(1).value(), hits->front().start, hits->front().end),
              QStringLiteral("go-live"));
    EXPECT_FALSE(project->search(QStringLiteral("  ")));
}

TEST_F(ProjectTest, CountsCoverEverything)
{
    addSource(QStringLiteral("P03"), kTranscript);
    addSource(QStringLiteral("Notes"), QStringLiteral("Observed a meeting."), SourceKind::Observation);
    const Id code = project->addCode(QStringLiteral("c")).value();
    ASSERT_TRUE(project->applyCode(1, code, 0, 3));
    auto c = project->counts();
    ASSERT_TRUE(c);
    EXPECT_EQ(c->interviews, 1);
    EXPECT_EQ(c->observations, 1);
    EXPECT_EQ(c->documents, 0);
    EXPECT_EQ(c->codes, 1);
    EXPECT_EQ(c->segments, 1);
    EXPECT_EQ(c->coders, 1);
}

} // namespace

// Naming a coder records nothing: only an edit makes someone a coder, so a
// reader (info, segments, search, an export) leaves no trace in the project.
TEST(ProjectCoders, OnlyAnEditMakesSomeoneACoder)
{
    gw::test::TempDir dir;
    auto project = gw::Project::create(dir.path(QStringLiteral("c.groundwork")));
    ASSERT_TRUE(project);
    const auto coders = [&] {
        auto stmt = (*project)->database().prepare(QStringLiteral("SELECT group_concat(name, ',') FROM coders"));
        EXPECT_TRUE(stmt && stmt->step().value_or(false));
        return stmt->text(0);
    };
    ASSERT_TRUE((*project)->setCoder(QStringLiteral("zoe")));
    EXPECT_EQ((*project)->coder(), QStringLiteral("zoe"));
    ASSERT_TRUE((*project)->codes());
    ASSERT_TRUE((*project)->sources());
    EXPECT_EQ(coders(), QString());
    ASSERT_TRUE((*project)->addCode(QStringLiteral("Trust"), gw::CodeStage::Open));
    EXPECT_EQ(coders(), QStringLiteral("zoe"));
    // Switching to a known coder and back adds no one.
    ASSERT_TRUE((*project)->setCoder(QStringLiteral("amy")));
    ASSERT_TRUE((*project)->setCoder(QStringLiteral("zoe")));
    EXPECT_EQ(coders(), QStringLiteral("zoe"));
}

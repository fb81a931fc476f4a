// Coding queries on the hand-worked project of analysis_fixture.h: every
// operator, each unit, NOT and NEAR across paragraph ends, text outside the
// BMP, the filters and the parser's messages.
#include "core/analysis/coding_query.h"
#include "core/analysis/saved_queries.h"
#include "core/commands/save_query.h"
#include "tests/unit/analysis/analysis_fixture.h"
#include "tests/unit/commands/store_dump.h"

#include <QSignalSpy>
#include <QUndoStack>

using namespace gw;
using gw::test::L;

namespace {

class CodingQueryTest : public test::AnalysisTest
{
protected:
    // The texts of the passages EXPRESSION finds.
    QStringList run(const QString &expression, QueryOptions options = {})
    {
        auto passages = runCodingQuery(*data, expression, options);
        EXPECT_TRUE(passages) << (passages ? QString() : passages.error().message);
        QStringList texts;
        if (passages)
            for (const Passage &p : *passages)
                texts.append(textOf(p.sourceId, p.start, p.end));
        return texts;
    }
    QueryOptions unit(QueryUnit u)
    {
        QueryOptions o;
        o.unit = u;
        return o;
    }
    QueryOptions where(const QString &condition)
    {
        QueryOptions o;
        auto c = parseAttributeCondition(condition);
        EXPECT_TRUE(c) << (c ? QString() : c.error().message);
        if (c)
            o.filters.where.push_back(*c);
        return o;
    }
    QString error(const QString &expression, QueryOptions options = {})
    {
        auto passages = runCodingQuery(*data, expression, options);
        EXPECT_FALSE(passages);
        return passages ? QString() : passages.error().message;
    }
};

TEST_F(CodingQueryTest, ACodeIsItsSegmentsInSourceOrder)
{
    EXPECT_EQ(run(QStringLiteral("X")), (L({"Alpha 🙂", "Delta", "Zeta"})));
    // A theme and a dimension stand for every code under them.
    EXPECT_EQ(run(QStringLiteral("T")), (L({"Alpha 🙂", "Gamma three", "Delta", "Zeta"})));
    EXPECT_EQ(run(QStringLiteral("dimension:D")), run(QStringLiteral("theme:T")));
}

TEST_F(CodingQueryTest, OrJoinsBoth)
{
    EXPECT_EQ(run(QStringLiteral("X OR Z")), (L({"Alpha 🙂", "Gamma three", "Delta", "Zeta"})));
}

TEST_F(CodingQueryTest, AndByOverlapIsTheCommonRangeInCodePoints)
{
    auto passages = runCodingQuery(*data, QStringLiteral("X AND Y"), {});
    ASSERT_TRUE(passages);
    ASSERT_EQ(passages->size(), 1u);
    // "Alpha " is six code points; the emoji is one code point (two UTF-16 units).
    EXPECT_EQ(passages->front().start, 6);
    EXPECT_EQ(passages->front().end, 7);
    EXPECT_EQ(passages->front().segmentIds, (std::vector<Id>{x1, y1}));
}

TEST_F(CodingQueryTest, AndBySentenceAndParagraphGivesTheUnit)
{
    EXPECT_EQ(run(QStringLiteral("X AND Y"), unit(QueryUnit::Sentence)), (L({"Alpha 🙂 one."})));
    // x1 with y1 and with y2 both in P0: one passage; x2 (P1) has no Y in its paragraph.
    auto passages = runCodingQuery(*data, QStringLiteral("X AND Y"), unit(QueryUnit::Paragraph));
    ASSERT_TRUE(passages);
    ASSERT_EQ(passages->size(), 1u);
    EXPECT_EQ(textOf(s1, passages->front().start, passages->front().end), QStringLiteral("Alpha 🙂 one. Beta two."));
    EXPECT_EQ(passages->front().segmentIds, (std::vector<Id>{x1, y1, y2}));
}

TEST_F(CodingQueryTest, NotKeepsWhatTheOtherNeverMeets)
{
    EXPECT_EQ(run(QStringLiteral("X NOT Y")), (L({"Delta", "Zeta"})));
    EXPECT_EQ(run(QStringLiteral("X AND NOT Y")), (L({"Delta", "Zeta"})));
    // y3 sits in the paragraph after x2's: across a paragraph end it does not exclude it.
    EXPECT_EQ(run(QStringLiteral("X NOT Y"), unit(QueryUnit::Paragraph)), (L({"Delta", "Zeta"})));
    // y2 shares P0 with x1 but not its sentence... x1 shares s0 with y1 all the same.
    EXPECT_EQ(run(QStringLiteral("Z NOT Y"), unit(QueryUnit::Sentence)), (L({"Gamma three"})));
    EXPECT_EQ(run(QStringLiteral("Y NOT X"), unit(QueryUnit::Sentence)), (L({"Beta", "Epsilon"})));
}

TEST_F(CodingQueryTest, NearCountsSentencesAcrossParagraphEnds)
{
    // y1-x1 0 apart, y2-x1 1 apart, y3 (s4, P2) - x2 (s3, P1) 1 apart across the paragraph end.
    EXPECT_EQ(run(QStringLiteral("Y NEAR/1 X")),
              (L({"Alpha 🙂 one", "Alpha 🙂 one. Beta", "Delta four.\n\nEpsilon"})));
    EXPECT_EQ(run(QStringLiteral("Y NEAR/0 X")), (L({"Alpha 🙂 one"})));
    EXPECT_EQ(run(QStringLiteral("Z NEAR/1 X")), (L({"Gamma three. Delta"})));
}

TEST_F(CodingQueryTest, OperatorsBindAsDocumented)
{
    // AND binds tighter than OR: Z OR (X AND Y).
    EXPECT_EQ(run(QStringLiteral("Z OR X AND Y")), (L({"🙂", "Gamma three"})));
    EXPECT_EQ(run(QStringLiteral("(Z OR X) AND Y")), (L({"🙂"})));
    EXPECT_EQ(run(QStringLiteral("X NOT Y NOT Z")), run(QStringLiteral("(X NOT Y) NOT Z")));
}

TEST_F(CodingQueryTest, CanonicalTextRoundTrips)
{
    for (const QString &q : {QStringLiteral("Z OR X AND Y"), QStringLiteral("(Z OR X) AND theme:T"),
                             QStringLiteral("X NOT (Y OR Z)"), QStringLiteral("Y NEAR/2 X")}) {
        auto node = parseQueryExpression(q, *data);
        ASSERT_TRUE(node) << q;
        const QString canonical = queryText(**node);
        auto again = parseQueryExpression(canonical, *data);
        ASSERT_TRUE(again) << canonical;
        EXPECT_EQ(queryText(**again), canonical);
        EXPECT_EQ(run(canonical), run(q)) << canonical;
    }
}

TEST_F(CodingQueryTest, MalformedExpressionsSayWhereAndWhat)
{
    EXPECT_TRUE(error(QStringLiteral("X AND")).contains(QStringLiteral("position 6: expected a code, theme or dimension name or ( after AND")))
        << error(QStringLiteral("X AND"));
    EXPECT_TRUE(error(QStringLiteral("(X OR Y")).contains(QStringLiteral("a ) to close the ( at position 1")));
    EXPECT_TRUE(error(QStringLiteral("X NEAR Y")).contains(QStringLiteral("NEAR needs a distance")));
    EXPECT_TRUE(error(QStringLiteral("X \"Y")).contains(QStringLiteral("no closing")));
    EXPECT_TRUE(error(QStringLiteral("")).contains(QStringLiteral("empty")));
    EXPECT_TRUE(error(QString(300, u'(') + QStringLiteral("X") + QString(300, u')')).contains(QStringLiteral("nested")));
    QString many = QStringLiteral("X");
    for (int i = 0; i < 1200; ++i)
        many += QStringLiteral(" OR Y");
    EXPECT_TRUE(error(many).contains(QStringLiteral("more than 1000 names"))) << error(many);
}

TEST_F(CodingQueryTest, UnknownNamesOfferTheClosest)
{
    ASSERT_TRUE(project->addCode(QStringLiteral("Trust building"), CodeStage::FirstOrder));
    auto d = CodingData::load(*project);
    ASSERT_TRUE(d);
    data = *d;
    const QString message = error(QStringLiteral("X OR Trust bilding"));
    EXPECT_TRUE(message.contains(QStringLiteral("position 6"))) << message;
    EXPECT_TRUE(message.contains(QStringLiteral("Closest: \"Trust building\""))) << message;
    EXPECT_TRUE(error(QStringLiteral("theme:X")).contains(QStringLiteral("no theme is called \"X\"")));
}

TEST_F(CodingQueryTest, AttributeConditionsAreTyped)
{
    EXPECT_EQ(run(QStringLiteral("X"), where(QStringLiteral("role = ccio"))), (L({"Alpha 🙂", "Delta"})));
    EXPECT_EQ(run(QStringLiteral("X"), where(QStringLiteral("role != CCIO"))), (L({"Zeta"})));
    EXPECT_EQ(run(QStringLiteral("X"), where(QStringLiteral("year >= 2020"))), (L({"Zeta"})));
    // Numbers compare as numbers: "2019" < "300" as text, not as numbers.
    EXPECT_EQ(run(QStringLiteral("X"), where(QStringLiteral("year > 300"))).size(), 3);
    EXPECT_EQ(run(QStringLiteral("X"), where(QStringLiteral("year between 2018 and 2020"))), (L({"Alpha 🙂", "Delta"})));
    EXPECT_EQ(run(QStringLiteral("X"), where(QStringLiteral("site in (\"Site B\", Site C)"))), (L({"Zeta"})));
    EXPECT_EQ(run(QStringLiteral("X"), where(QStringLiteral("site = 'Site B'"))), (L({"Zeta"})));
    EXPECT_EQ(run(QStringLiteral("X"), where(QStringLiteral("interviewed between 2019-01-01 and 2019-12-31"))),
              (L({"Alpha 🙂", "Delta"})));
    // K2 has no date: a missing value never matches, not even !=.
    EXPECT_EQ(run(QStringLiteral("X"), where(QStringLiteral("interviewed != 2019-05-01"))), QStringList{});
    EXPECT_EQ(run(QStringLiteral("X"), where(QStringLiteral("interviewed < 2030-01-01"))), (L({"Alpha 🙂", "Delta"})));
}

TEST_F(CodingQueryTest, BadConditionsAreRefusedWithTheReason)
{
    EXPECT_FALSE(parseAttributeCondition(QStringLiteral("role CCIO")));
    EXPECT_FALSE(parseAttributeCondition(QStringLiteral("status in GDE")));
    EXPECT_FALSE(parseAttributeCondition(QStringLiteral("year between 2019")));
    EXPECT_TRUE(error(QStringLiteral("X"), where(QStringLiteral("year >= soon"))).contains(QStringLiteral("not a number")));
    EXPECT_TRUE(error(QStringLiteral("X"), where(QStringLiteral("interviewed > 05/01/2019"))).contains(QStringLiteral("yyyy-mm-dd")));
    EXPECT_TRUE(error(QStringLiteral("X"), where(QStringLiteral("rol = CCIO"))).contains(QStringLiteral("Closest: \"role\"")));
    // A name with spaces and "in" inside it is still one name.
    auto c = parseAttributeCondition(QStringLiteral("time in post >= 3"));
    ASSERT_TRUE(c);
    EXPECT_EQ(c->attribute, QStringLiteral("time in post"));
    EXPECT_EQ(int(c->op), int(AttributeCondition::Op::GreaterEqual));
}

TEST_F(CodingQueryTest, SourceKindCaseCoderAndDateFilters)
{
    QueryOptions o;
    o.filters.kinds = {SourceKind::Observation};
    EXPECT_EQ(run(QStringLiteral("X"), o), (L({"Zeta"})));
    o = {};
    o.filters.sources = {QStringLiteral("S1")};
    EXPECT_EQ(run(QStringLiteral("X"), o), (L({"Alpha 🙂", "Delta"})));
    o = {};
    o.filters.cases = {QStringLiteral("K2")};
    EXPECT_EQ(run(QStringLiteral("X"), o), (L({"Zeta"})));
    o = {};
    o.filters.coders = {QStringLiteral("ben")};
    EXPECT_EQ(run(QStringLiteral("X"), o), (L({"Zeta"})));
    o = {};
    o.filters.codedFrom = QDate::currentDate().addDays(2);
    EXPECT_EQ(run(QStringLiteral("X"), o), QStringList{});
    o = {};
    o.filters.codedTo = QDate::currentDate().addDays(2);
    EXPECT_EQ(run(QStringLiteral("X"), o).size(), 3);
    o = {};
    o.filters.cases = {QStringLiteral("K9")};
    EXPECT_TRUE(error(QStringLiteral("X"), o).contains(QStringLiteral("No case is called \"K9\"")));
    // A set of sources keeps its members, as naming them does.
    ASSERT_TRUE(project->addToSourceSet(QStringLiteral("first round"), {project->sourceByName(QStringLiteral("S1"))->id}));
    data = *CodingData::load(*project);
    o = {};
    o.filters.sets = {QStringLiteral("first round")};
    EXPECT_EQ(run(QStringLiteral("X"), o), (L({"Alpha 🙂", "Delta"})));
    EXPECT_EQ(QueryFilters::fromJson(o.filters.toJson())->sets, o.filters.sets);
    o.filters.sets = {QStringLiteral("first rnd")};
    EXPECT_TRUE(error(QStringLiteral("X"), o).contains(QStringLiteral("No set is called \"first rnd\""))) << error(QStringLiteral("X"), o);
}

TEST_F(CodingQueryTest, SavedQueriesKeepTheirOptions)
{
    SavedQuery q;
    q.name = QStringLiteral("X near Y at CCIO sites");
    q.expression = QStringLiteral("X NEAR/1 Y");
    q.options = where(QStringLiteral("role = CCIO"));
    q.options.unit = QueryUnit::Sentence;
    ASSERT_TRUE(saveQuery(*project, q));
    EXPECT_EQ(saveQuery(*project, q).error().kind, ErrorKind::Conflict);
    auto back = savedQuery(*project, q.name);
    ASSERT_TRUE(back) << back.error().message;
    EXPECT_EQ(back->expression, q.expression);
    EXPECT_EQ(int(back->options.unit), int(QueryUnit::Sentence));
    ASSERT_EQ(back->options.filters.where.size(), 1u);
    EXPECT_EQ(toString(back->options.filters.where.front()), QStringLiteral("role = CCIO"));
    EXPECT_EQ(run(back->expression, back->options).size(), 3);
    q.expression = QStringLiteral("X");
    ASSERT_TRUE(saveQuery(*project, q, true));
    EXPECT_EQ(savedQuery(*project, q.name)->expression, QStringLiteral("X"));
    EXPECT_TRUE(savedQuery(*project, QStringLiteral("X near Y at CCIO site")).error().message.contains(QStringLiteral("Closest")));
    ASSERT_TRUE(removeSavedQuery(*project, q.name));
    EXPECT_TRUE(savedQueries(*project)->empty());
}

// Saving and removing a query are undo steps that give the store back exactly,
// each announced once.
TEST_F(CodingQueryTest, SavingAndRemovingAQueryAreUndoneExactly)
{
    QUndoStack stack;
    QSignalSpy changed(project.get(), &Project::savedQueriesChanged);
    const test::StoreDump empty = test::dumpStore(project->database());
    SavedQuery q;
    q.name = QStringLiteral("X near Y");
    q.expression = QStringLiteral("X NEAR/1 Y");
    auto save = SaveQuery::make(*project, q);
    ASSERT_TRUE(save) << save.error().message;
    stack.push(save->release());
    EXPECT_EQ(changed.count(), 1);
    const test::StoreDump first = test::dumpStore(project->database());
    EXPECT_NE(first, empty);

    // Saving again under the name replaces it; undo gives the first back as it was.
    q.expression = QStringLiteral("X");
    q.options.unit = QueryUnit::Paragraph;
    auto replace = SaveQuery::make(*project, q);
    ASSERT_TRUE(replace) << replace.error().message;
    stack.push(replace->release());
    EXPECT_EQ(savedQuery(*project, q.name)->expression, QStringLiteral("X"));
    const test::StoreDump second = test::dumpStore(project->database());
    stack.undo();
    EXPECT_EQ(test::dumpStore(project->database()), first);
    stack.redo();
    EXPECT_EQ(test::dumpStore(project->database()), second);

    auto remove = RemoveSavedQuery::make(*project, q.name);
    ASSERT_TRUE(remove) << remove.error().message;
    stack.push(remove->release());
    EXPECT_TRUE(savedQueries(*project)->empty());
    stack.undo();
    EXPECT_EQ(test::dumpStore(project->database()), second);
    stack.undo();
    stack.undo();
    EXPECT_EQ(test::dumpStore(project->database()), empty);
    EXPECT_EQ(changed.count(), 8); // 3 pushes, 4 undos, 1 redo
    EXPECT_EQ(RemoveSavedQuery::make(*project, q.name).error().kind, ErrorKind::NotFound);
    q.expression.clear();
    EXPECT_EQ(SaveQuery::make(*project, q).error().kind, ErrorKind::InvalidInput);
}

TEST(WordCount, CountsWordsNotSymbols)
{
    EXPECT_EQ(wordCount(u"Alpha 🙂 one"), 2);
    EXPECT_EQ(wordCount(u"don't stop — co-design, 2020!"), 4);
    EXPECT_EQ(wordCount(u""), 0);
}

} // namespace

// Word frequencies from the index, checked against a count made here from the
// texts: every word, the stop words and numbers left out, the minimum length,
// chosen sources, and placeholders as one word.
#include "core/analysis/keyword_context.h"
#include "core/analysis/word_frequency.h"
#include "core/model/project.h"
#include "tests/support/temp_project.h"

#include <QRegularExpression>
#include <gtest/gtest.h>
#include <algorithm>
#include <map>

using namespace gw;

namespace {

const QStringList kTexts = {
    QStringLiteral("The blueprint was late. We read the blueprint at [site_A] on 12 May, and the suppliers came."),
    QStringLiteral("Suppliers and blueprints: the supplier visited [site_A] twice. Der Plan war für uns neu."),
    QStringLiteral("Nothing about it here, only the ward round and the ward manager."),
};

// Words as the index folds them: lower case, '_' inside a word, no diacritics.
std::map<QString, int> countHere(const QStringList &texts)
{
    std::map<QString, int> counts;
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}_]+"));
    for (const QString &t : texts)
        for (auto it = word.globalMatch(t); it.hasNext();) {
            QString w = it.next().captured().toLower().normalized(QString::NormalizationForm_D);
            w.remove(QRegularExpression(QStringLiteral("\\p{Mn}")));
            ++counts[w];
        }
    return counts;
}

TEST(WordFrequency, CountsMatchAnIndependentCountOfTheTexts)
{
    test::TempDir dir;
    auto project = std::move(Project::create(dir.path(QStringLiteral("w.groundwork"))).value());
    std::vector<Id> ids;
    for (qsizetype i = 0; i < kTexts.size(); ++i)
        ids.push_back(project->addSource(NewSource{QStringLiteral("S%1").arg(i), SourceKind::Interview, kTexts[i], {}, {}, {}})
                          .value());
    const std::map<QString, int> here = countHere(kTexts);
    std::int64_t total = 0;
    for (const auto &[w, n] : here)
        total += n;

    WordOptions all;
    all.top = 1000;
    all.minLength = 1;
    all.stopWords = false;
    auto every = wordFrequencies(*project, all);
    ASSERT_TRUE(every) << every.error().message;
    EXPECT_EQ(every->totalWords, total);
    std::map<QString, int> fromIndex;
    for (const WordCount &w : every->words)
        fromIndex[w.word] = int(w.count);
    std::map<QString, int> expected = here;
    std::erase_if(expected, [](const auto &kv) { return kv.first.front().isDigit(); }); // numbers left out
    EXPECT_EQ(fromIndex, expected);
    EXPECT_EQ(fromIndex[QStringLiteral("site_a")], 2); // one word
    EXPECT_EQ(fromIndex[QStringLiteral("fur")], 1);   // "für", folded
    ASSERT_FALSE(every->words.empty());
    EXPECT_EQ(every->words.front().word, QStringLiteral("the"));
    EXPECT_EQ(every->words.front().count, here.at(QStringLiteral("the")));
    EXPECT_DOUBLE_EQ(every->words.front().percent, 100.0 * double(here.at(QStringLiteral("the"))) / double(total));

    // Defaults: stop words out (English and German), three letters at least.
    auto defaults = wordFrequencies(*project, WordOptions{});
    ASSERT_TRUE(defaults);
    for (const WordCount &w : defaults->words) {
        EXPECT_GE(w.word.size(), 3);
        EXPECT_FALSE(defaultStopWords().contains(w.word)) << w.word.toStdString();
    }
    // Twice each: blueprint, site_a, suppliers, ward; alphabetical among equals.
    ASSERT_GE(defaults->words.size(), 4u);
    EXPECT_EQ(defaults->words[0].word, QStringLiteral("blueprint"));
    EXPECT_EQ(defaults->words[0].count, 2);
    EXPECT_EQ(defaults->words[0].sources, 1);
    EXPECT_EQ(defaults->words[1].word, QStringLiteral("site_a"));
    EXPECT_EQ(defaults->words[1].sources, 2);

    // Chosen sources, and more stop words.
    WordOptions some;
    some.sources = std::vector<Id>{ids[0], ids[1]};
    some.moreStopWords = {QStringLiteral("blueprint")};
    auto chosen = wordFrequencies(*project, some);
    ASSERT_TRUE(chosen);
    const std::map<QString, int> firstTwo = countHere(kTexts.mid(0, 2));
    std::int64_t twoTotal = 0;
    for (const auto &[w, n] : firstTwo)
        twoTotal += n;
    EXPECT_EQ(chosen->totalWords, twoTotal);
    for (const WordCount &w : chosen->words) {
        EXPECT_NE(w.word, QStringLiteral("blueprint"));
        EXPECT_NE(w.word, QStringLiteral("ward")); // only in the third
        EXPECT_EQ(int(w.count), firstTwo.at(w.word)) << w.word.toStdString();
    }
}

// The words of passages (a code's segments, a query's hits) are the words of
// their text alone, counted as the index counts them, with the sources they are in.
TEST(WordFrequency, WordsOfPassagesAreTheWordsOfTheirTextOnly)
{
    test::TempDir dir;
    auto project = std::move(Project::create(dir.path(QStringLiteral("p.groundwork"))).value());
    std::vector<Id> ids;
    for (qsizetype i = 0; i < kTexts.size(); ++i)
        ids.push_back(project->addSource(NewSource{QStringLiteral("S%1").arg(i), SourceKind::Interview, kTexts[i], {}, {}, {}})
                          .value());
    // "We read the blueprint at [site_A] on 12 May", "Suppliers and
    // blueprints: the supplier visited [site_A] twice.", "für uns neu." and
    // "the ward manager."
    const auto span = [&](int source, const QString &words) {
        const qsizetype at = kTexts[source].indexOf(words);
        EXPECT_GE(at, 0) << words.toStdString();
        return Passage{ids[std::size_t(source)], at, at + words.size(), {}};
    };
    const std::vector<Passage> passages{span(0, QStringLiteral("We read the blueprint at [site_A] on 12 May")),
                                        span(1, QStringLiteral("Suppliers and blueprints: the supplier visited [site_A] twice.")),
                                        span(1, QStringLiteral("für uns neu.")),
                                        span(2, QStringLiteral("the ward manager."))};
    QStringList texts;
    for (const Passage &p : passages)
        texts.append(kTexts[qsizetype(std::ranges::find(ids, p.sourceId) - ids.begin())].mid(p.start, p.end - p.start));
    const std::map<QString, int> here = countHere(texts);
    std::int64_t total = 0;
    for (const auto &[w, n] : here)
        total += n;

    WordOptions o;
    o.top = 1000;
    o.minLength = 1;
    o.stopWords = false;
    o.passages = passages;
    o.sources = std::vector<Id>{ids[2]}; // not looked at when passages are given
    auto words = wordFrequencies(*project, o);
    ASSERT_TRUE(words) << words.error().message;
    EXPECT_EQ(words->totalWords, total);
    std::map<QString, int> got, sourcesOf;
    for (const WordCount &w : words->words) {
        got[w.word] = int(w.count);
        sourcesOf[w.word] = w.sources;
    }
    std::map<QString, int> expected = here;
    std::erase_if(expected, [](const auto &kv) { return kv.first.front().isDigit(); });
    EXPECT_EQ(got, expected);
    EXPECT_FALSE(got.contains(QStringLiteral("late"))); // outside every passage
    EXPECT_EQ(got[QStringLiteral("site_a")], 2);
    EXPECT_EQ(sourcesOf[QStringLiteral("site_a")], 2);
    EXPECT_EQ(sourcesOf[QStringLiteral("the")], 3);
    EXPECT_EQ(got[QStringLiteral("fur")], 1);

    // Counted again with other passages: nothing of the first count is left.
    o.passages = std::vector<Passage>{span(2, QStringLiteral("the ward manager."))};
    auto again = wordFrequencies(*project, o);
    ASSERT_TRUE(again) << again.error().message;
    EXPECT_EQ(again->totalWords, 3);
    // No passages: no words, not an error.
    o.passages = std::vector<Passage>{};
    auto none = wordFrequencies(*project, o);
    ASSERT_TRUE(none) << none.error().message;
    EXPECT_EQ(none->totalWords, 0);
    EXPECT_TRUE(none->words.empty());
}

// Speaker labels open every turn of a transcript: left out by default, counted on request.
TEST(WordFrequency, SpeakerLabelsAreLeftOutUnlessAsked)
{
    test::TempDir dir;
    auto project = std::move(Project::create(dir.path(QStringLiteral("s.groundwork"))).value());
    const QString text = QStringLiteral("Interviewer: Tell me about the blueprint.\nDr Müller: The blueprint came late.");
    NewSource source{QStringLiteral("T"), SourceKind::Interview, text, {}, {}, {}};
    source.turns = {Turn{QStringLiteral("Interviewer"), 0, 41, {}}, Turn{QStringLiteral("Dr Müller"), 42, text.size(), {}}};
    ASSERT_TRUE(project->addSource(source));
    auto without = wordFrequencies(*project, WordOptions{});
    ASSERT_TRUE(without) << without.error().message;
    QStringList words;
    for (const WordCount &w : without->words)
        words.append(w.word);
    EXPECT_FALSE(words.contains(QStringLiteral("interviewer")));
    EXPECT_FALSE(words.contains(QStringLiteral("muller")));
    EXPECT_TRUE(words.contains(QStringLiteral("blueprint")));
    WordOptions with;
    with.speakerLabels = true;
    auto counted = wordFrequencies(*project, with);
    ASSERT_TRUE(counted);
    words.clear();
    for (const WordCount &w : counted->words)
        words.append(w.word);
    EXPECT_TRUE(words.contains(QStringLiteral("interviewer")));
    EXPECT_TRUE(words.contains(QStringLiteral("muller")));
}

// Stemming (off by default) counts the forms of a word together under its most
// frequent form, with the sources of any of them; its search finds them all.
TEST(WordFrequency, StemmingCountsFormsTogether)
{
    test::TempDir dir;
    auto project = std::move(Project::create(dir.path(QStringLiteral("stem.groundwork"))).value());
    auto a = project->addSource(NewSource{QStringLiteral("A"), SourceKind::Interview,
                                          QStringLiteral("The suppliers met. Suppliers again, and one supplier."), {}, {}, {}});
    ASSERT_TRUE(a);
    ASSERT_TRUE(project->addSource(NewSource{QStringLiteral("B"), SourceKind::Interview,
                                             QStringLiteral("A supplier visited; visits were planned."), {}, {}, {}}));
    auto plain = wordFrequencies(*project, WordOptions{});
    ASSERT_TRUE(plain);
    std::map<QString, std::int64_t> counts;
    for (const WordCount &w : plain->words)
        counts[w.word] = w.count;
    EXPECT_EQ(counts[QStringLiteral("suppliers")], 2);
    EXPECT_EQ(counts[QStringLiteral("supplier")], 2);

    WordOptions stemmed;
    stemmed.stem = true;
    auto joined = wordFrequencies(*project, stemmed);
    ASSERT_TRUE(joined) << joined.error().message;
    EXPECT_EQ(joined->totalWords, plain->totalWords);
    ASSERT_FALSE(joined->words.empty());
    const WordCount &top = joined->words.front();
    EXPECT_EQ(top.count, 4);
    EXPECT_EQ(top.sources, 2);
    EXPECT_EQ(top.forms, (QStringList{QStringLiteral("supplier"), QStringLiteral("suppliers")})); // equal counts: by name
    EXPECT_EQ(top.word, QStringLiteral("supplier"));
    const auto visit = std::ranges::find_if(joined->words, [](const WordCount &w) { return w.forms.contains(QStringLiteral("visits")); });
    ASSERT_NE(visit, joined->words.end());
    EXPECT_EQ(visit->count, 2); // visited, visits
    EXPECT_EQ(wordSearchQuery(top), QStringLiteral("\"supplier\" OR \"suppliers\""));
    auto lines = keywordInContext(*project, wordSearchQuery(top), KwicSort::Source);
    ASSERT_TRUE(lines);
    EXPECT_EQ(lines->size(), 4u);
    // Within passages, too: "The suppliers met. Suppliers" holds two.
    stemmed.passages = std::vector<Passage>{Passage{*a, 0, 28, {}}};
    auto some = wordFrequencies(*project, stemmed);
    ASSERT_TRUE(some) << some.error().message;
    ASSERT_FALSE(some->words.empty());
    EXPECT_EQ(some->words.front().word, QStringLiteral("suppliers"));
    EXPECT_EQ(some->words.front().count, 2);
    EXPECT_EQ(some->words.front().sources, 1);
}

// Keyword in context: each hit with the words before and after it, sorted by
// source, by the words before (nearest first) or by the words after.
TEST(KeywordInContext, EachHitWithItsContextSortedEitherSide)
{
    test::TempDir dir;
    auto project = std::move(Project::create(dir.path(QStringLiteral("k.groundwork"))).value());
    const Id a = project->addSource(NewSource{QStringLiteral("A"), SourceKind::Interview,
                                              QStringLiteral("We read the blueprint twice. Zoe wrote a blueprint later."), {}, {}, {}})
                     .value();
    project->addSource(NewSource{QStringLiteral("B"), SourceKind::Interview,
                                 QStringLiteral("Every blueprint came from the centre."), {}, {}, {}})
        .value();
    auto bySource = keywordInContext(*project, QStringLiteral("blueprint"), KwicSort::Source);
    ASSERT_TRUE(bySource) << bySource.error().message;
    ASSERT_EQ(bySource->size(), 3u);
    EXPECT_EQ((*bySource)[0].source, QStringLiteral("A"));
    EXPECT_EQ((*bySource)[0].left, QStringLiteral("We read the"));
    EXPECT_EQ((*bySource)[0].keyword, QStringLiteral("blueprint"));
    EXPECT_TRUE((*bySource)[0].right.startsWith(QStringLiteral("twice.")));
    EXPECT_LT((*bySource)[0].start, (*bySource)[1].start);
    EXPECT_EQ((*bySource)[2].source, QStringLiteral("B"));

    // Left: by the word just before the hit: "a", "Every", "the".
    auto left = keywordInContext(*project, QStringLiteral("blueprint"), KwicSort::Left);
    ASSERT_TRUE(left);
    QStringList nearest;
    for (const KwicLine &l : *left)
        nearest.append(l.left.split(u' ').last());
    EXPECT_EQ(nearest, (QStringList{QStringLiteral("a"), QStringLiteral("Every"), QStringLiteral("the")}));
    // Right: "came…", "later.", "twice.".
    auto right = keywordInContext(*project, QStringLiteral("blueprint"), KwicSort::Right);
    ASSERT_TRUE(right);
    EXPECT_TRUE(right->front().right.startsWith(QStringLiteral("came")));
    EXPECT_TRUE(right->back().right.startsWith(QStringLiteral("twice")));
    // Within one source only.
    auto one = keywordInContext(*project, QStringLiteral("blueprint"), KwicSort::Source, 100, std::vector<Id>{a});
    ASSERT_TRUE(one);
    EXPECT_EQ(one->size(), 2u);
    EXPECT_FALSE(kwicSortFromString(QStringLiteral("middle")));
    // Within passages (a code's segments): only the hits inside them, whatever SOURCES says.
    const std::vector<Passage> within{Passage{a, 29, 57, {}}}; // "Zoe wrote a blueprint later."
    auto inside = keywordInContext(*project, QStringLiteral("blueprint"), KwicSort::Source, 100, std::vector<Id>{}, &within);
    ASSERT_TRUE(inside) << inside.error().message;
    ASSERT_EQ(inside->size(), 1u);
    EXPECT_EQ(inside->front().start, 41);
    const std::vector<Passage> none;
    auto nothing = keywordInContext(*project, QStringLiteral("blueprint"), KwicSort::Source, 100, {}, &none);
    ASSERT_TRUE(nothing);
    EXPECT_TRUE(nothing->empty());
}

} // namespace

// Sources' texts edited as undo steps (a transcription error fixed, names
// replaced across every source): segments follow their words, undo puts the
// store back exactly (full dumps), an edit that would leave a segment without
// text is refused whole, and the full-text index follows the texts.
#include "core/analysis/anonymisation.h"
#include "core/commands/anonymise_fields.h"
#include "core/commands/edit_source_texts.h"
#include "core/demo/demo_project.h"
#include "core/model/project.h"
#include "core/text/positions.h"
#include "tests/unit/commands/demo_fixture.h"
#include "tests/unit/commands/store_dump.h"

#include <QUndoStack>
#include <gtest/gtest.h>
#include <map>

namespace gw {
namespace {

class SourceTextCommandsTest : public test::DemoProjectTest
{
protected:
    // Every segment's text, by id, read from the store.
    std::map<Id, QString> segmentTexts()
    {
        std::map<Id, QString> texts;
        auto sources = project->sources();
        EXPECT_TRUE(sources);
        for (const SourceInfo &s : *sources) {
            const auto segments = project->segmentsOfSource(s.id);
            EXPECT_TRUE(segments);
            for (const SegmentInfo &g : segments.value_or(std::vector<SegmentInfo>{}))
                texts[g.id] = g.text;
        }
        return texts;
    }
};

TEST_F(SourceTextCommandsTest, FixingAWordKeepsEverySegmentOnItsWordsAndUndoPutsTheStoreBack)
{
    auto segments = project->segmentsOfSource(busiest.id);
    ASSERT_TRUE(segments && segments->size() >= 2);
    const SegmentInfo &coded = (*segments)[1];
    const QString text = *project->sourceText(busiest.id);
    // Correct the first letter of the text, before every segment, and a word inside a segment.
    const qsizetype inside = coded.start + 1;
    std::vector<SourceTextEdit> edits{{busiest.id, {{0, 1, QStringLiteral("«corrected»")}, {inside, inside + 1, QStringLiteral("ZZ")}}, {}}};
    const auto before = test::dumpStore(project->database());
    const auto textsBefore = segmentTexts();
    QUndoStack stack;
    auto command = EditSourceTexts::apply(*project, edits, QStringLiteral("Edit text"), QStringLiteral("source.edit"));
    ASSERT_TRUE(command) << command.error().message.toStdString();
    const std::vector<Id> touched = (*command)->change().touchedSegments;
    stack.push(command->release());
    EXPECT_TRUE(project->sourceText(busiest.id)->startsWith(QStringLiteral("«corrected»")));
    EXPECT_EQ(project->source(busiest.id)->length, text::codePointLength(*project->sourceText(busiest.id)));
    const auto textsAfter = segmentTexts();
    ASSERT_EQ(textsAfter.size(), textsBefore.size());
    for (const auto &[id, old] : textsBefore) {
        if (std::ranges::find(touched, id) != touched.end())
            continue;
        EXPECT_EQ(textsAfter.at(id), old) << "segment " << id;
    }
    ASSERT_TRUE(std::ranges::find(touched, coded.id) != touched.end());
    QString expected = coded.text;
    expected.replace(1, 1, QStringLiteral("ZZ"));
    EXPECT_EQ(textsAfter.at(coded.id), expected);
    auto hits = project->search(QStringLiteral("corrected"), 10);
    ASSERT_TRUE(hits);
    EXPECT_EQ(hits->size(), 1u);
    const auto edited = test::dumpStore(project->database());

    stack.undo();
    EXPECT_TRUE(test::sameStore(before, test::dumpStore(project->database())));
    EXPECT_TRUE(project->search(QStringLiteral("corrected"), 10)->empty());
    stack.redo();
    EXPECT_TRUE(test::sameStore(edited, test::dumpStore(project->database())));
    stack.undo();
    EXPECT_TRUE(test::sameStore(before, test::dumpStore(project->database())));
}

TEST_F(SourceTextCommandsTest, AnEditThatDeletesASegmentsTextIsRefusedWhole)
{
    auto segments = project->segmentsOfSource(busiest.id, false);
    ASSERT_TRUE(segments && !segments->empty());
    const SegmentInfo &s = segments->back();
    const auto before = test::dumpStore(project->database());
    auto refused = project->editSourceTexts({{busiest.id, {{0, 1, QStringLiteral("x")}, {s.start, s.end, {}}}, {}}},
                                            QStringLiteral("source.edit"), {});
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(busiest.name));
    EXPECT_TRUE(test::sameStore(before, test::dumpStore(project->database())));
    // Overlapping changes, and a change past the end, are refused too.
    EXPECT_FALSE(project->editSourceTexts({{busiest.id, {{0, 5, QStringLiteral("a")}, {3, 6, QStringLiteral("b")}}, {}}},
                                          QStringLiteral("source.edit"), {}));
    EXPECT_FALSE(project->editSourceTexts({{busiest.id, {{busiest.length, busiest.length + 2, QStringLiteral("a")}}, {}}},
                                          QStringLiteral("source.edit"), {}));
    // Cancelled part way: nothing changed.
    auto cancelled = project->editSourceTexts({{busiest.id, {{0, 1, QStringLiteral("x")}}, {}}},
                                              QStringLiteral("source.edit"), {}, [](int done, int) { return done == 0; });
    ASSERT_FALSE(cancelled);
    EXPECT_EQ(cancelled.error().kind, ErrorKind::Cancelled);
    EXPECT_TRUE(test::sameStore(before, test::dumpStore(project->database())));
}

// Whole-word occurrences of NAMES in TEXT, longest name first, found without
// the code under test: [start, end) in code points, and the placeholder.
struct Occurrence
{
    qsizetype start, end;
    QString placeholder;
};

std::vector<Occurrence> occurrencesIn(const QString &text, std::vector<AnonymousName> names)
{
    std::ranges::stable_sort(names, [](const auto &a, const auto &b) { return a.name.size() > b.name.size(); });
    std::vector<bool> taken(std::size_t(text.size()), false);
    std::vector<std::pair<qsizetype, Occurrence>> found; // by UTF-16 index
    auto word = [&](qsizetype i) { return i >= 0 && i < text.size() && (text[i].isLetterOrNumber() || text[i] == u'_'); };
    for (const AnonymousName &n : names)
        for (qsizetype at = text.indexOf(n.name); at >= 0; at = text.indexOf(n.name, at + 1)) {
            const qsizetype end = at + n.name.size();
            if (word(at - 1) || word(end) || std::any_of(taken.begin() + at, taken.begin() + end, [](bool b) { return b; }))
                continue;
            std::fill(taken.begin() + at, taken.begin() + end, true);
            found.push_back({at, {text::codePointIndex(text, at), text::codePointIndex(text, end), n.placeholder}});
        }
    std::ranges::sort(found, {}, &std::pair<qsizetype, Occurrence>::first);
    std::vector<Occurrence> out;
    for (auto &f : found)
        out.push_back(f.second);
    return out;
}

TEST_F(SourceTextCommandsTest, AnonymisingReplacesEveryNameAndEverySegmentFollowsItsWords)
{
    const std::vector<AnonymousName> names{{QStringLiteral("CCIO"), QStringLiteral("[role_1]")},
                                           {QStringLiteral("respiratory medicine"), QStringLiteral("[specialty_A]")},
                                           {QStringLiteral("Interviewer"), QStringLiteral("[researcher]")},
                                           {QStringLiteral("medicines"), QString()}};
    auto plan = planAnonymisation(*project, names);
    ASSERT_TRUE(plan) << plan.error().message.toStdString();
    EXPECT_EQ(plan->names[3].placeholder, QStringLiteral("[name_1]"));
    EXPECT_FALSE(plan->speakers.empty()) << "the interviewer's speaker label is a name";
    for (const auto &[p, n] : plan->existingPlaceholders)
        EXPECT_NE(p, QStringLiteral("[name_1]"));
    ASSERT_TRUE(std::ranges::any_of(plan->existingPlaceholders, [](const auto &e) { return e.first == u"[site_A]"; }));

    // What every segment should read afterwards, worked out here from the texts
    // before: its words, stretched over any name it cuts, with each name replaced.
    std::vector<AnonymousName> filled = plan->names;
    std::map<Id, QString> expected;
    std::int64_t occurrences = 0;
    const auto sources = project->sources();
    ASSERT_TRUE(sources);
    for (const SourceInfo &s : *sources) {
        const QString text = *project->sourceText(s.id);
        const auto found = occurrencesIn(text, filled);
        occurrences += std::int64_t(found.size());
        const auto segments = project->segmentsOfSource(s.id, false);
        ASSERT_TRUE(segments);
        for (const SegmentInfo &g : *segments) {
            qsizetype a = g.start, b = g.end;
            for (const Occurrence &o : found)
                if (o.start < b && o.end > a) {
                    a = std::min(a, o.start);
                    b = std::max(b, o.end);
                }
            QString words = text::codePointMid(text, a, b);
            for (auto it = found.rbegin(); it != found.rend(); ++it)
                if (it->start >= a && it->end <= b) {
                    const qsizetype from = text::utf16Index(words, it->start - a), to = text::utf16Index(words, it->end - a);
                    words.replace(from, to - from, it->placeholder);
                }
            expected[g.id] = words;
        }
    }
    EXPECT_EQ(std::int64_t(plan->hits.size()), occurrences);
    ASSERT_GT(occurrences, 40);

    const auto before = test::dumpStore(project->database());
    QUndoStack stack;
    auto command = EditSourceTexts::apply(*project, anonymisationEdits(*plan), QStringLiteral("Anonymise"),
                                          QStringLiteral("anonymise"));
    ASSERT_TRUE(command) << command.error().message.toStdString();
    stack.push(command->release());
    const auto after = segmentTexts();
    ASSERT_EQ(after.size(), expected.size());
    for (const auto &[id, words] : expected)
        EXPECT_EQ(after.at(id), words) << "segment " << id;
    for (const SourceInfo &s : *sources) {
        const QString text = *project->sourceText(s.id);
        EXPECT_TRUE(occurrencesIn(text, names).empty()) << s.name;
        const auto turns = project->turns(s.id);
        ASSERT_TRUE(turns);
        for (const Turn &t : *turns)
            EXPECT_NE(t.speaker, QStringLiteral("Interviewer"));
    }
    EXPECT_TRUE(project->search(QStringLiteral("\"respiratory medicine\""), 10)->empty());
    EXPECT_FALSE(project->search(QStringLiteral("specialty_A"), 10)->empty());

    // The mapping goes to its own file, never into the project.
    EXPECT_FALSE(writeAnonymisationMapping(*plan, project->path(), project->path()));
    ASSERT_TRUE(writeAnonymisationMapping(*plan, dir.path(QStringLiteral("mapping.csv")), project->path()));
    auto mapping = readAnonymousNames(dir.path(QStringLiteral("mapping.csv")));
    ASSERT_TRUE(mapping) << mapping.error().message.toStdString();
    ASSERT_EQ(mapping->size(), 4u);
    EXPECT_EQ((*mapping)[0].name, QStringLiteral("CCIO"));
    EXPECT_EQ((*mapping)[3].placeholder, QStringLiteral("[name_1]"));

    stack.undo();
    EXPECT_TRUE(test::sameStore(before, test::dumpStore(project->database())));
    EXPECT_FALSE(project->search(QStringLiteral("\"respiratory medicine\""), 10)->empty());
}

// A names list too long for one search pattern (5,000 names) is refused with
// what to do, and nothing changes; a search for it never reports "no names".
TEST_F(SourceTextCommandsTest, ANamesListTooLongToSearchIsRefusedWithWhatToDo)
{
    std::vector<AnonymousName> names;
    for (int i = 0; i < 5000; ++i)
        names.push_back({QStringLiteral("Name%1 Person%2").arg(i, 5, 10, QLatin1Char('0')).arg(i * 7), {}});
    names.push_back({QStringLiteral("Interviewer"), {}});
    const auto before = test::dumpStore(project->database());
    auto plan = planAnonymisation(*project, names);
    ASSERT_FALSE(plan);
    EXPECT_EQ(plan.error().kind, ErrorKind::InvalidInput);
    EXPECT_TRUE(plan.error().message.contains(QStringLiteral("Split the names list"))) << plan.error().message.toStdString();
    EXPECT_TRUE(test::sameStore(before, test::dumpStore(project->database())));
    EXPECT_FALSE(textFieldsMatching(project->database(), namesPattern(names, false)));
    // A thousand is fine.
    names.resize(1000);
    names.push_back({QStringLiteral("Interviewer"), {}});
    auto fine = planAnonymisation(*project, names);
    ASSERT_TRUE(fine) << fine.error().message.toStdString();
    EXPECT_FALSE(fine->hits.empty());
}

TEST_F(SourceTextCommandsTest, MadeUpPlaceholdersNumberOnPastThoseInTheTexts)
{
    NewSource source{QStringLiteral("Notes with Ana Silva"), SourceKind::Observation,
                     QStringLiteral("Met [name_4] and Ana Silva. Later ana silva and Bo spoke; Bob did not."), {}, {}, {}, {}};
    ASSERT_TRUE(project->addSource(source));
    auto plan = planAnonymisation(*project, {{QStringLiteral("Ana Silva"), {}}, {QStringLiteral("Bo"), QStringLiteral("person_B")}},
                                  AnonymisationOptions{true});
    ASSERT_TRUE(plan);
    EXPECT_EQ(plan->names[0].placeholder, QStringLiteral("[name_5]"));
    EXPECT_EQ(plan->names[1].placeholder, QStringLiteral("[person_B]"));
    EXPECT_EQ(plan->counts[0], 2); // ignoring case
    EXPECT_EQ(plan->counts[1], 1); // not inside "Bob"
    ASSERT_EQ(plan->sourceNames.size(), 1u) << "a source named for a person is renamed too";
    const auto before = test::dumpStore(project->database());
    auto change = project->editSourceTexts(anonymisationEdits(*plan), QStringLiteral("anonymise"), {});
    ASSERT_TRUE(change) << change.error().message.toStdString();
    EXPECT_FALSE(project->sourceByName(QStringLiteral("Notes with Ana Silva")));
    EXPECT_EQ(*project->sourceText(project->sourceByName(QStringLiteral("Notes with [name_5]"))->id),
              QStringLiteral("Met [name_4] and [name_5]. Later [name_5] and [person_B] spoke; Bob did not."));
    ASSERT_TRUE(project->restoreSourceTexts(*change, QStringLiteral("anonymise.undo")));
    EXPECT_TRUE(test::sameStore(before, test::dumpStore(project->database())));
}

// Names in the project's other texts (a code's label and definition, a memo,
// a case) are found and replaced with the same placeholders, as one undo step
// that puts every field back.
TEST_F(SourceTextCommandsTest, AnonymisingReachesMemosCasesAndCodesAndUndoPutsThemBack)
{
    auto code = project->addCode(QStringLiteral("Talks with Ana Silva"));
    ASSERT_TRUE(code);
    ASSERT_TRUE(project->setCodeDefinition(*code, QStringLiteral("What Ana Silva said about Leeds.")));
    auto memo = project->addMemo(QStringLiteral("project"), std::nullopt, QStringLiteral("Leeds visit"),
                                 QStringLiteral("Ana Silva showed us round Leeds; Leedsford is elsewhere."));
    ASSERT_TRUE(memo);
    auto person = project->addCase(QStringLiteral("Ana Silva"), QStringLiteral("Matron at Leeds"));
    ASSERT_TRUE(person);
    const auto before = test::dumpStore(project->database());
    auto plan = planAnonymisation(*project, {{QStringLiteral("Ana Silva"), QStringLiteral("nurse_A")},
                                             {QStringLiteral("Leeds"), QStringLiteral("site_B")}});
    ASSERT_TRUE(plan) << plan.error().message.toStdString();
    std::map<QString, int> where;
    for (const AnonymisedField &f : plan->fields)
        ++where[f.table + u'.' + f.column];
    const std::map<QString, int> expected{{QStringLiteral("cases.description"), 1}, {QStringLiteral("cases.name"), 1},
                                          {QStringLiteral("codes.definition"), 1},  {QStringLiteral("codes.name"), 1},
                                          {QStringLiteral("memos.body"), 1},        {QStringLiteral("memos.title"), 1}};
    EXPECT_EQ(where, expected);

    QUndoStack stack;
    auto fields = AnonymiseFields::apply(*project, plan->fields);
    ASSERT_TRUE(fields) << fields.error().message.toStdString();
    stack.push(fields->release());
    const auto replaced = [&] {
        EXPECT_EQ(project->code(*code)->name, QStringLiteral("Talks with [nurse_A]"));
        EXPECT_EQ(project->code(*code)->definition, QStringLiteral("What [nurse_A] said about [site_B]."));
        EXPECT_EQ(project->caseById(*person)->name, QStringLiteral("[nurse_A]"));
        EXPECT_EQ(project->caseById(*person)->description, QStringLiteral("Matron at [site_B]"));
        auto memos = project->memos();
        ASSERT_TRUE(memos);
        const auto m = std::ranges::find(*memos, *memo, &MemoInfo::id);
        ASSERT_NE(m, memos->end());
        EXPECT_EQ(m->title, QStringLiteral("[site_B] visit"));
        EXPECT_EQ(m->body, QStringLiteral("[nurse_A] showed us round [site_B]; Leedsford is elsewhere."));
    };
    replaced();
    stack.undo();
    EXPECT_TRUE(test::sameStore(before, test::dumpStore(project->database())));
    stack.redo();
    replaced();
}

TEST(AnonymousNames, ReadsAListAndRefusesANameGivenTwoPlaceholders)
{
    test::TempDir dir;
    test::writeFile(dir.path(QStringLiteral("names.csv")),
                    QByteArrayLiteral("Sheffield,site_A\nDr Ana Silva,\n\"Leeds, West\",[site_B]\nSheffield,[site_A]\n"));
    auto names = readAnonymousNames(dir.path(QStringLiteral("names.csv")));
    ASSERT_TRUE(names) << names.error().message.toStdString();
    ASSERT_EQ(names->size(), 3u);
    EXPECT_EQ((*names)[0].placeholder, QStringLiteral("[site_A]"));
    EXPECT_TRUE((*names)[1].placeholder.isEmpty());
    EXPECT_EQ((*names)[2].name, QStringLiteral("Leeds, West"));
    test::writeFile(dir.path(QStringLiteral("twice.csv")), QByteArrayLiteral("name,placeholder\nLeeds,[a]\nLeeds,[b]\n"));
    auto twice = readAnonymousNames(dir.path(QStringLiteral("twice.csv")));
    ASSERT_FALSE(twice);
    EXPECT_TRUE(twice.error().message.contains(QStringLiteral("twice.csv, line 3"))) << twice.error().message;
    test::writeFile(dir.path(QStringLiteral("empty.csv")), QByteArrayLiteral("name,placeholder\n"));
    EXPECT_FALSE(readAnonymousNames(dir.path(QStringLiteral("empty.csv"))));
}

} // namespace
} // namespace gw

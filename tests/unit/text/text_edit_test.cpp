// Text edits and the positions carried through them: spans away from a change
// keep their words; spans a change falls inside or across follow its words;
// positions count code points, so text outside the BMP moves nothing wrongly.
#include "core/text/positions.h"
#include "core/text/text_edit.h"

#include <QRandomGenerator>
#include <gtest/gtest.h>

namespace gw::text {
namespace {

TextEdit make(std::vector<Replacement> r, qsizetype length)
{
    auto e = TextEdit::make(std::move(r), length);
    EXPECT_TRUE(e) << (e ? "" : e.error().message.toStdString());
    return e ? *e : TextEdit();
}

TEST(TextEdit, AppliesReplacementsInPositionOrder)
{
    const QString text = QStringLiteral("Dr Smith met Jones at Leeds.");
    const TextEdit e = make({{22, 27, QStringLiteral("[site_A]")}, {3, 8, QStringLiteral("[name_1]")}}, 28);
    EXPECT_EQ(e.apply(text), QStringLiteral("Dr [name_1] met Jones at [site_A]."));
    EXPECT_EQ(e.newLength(), 34);
}

TEST(TextEdit, RefusesOverlapsOutsideAndEmptyChanges)
{
    EXPECT_FALSE(TextEdit::make({{2, 6, QStringLiteral("x")}, {5, 8, QStringLiteral("y")}}, 10));
    EXPECT_FALSE(TextEdit::make({{8, 12, QStringLiteral("x")}}, 10));
    EXPECT_FALSE(TextEdit::make({{4, 4, QString()}}, 10));
    EXPECT_FALSE(TextEdit::make({{4, 4, QStringLiteral("a")}, {4, 4, QStringLiteral("b")}}, 10));
    EXPECT_TRUE(TextEdit::make({{4, 4, QStringLiteral("a")}, {4, 6, QStringLiteral("b")}}, 10));
}

TEST(TextEdit, SpansAwayFromAChangeKeepTheirWords)
{
    // "aaaa NAME bbbb": a change of NAME (5..9) to a longer placeholder.
    const TextEdit e = make({{5, 9, QStringLiteral("[name_12]")}}, 14);
    const RebasedSpan before = e.rebase(0, 4), after = e.rebase(10, 14), touching = e.rebase(0, 5);
    EXPECT_EQ(before.start, 0);
    EXPECT_EQ(before.end, 4);
    EXPECT_FALSE(before.touched);
    EXPECT_EQ(after.start, 15);
    EXPECT_EQ(after.end, 19);
    EXPECT_FALSE(after.touched);
    EXPECT_EQ(touching.end, 5); // ends where the change begins: untouched
    EXPECT_FALSE(touching.touched);
    const RebasedSpan from = e.rebase(9, 14);
    EXPECT_EQ(from.start, 14);
    EXPECT_FALSE(from.touched);
}

TEST(TextEdit, SpansAroundOrAcrossAChangeFollowItsWords)
{
    const TextEdit e = make({{5, 9, QStringLiteral("[name_12]")}}, 14);
    const RebasedSpan around = e.rebase(0, 14), inside = e.rebase(6, 8), acrossStart = e.rebase(7, 14),
                      acrossEnd = e.rebase(0, 7), exact = e.rebase(5, 9);
    EXPECT_EQ(around.start, 0);
    EXPECT_EQ(around.end, 19);
    EXPECT_TRUE(around.touched);
    EXPECT_EQ(inside.start, 5); // a span inside the name becomes the placeholder
    EXPECT_EQ(inside.end, 14);
    EXPECT_EQ(acrossStart.start, 5);
    EXPECT_EQ(acrossStart.end, 19);
    EXPECT_EQ(acrossEnd.start, 0);
    EXPECT_EQ(acrossEnd.end, 14);
    EXPECT_EQ(exact.start, 5);
    EXPECT_EQ(exact.end, 14);
    EXPECT_TRUE(inside.touched && acrossStart.touched && acrossEnd.touched && exact.touched);
}

TEST(TextEdit, InsertionsAtASpansEdgesStayOutsideAndDeletionsCanEmptyIt)
{
    const TextEdit e = make({{4, 4, QStringLiteral("XX")}, {8, 8, QStringLiteral("YY")}}, 12);
    const RebasedSpan span = e.rebase(4, 8);
    EXPECT_EQ(span.start, 6);
    EXPECT_EQ(span.end, 10);
    EXPECT_FALSE(span.touched);
    const TextEdit inside = make({{6, 6, QStringLiteral("Z")}}, 12);
    EXPECT_TRUE(inside.rebase(4, 8).touched);
    EXPECT_EQ(inside.rebase(4, 8).end, 9);
    const TextEdit gone = make({{3, 9, QString()}}, 12);
    const RebasedSpan deleted = gone.rebase(4, 8);
    EXPECT_EQ(deleted.start, deleted.end);
    EXPECT_TRUE(deleted.touched);
}

TEST(TextEdit, CountsCodePointsOutsideTheBmp)
{
    const QString text = QStringLiteral("😀 Ana 😀 met 😀");
    ASSERT_EQ(codePointLength(text), 13);
    const TextEdit e = make({{2, 5, QStringLiteral("[name_1] 🎉")}}, 13);
    const QString edited = e.apply(text);
    EXPECT_EQ(edited, QStringLiteral("😀 [name_1] 🎉 😀 met 😀"));
    const RebasedSpan met = e.rebase(8, 11);
    EXPECT_EQ(codePointMid(edited, met.start, met.end), QStringLiteral("met"));
}

// Many random edits of a random text: every span no change touches has the
// same words after as before (checked on the texts themselves, not positions).
TEST(TextEdit, UntouchedSpansKeepTheirWordsUnderRandomEdits)
{
    QRandomGenerator random(20261207);
    for (int round = 0; round < 200; ++round) {
        QString text;
        const int length = 20 + int(random.bounded(200));
        for (int i = 0; i < length; ++i)
            text += random.bounded(10) == 0 ? QStringLiteral("😀") : QString(QChar(u'a' + random.bounded(26)));
        const qsizetype cps = codePointLength(text);
        std::vector<Replacement> changes;
        for (qsizetype at = qsizetype(random.bounded(5)); at < cps; at += 1 + qsizetype(random.bounded(30))) {
            const qsizetype end = std::min(cps, at + qsizetype(random.bounded(4)));
            QString with = QString(int(random.bounded(4)), u'#');
            if (at == end && with.isEmpty())
                with = QStringLiteral("+");
            changes.push_back({at, end, with});
            at = end;
        }
        const TextEdit e = make(changes, cps);
        const QString edited = e.apply(text);
        ASSERT_EQ(codePointLength(edited), e.newLength());
        for (int s = 0; s < 30; ++s) {
            const qsizetype a = qsizetype(random.bounded(int(cps))), b = a + 1 + qsizetype(random.bounded(int(cps - a)));
            const RebasedSpan span = e.rebase(a, b);
            ASSERT_LE(span.start, span.end);
            ASSERT_LE(span.end, e.newLength());
            if (!span.touched) {
                EXPECT_EQ(codePointMid(edited, span.start, span.end), codePointMid(text, a, b))
                    << "round " << round << " span " << a << "-" << b;
            }
        }
    }
}

} // namespace
} // namespace gw::text

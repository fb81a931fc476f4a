#include "core/text/positions.h"
#include "tests/support/temp_project.h"

#include <gtest/gtest.h>

using namespace gw::text;

namespace {

const QString kMixed = QStringLiteral("a🙂b𠮷c"); // 5 code points, 7 UTF-16 units

TEST(Positions, CountsCodePointsNotUtf16Units)
{
    EXPECT_EQ(kMixed.size(), 7);
    EXPECT_EQ(codePointLength(kMixed), 5);
    EXPECT_EQ(codePointLength(QString()), 0);
}

TEST(Positions, ConvertsBothWaysAroundSurrogatePairs)
{
    EXPECT_EQ(utf16Index(kMixed, 0), 0);
    EXPECT_EQ(utf16Index(kMixed, 2), 3); // after a, 🙂
    EXPECT_EQ(utf16Index(kMixed, 4), 6);
    EXPECT_EQ(utf16Index(kMixed, 5), 7);
    EXPECT_EQ(utf16Index(kMixed, 99), 7); // clamped
    EXPECT_EQ(codePointIndex(kMixed, 3), 2);
    EXPECT_EQ(codePointIndex(kMixed, 2), 1); // inside the pair: its start
    EXPECT_EQ(codePointIndex(kMixed, 7), 5);
}

TEST(Positions, Utf16MapAgreesWithTheScanEverywhere)
{
    const QString text = QStringLiteral("🙂a𠮷𠮷b c🙂");
    const Utf16Map map(text);
    for (qsizetype cp = -1; cp <= codePointLength(text) + 1; ++cp)
        EXPECT_EQ(map.utf16Index(cp), utf16Index(text, std::max<qsizetype>(cp, 0))) << cp;
    EXPECT_EQ(Utf16Map(QString()).utf16Index(3), 0);
}

TEST(Positions, MidTakesWholeCodePoints)
{
    EXPECT_EQ(codePointMid(kMixed, 1, 4), QStringLiteral("🙂b𠮷"));
    EXPECT_EQ(codePointMid(kMixed, 4, 5), QStringLiteral("c"));
    EXPECT_EQ(codePointMid(kMixed, 0, 0), QString());
}

TEST(Positions, NormaliseStripsBomUnifiesLineEndsAndComposes)
{
    const QString decomposed = QStringLiteral("\xFEFF") + QStringLiteral("Cafe\u0301\r\nline\rend");
    EXPECT_EQ(normalise(decomposed), QStringLiteral("Café\nline\nend"));
    EXPECT_EQ(codePointLength(normalise(decomposed)), 13);
}

} // namespace

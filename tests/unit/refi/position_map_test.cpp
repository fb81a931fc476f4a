// Producer positions onto Groundwork's: UTF-16 units over CRLF text with a BOM
// and emoji (NVivo), code points (QualCoder), and text that NFC changes.
#include "core/refi/position_map.h"
#include "tests/support/temp_project.h"

#include <gtest/gtest.h>

using namespace gw::refi;

TEST(PositionMap, Utf16OverCrlfWithBomAndEmoji)
{
    // As stored: BOM, "a😀 b\r\nword", so UTF-16 units: a=0, 😀=1-2, ' '=3, b=4, CR=5, LF=6, w=7.
    const QString raw = QString(QChar(0xFEFF)) + QStringLiteral("a😀 b\r\nword");
    const PositionMap map(raw);
    EXPECT_EQ(map.normalised(), QStringLiteral("a😀 b\nword"));
    EXPECT_EQ(map.map(7, PositionUnit::Utf16), 5);  // "w"
    EXPECT_EQ(map.map(11, PositionUnit::Utf16), 9); // the end
    EXPECT_EQ(map.map(3, PositionUnit::Utf16), 2);  // the space after the emoji
    EXPECT_EQ(map.map(12, PositionUnit::Utf16), std::nullopt);
    EXPECT_EQ(map.slice(*map.map(7, PositionUnit::Utf16), *map.map(11, PositionUnit::Utf16)), QStringLiteral("word"));
    // Counted in code points, the same file reads differently.
    EXPECT_EQ(map.map(6, PositionUnit::CodePoints), 5);
    EXPECT_EQ(map.map(10, PositionUnit::CodePoints), 9);
    EXPECT_EQ(map.map(11, PositionUnit::CodePoints), std::nullopt);
    EXPECT_TRUE(map.hasSurrogates());
    EXPECT_FALSE(map.identity());
}

TEST(PositionMap, CombiningMarksComposeUnderNfc)
{
    // "cafe" + combining acute + " open": NFC makes "café open", one character shorter.
    const QString raw = QStringLiteral("cafe\u0301 open");
    const PositionMap map(raw);
    EXPECT_TRUE(map.exact());
    EXPECT_EQ(map.normalised(), QStringLiteral("caf\u00e9 open"));
    EXPECT_EQ(map.map(6, PositionUnit::CodePoints), 5); // "open" starts at 6 as stored, 5 as kept
    EXPECT_EQ(map.map(10, PositionUnit::CodePoints), 9);
    EXPECT_TRUE(map.onWordBoundary(4));
    EXPECT_FALSE(map.onWordBoundary(2));
}

TEST(PositionMap, PlainTextMapsOneToOne)
{
    const PositionMap map(QStringLiteral("plain words\nhere"));
    EXPECT_TRUE(map.identity());
    for (int i = 0; i <= 16; ++i) {
        EXPECT_EQ(map.map(i, PositionUnit::CodePoints), i);
        EXPECT_EQ(map.map(i, PositionUnit::Utf16), i);
    }
}

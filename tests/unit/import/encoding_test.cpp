// Text files in the encodings researchers' tools write: UTF-8, byte-order-marked
// UTF-16, Windows-1252 and Shift-JIS decode to the same text; binary data and
// files that mix UTF-8 with another encoding are refused by name.
#include "core/import/text_decoding.h"
#include "tests/support/temp_project.h"

#include <QStringEncoder>
#include <gtest/gtest.h>

using namespace gw;

namespace {

QByteArray fixture(const char *name)
{
    return test::readFile(QStringLiteral(GW_TEST_DATA "/import/") + QLatin1String(name));
}

TEST(Encoding, ValidUtf8StaysUtf8)
{
    EXPECT_EQ(decodeText(QStringLiteral("Zoë said 🙂, café").toUtf8(), QStringLiteral("a.txt"))
                  .value(),
              QStringLiteral("Zoë said 🙂, café"));
}

TEST(Encoding, Utf8ByteOrderMarkIsDropped)
{
    EXPECT_EQ(decodeText(QByteArray("\xEF\xBB\xBF") + QStringLiteral("café").toUtf8(),
                         QStringLiteral("a.txt"))
                  .value(),
              QStringLiteral("café"));
}

TEST(Encoding, Utf16WithByteOrderMarkIsDecoded)
{
    for (auto encoding : {QStringConverter::Utf16LE, QStringConverter::Utf16BE}) {
        QStringEncoder encoder(encoding, QStringConverter::Flag::WriteBom);
        const QByteArray bytes = encoder.encode(QStringLiteral("P01: Zoë 🙂\r\n"));
        EXPECT_EQ(decodeText(bytes, QStringLiteral("u.txt")).value(),
                  QStringLiteral("P01: Zoë 🙂\r\n"));
    }
}

TEST(Encoding, ShortLatin1TextIsDecoded)
{
    EXPECT_EQ(decodeText("caf\xe9 au lait\n", QStringLiteral("latin1.txt")).value(),
              QStringLiteral("café au lait\n"));
}

TEST(Encoding, Windows1252QuotesAndDashesAreDecoded)
{
    EXPECT_EQ(decodeText(fixture("windows-1252.txt"), QStringLiteral("windows-1252.txt")).value(),
              QStringLiteral(
                  "Café conversations – “the real exchange” – happened after the board meetings. "
                  "The naïve plan was a résumé of milestones, déjà vu for everyone.\n"));
}

TEST(Encoding, ShiftJisIsDecoded)
{
    EXPECT_EQ(
        decodeText(fixture("shift-jis.txt"), QStringLiteral("shift-jis.txt")).value(),
        QStringLiteral(
            "聞き手：本日はお時間をいただきありがとうございます。まず、ご自身の役割について教えてい"
            "ただけますか。\n"
            "参加者：はい。私は病院の医療情報部門で働いています。電子カルテの導入を担当しており、"
            "看護師や薬剤師と毎週打ち合わせをしています。\n"));
}

TEST(Encoding, MixedEncodingsAreRefusedWithBothNamed)
{
    const auto text =
        decodeText(fixture("mixed-encodings.txt"), QStringLiteral("mixed-encodings.txt"));
    ASSERT_FALSE(text);
    // The second name is uchardet's guess from one short line (ISO-8859-1 or -2).
    const QString message = text.error().message;
    EXPECT_TRUE(message.startsWith(QStringLiteral(
                    "mixed-encodings.txt mixes text encodings (UTF-8 and ISO-8859-")) ||
                message.startsWith(QStringLiteral(
                    "mixed-encodings.txt mixes text encodings (UTF-8 and WINDOWS-125")))
        << message;
    EXPECT_TRUE(message.contains(QStringLiteral("); save it in one encoding"))) << message;
}

TEST(Encoding, MixedEncodingsInOneLineAreRefused)
{
    const QByteArray bytes =
        QStringLiteral("They call it the café, ").toUtf8() + "the caf\xe9 on level 2.\n";
    const auto text = decodeText(bytes, QStringLiteral("one-line.txt"));
    ASSERT_FALSE(text);
    EXPECT_TRUE(text.error().message.contains(
        QStringLiteral("one-line.txt mixes text encodings (UTF-8 and ")))
        << text.error().message;
}

TEST(Encoding, BinaryDataIsRefused)
{
    const auto text = decodeText(QByteArray("\x7f"
                                            "ELF\x02\x01\x01\0\0\0\0",
                                            12),
                                 QStringLiteral("tool.txt"));
    ASSERT_FALSE(text);
    EXPECT_TRUE(text.error().message.contains(QStringLiteral("tool.txt is not a text file")));
}

TEST(Encoding, LegacyTextWithoutUtf8IsNotTakenForMixing)
{
    // Bytes invalid as UTF-8 with no valid multi-byte sequence beside them are
    // one legacy encoding, not a mixture.
    const auto text =
        decodeText("The r\xe9sum\xe9 of the d\xe9j\xe0 vu meeting.\n", QStringLiteral("a.txt"));
    ASSERT_TRUE(text) << text.error().message;
    EXPECT_EQ(*text, QStringLiteral("The résumé of the déjà vu meeting.\n"));
}

// A NUL byte anywhere, not only in the first 8 KB, makes a file binary: it
// used to pass and cut the text (and the segments spanning it) short.
TEST(Decoding, ANulByteFarIntoTheFileIsBinary)
{
    QByteArray bytes(20000, 'a');
    bytes[15000] = '\0';
    const auto text = decodeText(bytes, QStringLiteral("late-nul.txt"));
    ASSERT_FALSE(text);
    EXPECT_TRUE(text.error().message.contains(QStringLiteral("late-nul.txt")));
    EXPECT_TRUE(text.error().message.contains(QStringLiteral("binary")));
}

// Bytes that are not text in any encoding used to come in as mojibake.
TEST(Decoding, BytesThatAreNoTextInAnyEncodingAreRefused)
{
    QByteArray bytes;
    quint32 state = 2026;
    for (int i = 0; i < 6000; ++i) {
        state = state * 1664525u + 1013904223u;
        bytes += char(1 + (state >> 24) % 127); // 7-bit, so valid UTF-8, but no NUL
    }
    const auto text = decodeText(bytes, QStringLiteral("garbage.txt"));
    ASSERT_FALSE(text) << text->left(80).toStdString();
    EXPECT_TRUE(text.error().message.contains(QStringLiteral("garbage.txt")));
}

// High bytes that are no text: every byte is some character in an 8-bit code
// page, so nothing fails to decode, and they used to come in as mojibake.
TEST(Decoding, HighBytesThatAreNoTextAreRefused)
{
    for (const auto &[low, high] : {std::pair{0x80, 0xFF}, std::pair{0xA0, 0xFF}, std::pair{0x01, 0xFF}}) {
        QByteArray bytes;
        quint32 state = 7;
        for (int i = 0; i < 6000; ++i) {
            state = state * 1664525u + 1013904223u;
            bytes += char(low + int((state >> 24) % quint32(high - low + 1)));
        }
        const auto text = decodeText(bytes, QStringLiteral("noise.txt"));
        ASSERT_FALSE(text) << low << ": " << text->left(80).toStdString();
        EXPECT_TRUE(text.error().message.contains(QStringLiteral("noise.txt"))) << text.error().message;
    }
}

// Text in 8-bit code pages of other scripts is still read: Greek and Cyrillic
// letters are high bytes too, but letters.
TEST(Decoding, EightBitTextOfOtherScriptsIsRead)
{
    const QString russian = QStringLiteral(
        "Интервьюер: Расскажите, пожалуйста, о вашей роли в больнице. Участник: Я работаю в отделе "
        "информационных технологий уже восемь лет. Мы внедряли электронные медицинские карты, и это "
        "было трудно, потому что врачи и медсёстры работали по-старому. Руководство больницы поддержало "
        "проект, но денег не хватало, и поставщик часто задерживал поставки. ");
    QStringEncoder cp1251("windows-1251");
    ASSERT_TRUE(cp1251.isValid());
    const QByteArray bytes = cp1251.encode(russian + russian);
    const auto text = decodeText(bytes, QStringLiteral("ru.txt"));
    ASSERT_TRUE(text) << text.error().message;
    EXPECT_EQ(*text, russian + russian);
}

} // namespace

#include "core/import/text_decoding.h"

#include <QByteArrayList>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringDecoder>
#include <memory>
#include <uchardet.h>

namespace gw {

namespace {

// Length of the well-formed UTF-8 sequence (RFC 3629) at the start of BYTES, or 0.
qsizetype utf8SequenceLength(QByteArrayView bytes)
{
    const auto at = [&bytes](qsizetype i) { return i < bytes.size() ? uchar(bytes[i]) : uchar(0); };
    const auto in = [](uchar b, uchar lo, uchar hi) { return b >= lo && b <= hi; };
    const uchar b0 = at(0);
    if (b0 < 0x80)
        return 1;
    if (in(b0, 0xC2, 0xDF))
        return in(at(1), 0x80, 0xBF) ? 2 : 0;
    if (in(b0, 0xE0, 0xEF)) {
        const uchar lo = b0 == 0xE0 ? 0xA0 : 0x80; // no overlong forms
        const uchar hi = b0 == 0xED ? 0x9F : 0xBF; // no surrogates
        return in(at(1), lo, hi) && in(at(2), 0x80, 0xBF) ? 3 : 0;
    }
    if (in(b0, 0xF0, 0xF4)) {
        const uchar lo = b0 == 0xF0 ? 0x90 : 0x80;
        const uchar hi = b0 == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
        return in(at(1), lo, hi) && in(at(2), 0x80, 0xBF) && in(at(3), 0x80, 0xBF) ? 4 : 0;
    }
    return 0;
}

// What the bytes hold when read as UTF-8, line by line.
struct Utf8Survey
{
    qsizetype multiByteSequences = 0; // well-formed sequences of 2-4 bytes
    qsizetype invalidBytes = 0;
    qsizetype utf8Lines = 0; // lines with multi-byte sequences and no invalid byte
    QByteArray invalidLines; // the lines with invalid bytes, for the detector
};

Utf8Survey surveyUtf8(QByteArrayView bytes)
{
    Utf8Survey survey;
    qsizetype lineStart = 0;
    qsizetype lineMulti = 0;
    qsizetype lineInvalid = 0;
    for (qsizetype i = 0; i <= bytes.size();) {
        if (i == bytes.size() || bytes[i] == '\n') {
            if (lineInvalid > 0)
                survey.invalidLines.append(
                    bytes.sliced(lineStart, std::min(i + 1, bytes.size()) - lineStart));
            else if (lineMulti > 0)
                ++survey.utf8Lines;
            lineStart = ++i;
            lineMulti = lineInvalid = 0;
            continue;
        }
        const qsizetype n = utf8SequenceLength(bytes.sliced(i));
        if (n == 0) {
            ++lineInvalid;
            ++survey.invalidBytes;
            ++i;
        } else {
            if (n > 1) {
                ++lineMulti;
                ++survey.multiByteSequences;
            }
            i += n;
        }
    }
    return survey;
}

QByteArray guessEncoding(const QByteArray &bytes)
{
    std::unique_ptr<std::remove_pointer_t<uchardet_t>, decltype(&uchardet_delete)> detector(
        uchardet_new(), &uchardet_delete);
    if (uchardet_handle_data(detector.get(), bytes.constData(), size_t(bytes.size())) != 0)
        return {};
    uchardet_data_end(detector.get());
    QByteArray name(uchardet_get_charset(detector.get()));
    // Latin-1's 0x80-0x9F are control codes no text uses; files guessed as Latin-1
    // are Windows-1252 in practice (curly quotes, dashes), as browsers assume too.
    if (name == "ISO-8859-1")
        name = "WINDOWS-1252";
    return name;
}

// In legacy multi-byte encodings (Japanese, Chinese, Korean) two bytes often form
// a valid UTF-8 sequence by chance, so there only a whole line of valid UTF-8
// counts as evidence of mixing; in single-byte encodings one sequence does.
bool isMultiByteEncoding(const QByteArray &name)
{
    static const QList<QByteArray> multiByte = {
        "SHIFT_JIS", "EUC-JP", "EUC-KR", "EUC-TW", "UHC", "JOHAB", "GB18030", "BIG5", "HZ-GB-2312"};
    return multiByte.contains(name.toUpper());
}

// Control characters no text holds (line breaks, tabs and page breaks aside):
// bytes read in an encoding they were not written in, or not text at all.
bool looksLikeGarbage(QStringView text)
{
    qsizetype controls = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f' && u != u'\v') ||
            (u >= 0x7F && u <= 0x9F) || u == 0xFFFD)
            ++controls;
    }
    return controls >= 8 && controls * 200 > text.size(); // more than half a percent
}

// Symbols where words should be: the share of characters that are neither
// letters, digits, marks, punctuation nor white space. Text in any language
// holds few (a currency sign, a degree); bytes that are not text, read through
// an 8-bit code page where every byte is some character, hold many (random
// high bytes in windows-1252: one in seven).
bool mostlySymbols(QStringView text)
{
    qsizetype symbols = 0, visible = 0;
    for (const QChar c : text) {
        if (c.isSpace())
            continue;
        ++visible;
        switch (c.category()) {
        case QChar::Symbol_Math:
        case QChar::Symbol_Currency:
        case QChar::Symbol_Modifier:
        case QChar::Symbol_Other:
        case QChar::Other_Control:
        case QChar::Other_Format:
        case QChar::Other_NotAssigned:
        case QChar::Other_PrivateUse:
            ++symbols;
            break;
        default:
            break;
        }
    }
    return visible >= 200 && symbols * 20 > visible; // more than 5%
}

Result<QString> decodeWith(QStringDecoder &decoder, const QByteArray &bytes,
                           const QString &fileName, bool guessed = false)
{
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::text_decoding", "%1 is not valid %2 text; save it as UTF-8 and import it again.")
                        .arg(fileName, QString::fromLatin1(decoder.name())));
    if (looksLikeGarbage(text))
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::text_decoding", "%1 is not text in any encoding Groundwork can tell (read as %2 it is full of "
                                   "control characters); it may be damaged or not a text file.")
                        .arg(fileName, QString::fromLatin1(decoder.name())));
    if (guessed && mostlySymbols(text))
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::text_decoding", "%1 is not text in any encoding Groundwork can tell (read as %2, the closest "
                                   "guess, it is mostly symbols, not words); it may be damaged or not a text file.")
                        .arg(fileName, QString::fromLatin1(decoder.name())));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

} // namespace

Result<QString> decodeText(const QByteArray &bytes, const QString &fileName)
{
    const auto bom = QStringConverter::encodingForData(bytes);
    // A UTF-8 BOM proves little (editors add it to anything), so such files go
    // through the same checks as files without one.
    if (bom && *bom != QStringConverter::Utf8) {
        QStringDecoder decoder(*bom, QStringDecoder::Flag::Stateless);
        return decodeWith(decoder, bytes, fileName);
    }
    // Text files do not contain NUL bytes (UTF-16 without a BOM is not supported).
    if (bytes.contains('\0'))
        return fail(
            ErrorKind::InvalidInput,
            QCoreApplication::translate("gw::text_decoding", "%1 is not a text file (it contains binary data).").arg(fileName));
    const Utf8Survey survey = surveyUtf8(bytes);
    if (survey.invalidBytes == 0) {
        QStringDecoder decoder(QStringConverter::Utf8, QStringDecoder::Flag::Stateless);
        return decodeWith(decoder, bytes, fileName);
    }
    // Only the lines that are not UTF-8 tell the detector about the other encoding.
    const QByteArray guess = guessEncoding(survey.invalidLines);
    if (guess.isEmpty() || guess.toUpper().startsWith("UTF-"))
        return fail(
            ErrorKind::InvalidInput,
            QCoreApplication::translate("gw::text_decoding", "%1 is not valid UTF-8 text and its encoding cannot be told; save it as "
                           "UTF-8 and import it again.")
                .arg(fileName));
    const QString guessName = QString::fromLatin1(guess);
    const bool mixed =
        isMultiByteEncoding(guess) ? survey.utf8Lines > 0 : survey.multiByteSequences > 0;
    if (mixed)
        return fail(
            ErrorKind::InvalidInput,
            QCoreApplication::translate("gw::text_decoding",
                "%1 mixes text encodings (UTF-8 and %2); save it in one encoding and import "
                "it again.")
                .arg(fileName, guessName));
    QStringDecoder decoder(guess.constData(), QStringDecoder::Flag::Stateless);
    if (!decoder.isValid())
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::text_decoding",
                        "%1 looks like %2 text, which Groundwork cannot read; save it as UTF-8 and "
                        "import it again.")
                        .arg(fileName, guessName));
    return decodeWith(decoder, bytes, fileName, true);
}

} // namespace gw

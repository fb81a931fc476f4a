#include "core/import/html_entities.h"

#include <QHash>
#include <array>

namespace gw {

namespace {

// Latin-1 names in code point order, from U+00A0 (nbsp) to U+00FF (yuml).
constexpr std::array<const char *, 96> kLatin1Names = {
    "nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",   "uml",
    "copy",   "ordf",   "laquo",  "not",    "shy",    "reg",    "macr",   "deg",    "plusmn",
    "sup2",   "sup3",   "acute",  "micro",  "para",   "middot", "cedil",  "sup1",   "ordm",
    "raquo",  "frac14", "frac12", "frac34", "iquest", "Agrave", "Aacute", "Acirc",  "Atilde",
    "Auml",   "Aring",  "AElig",  "Ccedil", "Egrave", "Eacute", "Ecirc",  "Euml",   "Igrave",
    "Iacute", "Icirc",  "Iuml",   "ETH",    "Ntilde", "Ograve", "Oacute", "Ocirc",  "Otilde",
    "Ouml",   "times",  "Oslash", "Ugrave", "Uacute", "Ucirc",  "Uuml",   "Yacute", "THORN",
    "szlig",  "agrave", "aacute", "acirc",  "atilde", "auml",   "aring",  "aelig",  "ccedil",
    "egrave", "eacute", "ecirc",  "euml",   "igrave", "iacute", "icirc",  "iuml",   "eth",
    "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",   "divide", "oslash", "ugrave",
    "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml"};

struct Named
{
    const char *name;
    char32_t code;
};

constexpr Named kOtherNames[] = {
    {"amp", U'&'},      {"lt", U'<'},       {"gt", U'>'},      {"quot", U'"'},
    {"apos", U'\''},    {"OElig", 0x152},   {"oelig", 0x153},  {"Scaron", 0x160},
    {"scaron", 0x161},  {"Yuml", 0x178},    {"fnof", 0x192},   {"circ", 0x2C6},
    {"tilde", 0x2DC},   {"ensp", 0x2002},   {"emsp", 0x2003},  {"thinsp", 0x2009},
    {"zwnj", 0x200C},   {"zwj", 0x200D},    {"lrm", 0x200E},   {"rlm", 0x200F},
    {"ndash", 0x2013},  {"mdash", 0x2014},  {"lsquo", 0x2018}, {"rsquo", 0x2019},
    {"sbquo", 0x201A},  {"ldquo", 0x201C},  {"rdquo", 0x201D}, {"bdquo", 0x201E},
    {"dagger", 0x2020}, {"Dagger", 0x2021}, {"bull", 0x2022},  {"hellip", 0x2026},
    {"permil", 0x2030}, {"prime", 0x2032},  {"Prime", 0x2033}, {"lsaquo", 0x2039},
    {"rsaquo", 0x203A}, {"euro", 0x20AC},   {"trade", 0x2122}, {"larr", 0x2190},
    {"uarr", 0x2191},   {"rarr", 0x2192},   {"darr", 0x2193},  {"harr", 0x2194},
    {"minus", 0x2212},  {"le", 0x2264},     {"ge", 0x2265},    {"ne", 0x2260},
    {"asymp", 0x2248},  {"infin", 0x221E},
};

// Windows-1252 meanings of references to U+0080..U+009F, which old pages use
// for curly quotes and dashes (the HTML standard decodes them the same way).
constexpr std::array<char16_t, 32> kCp1252 = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

const QHash<QString, char32_t> &namedEntities()
{
    static const QHash<QString, char32_t> table = [] {
        QHash<QString, char32_t> t;
        for (std::size_t i = 0; i < kLatin1Names.size(); ++i)
            t.insert(QLatin1StringView(kLatin1Names[i]), char32_t(0xA0 + i));
        for (const Named &n : kOtherNames)
            t.insert(QLatin1StringView(n.name), n.code);
        return t;
    }();
    return table;
}

void appendCodePoint(QString &out, char32_t code)
{
    if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        code = 0xFFFD;
    else if (code >= 0x80 && code <= 0x9F)
        code = kCp1252[code - 0x80];
    out += QString::fromUcs4(&code, 1);
}

qsizetype decodeNumeric(QStringView text, qsizetype amp, QString &out)
{
    qsizetype i = amp + 2; // after "&#"
    const bool hex =
        i < text.size() && (text[i] == QLatin1Char('x') || text[i] == QLatin1Char('X'));
    if (hex)
        ++i;
    const qsizetype digitsStart = i;
    char32_t code = 0;
    for (; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        int digit = -1;
        if (c >= u'0' && c <= u'9')
            digit = c - u'0';
        else if (hex && c >= u'a' && c <= u'f')
            digit = c - u'a' + 10;
        else if (hex && c >= u'A' && c <= u'F')
            digit = c - u'A' + 10;
        if (digit < 0)
            break;
        if (code <= 0x10FFFF) // past that it is invalid anyway; stop growing
            code = code * (hex ? 16 : 10) + char32_t(digit);
    }
    if (i == digitsStart)
        return 0;
    appendCodePoint(out, code);
    if (i < text.size() && text[i] == QLatin1Char(';'))
        ++i;
    return i - amp;
}

} // namespace

qsizetype decodeHtmlEntity(QStringView text, qsizetype amp, QString &out)
{
    if (amp + 1 >= text.size())
        return 0;
    if (text[amp + 1] == QLatin1Char('#'))
        return decodeNumeric(text, amp, out);
    // Named references need their ';' here: "AT&T" and "a&b" stay as written.
    constexpr qsizetype kLongestName = 8;
    for (qsizetype i = amp + 1; i < text.size() && i <= amp + 1 + kLongestName; ++i) {
        if (text[i] == QLatin1Char(';')) {
            const auto found =
                namedEntities().constFind(text.sliced(amp + 1, i - amp - 1).toString());
            if (found == namedEntities().constEnd())
                return 0;
            appendCodePoint(out, *found);
            return i - amp + 1;
        }
        if (!text[i].isLetterOrNumber())
            return 0;
    }
    return 0;
}

} // namespace gw

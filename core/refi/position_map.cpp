#include "core/refi/position_map.h"

#include "core/text/positions.h"

#include <QCoreApplication>

namespace gw::refi {

namespace {

bool isWordChar(char32_t c)
{
    if (QChar::isLetterOrNumber(c))
        return true;
    const auto category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
           category == QChar::Mark_Enclosing;
}

} // namespace

QString toString(PositionUnit unit)
{
    switch (unit) {
    case PositionUnit::Utf16: return QCoreApplication::translate("gw::position_map", "UTF-16 units");
    case PositionUnit::LineEndAsOne: return QCoreApplication::translate("gw::position_map", "characters with a line end as one");
    case PositionUnit::CodePoints: break;
    }
    return QCoreApplication::translate("gw::position_map", "code points");
}

std::optional<PositionUnit> positionUnitFromString(const QString &word)
{
    if (word == u"chars")
        return PositionUnit::CodePoints;
    if (word == u"utf16")
        return PositionUnit::Utf16;
    if (word == u"chars-lf")
        return PositionUnit::LineEndAsOne;
    return std::nullopt;
}

PositionMap::PositionMap(const QString &input)
{
    QStringView raw(input);
    if (raw.startsWith(QChar(0xFEFF)))
        raw = raw.sliced(1);
    const qsizetype n = raw.size();
    m_out.assign(size_t(n) + 1, 0);
    m_rawCp.reserve(size_t(n) + 1);
    m_lineCp.reserve(size_t(n) + 1);
    m_normalised.reserve(n);
    std::int32_t cp = 0;
    qsizetype i = 0;
    const auto codePointAt = [&](qsizetype at, int *units) -> char32_t {
        if (raw[at].isHighSurrogate() && at + 1 < n && raw[at + 1].isLowSurrogate()) {
            *units = 2;
            return QChar::surrogateToUcs4(raw[at], raw[at + 1]);
        }
        *units = 1;
        return raw[at].unicode();
    };
    while (i < n) {
        const QChar c = raw[i];
        if (c == u'\r') {
            m_rawCp.push_back(std::int32_t(i));
            m_lineCp.push_back(std::int32_t(i));
            m_out[size_t(i)] = cp;
            const bool pair = i + 1 < n && raw[i + 1] == u'\n';
            if (pair) {
                m_rawCp.push_back(std::int32_t(i + 1));
                m_out[size_t(i + 1)] = cp;
                m_hasCrLf = true;
            }
            m_normalised.append(u'\n');
            ++cp;
            i += pair ? 2 : 1;
            continue;
        }
        int units = 1;
        const char32_t first = codePointAt(i, &units);
        qsizetype j = i + units;
        // A starter and the combining marks after it normalise together.
        while (j < n) {
            int u = 1;
            const char32_t next = codePointAt(j, &u);
            if (QChar::combiningClass(next) == 0)
                break;
            j += u;
        }
        if (j == i + units && QChar::decompositionTag(first) != QChar::Canonical) {
            m_rawCp.push_back(std::int32_t(i));
            m_lineCp.push_back(std::int32_t(i));
            m_out[size_t(i)] = cp;
            if (units == 2) {
                m_out[size_t(i + 1)] = cp;
                m_hasSurrogates = true;
            }
            m_normalised.append(raw.sliced(i, units));
            ++cp;
            i = j;
            continue;
        }
        const QString chunk = raw.sliced(i, j - i).toString().normalized(QString::NormalizationForm_C);
        const bool unchanged = chunk == raw.sliced(i, j - i);
        std::int32_t local = 0;
        for (qsizetype k = i; k < j; ++k) {
            if (raw[k].isLowSurrogate() && k > i && raw[k - 1].isHighSurrogate()) {
                m_out[size_t(k)] = m_out[size_t(k - 1)];
                m_hasSurrogates = true;
                continue;
            }
            m_rawCp.push_back(std::int32_t(k));
            m_lineCp.push_back(std::int32_t(k));
            m_out[size_t(k)] = unchanged ? cp + local++ : cp;
        }
        m_normalised.append(chunk);
        cp += std::int32_t(text::codePointLength(chunk));
        i = j;
    }
    m_out[size_t(n)] = cp;
    m_rawCp.push_back(std::int32_t(n));
    m_lineCp.push_back(std::int32_t(n));
    m_length = cp;
    m_identity = m_normalised.size() == n && QStringView(m_normalised) == raw;
    const QString expected = text::normalise(input);
    if (expected != m_normalised) {
        m_exact = false;
        m_normalised = expected;
        m_length = text::codePointLength(expected);
    }
    m_chars.reserve(size_t(m_length));
    for (qsizetype k = 0; k < m_normalised.size(); ++k) {
        const QChar ch = m_normalised[k];
        if (ch.isHighSurrogate() && k + 1 < m_normalised.size() && m_normalised[k + 1].isLowSurrogate()) {
            m_chars.push_back(QChar::surrogateToUcs4(ch, m_normalised[k + 1]));
            ++k;
        } else
            m_chars.push_back(ch.unicode());
    }
}

std::optional<std::int64_t> PositionMap::map(std::int64_t pos, PositionUnit unit) const
{
    if (pos < 0)
        return std::nullopt;
    std::int64_t utf16 = pos;
    if (unit != PositionUnit::Utf16) {
        const auto &index = unit == PositionUnit::LineEndAsOne ? m_lineCp : m_rawCp;
        if (pos >= std::int64_t(index.size()))
            return std::nullopt;
        utf16 = index[size_t(pos)];
    }
    if (utf16 >= std::int64_t(m_out.size()))
        return std::nullopt;
    return std::min<std::int64_t>(m_out[size_t(utf16)], m_length);
}

bool PositionMap::onWordBoundary(std::int64_t cp) const
{
    if (cp <= 0 || cp >= std::int64_t(m_chars.size()))
        return true;
    return !(isWordChar(m_chars[size_t(cp - 1)]) && isWordChar(m_chars[size_t(cp)]));
}

QString PositionMap::slice(std::int64_t start, std::int64_t end) const
{
    QString s;
    for (std::int64_t k = std::max<std::int64_t>(0, start); k < end && k < std::int64_t(m_chars.size()); ++k)
        s.append(QString::fromUcs4(&m_chars[size_t(k)], 1));
    return s;
}

} // namespace gw::refi

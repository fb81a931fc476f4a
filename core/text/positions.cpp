#include "core/text/positions.h"

#include <algorithm>

namespace gw::text {

qsizetype codePointLength(QStringView text)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < text.size(); ++i, ++n) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
    }
    return n;
}

qsizetype utf16Index(QStringView text, qsizetype cp)
{
    qsizetype i = 0;
    for (qsizetype n = 0; n < cp && i < text.size(); ++n) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        ++i;
    }
    return i;
}

qsizetype codePointIndex(QStringView text, qsizetype index)
{
    index = std::clamp<qsizetype>(index, 0, text.size());
    if (index > 0 && index < text.size() && text[index].isLowSurrogate() && text[index - 1].isHighSurrogate())
        --index;
    return codePointLength(text.first(index));
}

QString codePointMid(QStringView text, qsizetype start, qsizetype end)
{
    const qsizetype from = utf16Index(text, start);
    const qsizetype to = from + utf16Index(text.sliced(from), end - start);
    return text.sliced(from, to - from).toString();
}

Utf16Map::Utf16Map(QStringView text)
{
    qsizetype cp = 0;
    for (qsizetype i = 0; i < text.size(); ++i, ++cp) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            m_pairs.push_back(cp);
            ++i;
        }
    }
    m_length = cp;
}

qsizetype Utf16Map::utf16Index(qsizetype cp) const
{
    cp = std::clamp<qsizetype>(cp, 0, m_length);
    const auto before = std::lower_bound(m_pairs.begin(), m_pairs.end(), cp) - m_pairs.begin();
    return cp + before;
}

QString normalise(const QString &text)
{
    QString s = text;
    if (s.startsWith(QChar(0xFEFF)))
        s.remove(0, 1);
    s.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    s.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return s.normalized(QString::NormalizationForm_C);
}

} // namespace gw::text

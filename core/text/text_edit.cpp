#include "core/text/text_edit.h"

#include "core/text/positions.h"

#include <algorithm>

#include <QCoreApplication>

namespace gw::text {

Result<TextEdit> TextEdit::make(std::vector<Replacement> replacements, qsizetype length)
{
    std::ranges::stable_sort(replacements, [](const Replacement &a, const Replacement &b) {
        return a.start != b.start ? a.start < b.start : a.end < b.end;
    });
    TextEdit edit;
    qsizetype delta = 0;
    for (std::size_t i = 0; i < replacements.size(); ++i) {
        const Replacement &r = replacements[i];
        if (r.start < 0 || r.end < r.start || r.end > length)
            return fail(ErrorKind::InvalidInput,
                        QCoreApplication::translate("gw::text_edit", "The change at %1–%2 lies outside the text (%3 characters).")
                            .arg(r.start)
                            .arg(r.end)
                            .arg(length));
        if (r.start == r.end && r.text.isEmpty())
            return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::text_edit", "The change at %1 changes nothing.").arg(r.start));
        if (i > 0 && r.start < replacements[i - 1].end)
            return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::text_edit", "The changes at %1 and %2 overlap.")
                                                     .arg(replacements[i - 1].start)
                                                     .arg(r.start));
        if (i > 0 && r.start == r.end && replacements[i - 1].end == r.start && replacements[i - 1].start == r.start)
            return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::text_edit", "Two insertions at %1.").arg(r.start));
        edit.m_newStart.push_back(r.start + delta);
        delta += codePointLength(r.text) - (r.end - r.start);
    }
    edit.m_replacements = std::move(replacements);
    edit.m_newLength = length + delta;
    return edit;
}

QString TextEdit::apply(QStringView text) const
{
    const Utf16Map map(text);
    QString out;
    out.reserve(text.size() + (m_newLength - codePointLength(text)) * 2 + 16);
    qsizetype from = 0; // UTF-16 index of the first unit not yet copied
    for (const Replacement &r : m_replacements) {
        const qsizetype a = map.utf16Index(r.start);
        out.append(text.mid(from, a - from));
        out.append(r.text);
        from = map.utf16Index(r.end);
    }
    out.append(text.mid(from));
    return out;
}

qsizetype TextEdit::shifted(qsizetype p, bool insertionsAtP) const
{
    // The replacements wholly at or before P: those with end < P, or end == P
    // (an insertion at P only when asked).
    const auto after = std::ranges::partition_point(m_replacements, [&](const Replacement &r) {
        return r.end < p || (r.end == p && (r.start < p || insertionsAtP));
    });
    if (after == m_replacements.begin())
        return p;
    const std::size_t last = std::size_t(after - m_replacements.begin()) - 1;
    const Replacement &r = m_replacements[last];
    return m_newStart[last] + codePointLength(r.text) + (p - r.end);
}

RebasedSpan TextEdit::rebase(qsizetype start, qsizetype end) const
{
    RebasedSpan span;
    // The first replacement that could touch [start, end): one ending after start,
    // or an insertion strictly inside.
    auto it = std::ranges::partition_point(m_replacements, [&](const Replacement &r) {
        return r.end < start || (r.end == start && (r.start < start || r.start == r.end));
    });
    span.start = shifted(start, true);
    if (it != m_replacements.end() && it->start < start) {
        // A replacement across the start: the span begins where its new text does.
        span.start = m_newStart[std::size_t(it - m_replacements.begin())];
        span.touched = true;
    }
    span.end = shifted(end, false);
    for (; it != m_replacements.end() && it->start < end; ++it) {
        if (it->start == end)
            break;
        if (it->start == it->end && it->start == start && start != end)
            continue; // an insertion at the start stays outside
        span.touched = true;
        if (it->end > end) // across the end: the span ends where its new text does
            span.end = m_newStart[std::size_t(it - m_replacements.begin())] + codePointLength(it->text);
    }
    if (span.end < span.start)
        span.end = span.start;
    return span;
}

} // namespace gw::text

#include "core/text/coding_unit.h"

#include <QTextBoundaryFinder>
#include <algorithm>

namespace gw::text {

namespace {

// START and END moved inwards past white space.
std::pair<qsizetype, qsizetype> trimmed(QStringView text, qsizetype start, qsizetype end)
{
    while (start < end && text[start].isSpace())
        ++start;
    while (end > start && text[end - 1].isSpace())
        --end;
    return {start, end};
}

std::pair<qsizetype, qsizetype> paragraph(QStringView text, qsizetype start, qsizetype end)
{
    // START and END-1 are not white space, so neither is a line break.
    const qsizetype from = text.lastIndexOf(u'\n', start) + 1;
    const qsizetype to = text.indexOf(u'\n', end - 1);
    return {from, to < 0 ? text.size() : to};
}

std::pair<qsizetype, qsizetype> sentence(QStringView text, qsizetype start, qsizetype end)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, text.data(), text.size());
    finder.setPosition(start);
    qsizetype from = start;
    if (!finder.isAtBoundary())
        from = std::max<qsizetype>(finder.toPreviousBoundary(), 0);
    finder.setPosition(end);
    qsizetype to = end;
    if (!finder.isAtBoundary()) {
        const qsizetype next = finder.toNextBoundary();
        to = next < 0 ? text.size() : next;
    }
    // A sentence never runs past its paragraph, whatever the finder thinks of
    // a line without a full stop.
    const auto [paraFrom, paraTo] = paragraph(text, start, end);
    return {std::max(from, paraFrom), std::min(to, paraTo)};
}

} // namespace

std::pair<qsizetype, qsizetype> snapToUnit(QStringView text, qsizetype start, qsizetype end,
                                           CodingUnit unit)
{
    start = std::clamp<qsizetype>(start, 0, text.size());
    end = std::clamp<qsizetype>(end, 0, text.size());
    if (end < start)
        std::swap(start, end);
    if (unit == CodingUnit::FreeSelection)
        return {start, end};
    const auto [from, to] = trimmed(text, start, end);
    if (from >= to)
        return {start, end};
    const auto grown =
        unit == CodingUnit::Paragraph ? paragraph(text, from, to) : sentence(text, from, to);
    return trimmed(text, grown.first, grown.second);
}

} // namespace gw::text

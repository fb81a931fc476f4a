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

namespace {

// Walks TEXT from one unit to the next: each unit is what snapToUnit makes of
// the first character that is not white space after the previous unit.
void appendUnits(QStringView text, qsizetype offset, CodingUnit unit,
                 std::vector<std::pair<qsizetype, qsizetype>> &units)
{
    qsizetype at = 0;
    while (at < text.size()) {
        if (text[at].isSpace()) {
            ++at;
            continue;
        }
        auto [from, to] = snapToUnit(text, at, at + 1, unit);
        // Units stay disjoint and the walk always moves on, whatever the
        // boundary finder says about a stray character.
        from = std::max(from, at);
        to = std::max(to, at + 1);
        units.emplace_back(offset + from, offset + to);
        at = to;
    }
}

} // namespace

std::vector<std::pair<qsizetype, qsizetype>> unitsOf(QStringView text, CodingUnit unit)
{
    std::vector<std::pair<qsizetype, qsizetype>> units;
    if (unit == CodingUnit::FreeSelection)
        return units;
    std::vector<std::pair<qsizetype, qsizetype>> paragraphs;
    appendUnits(text, 0, CodingUnit::Paragraph, paragraphs);
    if (unit == CodingUnit::Paragraph)
        return paragraphs;
    for (const auto &[from, to] : paragraphs)
        appendUnits(text.sliced(from, to - from), from, CodingUnit::Sentence, units);
    return units;
}

} // namespace gw::text

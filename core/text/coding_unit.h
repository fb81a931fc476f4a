#pragma once
// The coding unit (METHOD.md, stage 2): a researcher may code free selections,
// or have every selection grow to whole sentences or whole paragraphs so that
// segments are comparable across sources. Pure text logic, shared by the
// document view and anything else that snaps ranges.

#include <QStringView>
#include <utility>
#include <vector>

namespace gw::text {

enum class CodingUnit { FreeSelection, Sentence, Paragraph };

// The range [START, END) of TEXT grown to the whole units it touches. Offsets
// are UTF-16 indices (as QString and QTextCursor count), because the view snaps
// a live selection; convert with positions.h at the store's edge. Leading and
// trailing white space is never part of the result. A paragraph is a run of text
// between line breaks (a transcript's turn is one paragraph); a sentence is what
// QTextBoundaryFinder::Sentence finds. An empty or all-white-space range, and
// every range under FreeSelection, comes back unchanged (clamped to TEXT).
[[nodiscard]] std::pair<qsizetype, qsizetype> snapToUnit(QStringView text, qsizetype start,
                                                         qsizetype end, CodingUnit unit);

// Every sentence or every paragraph of TEXT, in order, as disjoint UTF-16
// ranges [start, end) without leading or trailing white space: the units that
// snapToUnit grows a selection to, for counting agreement unit by unit. White
// space between units belongs to none. Sentences are found one paragraph at a
// time (a sentence never crosses a line break), so a long text costs about
// its length, not its length times its sentences. FreeSelection has no units
// (empty result).
[[nodiscard]] std::vector<std::pair<qsizetype, qsizetype>> unitsOf(QStringView text,
                                                                   CodingUnit unit);

} // namespace gw::text

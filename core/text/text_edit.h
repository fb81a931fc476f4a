#pragma once
// An edit of a source's normalised text: replacements of code point ranges,
// none overlapping. It applies to the text and carries every position that
// hangs on it (segments, turns) to the edited text: a span the edit does not
// touch keeps its words; a span it touches is stretched or cut to follow them.

#include "core/error.h"

#include <QString>
#include <QStringView>
#include <vector>

namespace gw::text {

// The code points [start, end) of a text replaced by TEXT (an insertion when
// start == end, a deletion when TEXT is empty).
struct Replacement
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString text;
    friend bool operator==(const Replacement &, const Replacement &) = default;
};

// Where a span [start, end) lies after the edit, and whether the edit touched
// it (changed text inside it or across one of its ends).
struct RebasedSpan
{
    qsizetype start = 0;
    qsizetype end = 0;
    bool touched = false;
};

class TextEdit
{
public:
    // Sorts REPLACEMENTS and refuses any that overlap, that lie outside a text
    // of LENGTH code points or that change nothing at all.
    [[nodiscard]] static Result<TextEdit> make(std::vector<Replacement> replacements, qsizetype length);

    [[nodiscard]] const std::vector<Replacement> &replacements() const { return m_replacements; }
    [[nodiscard]] qsizetype newLength() const { return m_newLength; }
    // The edited text of TEXT (whose length make() was given).
    [[nodiscard]] QString apply(QStringView text) const;
    // Where [START, END) is in the edited text. An insertion at either end
    // stays outside the span; a replacement inside it stays inside; one across
    // an end moves that end to the replacement's edge, so the span covers the
    // replacement's new text. An empty result means the span's text was deleted.
    [[nodiscard]] RebasedSpan rebase(qsizetype start, qsizetype end) const;

private:
    // The new position of old position P, counting the replacements that end
    // at or before P (an insertion at P counts when INSERTIONS_AT_P).
    [[nodiscard]] qsizetype shifted(qsizetype p, bool insertionsAtP) const;

    std::vector<Replacement> m_replacements;
    std::vector<qsizetype> m_newStart; // where each replacement's text begins in the edited text
    qsizetype m_newLength = 0;
};

} // namespace gw::text

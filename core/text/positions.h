#pragma once
// Positions in Groundwork are Unicode code point offsets into a source's
// normalised text, half-open [start, end). QString counts UTF-16 units, so every
// edge that talks to Qt text converts here, and nowhere else.

#include <QString>
#include <QStringView>
#include <vector>

namespace gw::text {

// Number of code points in TEXT.
[[nodiscard]] qsizetype codePointLength(QStringView text);
// UTF-16 index of code point offset CP (clamped to the end of TEXT).
[[nodiscard]] qsizetype utf16Index(QStringView text, qsizetype cp);
// Code point offset of UTF-16 index INDEX (an index inside a surrogate pair counts
// as the pair's start).
[[nodiscard]] qsizetype codePointIndex(QStringView text, qsizetype index);
// The code points [start, end) of TEXT.
[[nodiscard]] QString codePointMid(QStringView text, qsizetype start, qsizetype end);

// Converts many code point offsets of one text to UTF-16 indices, each in
// O(log n): it remembers where the characters outside the BMP are, so views
// that place hundreds of segments need not scan the text once per segment.
class Utf16Map
{
public:
    explicit Utf16Map(QStringView text);
    [[nodiscard]] qsizetype utf16Index(qsizetype cp) const;

private:
    std::vector<qsizetype> m_pairs; // code point offsets of surrogate pairs
    qsizetype m_length = 0;         // in code points
};

// The one normal form of source text: no BOM, \n line ends, Unicode NFC.
[[nodiscard]] QString normalise(const QString &text);

} // namespace gw::text

#pragma once
// Producers count REFI-QDA positions differently (see the shared README):
// NVivo counts UTF-16 units over its .txt as stored (CRLF as two, the BOM not
// counted), QualCoder and qc count code points. Groundwork's positions are code
// points into the normalised text (no BOM, \n line ends, NFC). A PositionMap
// follows the normalisation of one source text character by character, so a
// producer's position over the text as stored lands on the same character in
// the text as Groundwork keeps it.

#include <QString>
#include <cstdint>
#include <optional>
#include <vector>

namespace gw::refi {

// CodePoints: characters over the text as stored (a CRLF as two). Utf16: UTF-16
// units over it (NVivo). LineEndAsOne: characters with each line end counted
// as one, as over the text before it was saved with CRLF (QualCoder's export
// "line endings for MAXQDA", and, by QualCoder's own importer, ATLAS.ti).
enum class PositionUnit { CodePoints, Utf16, LineEndAsOne };

class PositionMap
{
public:
    // RAW is the source text as decoded from the producer's file.
    explicit PositionMap(const QString &raw);

    // The text as Groundwork stores it (text::normalise of RAW).
    [[nodiscard]] const QString &normalised() const { return m_normalised; }
    [[nodiscard]] std::int64_t length() const { return m_length; }
    // False when normalising character by character did not give exactly
    // text::normalise (compositions across characters): positions may be off.
    [[nodiscard]] bool exact() const { return m_exact; }
    // True when RAW needed no change at all, so both units map one to one.
    [[nodiscard]] bool identity() const { return m_identity; }
    [[nodiscard]] bool hasSurrogates() const { return m_hasSurrogates; }
    // True when RAW has CRLF line ends, where LineEndAsOne and CodePoints differ.
    [[nodiscard]] bool hasCrLf() const { return m_hasCrLf; }

    // The code point offset in normalised() of producer position POS, or
    // nothing when POS lies outside the stored text.
    [[nodiscard]] std::optional<std::int64_t> map(std::int64_t pos, PositionUnit unit) const;

    // True when code point offset CP of normalised() does not cut a word.
    [[nodiscard]] bool onWordBoundary(std::int64_t cp) const;
    // The code points [start, end) of normalised().
    [[nodiscard]] QString slice(std::int64_t start, std::int64_t end) const;

private:
    QString m_normalised;
    std::vector<std::int32_t> m_out;      // per UTF-16 index of RAW (BOM removed): code point in normalised
    std::vector<std::int32_t> m_rawCp;    // per code point of RAW: its UTF-16 index
    std::vector<std::int32_t> m_lineCp;   // the same with a CRLF as one code point
    bool m_hasCrLf = false;
    std::vector<char32_t> m_chars;        // normalised() as code points
    std::int64_t m_length = 0;
    bool m_exact = true;
    bool m_identity = false;
    bool m_hasSurrogates = false;
};

[[nodiscard]] QString toString(PositionUnit unit);
// "chars", "utf16", "chars-lf" (the CLI's words for the units), or nothing.
[[nodiscard]] std::optional<PositionUnit> positionUnitFromString(const QString &word);

} // namespace gw::refi

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

enum class PositionUnit { CodePoints, Utf16 };

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
    std::vector<char32_t> m_chars;        // normalised() as code points
    std::int64_t m_length = 0;
    bool m_exact = true;
    bool m_identity = false;
    bool m_hasSurrogates = false;
};

[[nodiscard]] QString toString(PositionUnit unit);

} // namespace gw::refi

#pragma once
// Plain values that the domain API hands out: what a source, code, segment or
// search hit is, in the words of METHOD.md. Positions are code point offsets.

#include "core/error.h"

#include <QList>
#include <QString>
#include <cstdint>
#include <optional>

namespace gw {

using Id = std::int64_t;

enum class SourceKind { Interview, Observation, Document };
enum class CodeStage { Open, Focused, FirstOrder };

[[nodiscard]] QString toString(SourceKind kind);
[[nodiscard]] QString toString(CodeStage stage);
[[nodiscard]] std::optional<SourceKind> sourceKindFromString(const QString &text);
[[nodiscard]] std::optional<CodeStage> codeStageFromString(const QString &text);

struct Turn
{
    QString speaker;
    std::int64_t start = 0;
    std::int64_t end = 0;
    std::optional<std::int64_t> timestampMs;
};

// What an importer hands to Project::addSource; the text is normalised there.
struct NewSource
{
    QString name;
    SourceKind kind = SourceKind::Document;
    QString text;
    QString originalName;
    QString originalFormat;
    QList<Turn> turns;
    // Format-specific facts as a JSON object, e.g. {"pages": [0, 1520, ...]}
    // (code point offsets where each PDF page starts). Empty means {}.
    QString metadata;
    // The text is already in normal form (text::normalise), as it must be when
    // an importer computed positions in it; saves normalising twice.
    bool normalised = false;
};

struct SourceInfo
{
    Id id = 0;
    QString guid;
    QString name;
    SourceKind kind = SourceKind::Document;
    std::int64_t length = 0; // code points
    QString originalName;
    QString originalFormat;
    QString contentHash;
    std::int64_t segmentCount = 0;
};

// Refuses a segment range [START, END) that is empty or not inside SOURCE.
[[nodiscard]] Status checkSegmentRange(const SourceInfo &source, std::int64_t start,
                                                                  std::int64_t end);

struct CodeInfo
{
    Id id = 0;
    QString guid;
    QString name;
    QString definition;
    QString color;
    CodeStage stage = CodeStage::Open;
    bool archived = false;
    std::optional<Id> themeId;
    std::int64_t segmentCount = 0;
    std::int64_t sourceCount = 0;
};

struct ThemeInfo
{
    Id id = 0;
    QString name;
    QString definition;
    std::optional<Id> dimensionId;
};

struct DimensionInfo
{
    Id id = 0;
    QString name;
    QString definition;
};

struct SegmentInfo
{
    Id id = 0;
    QString guid;
    Id sourceId = 0;
    QString sourceName;
    Id codeId = 0;
    QString codeName;
    std::int64_t start = 0;
    std::int64_t end = 0;
    QString coder;
    QString text;
};

struct MemoInfo
{
    Id id = 0;
    QString guid;
    QString title;
    QString body; // Markdown
    QString targetKind; // project, source, segment, code, theme, dimension
    std::optional<Id> targetId;
    bool disconfirming = false;
    QString coder;
    QString created;  // ISO 8601 UTC
    QString modified; // ISO 8601 UTC
};

struct SearchHit
{
    Id sourceId = 0;
    QString sourceName;
    std::int64_t start = 0;
    std::int64_t end = 0;
    QString snippet; // the hit with some context, on one line
    double rank = 0;  // lower is better (FTS5 bm25)
};

struct ProjectCounts
{
    std::int64_t interviews = 0;
    std::int64_t observations = 0;
    std::int64_t documents = 0;
    std::int64_t characters = 0;
    std::int64_t codes = 0;
    std::int64_t archivedCodes = 0;
    std::int64_t segments = 0;
    std::int64_t themes = 0;
    std::int64_t dimensions = 0;
    std::int64_t memos = 0;
    std::int64_t cases = 0;
    std::int64_t coders = 0;
    [[nodiscard]] std::int64_t sources() const { return interviews + observations + documents; }
};

} // namespace gw

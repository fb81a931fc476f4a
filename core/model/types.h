#pragma once
// Plain values that the domain API hands out: what a source, code, segment or
// search hit is, in the words of METHOD.md. Positions are code point offsets.

#include "core/error.h"
#include "core/text/coding_unit.h"
#include "core/text/text_edit.h"

#include <QList>
#include <QString>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

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

// What removing sources takes (Project::removeSources), and the token under
// which its rows are kept to be put back.
struct SourceRemoval
{
    std::int64_t token = 0;
    std::vector<Id> sourceIds;
    std::int64_t segments = 0, memos = 0, turns = 0, caseLinks = 0, exemplars = 0, evidence = 0;
};

// One source's text changed by replacements (Project::editSourceTexts).
struct SourceTextEdit
{
    Id sourceId = 0;
    std::vector<text::Replacement> replacements;
    // Speaker labels renamed with it (a name in the text is one in the label too).
    std::vector<std::pair<QString, QString>> speakers;
    // The source's new name, when it changes too (empty: it keeps its name).
    QString name;
};

// What Project::editSourceTexts changed, kept to put it back: each source's
// text before, and where its segments and turns were.
struct SourceTextChange
{
    struct Span
    {
        Id id = 0;
        std::int64_t start = 0;
        std::int64_t end = 0;
        QString speaker; // turns only
    };
    struct Before
    {
        Id sourceId = 0;
        QString text;
        QString name; // set when the edit renamed the source
        std::vector<Span> segments, turns;
    };
    std::vector<Before> before;
    // The segments whose text the edit changed (stretched or cut to follow it).
    std::vector<Id> touchedSegments;
    std::int64_t replacements = 0;
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
    QString guid;
    int position = 0; // among the themes of its dimension (or the unplaced ones)
    friend bool operator==(const ThemeInfo &, const ThemeInfo &) = default;
};

struct DimensionInfo
{
    Id id = 0;
    QString name;
    QString definition;
    QString guid;
    int position = 0;
    friend bool operator==(const DimensionInfo &, const DimensionInfo &) = default;
};

// A first-order code placed under a theme, at POSITION among its codes.
struct CodePlacement
{
    Id codeId = 0;
    Id themeId = 0;
    int position = 0;
    friend bool operator==(const CodePlacement &, const CodePlacement &) = default;
};

// A segment chosen as an exemplar quote of a theme, at POSITION among them.
struct ExemplarChoice
{
    Id themeId = 0;
    Id segmentId = 0;
    int position = 0;
    friend bool operator==(const ExemplarChoice &, const ExemplarChoice &) = default;
};

// The stored rows of the data structure (dimensions, themes, code placements,
// exemplars) exactly as they are, ids, guids and positions included. Undo
// commands keep the rows before and after an edit and put back what differs
// (Project::changeStructureRows).
struct StructureRows
{
    std::vector<DimensionInfo> dimensions;
    std::vector<ThemeInfo> themes;
    std::vector<CodePlacement> placements;
    std::vector<ExemplarChoice> exemplars;
};

// One audit_log entry: who restructured what, when, and why.
struct AuditEntry
{
    Id id = 0;
    QString at;      // ISO 8601 UTC with milliseconds
    QString coder;
    QString action;  // theme.add, theme.rename, code.place, code.merge, ...
    QString details; // JSON object: what changed, before and after
    QString why;     // what the coder typed, if anything
    // Whether details holds the hierarchy as it was after this entry
    // (Project::structureAt can show it).
    bool hasStructure = false;
};

// What Project::auditLog returns; empty fields do not filter.
struct AuditFilter
{
    QString actionPrefix; // "theme." or "code.merge"
    QString coder;        // exact coder name
    QString text;         // occurs in details or why (case-insensitive)
    int limit = 0;        // 0: all
};

// A raw segments row, so that a merge can be undone with ids, guids, coders
// and creation times as they were.
struct SegmentRow
{
    Id id = 0;
    QString guid;
    Id sourceId = 0;
    Id codeId = 0;
    std::int64_t start = 0;
    std::int64_t end = 0;
    std::optional<Id> coderId;
    QString created;
};

// A memo moved to another target by a merge, and where it was.
struct MemoRetarget
{
    Id memoId = 0;
    QString targetKind;
    Id fromId = 0;
    Id toId = 0;
};

// Everything Project::mergeCodes changed, for unmergeCodes to put back.
struct CodeMerge
{
    Id intoId = 0;
    std::vector<Id> mergedIds;
    std::vector<SegmentRow> movedSegments;     // now coded with INTO, ids kept
    std::vector<SegmentRow> collapsedSegments; // deleted: INTO already had them
    std::vector<MemoRetarget> memos;           // code memos and memos on collapsed segments
    std::vector<ExemplarChoice> exemplarsBefore; // exemplars that quoted collapsed segments
    std::vector<ExemplarChoice> exemplarsAfter;  // the same, now quoting the kept segment
    std::vector<CodePlacement> placementsBefore; // of the merged codes
    QString intoDefinitionBefore;
    std::vector<std::pair<Id, bool>> archivedBefore; // merged code, archived flag
};

// A split: SEGMENTIDS of CODEID move to a new code NEWNAME. The project fills
// in the new code's id and guid; give them to redo the same split.
struct CodeSplit
{
    Id codeId = 0;
    std::vector<Id> segmentIds;
    QString newName;
    Id newCodeId = 0;
    QString newCodeGuid;
    QString newCodeColor;
    int newCodePosition = -1; // codes.position, kept for a redo
    QString newCodeCreated;   // codes.created, kept for a redo
    std::vector<CodePlacement> placementsBefore; // of the theme the new code joined
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

// One hit of a full-text search: a matched word, or the sentence or paragraph
// that holds one or more (SearchScope::unit).
struct SearchHit
{
    Id sourceId = 0;
    QString sourceName;
    std::int64_t start = 0; // code points
    std::int64_t end = 0;
    QString snippet; // the hit with some context (a passage: the passage), on one line
    double rank = 0;  // lower is better (FTS5 bm25)
    // The matched words within SNIPPET, as UTF-16 ranges [start, end).
    std::vector<std::pair<qsizetype, qsizetype>> marks;
    int words = 1; // matched words in the hit (more than the marks when a long passage is cut)
};

// Where a search looks and what it lists.
struct SearchScope
{
    // FreeSelection: a hit per matched word; Sentence, Paragraph: a hit per
    // passage (the coding unit) that holds matched words.
    text::CodingUnit unit = text::CodingUnit::FreeSelection;
    std::optional<std::vector<Id>> sources; // only these (none: every source)
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

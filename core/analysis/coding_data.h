#pragma once
// The coding of a whole project read once, for the questions a researcher asks
// of it (coding queries, matrices, co-occurrence): every segment with its source,
// code, coder and date; the tiers a code rolls up into; the cases a source came
// from with their attribute values. Read in a handful of queries, so a matrix of
// 400 codes by 12 sites does not ask the database 4,800 times. The sentences and
// paragraphs of a source are found only when a question needs them, and kept.
// Nothing here changes the project.

#include "core/error.h"
#include "core/model/cases.h"
#include "core/model/types.h"
#include "core/text/positions.h"

#include <QHash>
#include <QString>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace gw {

class Project;

struct CodedSegment
{
    Id id = 0;
    Id sourceId = 0;
    Id codeId = 0;
    std::int64_t start = 0, end = 0; // code points
    Id coderId = 0;                  // 0: no coder recorded
    QString created;                 // ISO 8601 UTC
};

struct SourceRow
{
    Id id = 0;
    QString name;
    SourceKind kind = SourceKind::Document;
    int position = 0; // import order
};

struct CodeRow
{
    Id id = 0;
    QString name;
    CodeStage stage = CodeStage::Open;
    bool archived = false;
    Id themeId = 0; // 0: not placed
    int position = 0;
};

struct TierRow
{
    Id id = 0;
    QString name;
    Id parentId = 0; // a theme's dimension; 0 for dimensions and unplaced themes
};

// The sentences or paragraphs of one source as code point ranges, in order.
struct SourceUnits
{
    std::vector<std::pair<std::int64_t, std::int64_t>> ranges;
    // The units [first, last] that [START, END) touches; white space between
    // units belongs to the next one. A source without units has one, 0.
    [[nodiscard]] std::pair<int, int> span(std::int64_t start, std::int64_t end) const;
    // The code point range of units [FIRST, LAST].
    [[nodiscard]] std::pair<std::int64_t, std::int64_t> range(int first, int last) const;
};

enum class TextUnit { Sentence, Paragraph };

// Called while source text is read: DONE of TOTAL sources; false cancels.
using ProgressFn = std::function<bool(int done, int total)>;

class CodingData
{
public:
    // Reads PROJECT's coding. PROJECT must outlive this (source text and units
    // are read from it later, on the same thread).
    [[nodiscard]] static Result<std::shared_ptr<CodingData>> load(Project &project);

    std::vector<SourceRow> sources;         // import order
    std::vector<CodeRow> codes;             // by position, archived ones included
    std::vector<TierRow> themes;            // by dimension and position
    std::vector<TierRow> dimensions;        // by position
    std::vector<CodedSegment> segments;     // by source, start, end, id
    std::vector<CaseInfo> cases;            // with values and sources, by name
    std::vector<AttributeInfo> attributes;  // in column order
    std::vector<SourceSetInfo> sets;        // sets of sources, by name
    std::map<Id, QString> coders;           // id -> name
    QString attributionTemplate;            // the project's (attribution.h)

    [[nodiscard]] const SourceRow *source(Id id) const;
    [[nodiscard]] const CodeRow *code(Id id) const;
    // A segment by id (null when it is not in the project).
    [[nodiscard]] const CodedSegment *segment(Id id) const;
    // The (non-archived) codes under a theme or under a dimension's themes.
    [[nodiscard]] std::vector<Id> codesOfTheme(Id themeId) const;
    [[nodiscard]] std::vector<Id> codesOfDimension(Id dimensionId) const;
    // Indices into segments of SOURCEID's segments: [first, last).
    [[nodiscard]] std::pair<std::size_t, std::size_t> segmentsOfSource(Id sourceId) const;
    // Indices into segments of CODEID's segments, in segments' order.
    [[nodiscard]] const std::vector<std::size_t> &segmentsOfCode(Id codeId) const;
    // The cases SOURCEID came from (indices into cases).
    [[nodiscard]] const std::vector<std::size_t> &casesOfSource(Id sourceId) const;
    [[nodiscard]] const AttributeInfo *attribute(const QString &name) const; // case-insensitive

    // The units of SOURCEID, found on first use and kept.
    [[nodiscard]] Result<const SourceUnits *> units(Id sourceId, TextUnit unit);
    // Finds the units of every source in SOURCES now (for a progress bar and
    // cancelling); false when PROGRESS cancelled.
    [[nodiscard]] Result<bool> prepareUnits(const std::vector<Id> &sources, TextUnit unit,
                                            const ProgressFn &progress);
    // The text of a source (read on first use and kept) and of a range of it.
    [[nodiscard]] Result<QString> text(Id sourceId);
    [[nodiscard]] Result<QString> text(Id sourceId, std::int64_t start, std::int64_t end);
    // The cases a passage at START of SOURCEID speaks for (a focus group's
    // speaker, attribution.h): indices into cases. Turns are read on first use.
    [[nodiscard]] Result<std::vector<std::size_t>> casesSpeaking(Id sourceId, std::int64_t start);

private:
    explicit CodingData(Project &project) : m_project(&project) {}
    Project *m_project;
    std::map<Id, std::size_t> m_sourceIndex, m_codeIndex, m_segmentIndex;
    std::map<Id, std::pair<std::size_t, std::size_t>> m_segmentRanges;
    std::map<Id, std::vector<std::size_t>> m_sourceCases, m_codeSegments;
    std::map<std::pair<Id, int>, SourceUnits> m_units;
    std::map<Id, QString> m_texts;
    std::map<Id, std::vector<Turn>> m_turns; // of sources with several cases, by position
    // Where each code point of a source's text lies in UTF-16, made once per
    // source: describing 2,000 passages must not walk each text from its start.
    std::map<Id, text::Utf16Map> m_maps;
};

// Words in TEXT: runs of letters or digits (an apostrophe or hyphen inside a
// word keeps it one word).
[[nodiscard]] int wordCount(QStringView text);

// The names in CANDIDATES closest to NAME (case-insensitive edit distance,
// names containing it first), at most LIMIT: for "did you mean" in errors.
[[nodiscard]] QStringList closestNames(const QString &name, const QStringList &candidates,
                                       int limit = 3);
// ' Closest: "A", "B".' for the end of a "no such name" message, or nothing.
[[nodiscard]] QString closestHint(const QString &name, const QStringList &candidates);

} // namespace gw

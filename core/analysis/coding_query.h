#pragma once
// A coding query: the passages an expression (query_expression.h) finds,
// within the sources, cases and segments its filters let through.
//
// Each code's segments are passages. For two sets of passages A and B in one
// source, with the query's unit:
// - A OR B: every passage of either (one passage where both have the same range);
// - A AND B, unit "overlap": the overlap of each passage of A with each of B;
//   unit "sentence" or "paragraph": the sentences (paragraphs) that a passage
//   of A and a passage of B both touch;
// - A NOT B: the passages of A that no passage of B meets (overlaps, or shares
//   a sentence or paragraph with, by the unit);
// - A NEAR/n B: each passage of A with each of B at most n sentences apart
//   (0: in one sentence), as one passage from the first start to the last end;
//   sentences are counted across paragraph ends.
// A passage keeps the segments it came from.

#include "core/analysis/coding_data.h"
#include "core/analysis/query_expression.h"

#include <QDate>
#include <QJsonObject>
#include <set>

namespace gw {

enum class QueryUnit { Overlap, Sentence, Paragraph };

[[nodiscard]] QString toString(QueryUnit unit);
[[nodiscard]] std::optional<QueryUnit> queryUnitFromString(const QString &text);

// "ATTRIBUTE OP VALUE" on a source's cases: OP is =, !=, <, <=, >, >=,
// "in (a, b)" or "between a and b"; compared as the attribute's type (numbers
// as numbers, dates as dates, text ignoring case). A case without a value
// never matches; a source matches when one of its cases matches.
struct AttributeCondition
{
    enum class Op { Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual, In, Between };
    QString attribute;
    Op op = Op::Equal;
    QStringList values; // one; or the list of In; or the two ends of Between
};

// Reads "role = CCIO", "year >= 2020", "status in (GDE, FF)",
// "interview date between 2019-01-01 and 2019-12-31"; a value may be quoted.
[[nodiscard]] Result<AttributeCondition> parseAttributeCondition(const QString &text);
[[nodiscard]] QString toString(const AttributeCondition &condition);
// Conditions separated by ';' ("role = CCIO; year >= 2020"), as typed in a
// filter field; an empty text is none.
[[nodiscard]] Result<std::vector<AttributeCondition>> parseAttributeConditions(const QString &text);

struct QueryFilters
{
    std::set<SourceKind> kinds;  // empty: every kind
    QStringList sources;         // source names; empty: every source
    QStringList sets;            // sets of sources: sources in any of them only
    QStringList cases;           // case names: sources of these cases only
    std::vector<AttributeCondition> where; // all must hold
    QStringList coders;          // segments by these coders only
    QDate codedFrom, codedTo;    // segments created in [from, to] (days, UTC)

    [[nodiscard]] bool isEmpty() const;
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<QueryFilters> fromJson(const QJsonObject &json);
};

struct QueryOptions
{
    QueryUnit unit = QueryUnit::Overlap;
    QueryFilters filters;
};

struct Passage
{
    Id sourceId = 0;
    std::int64_t start = 0, end = 0; // code points
    std::vector<Id> segmentIds;      // sorted
};

// The filters checked against DATA once: names become ids, conditions typed.
class QueryScope
{
public:
    [[nodiscard]] static Result<QueryScope> make(const CodingData &data, const QueryFilters &filters);
    [[nodiscard]] bool allowsSource(Id sourceId) const { return m_sources.contains(sourceId); }
    [[nodiscard]] bool allowsSegment(const CodedSegment &segment) const;
    [[nodiscard]] const std::set<Id> &sources() const { return m_sources; }

private:
    std::set<Id> m_sources;
    std::set<Id> m_coders;
    bool m_anyCoder = true;
    QString m_from, m_to; // ISO dates; empty: open
};

// The sources that FILTERS' source filters (kinds, sources, cases, conditions)
// let through, for a full-text search with the coding query's filters; none
// (every source) when FILTERS names no source filter. Coder and coding dates
// choose segments, not text, and are not looked at.
[[nodiscard]] Result<std::optional<std::vector<Id>>> sourcesWithin(Project &project, const QueryFilters &filters);
// The same over coding already read.
[[nodiscard]] Result<std::optional<std::set<Id>>> sourcesWithin(const CodingData &data, const QueryFilters &filters);

// Does CASEINFO satisfy CONDITION for an attribute of TYPE?
[[nodiscard]] bool conditionHolds(const AttributeCondition &condition, AttributeType type,
                                  const CaseInfo &caseInfo);

// The passages of EXPRESSION, by source (import order) then position.
[[nodiscard]] Result<std::vector<Passage>> runCodingQuery(CodingData &data, const QueryNode &expression,
                                                          const QueryOptions &options,
                                                          const ProgressFn &progress = {});

// Parses and runs TEXT.
[[nodiscard]] Result<std::vector<Passage>> runCodingQuery(CodingData &data, const QString &text,
                                                          const QueryOptions &options,
                                                          const ProgressFn &progress = {});

// The passages of one code, theme or dimension within SCOPE (the leaves of a
// query, and the rows of a matrix).
[[nodiscard]] std::vector<Passage> itemPassages(const CodingData &data, const std::vector<Id> &codes,
                                                const QueryScope &scope);

} // namespace gw

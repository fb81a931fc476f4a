#pragma once
// The data structure (METHOD.md stages 2-4) as one plain value: aggregate
// dimensions > second-order themes > first-order codes, in the researcher's
// order, with what Table 1 and the Gioia figure print beside them. Exporters
// and the figure read only this; the project builds it (loadDataStructure) and
// the JSON form (the shape of ../shared/domain/table1-data-structure.json)
// reads and writes it.

#include "core/error.h"
#include "core/model/types.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace gw {

// A quote that argues a theme, cited with its speaker's case attributes.
struct StructureQuote
{
    Id segmentId = 0;
    QString text;
    QString attribution; // e.g. "[Participant from Site_E]"
    Id codeId = 0;       // the code the segment is coded with (0: not known)
};

struct StructureCode
{
    Id id = 0;
    QString name;
    QString definition;
    QString color; // #rrggbb
    std::int64_t segmentCount = 0;
    std::int64_t sourceCount = 0;
    // Its stage: an open or focused code placed under a theme is not yet a
    // first-order code (Table 1 warns, and can leave it out).
    CodeStage stage = CodeStage::FirstOrder;
};

struct StructureTheme
{
    Id id = 0;
    QString name;
    QString definition;
    std::vector<StructureCode> codes;
    std::vector<StructureQuote> exemplars;
    std::int64_t segmentCount = 0; // over its codes
    std::int64_t sourceCount = 0;  // distinct sources over its codes
};

struct StructureDimension
{
    Id id = 0;
    QString name;
    QString definition;
    std::vector<StructureTheme> themes;
    std::int64_t segmentCount = 0;
    std::int64_t sourceCount = 0;
};

// "GDE = Global Digital Exemplar": printed as the table's footnotes.
struct Abbreviation
{
    QString abbreviation;
    QString meaning;
};

struct DataStructure
{
    QString citation; // where a published structure came from, if it did
    std::vector<StructureDimension> dimensions;
    // Not yet placed: themes without a dimension, first-order codes without a theme.
    std::vector<StructureTheme> unplacedThemes;
    std::vector<StructureCode> unplacedCodes;
    std::vector<Abbreviation> abbreviations;

    [[nodiscard]] std::size_t themeCount() const;   // placed themes
    [[nodiscard]] std::size_t codeCount() const;    // codes under placed themes
};

// Reads the JSON shape of table1-data-structure.json: {"source", "note",
// "dimensions": [{"name", "definition"?, "themes": [{"name", "definition"?,
// "codes": ["name" | {"name", "definition"?}]}]}], "abbreviations"?:
// [{"abbreviation", "meaning"}]}. Without "abbreviations", they are read from
// the note's "Footnotes of the table: A = B, C = D." sentence, as the published
// file has them. FILENAME names the file in errors.
// The column headings of Table 1 and of the Gioia figure, as the published
// table prints them, so that the figure and the table name their tiers alike.
[[nodiscard]] inline QString codesHeading() { return QStringLiteral("First-order codes"); }
[[nodiscard]] inline QString themesHeading() { return QStringLiteral("Second-order themes"); }
[[nodiscard]] inline QString dimensionsHeading() { return QStringLiteral("Aggregate dimension"); }

[[nodiscard]] Result<DataStructure> dataStructureFromJson(const QByteArray &json, const QString &fileName);
// Writes that shape back (codes as plain names when they have no definition),
// with "abbreviations" spelled out.
[[nodiscard]] QByteArray dataStructureToJson(const DataStructure &structure);

} // namespace gw

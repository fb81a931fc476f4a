#pragma once
// What a REFI-QDA import will write, worked out before anything touches the
// project: every source's normalised text with positions already converted,
// codes, segments, coders, cases, attributes and memos, all referring to each
// other by GUID. Its preview says what comes in, what does not and why, and
// how confident the position conversion is. Writing it (import_writer.h) is
// one transaction.

#include "core/error.h"
#include "core/model/cases.h"
#include "core/model/types.h"
#include "core/refi/position_map.h"
#include "core/refi/qdpx_archive.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <vector>

namespace gw::refi {

struct PlannedCoder
{
    QString guid;
    QString name;
    QString created;
};

struct PlannedSource
{
    QString guid;
    NewSource source; // text normalised
    QString hash;
    std::int64_t length = 0;
    QString sourceDate;
    QString imported;
};

struct PlannedCode
{
    QString guid;
    QString name;
    QString definition;
    QString color;
    CodeStage stage = CodeStage::Open;
    bool archived = false;
    int position = 0;
    QString created;
    QString createdBy; // coder guid
};

struct PlannedSegment
{
    QString guid;
    QString sourceGuid;
    QString codeGuid;
    std::int64_t start = 0;
    std::int64_t end = 0;
    QString coderGuid; // empty: the importing coder
    QString created;
};

struct PlannedAttribute
{
    QString guid;
    QString name;
    AttributeType type = AttributeType::Text;
    int position = 0;
};

struct PlannedCase
{
    QString guid;
    QString name;
    QString description;
    QList<std::pair<QString, QString>> values; // attribute guid -> stored value
    QStringList sourceGuids;
};

// A set of sources (MAXQDA's document groups, ATLAS.ti's document groups,
// NVivo's sets of files): its members the planned sources it holds.
struct PlannedSet
{
    QString guid;
    QString name;
    QStringList sourceGuids;
};

struct PlannedMemo
{
    QString guid;
    QString title;
    QString body;
    QString targetKind; // project, source, segment, code, theme, dimension, case
    QString targetGuid;
    bool disconfirming = false;
    QString coderGuid;
    QString created;
    QString modified;
};

// A theme or a dimension (only from Groundwork's own extension).
struct PlannedTier
{
    QString guid;
    QString name;
    QString definition;
    int position = 0;
    QString dimensionGuid; // themes
};

struct PlannedThemeCode
{
    QString codeGuid;
    QString themeGuid;
    int position = 0;
};

// An exemplar quote of a theme (a segment), in the theme's order.
struct PlannedExemplar
{
    QString themeGuid;
    QString segmentGuid;
    int position = 0;
};

struct PlannedAudit
{
    QString at;
    QString coderGuid;
    QString action;
    QString details;
    QString why;
};

// A coding query saved by name (the extension's savedQueries): options as
// stored (JSON text), parsed when the query runs.
struct PlannedSavedQuery
{
    QString guid;
    QString name;
    QString expression;
    QString options;
    QString created, modified;
};

// Something in the file that will not come in, and why.
struct Skipped
{
    QString what; // "source", "segment", "set", ...
    QString name;
    QString reason;
};

struct RefiPreview
{
    QString fileName;
    QString origin;
    bool codebookOnly = false;
    bool fromGroundwork = false; // carries Groundwork's own extension
    PositionUnit positions = PositionUnit::CodePoints;
    bool positionsChosen = false; // by the user, not by the file's evidence

    // What comes in.
    int coders = 0;
    int codes = 0;
    int sources = 0;
    int sourcesSameText = 0; // same text as another source in the file: merged into it
    int segments = 0;
    int cases = 0;
    int attributes = 0;
    int memos = 0;
    int themes = 0;
    int dimensions = 0;
    int sourceValues = 0; // source-level variable values, kept in the source's details

    // What does not, and why (grouped lines and single items).
    int sourcesSkipped = 0;
    int segmentsSkipped = 0;
    QList<Skipped> skipped;

    // How sure the positions are.
    int selectionsChecked = 0;
    int selectionsOnWordBoundaries = 0;
    int quotesChecked = 0; // selections whose name quotes the coded text
    int quotesMatched = 0;

    QStringList warnings; // deviations from the standard, doubts about positions
    QStringList notes;    // how the file's things map onto Groundwork's
};

struct ImportPlan
{
    RefiPreview preview;
    std::vector<PlannedCoder> coders;
    std::vector<PlannedSource> sources;
    QHash<QString, QString> sourceAlias; // guid of a same-text source -> guid it merges into
    std::vector<QList<Turn>> turns;      // per planned source
    std::vector<PlannedCode> codes;
    std::vector<PlannedSegment> segments;
    std::vector<PlannedAttribute> attributes;
    std::vector<PlannedCase> cases;
    std::vector<PlannedMemo> memos;
    std::vector<PlannedSet> sets;
    std::vector<PlannedTier> dimensions;
    std::vector<PlannedTier> themes;
    std::vector<PlannedThemeCode> themeCodes;
    std::vector<PlannedExemplar> exemplars;
    std::vector<PlannedAudit> audit;
    std::vector<PlannedSavedQuery> savedQueries;
    QJsonObject settings;
};

// Reads PATH (.qdpx, .qde or .qdc), checks it against the schema and maps it
// onto Groundwork's model. Error only when the file cannot be read or is not
// REFI-QDA at all; everything else is in the preview. POSITIONS, when given,
// is how the file's positions are read, instead of what the evidence suggests.
[[nodiscard]] Result<ImportPlan> planImport(const QString &path, ReadLimits limits = {},
                                            std::optional<PositionUnit> positions = {});

} // namespace gw::refi

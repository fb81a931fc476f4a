#pragma once
// Another Groundwork project read whole into memory for a merge: every row a
// merge can bring across (coders, sources with their turns, the hierarchy,
// segments, memos, cases and attributes), with the other file's own ids. The
// file is opened read-only through its own connection and never changed; an
// older file is read from a migrated temporary copy.

#include "core/error.h"
#include "core/model/types.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <optional>
#include <vector>

namespace gw {

struct OtherCoder
{
    Id id = 0;
    QString guid;
    QString name;
    QString created;
};

struct OtherSource
{
    Id id = 0;
    QString guid;
    QString kind;
    QString name;
    QString text;
    QString hash;
    QString originalName;
    QString originalFormat;
    QString sourceDate; // empty: NULL
    QString metadata;
    QString imported;
    std::int64_t length = 0;
    std::vector<Turn> turns;
};

// A code, theme or dimension. PARENT is a code's theme or a theme's dimension.
struct OtherTier
{
    Id id = 0;
    QString guid;
    QString name;
    QString definition;
    std::optional<Id> parent;
    // Codes only.
    QString color;
    QString stage;
    bool archived = false;
    std::optional<Id> createdBy;
    QString created;
};

struct OtherSegment
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

struct OtherMemo
{
    Id id = 0;
    QString guid;
    QString title;
    QString body;
    QString targetKind;
    std::optional<Id> targetId;
    bool disconfirming = false;
    std::optional<Id> coderId;
    QString created;
    QString modified;
};

struct OtherCase
{
    Id id = 0;
    QString guid;
    QString name;
    QString description;
};

// A named set of sources (migration 0008), with its sources (their ids).
struct OtherSourceSet
{
    QString guid;
    QString name;
    QString description;
    std::vector<Id> sources;
};

struct OtherAttribute
{
    Id id = 0;
    QString guid;
    QString name;
    QString type;
};

struct OtherComment
{
    QString guid;
    std::optional<Id> coderId;
    QString text;
    QString created;
};

// A review thread with its comments, oldest first. TARGETID is their code,
// theme, dimension or influence; an influence is known here by TARGETGUID.
struct OtherThread
{
    Id id = 0;
    QString guid;
    QString targetKind;
    Id targetId = 0;
    QString targetGuid; // influences only
    bool resolved = false;
    std::optional<Id> resolvedBy;
    QString resolvedAt;
    QString created;
    std::vector<OtherComment> comments;
};

// A coding query saved by name (migration 0006): options as stored (JSON).
struct OtherSavedQuery
{
    QString guid;
    QString name;
    QString expression;
    QString options;
    QString created, modified;
};

struct OtherSnapshot
{
    QString guid;
    QString name;
    QString structure; // JSON with their ids
    std::optional<Id> coderId;
    QString created;
};

// The CMO model (migration 0004): levels and influence types by name, elements
// (a dimension, theme or code in a role), influences between elements, and
// the segments given as evidence.
struct OtherModelName
{
    Id id = 0;
    QString guid;
    QString name;
    QString color;     // influence types
    QString lineStyle; // influence types
};

struct OtherElement
{
    Id id = 0;
    QString guid;
    QString targetKind; // "dimension", "theme" or "code"
    Id targetId = 0;
    QString role;
    std::optional<Id> levelId;
    std::optional<double> x, y;
    std::int64_t position = 0;
};

struct OtherInfluence
{
    Id id = 0;
    QString guid;
    Id from = 0;
    Id to = 0;
    Id typeId = 0;
    QString memo;
};

struct OtherEvidence
{
    Id influenceId = 0;
    Id segmentId = 0;
    QString kind;
};

struct OtherProject
{
    QString path;
    QString projectGuid;
    // Set when the file is a coder's copy (exportCoderCopy): who it was made
    // for, and the hierarchy and memos as they were when it was made.
    QString copyFor;
    QJsonObject base;

    std::vector<OtherCoder> coders;
    std::vector<OtherSource> sources;
    std::vector<OtherTier> dimensions;
    std::vector<OtherTier> themes;
    std::vector<OtherTier> codes;
    QHash<Id, int> codePositions; // code id -> position under its theme
    std::vector<OtherSegment> segments;
    std::vector<ExemplarChoice> exemplars;
    std::vector<OtherMemo> memos;
    std::vector<OtherCase> cases;
    std::vector<OtherAttribute> attributes;
    std::vector<std::pair<Id, Id>> caseSources; // case, source
    std::vector<OtherSourceSet> sourceSets;
    struct Value
    {
        Id caseId = 0;
        Id attributeId = 0;
        QString value; // null: no value
    };
    std::vector<Value> values;
    std::vector<OtherModelName> levels;
    std::vector<OtherModelName> influenceTypes;
    std::vector<OtherElement> elements;
    std::vector<OtherInfluence> influences;
    std::vector<OtherEvidence> evidence; // in order per influence
    std::vector<OtherThread> threads;
    std::vector<OtherSnapshot> snapshots;
    std::vector<OtherSavedQuery> savedQueries;
};

// Reads the project at PATH. THISPATH is the project it will merge into:
// the same file is refused. Errors name PATH and say why (missing, not a
// project, damaged, newer schema).
[[nodiscard]] Result<OtherProject> readOtherProject(const QString &path, const QString &thisPath);

} // namespace gw

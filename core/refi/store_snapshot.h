#pragma once
// Everything a REFI-QDA export needs from a project, read in one read
// transaction with a few table scans (an export of a study-scale project must
// take well under a second, so no per-row queries).

#include "core/error.h"

#include <QHash>
#include <QList>
#include <QString>
#include <cstdint>
#include <vector>

namespace gw {
class Database;
}

namespace gw::refi {

struct Snapshot
{
    struct Coder { std::int64_t id; QString guid, name, created; };
    struct Source { std::int64_t id; QString guid, kind, name, text, originalName, originalFormat, sourceDate, metadata, imported; std::int64_t length; };
    struct TurnRow { std::int64_t source; QString speaker; std::int64_t start, end; bool hasTimestamp; std::int64_t timestamp; };
    struct Code { std::int64_t id; QString guid, name, definition, color, stage; bool archived; std::int64_t position; std::int64_t createdBy; QString created; };
    struct Tier { std::int64_t id; QString guid, name, definition; std::int64_t position; std::int64_t dimension; };
    struct ThemeCode { std::int64_t code, theme, position; };
    struct Exemplar { std::int64_t theme, segment, position; };
    struct Segment { std::int64_t id; QString guid; std::int64_t source, code, start, end, coder; QString created; };
    struct Attribute { std::int64_t id; QString guid, name, type; std::int64_t position; };
    struct Value { std::int64_t caseId, attribute; QString value; };
    struct Case { std::int64_t id; QString guid, name, description; };
    struct CaseSource { std::int64_t caseId, source; };
    struct Memo { std::int64_t id; QString guid, title, body, targetKind; std::int64_t target; bool disconfirming; std::int64_t coder; QString created, modified; };
    struct Audit { QString at; std::int64_t coder; QString action, details, why; };
    struct SavedQuery { QString guid, name, expression, options, created, modified; };
    struct SetMember { std::int64_t set; QString setGuid, setName; std::int64_t source; };

    QString projectName;
    std::vector<Coder> coders;
    std::vector<Source> sources;
    std::vector<TurnRow> turns;
    std::vector<Code> codes;
    std::vector<Tier> dimensions;
    std::vector<Tier> themes;
    std::vector<ThemeCode> themeCodes;
    std::vector<Exemplar> exemplars;
    std::vector<Segment> segments;
    std::vector<Attribute> attributes;
    std::vector<Value> values;
    std::vector<Case> cases;
    std::vector<CaseSource> caseSources;
    std::vector<Memo> memos;
    std::vector<Audit> audit;
    std::vector<SavedQuery> savedQueries;
    std::vector<SetMember> setMembers; // sets of sources, by set name
    QList<std::pair<QString, QString>> settings;

    // id -> guid, for references.
    QHash<std::int64_t, QString> coderGuid, sourceGuid, codeGuid, themeGuid, dimensionGuid, segmentGuid, caseGuid;
};

// WITHTEXT false leaves the sources' text empty (for a codebook).
[[nodiscard]] Result<Snapshot> readSnapshot(Database &db, bool withText = true);

} // namespace gw::refi

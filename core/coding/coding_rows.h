#pragma once
// How a code and a segment are read from rows, in SQL that SQLite and
// PostgreSQL both run: every query for codes or segments selects these
// columns, so every one returns the same shape (CodingStore, and the
// structure's queries in core/model until they move into their store).

#include "core/model/types.h"
#include "core/store/sql_session.h"

#include <QString>

namespace gw::rows {

// c: codes; with the code's theme and how many segments and sources it has.
inline const QString kCodeColumns = QStringLiteral(
    "c.id, c.guid, c.name, c.definition, c.color, c.stage, c.archived, tc.theme_id, "
    "(SELECT count(*) FROM segments g WHERE g.code_id = c.id), "
    "(SELECT count(DISTINCT g.source_id) FROM segments g WHERE g.code_id = c.id) "
    "FROM codes c LEFT JOIN theme_codes tc ON tc.code_id = c.id");

// g: segments, with their source's and code's names, the coder and the words.
inline const QString kSegmentText = QStringLiteral(
    "substr(s.text, CAST(g.start + 1 AS INTEGER), CAST(g.\"end\" - g.start AS INTEGER))");
inline const QString kSegmentColumns = QStringLiteral(
    "g.id, g.guid, g.source_id, s.name, g.code_id, c.name, g.start, g.\"end\", coalesce(k.name, ''), %1 "
    "FROM segments g JOIN sources s ON s.id = g.source_id JOIN codes c ON c.id = g.code_id "
    "LEFT JOIN coders k ON k.id = g.coder_id").arg(kSegmentText);

inline CodeInfo readCode(const SqlRows &rows, int r)
{
    CodeInfo c;
    c.id = rows.int64(r, 0);
    c.guid = rows.text(r, 1);
    c.name = rows.text(r, 2);
    c.definition = rows.text(r, 3);
    c.color = rows.text(r, 4);
    c.stage = codeStageFromString(rows.text(r, 5)).value_or(CodeStage::Open);
    c.archived = rows.int64(r, 6) != 0;
    if (!rows.isNull(r, 7))
        c.themeId = rows.int64(r, 7);
    c.segmentCount = rows.int64(r, 8);
    c.sourceCount = rows.int64(r, 9);
    return c;
}

inline SegmentInfo readSegment(const SqlRows &rows, int r)
{
    return SegmentInfo{rows.int64(r, 0), rows.text(r, 1), rows.int64(r, 2), rows.text(r, 3), rows.int64(r, 4),
                       rows.text(r, 5),  rows.int64(r, 6), rows.int64(r, 7), rows.text(r, 8), rows.text(r, 9)};
}

} // namespace gw::rows

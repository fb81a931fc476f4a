#pragma once
// Internal to core/model: how the Project files read codes and segments from
// rows, shared so that every query returns the same shape.

#include "core/model/types.h"
#include "core/store/database.h"

#include <QString>

namespace gw::rows {

inline const QString kCodeColumns = QStringLiteral(
    "c.id, c.guid, c.name, c.definition, c.color, c.stage, c.archived, tc.theme_id, "
    "(SELECT count(*) FROM segments g WHERE g.code_id = c.id), "
    "(SELECT count(DISTINCT g.source_id) FROM segments g WHERE g.code_id = c.id) "
    "FROM codes c LEFT JOIN theme_codes tc ON tc.code_id = c.id");

inline CodeInfo readCode(const Statement &row)
{
    CodeInfo c;
    c.id = row.int64(0);
    c.guid = row.text(1);
    c.name = row.text(2);
    c.definition = row.text(3);
    c.color = row.text(4);
    c.stage = codeStageFromString(row.text(5)).value_or(CodeStage::Open);
    c.archived = row.int64(6) != 0;
    if (!row.isNull(7))
        c.themeId = row.int64(7);
    c.segmentCount = row.int64(8);
    c.sourceCount = row.int64(9);
    return c;
}

inline const QString kSegmentColumns = QStringLiteral(
    "g.id, g.guid, g.source_id, s.name, g.code_id, c.name, g.start, g.end, coalesce(k.name, ''), "
    "substr(s.text, g.start + 1, g.end - g.start) "
    "FROM segments g JOIN sources s ON s.id = g.source_id JOIN codes c ON c.id = g.code_id "
    "LEFT JOIN coders k ON k.id = g.coder_id");

inline SegmentInfo readSegment(const Statement &row)
{
    return SegmentInfo{row.int64(0), row.text(1), row.int64(2), row.text(3), row.int64(4),
                       row.text(5),  row.int64(6), row.int64(7), row.text(8), row.text(9)};
}

} // namespace gw::rows

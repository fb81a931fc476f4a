#pragma once
// Internal to core/model: how the Project files read themes and dimensions
// from rows, shared so that every query returns the same shape.

#include "core/model/types.h"
#include "core/store/database.h"

#include <QString>

namespace gw::rows {

inline const QString kThemeColumns =
    QStringLiteral("t.id, t.name, t.definition, t.dimension_id, t.guid, t.position FROM themes t");

inline ThemeInfo readTheme(const Statement &row)
{
    ThemeInfo t;
    t.id = row.int64(0);
    t.name = row.text(1);
    t.definition = row.text(2);
    if (!row.isNull(3))
        t.dimensionId = row.int64(3);
    t.guid = row.text(4);
    t.position = static_cast<int>(row.int64(5));
    return t;
}

inline const QString kDimensionColumns =
    QStringLiteral("d.id, d.name, d.definition, d.guid, d.position FROM dimensions d");

inline DimensionInfo readDimension(const Statement &row)
{
    DimensionInfo d;
    d.id = row.int64(0);
    d.name = row.text(1);
    d.definition = row.text(2);
    d.guid = row.text(3);
    d.position = static_cast<int>(row.int64(4));
    return d;
}

} // namespace gw::rows

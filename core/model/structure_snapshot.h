#pragma once
// Internal to core/model: the hierarchy as a small JSON object (ids and names
// of dimensions, themes and first-order codes, in order) that every structural
// audit entry keeps, so that the audit view can show the data structure as it
// was at any past entry.

#include "core/structure/data_structure.h"
#include "core/store/database.h"

#include <QJsonObject>

namespace gw {

// {"dimensions": [{"id", "name", "themes": [{"id", "name", "codes": [{"id",
// "name"}]}]}], "unplacedThemes": [...], "unplacedCodes": [...]}; archived
// codes are left out, as in loadDataStructure.
[[nodiscard]] Result<QJsonObject> structureSnapshot(Database &db);
[[nodiscard]] DataStructure structureFromSnapshot(const QJsonObject &snapshot);

} // namespace gw

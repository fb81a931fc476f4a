#pragma once
// The words a person reads for the project's kinds, stages, roles and tiers, in
// the language the program runs in. toString() of the same values gives the
// keywords that files, the command line and the project store (always English);
// these are for sentences and labels only, never parsed back.

#include "core/analysis/query_expression.h"
#include "core/merge/merge_plan.h"
#include "core/model/cases.h"
#include "core/model/model_types.h"
#include "core/model/types.h"
#include "core/structure/structure_diff.h"

#include <QString>

namespace gw {

[[nodiscard]] QString displayName(SourceKind kind);     // "interview"
[[nodiscard]] QString displayName(CodeStage stage);     // "first-order"
[[nodiscard]] QString displayName(AttributeType type);  // "number"
[[nodiscard]] QString displayName(ModelRole role);      // "mechanism"
[[nodiscard]] QString displayNameWithArticle(ModelRole role); // "an outcome"
[[nodiscard]] QString displayName(ElementKind kind);    // "theme"
[[nodiscard]] QString displayName(StructureTier tier);  // "dimension"
[[nodiscard]] QString displayName(ItemTier tier);       // "code"
[[nodiscard]] QString displayName(MergeKind kind);      // "memo"
[[nodiscard]] QString displayName(MergeField field);    // "definition"

} // namespace gw

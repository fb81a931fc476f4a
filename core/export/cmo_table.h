#pragma once
// The CMO configuration table: every context -> mechanism -> outcome chain of
// the model (a context's influence on a mechanism followed by that
// mechanism's influence on an outcome), with the types of the two links, the
// evidence behind them and an exemplar quote, written with the generic table
// writers (table.h) in any of the six formats.

#include "core/export/table.h"
#include "core/model/model_types.h"

#include <vector>

namespace gw {

class Project;

struct CmoChain
{
    ModelElement context, mechanism, outcome;
    Influence first;  // context -> mechanism
    Influence second; // mechanism -> outcome
    int evidence = 0; // distinct supporting segments of the two links
    int counter = 0;  // distinct counter-evidence segments
    // The first supporting segment (of the first link, else the second),
    // cited as Table 1 cites quotes: “text” [Role from Site]; empty without one.
    QString exemplar;
};

// The chains in model order of context, then mechanism, then outcome.
[[nodiscard]] Result<std::vector<CmoChain>> cmoChains(Project &project);

// The table: Context | Mechanism | Outcome | Links | Evidence | Exemplar quote,
// a context's cell spanning its chains.
[[nodiscard]] Table layoutCmoTable(const std::vector<CmoChain> &chains,
                                   const QString &caption = QStringLiteral("CMO configurations"));

// Writes the project's table to PATH atomically; refuses a model without chains.
[[nodiscard]] Status writeCmoTable(Project &project, TableFormat format, const QString &path);

} // namespace gw

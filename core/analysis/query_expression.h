#pragma once
// The expression of a coding query, as a researcher types it:
//
//   Trust building AND (Site visits OR "Supplier: pilots") NOT theme:Barriers
//   Relational recognition NEAR/2 Proximity
//
// A name is a code, a theme or a dimension (a theme or dimension stands for
// every code under it), bare (words up to the next operator or parenthesis) or
// in double quotes (a quote inside is doubled), optionally prefixed with
// code:, theme: or dimension: when two tiers share a name (a bare name is a
// code first, then a theme, then a dimension). Operators are written in capitals
// (so a code called "trust and distrust" needs no quotes): OR binds loosest;
// AND, NOT and NEAR/n bind tighter and group from the left; parentheses group.
// "A AND NOT B" means "A NOT B".

#include "core/error.h"
#include "core/model/types.h"

#include <QString>
#include <QStringList>
#include <memory>

namespace gw {

class CodingData;

enum class QueryOp { Item, Or, And, Not, Near };
enum class ItemTier { Code, Theme, Dimension };

[[nodiscard]] QString toString(ItemTier tier);

struct QueryNode
{
    QueryOp op = QueryOp::Item;
    // An item: its tier, id and name as stored.
    ItemTier tier = ItemTier::Code;
    Id id = 0;
    QString name;
    int within = 0; // NEAR/n: n sentences
    std::unique_ptr<QueryNode> left, right;
};

// Parses TEXT against the names in DATA. Errors name the 1-based character
// position and what was expected there ("position 12: expected a code, theme or
// dimension name after AND"); an unknown name says which names come closest.
[[nodiscard]] Result<std::unique_ptr<QueryNode>> parseQueryExpression(const QString &text,
                                                                      const CodingData &data);

// The expression written back in canonical form (names quoted where needed,
// prefixes where a name is ambiguous, parentheses where precedence needs them).
[[nodiscard]] QString queryText(const QueryNode &node);

// Every name the expression may use (codes, themes, dimensions), for completion.
[[nodiscard]] QStringList queryNames(const CodingData &data);

// The syntax in a few lines, for the workbench and --help.
[[nodiscard]] QString querySyntaxHelp();

} // namespace gw

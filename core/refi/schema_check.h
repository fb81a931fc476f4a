#pragma once
// Validates REFI-QDA XML against the standard's schemas (embedded as Qt
// resources, see resources/refi) with libxml2. The parser already refused DTDs,
// and libxml2 runs without network access or entity substitution.

#include <QByteArray>
#include <QStringList>

namespace gw::refi {

enum class SchemaKind { Project, Codebook };

// Each way XML deviates from the schema, as "line N: message"; empty when valid.
// At most LIMIT messages, then one saying how many more there were.
[[nodiscard]] QStringList schemaDeviations(const QByteArray &xml, SchemaKind kind, int limit = 50);

} // namespace gw::refi

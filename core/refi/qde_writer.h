#pragma once
// Writes a project snapshot as REFI-QDA XML: the .qde of a .qdpx (valid
// against Project.xsd) or a .qdc codebook (valid against Codebook.xsd), and
// Groundwork's extension (see extension.h) for what the standard cannot hold.
//
// The tiers become nested codes: each dimension a code that cannot be coded
// (isCodable="false") holding its themes, each theme one holding its codes.
// Each theme is also a Set of its codes, for tools that show sets, not nesting.
// Positions are code points, end exclusive, over the sources' stored text
// (sources/<guid>.txt: UTF-8, no BOM, \n line ends).

#include "core/refi/store_snapshot.h"

#include <QByteArray>

namespace gw::refi {

[[nodiscard]] QByteArray projectXml(const Snapshot &s, const QString &origin);
[[nodiscard]] QByteArray codebookXml(const Snapshot &s, const QString &origin);
[[nodiscard]] QByteArray extensionJson(const Snapshot &s);

// The path of a source's text inside the .qdpx.
[[nodiscard]] QString sourceTextPath(const QString &sourceGuid);

} // namespace gw::refi

#pragma once
// Groundwork's extension to a .qdpx: what REFI-QDA has no element for (the
// Gioia tiers, code stages and archiving, memo targets and disconfirming
// flags, source kinds and speaker turns, attribute types and order, the audit
// log) travels as one JSON file inside the zip, keyed by the GUIDs used in the
// .qde. Other tools ignore it and the .qde stays valid against the schema; a
// Groundwork import reads it back so that a round trip loses nothing.
// The format is documented in README.md ("REFI-QDA exchange").

#include <QString>

namespace gw::refi {

inline const QString kExtensionPath = QStringLiteral("groundwork/extension.json");
inline const QString kExtensionFormat = QStringLiteral("groundwork-refi-extension");
inline constexpr int kExtensionVersion = 1;

} // namespace gw::refi

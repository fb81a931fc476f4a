#pragma once
// Parses REFI-QDA XML (a .qde project or a .qdc codebook) into a RefiProject
// with QXmlStreamReader. Untrusted input: a document type declaration is
// refused outright (entity declarations are how "billion laughs" expansion
// attacks work, and REFI-QDA never needs one); the root must be a Project or
// CodeBook in a QDA-XML namespace, or the file is not REFI-QDA at all.
// Anything else a real producer gets wrong is read leniently and listed.

#include "core/error.h"
#include "core/refi/refi_project.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace gw::refi {

inline const QString kProjectNamespace = QStringLiteral("urn:QDA-XML:project:1.0");
inline const QString kCodebookNamespace = QStringLiteral("urn:QDA-XML:codebook:1.0");

// At most this many codes: a study's codebook has hundreds or a few thousand,
// and each code costs a row and a place in the code list; a file with more is
// refused before it is held.
inline constexpr std::size_t kMaxRefiCodes = 100'000;

struct ParsedXml
{
    RefiProject project;
    QStringList warnings;
    QByteArray cleanXml; // without leading byte-order marks, for schema validation
};

[[nodiscard]] Result<ParsedXml> readQde(const QByteArray &xml, const QString &fileName);

// A GUID as Groundwork keeps it: lower case, no braces.
[[nodiscard]] QString cleanGuid(const QString &guid);

} // namespace gw::refi

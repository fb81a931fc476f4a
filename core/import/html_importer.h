#pragma once
// Web pages (.html, .htm): their visible text only. A small tolerant tag
// stripper, not a browser engine: nothing is ever fetched (no images, styles,
// frames or scripts), script/style/head contents are dropped, block elements
// become line and paragraph breaks, list items "- " and table cells " | " as in
// the office formats, and character references are decoded.

#include "core/import/importer.h"

namespace gw {

class HtmlImporter final : public Importer
{
public:
    [[nodiscard]] QStringList suffixes() const override;
    [[nodiscard]] Result<ImportedText> read(const QByteArray &bytes,
                                            const QString &fileName) const override;
};

// The visible text of HTML (already decoded to a QString).
[[nodiscard]] QString htmlToText(const QString &html);

} // namespace gw

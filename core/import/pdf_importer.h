#pragma once
// PDF (.pdf): the text layer of each page, read with poppler, pages separated
// by a blank line. Where each page starts (in code points of the normalised
// text) goes to the source's metadata as {"pages": [0, ...]}, so a quote can be
// traced back to its page. PDFs without a text layer (scans) are refused, not
// imported empty: they need OCR first.

#include "core/import/importer.h"

namespace gw {

class PdfImporter final : public Importer
{
public:
    [[nodiscard]] QStringList suffixes() const override;
    [[nodiscard]] Result<ImportedText> read(const QByteArray &bytes,
                                            const QString &fileName) const override;
};

} // namespace gw

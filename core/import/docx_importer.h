#pragma once
// Word documents (.docx): the text of word/document.xml, laid out by
// OfficeTextLayout. Deleted tracked changes are left out; headers, footers,
// footnotes and comments live in other parts and are not read.

#include "core/import/importer.h"

namespace gw {

class DocxImporter final : public Importer
{
public:
    [[nodiscard]] QStringList suffixes() const override;
    [[nodiscard]] Result<ImportedText> read(const QByteArray &bytes,
                                            const QString &fileName) const override;
};

} // namespace gw

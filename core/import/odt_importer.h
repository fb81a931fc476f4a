#pragma once
// OpenDocument text (.odt): the text of content.xml, laid out by
// OfficeTextLayout. Comments and deleted tracked changes are left out.

#include "core/import/importer.h"

namespace gw {

class OdtImporter final : public Importer
{
public:
    [[nodiscard]] QStringList suffixes() const override;
    [[nodiscard]] Result<ImportedText> read(const QByteArray &bytes,
                                            const QString &fileName) const override;
};

} // namespace gw

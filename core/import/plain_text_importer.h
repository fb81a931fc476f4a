#pragma once
// Plain text (.txt) and Markdown (.md, .markdown): the text as written. Plain
// text with speaker turns (see transcript.h) is imported as a transcript.

#include "core/import/importer.h"

namespace gw {

class PlainTextImporter final : public Importer
{
public:
    [[nodiscard]] QStringList suffixes() const override;
    [[nodiscard]] Result<ImportedText> read(const QByteArray &bytes,
                                            const QString &fileName) const override;
};

} // namespace gw

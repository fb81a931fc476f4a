#pragma once
// SubRip subtitles (.srt), as Whisper and most captioning tools write them,
// imported as a transcript: numbered blocks with a "00:00:01,000 --> ..."
// timing line and text lines become speaker turns (see cue_transcript.h).

#include "core/import/importer.h"

namespace gw {

class SrtImporter final : public Importer
{
public:
    [[nodiscard]] QStringList suffixes() const override;
    [[nodiscard]] Result<ImportedText> read(const QByteArray &bytes,
                                            const QString &fileName) const override;
};

} // namespace gw

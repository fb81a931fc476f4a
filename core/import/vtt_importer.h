#pragma once
// WebVTT captions (.vtt), as Zoom, Teams and Whisper write them, imported as a
// transcript: cues become speaker turns (see cue_transcript.h). The file must
// start with WEBVTT; NOTE, STYLE and REGION blocks are skipped; a block whose
// timing line is malformed refuses the whole file, naming the line.

#include "core/import/importer.h"

namespace gw {

class VttImporter final : public Importer
{
public:
    [[nodiscard]] QStringList suffixes() const override;
    [[nodiscard]] Result<ImportedText> read(const QByteArray &bytes,
                                            const QString &fileName) const override;
};

} // namespace gw

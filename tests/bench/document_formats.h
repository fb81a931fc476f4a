#pragma once
// The file formats the synthetic corpus is written in: the text formats as
// bytes, the packaged ones (.docx, .odt, .pdf) as files. Every writer is
// deterministic: fixed archive timestamps, and PDFs with a fixed document id,
// fixed XMP metadata and their creation date pinned after writing (and the
// program must call QHashSeed::setDeterministicGlobalSeed(): font subsets are
// numbered in QHash order).

#include "prose.h"

#include <QByteArray>
#include <QString>

namespace gw::bench {

[[nodiscard]] QByteArray toMarkdown(const StructuredText &doc);
[[nodiscard]] QByteArray toHtml(const StructuredText &doc);
[[nodiscard]] QByteArray toPlain(const StructuredText &doc);

// "[hh:mm:ss] Speaker: text" paragraphs under a short header.
[[nodiscard]] QByteArray toTranscript(const QString &header, const QList<SpeakerTurn> &turns);
// WEBVTT: each turn split into cues of a few sentences, with <v Speaker> tags.
[[nodiscard]] QByteArray toWebVtt(const QList<SpeakerTurn> &turns);

// Minimal valid OOXML / ODF packages; false when the file cannot be written.
[[nodiscard]] bool writeDocx(const QString &path, const StructuredText &doc);
[[nodiscard]] bool writeOdt(const QString &path, const StructuredText &doc);
// Draws the text wrapped over A4 pages; returns the page count, 0 on failure.
// Needs a QGuiApplication (fonts).
[[nodiscard]] int writePdf(const QString &path, const StructuredText &doc, int serial);

} // namespace gw::bench

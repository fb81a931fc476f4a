#pragma once
// A synthetic, study-scale corpus (METHOD.md "The material"): 228 interview
// transcripts (.txt and .vtt), 113 field notes (.md, .txt, .odt), 277 documents
// (.docx, .odt, .pdf, .md, .txt, .html), attributes.csv with one row per
// interview written, and participants.csv with every one of the 228
// participants (whatever the scale), whose roles and groups match the study's
// Table 2. The same seed and scale always give the same bytes. Nothing in it
// comes from real participants.

#include <QString>
#include <cstdint>
#include <expected>
#include <map>

namespace gw::bench {

struct CorpusOptions
{
    QString folder;
    double scale = 1.0; // share of each file count (0.02 makes a tiny corpus)
    std::uint32_t seed = 20180401;
};

struct FormatTally
{
    int files = 0;
    std::int64_t words = 0;
    std::int64_t bytes = 0;
};

struct CorpusSummary
{
    std::map<QString, FormatTally> byFormat; // key: file suffix
    FormatTally total;
    int pdfPages = 0;
    double seconds = 0;
};

// The default corpus folder, outside any checkout.
[[nodiscard]] QString defaultCorpusFolder();

// Writes the corpus into OPTIONS.folder, replacing an earlier corpus there; refuses
// a folder inside the source checkout or a non-empty folder that is not a corpus.
// PDFs need a QGuiApplication.
[[nodiscard]] std::expected<CorpusSummary, QString> generateCorpus(const CorpusOptions &options);

[[nodiscard]] QString describe(const CorpusSummary &summary);

} // namespace gw::bench

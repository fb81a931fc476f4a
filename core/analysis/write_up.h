#pragma once
// The write-up documents (METHOD.md, "a theme is argued with a few quotes,
// each cited with the speaker's case attributes"):
// - the quote report: per dimension and theme, the theme's exemplar quotes and,
//   optionally, the first segments of each of its codes, each cited by the
//   project's attribution over case attributes (or one given) and its source:
//   the raw material of a findings section;
// - the codebook: dimensions, themes and codes with their definitions, each
//   code's stage, segment and source counts, first and last use, an example
//   quote and its history of merges and splits from the audit log.
// Both are documents (core/export/document.h) in md, html, tex and odt.

#include "core/export/document.h"

namespace gw {

class Project;

struct QuoteReportOptions
{
    // Besides the chosen exemplars, up to this many segments of each code under
    // a theme, one per source in import order (0: the exemplars only).
    int segmentsPerCode = 0;
    // An attribution template ("Participant from {site}"); empty: the project's.
    QString attribution;
};

[[nodiscard]] Result<Document> quoteReport(Project &project, const QuoteReportOptions &options = {});

[[nodiscard]] Result<Document> codebookDocument(Project &project);

} // namespace gw

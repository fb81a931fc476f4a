#pragma once
// A report as headings, paragraphs and quotes, for the write-up reports (the
// quote report, the codebook): written as Markdown, HTML, LaTeX (a fragment to
// \input, each quote a quote environment with its attribution) or OpenDocument
// text. The table writers (table.h) are the tables' counterpart.

#include "core/error.h"

#include <QByteArray>
#include <QString>
#include <optional>
#include <vector>

namespace gw {

enum class DocumentFormat { Markdown, Latex, Html, Odt };

// By name or file suffix: "md" (or "markdown"), "tex", "html" (or "htm"), "odt".
[[nodiscard]] std::optional<DocumentFormat> documentFormatFromString(const QString &name);

struct DocumentBlock
{
    enum class Kind {
        Heading,   // LEVEL 1 (a dimension), 2 (a theme), 3 (a code)
        Paragraph, // LEAD in bold (when there is one), then TEXT
        Quote,     // TEXT quoted, then its ATTRIBUTION
        Note,      // a small paragraph: counts, history
    };
    Kind kind = Kind::Paragraph;
    int level = 1;
    QString text;
    QString lead;
    QString attribution;
};

struct Document
{
    QString title;
    QString subtitle; // under the title (the project, the date); may be empty
    std::vector<DocumentBlock> blocks;

    void heading(int level, const QString &text);
    void paragraph(const QString &text, const QString &lead = {});
    void quote(const QString &text, const QString &attribution);
    void note(const QString &text);
};

// The bytes of DOCUMENT in FORMAT; FILENAME names the file in errors.
[[nodiscard]] Result<QByteArray> documentBytes(const Document &document, DocumentFormat format,
                                               const QString &fileName);
// Writes DOCUMENT to PATH atomically: on failure nothing is left at PATH.
[[nodiscard]] Status writeDocument(const Document &document, DocumentFormat format, const QString &path);

// The ODT writer (document_odt.cpp).
[[nodiscard]] Result<QByteArray> odtDocument(const Document &document, const QString &fileName);

} // namespace gw

#pragma once
// The text of one source, read-only, set for reading, with every coded segment
// tinted in its code's colour (overlapping codes blend). Transcripts and Markdown
// get quiet syntax highlighting (KSyntaxHighlighting, our "Groundwork Transcript"
// definition); the tints are extra selections drawn on top of it. Follows the
// project's segment and code signals while a source is shown, and says so
// (tintsChanged) for the coding margin beside it. Does not own the
// project; owns the syntax repository its highlighter reads definitions from.

#include "core/error.h"
#include "core/model/project.h"
#include "core/model/types.h"
#include "core/text/positions.h"

#include <KSyntaxHighlighting/Repository>
#include <QColor>
#include <QHash>
#include <QPlainTextEdit>
#include <QPointer>

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace gw {

class DocumentView : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit DocumentView(QWidget *parent = nullptr);
    ~DocumentView() override;

    // Shows nothing until showSource; nullptr detaches from the current project.
    void setProject(Project *project);
    [[nodiscard]] Status showSource(Id sourceId);
    void clearSource();
    [[nodiscard]] Id sourceId() const { return m_sourceId; }
    // CODEID's colour, remembered until a code changes.
    [[nodiscard]] QColor codeColor(Id codeId);
    // Code point offsets of the shown text as QTextDocument positions.
    [[nodiscard]] qsizetype utf16Index(std::int64_t codePoint) const { return m_positions.utf16Index(codePoint); }

    // How many coded passages are tinted (one per segment).
    [[nodiscard]] int tintCount() const { return int(extraSelections().size()); }
    // The segments tinted, ordered by start, without their text; the coding
    // margin draws its bars from them, so the source's segments are read once.
    [[nodiscard]] const std::vector<SegmentInfo> &segments() const { return m_segments; }
    // Highlights the shown text's syntax (its definition is invalid for plain text).
    [[nodiscard]] KSyntaxHighlighting::SyntaxHighlighter *highlighter() const
    {
        return m_highlighter;
    }

Q_SIGNALS:
    // The tints were made again: a source shown or cleared, its segments or a code changed.
    void tintsChanged();

protected:
    // Picks the light or dark highlighting theme again when the palette changes.
    void changeEvent(QEvent *event) override;

private:
    void followPalette();
    void refreshTints();
    void highlightAs(const SourceInfo &source);

    QPointer<Project> m_project;
    // Loaded once per view and kept: definitions and themes point into it.
    KSyntaxHighlighting::Repository m_repository;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
    Id m_sourceId = 0;
    QString m_text;
    text::Utf16Map m_positions{QStringView()};
    QHash<Id, QColor> m_colors;
    std::vector<SegmentInfo> m_segments;
};

} // namespace gw

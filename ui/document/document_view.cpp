#include "ui/document/document_view.h"

#include "core/model/project.h"
#include "core/text/positions.h"
#include "ui/document/transcript_highlighter.h"

#include <QHash>
#include <QTextBlock>
#include <spdlog/spdlog.h>

namespace gw {

namespace {

// Tints stay light enough that black text reads well through two overlapping codes.
constexpr double kTintAlpha = 0.26;

QFont readingFont()
{
    QFont font;
    font.setFamilies({QStringLiteral("Source Serif 4"), QStringLiteral("Noto Serif"),
                      QStringLiteral("DejaVu Serif")});
    font.setStyleHint(QFont::Serif);
    font.setPointSizeF(11);
    return font;
}

} // namespace

DocumentView::DocumentView(QWidget *parent) : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFrameShape(QFrame::NoFrame);
    setFont(readingFont());
    document()->setDocumentMargin(28);
    m_highlighter = new TranscriptHighlighter(this);
}

void DocumentView::setProject(Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    clearSource();
    m_project = project;
    if (!m_project)
        return;
    connect(m_project, &Project::segmentsChanged, this, [this](Id sourceId, Id) {
        if (sourceId == m_sourceId)
            refreshTints();
    });
    connect(m_project, &Project::codeChanged, this, [this](Id) {
        if (m_sourceId != 0)
            refreshTints();
    });
}

Status DocumentView::showSource(Id sourceId)
{
    if (!m_project)
        return fail(ErrorKind::NotFound, QStringLiteral("No project is open."));
    auto info = m_project->source(sourceId);
    if (!info)
        return std::unexpected(info.error());
    auto text = m_project->sourceText(sourceId);
    if (!text)
        return std::unexpected(text.error());
    m_sourceId = sourceId;
    m_text = *text;
    m_highlighter->setDocument(info->kind == SourceKind::Interview ? document() : nullptr);
    setPlainText(m_text);
    // Transcripts read better with some air between lines.
    QTextCursor all(document());
    all.select(QTextCursor::Document);
    QTextBlockFormat spacing;
    spacing.setLineHeight(135, QTextBlockFormat::ProportionalHeight);
    all.mergeBlockFormat(spacing);
    moveCursor(QTextCursor::Start);
    refreshTints();
    return {};
}

void DocumentView::clearSource()
{
    m_sourceId = 0;
    m_text.clear();
    m_highlighter->setDocument(nullptr);
    setExtraSelections({});
    clear();
}

void DocumentView::refreshTints()
{
    QList<QTextEdit::ExtraSelection> tints;
    auto segments = m_project ? m_project->segmentsOfSource(m_sourceId)
                              : Result<std::vector<SegmentInfo>>{};
    if (!segments) {
        spdlog::warn("cannot read the segments of source {}: {}", m_sourceId,
                     segments.error().message.toStdString());
        setExtraSelections({});
        return;
    }
    QHash<Id, QColor> colors;
    for (const SegmentInfo &segment : *segments) {
        if (!colors.contains(segment.codeId)) {
            auto code = m_project->code(segment.codeId);
            QColor color = code ? QColor(code->color) : QColor(Qt::gray);
            color.setAlphaF(kTintAlpha);
            colors.insert(segment.codeId, color);
        }
        QTextEdit::ExtraSelection tint;
        tint.cursor = QTextCursor(document());
        tint.cursor.setPosition(int(text::utf16Index(m_text, segment.start)));
        tint.cursor.setPosition(int(text::utf16Index(m_text, segment.end)), QTextCursor::KeepAnchor);
        tint.format.setBackground(colors.value(segment.codeId));
        tints.append(tint);
    }
    setExtraSelections(tints);
}

} // namespace gw

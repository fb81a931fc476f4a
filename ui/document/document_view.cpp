#include "ui/document/document_view.h"

#include "core/model/project.h"
#include "core/text/positions.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#include <QEvent>
#include <QHash>
#include <QPalette>
#include <QScrollBar>
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

// The definition a source reads best in: our transcript syntax for what came
// from speech, Markdown for Markdown, none (plain text) for the rest.
QString definitionName(const SourceInfo &source)
{
    static const QStringList transcriptFormats{QStringLiteral("transcript"), QStringLiteral("vtt"),
                                               QStringLiteral("srt")};
    if (source.kind == SourceKind::Interview || transcriptFormats.contains(source.originalFormat))
        return QStringLiteral("Groundwork Transcript");
    if (source.originalFormat == QLatin1String("markdown"))
        return QStringLiteral("Markdown");
    return {};
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
    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(this);
    followPalette();
}

void DocumentView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        followPalette();
}

// Follow the palette: a dark desktop (or View > Theme > Dark) gets the dark
// variant of the default theme.
void DocumentView::followPalette()
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    m_highlighter->setTheme(
        m_repository.defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                       : KSyntaxHighlighting::Repository::LightTheme));
    if (m_highlighter->document())
        m_highlighter->rehighlight();
}

DocumentView::~DocumentView()
{
    // The highlighter's definition and theme point into the repository: it goes first.
    delete m_highlighter;
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
        if (sourceId == m_sourceId || sourceId == 0) // 0: anywhere (a merge)
            refreshTints();
    });
    // A text edited (a correction, anonymisation, or their undo) is shown anew,
    // at the same place.
    connect(m_project, &Project::sourceChanged, this, [this](Id sourceId) {
        if (sourceId != m_sourceId)
            return;
        auto text = m_project->sourceText(sourceId);
        if (!text || *text == m_text)
            return;
        const int scroll = verticalScrollBar()->value();
        const int cursor = textCursor().position();
        if (!showSource(sourceId))
            return;
        QTextCursor at(document());
        at.setPosition(std::min(cursor, int(m_text.size())));
        setTextCursor(at);
        verticalScrollBar()->setValue(scroll);
    });
    connect(m_project, &Project::codeChanged, this, [this](Id codeId) {
        m_colors.remove(codeId);
        if (m_sourceId != 0)
            refreshTints();
    });
}

Status DocumentView::showSource(Id sourceId)
{
    if (!m_project)
        return fail(ErrorKind::NotFound, tr("No project is open."));
    auto info = m_project->source(sourceId);
    if (!info)
        return std::unexpected(info.error());
    auto text = m_project->sourceText(sourceId);
    if (!text)
        return std::unexpected(text.error());
    m_sourceId = sourceId;
    m_text = *text;
    m_positions = text::Utf16Map(m_text);
    // Detached while the text and its spacing change, so it highlights once, as the new source.
    m_highlighter->setDocument(nullptr);
    setPlainText(m_text);
    // Transcripts read better with some air between lines.
    QTextCursor all(document());
    all.select(QTextCursor::Document);
    QTextBlockFormat spacing;
    spacing.setLineHeight(135, QTextBlockFormat::ProportionalHeight);
    all.mergeBlockFormat(spacing);
    highlightAs(*info);
    moveCursor(QTextCursor::Start);
    refreshTints();
    return {};
}

void DocumentView::clearSource()
{
    m_sourceId = 0;
    m_text.clear();
    m_positions = text::Utf16Map(QStringView());
    m_highlighter->setDocument(nullptr);
    setExtraSelections({});
    m_segments.clear();
    clear();
    Q_EMIT tintsChanged();
}

void DocumentView::highlightAs(const SourceInfo &source)
{
    const QString name = definitionName(source);
    if (name.isEmpty())
        return;
    const KSyntaxHighlighting::Definition definition = m_repository.definitionForName(name);
    if (!definition.isValid()) {
        spdlog::warn("no syntax definition \"{}\" for source {}; showing plain text",
                     name.toStdString(), source.id);
        return;
    }
    m_highlighter->setDefinition(definition);
    m_highlighter->setDocument(document());
}

void DocumentView::refreshTints()
{
    auto segments =
        m_project && m_sourceId != 0 ? m_project->segmentsOfSource(m_sourceId, false) : Result<std::vector<SegmentInfo>>{};
    if (!segments) {
        spdlog::warn("cannot read the segments of source {}: {}", m_sourceId,
                     segments.error().message.toStdString());
        segments = std::vector<SegmentInfo>{};
    }
    m_segments = std::move(*segments);
    QList<QTextEdit::ExtraSelection> tints;
    tints.reserve(qsizetype(m_segments.size()));
    // Inside an edit block a cursor does not lay its line out to remember its
    // x position, which took nearly half of applying one code; nothing is edited.
    QTextCursor block(document());
    block.beginEditBlock();
    for (const SegmentInfo &segment : m_segments) {
        QColor color = codeColor(segment.codeId);
        color.setAlphaF(kTintAlpha);
        QTextEdit::ExtraSelection tint;
        tint.cursor = QTextCursor(document());
        tint.cursor.setPosition(int(m_positions.utf16Index(segment.start)));
        tint.cursor.setPosition(int(m_positions.utf16Index(segment.end)), QTextCursor::KeepAnchor);
        tint.format.setBackground(color);
        tints.append(tint);
    }
    block.endEditBlock();
    setExtraSelections(tints);
    Q_EMIT tintsChanged();
}

QColor DocumentView::codeColor(Id codeId)
{
    if (auto it = m_colors.constFind(codeId); it != m_colors.constEnd())
        return *it;
    auto code = m_project ? m_project->code(codeId) : Result<CodeInfo>{};
    const QColor color = code ? QColor(code->color) : QColor(Qt::gray);
    m_colors.insert(codeId, color);
    return color;
}

} // namespace gw

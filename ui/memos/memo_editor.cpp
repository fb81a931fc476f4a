#include "ui/memos/memo_editor.h"

#include "core/commands/edit_memo.h"
#include "core/commands/mark_disconfirming.h"
#include "core/model/project.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#include <QCheckBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <spdlog/spdlog.h>

namespace gw {

MemoEditor::MemoEditor(QWidget *parent) : QWidget(parent), m_saveTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("memoEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_target = new QLabel(this);
    m_target->setForegroundRole(QPalette::PlaceholderText);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("memoTitle"));
    m_title->setPlaceholderText(tr("Title"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("memoText"));
    m_text->setPlaceholderText(tr("Write in Markdown: # heading, *emphasis*, - lists, > quotes"));
    m_text->setTabChangesFocus(true);
    m_disconfirming = new QCheckBox(tr("Disconfirming evidence"), this);
    m_disconfirming->setObjectName(QStringLiteral("memoDisconfirming"));
    m_disconfirming->setToolTip(tr("This memo records evidence that runs against the theme or code"));
    layout->addWidget(m_target);
    layout->addWidget(m_title);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_disconfirming);

    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_text->document());
    m_highlighter->setDefinition(m_repository.definitionForName(QStringLiteral("Markdown")));
    followPalette();

    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(kSaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &MemoEditor::save);
    connect(m_title, &QLineEdit::textEdited, this, &MemoEditor::edited);
    connect(m_text, &QPlainTextEdit::textChanged, this, &MemoEditor::edited);
    connect(m_disconfirming, &QCheckBox::toggled, this, &MemoEditor::setDisconfirming);
    showMemo(0);
}

MemoEditor::~MemoEditor()
{
    save();
    // The highlighter's definition and theme point into the repository: it goes first.
    delete m_highlighter;
}

void MemoEditor::setProject(Project *project, QUndoStack *stack)
{
    save();
    m_project = project;
    m_stack = stack;
    showMemo(0);
}

void MemoEditor::showMemo(Id id, const QString &target)
{
    save();
    m_memoId = 0;
    MemoInfo memo;
    if (m_project && id != 0) {
        if (auto found = m_project->memo(id))
            memo = *found;
    }
    m_loading = true;
    m_memoId = memo.id;
    m_target->setText(memo.id ? target : tr("No memo selected"));
    m_title->setText(memo.title);
    m_text->setPlainText(memo.body);
    m_disconfirming->setChecked(memo.disconfirming);
    m_disconfirming->setEnabled(memo.id && (memo.targetKind == QLatin1String("theme") ||
                                            memo.targetKind == QLatin1String("code")));
    m_title->setEnabled(memo.id != 0);
    m_text->setEnabled(memo.id != 0);
    m_loading = false;
}

void MemoEditor::reload()
{
    if (m_dirty || !m_project || m_memoId == 0)
        return;
    auto memo = m_project->memo(m_memoId);
    if (!memo) {
        showMemo(0);
        return;
    }
    m_loading = true;
    if (m_title->text() != memo->title)
        m_title->setText(memo->title);
    if (m_text->toPlainText() != memo->body)
        m_text->setPlainText(memo->body);
    m_disconfirming->setChecked(memo->disconfirming);
    m_loading = false;
}

void MemoEditor::edited()
{
    if (m_loading || m_memoId == 0)
        return;
    m_dirty = true;
    m_saveTimer->start();
}

void MemoEditor::save()
{
    if (!m_dirty)
        return;
    m_dirty = false;
    m_saveTimer->stop();
    if (!m_project || !m_stack || m_memoId == 0)
        return;
    auto command = EditMemo::make(*m_project, m_memoId, m_title->text(), m_text->toPlainText());
    if (!command) {
        spdlog::warn("cannot save memo {}: {}", m_memoId, command.error().message.toStdString());
        return;
    }
    m_stack->push(command->release());
}

void MemoEditor::setDisconfirming(bool on)
{
    if (m_loading || !m_project || !m_stack || m_memoId == 0)
        return;
    save(); // typing first, so that undo takes back the mark before the words
    auto command = MarkDisconfirming::make(*m_project, m_memoId, on);
    if (!command) {
        spdlog::warn("cannot mark memo {}: {}", m_memoId, command.error().message.toStdString());
        return;
    }
    m_stack->push(command->release());
}

void MemoEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        followPalette();
}

void MemoEditor::followPalette()
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    m_highlighter->setTheme(m_repository.defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                           : KSyntaxHighlighting::Repository::LightTheme));
    m_highlighter->rehighlight();
}

} // namespace gw

#include "ui/document/coding_actions.h"

#include "core/analysis/speakers.h"
#include "core/commands/adjust_segment.h"
#include "core/commands/apply_coding.h"
#include "core/commands/apply_codings.h"
#include "core/commands/code_in_vivo.h"
#include "core/commands/create_code.h"
#include "core/commands/recode_segment.h"
#include "core/commands/remove_segment.h"
#include "core/model/project.h"
#include "core/text/positions.h"
#include "ui/codes/code_tree_model.h"
#include "ui/document/code_picker.h"
#include "ui/document/document_view.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QDropEvent>
#include <QInputDialog>
#include <QMenu>
#include <QMimeData>
#include <QSettings>
#include <QUndoStack>
#include <algorithm>

namespace gw {

namespace {
const QString kRecentKey = QStringLiteral("coding.recentCodes");
const QString kCoderKey = QStringLiteral("coder/name");
constexpr int kRecentMax = 9;
} // namespace

CodingActions::CodingActions(DocumentView *view, QUndoStack *stack, QWidget *window)
    : QObject(window), m_view(view), m_stack(stack), m_window(window), m_picker(new CodePicker(window))
{
    m_codeWith = new QAction(tr("&Code Selection With…"), this);
    m_codeWith->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_E), QKeySequence(Qt::CTRL | Qt::Key_Return)});
    connect(m_codeWith, &QAction::triggered, this, [this] {
        m_recoding = false;
        showCodePicker();
    });
    m_inVivo = new QAction(tr("Code &In Vivo"), this);
    m_inVivo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(m_inVivo, &QAction::triggered, this, [this] { (void)report(codeSelectionInVivo()); });
    m_uncode = new QAction(tr("&Uncode"), this);
    m_uncode->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    connect(m_uncode, &QAction::triggered, this, [this] { (void)report(uncodeAtCursor()); });
    m_recode = new QAction(tr("&Recode…"), this);
    m_recode->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_recode, &QAction::triggered, this, [this] {
        m_recoding = true;
        showCodePicker();
    });
    m_adjust = new QAction(tr("&Adjust Segment to Selection"), this);
    m_adjust->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    connect(m_adjust, &QAction::triggered, this, [this] { (void)report(adjustSegmentToSelection()); });
    m_autocodeSpeaker = new QAction(tr("Autocode &Speaker…"), this);
    connect(m_autocodeSpeaker, &QAction::triggered, this, &CodingActions::chooseSpeakerToAutocode);
    m_switchCoder = new QAction(tr("S&witch Coder…"), this);
    connect(m_switchCoder, &QAction::triggered, this, [this] { chooseCoder(true); });
    for (int i = 0; i < kRecentMax; ++i) {
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] {
            if (i < m_recent.size())
                (void)report(codeSelection(m_recent[i]));
        });
        m_recentActions << action;
    }
    connect(m_picker, &CodePicker::codePicked, this, &CodingActions::onPicked);
    connect(m_picker, &CodePicker::createRequested, this,
            [this](const QString &name) { (void)report(createAndCodeSelection(name)); });
    m_view->viewport()->setAcceptDrops(true);
    m_view->viewport()->installEventFilter(this);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &CodingActions::showContextMenu);
    refreshActions();
}

// The text's own menu (copy, select all), the coding actions, and a memo on
// each coded segment under the click. A click outside the selection moves the
// cursor there first, as text editors do, so the menu is about what was clicked.
void CodingActions::showContextMenu(const QPoint &pos)
{
    const QTextCursor clicked = m_view->cursorForPosition(pos); // POS is in the viewport
    const QTextCursor cursor = m_view->textCursor();
    if (!cursor.hasSelection() || clicked.position() < cursor.selectionStart() ||
        clicked.position() > cursor.selectionEnd())
        m_view->setTextCursor(clicked);
    QMenu *menu = m_view->createStandardContextMenu();
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (m_project && m_view->sourceId() != 0) {
        menu->addSeparator();
        menu->addActions({m_codeWith, m_inVivo, m_uncode, m_recode});
        const std::vector<SegmentInfo> segments = segmentsAtCursor();
        if (!segments.empty())
            menu->addSeparator();
        for (const SegmentInfo &s : segments) {
            const QString label = tr("Segment in %1 (%2)").arg(s.sourceName, s.codeName);
            menu->addAction(segments.size() == 1 ? tr("New &Memo on Segment")
                                                 : tr("New Memo on Segment “%1”").arg(s.codeName),
                            this, [this, id = s.id, label] { Q_EMIT segmentMemoRequested(id, label); });
        }
    }
    menu->popup(m_view->viewport()->mapToGlobal(pos));
}

CodingActions::~CodingActions() = default;

void CodingActions::fillMenu(QMenu *menu)
{
    menu->addActions({m_codeWith, m_inVivo});
    QMenu *recent = menu->addMenu(tr("Recent &Codes"));
    recent->addActions(m_recentActions);
    menu->addSeparator();
    menu->addActions({m_uncode, m_recode, m_adjust});
    menu->addSeparator();
    menu->addAction(m_autocodeSpeaker);
    menu->addSeparator();
    menu->addAction(m_switchCoder);
}

void CodingActions::setProject(Project *project)
{
    m_project = project;
    m_recent.clear();
    if (project) {
        for (const QString &id : project->setting(kRecentKey).split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (auto c = project->code(id.toLongLong()); c && !c->archived)
                m_recent << c->id;
        QString name = QSettings().value(kCoderKey).toString();
        if (name.isEmpty())
            name = qEnvironmentVariable("USER", QStringLiteral("coder"));
        applyCoder(name);
    }
    refreshActions();
}

void CodingActions::applyCoder(const QString &name)
{
    if (!m_project)
        return;
    if (auto ok = m_project->setCoder(name); !ok)
        Q_EMIT refused(ok.error().message);
    m_switchCoder->setText(tr("S&witch Coder… (now %1)").arg(m_project->coder()));
}

void CodingActions::chooseCoder(bool force)
{
    QSettings settings;
    if (!force && !settings.value(kCoderKey).toString().isEmpty())
        return;
    const QString current = m_project ? m_project->coder() : qEnvironmentVariable("USER");
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("Who is coding?"),
                                               tr("Your name, recorded on every segment you code:"),
                                               QLineEdit::Normal, current, &ok)
                             .simplified();
    if (!ok || name.isEmpty())
        return;
    settings.setValue(kCoderKey, name);
    applyCoder(name);
}

CodingActions::Selection CodingActions::selection() const
{
    const QTextCursor cursor = m_view->textCursor();
    if (!m_project || m_view->sourceId() == 0 || !cursor.hasSelection())
        return {};
    const QString text = m_view->document()->toPlainText();
    return {m_view->sourceId(), text::codePointIndex(text, cursor.selectionStart()),
            text::codePointIndex(text, cursor.selectionEnd())};
}

Status CodingActions::codeSelection(Id codeId)
{
    const Selection s = selection();
    if (s.isEmpty())
        return fail(ErrorKind::InvalidInput, tr("Select some text to code first."));
    auto command = ApplyCoding::make(*m_project, s.sourceId, codeId, s.start, s.end);
    if (!command)
        return std::unexpected(command.error());
    m_stack->push(command->release());
    remember(codeId);
    return {};
}

Status CodingActions::createAndCodeSelection(const QString &codeName)
{
    const Selection s = selection();
    if (s.isEmpty())
        return fail(ErrorKind::InvalidInput, tr("Select some text to code first."));
    auto create = CreateCode::make(*m_project, codeName);
    if (!create)
        return std::unexpected(create.error());
    CreateCode *made = create->get();
    m_stack->beginMacro(tr("Code with new code “%1”").arg(codeName.simplified()));
    m_stack->push(create->release());
    auto apply = ApplyCoding::make(*m_project, s.sourceId, made->codeId(), s.start, s.end);
    if (apply)
        m_stack->push(apply->release());
    m_stack->endMacro();
    if (!apply) {
        m_stack->undo(); // the code alone is not what was asked for
        return std::unexpected(apply.error());
    }
    remember(made->codeId());
    return {};
}

Status CodingActions::codeSelectionInVivo()
{
    const Selection s = selection();
    if (s.isEmpty())
        return fail(ErrorKind::InvalidInput, tr("Select the words to code in vivo first."));
    auto command = CodeInVivo::make(*m_project, s.sourceId, s.start, s.end);
    if (!command)
        return std::unexpected(command.error());
    CodeInVivo *inVivo = command->get();
    m_stack->push(command->release());
    remember(inVivo->codeId());
    return {};
}

std::vector<SegmentInfo> CodingActions::segmentsAtCursor() const
{
    if (!m_project || m_view->sourceId() == 0)
        return {};
    const QTextCursor cursor = m_view->textCursor();
    const QString text = m_view->document()->toPlainText();
    const std::int64_t start = text::codePointIndex(text, cursor.selectionStart());
    const std::int64_t end = text::codePointIndex(text, cursor.selectionEnd());
    auto all = m_project->segmentsOfSource(m_view->sourceId(), false);
    std::vector<SegmentInfo> exact, under;
    for (const SegmentInfo &s : all.value_or(std::vector<SegmentInfo>{})) {
        if (s.start == start && s.end == end)
            exact.push_back(s);
        else if (s.start <= start && end <= s.end && (start < s.end || s.start == start))
            under.push_back(s);
    }
    return exact.empty() ? under : exact;
}

std::optional<SegmentInfo> CodingActions::segmentToChange()
{
    return chooseSegment(segmentsAtCursor());
}

std::optional<SegmentInfo> CodingActions::chooseSegment(const std::vector<SegmentInfo> &found)
{
    if (found.size() <= 1)
        return found.empty() ? std::nullopt : std::optional(found.front());
    QMenu menu(m_window);
    for (const SegmentInfo &s : found)
        menu.addAction(s.codeName)->setData(QVariant::fromValue(qint64(s.id)));
    const QRect at = m_view->cursorRect();
    QAction *chosen = menu.exec(m_view->viewport()->mapToGlobal(at.bottomLeft()));
    if (!chosen)
        return std::nullopt;
    for (const SegmentInfo &s : found)
        if (s.id == chosen->data().toLongLong())
            return s;
    return std::nullopt;
}

Status CodingActions::uncodeAtCursor()
{
    if (segmentsAtCursor().empty())
        return fail(ErrorKind::NotFound, tr("No coded segment here to uncode."));
    auto segment = segmentToChange();
    if (!segment)
        return {};
    auto command = RemoveSegment::make(*m_project, segment->id);
    if (!command)
        return std::unexpected(command.error());
    m_stack->push(command->release());
    return {};
}

Status CodingActions::recodeAtCursor(Id newCodeId)
{
    if (segmentsAtCursor().empty())
        return fail(ErrorKind::NotFound, tr("No coded segment here to recode."));
    auto segment = segmentToChange();
    if (!segment)
        return {};
    auto command = RecodeSegment::make(*m_project, segment->id, newCodeId);
    if (!command)
        return std::unexpected(command.error());
    m_stack->push(command->release());
    remember(newCodeId);
    return {};
}

Status CodingActions::adjustSegmentToSelection()
{
    const Selection s = selection();
    if (s.isEmpty())
        return fail(ErrorKind::InvalidInput, tr("Select the text the segment should cover first."));
    // The segments the selection overlaps that do not already cover exactly it.
    std::vector<SegmentInfo> found;
    for (const SegmentInfo &segment : m_project->segmentsOfSource(s.sourceId, false).value_or(std::vector<SegmentInfo>{}))
        if (segment.start < s.end && s.start < segment.end && (segment.start != s.start || segment.end != s.end))
            found.push_back(segment);
    if (found.empty())
        return fail(ErrorKind::NotFound, tr("No coded segment overlaps the selection."));
    auto segment = chooseSegment(found);
    if (!segment)
        return {};
    auto command = AdjustSegment::make(*m_project, segment->id, s.start, s.end);
    if (!command)
        return std::unexpected(command.error());
    m_stack->push(command->release());
    return {};
}

Result<CodingActions::Autocoded> CodingActions::autocodeSpeaker(const QString &speaker, Id codeId)
{
    if (!m_project)
        return fail(ErrorKind::NotFound, tr("No project is open."));
    auto code = m_project->code(codeId);
    if (!code)
        return std::unexpected(code.error());
    auto plan = speakerTurnsToCode(*m_project, speaker, codeId);
    if (!plan)
        return std::unexpected(plan.error());
    Autocoded result;
    result.skipped = plan->covered;
    result.coded = int(plan->ranges.size());
    if (plan->ranges.empty())
        return result;
    // One undo step and one transaction, however many turns.
    auto command = ApplyCodings::make(*m_project, codeId, std::move(plan->ranges));
    if (!command)
        return std::unexpected(command.error());
    (*command)->setText(tr("Code %1 turns of %2 with “%3”").arg(result.coded).arg(speaker, code->name));
    m_stack->push(command->release());
    remember(codeId);
    return result;
}

void CodingActions::chooseSpeakerToAutocode()
{
    if (!m_project)
        return;
    auto speakers = speakersOf(*m_project);
    auto codes = m_project->codes();
    if (!speakers || !codes) {
        Q_EMIT refused(!speakers ? speakers.error().message : codes.error().message);
        return;
    }
    if (speakers->empty()) {
        QMessageBox::information(m_window, tr("Autocode Speaker"),
                                 tr("No source has speaker turns; import a transcript first."));
        return;
    }
    QDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("autocodeSpeakerDialog"));
    dialog.setWindowTitle(tr("Autocode Speaker"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(new QLabel(tr("Code every turn of a speaker, in every source, as one undo step."), &dialog));
    auto *speakerBox = new QComboBox(&dialog);
    speakerBox->setObjectName(QStringLiteral("speakerBox"));
    for (const SpeakerSummary &s : *speakers)
        speakerBox->addItem(tr("%1 — %2 turns in %3 sources").arg(s.speaker).arg(s.turns).arg(s.sources),
                            s.speaker);
    auto *codeBox = new QComboBox(&dialog);
    codeBox->setObjectName(QStringLiteral("codeBox"));
    for (Id id : m_recent) // recent codes first
        if (auto c = m_project->code(id); c && !c->archived)
            codeBox->addItem(c->name, QVariant::fromValue(qint64(c->id)));
    for (const CodeInfo &c : *codes)
        if (!c.archived && codeBox->findData(QVariant::fromValue(qint64(c.id))) < 0)
            codeBox->addItem(c.name, QVariant::fromValue(qint64(c.id)));
    form->addRow(tr("&Speaker:"), speakerBox);
    form->addRow(tr("&Code:"), codeBox);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Code All Turns"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(codeBox->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted || codeBox->currentIndex() < 0)
        return;
    const QString speaker = speakerBox->currentData().toString();
    auto done = autocodeSpeaker(speaker, codeBox->currentData().toLongLong());
    if (!done) {
        Q_EMIT refused(done.error().message);
        return;
    }
    Q_EMIT refused(tr("Coded %1 turns of %2 with “%3”%4. Undo takes them all back.")
                       .arg(done->coded)
                       .arg(speaker, codeBox->currentText(),
                            done->skipped ? tr(" (%1 already were)").arg(done->skipped) : QString()));
}

void CodingActions::showCodePicker()
{
    if (!m_project || m_view->sourceId() == 0)
        return;
    if (!m_recoding && selection().isEmpty()) {
        Q_EMIT refused(tr("Select some text to code first."));
        return;
    }
    const QRect at = m_view->cursorRect();
    m_picker->popup(*m_project, m_recent, m_view->viewport()->mapToGlobal(at.bottomLeft() + QPoint(0, 4)));
}

void CodingActions::onPicked(Id codeId)
{
    (void)report(m_recoding ? recodeAtCursor(codeId) : codeSelection(codeId));
    m_recoding = false;
}

Status CodingActions::report(Status status)
{
    if (!status)
        Q_EMIT refused(status.error().message);
    return status;
}

void CodingActions::remember(Id codeId)
{
    m_recent.removeAll(codeId);
    m_recent.prepend(codeId);
    while (m_recent.size() > kRecentMax)
        m_recent.removeLast();
    if (m_project) {
        QStringList ids;
        for (Id id : m_recent)
            ids << QString::number(id);
        (void)m_project->setSetting(kRecentKey, ids.join(QLatin1Char(','))); // a preference: losing it is harmless
    }
    refreshActions();
}

void CodingActions::refreshActions()
{
    const bool open = !m_project.isNull();
    for (QAction *a : {m_codeWith, m_inVivo, m_uncode, m_recode, m_adjust, m_autocodeSpeaker, m_switchCoder})
        a->setEnabled(open);
    for (int i = 0; i < m_recentActions.size(); ++i) {
        QAction *action = m_recentActions[i];
        auto c = open && i < m_recent.size() ? m_project->code(m_recent[i]) : Result<CodeInfo>(std::unexpected(Error{}));
        action->setVisible(c.has_value());
        action->setEnabled(c.has_value());
        if (c)
            action->setText(QStringLiteral("%1  %2").arg(i + 1).arg(c->name));
    }
}

bool CodingActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view->viewport())
        return QObject::eventFilter(watched, event);
    const QString type = QString::fromUtf16(CodeTreeModel::kCodeMimeType);
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDropEvent *>(event);
        if (!drag->mimeData()->hasFormat(type))
            return QObject::eventFilter(watched, event);
        drag->setDropAction(Qt::CopyAction);
        drag->setAccepted(!selection().isEmpty());
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        if (!drop->mimeData()->hasFormat(type))
            return QObject::eventFilter(watched, event);
        const QByteArray ids = drop->mimeData()->data(type);
        for (const QByteArray &id : ids.split('\n'))
            if (!report(codeSelection(id.toLongLong())))
                break;
        drop->acceptProposedAction();
        return true;
    }
    default:
        return QObject::eventFilter(watched, event);
    }
}

} // namespace gw

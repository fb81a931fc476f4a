// AnalysisView: the frame (pages, progress, cancel), the coding it reads, and
// the query page. The matrix and co-occurrence pages are in analysis_tables.cpp.
#include "ui/analysis/analysis_view.h"

#include "core/analysis/saved_queries.h"
#include "core/commands/save_query.h"
#include "core/model/project.h"
#include "ui/analysis/analysis_filters.h"
#include "ui/analysis/analysis_runner.h"
#include "ui/analysis/passage_list.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStringListModel>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gw {

namespace {

// The file dialog's filters for a table, Markdown first.
QString tableFilter()
{
    return QStringList{QCoreApplication::translate("gw::AnalysisView", "Markdown (*.md)"),
                       QCoreApplication::translate("gw::AnalysisView", "LaTeX (*.tex)"),
                       QCoreApplication::translate("gw::AnalysisView", "CSV (*.csv)"),
                       QCoreApplication::translate("gw::AnalysisView", "Excel workbook (*.xlsx)"),
                       QCoreApplication::translate("gw::AnalysisView", "HTML (*.html)"),
                       QCoreApplication::translate("gw::AnalysisView", "OpenDocument text (*.odt)")}
        .join(QStringLiteral(";;"));
}

// Where the name being typed starts: after the last operator or parenthesis.
qsizetype fragmentStart(const QString &text, qsizetype cursor)
{
    qsizetype start = 0;
    const QString before = text.left(cursor);
    for (const QString &op : {QStringLiteral(" AND "), QStringLiteral(" OR "), QStringLiteral(" NOT ")}) {
        const qsizetype at = before.lastIndexOf(op);
        if (at >= 0)
            start = std::max(start, at + op.size());
    }
    const qsizetype near = before.lastIndexOf(QStringLiteral(" NEAR/"));
    if (near >= 0) {
        const qsizetype space = before.indexOf(u' ', near + 6);
        if (space >= 0)
            start = std::max(start, space + 1);
    }
    const qsizetype paren = std::max(before.lastIndexOf(u'('), before.lastIndexOf(u'"'));
    if (paren >= 0)
        start = std::max(start, paren + 1);
    while (start < before.size() && before[start].isSpace())
        ++start;
    return start;
}

} // namespace

AnalysisView::AnalysisView(QWidget *parent) : QWidget(parent), m_runner(new AnalysisRunner(this))
{
    setObjectName(QStringLiteral("analysisView"));
    // The pages' rows are wide (longer still in German): they scroll sideways
    // in a narrow window rather than squeeze the side panels beside them.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("analysisScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    outer->addWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    m_filters = new AnalysisFilters(this);
    layout->addWidget(m_filters);
    connect(m_filters, &AnalysisFilters::runRequested, this, &AnalysisView::runPage);
    m_pages = new QTabWidget(this);
    m_pages->setDocumentMode(true);
    m_pages->addTab(createQueryPage(), tr("&Query"));
    m_pages->addTab(createMatrixPage(), tr("&Matrix"));
    m_pages->addTab(createCooccurrencePage(), tr("Co-&occurrence"));
    m_pages->addTab(createSaturationPage(), tr("&Saturation"));
    m_pages->addTab(createWordsPage(), tr("&Words"));
    layout->addWidget(m_pages, 1);

    auto *busy = new QHBoxLayout;
    m_busyLabel = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(260);
    m_cancel = new QPushButton(tr("Cancel"), this);
    busy->addWidget(m_busyLabel, 1);
    busy->addWidget(m_progress);
    busy->addWidget(m_cancel);
    layout->addLayout(busy);
    setBusy(false, {});
    // A choice shows eight characters or more and elides the rest; its list
    // shows each item whole. So long attribute or code names do not widen the rows.
    for (QComboBox *box : m_pages->findChildren<QComboBox *>()) {
        if (box->minimumContentsLength() > 0)
            continue; // sized on purpose (the saved queries, the words' source)
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
    }
    connect(m_cancel, &QPushButton::clicked, m_runner, &AnalysisRunner::cancel);
    connect(m_runner, &AnalysisRunner::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
    });
    auto *rerun = new QShortcut(QKeySequence::Refresh, this);
    rerun->setContext(Qt::WidgetWithChildrenShortcut);
    connect(rerun, &QShortcut::activated, this, &AnalysisView::runPage);
}

AnalysisView::~AnalysisView() = default;

QLineEdit *AnalysisView::whereEdit() const
{
    return m_filters->whereEdit();
}

QComboBox *AnalysisView::kindBox() const
{
    return m_filters->kindBox();
}

QComboBox *AnalysisView::coderBox() const
{
    return m_filters->coderBox();
}

void AnalysisView::runPage()
{
    switch (m_pages->currentIndex()) {
    case 0: runQuery(); break;
    case 1: buildMatrix(); break;
    case 2: buildCooccurrence(); break;
    case 3: buildSaturation(); break;
    default: buildWords(); break;
    }
}

QString AnalysisView::within() const
{
    const QString summary = m_filters->summary();
    //: Ends a status line: "12 passages in 3 sources for Trust within interviews · 3 sources"
    return summary.isEmpty() ? QString() : tr(" within %1").arg(summary);
}

void AnalysisView::setProject(Project *project, QUndoStack *stack)
{
    m_stack = stack;
    m_runner->cancel();
    m_runner->wait();
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_data.reset();
    m_matrix.reset();
    m_pairs.reset();
    m_queryHits->setPassages({});
    m_cellHits->setPassages({});
    m_pairHits->setPassages({});
    m_saturation.reset();
    m_satTable->setRowCount(0);
    m_satStatus->clear();
    m_words.reset();
    m_wordsSources.reset();
    m_wordsPassages.reset();
    m_wordsTable->setRowCount(0);
    m_wordsStatus->clear();
    m_kwicWord.clear();
    m_kwicLines.clear();
    m_kwicTable->setRowCount(0);
    m_kwicStatus->clear();
    m_codeKwic->setEnabled(false);
    m_queryStatus->clear();
    m_shownOnce = false;
    if (project) {
        connect(project, &Project::segmentsChanged, this, &AnalysisView::markStale);
        connect(project, &Project::structureChanged, this, &AnalysisView::markStale);
        connect(project, &Project::casesChanged, this, &AnalysisView::markStale);
        connect(project, &Project::codeChanged, this, &AnalysisView::markStale);
        connect(project, &Project::codeAdded, this, &AnalysisView::markStale);
        connect(project, &Project::sourceAdded, this, &AnalysisView::markStale);
        connect(project, &Project::savedQueriesChanged, this, [this] {
            if (isVisible())
                refreshChoices();
        });
    }
    if (isVisible())
        refreshChoices();
}

CodingData *AnalysisView::data()
{
    if (!m_data && m_project) {
        auto loaded = CodingData::load(*m_project);
        if (loaded)
            m_data = *loaded;
    }
    return m_data.get();
}

void AnalysisView::markStale()
{
    m_data.reset();
    const QString note = tr("The coding has changed since this ran: run it again (F5).");
    for (QLabel *label : {m_queryStatus, m_matrixStatus, m_pairStatus, m_satStatus, m_wordsStatus})
        if (!label->text().isEmpty() && !label->text().contains(note))
            label->setText(label->text() + QStringLiteral("  ") + note);
    if (isVisible())
        refreshChoices();
}

void AnalysisView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshChoices();
    // The first time it opens, show something: every passage of the first code.
    if (!m_shownOnce && m_project && m_queryEdit->text().isEmpty()) {
        m_shownOnce = true;
        if (CodingData *d = data())
            for (const CodeRow &c : d->codes)
                if (!c.archived && !d->segmentsOfCode(c.id).empty()) {
                    auto node = parseQueryExpression(c.name, *d);
                    m_queryEdit->setText(node ? queryText(**node) : c.name);
                    runQuery();
                    break;
                }
    }
}

void AnalysisView::setBusy(bool busy, const QString &what)
{
    m_busyLabel->setText(busy ? what : QString());
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    if (busy)
        m_progress->setRange(0, 0);
}

// The query page ---------------------------------------------------------

QWidget *AnalysisView::createQueryPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *row = new QHBoxLayout;
    m_queryEdit = new QLineEdit(page);
    m_queryEdit->setObjectName(QStringLiteral("queryEdit"));
    //: An example query: AND, OR and theme: are its syntax and stay; the names are of codes and a theme
    m_queryEdit->setPlaceholderText(tr("Trust building AND (Site visits OR theme:Proximity)"));
    m_queryEdit->setClearButtonEnabled(true);
    m_run = new QPushButton(tr("&Run"), page);
    m_run->setDefault(true);
    row->addWidget(new QLabel(tr("Find:"), page));
    row->addWidget(m_queryEdit, 1);
    row->addWidget(m_run);
    layout->addLayout(row);

    auto *help = new QLabel(querySyntaxHelp(), page);
    help->setWordWrap(true);
    help->setObjectName(QStringLiteral("querySyntax"));
    QFont small = help->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    help->setFont(small);
    help->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(help);

    auto *options = new QHBoxLayout;
    m_unit = new QComboBox(page);
    m_unit->addItem(tr("overlapping"), int(QueryUnit::Overlap));
    m_unit->addItem(tr("in one sentence"), int(QueryUnit::Sentence));
    m_unit->addItem(tr("in one paragraph"), int(QueryUnit::Paragraph));
    //: AND and NOT are operators of the query syntax and stay
    m_unit->setToolTip(tr("What AND and NOT compare"));
    m_saved = new QComboBox(page);
    m_saved->setObjectName(QStringLiteral("savedQueries"));
    m_saved->setMinimumContentsLength(14);
    m_saved->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *save = new QPushButton(tr("&Save…"), page);
    m_removeSaved = new QPushButton(tr("Remove"), page);
    m_removeSaved->setObjectName(QStringLiteral("removeSavedQuery"));
    m_removeSaved->setToolTip(tr("Remove the saved query chosen (Undo brings it back)"));
    m_removeSaved->setEnabled(false);
    auto *exportButton = new QPushButton(tr("&Export…"), page);
    options->addWidget(new QLabel(tr("AND/NOT:"), page));
    options->addWidget(m_unit);
    options->addStretch(1);
    options->addWidget(new QLabel(tr("Saved:"), page));
    options->addWidget(m_saved);
    options->addWidget(save);
    options->addWidget(m_removeSaved);
    options->addWidget(exportButton);
    layout->addLayout(options);

    m_queryStatus = new QLabel(page);
    m_queryStatus->setWordWrap(true);
    m_queryStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_queryStatus);
    m_queryHits = new PassageList(page);
    m_queryHits->setObjectName(QStringLiteral("queryHits"));
    layout->addWidget(m_queryHits, 1);
    connect(m_queryHits, &PassageList::passageActivated, this, &AnalysisView::passageActivated);

    m_completer = new QCompleter(new QStringListModel(this), this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setWidget(m_queryEdit);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &AnalysisView::insertCompletion);
    connect(m_queryEdit, &QLineEdit::textEdited, this, &AnalysisView::completeFragment);
    connect(m_queryEdit, &QLineEdit::returnPressed, this, [this] {
        if (!m_completer->popup()->isVisible())
            runQuery();
    });
    connect(m_run, &QPushButton::clicked, this, &AnalysisView::runQuery);
    connect(save, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save the Query"), tr("Name:"), QLineEdit::Normal,
                                                   m_saved->currentText(), &ok);
        if (!ok || name.trimmed().isEmpty())
            return;
        if (auto saved = saveQueryAs(name); !saved)
            QMessageBox::warning(this, tr("Save the Query"), saved.error().message);
    });
    connect(m_saved, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            loadSavedQuery(m_saved->itemText(index));
    });
    connect(m_saved, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_removeSaved->setEnabled(index > 0); });
    connect(m_removeSaved, &QPushButton::clicked, this, [this] {
        if (m_saved->currentIndex() <= 0)
            return;
        if (auto removed = removeSavedQueryNamed(m_saved->currentText()); !removed)
            QMessageBox::warning(this, tr("Remove the Saved Query"), removed.error().message);
    });
    connect(exportButton, &QPushButton::clicked, this, &AnalysisView::exportQuery);
    return page;
}

void AnalysisView::refreshChoices()
{
    CodingData *d = data();
    if (!d)
        return;
    QStringList names;
    for (const QString &name : queryNames(*d)) {
        auto node = parseQueryExpression(name, *d);
        names.append(node ? queryText(**node) : name);
    }
    static_cast<QStringListModel *>(m_completer->model())->setStringList(names);

    const QString current = m_saved->currentText();
    m_saved->clear();
    m_saved->addItem(tr("(none)"));
    if (auto saved = savedQueries(*m_project))
        for (const SavedQuery &q : *saved)
            m_saved->addItem(q.name);
    m_saved->setCurrentIndex(std::max(0, m_saved->findText(current)));
    const QString wordsOf = m_wordsOf->currentData().toString();
    while (m_wordsOf->count() > 2) // the sources, a code's segments, then the saved queries
        m_wordsOf->removeItem(2);
    for (int i = 1; i < m_saved->count(); ++i)
        //: Words of [the saved query “…”]
        m_wordsOf->addItem(tr("the saved query “%1”").arg(m_saved->itemText(i)),
                           QStringLiteral("query:") + m_saved->itemText(i));
    m_wordsOf->setCurrentIndex(std::max(0, m_wordsOf->findData(wordsOf)));

    m_filters->refreshChoices(*d);

    const QString column = m_columns->currentData().toString();
    m_columns->clear();
    m_columns->addItem(tr("Cases"), QStringLiteral("cases"));
    for (const AttributeInfo &a : d->attributes)
        m_columns->addItem(tr("Attribute: %1").arg(a.name), QStringLiteral("attribute:") + a.name);
    m_columns->addItem(tr("Sources"), QStringLiteral("sources"));
    m_columns->addItem(tr("Source kinds"), QStringLiteral("kinds"));
    m_columns->addItem(tr("Coders"), QStringLiteral("coders"));
    m_columns->setCurrentIndex(std::max(0, m_columns->findData(column)));

    const QString order = m_satOrder->currentData().toString();
    m_satOrder->clear();
    m_satOrder->addItem(tr("import order"), QStringLiteral("import"));
    //: Sources in order by the case attribute %1
    for (const AttributeInfo &a : d->attributes)
        m_satOrder->addItem(tr("by %1").arg(a.name), QStringLiteral("attribute:") + a.name);
    m_satOrder->setCurrentIndex(std::max(0, m_satOrder->findData(order)));
}

void AnalysisView::completeFragment()
{
    const QString text = m_queryEdit->text();
    const qsizetype start = fragmentStart(text, m_queryEdit->cursorPosition());
    const QString fragment = text.mid(start, m_queryEdit->cursorPosition() - start).trimmed();
    if (fragment.size() < 2) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(fragment);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
}

void AnalysisView::insertCompletion(const QString &name)
{
    const QString text = m_queryEdit->text();
    const int cursor = m_queryEdit->cursorPosition();
    qsizetype start = fragmentStart(text, cursor);
    // A name typed after an opening quote replaces the quote too.
    if (start > 0 && text[start - 1] == u'"')
        --start;
    const QString before = text.left(start);
    const QString after = text.mid(cursor);
    m_queryEdit->setText(before + name + after);
    m_queryEdit->setCursorPosition(int(before.size() + name.size()));
}

Result<QueryOptions> AnalysisView::queryOptions() const
{
    QueryOptions options;
    options.unit = QueryUnit(m_unit->currentData().toInt());
    auto filters = m_filters->filters();
    if (!filters)
        return std::unexpected(filters.error());
    options.filters = std::move(*filters);
    return options;
}

void AnalysisView::runQuery()
{
    if (!m_project)
        return;
    const QString expression = m_queryEdit->text().trimmed();
    auto options = queryOptions();
    if (!options) {
        m_queryStatus->setText(options.error().message);
        return;
    }
    auto views = std::make_shared<std::vector<PassageView>>();
    auto elapsed = std::make_shared<qint64>(0);
    m_lastQuery = expression;
    setBusy(true, tr("Running the query…"));
    auto started = m_runner->start(
        *m_project,
        [expression, options = *options, views, elapsed](Project &worker, const ProgressFn &progress) -> Status {
            QElapsedTimer timer;
            timer.start();
            auto d = CodingData::load(worker);
            if (!d)
                return std::unexpected(d.error());
            auto passages = runCodingQuery(**d, expression, options, progress);
            if (!passages)
                return std::unexpected(passages.error());
            auto described = describePassages(**d, *passages);
            if (!described)
                return std::unexpected(described.error());
            *views = std::move(*described);
            *elapsed = timer.elapsed();
            return {};
        },
        [this, views, elapsed, expression, within = within()](const Status &status) {
            setBusy(false, {});
            if (!status) {
                m_queryStatus->setText(status.error().message);
                return;
            }
            std::set<Id> sources;
            for (const PassageView &v : *views)
                sources.insert(v.passage.sourceId);
            //: %3 is the query, %4 the filters (" within …") or nothing, %5 the milliseconds it took
            m_queryStatus->setText(tr("%1 passages in %2 sources for %3%4 (%5 ms).")
                                       .arg(views->size())
                                       .arg(sources.size())
                                       .arg(expression, within)
                                       .arg(*elapsed));
            m_queryHits->setPassages(std::move(*views));
        });
    if (!started) {
        setBusy(false, {});
        m_queryStatus->setText(started.error().message);
    }
}

Status AnalysisView::saveQueryAs(const QString &name)
{
    if (!m_project)
        return fail(ErrorKind::InvalidInput, tr("No project is open."));
    CodingData *d = data();
    if (!d)
        return fail(ErrorKind::Database, tr("The project's coding could not be read."));
    if (auto parsed = parseQueryExpression(m_queryEdit->text(), *d); !parsed)
        return std::unexpected(parsed.error());
    auto options = queryOptions();
    if (!options)
        return std::unexpected(options.error());
    SavedQuery q;
    q.name = name.trimmed();
    q.expression = m_queryEdit->text().trimmed();
    q.options = *options;
    auto command = SaveQuery::make(*m_project, q);
    if (!command)
        return std::unexpected(command.error());
    perform(std::move(*command));
    refreshChoices();
    m_saved->setCurrentIndex(std::max(0, m_saved->findText(q.name)));
    return {};
}

Status AnalysisView::removeSavedQueryNamed(const QString &name)
{
    if (!m_project)
        return fail(ErrorKind::InvalidInput, tr("No project is open."));
    auto command = RemoveSavedQuery::make(*m_project, name);
    if (!command)
        return std::unexpected(command.error());
    perform(std::move(*command));
    refreshChoices();
    return {};
}

void AnalysisView::perform(std::unique_ptr<QUndoCommand> command)
{
    if (m_stack)
        m_stack->push(command.release());
    else
        command->redo();
}

void AnalysisView::loadSavedQuery(const QString &name)
{
    if (!m_project)
        return;
    auto q = savedQuery(*m_project, name);
    if (!q) {
        m_queryStatus->setText(q.error().message);
        return;
    }
    m_queryEdit->setText(q->expression);
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(int(q->options.unit))));
    m_filters->setFilters(q->options.filters);
    runQuery();
}

void AnalysisView::exportQuery()
{
    if (m_queryHits->passages().empty())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the Passages"), QStringLiteral("passages.md"),
                                                      tableFilter());
    if (path.isEmpty())
        return;
    const auto format = tableFormatFromString(QFileInfo(path).suffix());
    const Table table = passageTable(m_queryHits->passages(),
                                     tr("Passages of %1 (%2)").arg(m_lastQuery).arg(m_queryHits->passages().size()));
    if (!format) {
        QMessageBox::warning(this, tr("Export the Passages"),
                             tr("%1: name the file .md, .tex, .csv, .xlsx, .html or .odt.").arg(path));
        return;
    }
    if (auto ok = writeTable(table, *format, path); !ok)
        QMessageBox::warning(this, tr("Export the Passages"), ok.error().message);
}

void AnalysisView::listPassages(PassageList *list, const std::vector<Passage> &passages)
{
    CodingData *d = data();
    if (!d)
        return;
    auto views = describePassages(*d, passages);
    list->setPassages(views ? std::move(*views) : std::vector<PassageView>{});
}

} // namespace gw

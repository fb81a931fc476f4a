#include "ui/sources/anonymise_dialog.h"

#include "core/commands/anonymise_fields.h"
#include "core/commands/edit_source_texts.h"
#include "core/export/table.h"
#include "core/model/project.h"
#include "ui/analysis/analysis_runner.h"
#include "ui/common/file_suffix.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <set>

namespace gw {

namespace {

enum PreviewColumn { SourceColumn, BeforeColumn, FoundColumn, PlaceholderColumn, AfterColumn };

QString count(std::int64_t n, const QString &one, const QString &many)
{
    return QStringLiteral("%1 %2").arg(QLocale().toString(qlonglong(n)), n == 1 ? one : many);
}

} // namespace

AnonymiseDialog::AnonymiseDialog(Project &project, QUndoStack *stack, QWidget *parent)
    : QDialog(parent), m_project(project), m_stack(stack), m_runner(new AnalysisRunner(this))
{
    setObjectName(QStringLiteral("anonymiseDialog"));
    setWindowTitle(tr("Anonymise Sources"));
    auto *intro = new QLabel(tr(
        "Each name is replaced by its placeholder in every source's text, speaker labels and name, and in the "
        "project's memos, cases, codes, themes and comments, whole words only, longest name first. Coded segments "
        "follow their words. Leave a placeholder empty to have one made up "
        "([name_1], [name_2], …). The mapping from names to placeholders is written to its own file: keep it "
        "apart from the project."));
    intro->setWordWrap(true);

    m_names = new QTableWidget(0, 2, this);
    m_names->setObjectName(QStringLiteral("anonymiseNames"));
    m_names->setHorizontalHeaderLabels({tr("Name"), tr("Placeholder")});
    m_names->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_names->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_names->verticalHeader()->hide();
    addName({});
    connect(m_names, &QTableWidget::cellChanged, this, [this](int row) {
        // Typing in the last row opens another.
        if (row == m_names->rowCount() - 1 && m_names->item(row, 0) && !m_names->item(row, 0)->text().trimmed().isEmpty())
            addName({});
        m_plan.reset();
        showPlan();
    });
    auto *load = new QPushButton(tr("&Load List…"), this);
    auto *save = new QPushButton(tr("&Save List…"), this);
    auto *remove = new QPushButton(tr("&Remove Name"), this);
    m_ignoreCase = new QCheckBox(tr("Ignore &case"), this);
    m_find = new QPushButton(tr("&Find"), this);
    m_find->setObjectName(QStringLiteral("anonymiseFind"));
    connect(load, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Load Names"), {}, tr("Name lists (*.csv *.tsv *.txt *.xlsx)"));
        if (path.isEmpty())
            return;
        if (auto ok = loadNames(path); !ok)
            QMessageBox::warning(this, tr("Cannot load the names"), ok.error().message);
    });
    connect(save, &QPushButton::clicked, this, &AnonymiseDialog::saveNames);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_names->currentRow() >= 0 && m_names->currentRow() < m_names->rowCount() - 1)
            m_names->removeRow(m_names->currentRow());
        m_plan.reset();
        showPlan();
    });
    connect(m_ignoreCase, &QCheckBox::toggled, this, [this] {
        m_plan.reset();
        showPlan();
    });
    connect(m_find, &QPushButton::clicked, this, [this] { find(); });
    auto *nameButtons = new QVBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{load, save, remove, m_ignoreCase})
        nameButtons->addWidget(w);
    nameButtons->addStretch();
    nameButtons->addWidget(m_find);
    auto *namesRow = new QHBoxLayout;
    namesRow->addWidget(m_names, 1);
    namesRow->addLayout(nameButtons);

    m_preview = new QTreeWidget(this);
    m_preview->setObjectName(QStringLiteral("anonymisePreview"));
    m_preview->setRootIsDecorated(false);
    m_preview->setUniformRowHeights(true);
    m_preview->setHeaderLabels({tr("Source"), tr("Before"), tr("Found"), tr("Placeholder"), tr("After")});
    m_preview->header()->setStretchLastSection(true);
    connect(m_preview, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item) {
        if (!m_plan)
            return;
        const int hit = item->data(SourceColumn, Qt::UserRole).toInt();
        if (hit >= 0 && hit < int(m_plan->hits.size()))
            m_plan->hits[std::size_t(hit)].apply = item->checkState(SourceColumn) == Qt::Checked;
        updateButtons();
    });
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("anonymiseSummary"));
    m_summary->setWordWrap(true);

    m_mapping = new QLineEdit(this);
    m_mapping->setObjectName(QStringLiteral("anonymiseMapping"));
    m_mapping->setPlaceholderText(tr("A file outside the project, e.g. a folder only you can read"));
    connect(m_mapping, &QLineEdit::textChanged, this, &AnonymiseDialog::updateButtons);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        QString filter = tr("CSV (*.csv)");
        const QString path = QFileDialog::getSaveFileName(this, tr("Write the Mapping To"), m_mapping->text(),
                                                          filter, &filter);
        if (!path.isEmpty())
            m_mapping->setText(withChosenSuffix(path, filter, QStringLiteral("csv")));
    });
    auto *mappingRow = new QHBoxLayout;
    auto *mappingLabel = new QLabel(tr("&Mapping file:"), this);
    mappingLabel->setBuddy(m_mapping);
    mappingRow->addWidget(mappingLabel);
    mappingRow->addWidget(m_mapping, 1);
    mappingRow->addWidget(browse);

    m_bar = new QProgressBar(this);
    m_bar->hide();
    auto *buttons = new QDialogButtonBox(this);
    m_apply = buttons->addButton(tr("&Anonymise"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("anonymiseApply"));
    m_cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::ActionRole);
    m_cancel->hide();
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (auto ok = anonymise(); !ok)
            QMessageBox::warning(this, tr("Cannot anonymise"), ok.error().message);
    });
    connect(m_cancel, &QPushButton::clicked, m_runner, &AnalysisRunner::cancel);
    connect(m_runner, &AnalysisRunner::progress, this, [this](int done, int total) {
        m_bar->setRange(0, total);
        m_bar->setValue(done);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(namesRow, 2);
    layout->addWidget(m_summary);
    layout->addWidget(m_preview, 5);
    layout->addLayout(mappingRow);
    layout->addWidget(m_bar);
    layout->addWidget(buttons);
    resize(980, 720);
    if (auto sources = m_project.sources())
        for (const SourceInfo &s : *sources)
            m_sourceNames[s.id] = s.name;
    showPlan();
}

void AnonymiseDialog::addName(const QString &name, const QString &placeholder)
{
    const QString simplified = name.simplified();
    if (!simplified.isEmpty())
        for (const AnonymousName &n : names())
            if (n.name == simplified)
                return;
    const QSignalBlocker block(m_names);
    int row = m_names->rowCount();
    if (!simplified.isEmpty() && row > 0 && (!m_names->item(row - 1, 0) || m_names->item(row - 1, 0)->text().isEmpty()))
        --row; // fill the empty last row
    else
        m_names->insertRow(row);
    m_names->setItem(row, 0, new QTableWidgetItem(simplified));
    m_names->setItem(row, 1, new QTableWidgetItem(placeholder));
    if (!simplified.isEmpty()) {
        m_names->insertRow(row + 1);
        m_names->setItem(row + 1, 0, new QTableWidgetItem);
        m_names->setItem(row + 1, 1, new QTableWidgetItem);
    }
    m_plan.reset();
    if (m_summary)
        showPlan();
}

std::vector<AnonymousName> AnonymiseDialog::names() const
{
    std::vector<AnonymousName> list;
    for (int row = 0; row < m_names->rowCount(); ++row) {
        const QString name = m_names->item(row, 0) ? m_names->item(row, 0)->text().simplified() : QString();
        if (!name.isEmpty())
            list.push_back({name, m_names->item(row, 1) ? m_names->item(row, 1)->text().trimmed() : QString()});
    }
    return list;
}

void AnonymiseDialog::setMapping(const QString &path) { m_mapping->setText(path); }

Status AnonymiseDialog::loadNames(const QString &path)
{
    auto list = readAnonymousNames(path);
    if (!list)
        return std::unexpected(list.error());
    for (const AnonymousName &n : *list)
        addName(n.name, n.placeholder);
    return {};
}

void AnonymiseDialog::saveNames()
{
    QString filter = tr("CSV (*.csv)");
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Save Names"), {}, filter, &filter);
    if (chosen.isEmpty())
        return;
    Table table;
    table.name = QStringLiteral("Names");
    table.header = {QStringLiteral("name"), QStringLiteral("placeholder")};
    for (const AnonymousName &n : names())
        table.rows.push_back({{n.name}, {n.placeholder}});
    if (auto ok = writeTable(table, TableFormat::Csv, withChosenSuffix(chosen, filter, QStringLiteral("csv"))); !ok)
        QMessageBox::warning(this, tr("Cannot save the names"), ok.error().message);
}

void AnonymiseDialog::setBusy(bool busy, const QString &format)
{
    m_bar->setVisible(busy);
    m_bar->setRange(0, 0);
    m_bar->setFormat(format);
    m_cancel->setVisible(busy);
    m_names->setEnabled(!busy);
    m_preview->setEnabled(!busy);
    m_find->setEnabled(!busy);
    updateButtons();
    if (busy)
        m_apply->setEnabled(false);
}

void AnonymiseDialog::find(bool wait)
{
    const std::vector<AnonymousName> list = names();
    if (list.empty()) {
        m_summary->setText(tr("Type the names to replace, or load a list."));
        return;
    }
    auto result = std::make_shared<std::optional<AnonymisationPlan>>();
    const AnonymisationOptions options{m_ignoreCase->isChecked()};
    setBusy(true, tr("Finding names in %v of %m sources"));
    auto started = m_runner->start(
        m_project,
        [list, options, result](Project &worker, const ProgressFn &progress) -> Status {
            auto plan = planAnonymisation(worker, list, options, progress);
            if (!plan)
                return std::unexpected(plan.error());
            *result = std::move(*plan);
            return {};
        },
        [this, result](const Status &status) {
            setBusy(false, {});
            m_lastStatus = status;
            if (!status) {
                if (status.error().kind != ErrorKind::Cancelled)
                    m_summary->setText(status.error().message);
                return;
            }
            m_plan = std::move(*result);
            showPlan();
        });
    if (!started) {
        setBusy(false, {});
        m_summary->setText(started.error().message);
        return;
    }
    if (wait)
        m_runner->wait();
}

void AnonymiseDialog::showPlan()
{
    const QSignalBlocker block(m_preview);
    m_preview->clear();
    if (!m_plan) {
        m_summary->setText(tr("Press Find to see every replacement before it is made."));
        updateButtons();
        return;
    }
    QList<QTreeWidgetItem *> items;
    items.reserve(qsizetype(m_plan->hits.size()));
    for (std::size_t i = 0; i < m_plan->hits.size(); ++i) {
        const AnonymisationHit &h = m_plan->hits[i];
        auto *item = new QTreeWidgetItem({m_sourceNames[h.sourceId], h.before, h.found,
                                          m_plan->names[std::size_t(h.name)].placeholder, h.after});
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(SourceColumn, h.apply ? Qt::Checked : Qt::Unchecked);
        item->setData(SourceColumn, Qt::UserRole, int(i));
        item->setTextAlignment(BeforeColumn, Qt::AlignRight | Qt::AlignVCenter);
        QFont bold = item->font(FoundColumn);
        bold.setBold(true);
        item->setFont(FoundColumn, bold);
        items << item;
    }
    m_preview->addTopLevelItems(items);
    for (int c : {SourceColumn, BeforeColumn, FoundColumn, PlaceholderColumn})
        m_preview->resizeColumnToContents(c);
    m_preview->setColumnWidth(BeforeColumn, std::min(m_preview->columnWidth(BeforeColumn), 280));
    m_preview->setColumnWidth(SourceColumn, std::min(m_preview->columnWidth(SourceColumn), 220));

    std::set<Id> sources;
    for (const AnonymisationHit &h : m_plan->hits)
        sources.insert(h.sourceId);
    QStringList perName;
    for (std::size_t i = 0; i < m_plan->names.size(); ++i)
        perName << QStringLiteral("%1 → %2 (%3)")
                       .arg(m_plan->names[i].name, m_plan->names[i].placeholder)
                       .arg(m_plan->counts[i]);
    QString text = tr("%1 in %2: %3.")
                       .arg(count(std::int64_t(m_plan->hits.size()), tr("replacement"), tr("replacements")),
                            count(std::int64_t(sources.size()), tr("source"), tr("sources")),
                            perName.join(QStringLiteral(", ")));
    if (!m_plan->speakers.empty())
        text += tr(" Speaker labels renamed: %1.").arg(m_plan->speakers.size());
    if (!m_plan->sourceNames.empty()) {
        QStringList renamed;
        for (const auto &[id, name] : m_plan->sourceNames)
            renamed << QStringLiteral("%1 → %2").arg(m_sourceNames[id], name);
        text += tr(" Sources renamed: %1.").arg(renamed.join(QStringLiteral(", ")));
    }
    if (!m_plan->fields.empty()) {
        QStringList fields;
        for (const auto &[kind, n] : otherFieldsByKind(*m_plan))
            fields << QStringLiteral("%1 (%2)").arg(kind).arg(n);
        text += tr(" Also in the project's other texts: %1.").arg(fields.join(QStringLiteral(", ")));
    }
    if (!m_plan->existingPlaceholders.empty()) {
        QStringList existing;
        for (const auto &[p, n] : m_plan->existingPlaceholders)
            existing << QStringLiteral("%1 ×%2").arg(p).arg(n);
        text += tr(" Placeholders already in the texts: %1.").arg(existing.join(QStringLiteral(", ")));
    }
    m_summary->setText(text);
    updateButtons();
}

void AnonymiseDialog::updateButtons()
{
    const bool any = m_plan && std::ranges::any_of(m_plan->hits, &AnonymisationHit::apply);
    const bool speakers =
        m_plan && (!m_plan->speakers.empty() || !m_plan->sourceNames.empty() || !m_plan->fields.empty());
    m_apply->setEnabled((any || speakers) && !m_mapping->text().trimmed().isEmpty() && !m_runner->isRunning());
}

Status AnonymiseDialog::anonymise(bool wait)
{
    if (!m_plan)
        return fail(ErrorKind::InvalidInput, tr("Find the names first, to see what will be replaced."));
    const QString mapping = m_mapping->text().trimmed();
    if (mapping.isEmpty())
        return fail(ErrorKind::InvalidInput, tr("Choose where to write the mapping, apart from the project."));
    if (auto ok = writeAnonymisationMapping(*m_plan, mapping, m_project.path()); !ok)
        return ok;
    auto edits = std::make_shared<std::vector<SourceTextEdit>>(anonymisationEdits(*m_plan));
    auto change = std::make_shared<SourceTextChange>();
    auto fields = std::make_shared<std::vector<AnonymisedField>>(m_plan->fields);
    const int replacements = int(std::ranges::count_if(m_plan->hits, &AnonymisationHit::apply));
    const QJsonObject details{{QStringLiteral("names"), qint64(m_plan->names.size())}};
    setBusy(true, tr("Replacing names in %v of %m sources"));
    auto started = m_runner->start(
        m_project,
        [edits, change, details](Project &worker, const ProgressFn &progress) -> Status {
            auto made = worker.editSourceTexts(*edits, QStringLiteral("anonymise"), details, progress);
            if (!made)
                return std::unexpected(made.error());
            *change = std::move(*made);
            return {};
        },
        [this, edits, change, fields, details, replacements](const Status &status) {
            setBusy(false, {});
            m_lastStatus = status;
            if (!status) {
                if (status.error().kind != ErrorKind::Cancelled)
                    QMessageBox::warning(this, tr("Cannot anonymise"), status.error().message);
                return;
            }
            m_project.announceSourceTexts(*change);
            // The other fields are few: written here, after the texts, and
            // undone with them as one step.
            auto other = AnonymiseFields::apply(m_project, std::move(*fields));
            const QString label = tr("Anonymise %1").arg(count(replacements, tr("name"), tr("names")));
            if (m_stack) {
                m_stack->beginMacro(label);
                m_stack->push(EditSourceTexts::made(m_project, std::move(*edits), std::move(*change), label,
                                                    QStringLiteral("anonymise"), details)
                                  .release());
                if (other)
                    m_stack->push(other->release());
                m_stack->endMacro();
            }
            if (!other)
                QMessageBox::warning(this, tr("Names left in other fields"),
                                     tr("The sources' texts were anonymised, but the names in memos, cases "
                                        "and codes could not be replaced: %1")
                                         .arg(other.error().message));
            m_plan.reset();
            showPlan();
            m_summary->setText(tr("Replaced %1. The mapping is in %2; keep it apart from the project. "
                                  "Edit > Undo puts the names back.")
                                   .arg(count(replacements, tr("name"), tr("names")),
                                        QDir::toNativeSeparators(m_mapping->text())));
            Q_EMIT anonymised(replacements);
        });
    if (!started) {
        setBusy(false, {});
        return started;
    }
    if (wait) {
        m_runner->wait();
        return m_lastStatus;
    }
    return {};
}

} // namespace gw

#include "ui/agreement/agreement_view.h"

#include "core/export/agreement_table.h"
#include "core/model/project.h"
#include "ui/agreement/disagreement_browser.h"
#include "ui/common/checklist_dialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <cmath>

namespace gw {

namespace {

// The second coder box's entry for one coder against the others together.
QString pooledEntry()
{
    return QCoreApplication::translate("gw::AgreementView", "the others, pooled");
}

QString percent(double value)
{
    return std::isnan(value) ? QStringLiteral("–") : agreementFigure(value, 1, QLocale()) + QStringLiteral(" %");
}

QString kappaText(double value)
{
    return agreementFigure(value, 2, QLocale(), QStringLiteral("–"));
}

QTableWidgetItem *cell(const QString &text, bool number)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

AgreementView::AgreementView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("agreementView"));
    m_first = new QComboBox(this);
    m_first->setObjectName(QStringLiteral("firstCoder"));
    m_second = new QComboBox(this);
    m_second->setObjectName(QStringLiteral("secondCoder"));
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("agreementUnit"));
    m_unit->addItem(tr("Characters"), int(AgreementUnit::Character));
    m_unit->addItem(tr("Sentences"), int(AgreementUnit::Sentence));
    m_unit->addItem(tr("Paragraphs"), int(AgreementUnit::Paragraph));
    m_sourcesButton = new QPushButton(this);
    m_sourcesButton->setObjectName(QStringLiteral("agreementSources"));
    m_sourcesButton->setToolTip(tr("Compare the coders on some sources only"));
    connect(m_sourcesButton, &QPushButton::clicked, this, &AgreementView::chooseSources);
    m_codesButton = new QPushButton(this);
    m_codesButton->setObjectName(QStringLiteral("agreementCodes"));
    m_codesButton->setToolTip(tr("Compare the coders on some codes only"));
    connect(m_codesButton, &QPushButton::clicked, this, &AgreementView::chooseCodes);
    showChoices();
    m_export = new QPushButton(tr("&Export Table…"), this);
    m_export->setObjectName(QStringLiteral("exportAgreement"));
    m_export->setToolTip(tr("Write the agreement table as Markdown, LaTeX, CSV, XLSX, HTML or ODT"));
    connect(m_export, &QPushButton::clicked, this, &AgreementView::exportRequested);

    auto *bar = new QHBoxLayout;
    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    bar->addWidget(label(tr("&Compare"), m_first));
    bar->addWidget(m_first);
    bar->addWidget(label(tr("&with"), m_second));
    bar->addWidget(m_second);
    bar->addSpacing(12);
    bar->addWidget(label(tr("&Unit"), m_unit));
    bar->addWidget(m_unit);
    bar->addSpacing(12);
    bar->addWidget(m_sourcesButton);
    bar->addWidget(m_codesButton);
    bar->addStretch(1);
    bar->addWidget(m_export);
    for (QComboBox *box : {m_first, m_second, m_unit})
        connect(box, &QComboBox::activated, this, [this] { recompute(); });

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("agreementTable"));
    m_table->setColumnCount(9);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_method = new QLabel(this);
    m_method->setObjectName(QStringLiteral("agreementMethod"));
    m_method->setWordWrap(true);
    m_method->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_method->setForegroundRole(QPalette::PlaceholderText);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_table, 1);
    // The method in words, scrolled rather than squeezed over the table.
    auto *methodScroll = new QScrollArea(top);
    methodScroll->setWidget(m_method);
    methodScroll->setWidgetResizable(true);
    methodScroll->setFrameShape(QFrame::NoFrame);
    methodScroll->setMaximumHeight(5 * fontMetrics().lineSpacing());
    methodScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    topLayout->addWidget(methodScroll);

    m_browser = new DisagreementBrowser(this);
    connect(m_browser, &DisagreementBrowser::passageActivated, this, &AgreementView::passageActivated);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(m_browser);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    m_table->setMinimumHeight(150);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    m_reload = new QTimer(this);
    m_reload->setSingleShot(true);
    m_reload->setInterval(0);
    connect(m_reload, &QTimer::timeout, this, [this] {
        fillCoders();
        recompute();
    });
}

void AgreementView::setProject(Project *project, QUndoStack *undo)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_result.reset();
    m_sources.clear();
    m_codes.clear();
    showChoices();
    m_browser->setProject(project, undo);
    if (project) {
        connect(project, &Project::segmentsChanged, this, &AgreementView::schedule);
        connect(project, &Project::codeChanged, this, &AgreementView::schedule);
    }
    fillCoders();
    if (isVisible())
        recompute();
    else
        m_stale = true;
}

void AgreementView::fillCoders()
{
    QStringList names;
    if (m_project)
        if (auto all = m_project->coderNames(true))
            names = *all;
    const QString first = m_first->currentText();
    const QString second = m_second->currentText();
    for (QComboBox *box : {m_first, m_second}) {
        box->clear();
        box->addItems(names);
    }
    // One coder against the others together, when there are three or more.
    if (names.size() > 2)
        m_second->addItem(pooledEntry(), true);
    // Keep the choice; else the first two coders.
    m_first->setCurrentIndex(names.contains(first) ? int(names.indexOf(first)) : 0);
    const int other = (names.contains(second) && second != m_first->currentText()) || second == pooledEntry()
                          ? m_second->findText(second)
                      : m_first->currentIndex() == 0 ? 1
                                                     : 0;
    m_second->setCurrentIndex(names.size() > 1 ? other : -1);
}

void AgreementView::setCoders(const QString &first, const QString &second)
{
    fillCoders();
    if (const int i = m_first->findText(first); i >= 0)
        m_first->setCurrentIndex(i);
    if (const int i = m_second->findText(second); i >= 0)
        m_second->setCurrentIndex(i);
    recompute();
}

void AgreementView::schedule()
{
    if (isVisible())
        m_reload->start();
    else
        m_stale = true;
}

void AgreementView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        m_reload->start();
    }
}

void AgreementView::recompute()
{
    m_result.reset();
    const QString first = m_first->currentText();
    const QString second = m_second->currentText();
    QString problem;
    if (!m_project)
        problem = tr("No project is open.");
    else if (m_first->count() < 2)
        problem = tr("Agreement needs two coders; in this project %1 coded. Merge a teammate's copy, or "
                     "switch coder (Code > Switch Coder…) and code the same sources again.")
                      .arg(m_first->count() == 0 ? tr("no one has") : tr("one coder has"));
    else if (first == second)
        problem = tr("Choose two different coders.");
    const bool pooled = m_second->currentData().toBool();
    if (problem.isEmpty()) {
        QStringList coders{first};
        if (pooled) {
            for (int i = 0; i < m_first->count(); ++i)
                if (m_first->itemText(i) != first)
                    coders << m_first->itemText(i);
        } else {
            coders << second;
        }
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        auto result = computeAgreement(*m_project, AgreementRequest{.coders = coders,
                                                                    .sourceIds = m_sources,
                                                                    .codeIds = m_codes,
                                                                    .unit = AgreementUnit(m_unit->currentData().toInt()),
                                                                    .poolOthers = pooled});
        QGuiApplication::restoreOverrideCursor();
        if (result)
            m_result = std::move(*result);
        else
            problem = result.error().message;
    }
    m_method->setText(m_result ? agreementMethod(*m_result, Wording::Translated) : problem);
    m_export->setEnabled(m_result.has_value());
    fillTable();
    // The browser sets two coders side by side; against a group it waits for one.
    const bool sideBySide = problem.isEmpty() && !pooled;
    m_browser->compare(sideBySide ? first : QString(), sideBySide ? second : QString());
}

void AgreementView::chooseSources()
{
    if (!m_project)
        return;
    auto sources = m_project->sources();
    if (!sources)
        return;
    std::vector<ChecklistDialog::Entry> entries;
    for (const SourceInfo &s : *sources)
        entries.push_back({s.id, s.name});
    std::vector<std::pair<QString, std::vector<Id>>> sets;
    if (auto all = m_project->sourceSets())
        for (const SourceSetInfo &t : *all)
            sets.push_back({t.name, std::vector<Id>(t.sourceIds.begin(), t.sourceIds.end())});
    choose(tr("Compare on These Sources"), std::move(entries), m_sources, sets);
}

void AgreementView::choose(const QString &title, std::vector<ChecklistDialog::Entry> entries, std::vector<Id> &into,
                           const std::vector<std::pair<QString, std::vector<Id>>> &groups)
{
    ChecklistDialog dialog(title, std::move(entries), into, this);
    dialog.addGroups(tr("Tick the sources of a set…"), groups);
    if (dialog.exec() != QDialog::Accepted)
        return;
    into = dialog.chosen();
    showChoices();
    recompute();
}

void AgreementView::chooseCodes()
{
    if (!m_project)
        return;
    auto codes = m_project->codes();
    if (!codes)
        return;
    std::vector<ChecklistDialog::Entry> entries;
    for (const CodeInfo &c : *codes)
        if (!c.archived)
            entries.push_back({c.id, c.name});
    choose(tr("Compare on These Codes"), std::move(entries), m_codes);
}

void AgreementView::showChoices()
{
    const std::size_t sources = m_sources.size(), codes = m_codes.size();
    m_sourcesButton->setText(sources == 0   ? tr("All sources…")
                             : sources == 1 ? tr("%1 source…").arg(sources)
                                            : tr("%1 sources…").arg(sources));
    m_codesButton->setText(codes == 0   ? tr("All codes…")
                           : codes == 1 ? tr("%1 code…").arg(codes)
                                        : tr("%1 codes…").arg(codes));
}

void AgreementView::fillTable()
{
    m_table->clearContents();
    if (!m_result) {
        m_table->setRowCount(0);
        return;
    }
    const QString a = m_result->coders.value(0), b = m_result->coders.value(1);
    m_table->setHorizontalHeaderLabels({tr("Code"), tr("Units"), tr("Both"), tr("Only %1").arg(a), tr("Only %1").arg(b),
                                        tr("Neither"), tr("Agreement"), tr("Cohen’s κ"), tr("Krippendorff’s α")});
    m_table->setRowCount(int(m_result->codes.size()) + 1);
    auto fillRow = [this](int row, const CodeAgreement &code, const QString &name) {
        const AgreementTable &t = code.pairs.at(0).table;
        const QLocale locale;
        m_table->setItem(row, 0, cell(name, false));
        m_table->setItem(row, 1, cell(locale.toString(qlonglong(t.units())), true));
        m_table->setItem(row, 2, cell(locale.toString(qlonglong(t.both)), true));
        m_table->setItem(row, 3, cell(locale.toString(qlonglong(t.firstOnly)), true));
        m_table->setItem(row, 4, cell(locale.toString(qlonglong(t.secondOnly)), true));
        m_table->setItem(row, 5, cell(locale.toString(qlonglong(t.neither)), true));
        m_table->setItem(row, 6, cell(percent(t.percentAgreement()), true));
        auto *kappa = cell(kappaText(t.kappa()), true);
        if (std::isnan(t.kappa()))
            kappa->setToolTip(tr("Undefined: both coders judged every unit the same way, so chance "
                                 "explains all of their agreement."));
        m_table->setItem(row, 7, kappa);
        auto *alpha = cell(kappaText(code.alpha()), true);
        alpha->setToolTip(tr("Nominal alpha over %1").arg(m_result->coders.join(QStringLiteral(", "))));
        m_table->setItem(row, 8, alpha);
    };
    int row = 0;
    for (const CodeAgreement &code : m_result->codes)
        fillRow(row++, code, code.code);
    fillRow(row, m_result->overall, tr("All codes (pooled)"));
    for (int column = 0; column < m_table->columnCount(); ++column) {
        QFont bold = m_table->item(row, column)->font();
        bold.setBold(true);
        m_table->item(row, column)->setFont(bold);
    }
}

} // namespace gw

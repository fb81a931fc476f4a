#include "ui/model/suggest_links_dialog.h"

#include "core/model/display_names.h"
#include "core/commands/add_evidence.h"
#include "core/commands/add_influence.h"
#include "core/model/project.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace gw {

namespace {

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

SuggestLinksDialog::SuggestLinksDialog(Project &project, QUndoStack &undo, QWidget *parent)
    : QDialog(parent), m_project(project), m_undo(undo)
{
    setObjectName(QStringLiteral("suggestLinks"));
    setWindowTitle(tr("Suggested Links"));
    m_within = new QSpinBox(this);
    m_within->setRange(0, 10);
    m_within->setValue(CooccurrenceOptions{}.withinSentences);
    m_within->setSuffix(tr(" sentences"));
    connect(m_within, &QSpinBox::valueChanged, this, &SuggestLinksDialog::refresh);
    m_type = new QComboBox(this);
    if (auto types = m_project.influenceTypes())
        for (const InfluenceType &t : *types)
            m_type->addItem(t.name, QVariant::fromValue(t.id));
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("suggestions"));
    m_table->setHorizontalHeaderLabels({tr("From"), tr("To"), tr("Nearby pairs"), tr("Overlapping"), tr("Same source"),
                                        tr("Same case")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    auto *options = new QHBoxLayout;
    options->addWidget(new QLabel(tr("Nearby means within"), this));
    options->addWidget(m_within);
    options->addStretch(1);
    options->addWidget(new QLabel(tr("Add as"), this));
    options->addWidget(m_type);
    auto *addButton = new QPushButton(tr("&Add Influence"), this);
    options->addWidget(addButton);
    connect(addButton, &QPushButton::clicked, this, [this] {
        add(m_table->currentRow(), m_type->currentData().value<Id>());
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(options);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    resize(860, 480);
    refresh();
}

void SuggestLinksDialog::refresh()
{
    m_candidates.clear();
    m_table->setRowCount(0);
    auto elements = m_project.modelElements();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto pairs = elementCooccurrences(m_project, CooccurrenceOptions{.withinSentences = m_within->value()});
    QGuiApplication::restoreOverrideCursor();
    if (!elements || !pairs) {
        m_note->setText(!elements ? elements.error().message : pairs.error().message);
        return;
    }
    m_elements = std::move(*elements);
    m_candidates = candidateLinks(*pairs, m_elements, 20);
    auto nameOf = [this](Id id) {
        for (const ModelElement &e : m_elements)
            if (e.id == id)
                return QStringLiteral("%1 (%2)").arg(e.name, displayName(e.role));
        return QString();
    };
    m_table->setRowCount(int(m_candidates.size()));
    for (int row = 0; row < int(m_candidates.size()); ++row) {
        const CandidateLink &c = m_candidates[std::size_t(row)];
        m_table->setItem(row, 0, cell(nameOf(c.fromId)));
        m_table->setItem(row, 1, cell(nameOf(c.toId)));
        m_table->setItem(row, 2, cell(QString::number(c.counts.nearby), true));
        m_table->setItem(row, 3, cell(QString::number(c.counts.overlapping), true));
        m_table->setItem(row, 4, cell(QString::number(c.counts.sameSource), true));
        m_table->setItem(row, 5, cell(QString::number(c.counts.sameCase), true));
    }
    if (!m_candidates.empty())
        m_table->selectRow(0);
    m_note->setText(m_candidates.empty()
                        ? tr("No two unlinked elements have segments this close together.")
                        : tr("Strongest first; pairs already joined by an influence are left out. Adding "
                             "one takes its %1 closest segment pairs as evidence.")
                              .arg(kEvidencePerLink));
}

bool SuggestLinksDialog::add(int row, Id typeId)
{
    if (row < 0 || std::size_t(row) >= m_candidates.size())
        return false;
    const CandidateLink c = m_candidates[std::size_t(row)];
    auto influence = AddInfluence::make(m_project, c.fromId, c.toId, typeId);
    if (!influence) {
        QMessageBox::warning(this, windowTitle(), influence.error().message);
        return false;
    }
    m_undo.beginMacro(influence->get()->text());
    AddInfluence *added = influence->get();
    m_undo.push(influence->release());
    // The first element's segment of each close pair, and the second's.
    int n = 0;
    for (const SegmentPair &pair : c.counts.evidence) {
        if (n >= kEvidencePerLink)
            break;
        for (const Id segment : {pair.first, pair.second})
            if (auto evidence = AddEvidence::make(m_project, added->influenceId(), segment, false))
                m_undo.push(evidence->release());
        ++n;
    }
    m_undo.endMacro();
    refresh();
    return true;
}

} // namespace gw

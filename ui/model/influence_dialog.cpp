#include "ui/model/influence_dialog.h"

#include "core/analysis/cooccurrence.h"
#include "core/commands/add_evidence.h"
#include "core/commands/remove_evidence.h"
#include "core/commands/set_influence_memo.h"
#include "core/model/project.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace gw {

namespace {

constexpr int kSegmentRole = Qt::UserRole;

QTreeWidget *segmentList(const QStringList &header, const QString &name, QWidget *parent)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(name);
    list->setRootIsDecorated(false);
    list->setHeaderLabels(header);
    list->header()->setStretchLastSection(true);
    list->setColumnWidth(0, 90);
    list->setColumnWidth(1, 160);
    return list;
}

} // namespace

InfluenceDialog::InfluenceDialog(Project &project, QUndoStack &undo, Id influenceId, QWidget *parent)
    : QDialog(parent), m_project(project), m_undo(undo), m_influenceId(influenceId)
{
    setObjectName(QStringLiteral("influenceDialog"));
    setWindowTitle(tr("Influence"));
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::RichText);
    m_title->setWordWrap(true);
    m_evidence = segmentList({tr("Evidence"), tr("Source"), tr("Passage")},
                             QStringLiteral("influenceEvidence"), this);
    m_candidates = segmentList({tr("Element"), tr("Source"), tr("Passage")},
                               QStringLiteral("influenceCandidates"), this);
    m_memo = new QPlainTextEdit(this);
    m_memo->setObjectName(QStringLiteral("influenceMemo"));
    m_memo->setPlaceholderText(tr("Why this influence: the argument, and what would speak against it"));
    m_memo->setMaximumHeight(90);

    auto *remove = new QPushButton(tr("&Remove"), this);
    connect(remove, &QPushButton::clicked, this,
            [this] { removeEvidence(m_evidence->indexOfTopLevelItem(m_evidence->currentItem())); });
    auto *support = new QPushButton(tr("Add as &Supporting"), this);
    auto *counter = new QPushButton(tr("Add as &Counter-Evidence"), this);
    connect(support, &QPushButton::clicked, this,
            [this] { addCandidate(m_candidates->indexOfTopLevelItem(m_candidates->currentItem()), false); });
    connect(counter, &QPushButton::clicked, this,
            [this] { addCandidate(m_candidates->indexOfTopLevelItem(m_candidates->currentItem()), true); });
    auto *evidenceButtons = new QHBoxLayout;
    evidenceButtons->addStretch(1);
    evidenceButtons->addWidget(remove);
    auto *candidateButtons = new QHBoxLayout;
    candidateButtons->addStretch(1);
    candidateButtons->addWidget(support);
    candidateButtons->addWidget(counter);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::finished, this, &InfluenceDialog::saveMemo);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(new QLabel(tr("<b>Evidence</b>"), this));
    layout->addWidget(m_evidence, 2);
    layout->addLayout(evidenceButtons);
    layout->addWidget(new QLabel(tr("<b>Where the two occur together</b> (within a sentence of each "
                                    "other), to add as evidence"),
                                 this));
    layout->addWidget(m_candidates, 3);
    layout->addLayout(candidateButtons);
    layout->addWidget(new QLabel(tr("<b>Memo</b>"), this));
    layout->addWidget(m_memo);
    layout->addWidget(buttons);
    resize(820, 620);
    fill();
    if (auto influence = m_project.influence(m_influenceId))
        m_memo->setPlainText(influence->memo);
}

void InfluenceDialog::fill()
{
    m_evidence->clear();
    m_candidates->clear();
    auto influence = m_project.influence(m_influenceId);
    auto from = influence ? m_project.modelElement(influence->fromId) : Result<ModelElement>();
    auto to = influence ? m_project.modelElement(influence->toId) : Result<ModelElement>();
    if (!influence || !from || !to) {
        m_title->setText(tr("This influence is no longer in the model."));
        return;
    }
    m_title->setText(tr("“%1” <b>%2</b> “%3”: %4 supporting, %5 against.")
                         .arg(from->name.toHtmlEscaped(), influence->typeName.toHtmlEscaped(), to->name.toHtmlEscaped())
                         .arg(influence->supporting)
                         .arg(influence->counter));
    auto row = [](QTreeWidget *list, const QString &first, const SegmentInfo &s) {
        auto *item = new QTreeWidgetItem(list, {first, s.sourceName, s.text.simplified()});
        item->setToolTip(2, s.text);
        item->setData(0, kSegmentRole, QVariant::fromValue(s.id));
    };
    QSet<Id> already;
    if (auto evidence = m_project.evidenceOf(m_influenceId)) {
        for (const InfluenceEvidence &e : *evidence) {
            already.insert(e.segmentId);
            if (auto s = m_project.segment(e.segmentId))
                row(m_evidence, e.counter ? tr("against") : tr("supports"), *s);
        }
    }
    auto pairs = elementCooccurrences(m_project);
    if (!pairs)
        return;
    for (const ElementCooccurrence &pair : *pairs) {
        const bool ours = (pair.firstId == from->id && pair.secondId == to->id) ||
                          (pair.firstId == to->id && pair.secondId == from->id);
        if (!ours)
            continue;
        for (const SegmentPair &p : pair.evidence)
            for (const auto &[segmentId, elementId] : {std::pair{p.first, pair.firstId}, std::pair{p.second, pair.secondId}}) {
                if (already.contains(segmentId))
                    continue;
                already.insert(segmentId);
                if (auto s = m_project.segment(segmentId))
                    row(m_candidates, elementId == from->id ? from->name : to->name, *s);
            }
    }
}

bool InfluenceDialog::addCandidate(int row, bool counter)
{
    QTreeWidgetItem *item = m_candidates->topLevelItem(row);
    if (!item)
        return false;
    auto command = AddEvidence::make(m_project, m_influenceId, item->data(0, kSegmentRole).value<Id>(), counter);
    if (!command) {
        QMessageBox::warning(this, windowTitle(), command.error().message);
        return false;
    }
    m_undo.push(command->release());
    fill();
    return true;
}

bool InfluenceDialog::removeEvidence(int row)
{
    QTreeWidgetItem *item = m_evidence->topLevelItem(row);
    if (!item)
        return false;
    auto command = RemoveEvidence::make(m_project, m_influenceId, item->data(0, kSegmentRole).value<Id>());
    if (!command) {
        QMessageBox::warning(this, windowTitle(), command.error().message);
        return false;
    }
    m_undo.push(command->release());
    fill();
    return true;
}

void InfluenceDialog::saveMemo()
{
    auto influence = m_project.influence(m_influenceId);
    if (!influence || influence->memo == m_memo->toPlainText())
        return;
    if (auto command = SetInfluenceMemo::make(m_project, m_influenceId, m_memo->toPlainText()))
        m_undo.push(command->release());
}

} // namespace gw

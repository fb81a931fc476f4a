#include "ui/merge/merge_preview_dialog.h"

#include "core/model/display_names.h"
#include "core/merge/merge_apply.h"
#include "core/model/project.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <utility>

namespace gw {

namespace {

QTableWidgetItem *readOnly(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    return item;
}

QTableWidget *makeTable(const QStringList &header, const QString &name, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(header.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(header);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideMiddle);
    // Names share the width (whole in their tooltips); the short columns fit their contents.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    return table;
}

QString counted(int n, const QString &one, const QString &many)
{
    return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? one : many);
}

QString valueText(const QString &value)
{
    return value.isEmpty() ? QCoreApplication::translate("gw::MergePreviewDialog", "(none)") : value;
}

// Why a difference is listed, as the preview's reader needs it.
QString whyItDiffers(const MergeItem &item, const MergeDifference &d)
{
    const QString was = d.base
        ? QCoreApplication::translate("gw::MergePreviewDialog", " (was “%1”)").arg(valueText(*d.base))
        : QString();
    if (d.field == MergeField::Removal) {
        if (item.ourId == 0)
            return QCoreApplication::translate("gw::MergePreviewDialog",
                                               "conflict: removed here, changed in their copy%1")
                .arg(was);
        return d.conflict
            ? QCoreApplication::translate("gw::MergePreviewDialog", "conflict: removed in their copy, changed here%1")
                  .arg(was)
            : QCoreApplication::translate("gw::MergePreviewDialog",
                                          "removed in their copy: kept unless you choose theirs");
    }
    if (!d.conflict)
        return QCoreApplication::translate("gw::MergePreviewDialog", "changed only in their copy");
    return d.base ? QCoreApplication::translate("gw::MergePreviewDialog", "conflict: changed on both sides%1").arg(was)
                  : QCoreApplication::translate("gw::MergePreviewDialog", "conflict: differs, no common copy to tell");
}

enum NameColumn { NameKind, NameTheirs, NameOurs, NameMerge };
enum DifferenceColumn { DiffItem, DiffField, DiffOurs, DiffTheirs, DiffWhy, DiffChoice };

} // namespace

MergePreviewDialog::MergePreviewDialog(Project &project, MergePlan plan, QWidget *parent)
    : QDialog(parent), m_project(project), m_plan(std::move(plan))
{
    setObjectName(QStringLiteral("mergePreview"));
    setWindowTitle(tr("Merge %1").arg(m_plan.otherName));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("mergeSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);

    m_names = makeTable({tr("Kind"), tr("In their copy"), tr("Here"), tr("Same item?")},
                        QStringLiteral("mergeNameMatches"), this);
    m_differences = makeTable({tr("Item"), tr("What"), tr("Here"), tr("In their copy"), tr("Why it differs"),
                               tr("Take theirs")},
                              QStringLiteral("mergeDifferences"), this);
    connect(m_names, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling || item->column() != NameMerge)
            return;
        setAccepted(item->row(), item->checkState() == Qt::Checked);
    });
    connect(m_differences, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling || item->column() != DiffChoice)
            return;
        setTakeTheirs(item->row(), item->checkState() == Qt::Checked);
    });
    // Choices made in a row are counted once, with one dry run.
    m_recount = new QTimer(this);
    m_recount->setSingleShot(true);
    m_recount->setInterval(200);
    connect(m_recount, &QTimer::timeout, this, &MergePreviewDialog::recount);

    auto *oursAll = new QPushButton(tr("Keep All &Ours"), this);
    auto *theirsAll = new QPushButton(tr("Take All &Theirs"), this);
    connect(oursAll, &QPushButton::clicked, this, [this] {
        for (int row = 0; row < m_differences->rowCount(); ++row)
            setTakeTheirs(row, false);
    });
    connect(theirsAll, &QPushButton::clicked, this, [this] {
        for (int row = 0; row < m_differences->rowCount(); ++row)
            setTakeTheirs(row, true);
    });
    auto *bulk = new QHBoxLayout;
    bulk->addStretch(1);
    bulk->addWidget(oursAll);
    bulk->addWidget(theirsAll);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    m_merge->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto heading = [this](const QString &text, const QString &note) {
        const QString html = QStringLiteral("<b>%1</b><br><span style='color:gray'>%2</span>").arg(text, note);
        auto *label = new QLabel(html, this);
        label->setWordWrap(true);
        return label;
    };
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(heading(tr("Matched by name"),
                              tr("These have the same name here and in their copy but were made apart. "
                                 "Tick those that are the same item; the others come across as new "
                                 "items.")));
    layout->addWidget(m_names, 1);
    layout->addWidget(heading(tr("Differences"),
                              tr("Fields of the same item, and segments, that differ. A conflict "
                                 "(changed on both sides) keeps ours unless you choose theirs; a change "
                                 "made only in their copy is taken. A segment their copy removed stays "
                                 "unless you choose theirs.")));
    layout->addWidget(m_differences, 2);
    layout->addLayout(bulk);
    layout->addWidget(buttons);
    resize(900, 640);

    fillNames();
    fillDifferences();
    recount();
}

void MergePreviewDialog::fillNames()
{
    m_filling = true;
    m_nameItems.clear();
    for (std::size_t i = 0; i < m_plan.items.size(); ++i)
        if (m_plan.items[i].match == MergeMatch::ByName)
            m_nameItems.push_back(i);
    m_names->setRowCount(int(m_nameItems.size()));
    for (int row = 0; row < int(m_nameItems.size()); ++row) {
        const MergeItem &item = m_plan.items[m_nameItems[std::size_t(row)]];
        m_names->setItem(row, NameKind, readOnly(displayName(item.kind)));
        m_names->setItem(row, NameTheirs, readOnly(item.name));
        m_names->setItem(row, NameOurs, readOnly(item.ourName));
        auto *check = new QTableWidgetItem(tr("merge into ours"));
        check->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        check->setCheckState(item.accepted ? Qt::Checked : Qt::Unchecked);
        m_names->setItem(row, NameMerge, check);
    }
    m_names->horizontalHeader()->setSectionResizeMode(NameKind, QHeaderView::ResizeToContents);
    m_names->horizontalHeader()->setSectionResizeMode(NameMerge, QHeaderView::ResizeToContents);
    m_filling = false;
}

void MergePreviewDialog::fillDifferences()
{
    const bool filling = std::exchange(m_filling, true); // setItem emits itemChanged
    m_differenceRows.clear();
    for (std::size_t i = 0; i < m_plan.differences.size(); ++i) {
        const MergeItem &item = m_plan.items[m_plan.differences[i].item];
        if (item.matched()) // a refused name match comes across as new: nothing to choose
            m_differenceRows.push_back(i);
    }
    m_differences->setRowCount(int(m_differenceRows.size()));
    for (int row = 0; row < int(m_differenceRows.size()); ++row) {
        const MergeDifference &d = m_plan.differences[m_differenceRows[std::size_t(row)]];
        const MergeItem &item = m_plan.items[d.item];
        m_differences->setItem(row, DiffItem,
                               readOnly(item.kind == MergeKind::Segment
                                            ? tr("segment %1").arg(item.ourName)
                                            : QStringLiteral("%1 “%2”").arg(displayName(item.kind), item.ourName)));
        m_differences->setItem(row, DiffField, readOnly(displayName(d.field)));
        m_differences->setItem(row, DiffOurs, readOnly(valueText(d.ours)));
        m_differences->setItem(row, DiffTheirs, readOnly(valueText(d.theirs)));
        const QString why = whyItDiffers(item, d);
        auto *whyItem = readOnly(why);
        if (d.conflict) {
            QFont bold = whyItem->font();
            bold.setBold(true);
            whyItem->setFont(bold);
        }
        m_differences->setItem(row, DiffWhy, whyItem);
        // A check box per row (not a widget: a study's merge may list thousands).
        auto *choice = new QTableWidgetItem;
        choice->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        m_differences->setItem(row, DiffChoice, choice);
        showChoice(row, d.takeTheirs);
    }
    m_differences->horizontalHeader()->setSectionResizeMode(DiffField, QHeaderView::ResizeToContents);
    m_differences->horizontalHeader()->setSectionResizeMode(DiffChoice, QHeaderView::ResizeToContents);
    m_filling = filling;
}

void MergePreviewDialog::setTakeTheirs(int row, bool theirs)
{
    if (row < 0 || std::size_t(row) >= m_differenceRows.size())
        return;
    MergeDifference &d = m_plan.differences[m_differenceRows[std::size_t(row)]];
    if (d.takeTheirs == theirs)
        return;
    d.takeTheirs = theirs;
    showChoice(row, theirs);
    m_recount->start();
}

void MergePreviewDialog::showChoice(int row, bool theirs)
{
    QTableWidgetItem *choice = m_differences->item(row, DiffChoice);
    if (!choice)
        return;
    const bool filling = std::exchange(m_filling, true);
    choice->setCheckState(theirs ? Qt::Checked : Qt::Unchecked);
    choice->setText(theirs ? tr("theirs") : tr("ours"));
    m_filling = filling;
}

void MergePreviewDialog::setAccepted(int row, bool accepted)
{
    if (row < 0 || std::size_t(row) >= m_nameItems.size())
        return;
    MergeItem &item = m_plan.items[m_nameItems[std::size_t(row)]];
    if (item.accepted == accepted)
        return;
    item.accepted = accepted;
    m_filling = true;
    m_names->item(row, NameMerge)->setCheckState(accepted ? Qt::Checked : Qt::Unchecked);
    m_filling = false;
    fillDifferences(); // a confirmed match may bring differences to choose
    recount();
}

void MergePreviewDialog::recount()
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto dry = applyMerge(m_project, m_plan, true);
    QGuiApplication::restoreOverrideCursor();
    if (!dry) {
        m_summary->setText(tr("<b>This copy cannot be merged:</b> %1").arg(dry.error().message.toHtmlEscaped()));
        m_merge->setEnabled(false);
        return;
    }
    const MergeReport &r = dry->report;
    // Each count that is not zero, as "3 themes", into LIST.
    const auto add = [](QStringList &list, int n, const QString &one, const QString &many) {
        if (n > 0)
            list << counted(n, one, many);
    };
    QStringList adds;
    add(adds, r.sourcesAdded, tr("source"), tr("sources"));
    add(adds, r.dimensionsAdded, tr("dimension"), tr("dimensions"));
    add(adds, r.themesAdded, tr("theme"), tr("themes"));
    add(adds, r.codesAdded, tr("code"), tr("codes"));
    add(adds, r.segmentsAdded, tr("segment"), tr("segments"));
    add(adds, r.memosAdded, tr("memo"), tr("memos"));
    add(adds, r.casesAdded, tr("case"), tr("cases"));
    add(adds, r.setsAdded, tr("source set"), tr("source sets"));
    add(adds, r.modelElementsAdded, tr("model element"), tr("model elements"));
    add(adds, r.influencesAdded, tr("influence"), tr("influences"));
    add(adds, r.evidenceAdded, tr("piece of evidence"), tr("pieces of evidence"));
    add(adds, r.codersAdded, tr("coder"), tr("coders"));
    const int conflicts = m_plan.conflicts();
    QString text = tr("Merging <b>%1</b> into this project adds %2.")
                       .arg(m_plan.otherName.toHtmlEscaped(),
                            adds.isEmpty() ? tr("nothing new") : adds.join(QStringLiteral(", ")));
    text += tr("<br>Already here: %1 (same text%4), %2 matched, %3 not written twice.")
                .arg(counted(r.sourcesMatched, tr("source"), tr("sources")),
                     counted(r.itemsMatched, tr("item"), tr("items")),
                     counted(r.segmentsExisting, tr("segment"), tr("segments")),
                     m_plan.sourcesMatchedTrimmed > 0
                         ? tr("; %1 of them only differ in white space at the end")
                               .arg(QLocale().toString(m_plan.sourcesMatchedTrimmed))
                         : QString());
    QStringList changes;
    add(changes, r.segmentsEdited, tr("segment edited as in their copy"), tr("segments edited as in their copy"));
    add(changes, r.segmentsRemoved, tr("segment removed as in their copy"), tr("segments removed as in their copy"));
    add(changes, r.segmentsLeftRemoved, tr("segment removed here stay removed"),
        tr("segments removed here stay removed"));
    add(changes, r.segmentsRedirected, tr("segment on codes merged here go to the code each went into"),
        tr("segments on codes merged here go to the code each went into"));
    add(changes, r.itemsLeftRemoved, tr("item removed here since the copy stays removed"),
        tr("items removed here since the copy stay removed"));
    if (!changes.isEmpty())
        text += QStringLiteral("<br>%1.").arg(changes.join(QStringLiteral("; ")));
    QStringList review;
    add(review, r.threadsAdded, tr("comment thread"), tr("comment threads"));
    add(review, r.commentsAdded, tr("comment"), tr("comments"));
    add(review, r.threadStatesTaken, tr("thread resolved or reopened"), tr("threads resolved or reopened"));
    add(review, r.snapshotsAdded, tr("snapshot"), tr("snapshots"));
    add(review, r.savedQueriesAdded, tr("saved query"), tr("saved queries"));
    if (!review.isEmpty())
        text += tr("<br>Review: %1 from their copy.").arg(review.join(QStringLiteral(", ")));
    if (r.threadsSkipped > 0)
        text += tr("<br>%1 on a model link that is not here will be left out.")
                    .arg(counted(r.threadsSkipped, tr("thread"), tr("threads")));
    if (r.memosSkipped > 0)
        text += tr("<br>%1 whose target does not come across will be left out.")
                    .arg(counted(r.memosSkipped, tr("memo"), tr("memos")));
    text += tr("<br>%1 to decide; %2 taken from their copy. One undo step takes it all back.")
                .arg(counted(conflicts, tr("conflict"), tr("conflicts")),
                     counted(r.valuesTaken, tr("value"), tr("values")));
    m_summary->setText(text);
    m_merge->setEnabled(true);
}

} // namespace gw

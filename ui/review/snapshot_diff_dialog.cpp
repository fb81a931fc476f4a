#include "ui/review/snapshot_diff_dialog.h"

#include "core/model/display_names.h"
#include "core/export/atomic_file.h"
#include "core/figure/gioia_layout.h"
#include "ui/structure/figure_canvas.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gw {

namespace {

QString whatChanged(const StructureChange &c)
{
    switch (c.kind) {
    case StructureChangeKind::Added:
        if (c.after.isEmpty())
            return QCoreApplication::translate("gw::SnapshotDiffDialog", "added");
        return QCoreApplication::translate("gw::SnapshotDiffDialog", "added under “%1”").arg(c.after);
    case StructureChangeKind::Removed:
        return QCoreApplication::translate("gw::SnapshotDiffDialog", "removed");
    case StructureChangeKind::Merged:
        return QCoreApplication::translate("gw::SnapshotDiffDialog", "merged into “%1”").arg(c.after);
    case StructureChangeKind::Moved: {
        const QString unplaced = QCoreApplication::translate("gw::SnapshotDiffDialog", "unplaced");
        //: A theme's or dimension's name in quotation marks.
        const auto quoted = [](const QString &name) {
            return QCoreApplication::translate("gw::SnapshotDiffDialog", "“%1”").arg(name);
        };
        return QCoreApplication::translate("gw::SnapshotDiffDialog", "moved from %1 to %2")
            .arg(c.before.isEmpty() ? unplaced : quoted(c.before), c.after.isEmpty() ? unplaced : quoted(c.after));
    }
    case StructureChangeKind::Renamed:
        break;
    }
    return QCoreApplication::translate("gw::SnapshotDiffDialog", "renamed from “%1”").arg(c.before);
}

} // namespace

SnapshotDiffDialog::SnapshotDiffDialog(StructureDiff diff, const DataStructure &after, QWidget *parent)
    : QDialog(parent), m_diff(std::move(diff))
{
    setObjectName(QStringLiteral("snapshotDiff"));
    //: %2 is "now" or a snapshot's name in quotes
    setWindowTitle(tr("Changes from “%1” to %2")
                       .arg(m_diff.from, m_diff.to == QLatin1String("now") ? tr("now")
                                                                           : QStringLiteral("“%1”").arg(m_diff.to)));
    const QString changed = m_diff.changes.size() == 1 ? tr("%1 change.").arg(m_diff.changes.size())
                                                       : tr("%1 changes.").arg(m_diff.changes.size());
    auto *heading = new QLabel(m_diff.isEmpty() ? tr("Nothing changed in the data structure.") : changed, this);
    m_changes = new QTreeWidget(this);
    m_changes->setObjectName(QStringLiteral("snapshotChanges"));
    m_changes->setRootIsDecorated(false);
    m_changes->setHeaderLabels({tr("Tier"), tr("Name"), tr("What changed")});
    m_changes->header()->setStretchLastSection(true);
    m_changes->setColumnWidth(0, 90);
    m_changes->setColumnWidth(1, 260);
    for (const StructureChange &c : m_diff.changes)
        new QTreeWidgetItem(m_changes, {displayName(c.tier), c.name, whatChanged(c)});

    FigureOptions options;
    options.marks = diffToFigureMarks(m_diff);
    m_canvas = new FigureCanvas;
    m_canvas->setFigure(layOutGioiaFigure(after, options));
    m_canvas->setZoom(0.9);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_canvas);
    scroll->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    scroll->setBackgroundRole(QPalette::Mid);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_changes);
    split->addWidget(scroll);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *markdown = buttons->addButton(tr("Export &Markdown…"), QDialogButtonBox::ActionRole);
    connect(markdown, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the Changes"),
                                                          QStringLiteral("structure-changes.md"),
                                                          tr("Markdown (*.md)"));
        if (!path.isEmpty())
            exportMarkdown(path);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(1000, 760);
}

bool SnapshotDiffDialog::exportMarkdown(const QString &path)
{
    if (auto ok = writeFileAtomically(diffToMarkdown(m_diff).toUtf8(), path); !ok) {
        QMessageBox::warning(this, tr("Export the Changes"), ok.error().message);
        return false;
    }
    return true;
}

} // namespace gw

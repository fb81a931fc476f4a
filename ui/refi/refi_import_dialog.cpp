#include "ui/refi/refi_import_dialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gw {

namespace {

QString plural(int n, const QString &one, const QString &many)
{
    return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? one : many);
}

} // namespace

RefiImportDialog::RefiImportDialog(bool canMerge, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Import REFI-QDA"));
    resize(760, 620);
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setBold(true);
    m_title->setFont(big);
    layout->addWidget(m_title);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);
    m_positions = new QLabel(this);
    m_positions->setWordWrap(true);
    auto *reading = new QHBoxLayout;
    reading->addWidget(m_positions, 1);
    m_positionsBox = new QComboBox(this);
    m_positionsBox->setObjectName(QStringLiteral("positionsBox"));
    m_positionsBox->setToolTip(tr("How the file counts positions in its texts"));
    m_positionsBox->addItem(tr("Read positions as the file suggests"));
    for (const refi::PositionUnit unit :
         {refi::PositionUnit::CodePoints, refi::PositionUnit::LineEndAsOne, refi::PositionUnit::Utf16})
        m_positionsBox->addItem(tr("Read positions in %1").arg(refi::toString(unit)), int(unit));
    connect(m_positionsBox, &QComboBox::activated, this, &RefiImportDialog::reread);
    reading->addWidget(m_positionsBox);
    layout->addLayout(reading);

    layout->addWidget(new QLabel(tr("<b>Will not come in</b>"), this));
    m_skipped = new QTreeWidget(this);
    m_skipped->setColumnCount(3);
    m_skipped->setHeaderLabels({tr("What"), tr("Name"), tr("Why")});
    m_skipped->setRootIsDecorated(false);
    m_skipped->setWordWrap(true);
    m_skipped->header()->setStretchLastSection(true);
    m_skipped->setColumnWidth(0, 90);
    m_skipped->setColumnWidth(1, 200);
    layout->addWidget(m_skipped, 2);

    layout->addWidget(new QLabel(tr("<b>Notes and warnings</b>"), this));
    m_warnings = new QListWidget(this);
    m_warnings->setWordWrap(true);
    m_warnings->setAlternatingRowColors(true);
    layout->addWidget(m_warnings, 2);

    auto *where = new QGroupBox(tr("Import into"), this);
    auto *whereLayout = new QVBoxLayout(where);
    m_newProject = new QRadioButton(tr("A new project…"), where);
    m_merge = new QRadioButton(tr("This project (merge: same texts and codes are matched, not doubled)"), where);
    m_merge->setEnabled(canMerge);
    (canMerge ? m_merge : m_newProject)->setChecked(true);
    whereLayout->addWidget(m_newProject);
    whereLayout->addWidget(m_merge);
    layout->addWidget(where);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

bool RefiImportDialog::mergeChosen() const { return m_merge->isChecked(); }

void RefiImportDialog::reread()
{
    if (!m_path.isEmpty())
        (void)load(m_path); // a refusal is shown in the dialog itself
}

Status RefiImportDialog::load(const QString &path)
{
    m_path = path;
    std::optional<refi::PositionUnit> positions;
    if (const QVariant unit = m_positionsBox->currentData(); unit.isValid())
        positions = refi::PositionUnit(unit.toInt());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto plan = refi::planImport(path, {}, positions);
    QApplication::restoreOverrideCursor();
    if (!plan) {
        m_title->setText(tr("%1 cannot be imported").arg(QFileInfo(path).fileName()));
        m_summary->setText(plan.error().message.toHtmlEscaped());
        m_import->setEnabled(false);
        return std::unexpected(plan.error());
    }
    showPlan(std::move(*plan));
    return {};
}

void RefiImportDialog::showPlan(refi::ImportPlan plan)
{
    m_plan = std::move(plan);
    const refi::RefiPreview &p = m_plan->preview;
    m_title->setText(p.origin.isEmpty() ? p.fileName : tr("%1, from %2").arg(p.fileName, p.origin));
    QStringList comes{plural(p.sources, tr("source"), tr("sources")),
                      plural(p.codes, tr("code"), tr("codes"))};
    if (p.themes || p.dimensions)
        comes << plural(p.themes, tr("theme"), tr("themes"))
              << plural(p.dimensions, tr("dimension"), tr("dimensions"));
    comes << plural(p.segments, tr("segment"), tr("segments"))
          << plural(p.cases, tr("case"), tr("cases"))
          << plural(p.attributes, tr("attribute"), tr("attributes"))
          << plural(p.memos, tr("memo"), tr("memos"))
          << plural(p.coders, tr("coder"), tr("coders"));
    QString summary = tr("<b>Comes in:</b> %1.").arg(comes.join(QStringLiteral(", ")));
    if (p.sourcesSkipped || p.segmentsSkipped)
        summary += tr("<br><b>Left out:</b> %1, %2 (see below).")
                       .arg(plural(p.sourcesSkipped, tr("source"), tr("sources")),
                            plural(p.segmentsSkipped, tr("segment"), tr("segments")));
    if (p.fromGroundwork)
        summary +=
            tr("<br>Made by Groundwork: stages, themes, dimensions and memo targets come back as they were.");
    m_summary->setText(summary);
    QString positions;
    if (p.selectionsChecked > 0) {
        positions = tr("Positions read in %1: %2 of %3 segments start and end on word boundaries.")
                        .arg(refi::toString(p.positions))
                        .arg(p.selectionsOnWordBoundaries)
                        .arg(p.selectionsChecked);
        if (p.quotesChecked > 0)
            positions += tr(" %1 of %2 passages quoted in the file match the text.")
                             .arg(p.quotesMatched)
                             .arg(p.quotesChecked);
    }
    m_positions->setText(positions);
    m_positions->setVisible(!positions.isEmpty());

    m_skipped->clear();
    for (const refi::Skipped &s : p.skipped) {
        auto *item = new QTreeWidgetItem(m_skipped, {s.what, s.name, s.reason});
        item->setToolTip(2, s.reason);
        item->setToolTip(1, s.name);
    }
    if (p.skipped.isEmpty())
        new QTreeWidgetItem(m_skipped, {QString(), tr("Everything in the file comes in."), QString()});
    m_warnings->clear();
    for (const QString &n : p.notes)
        m_warnings->addItem(new QListWidgetItem(QIcon::fromTheme(QStringLiteral("dialog-information")), n));
    for (const QString &w : p.warnings)
        m_warnings->addItem(new QListWidgetItem(QIcon::fromTheme(QStringLiteral("dialog-warning")), QStringLiteral("⚠ ") + w));
    if (m_warnings->count() == 0)
        m_warnings->addItem(tr("The file follows the REFI-QDA standard."));
    m_import->setEnabled(true);
}

} // namespace gw

#include "ui/import/import_report_dialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gw {

namespace {

using S = ImportOutcome::Status;

QString statusLabel(S status)
{
    switch (status) {
    case S::Imported:
        return QCoreApplication::translate("gw::ImportReportDialog", "Imported");
    case S::Skipped:
        return QCoreApplication::translate("gw::ImportReportDialog", "Skipped");
    case S::Failed:
        return QCoreApplication::translate("gw::ImportReportDialog", "Failed");
    }
    return {};
}

QIcon statusIcon(S status)
{
    QStyle *style = QApplication::style();
    switch (status) {
    case S::Imported:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case S::Skipped:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    case S::Failed:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    }
    return {};
}

QColor statusColour(S status)
{
    switch (status) {
    case S::Imported:
        return QColor(0x2e, 0x7d, 0x32);
    case S::Skipped:
        return QColor(0x8a, 0x6d, 0x00);
    case S::Failed:
        return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

// The reasons from core name the file first ("PATH: why"); the table shows the
// file in its own column, so the reason drops it.
QString reasonWithoutPath(const ImportOutcome &o)
{
    const QString prefix = o.path + QStringLiteral(": ");
    return o.reason.startsWith(prefix) ? o.reason.mid(prefix.size()) : o.reason;
}

QString files(int n)
{
    return n == 1 ? QCoreApplication::translate("gw::ImportReportDialog", "1 file")
                  : QCoreApplication::translate("gw::ImportReportDialog", "%1 files").arg(QLocale().toString(n));
}

// What happened, in a sentence or two, under the summary line.
QString detailText(const ImportReport &report, int total)
{
    const int looked = int(report.outcomes.size());
    const int imported = report.count(S::Imported);
    QString text = report.cancelled
                       ? QCoreApplication::translate("gw::ImportReportDialog",
                                                     "Cancelled after %1 of %2. The other files were not read; "
                                                     "what was imported before stays in the project.")
                             .arg(QLocale().toString(looked), files(std::max(total, looked)))
                       : QCoreApplication::translate("gw::ImportReportDialog",
                                                     "%1 looked at; %2 now in the project as sources.")
                             .arg(files(looked), imported == looked && looked > 1
                                                     ? QCoreApplication::translate("gw::ImportReportDialog", "all")
                                                     : QLocale().toString(imported));
    if (imported < looked)
        text += QCoreApplication::translate("gw::ImportReportDialog",
                                            " Skipped and failed files were left out; the table says why.");
    return text;
}

QString csvField(const QString &text)
{
    static const QString special = QStringLiteral(",\"\r\n");
    if (!std::ranges::any_of(text, [](QChar c) { return special.contains(c); }))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

ImportReportDialog::ImportReportDialog(const ImportReport &report, int total, QWidget *parent)
    : QDialog(parent), m_report(report)
{
    setObjectName(QStringLiteral("importReport"));
    setWindowTitle(tr("Import Report"));
    const int problems = report.count(S::Skipped) + report.count(S::Failed);

    m_summary = new QLabel(summary(), this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    QFont big = m_summary->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_summary->setFont(big);

    const QLocale locale;
    m_detail = new QLabel(detailText(report, total), this);
    m_detail->setWordWrap(true);

    m_problemsOnly = new QCheckBox(
        tr("Show only problems (%1)").arg(locale.toString(problems)), this);
    m_problemsOnly->setObjectName(QStringLiteral("problemsOnly"));
    m_problemsOnly->setChecked(problems > 0);
    m_problemsOnly->setEnabled(problems > 0);
    connect(m_problemsOnly, &QCheckBox::toggled, this, &ImportReportDialog::applyFilter);

    m_table = new QTreeWidget(this);
    m_table->setObjectName(QStringLiteral("importTable"));
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setHeaderLabels({tr("Status"), tr("File"),
                              tr("Source"), tr("Reason")});
    m_table->header()->setStretchLastSection(true);
    fillTable();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *save =
        buttons->addButton(tr("Save Report…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveReport"));
    connect(save, &QPushButton::clicked, this, &ImportReportDialog::chooseFileAndSave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 16, 18, 12);
    layout->addWidget(m_summary);
    layout->addWidget(m_detail);
    layout->addSpacing(4);
    layout->addWidget(m_problemsOnly);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 520);
    applyFilter();
}

QString ImportReportDialog::summary() const
{
    const QLocale locale;
    return tr("%1 %2 · skipped %3 · failed %4")
        .arg(m_report.cancelled ? tr("Cancelled: imported")
                                : tr("Imported"),
             locale.toString(m_report.count(S::Imported)),
             locale.toString(m_report.count(S::Skipped)),
             locale.toString(m_report.count(S::Failed)));
}

void ImportReportDialog::fillTable()
{
    QList<QTreeWidgetItem *> items;
    items.reserve(qsizetype(m_report.outcomes.size()));
    for (const ImportOutcome &o : m_report.outcomes) {
        auto *item = new QTreeWidgetItem;
        item->setText(StatusColumn, statusLabel(o.status));
        item->setIcon(StatusColumn, statusIcon(o.status));
        item->setForeground(StatusColumn, statusColour(o.status));
        item->setText(FileColumn, QFileInfo(o.path).fileName());
        item->setToolTip(FileColumn, QDir::toNativeSeparators(o.path));
        item->setText(SourceColumn, o.sourceName);
        const QString reason = reasonWithoutPath(o);
        item->setText(ReasonColumn, reason);
        item->setToolTip(ReasonColumn, reason);
        item->setData(StatusColumn, Qt::UserRole, int(o.status));
        items << item;
    }
    m_table->addTopLevelItems(items);
    m_table->resizeColumnToContents(StatusColumn);
    m_table->setColumnWidth(StatusColumn, m_table->columnWidth(StatusColumn) + 12);
    m_table->setColumnWidth(FileColumn, 240);
    m_table->setColumnWidth(SourceColumn, 200);
}

void ImportReportDialog::applyFilter()
{
    const bool problemsOnly = m_problemsOnly->isChecked();
    for (int i = 0; i < m_table->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_table->topLevelItem(i);
        item->setHidden(problemsOnly &&
                        item->data(StatusColumn, Qt::UserRole).toInt() == int(S::Imported));
    }
}

int ImportReportDialog::visibleRows() const
{
    int rows = 0;
    for (int i = 0; i < m_table->topLevelItemCount(); ++i)
        rows += m_table->topLevelItem(i)->isHidden() ? 0 : 1;
    return rows;
}

Status ImportReportDialog::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorKind::Io,
                    tr("Cannot write %1: %2").arg(path, file.errorString()));
    QString csv = QStringLiteral("status,path,source,reason\n");
    for (const ImportOutcome &o : m_report.outcomes)
        csv += QStringList{toString(o.status), csvField(QDir::toNativeSeparators(o.path)),
                           csvField(o.sourceName), csvField(reasonWithoutPath(o))}
                   .join(QLatin1Char(',')) +
               QLatin1Char('\n');
    file.write(csv.toUtf8());
    if (!file.commit())
        return fail(ErrorKind::Io,
                    tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

void ImportReportDialog::chooseFileAndSave()
{
    const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                          QStringLiteral("/import-report.csv");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Import Report"),
                                                      start, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto ok = save(path); !ok)
        QMessageBox::warning(this, tr("Cannot save the report"), ok.error().message);
}

} // namespace gw

#pragma once
// What an import did, file by file: a summary line ("Imported 612 · skipped 4 ·
// failed 2"), a table of every file with its status, source and reason (only
// the problems at first, when there are any), and Save Report… as CSV.

#include "core/error.h"
#include "core/import/import_job.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QTreeWidget;

namespace gw {

class ImportReportDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { StatusColumn, FileColumn, SourceColumn, ReasonColumn, ColumnCount };

    // TOTAL is how many files the import meant to read (more than the report
    // holds when it was cancelled).
    explicit ImportReportDialog(const ImportReport &report, int total, QWidget *parent = nullptr);

    [[nodiscard]] QString summary() const;
    [[nodiscard]] QTreeWidget *table() const { return m_table; }
    [[nodiscard]] QCheckBox *problemsOnly() const { return m_problemsOnly; }
    // How many rows the table shows under the current filter.
    [[nodiscard]] int visibleRows() const;

    // Writes the report to PATH as CSV (status,path,source,reason), one row per file.
    [[nodiscard]] Status save(const QString &path) const;

private:
    void fillTable();
    void applyFilter();
    void chooseFileAndSave();

    ImportReport m_report;
    QLabel *m_summary = nullptr;
    QLabel *m_detail = nullptr;
    QCheckBox *m_problemsOnly = nullptr;
    QTreeWidget *m_table = nullptr;
};

} // namespace gw

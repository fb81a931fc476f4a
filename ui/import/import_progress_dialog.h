#pragma once
// The window-modal dialog shown while sources import: "Importing 12 of 618",
// the file being read, a bar, how many sources are in so far, and Cancel.
// Cancel (or Escape, or closing the dialog) asks the job to stop after its
// current file; what was done stays.

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;

namespace gw {

class ImportProgressDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportProgressDialog(QWidget *parent = nullptr);

    // Before file INDEX (from 0) of TOTAL, at PATH.
    void setProgress(int index, int total, const QString &path);
    // Counts SOURCES more as saved in the project.
    void addSaved(int sources);
    // Shows that the job is stopping after its current file.
    void setCancelling();

    [[nodiscard]] QString headline() const;
    [[nodiscard]] bool isCancelling() const { return m_cancelling; }

    void reject() override;

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel *m_headline = nullptr;
    QLabel *m_file = nullptr;
    QLabel *m_saved = nullptr;
    QProgressBar *m_bar = nullptr;
    QPushButton *m_cancel = nullptr;
    bool m_cancelling = false;
    int m_savedCount = 0;
};

} // namespace gw

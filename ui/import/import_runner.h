#pragma once
// Runs an import (gw::importFiles) on a thread of its own with its own
// connection to the project file, so the window stays responsive. Lives on the
// GUI thread: its signals arrive there, and each committed batch is announced to
// the window's project (Project::announceSourcesAdded) so that item models grow
// row by row. One import at a time; cancelling keeps the files already done.
// Does not own the project; the project must stay open while isRunning().

#include "core/error.h"
#include "core/import/import_job.h"

#include <QObject>
#include <QPointer>
#include <atomic>

class QThread;

namespace gw {

class Project;

class ImportRunner : public QObject
{
    Q_OBJECT

public:
    explicit ImportRunner(QObject *parent = nullptr);
    // Cancels a running import and waits for its current file.
    ~ImportRunner() override;

    // Starts importing PATHS (files and folders) into PROJECT with KIND (or
    // kinds from folder names). Fails when an import runs already or when the
    // project file cannot be opened a second time.
    [[nodiscard]] Status start(Project &project, const QStringList &paths,
                               std::optional<SourceKind> kind);
    // Asks the import to stop after the file it is on; finished() follows.
    void cancel();

    [[nodiscard]] bool isRunning() const { return m_thread != nullptr; }
    [[nodiscard]] bool isCancelling() const { return m_cancel.load(); }
    // How many files the running (or last) import reads in all.
    [[nodiscard]] int total() const { return m_total; }
    // The report of the last finished import.
    [[nodiscard]] const ImportReport &report() const { return m_report; }

Q_SIGNALS:
    void started();
    // Before each file: INDEX of TOTAL (from 0); at the end INDEX == TOTAL.
    void progress(int index, int total, const QString &path);
    // A batch committed: its sources are now in the window's project.
    void committed(const QList<gw::Id> &sourceIds);
    void finished(const gw::ImportReport &report);

private:
    void onThreadFinished();

    QThread *m_thread = nullptr;
    QPointer<Project> m_project;
    std::atomic_bool m_cancel = false;
    ImportReport m_result; // written by the thread, read once it ended
    ImportReport m_report;
    int m_total = 0;
};

} // namespace gw

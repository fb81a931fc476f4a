#pragma once
// Runs one analysis (a query, a matrix, a co-occurrence table) off the GUI
// thread on its own connection to the project, with progress and cancelling.
// Starting another cancels the one running and waits for it to stop (it stops
// at its next progress check, within one source's text).

#include "core/analysis/coding_data.h"

#include <QObject>
#include <QPointer>
#include <atomic>
#include <functional>

class QThread;

namespace gw {

class Project;

class AnalysisRunner : public QObject
{
    Q_OBJECT

public:
    // Runs on the job's thread with the job's own connection; the result goes
    // into whatever WORK captured.
    using Work = std::function<Status(Project &worker, const ProgressFn &progress)>;
    // Runs on the GUI thread when WORK has returned (Cancelled when cancelled).
    using Done = std::function<void(const Status &)>;

    explicit AnalysisRunner(QObject *parent = nullptr);
    ~AnalysisRunner() override;

    [[nodiscard]] Status start(Project &project, Work work, Done done);
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_thread != nullptr; }
    // Waits for the running job to end (tests, closing).
    void wait();

Q_SIGNALS:
    void started();
    void progress(int done, int total);
    void finished();

private:
    void stop();

    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
    Status m_status;
    Done m_done;
};

} // namespace gw

#include "ui/analysis/analysis_runner.h"

#include "core/model/project.h"

#include <QCoreApplication>
#include <QThread>

namespace gw {

AnalysisRunner::AnalysisRunner(QObject *parent) : QObject(parent) {}

AnalysisRunner::~AnalysisRunner()
{
    stop();
}

void AnalysisRunner::stop()
{
    if (!m_thread)
        return;
    m_cancel = true;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_done = {};
}

void AnalysisRunner::wait()
{
    if (!m_thread)
        return;
    m_thread->wait();
    QCoreApplication::sendPostedEvents(this);
}

Status AnalysisRunner::start(Project &project, Work work, Done done)
{
    stop();
    auto opened = project.openWorkerConnection();
    if (!opened)
        return std::unexpected(opened.error());
    std::shared_ptr<Project> worker(std::move(*opened));
    m_cancel = false;
    m_status = {};
    m_done = std::move(done);
    const ProgressFn report = [this](int doneCount, int total) {
        QMetaObject::invokeMethod(this, [this, doneCount, total] { Q_EMIT progress(doneCount, total); },
                                  Qt::QueuedConnection);
        return !m_cancel.load();
    };
    m_thread = QThread::create([this, worker, work = std::move(work), report]() mutable {
        Status status = work(*worker, report);
        if (status && m_cancel)
            status = fail(ErrorKind::Cancelled, tr("Cancelled."));
        m_status = std::move(status);
        worker.reset(); // the connection closes on the thread that used it
    });
    m_thread->setObjectName(QStringLiteral("analysis"));
    worker->moveToThread(m_thread);
    QThread *thread = m_thread;
    connect(m_thread, &QThread::finished, this,
            [this, thread] {
                if (thread != m_thread)
                    return;
                m_thread->wait();
                delete m_thread;
                m_thread = nullptr;
                Done callback = std::move(m_done);
                m_done = {};
                if (callback)
                    callback(m_status);
                Q_EMIT finished();
            },
            Qt::QueuedConnection);
    m_thread->start();
    Q_EMIT started();
    return {};
}

void AnalysisRunner::cancel()
{
    m_cancel = true;
}

} // namespace gw

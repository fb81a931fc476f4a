#include "ui/import/import_runner.h"

#include "core/model/project.h"

#include <QThread>
#include <spdlog/spdlog.h>

namespace gw {

ImportRunner::ImportRunner(QObject *parent) : QObject(parent) {}

ImportRunner::~ImportRunner()
{
    if (!m_thread)
        return;
    m_cancel = true;
    m_thread->wait();
    delete m_thread;
}

Status ImportRunner::start(Project &project, const QStringList &paths,
                           std::optional<SourceKind> kind)
{
    if (m_thread)
        return fail(ErrorKind::Conflict, tr("An import is already running."));
    // The window's connection belongs to the GUI thread: the job gets its own.
    auto opened = project.openWorkerConnection();
    if (!opened)
        return std::unexpected(opened.error());
    std::shared_ptr<Project> worker(std::move(*opened));

    m_project = &project;
    m_cancel = false;
    m_total = 0;
    m_result = {};
    ImportOptions options;
    options.kind = kind;
    options.cancel = &m_cancel;
    // Both callbacks run on the job's thread; `this` as the context drops them
    // if the runner is gone by the time the GUI thread gets to them.
    options.progress = [this](int index, int total, const QString &path) {
        QMetaObject::invokeMethod(
            this,
            [this, index, total, path] {
                m_total = total;
                Q_EMIT progress(index, total, path);
            },
            Qt::QueuedConnection);
    };
    options.committed = [this](const QList<Id> &ids) {
        QMetaObject::invokeMethod(
            this,
            [this, ids] {
                if (m_project)
                    m_project->announceSourcesAdded(ids);
                Q_EMIT committed(ids);
            },
            Qt::QueuedConnection);
    };

    m_thread = QThread::create([this, worker, paths, options]() mutable {
        m_result = importFiles(*worker, paths, options);
        worker.reset(); // the connection closes on the thread that used it
    });
    m_thread->setObjectName(QStringLiteral("import"));
    worker->moveToThread(m_thread);
    // Queued behind every progress and commit the job posted before it ended.
    connect(m_thread, &QThread::finished, this, &ImportRunner::onThreadFinished,
            Qt::QueuedConnection);
    spdlog::info("import of {} path(s) started", paths.size());
    m_thread->start();
    Q_EMIT started();
    return {};
}

void ImportRunner::cancel()
{
    if (m_thread && !m_cancel.exchange(true))
        spdlog::info("import cancelled by the user");
}

void ImportRunner::onThreadFinished()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_report = std::move(m_result);
    m_result = {};
    if (m_total == 0)
        m_total = int(m_report.outcomes.size());
    spdlog::info("import finished: {} imported, {} skipped, {} failed{}",
                 m_report.count(ImportOutcome::Status::Imported),
                 m_report.count(ImportOutcome::Status::Skipped),
                 m_report.count(ImportOutcome::Status::Failed),
                 m_report.cancelled ? ", cancelled" : "");
    m_cancel = false;
    Q_EMIT finished(m_report);
}

} // namespace gw

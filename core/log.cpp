#include "core/log.h"

#include <QDir>
#include <QStandardPaths>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

namespace gw {

QString initLogging(LogTarget target)
{
    const QString levelName = qEnvironmentVariable("GROUNDWORK_LOG");
    QString file;
    std::shared_ptr<spdlog::logger> logger;
    if (target == LogTarget::File) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
        if (QDir().mkpath(dir)) {
            file = dir + QStringLiteral("/groundwork.log");
            try {
                logger = std::make_shared<spdlog::logger>(
                    "groundwork", std::make_shared<spdlog::sinks::rotating_file_sink_mt>(file.toStdString(),
                                                                                        2 * 1024 * 1024, 3));
            } catch (const spdlog::spdlog_ex &) {
                file.clear();
            }
        }
    }
    if (!logger)
        logger = std::make_shared<spdlog::logger>("groundwork", std::make_shared<spdlog::sinks::stderr_sink_mt>());
    const auto level = spdlog::level::from_str(
        levelName.isEmpty() ? (target == LogTarget::File ? "info" : "warn") : levelName.toStdString());
    logger->set_level(level);
    logger->set_pattern(target == LogTarget::File ? "%Y-%m-%d %H:%M:%S.%e [%l] %v" : "groundwork: %l: %v");
    spdlog::set_default_logger(logger);
    return file;
}

} // namespace gw

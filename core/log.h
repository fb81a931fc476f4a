#pragma once
// Logging for both programs: spdlog with the level from GROUNDWORK_LOG
// (trace, debug, info, warn, error, off). The CLI logs to stderr; the GUI to a
// rotating file in the user's data folder. Participants' text is never logged.

#include <QString>

namespace gw {

enum class LogTarget { Stderr, File };

// Returns the log file's path for LogTarget::File, empty otherwise.
QString initLogging(LogTarget target);

} // namespace gw

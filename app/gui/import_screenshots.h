#pragma once
// groundwork --import PATH --screenshot FILE: imports PATH into the open
// project and saves what a researcher sees on the way: FILE-progress.png (the
// window with the progress dialog at about 30%), FILE-report.png (with the
// report at the end) and FILE (the window after the import).

#include <QString>

namespace gw {

class MainWindow;

// Runs the import with an event loop; returns the process's exit code.
[[nodiscard]] int importWithScreenshots(MainWindow &window, const QString &path,
                                        const QString &file);

} // namespace gw

#pragma once
// Exports a project as REFI-QDA: a .qdpx (project.qde, sources/<guid>.txt and
// Groundwork's extension, see extension.h) or a .qdc codebook. The file is
// written whole or not at all (QSaveFile), and the XML is valid against the
// standard's schema.

#include "core/error.h"

#include <QString>

namespace gw {
class Project;
}

namespace gw::refi {

struct ExportReport
{
    int sources = 0;
    int segments = 0;
    int codes = 0;
    int themes = 0;
    int dimensions = 0;
    int memos = 0;
    int cases = 0;
    qint64 bytes = 0;
};

inline const QString kOrigin = QStringLiteral("Groundwork");

[[nodiscard]] Result<ExportReport> exportQdpx(Project &project, const QString &path);
[[nodiscard]] Result<ExportReport> exportQdc(Project &project, const QString &path);

} // namespace gw::refi

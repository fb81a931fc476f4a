#pragma once
// Importing files and folder trees into a project. Each file is imported whole
// or not at all (Project::addSource is one transaction); a bad file is reported
// with its reason and the rest goes on; the same text twice is skipped, and so
// is a file of a format not imported that lies in a chosen folder.

#include "core/model/types.h"

#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace gw {

class Project;

struct ImportOutcome
{
    enum class Status { Imported, Skipped, Failed };
    QString path;
    Status status = Status::Failed;
    QString reason;     // why skipped or failed
    QString sourceName; // the source made (or matched) from the file
    Id sourceId = 0;
};

struct ImportReport
{
    std::vector<ImportOutcome> outcomes;
    bool cancelled = false;
    [[nodiscard]] int count(ImportOutcome::Status status) const;
};

struct ImportOptions
{
    // The kind for every file; otherwise from folder names (interviews/,
    // observations/, documents/), otherwise document.
    std::optional<SourceKind> kind;
    // Called before each file: (index, total, path).
    std::function<void(int, int, const QString &)> progress;
    // Called after each batch commits, with the sources it added: only then can
    // another connection (the window's) see them.
    std::function<void(const QList<Id> &)> committed;
    const std::atomic_bool *cancel = nullptr;
};

// Files go into the project in batches of this many (one transaction each,
// with a savepoint per file so that a bad file leaves nothing behind).
inline constexpr int kImportBatchFiles = 32;

// The files under PATHS that an import would read, in order (folders recurse,
// hidden files are left out).
[[nodiscard]] QStringList filesToImport(const QStringList &paths);

// The kind folder rules give PATH, if any.
[[nodiscard]] std::optional<SourceKind> kindFromFolders(const QString &path);

[[nodiscard]] ImportReport importFiles(Project &project, const QStringList &paths, const ImportOptions &options);

[[nodiscard]] QString toString(ImportOutcome::Status status);

} // namespace gw

#pragma once
// What changed in the data structure between two states (two named
// snapshots, or a snapshot and now), item by item, matched by id: codes
// added, removed, merged into another, moved to another theme, renamed;
// themes added, removed, renamed or moved between dimensions; dimensions
// added, removed, renamed. Shown as a readable list, as Markdown for the
// team's minutes, as JSON, and as marks on the Gioia figure.

#include "core/error.h"
#include "core/figure/gioia_figure.h"
#include "core/structure/data_structure.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <vector>

namespace gw {

class Project;

enum class StructureTier { Dimension, Theme, Code };
enum class StructureChangeKind { Added, Removed, Merged, Moved, Renamed };

[[nodiscard]] QString toString(StructureTier tier);
[[nodiscard]] QString toString(StructureChangeKind kind);

struct StructureChange
{
    StructureChangeKind kind = StructureChangeKind::Added;
    StructureTier tier = StructureTier::Code;
    Id id = 0;
    QString name;   // as it is after (before, for a removed or merged item)
    QString before; // Renamed: the old name; Moved: the old parent ("" unplaced)
    QString after;  // Moved: the new parent ("" unplaced); Merged: the code it went into; Added: its parent
};

struct StructureDiff
{
    QString from; // "after the May team meeting"
    QString to;   // another snapshot's name, or "now"
    std::vector<StructureChange> changes; // dimensions, then themes, then codes
    [[nodiscard]] bool isEmpty() const { return changes.empty(); }
};

// Compares BEFORE with AFTER. MERGEDINTO names, by code id, the code each
// merged code went into (from the audit log): a code gone from AFTER is
// "merged" when it is there, else "removed".
[[nodiscard]] StructureDiff diffStructures(const DataStructure &before, const DataStructure &after,
                                           const QHash<Id, QString> &mergedInto = {});

// The diff between the snapshot FROM and the snapshot TO (empty: now), with
// merges read from the audit log between the two.
[[nodiscard]] Result<StructureDiff> diffSnapshots(Project &project, const QString &from, const QString &to = {});
// The hierarchy of snapshot NAME (empty: now).
[[nodiscard]] Result<DataStructure> snapshotOrNow(Project &project, const QString &name);

[[nodiscard]] QString diffToMarkdown(const StructureDiff &diff);
[[nodiscard]] QJsonObject diffToJson(const StructureDiff &diff);
// Marks for the Gioia figure of the AFTER state: added boxes "new", moved
// ones "moved from X", renamed ones "(was X)"; removed and merged items as
// footnotes.
[[nodiscard]] FigureMarks diffToFigureMarks(const StructureDiff &diff);

} // namespace gw

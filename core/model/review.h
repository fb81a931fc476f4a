#pragma once
// Reviewing the hierarchy as a team: comment threads on a code, theme,
// dimension or model link ("influence"), open or resolved, and named
// snapshots of the data structure. Plain values the Project hands out.

#include "core/model/types.h"

#include <QString>
#include <optional>
#include <vector>

namespace gw {

// What a thread is about: "code", "theme", "dimension" or "influence" (a
// model link; its id is stored as given).
struct ReviewTarget
{
    QString kind;
    Id id = 0;
    friend bool operator==(const ReviewTarget &, const ReviewTarget &) = default;
};

[[nodiscard]] bool isReviewTargetKind(const QString &kind);

struct ReviewComment
{
    Id id = 0;
    QString guid;
    Id threadId = 0;
    QString author; // the coder who wrote it
    QString text;
    QString created; // ISO 8601 UTC
};

struct ReviewThread
{
    Id id = 0;
    QString guid;
    ReviewTarget target;
    QString targetName; // the code's, theme's or dimension's name now (empty for a link)
    bool resolved = false;
    QString resolvedBy;
    QString resolvedAt;
    QString created;
    std::vector<ReviewComment> comments; // oldest first; the first opened the thread
};

// Who resolved a thread and when, or open (to undo and redo a state change).
struct ThreadState
{
    bool resolved = false;
    std::optional<Id> resolvedBy; // coder id
    QString resolvedAt;
};

struct SnapshotInfo
{
    Id id = 0;
    QString guid;
    QString name;
    QString coder;
    QString created;
    Id auditId = 0; // the last audit entry when it was taken
};

// A snapshot row whole, to take it back out and put it back (undo, redo).
struct SnapshotRecord
{
    Id id = 0;
    QString guid;
    QString name;
    QString structure; // JSON
    Id auditId = 0;
    std::optional<Id> coderId;
    QString created;
};

} // namespace gw

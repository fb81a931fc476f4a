#pragma once
// What merging another copy of a project (a teammate's, see coder_copy.h)
// into this one will do, worked out before anything is written: which of the
// other file's codes, themes, dimensions and memos are already here (by GUID,
// or by exact name, which the user must confirm), which are new, and where a
// matched item differs between the two (name, definition, place in the
// hierarchy, memo text). A GUI shows the plan as a preview, lets the user
// decide each name match and each conflict by setting the fields marked
// "choice", and hands it to applyMerge (merge_apply.h) or to the MergeProject
// command (core/commands/merge_project.h) for one undo step.
//
// Sources are matched by their text (content hash), coders by GUID then name,
// cases by GUID then name, attributes by name; segments already here (same
// GUID, or same source, range, code and coder) are not written twice. None of
// those need a decision. A segment both copies have (same GUID) whose code or
// range differs is a difference like a field: a change made only in their copy
// is taken, one made on both sides is a conflict. A segment one side removed
// since the copy was made is listed too: their removal is offered, never taken
// unasked (nothing here is lost), and one removed here stays removed unless
// their copy changed it. Comment threads and snapshots come across by GUID;
// source sets by GUID then name, with the sources put in them.

#include "core/error.h"
#include "core/merge/other_project.h"
#include "core/model/types.h"

#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

namespace gw {

class Project;

// Element: a dimension, theme or code placed in the CMO model; Link: an
// influence between two elements.
enum class MergeKind { Code, Theme, Dimension, Memo, Segment, Element, Link };
enum class MergeMatch { New, ByGuid, ByName };
// Parent: a code's theme or a theme's dimension. Body: a memo's text (its
// title is its Name). Coding: a segment's code and range. Removal: a segment
// removed on one side since the copy was made. Placement: a model element's
// role, level and spot on the spectrum. Link: an influence's type and memo.
enum class MergeField { Name, Definition, Parent, Body, Coding, Removal, Placement, Link };

[[nodiscard]] QString toString(MergeKind kind);
[[nodiscard]] QString toString(MergeField field);

// A code, theme, dimension or memo of the other project, or a segment that
// differs between the two (by GUID): edited on either side, or removed on one.
// A segment's NAME is its passage ("P01: “the first words…”"); its THEIRID is
// 0 when their copy removed it, its OURID 0 when this project did.
struct MergeItem
{
    MergeKind kind = MergeKind::Code;
    Id theirId = 0;
    QString guid;
    QString name; // a memo's title
    MergeMatch match = MergeMatch::New;
    Id ourId = 0;    // the item here it matched (ByGuid, ByName)
    QString ourName; // its name here
    // Choice, for ByName only: true merges the two items into one; false (the
    // default) adds theirs as a new item (renamed "Name (2)" when needed).
    bool accepted = false;
    // New, but the copy knew it: this project removed it since. It is not
    // brought back (a code only when their copy coded nothing new with it).
    bool removedHere = false;
    [[nodiscard]] bool matched() const
    {
        return match == MergeMatch::ByGuid || (match == MergeMatch::ByName && accepted);
    }
};

// A field of a matched item whose value differs between the two projects.
struct MergeDifference
{
    size_t item = 0; // index into MergePlan::items
    MergeField field = MergeField::Name;
    // Values as a user reads them (a parent by its name; empty: none).
    QString ours;
    QString theirs;
    // The value when the copy was made, when the other file is a coder's copy
    // that knew the item.
    std::optional<QString> base;
    // A conflict: both sides changed the field since the copy was made, or
    // nobody knows. Otherwise only their side changed it and theirs is taken.
    bool conflict = true;
    // Choice: take their value (default: ours for a conflict, theirs otherwise).
    bool takeTheirs = false;
    // For Parent: their theme or dimension (their id), none when unplaced.
    std::optional<Id> theirParent;
};

struct MergePlan
{
    std::shared_ptr<const OtherProject> other;
    QString otherName; // file name, for messages and the audit entry
    int sourcesNew = 0;
    int sourcesMatched = 0; // same text already here
    int sourcesMatchedTrimmed = 0; // of those, the same but for white space at the end
    std::vector<MergeItem> items;
    std::vector<MergeDifference> differences;
    // Their segments (their ids) that this project removed since the copy was
    // made and their copy left as it was: they are not brought back.
    std::vector<Id> segmentsRemovedHere;

    // Choices for a whole plan at once (the CLI's --accept-name-matches,
    // --all-theirs and --take-theirs NAME, NAME matching an item's name here
    // or there, optionally as "kind:name"). Returns the names that matched
    // no item that differs.
    void acceptNameMatches(bool accept);
    void takeTheirsEverywhere();
    [[nodiscard]] QStringList takeTheirsFor(const QStringList &names);
    [[nodiscard]] int conflicts() const;
};

// Reads OTHERPATH (never changing it) and compares it with PROJECT. Errors
// name the file: missing, not a project, newer schema, this project itself.
[[nodiscard]] Result<MergePlan> planMerge(Project &project, const QString &otherPath);

} // namespace gw

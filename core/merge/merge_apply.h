#pragma once
// Applies a MergePlan (merge_plan.h) with the user's choices: one
// transaction, one audit entry ("merge", with the counts and the other
// file's name), everything or nothing. What it wrote is kept in a RowJournal
// so that undoMerge takes exactly that back out and puts back what a conflict
// choice changed. Nothing already in this project is lost or doubled.

#include "core/error.h"
#include "core/merge/merge_plan.h"
#include "core/merge/row_journal.h"

#include <QJsonObject>
#include <QList>

namespace gw {

class Project;

struct MergeReport
{
    int codersAdded = 0;
    int sourcesAdded = 0;
    int sourcesMatched = 0;
    int dimensionsAdded = 0;
    int themesAdded = 0;
    int codesAdded = 0;
    int itemsMatched = 0;     // codes, themes, dimensions, memos matched by GUID or accepted name
    int itemsLeftRemoved = 0; // removed here since the copy: not brought back
    int valuesTaken = 0;      // fields set to their value (conflicts resolved for theirs, their-only changes)
    int segmentsAdded = 0;
    int segmentsExisting = 0; // already here: not doubled
    int segmentsEdited = 0;   // same segment, their code or range taken
    int segmentsRemoved = 0;  // their removal taken
    int segmentsLeftRemoved = 0; // removed here since the copy, unchanged there: not brought back
    int segmentsRedirected = 0;  // on a code merged into another here since: put on that code
    int exemplarsAdded = 0;
    int memosAdded = 0;
    int memosSkipped = 0;     // their target did not come across
    int casesAdded = 0;
    int attributesAdded = 0;
    int valuesAdded = 0;      // attribute values; a value already set here is kept
    int caseLinksAdded = 0;
    int setsAdded = 0;        // source sets, matched by GUID then name
    int setMembersAdded = 0;  // a source put in a set as in their copy
    int modelElementsAdded = 0; // dimensions, themes, codes placed in the CMO model
    int influencesAdded = 0;
    int evidenceAdded = 0;
    int threadsAdded = 0;
    int threadsSkipped = 0;   // their target did not come across
    int threadStatesTaken = 0; // resolved or reopened in their copy only
    int commentsAdded = 0;
    int snapshotsAdded = 0;
    int savedQueriesAdded = 0;
    QList<Id> newSources;
    QList<Id> newCodes;
    [[nodiscard]] QJsonObject toJson() const;
};

struct MergeOutcome
{
    MergeReport report;
    RowJournal journal;
};

// Writes PLAN into PROJECT. With DRYRUN the transaction is rolled back: the
// report says exactly what a real merge would do with these choices. Emits
// the project's change signals after a real merge.
[[nodiscard]] Result<MergeOutcome> applyMerge(Project &project, const MergePlan &plan, bool dryRun = false);

// Takes a merge back out (one transaction, audited as "merge.undo").
[[nodiscard]] Status undoMerge(Project &project, const MergeOutcome &merge, const QString &otherName);

} // namespace gw

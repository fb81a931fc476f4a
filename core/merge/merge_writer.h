#pragma once
// Internal to core/merge: the writing half of applyMerge, inside its
// transaction. Maps every row of the other project to a row here (matched or
// newly written) in dependency order, and notes each write in the journal.

#include "core/merge/merge_apply.h"
#include "core/model/source_match.h"

#include <QHash>
#include <map>
#include <set>
#include <tuple>

namespace gw {

class Database;

class MergeWriter
{
public:
    MergeWriter(Database &db, const MergePlan &plan, MergeOutcome &outcome)
        : m_db(db), m_plan(plan), m_other(*plan.other), m_out(outcome)
    {
    }
    // CODER: the coder doing the merge (for nothing but logs today).
    [[nodiscard]] Status run(const QString &coder);

private:
    [[nodiscard]] Result<std::optional<Id>> lookup(const QString &sql, const QVariantList &binds);
    [[nodiscard]] Result<Id> insert(const QString &table, const QString &sql, const QVariantList &binds);
    [[nodiscard]] Result<QString> freeName(const QString &table, const QString &name, const QString &where = {});
    [[nodiscard]] Result<std::int64_t> nextPosition(const QString &sql, std::optional<Id> parent);
    Status coders();
    Status sources();
    Status tiers(MergeKind kind);
    Status placements();
    Status differences();
    Status takeValue(const MergeItem &item, const MergeDifference &d);
    Status place(const MergeItem &item, std::optional<Id> parent);
    Status takeSegment(const MergeItem &item, const MergeDifference &d);
    // Deletes segment ID here with its exemplar choices and model evidence.
    Status removeSegment(Id id);
    // Codes here merged into another since (archived): code id -> the live code it went into.
    [[nodiscard]] Result<QHash<Id, Id>> mergedCodes();
    Status segments();
    Status exemplars();
    Status memos();
    Status cases();
    Status sourceSets();
    Status model();
    Status modelValues(const QHash<Id, Id> &levels, const QHash<Id, Id> &types);
    [[nodiscard]] Result<Id> modelName(const QString &table, const OtherModelName &theirs);
    Status threads();
    Status snapshots();
    Status savedQueries();
    // Their snapshot's hierarchy with ids here (negative for what did not come across).
    [[nodiscard]] QString snapshotHere(const QString &structure) const;
    [[nodiscard]] std::optional<Id> mapped(MergeKind kind, std::optional<Id> theirId) const;

    Database &m_db;
    const MergePlan &m_plan;
    const OtherProject &m_other;
    MergeOutcome &m_out;
    QHash<Id, Id> m_coders, m_sources, m_codes, m_themes, m_dimensions, m_segments, m_cases, m_attributes;
    QHash<Id, size_t> m_itemOf[7]; // per MergeKind: their id -> plan item
    QHash<Id, const OtherSegment *> m_theirSegments;
    QHash<Id, Id> m_influences; // their influence -> ours
    QHash<Id, SourceHere> m_trimmedSources; // their source -> ours, matched but for white space at the end
};

} // namespace gw

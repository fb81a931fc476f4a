#include "core/merge/merge_apply.h"

#include "core/merge/merge_writer.h"
#include "core/model/project.h"
#include "core/store/database.h"

#include <QCoreApplication>

namespace gw {

QJsonObject MergeReport::toJson() const
{
    return QJsonObject{{QStringLiteral("codersAdded"), codersAdded},
                       {QStringLiteral("sourcesAdded"), sourcesAdded},
                       {QStringLiteral("sourcesMatched"), sourcesMatched},
                       {QStringLiteral("dimensionsAdded"), dimensionsAdded},
                       {QStringLiteral("themesAdded"), themesAdded},
                       {QStringLiteral("codesAdded"), codesAdded},
                       {QStringLiteral("itemsMatched"), itemsMatched},
                       {QStringLiteral("valuesTaken"), valuesTaken},
                       {QStringLiteral("segmentsAdded"), segmentsAdded},
                       {QStringLiteral("segmentsExisting"), segmentsExisting},
                       {QStringLiteral("exemplarsAdded"), exemplarsAdded},
                       {QStringLiteral("memosAdded"), memosAdded},
                       {QStringLiteral("memosSkipped"), memosSkipped},
                       {QStringLiteral("casesAdded"), casesAdded},
                       {QStringLiteral("attributesAdded"), attributesAdded},
                       {QStringLiteral("attributeValuesAdded"), valuesAdded},
                       {QStringLiteral("caseLinksAdded"), caseLinksAdded},
                       {QStringLiteral("setsAdded"), setsAdded},
                       {QStringLiteral("setMembersAdded"), setMembersAdded},
                       {QStringLiteral("itemsLeftRemoved"), itemsLeftRemoved},
                       {QStringLiteral("segmentsRedirected"), segmentsRedirected},
                       {QStringLiteral("segmentsEdited"), segmentsEdited},
                       {QStringLiteral("segmentsRemoved"), segmentsRemoved},
                       {QStringLiteral("segmentsLeftRemoved"), segmentsLeftRemoved},
                       {QStringLiteral("modelElementsAdded"), modelElementsAdded},
                       {QStringLiteral("influencesAdded"), influencesAdded},
                       {QStringLiteral("evidenceAdded"), evidenceAdded},
                       {QStringLiteral("threadsAdded"), threadsAdded},
                       {QStringLiteral("threadsSkipped"), threadsSkipped},
                       {QStringLiteral("threadStatesTaken"), threadStatesTaken},
                       {QStringLiteral("commentsAdded"), commentsAdded},
                       {QStringLiteral("snapshotsAdded"), snapshotsAdded},
                       {QStringLiteral("savedQueriesAdded"), savedQueriesAdded}};
}

Result<MergeOutcome> applyMerge(Project &project, const MergePlan &plan, bool dryRun)
{
    if (!plan.other)
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::merge_apply", "The merge plan holds no other project."));
    Database &db = project.database();
    MergeOutcome outcome;
    {
        Transaction tx(db);
        if (!tx.begun())
            return std::unexpected(tx.begun().error());
        MergeWriter writer(db, plan, outcome);
        if (auto ok = writer.run(project.coder()); !ok)
            return fail(ok.error().kind, QCoreApplication::translate("gw::merge_apply", "Merging %1 failed, nothing was changed: %2")
                                             .arg(plan.otherName, ok.error().message));
        QJsonObject details = outcome.report.toJson();
        details.insert(QStringLiteral("file"), plan.otherName);
        details.insert(QStringLiteral("conflicts"), plan.conflicts());
        if (!plan.other->copyFor.isEmpty())
            details.insert(QStringLiteral("copyFor"), plan.other->copyFor);
        if (auto ok = project.recordAudit(QStringLiteral("merge"), details); !ok)
            return std::unexpected(ok.error());
        if (dryRun)
            return outcome; // the transaction rolls back
        if (auto ok = tx.commit(); !ok)
            return std::unexpected(ok.error());
    }
    project.announceMerge(outcome.report.newSources, outcome.report.newCodes, false);
    return outcome;
}

Status undoMerge(Project &project, const MergeOutcome &merge, const QString &otherName)
{
    Database &db = project.database();
    {
        Transaction tx(db);
        if (!tx.begun())
            return std::unexpected(tx.begun().error());
        if (auto ok = merge.journal.revert(db); !ok)
            return fail(ok.error().kind, QCoreApplication::translate("gw::merge_apply", "Undoing the merge of %1 failed, nothing was changed: %2")
                                             .arg(otherName, ok.error().message));
        QJsonObject details = merge.report.toJson();
        details.insert(QStringLiteral("file"), otherName);
        if (auto ok = project.recordAudit(QStringLiteral("merge.undo"), details); !ok)
            return ok;
        if (auto ok = tx.commit(); !ok)
            return ok;
    }
    project.announceMerge(merge.report.newSources, merge.report.newCodes, true);
    return {};
}

} // namespace gw

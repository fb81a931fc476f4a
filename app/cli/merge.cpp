// merge OTHER: bring a teammate's copy of the project back into this one,
// with a preview of what comes in and what conflicts.
#include "core/merge/merge_apply.h"
#include "core/merge/merge_plan.h"

#include "app/cli/common.h"
#include "app/cli/verbs.h"

#include <QJsonArray>
#include <QJsonObject>

namespace gw::cli {

namespace {

QString matchName(MergeMatch match)
{
    switch (match) {
    case MergeMatch::New: return QStringLiteral("new");
    case MergeMatch::ByGuid: return QStringLiteral("guid");
    case MergeMatch::ByName: return QStringLiteral("name");
    }
    return {};
}

QString shown(const QString &value)
{
    return value.isEmpty() ? QStringLiteral("(none)") : QStringLiteral("\"%1\"").arg(value);
}

QJsonDocument toJson(const MergePlan &plan, const MergeReport &report, bool dryRun)
{
    QJsonArray items, differences;
    for (const MergeItem &i : plan.items)
        if (i.match != MergeMatch::ByGuid)
            items.append(QJsonObject{{QStringLiteral("kind"), toString(i.kind)},
                                     {QStringLiteral("name"), i.name},
                                     {QStringLiteral("match"), matchName(i.match)},
                                     {QStringLiteral("ours"), i.ourName},
                                     {QStringLiteral("accepted"), i.accepted}});
    for (const MergeDifference &d : plan.differences) {
        const MergeItem &i = plan.items[d.item];
        differences.append(QJsonObject{{QStringLiteral("kind"), toString(i.kind)},
                                       {QStringLiteral("item"), i.ourName},
                                       {QStringLiteral("field"), toString(d.field)},
                                       {QStringLiteral("ours"), d.ours},
                                       {QStringLiteral("theirs"), d.theirs},
                                       {QStringLiteral("base"), d.base ? QJsonValue(*d.base) : QJsonValue()},
                                       {QStringLiteral("conflict"), d.conflict},
                                       {QStringLiteral("takeTheirs"), d.takeTheirs},
                                       {QStringLiteral("applies"), i.matched()}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("file"), plan.otherName},
                                     {QStringLiteral("copyFor"), plan.other->copyFor},
                                     {QStringLiteral("dryRun"), dryRun},
                                     {QStringLiteral("conflicts"), plan.conflicts()},
                                     {QStringLiteral("items"), items},
                                     {QStringLiteral("differences"), differences},
                                     {QStringLiteral("result"), report.toJson()}});
}

void writePreview(QTextStream &out, const MergePlan &plan, const MergeReport &r, bool dryRun)
{
    out << (dryRun ? "Merge preview for " : "Merged ") << plan.otherName;
    if (!plan.other->copyFor.isEmpty())
        out << " (the coder's copy for " << plan.other->copyFor << ")";
    out << "\n\n";
    out << "Sources:    " << r.sourcesAdded << " new, " << r.sourcesMatched << " already here (same text";
    if (plan.sourcesMatchedTrimmed > 0)
        out << "; " << plan.sourcesMatchedTrimmed << " of them differ only in white space at the end";
    out << ")\n"
        << "Dimensions: " << r.dimensionsAdded << " new\n"
        << "Themes:     " << r.themesAdded << " new\n"
        << "Codes:      " << r.codesAdded << " new\n"
        << "Segments:   " << r.segmentsAdded << " new, " << r.segmentsExisting << " already here, " << r.segmentsEdited
        << " edited as in their copy, " << r.segmentsRemoved << " removed as in their copy, " << r.segmentsLeftRemoved
        << " removed here and left out, " << r.segmentsRedirected << " put on the code theirs was merged into here\n"
        << "Removed here since the copy, left out: " << r.itemsLeftRemoved << " codes, themes or dimensions\n"
        << "Memos:      " << r.memosAdded << " new" << (r.memosSkipped ? QStringLiteral(", %1 left out (their target did not come)").arg(r.memosSkipped) : QString()) << '\n'
        << "Cases:      " << r.casesAdded << " new, " << r.attributesAdded << " attributes, " << r.valuesAdded
        << " values, " << r.caseLinksAdded << " case-source links\n"
        << "Sets:       " << r.setsAdded << " new, " << r.setMembersAdded << " sources put in a set\n"
        << "Exemplars:  " << r.exemplarsAdded << " new\n"
        << "Coders:     " << r.codersAdded << " new\n"
        << "Model:      " << r.modelElementsAdded << " new elements, " << r.influencesAdded << " new influences, "
        << r.evidenceAdded << " new evidence\n"
        << "Review:     " << r.threadsAdded << " new threads"
        << (r.threadsSkipped ? QStringLiteral(" (%1 left out: their target did not come)").arg(r.threadsSkipped) : QString())
        << ", " << r.commentsAdded << " new comments, " << r.threadStatesTaken << " resolved or reopened as in their copy, "
        << r.snapshotsAdded << " new snapshots\n"
        << "Queries:    " << r.savedQueriesAdded << " new saved queries\n";
    bool header = false;
    for (const MergeItem &i : plan.items) {
        if (i.match != MergeMatch::ByName)
            continue;
        if (!header)
            out << "\nMatched by name (--accept-name-matches merges them; otherwise theirs is added as new):\n";
        header = true;
        out << "  " << toString(i.kind) << " \"" << i.name << "\": "
            << (i.accepted ? "merged with ours" : "added as a new item") << '\n';
    }
    const auto list = [&](bool conflicts, const char *title) {
        bool any = false;
        for (const MergeDifference &d : plan.differences) {
            const MergeItem &i = plan.items[d.item];
            if (d.conflict != conflicts || !i.matched())
                continue;
            if (!any)
                out << '\n' << title << '\n';
            any = true;
            out << "  " << toString(i.kind) << " \"" << i.ourName << "\", " << toString(d.field) << ": ours "
                << shown(d.ours) << ", theirs " << shown(d.theirs);
            if (d.base)
                out << ", was " << shown(*d.base);
            out << " -> " << (d.takeTheirs ? "theirs" : "ours") << '\n';
        }
    };
    list(false, "Changed on their side only (a removal is taken only with --take-theirs ITEM or --all-theirs):");
    list(true, "Conflicts (ours kept unless --take-theirs ITEM or --all-theirs):");
}

class MergeVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("merge"); }
    QString summary() const override { return QStringLiteral("Merge a teammate's copy into this project."); }
    QString description() const override
    {
        return QStringLiteral(
            "Bring OTHER (a copy made with copy-out and coded by a teammate) back into the\n"
            "project. Sources are matched by their text, codes, themes, dimensions and memos by\n"
            "their identity, then by exact name (with --accept-name-matches; otherwise theirs\n"
            "comes in as a new item, renamed \"Name (2)\"). Segments arrive with their coder;\n"
            "nothing already here is lost or doubled. A change made on their side only is\n"
            "taken; where both sides changed a name, definition, place or a segment's code\n"
            "or range differently, ours is kept unless --take-theirs names the item (as it is\n"
            "named here or there, optionally kind:name; a segment by its passage as the\n"
            "preview shows it) or --all-theirs is given. A segment their copy removed is\n"
            "removed only when so named; one removed here stays removed unless their copy\n"
            "changed it. The CMO model's new elements, influences and evidence, comment\n"
            "threads, replies, their resolved state and snapshots come across too. The\n"
            "preview lists it all; --dry-run stops there. The merge is one step in the audit\n"
            "log.\n\n"
            "Example: groundwork-cli merge -p study.groundwork ben.groundwork --take-theirs Trust");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addOption({QStringLiteral("dry-run"), QStringLiteral("Show what would happen; change nothing.")});
        parser.addOption({QStringLiteral("take-theirs"),
                          QStringLiteral("Resolve this item's conflicts with their value (repeat or comma-separate)."),
                          QStringLiteral("ITEM")});
        parser.addOption({QStringLiteral("all-theirs"), QStringLiteral("Resolve every conflict with their value.")});
        parser.addOption({QStringLiteral("accept-name-matches"),
                          QStringLiteral("Merge items matched by name into ours instead of adding them.")});
        parser.addPositionalArgument(QStringLiteral("OTHER"), QStringLiteral("The teammate's copy (.groundwork)."));
    }

    int run(const QCommandLineParser &parser, Io &io) const override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 1) {
            io.err << "groundwork-cli merge: give exactly one OTHER project to merge.\n";
            return Usage;
        }
        auto project = openProject(parser, io);
        if (!project)
            return Usage;
        auto plan = planMerge(*project, args[0]);
        if (!plan)
            return reportError(io, plan.error());
        plan->acceptNameMatches(parser.isSet(QStringLiteral("accept-name-matches")));
        if (parser.isSet(QStringLiteral("all-theirs")))
            plan->takeTheirsEverywhere();
        QStringList wanted;
        for (const QString &value : parser.values(QStringLiteral("take-theirs")))
            for (const QString &item : value.split(QLatin1Char(',')))
                if (!item.trimmed().isEmpty())
                    wanted << item.trimmed();
        if (const QStringList unknown = plan->takeTheirsFor(wanted); !unknown.isEmpty()) {
            io.err << "groundwork-cli merge: no difference about " << unknown.join(QStringLiteral(", "))
                   << " in " << args[0] << "; see the preview (--dry-run) for the items that differ.\n";
            return Usage;
        }
        const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
        auto outcome = applyMerge(*project, *plan, dryRun);
        if (!outcome)
            return reportError(io, outcome.error());
        if (parser.isSet(QStringLiteral("json")))
            writeJson(io, toJson(*plan, outcome->report, dryRun));
        else
            writePreview(io.out, *plan, outcome->report, dryRun);
        return Ok;
    }
};

} // namespace

std::unique_ptr<Verb> makeMergeVerb() { return std::make_unique<MergeVerb>(); }

} // namespace gw::cli

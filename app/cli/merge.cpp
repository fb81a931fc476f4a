// merge OTHER: bring a teammate's copy of the project back into this one,
// with a preview of what comes in and what conflicts.
#include "core/merge/merge_apply.h"
#include "core/merge/merge_plan.h"

#include "app/cli/common.h"
#include "app/cli/verbs.h"

#include <QCoreApplication>
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
    //: An empty value in the preview's list of differences.
    return value.isEmpty() ? QCoreApplication::translate("gw::cli::merge", "(none)")
                           : QStringLiteral("\"%1\"").arg(value);
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

// The preview's lines: each label is padded to 12 characters so the numbers line up.
void writePreview(QTextStream &out, const MergePlan &plan, const MergeReport &r, bool dryRun)
{
    //: %1 is the teammate's file, %2 the coder the copy was made for.
    if (dryRun && !plan.other->copyFor.isEmpty())
        out << QCoreApplication::translate("gw::cli::merge", "Merge preview for %1 (the coder's copy for %2)")
                   .arg(plan.otherName, plan.other->copyFor);
    else if (dryRun)
        out << QCoreApplication::translate("gw::cli::merge", "Merge preview for %1").arg(plan.otherName);
    //: %1 is the teammate's file, %2 the coder the copy was made for.
    else if (!plan.other->copyFor.isEmpty())
        out << QCoreApplication::translate("gw::cli::merge", "Merged %1 (the coder's copy for %2)")
                   .arg(plan.otherName, plan.other->copyFor);
    else
        out << QCoreApplication::translate("gw::cli::merge", "Merged %1").arg(plan.otherName);
    out << "\n\n";
    //: The labels of this list are padded to 12 characters so that the numbers line up.
    if (plan.sourcesMatchedTrimmed > 0)
        out << QCoreApplication::translate("gw::cli::merge",
                                           "Sources:    %1 new, %2 already here (same text; %3 of them differ only in "
                                           "white space at the end)\n")
                   .arg(r.sourcesAdded)
                   .arg(r.sourcesMatched)
                   .arg(plan.sourcesMatchedTrimmed);
    else
        out << QCoreApplication::translate("gw::cli::merge", "Sources:    %1 new, %2 already here (same text)\n")
                   .arg(r.sourcesAdded)
                   .arg(r.sourcesMatched);
    out << QCoreApplication::translate("gw::cli::merge", "Dimensions: %1 new\n").arg(r.dimensionsAdded)
        << QCoreApplication::translate("gw::cli::merge", "Themes:     %1 new\n").arg(r.themesAdded)
        << QCoreApplication::translate("gw::cli::merge", "Codes:      %1 new\n").arg(r.codesAdded)
        << QCoreApplication::translate("gw::cli::merge",
                                       "Segments:   %1 new, %2 already here, %3 edited as in their copy, %4 removed "
                                       "as in their copy, %5 removed here and left out, %6 put on the code theirs "
                                       "was merged into here\n")
               .arg(r.segmentsAdded)
               .arg(r.segmentsExisting)
               .arg(r.segmentsEdited)
               .arg(r.segmentsRemoved)
               .arg(r.segmentsLeftRemoved)
               .arg(r.segmentsRedirected)
        << QCoreApplication::translate("gw::cli::merge",
                                       "Removed here since the copy, left out: %1 codes, themes or dimensions\n")
               .arg(r.itemsLeftRemoved);
    if (r.memosSkipped)
        out << QCoreApplication::translate("gw::cli::merge",
                                           "Memos:      %1 new, %2 left out (their target did not come)\n")
                   .arg(r.memosAdded)
                   .arg(r.memosSkipped);
    else
        out << QCoreApplication::translate("gw::cli::merge", "Memos:      %1 new\n").arg(r.memosAdded);
    out << QCoreApplication::translate("gw::cli::merge",
                                       "Cases:      %1 new, %2 attributes, %3 values, %4 case-source links\n")
               .arg(r.casesAdded)
               .arg(r.attributesAdded)
               .arg(r.valuesAdded)
               .arg(r.caseLinksAdded)
        << QCoreApplication::translate("gw::cli::merge", "Sets:       %1 new, %2 sources put in a set\n")
               .arg(r.setsAdded)
               .arg(r.setMembersAdded)
        << QCoreApplication::translate("gw::cli::merge", "Exemplars:  %1 new\n").arg(r.exemplarsAdded)
        << QCoreApplication::translate("gw::cli::merge", "Coders:     %1 new\n").arg(r.codersAdded)
        << QCoreApplication::translate("gw::cli::merge",
                                       "Model:      %1 new elements, %2 new influences, %3 new evidence\n")
               .arg(r.modelElementsAdded)
               .arg(r.influencesAdded)
               .arg(r.evidenceAdded);
    if (r.threadsSkipped)
        out << QCoreApplication::translate("gw::cli::merge",
                                           "Review:     %1 new threads (%2 left out: their target did not come), %3 "
                                           "new comments, %4 resolved or reopened as in their copy, %5 new "
                                           "snapshots\n")
                   .arg(r.threadsAdded)
                   .arg(r.threadsSkipped)
                   .arg(r.commentsAdded)
                   .arg(r.threadStatesTaken)
                   .arg(r.snapshotsAdded);
    else
        out << QCoreApplication::translate("gw::cli::merge",
                                           "Review:     %1 new threads, %2 new comments, %3 resolved or reopened as "
                                           "in their copy, %4 new snapshots\n")
                   .arg(r.threadsAdded)
                   .arg(r.commentsAdded)
                   .arg(r.threadStatesTaken)
                   .arg(r.snapshotsAdded);
    out << QCoreApplication::translate("gw::cli::merge", "Queries:    %1 new saved queries\n").arg(r.savedQueriesAdded);
    bool header = false;
    for (const MergeItem &i : plan.items) {
        if (i.match != MergeMatch::ByName)
            continue;
        if (!header)
            out << '\n'
                << QCoreApplication::translate("gw::cli::merge",
                                               "Matched by name (--accept-name-matches merges them; otherwise theirs "
                                               "is added as new):\n");
        header = true;
        //: %1 is the kind of item as the program names it (code, theme, ...), %2 its name.
        out << (i.accepted ? QCoreApplication::translate("gw::cli::merge", "  %1 \"%2\": merged with ours\n")
                           : QCoreApplication::translate("gw::cli::merge", "  %1 \"%2\": added as a new item\n"))
                   .arg(toString(i.kind), i.name);
    }
    const auto list = [&](bool conflicts, const QString &title) {
        bool any = false;
        for (const MergeDifference &d : plan.differences) {
            const MergeItem &i = plan.items[d.item];
            if (d.conflict != conflicts || !i.matched())
                continue;
            if (!any)
                out << '\n' << title << '\n';
            any = true;
            //: %1 is the kind of item (code, theme, ...), %2 its name here, %3 the field that differs, %4 our
            //: value, %5 theirs, %6 its value when the copy was made; after the arrow the value taken.
            if (d.base && d.takeTheirs)
                out << QCoreApplication::translate("gw::cli::merge",
                                                   "  %1 \"%2\", %3: ours %4, theirs %5, was %6 -> theirs")
                           .arg(toString(i.kind), i.ourName, toString(d.field), shown(d.ours), shown(d.theirs),
                                shown(*d.base));
            else if (d.base)
                out << QCoreApplication::translate("gw::cli::merge",
                                                   "  %1 \"%2\", %3: ours %4, theirs %5, was %6 -> ours")
                           .arg(toString(i.kind), i.ourName, toString(d.field), shown(d.ours), shown(d.theirs),
                                shown(*d.base));
            else if (d.takeTheirs)
                out << QCoreApplication::translate("gw::cli::merge", "  %1 \"%2\", %3: ours %4, theirs %5 -> theirs")
                           .arg(toString(i.kind), i.ourName, toString(d.field), shown(d.ours), shown(d.theirs));
            else
                out << QCoreApplication::translate("gw::cli::merge", "  %1 \"%2\", %3: ours %4, theirs %5 -> ours")
                           .arg(toString(i.kind), i.ourName, toString(d.field), shown(d.ours), shown(d.theirs));
            out << '\n';
        }
    };
    list(false, QCoreApplication::translate("gw::cli::merge", "Changed on their side only (a removal is taken only "
                                                              "with --take-theirs ITEM or --all-theirs):"));
    list(true, QCoreApplication::translate("gw::cli::merge",
                                           "Conflicts (ours kept unless --take-theirs ITEM or --all-theirs):"));
}

class MergeVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("merge"); }
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::merge", "Merge a teammate's copy into this project.");
    }
    QString description() const override
    {
        //: "Name (2)" shows how an item that comes in as new is renamed; the example's command stays as it is.
        return QCoreApplication::translate(
            "gw::cli::merge",
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
        parser.addOption({QStringLiteral("dry-run"),
                          QCoreApplication::translate("gw::cli::merge", "Show what would happen; change nothing.")});
        parser.addOption({QStringLiteral("take-theirs"),
                          QCoreApplication::translate("gw::cli::merge",
                                                      "Resolve this item's conflicts with their value (repeat or "
                                                      "comma-separate)."),
                          QStringLiteral("ITEM")});
        parser.addOption({QStringLiteral("all-theirs"),
                          QCoreApplication::translate("gw::cli::merge", "Resolve every conflict with their value.")});
        parser.addOption({QStringLiteral("accept-name-matches"),
                          QCoreApplication::translate(
                              "gw::cli::merge", "Merge items matched by name into ours instead of adding them.")});
        parser.addPositionalArgument(
            QStringLiteral("OTHER"),
            QCoreApplication::translate("gw::cli::merge", "The teammate's copy (.groundwork)."));
    }

    int run(const QCommandLineParser &parser, Io &io) const override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 1) {
            io.err << QCoreApplication::translate("gw::cli::merge",
                                                  "groundwork-cli merge: give exactly one OTHER project to merge.\n");
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
            //: %1 lists the items given to --take-theirs that differ in nothing, %2 is the teammate's file.
            io.err << QCoreApplication::translate("gw::cli::merge",
                                                  "groundwork-cli merge: no difference about %1 in %2; see the preview "
                                                  "(--dry-run) for the items that differ.\n")
                          .arg(unknown.join(QStringLiteral(", ")), args[0]);
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

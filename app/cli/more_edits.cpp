// The edits only the workbench could make before: theme remove, dimension
// remove, theme exemplar add|remove, memo disconfirming, segment adjust,
// autocode speaker, and disagreements list|resolve. Each writes one audited
// edit (or one transaction) and, with --json, says what it changed.
#include "app/cli/edit_verb.h"
#include "app/cli/verbs.h"
#include "core/analysis/disagreements.h"
#include "core/analysis/speakers.h"
#include "core/commands/resolve_disagreement.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace gw::cli {

namespace {

std::optional<Id> idArgument(const QString &text)
{
    bool ok = false;
    const Id id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional(id) : std::nullopt;
}

using Done = Result<EditVerb::Changed>;

Done removeTier(Project &project, const QStringList &args, bool theme)
{
    const QString name = args.join(u' ');
    if (theme) {
        auto t = project.themeByName(name);
        if (!t)
            return std::unexpected(t.error());
        if (auto ok = project.removeTheme(t->id); !ok)
            return std::unexpected(ok.error());
        return EditVerb::Changed{QJsonObject{{QStringLiteral("removed"), qint64(t->id)}, {QStringLiteral("guid"), t->guid},
                                     {QStringLiteral("name"), t->name}},
                         QCoreApplication::translate("gw::cli::more_edits",
                                                     "Removed the theme \"%1\"; its codes are unplaced.")
                             .arg(t->name)};
    }
    auto d = project.dimensionByName(name);
    if (!d)
        return std::unexpected(d.error());
    if (auto ok = project.removeDimension(d->id); !ok)
        return std::unexpected(ok.error());
    return EditVerb::Changed{QJsonObject{{QStringLiteral("removed"), qint64(d->id)}, {QStringLiteral("guid"), d->guid},
                                 {QStringLiteral("name"), d->name}},
                     QCoreApplication::translate("gw::cli::more_edits",
                                                 "Removed the dimension \"%1\"; its themes are unplaced.")
                         .arg(d->name)};
}

Done exemplar(Project &project, const QCommandLineParser &parser, const QStringList &args, bool add)
{
    auto theme = project.themeByName(args.mid(0, args.size() - 1).join(u' '));
    if (!theme)
        return std::unexpected(theme.error());
    const auto segment = idArgument(args.last());
    if (!segment)
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::cli::more_edits",
                                                "The SEGMENT is its id, a number (segments lists them)."));
    std::optional<int> position;
    if (add && parser.isSet(QStringLiteral("position")))
        position = parser.value(QStringLiteral("position")).toInt() - 1;
    if (auto ok = add ? project.addExemplar(theme->id, *segment, position) : project.removeExemplar(theme->id, *segment); !ok)
        return std::unexpected(ok.error());
    auto now = project.exemplarsOf(theme->id);
    if (!now)
        return std::unexpected(now.error());
    QJsonArray list;
    for (const SegmentInfo &s : *now)
        list.append(QJsonObject{{QStringLiteral("segment"), qint64(s.id)}, {QStringLiteral("source"), s.sourceName}});
    return EditVerb::Changed{QJsonObject{{QStringLiteral("theme"), theme->name}, {QStringLiteral("guid"), theme->guid},
                                 {QStringLiteral("exemplars"), list}},
                     QCoreApplication::translate("gw::cli::more_edits", "The theme \"%1\" has %2 exemplar quote(s).")
                         .arg(theme->name)
                         .arg(now->size())};
}

Done disagreementsOf(Project &project, const QCommandLineParser &parser, std::vector<Disagreement> &found)
{
    const QStringList coders = parser.value(QStringLiteral("coders")).split(u',', Qt::SkipEmptyParts);
    if (coders.size() != 2)
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::cli::more_edits", "Give the two coders as --coders A,B."));
    DisagreementRequest request{coders[0].trimmed(), coders[1].trimmed(), {}, {}};
    if (parser.isSet(QStringLiteral("code"))) {
        auto c = project.codeByName(parser.value(QStringLiteral("code")));
        if (!c)
            return std::unexpected(c.error());
        request.codeIds.push_back(c->id);
    }
    auto list = findDisagreements(project, request);
    if (!list)
        return std::unexpected(list.error());
    found = std::move(*list);
    QJsonArray json;
    QStringList lines;
    for (std::size_t i = 0; i < found.size(); ++i) {
        const Disagreement &d = found[i];
        json.append(QJsonObject{{QStringLiteral("number"), qint64(i + 1)},
                                {QStringLiteral("source"), d.sourceName},
                                {QStringLiteral("code"), d.code},
                                {QStringLiteral("start"), qint64(d.start)},
                                {QStringLiteral("end"), qint64(d.end)},
                                {QStringLiteral("what"), describe(d, request.first, request.second)},
                                {QStringLiteral("text"), d.text}});
        lines << QStringLiteral("%1\t%2\t%3\t%4").arg(i + 1).arg(d.sourceName, d.code, describe(d, request.first, request.second));
    }
    //: The last line of the list: how many disagreements it numbers.
    lines << QCoreApplication::translate("gw::cli::more_edits", "%1 disagreements.").arg(found.size());
    return EditVerb::Changed{QJsonObject{{QStringLiteral("first"), request.first}, {QStringLiteral("second"), request.second},
                                 {QStringLiteral("disagreements"), json}},
                     lines.join(u'\n')};
}

void coderOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("coders"),
                      QCoreApplication::translate("gw::cli::more_edits", "The two coders compared, as A,B."),
                      QStringLiteral("A,B")});
    parser.addOption({QStringLiteral("code"),
                      QCoreApplication::translate("gw::cli::more_edits", "Only the disagreements on this code."),
                      QStringLiteral("NAME")});
}

} // namespace

std::vector<std::unique_ptr<Verb>> makeMoreEditVerbs()
{
    std::vector<std::unique_ptr<Verb>> verbs;
    // The NAME argument, described as the verb's own sentence.
    const auto named = [](const QString &description) {
        return [description](QCommandLineParser &parser) {
            parser.addPositionalArgument(QStringLiteral("NAME"), description);
        };
    };
    verbs.push_back(std::make_unique<FunctionEditVerb>(
        QStringLiteral("theme remove"), // data: the verb's name
        QCoreApplication::translate("gw::cli::more_edits", "Remove a theme; its codes become unplaced."),
        QCoreApplication::translate("gw::cli::more_edits", "give the theme's NAME."), 1,
        named(QCoreApplication::translate("gw::cli::more_edits", "The theme's name.")),
        [](Project &p, const QCommandLineParser &, const QStringList &a) { return removeTier(p, a, true); }));
    verbs.push_back(std::make_unique<FunctionEditVerb>(
        QStringLiteral("dimension remove"), // data: the verb's name
        QCoreApplication::translate("gw::cli::more_edits", "Remove a dimension; its themes become unplaced."),
        QCoreApplication::translate("gw::cli::more_edits", "give the dimension's NAME."), 1,
        named(QCoreApplication::translate("gw::cli::more_edits", "The dimension's name.")),
        [](Project &p, const QCommandLineParser &, const QStringList &a) { return removeTier(p, a, false); }));
    for (const bool add : {true, false})
        verbs.push_back(std::make_unique<FunctionEditVerb>(
            add ? QStringLiteral("theme exemplar add") : QStringLiteral("theme exemplar remove"), // data: verb names
            add ? QCoreApplication::translate("gw::cli::more_edits",
                                              "Choose a segment as an exemplar quote of a theme.")
                : QCoreApplication::translate("gw::cli::more_edits", "Take a segment off a theme's exemplar quotes."),
            QCoreApplication::translate("gw::cli::more_edits", "give the THEME and the SEGMENT's id."), 2,
            [add](QCommandLineParser &parser) {
                parser.addPositionalArgument(QStringLiteral("THEME"),
                                             QCoreApplication::translate("gw::cli::more_edits", "The theme."));
                parser.addPositionalArgument(
                    QStringLiteral("SEGMENT"),
                    QCoreApplication::translate("gw::cli::more_edits", "The segment's id (segments lists them)."));
                if (add)
                    parser.addOption(
                        {QStringLiteral("position"),
                         QCoreApplication::translate("gw::cli::more_edits",
                                                     "Its place among the theme's exemplars (1: first)."),
                         QStringLiteral("N")});
            },
            [add](Project &p, const QCommandLineParser &parser, const QStringList &a) { return exemplar(p, parser, a, add); }));
    verbs.push_back(std::make_unique<FunctionEditVerb>(
        QStringLiteral("memo disconfirming"), // data: the verb's name
        QCoreApplication::translate("gw::cli::more_edits", "Flag a memo as disconfirming evidence (or not, --off)."),
        QCoreApplication::translate("gw::cli::more_edits", "give the memo's ID (memo list shows them)."), 1,
        [](QCommandLineParser &parser) {
            parser.addPositionalArgument(QStringLiteral("ID"),
                                         QCoreApplication::translate("gw::cli::more_edits", "The memo's id."));
            parser.addOption(
                {QStringLiteral("off"), QCoreApplication::translate("gw::cli::more_edits", "Take the flag off.")});
        },
        [](Project &p, const QCommandLineParser &parser, const QStringList &a) -> Done {
            const auto id = idArgument(a[0]);
            if (!id)
                return fail(ErrorKind::InvalidInput,
                            QCoreApplication::translate("gw::cli::more_edits",
                                                        "The memo's ID is a number (memo list shows them)."));
            const bool on = !parser.isSet(QStringLiteral("off"));
            if (auto ok = p.setMemoDisconfirming(*id, on); !ok)
                return std::unexpected(ok.error());
            return EditVerb::Changed{QJsonObject{{QStringLiteral("id"), qint64(*id)}, {QStringLiteral("disconfirming"), on}},
                             on ? QCoreApplication::translate("gw::cli::more_edits",
                                                              "Memo %1 is flagged as disconfirming evidence.")
                                      .arg(*id)
                                : QCoreApplication::translate("gw::cli::more_edits",
                                                              "Memo %1 is no longer flagged as disconfirming.")
                                      .arg(*id)};
        }));
    verbs.push_back(std::make_unique<FunctionEditVerb>(
        QStringLiteral("segment adjust"), // data: the verb's name
        QCoreApplication::translate("gw::cli::more_edits", "Move a segment's bounds (or give it another code)."),
        QCoreApplication::translate("gw::cli::more_edits",
                                    "give the segment's ID and --start S --end E (or --code NAME)."),
        1,
        [](QCommandLineParser &parser) {
            parser.addPositionalArgument(
                QStringLiteral("ID"),
                QCoreApplication::translate("gw::cli::more_edits", "The segment's id (segments lists them)."));
            parser.addOption({QStringLiteral("start"),
                              QCoreApplication::translate("gw::cli::more_edits", "Its new start (code points)."),
                              QStringLiteral("S")});
            parser.addOption({QStringLiteral("end"),
                              QCoreApplication::translate("gw::cli::more_edits", "Its new end (code points)."),
                              QStringLiteral("E")});
            parser.addOption({QStringLiteral("code"),
                              QCoreApplication::translate("gw::cli::more_edits", "Its new code."),
                              QStringLiteral("NAME")});
        },
        [](Project &p, const QCommandLineParser &parser, const QStringList &a) -> Done {
            const auto id = idArgument(a[0]);
            if (!id)
                return fail(ErrorKind::InvalidInput,
                            QCoreApplication::translate("gw::cli::more_edits",
                                                        "The segment's ID is a number (segments lists them)."));
            auto s = p.segment(*id);
            if (!s)
                return std::unexpected(s.error());
            Id codeId = s->codeId;
            if (parser.isSet(QStringLiteral("code"))) {
                auto c = p.codeByName(parser.value(QStringLiteral("code")));
                if (!c)
                    return std::unexpected(c.error());
                codeId = c->id;
            }
            const std::int64_t start = parser.isSet(QStringLiteral("start")) ? parser.value(QStringLiteral("start")).toLongLong() : s->start;
            const std::int64_t end = parser.isSet(QStringLiteral("end")) ? parser.value(QStringLiteral("end")).toLongLong() : s->end;
            if (auto ok = p.updateSegment(*id, codeId, start, end); !ok)
                return std::unexpected(ok.error());
            auto now = p.segment(*id);
            if (!now)
                return std::unexpected(now.error());
            return EditVerb::Changed{QJsonObject{{QStringLiteral("id"), qint64(*id)}, {QStringLiteral("guid"), now->guid},
                                         {QStringLiteral("code"), now->codeName}, {QStringLiteral("start"), qint64(now->start)},
                                         {QStringLiteral("end"), qint64(now->end)}},
                             //: %1 is the segment's id, %2 its code, %3 and %4 its start and end.
                             QCoreApplication::translate("gw::cli::more_edits", "Segment %1 is now %2 at %3–%4.")
                                 .arg(*id)
                                 .arg(now->codeName)
                                 .arg(now->start)
                                 .arg(now->end)};
        }));
    verbs.push_back(std::make_unique<FunctionEditVerb>(
        QStringLiteral("autocode speaker"), // data: the verb's name
        QCoreApplication::translate("gw::cli::more_edits", "Code every turn of a speaker with a code."),
        QCoreApplication::translate("gw::cli::more_edits", "give the SPEAKER and --code NAME."), 1,
        [](QCommandLineParser &parser) {
            parser.addPositionalArgument(
                QStringLiteral("SPEAKER"),
                QCoreApplication::translate("gw::cli::more_edits", "The speaker label, as the transcripts write it."));
            parser.addOption({QStringLiteral("code"),
                              QCoreApplication::translate("gw::cli::more_edits", "The code to give every turn."),
                              QStringLiteral("NAME")});
        },
        [](Project &p, const QCommandLineParser &parser, const QStringList &a) -> Done {
            auto code = p.codeByName(parser.value(QStringLiteral("code")));
            if (!code)
                return std::unexpected(code.error());
            const QString speaker = a.join(u' ');
            auto plan = speakerTurnsToCode(p, speaker, code->id);
            if (!plan)
                return std::unexpected(plan.error());
            std::size_t coded = 0;
            if (!plan->ranges.empty()) {
                auto segments = p.applyCodes(code->id, plan->ranges);
                if (!segments)
                    return std::unexpected(segments.error());
                coded = segments->size();
            }
            return EditVerb::Changed{QJsonObject{{QStringLiteral("speaker"), speaker}, {QStringLiteral("code"), code->name},
                                         {QStringLiteral("coded"), qint64(coded)}, {QStringLiteral("already"), plan->covered}},
                             QCoreApplication::translate("gw::cli::more_edits",
                                                         "Coded %1 turns of %2 with \"%3\" (%4 were coded already).")
                                 .arg(coded)
                                 .arg(speaker, code->name)
                                 .arg(plan->covered)};
        }));
    verbs.push_back(std::make_unique<FunctionEditVerb>(
        QStringLiteral("disagreements list"), // data: the verb's name
        QCoreApplication::translate("gw::cli::more_edits", "Number the passages two coders coded differently."),
        QCoreApplication::translate("gw::cli::more_edits", "give the coders as --coders A,B."), 0, coderOptions,
        [](Project &p, const QCommandLineParser &parser, const QStringList &) {
            std::vector<Disagreement> found;
            return disagreementsOf(p, parser, found);
        }));
    verbs.push_back(std::make_unique<FunctionEditVerb>(
        QStringLiteral("disagreements resolve"), // data: the verb's name
        QCoreApplication::translate("gw::cli::more_edits",
                                    "Resolve a disagreement (its number in disagreements list)."),
        //: first, second, both and neither are what --accept takes: they stay as they are.
        QCoreApplication::translate(
            "gw::cli::more_edits",
            "give the disagreement's NUMBER, --coders A,B and --accept first|second|both|neither."),
        1,
        [](QCommandLineParser &parser) {
            coderOptions(parser);
            parser.addPositionalArgument(
                QStringLiteral("NUMBER"),
                QCoreApplication::translate("gw::cli::more_edits", "The disagreement's number."));
            //: first, second, both and neither are what --accept takes: they stay as they are.
            parser.addOption({QStringLiteral("accept"),
                              QCoreApplication::translate("gw::cli::more_edits", "first, second, both or neither."),
                              QStringLiteral("WHOSE")});
        },
        [](Project &p, const QCommandLineParser &parser, const QStringList &a) -> Done {
            std::vector<Disagreement> found;
            if (auto listed = disagreementsOf(p, parser, found); !listed)
                return listed;
            const auto number = idArgument(a[0]);
            if (!number || *number > Id(found.size()))
                return fail(ErrorKind::InvalidInput,
                            QCoreApplication::translate("gw::cli::more_edits",
                                                        "There are %1 disagreements; give a NUMBER from "
                                                        "disagreements list.")
                                .arg(found.size()));
            const QString accept = parser.value(QStringLiteral("accept")).trimmed().toLower();
            const std::optional<Resolution> resolution = accept == u"first"    ? std::optional(Resolution::AcceptFirst)
                                                         : accept == u"second" ? std::optional(Resolution::AcceptSecond)
                                                         : accept == u"both"   ? std::optional(Resolution::Both)
                                                         : accept == u"neither" ? std::optional(Resolution::Neither)
                                                                                : std::nullopt;
            if (!resolution)
                //: first, second, both and neither are what --accept takes: they stay as they are.
                return fail(ErrorKind::InvalidInput,
                            QCoreApplication::translate("gw::cli::more_edits",
                                                        "--accept is first, second, both or neither."));
            const QStringList coders = parser.value(QStringLiteral("coders")).split(u',', Qt::SkipEmptyParts);
            const Disagreement &d = found[std::size_t(*number - 1)];
            auto command = ResolveDisagreement::make(p, d, coders[0].trimmed(), coders[1].trimmed(), *resolution);
            if (!command)
                return std::unexpected(command.error());
            (*command)->redo();
            if ((*command)->isObsolete())
                return fail(ErrorKind::Database,
                            QCoreApplication::translate("gw::cli::more_edits",
                                                        "The resolution could not be written; see the log."));
            return EditVerb::Changed{QJsonObject{{QStringLiteral("number"), qint64(*number)}, {QStringLiteral("source"), d.sourceName},
                                         {QStringLiteral("code"), d.code}, {QStringLiteral("resolution"), toString(*resolution)}},
                             //: %1 is the disagreement's number, %2 its code, %3 its source, %4 how it was resolved
                             //: (as the program names it, e.g. "accept first", which stays English).
                             QCoreApplication::translate("gw::cli::more_edits", "Resolved %1 (%2 in %3): %4.")
                                 .arg(*number)
                                 .arg(d.code, d.sourceName, toString(*resolution))};
        }));
    return verbs;
}

} // namespace gw::cli

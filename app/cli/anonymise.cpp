// source edit, anonymise and export anonymised: the edits of sources' texts.
// Both edits carry every segment along (the segments a change falls inside or
// across follow its words) and are refused whole when a segment would be left
// without text; --dry-run says first what would change.
#include "app/cli/common.h"
#include "app/cli/verbs.h"
#include "core/analysis/anonymisation.h"
#include "core/export/anonymised_copy.h"
#include "core/text/positions.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <map>
#include <set>

namespace gw::cli {

namespace {

std::optional<qsizetype> number(const QCommandLineParser &parser, const QString &option)
{
    if (!parser.isSet(option))
        return std::nullopt;
    bool ok = false;
    const qsizetype n = parser.value(option).toLongLong(&ok);
    return ok && n >= 0 ? std::optional(n) : std::nullopt;
}

class SourceEditVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("source edit"); } // data: verb name
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::anonymise",
                                           "Correct a source's text; segments follow their words.");
    }
    QString description() const override
    {
        return QCoreApplication::translate(
            "gw::cli::anonymise",
            "Change the text of the source NAME: --replace OLD --with NEW (OLD must occur once,\n"
            "or give --all), or --start S --end E --with NEW (code point positions, as segments\n"
            "list them). Segments away from the change keep their words; those it falls inside\n"
            "or across are stretched or cut to follow it; the edit is refused when it would\n"
            "delete all of a segment's text. The workbench can undo it.\n\n"
            "Example: groundwork-cli source edit -p study.groundwork \"Interview 4\" --replace \"sight visit\" "
            "--with \"site visit\"");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addOption({QStringLiteral("replace"),
                          QCoreApplication::translate("gw::cli::anonymise", "The words to change."),
                          QStringLiteral("OLD")});
        parser.addOption({QStringLiteral("with"),
                          QCoreApplication::translate("gw::cli::anonymise",
                                                      "What to put in their place (may be empty)."),
                          QStringLiteral("NEW")});
        parser.addOption({QStringLiteral("all"),
                          QCoreApplication::translate("gw::cli::anonymise", "Change every occurrence of OLD.")});
        parser.addOption({QStringLiteral("start"),
                          QCoreApplication::translate("gw::cli::anonymise", "Start of the text to change."),
                          QStringLiteral("S")});
        parser.addOption({QStringLiteral("end"),
                          QCoreApplication::translate("gw::cli::anonymise", "End of the text to change."),
                          QStringLiteral("E")});
        parser.addOption({QStringLiteral("dry-run"),
                          QCoreApplication::translate("gw::cli::anonymise", "Say what would change; change nothing.")});
        parser.addPositionalArgument(QStringLiteral("NAME"),
                                     QCoreApplication::translate("gw::cli::anonymise", "The source."));
    }
    int run(const QCommandLineParser &parser, Io &io) const override
    {
        const QStringList args = parser.positionalArguments();
        const bool byText = parser.isSet(QStringLiteral("replace"));
        const auto start = number(parser, QStringLiteral("start")), end = number(parser, QStringLiteral("end"));
        if (args.size() != 1 || !parser.isSet(QStringLiteral("with")) || byText == (start || end) ||
            (!byText && (!start || !end))) {
            io.err << QCoreApplication::translate("gw::cli::anonymise",
                                                  "groundwork-cli source edit: give the source's NAME, then --replace "
                                                  "OLD --with NEW, or --start S --end E --with NEW.\n");
            return Usage;
        }
        const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
        auto project = openProject(parser, io); // a dry run makes the edit and rolls it back
        if (!project)
            return Usage;
        auto s = project->sourceByName(args[0]);
        if (!s) {
            //: %1 says which source was not found.
            io.err << QCoreApplication::translate(
                          "gw::cli::anonymise", "groundwork-cli source edit: %1 (groundwork-cli sources lists them).\n")
                          .arg(s.error().message);
            return Usage;
        }
        auto text = project->sourceText(s->id);
        if (!text)
            return reportError(io, text.error());
        const QString with = parser.value(QStringLiteral("with"));
        SourceTextEdit edit{s->id, {}, {}};
        if (byText) {
            const QString old = parser.value(QStringLiteral("replace"));
            if (old.isEmpty()) {
                io.err << QCoreApplication::translate(
                    "gw::cli::anonymise", "groundwork-cli source edit: --replace needs the words to change.\n");
                return Usage;
            }
            for (qsizetype at = text->indexOf(old); at >= 0; at = text->indexOf(old, at + old.size())) {
                const qsizetype cp = text::codePointIndex(*text, at);
                edit.replacements.push_back({cp, cp + text::codePointLength(old), with});
            }
            if (edit.replacements.empty()) {
                io.err << QCoreApplication::translate("gw::cli::anonymise",
                                                      "groundwork-cli source edit: \"%1\" is not in the text of "
                                                      "\"%2\".\n")
                              .arg(old, s->name);
                return Usage;
            }
            if (edit.replacements.size() > 1 && !parser.isSet(QStringLiteral("all"))) {
                io.err << QCoreApplication::translate("gw::cli::anonymise",
                                                      "groundwork-cli source edit: \"%1\" occurs %2 times in \"%3\"; "
                                                      "give more of the words, or --all.\n")
                              .arg(old, QString::number(edit.replacements.size()), s->name);
                return Usage;
            }
        } else {
            edit.replacements.push_back({*start, *end, with});
        }
        std::vector<SourceTextEdit> edits{edit};
        Result<SourceTextChange> change = std::unexpected(Error{});
        if (dryRun) {
            // Made and rolled back: the same checks and the same count, nothing kept.
            if (auto ok = project->database().exec(QStringLiteral("SAVEPOINT dry_run")); !ok) // data: SQL, as below
                return reportError(io, ok.error());
            change = project->editSourceTexts(edits, QStringLiteral("source.edit"), {});
            if (auto ok = project->database().exec(QStringLiteral("ROLLBACK TO dry_run; RELEASE dry_run")); !ok) // data
                return reportError(io, ok.error());
        } else {
            change = project->editSourceTexts(edits, QStringLiteral("source.edit"), {{QStringLiteral("guid"), s->guid}});
        }
        if (!change)
            return reportError(io, change.error(), change.error().kind == ErrorKind::InvalidInput ? Usage : Failed);
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray touched;
            for (const Id id : change->touchedSegments)
                touched.append(qint64(id));
            writeJson(io, QJsonDocument(QJsonObject{{QStringLiteral("id"), qint64(s->id)},
                                                    {QStringLiteral("guid"), s->guid},
                                                    {QStringLiteral("dry_run"), dryRun},
                                                    {QStringLiteral("replacements"), qint64(change->replacements)},
                                                    {QStringLiteral("segments_adjusted"), touched}}));
            return Ok;
        }
        QString said;
        if (dryRun)
            said = change->replacements == 1
                       ? QCoreApplication::translate("gw::cli::anonymise",
                                                     "Would change %1 place in \"%2\"; %3 segment(s) would follow "
                                                     "the new words.\n")
                       : QCoreApplication::translate("gw::cli::anonymise",
                                                     "Would change %1 places in \"%2\"; %3 segment(s) would follow "
                                                     "the new words.\n");
        else
            said = change->replacements == 1
                       ? QCoreApplication::translate("gw::cli::anonymise",
                                                     "Changed %1 place in \"%2\"; %3 segment(s) followed the new "
                                                     "words.\n")
                       : QCoreApplication::translate("gw::cli::anonymise",
                                                     "Changed %1 places in \"%2\"; %3 segment(s) followed the new "
                                                     "words.\n");
        io.out << said.arg(QString::number(change->replacements), s->name,
                           QString::number(change->touchedSegments.size()));
        return Ok;
    }
};

// The other fields a plan rewrites, counted by "table.column".
QJsonObject otherFields(const AnonymisationPlan &plan)
{
    QJsonObject json;
    for (const auto &[field, n] : fieldsByColumn(plan.fields))
        json.insert(field, n);
    return json;
}

class AnonymiseVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("anonymise"); }
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::anonymise", "Replace names by placeholders in every source.");
    }
    QString description() const override
    {
        return QCoreApplication::translate(
            "gw::cli::anonymise",
            "Replace every whole-word occurrence of the names in NAMES (one \"name,placeholder\" per\n"
            "line, .csv or .xlsx; the placeholder may be left out: \"[name_1]\", \"[name_2]\"... are\n"
            "made up, numbered on past those the texts already hold) in every source's text,\n"
            "speaker labels and name, longest name first, and in the project's other texts: memos,\n"
            "cases and attribute values, code, theme and dimension labels and definitions,\n"
            "comments (not the audit log, which an anonymised copy leaves out). Each name gets one\n"
            "placeholder everywhere; every segment follows its words. The mapping (name,\n"
            "placeholder, occurrences) is written to MAPPING, which must lie outside the project:\n"
            "keep it apart, and share the copy that `export anonymised` writes. --dry-run lists\n"
            "every replacement and changes nothing.\n\n"
            "Example: groundwork-cli anonymise -p study.groundwork --names names.csv --mapping "
            "~/private/mapping.csv");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addOption({QStringLiteral("names"),
                          QCoreApplication::translate("gw::cli::anonymise", "The names and their placeholders."),
                          QStringLiteral("NAMES")});
        parser.addOption({QStringLiteral("mapping"),
                          QCoreApplication::translate("gw::cli::anonymise",
                                                      "Where to write the mapping (not in the project)."),
                          QStringLiteral("MAPPING")});
        parser.addOption({QStringLiteral("ignore-case"),
                          //: "Case" as in upper and lower case letters.
                          QCoreApplication::translate("gw::cli::anonymise",
                                                      "Also replace the names written in another case.")});
        parser.addOption({QStringLiteral("dry-run"),
                          QCoreApplication::translate("gw::cli::anonymise",
                                                      "List every replacement; change nothing.")});
    }
    int run(const QCommandLineParser &parser, Io &io) const override
    {
        const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
        const QString namesFile = parser.value(QStringLiteral("names")), mapping = parser.value(QStringLiteral("mapping"));
        if (namesFile.isEmpty() || (mapping.isEmpty() && !dryRun) || !parser.positionalArguments().isEmpty()) {
            io.err << QCoreApplication::translate(
                "gw::cli::anonymise", "groundwork-cli anonymise: give --names NAMES.csv and --mapping MAPPING.csv.\n");
            return Usage;
        }
        auto names = readAnonymousNames(namesFile);
        if (!names)
            return reportError(io, names.error(), Usage);
        auto project = openProject(parser, io, dryRun ? Access::Read : Access::Write);
        if (!project)
            return Usage;
        auto plan = planAnonymisation(*project, std::move(*names), {parser.isSet(QStringLiteral("ignore-case"))});
        if (!plan)
            return reportError(io, plan.error());
        if (!dryRun) {
            if (auto ok = writeAnonymisationMapping(*plan, mapping, project->path()); !ok)
                return reportError(io, ok.error(), Usage);
            auto change = project->editSourceTexts(anonymisationEdits(*plan), QStringLiteral("anonymise"),
                                                   {{QStringLiteral("names"), qint64(plan->names.size())}});
            if (!change)
                return reportError(io, change.error());
            if (auto ok = writeAnonymisedFields(*project, plan->fields, false); !ok)
                return reportError(io, ok.error());
        }
        std::map<Id, QString> sourceNames;
        if (auto sources = project->sources())
            for (const SourceInfo &s : *sources)
                sourceNames[s.id] = s.name;
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray placeholders, hits;
            for (std::size_t i = 0; i < plan->names.size(); ++i)
                placeholders.append(QJsonObject{{QStringLiteral("placeholder"), plan->names[i].placeholder},
                                         {QStringLiteral("occurrences"), qint64(plan->counts[i])}});
            if (dryRun)
                for (const AnonymisationHit &h : plan->hits)
                    hits.append(QJsonObject{{QStringLiteral("source"), sourceNames[h.sourceId]},
                                            {QStringLiteral("start"), qint64(h.start)},
                                            {QStringLiteral("end"), qint64(h.end)},
                                            {QStringLiteral("found"), h.found},
                                            {QStringLiteral("placeholder"), plan->names[std::size_t(h.name)].placeholder}});
            QJsonObject doc{{QStringLiteral("dry_run"), dryRun},
                            {QStringLiteral("replacements"), qint64(plan->hits.size())},
                            {QStringLiteral("speaker_labels"), qint64(plan->speakers.size())},
                            {QStringLiteral("sources_renamed"), qint64(plan->sourceNames.size())},
                            {QStringLiteral("other_fields"), otherFields(*plan)},
                            {QStringLiteral("names"), placeholders}};
            if (dryRun)
                doc.insert(QStringLiteral("hits"), hits);
            else
                doc.insert(QStringLiteral("mapping"), QFileInfo(mapping).absoluteFilePath());
            writeJson(io, QJsonDocument(doc));
            return Ok;
        }
        if (dryRun)
            for (const AnonymisationHit &h : plan->hits)
                io.out << sourceNames[h.sourceId] << " @" << h.start << ": …" << h.before << "[" << h.found << " → "
                       << plan->names[std::size_t(h.name)].placeholder << "]" << h.after << "…\n";
        std::set<Id> touched;
        for (const AnonymisationHit &h : plan->hits)
            touched.insert(h.sourceId);
        // One sentence of parts, each there only when it has something to say.
        io.out << (dryRun ? QCoreApplication::translate("gw::cli::anonymise",
                                                        "Would replace %1 occurrences of %2 names in %3 sources")
                          : QCoreApplication::translate("gw::cli::anonymise",
                                                        "Replaced %1 occurrences of %2 names in %3 sources"))
                          .arg(QString::number(plan->hits.size()), QString::number(plan->names.size()),
                               QString::number(touched.size()));
        if (!plan->speakers.empty())
            //: Continues "Replaced N occurrences of N names in N sources"; mind the space it starts with.
            io.out << QCoreApplication::translate("gw::cli::anonymise", " and %1 speaker labels")
                          .arg(plan->speakers.size());
        if (!plan->sourceNames.empty())
            //: Continues "Replaced N occurrences of N names in N sources".
            io.out << QCoreApplication::translate("gw::cli::anonymise", ", renaming %1 sources")
                          .arg(plan->sourceNames.size());
        if (!plan->fields.empty()) {
            QStringList fields;
            for (const auto &[kind, n] : otherFieldsByKind(*plan))
                fields << QStringLiteral("%1 (%2)").arg(kind).arg(n);
            //: Continues "Replaced N occurrences of N names in N sources"; %1 lists the kinds of text with counts.
            io.out << QCoreApplication::translate("gw::cli::anonymise", "; and in the project's other texts: %1")
                          .arg(fields.join(QStringLiteral(", ")));
        }
        io.out << ".";
        if (!dryRun)
            //: After the sentence saying what was replaced; mind the space it starts with.
            io.out << QCoreApplication::translate("gw::cli::anonymise",
                                                  " The mapping is in %1; keep it apart from the project.")
                          .arg(mapping);
        io.out << '\n';
        return Ok;
    }
};

class ExportAnonymisedVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("export anonymised"); } // data: verb name
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::anonymise",
                                           "Write an anonymised copy to share (.groundwork or .qdpx).");
    }
    QString description() const override
    {
        return QCoreApplication::translate(
            "gw::cli::anonymise",
            "Write a copy of the project to share, after `anonymise`: a fresh file without the\n"
            "audit log's history or the sources' original file names, its search index rebuilt.\n"
            "With --mapping (the file anonymise wrote) the copy is read back whole and refused,\n"
            "naming where, if any of the names is still written in it (a memo, a source's name).\n"
            "OUT ending in .qdpx writes the copy as REFI-QDA. An existing OUT is never overwritten.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addOption({QStringLiteral("mapping"),
                          QCoreApplication::translate("gw::cli::anonymise", "The names that must not be left."),
                          QStringLiteral("MAPPING")});
        parser.addPositionalArgument(QStringLiteral("OUT"),
                                     QCoreApplication::translate("gw::cli::anonymise",
                                                                 "The copy (.groundwork or .qdpx)."));
    }
    int run(const QCommandLineParser &parser, Io &io) const override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 1) {
            io.err << QCoreApplication::translate(
                "gw::cli::anonymise",
                "groundwork-cli export anonymised: give the copy to write, OUT.groundwork or OUT.qdpx.\n");
            return Usage;
        }
        std::vector<AnonymousName> names;
        if (parser.isSet(QStringLiteral("mapping"))) {
            auto read = readAnonymousNames(parser.value(QStringLiteral("mapping")));
            if (!read)
                return reportError(io, read.error(), Usage);
            names = std::move(*read);
        }
        auto project = openProject(parser, io, Access::Read);
        if (!project)
            return Usage;
        auto copy = exportAnonymisedCopy(*project, args[0], names);
        if (!copy)
            return reportError(io, copy.error());
        if (parser.isSet(QStringLiteral("json"))) {
            writeJson(io, QJsonDocument(QJsonObject{{QStringLiteral("path"), copy->path},
                                                    {QStringLiteral("sources"), qint64(copy->sources)},
                                                    {QStringLiteral("bytes"), qint64(copy->bytes)},
                                                    {QStringLiteral("checked_names"), qint64(names.size())}}));
            return Ok;
        }
        if (names.empty())
            io.out << QCoreApplication::translate("gw::cli::anonymise", "Wrote %1 (%2 sources).\n")
                          .arg(copy->path, QString::number(copy->sources));
        else
            io.out << QCoreApplication::translate("gw::cli::anonymise",
                                                  "Wrote %1 (%2 sources); none of the %3 names is left in it.\n")
                          .arg(copy->path, QString::number(copy->sources), QString::number(names.size()));
        return Ok;
    }
};

} // namespace

std::unique_ptr<Verb> makeSourceEditVerb() { return std::make_unique<SourceEditVerb>(); }
std::unique_ptr<Verb> makeAnonymiseVerb() { return std::make_unique<AnonymiseVerb>(); }
std::unique_ptr<Verb> makeExportAnonymisedVerb() { return std::make_unique<ExportAnonymisedVerb>(); }

} // namespace gw::cli

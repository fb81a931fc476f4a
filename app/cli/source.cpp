// source rename / source kind / source remove: looking after the sources.
// Each writes one audited edit and, with --json, says what it changed (ids and
// GUIDs). A removal takes the source's segments, turns, case links and memos
// (the workbench can undo it; here it is final, so --dry-run says first what
// it would take).
#include "app/cli/common.h"
#include "app/cli/verbs.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace gw::cli {

namespace {

// The source named NAME, or an exit code after saying why.
Result<SourceInfo> namedSource(Project &project, const QString &name, Io &io, const QString &verb)
{
    auto s = project.sourceByName(name);
    if (!s)
        io.err << QCoreApplication::translate("gw::cli::source",
                                              "groundwork-cli %1: %2 (groundwork-cli sources lists them).\n")
                      .arg(verb, s.error().message);
    return s;
}

class SourceRenameVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("source rename"); } // data: verb name
    QString summary() const override { return QCoreApplication::translate("gw::cli::source", "Rename a source."); }
    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addPositionalArgument(QStringLiteral("NAME"),
                                     QCoreApplication::translate("gw::cli::source", "The source's name now."));
        parser.addPositionalArgument(QStringLiteral("NEW"),
                                     QCoreApplication::translate("gw::cli::source", "Its new name."));
    }
    int run(const QCommandLineParser &parser, Io &io) const override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 2) {
            io.err << QCoreApplication::translate(
                "gw::cli::source", "groundwork-cli source rename: give the source's NAME and its NEW name.\n");
            return Usage;
        }
        auto project = openProject(parser, io);
        if (!project)
            return Usage;
        auto s = namedSource(*project, args[0], io, name());
        if (!s)
            return Usage;
        if (auto ok = project->renameSource(s->id, args[1]); !ok)
            return reportError(io, ok.error(), ok.error().kind == ErrorKind::Io ? Failed : Usage);
        if (parser.isSet(QStringLiteral("json"))) {
            writeJson(io, QJsonDocument(QJsonObject{{QStringLiteral("id"), qint64(s->id)},
                                                    {QStringLiteral("guid"), s->guid},
                                                    {QStringLiteral("before"), s->name},
                                                    {QStringLiteral("name"), args[1].simplified()}}));
            return Ok;
        }
        io.out << QCoreApplication::translate("gw::cli::source", "Renamed the source \"%1\" to \"%2\".\n")
                      .arg(s->name, args[1].simplified());
        return Ok;
    }
};

class SourceKindVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("source kind"); } // data: verb name
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::source", "Make a source an interview, observation or document.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addPositionalArgument(QStringLiteral("NAME"),
                                     QCoreApplication::translate("gw::cli::source", "The source."));
        parser.addPositionalArgument(QStringLiteral("KIND"),
                                     QCoreApplication::translate("gw::cli::source",
                                                                 "interview, observation or document."));
    }
    int run(const QCommandLineParser &parser, Io &io) const override
    {
        const QStringList args = parser.positionalArguments();
        const auto kind = args.size() == 2 ? sourceKindFromString(args[1]) : std::nullopt;
        if (!kind) {
            io.err << QCoreApplication::translate("gw::cli::source",
                                                  "groundwork-cli source kind: give the source's NAME and its KIND "
                                                  "(interview, observation or document).\n");
            return Usage;
        }
        auto project = openProject(parser, io);
        if (!project)
            return Usage;
        auto s = namedSource(*project, args[0], io, name());
        if (!s)
            return Usage;
        if (auto ok = project->setSourceKind(s->id, *kind); !ok)
            return reportError(io, ok.error());
        if (parser.isSet(QStringLiteral("json"))) {
            writeJson(io, QJsonDocument(QJsonObject{{QStringLiteral("id"), qint64(s->id)},
                                                    {QStringLiteral("guid"), s->guid},
                                                    {QStringLiteral("before"), toString(s->kind)},
                                                    {QStringLiteral("kind"), toString(*kind)}}));
            return Ok;
        }
        if (*kind == SourceKind::Interview)
            //: %2 is the kind as the command line takes it: interview.
            io.out << QCoreApplication::translate("gw::cli::source", "The source \"%1\" is now an %2.\n")
                          .arg(s->name, toString(*kind));
        else
            //: %2 is the kind as the command line takes it: observation or document.
            io.out << QCoreApplication::translate("gw::cli::source", "The source \"%1\" is now a %2.\n")
                          .arg(s->name, toString(*kind));
        return Ok;
    }
};

class SourceRemoveVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("source remove"); } // data: verb name
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::source", "Remove sources with their segments, turns and memos.");
    }
    QString description() const override
    {
        return QCoreApplication::translate(
            "gw::cli::source",
            "Remove each NAME with everything that hangs on it: its segments (and the exemplar\n"
            "and evidence choices citing them), speaker turns, case links, and the memos on it\n"
            "and its segments. The workbench can undo a removal; this cannot, so --dry-run\n"
            "first says what would be taken.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addOption(
            {QStringLiteral("dry-run"),
             QCoreApplication::translate("gw::cli::source", "Say what would be removed; remove nothing.")});
        parser.addPositionalArgument(QStringLiteral("NAME"),
                                     QCoreApplication::translate("gw::cli::source", "The sources to remove."),
                                     QStringLiteral("NAME..."));
    }
    int run(const QCommandLineParser &parser, Io &io) const override
    {
        const QStringList args = parser.positionalArguments();
        if (args.isEmpty()) {
            io.err << QCoreApplication::translate(
                "gw::cli::source", "groundwork-cli source remove: give the NAME of each source to remove.\n");
            return Usage;
        }
        const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
        auto project = openProject(parser, io, dryRun ? Access::Read : Access::Write);
        if (!project)
            return Usage;
        std::vector<Id> ids;
        QJsonArray sources;
        for (const QString &n : args) {
            auto s = namedSource(*project, n, io, name());
            if (!s)
                return Usage;
            ids.push_back(s->id);
            sources.append(QJsonObject{{QStringLiteral("id"), qint64(s->id)},
                                       {QStringLiteral("guid"), s->guid},
                                       {QStringLiteral("name"), s->name}});
        }
        auto removal = dryRun ? project->removalOf(ids) : project->removeSources(ids);
        if (!removal)
            return reportError(io, removal.error());
        if (parser.isSet(QStringLiteral("json"))) {
            writeJson(io, QJsonDocument(QJsonObject{{QStringLiteral("removed"), dryRun ? QJsonArray() : sources},
                                                    {QStringLiteral("would_remove"), dryRun ? sources : QJsonArray()},
                                                    {QStringLiteral("segments"), qint64(removal->segments)},
                                                    {QStringLiteral("memos"), qint64(removal->memos)},
                                                    {QStringLiteral("turns"), qint64(removal->turns)},
                                                    {QStringLiteral("case_links"), qint64(removal->caseLinks)},
                                                    {QStringLiteral("exemplars"), qint64(removal->exemplars)},
                                                    {QStringLiteral("evidence"), qint64(removal->evidence)}}));
            return Ok;
        }
        const QString count = ids.size() == 1 ? QCoreApplication::translate("gw::cli::source", "%1 source")
                                                : QCoreApplication::translate("gw::cli::source", "%1 sources");
        //: %1 is "N source" or "N sources".
        const QString wouldRemove = QCoreApplication::translate(
            "gw::cli::source", "Would remove %1 with %2 segments, %3 turns, %4 memos, %5 case links, "
                               "%6 exemplar choices and %7 pieces of model evidence.\n");
        //: %1 is "N source" or "N sources".
        const QString removed = QCoreApplication::translate(
            "gw::cli::source", "Removed %1 with %2 segments, %3 turns, %4 memos, %5 case links, "
                               "%6 exemplar choices and %7 pieces of model evidence.\n");
        io.out << (dryRun ? wouldRemove : removed)
                      .arg(count.arg(ids.size()), QString::number(removal->segments), QString::number(removal->turns),
                           QString::number(removal->memos), QString::number(removal->caseLinks),
                           QString::number(removal->exemplars), QString::number(removal->evidence));
        return Ok;
    }
};

} // namespace

std::unique_ptr<Verb> makeSourceRenameVerb() { return std::make_unique<SourceRenameVerb>(); }
std::unique_ptr<Verb> makeSourceKindVerb() { return std::make_unique<SourceKindVerb>(); }
std::unique_ptr<Verb> makeSourceRemoveVerb() { return std::make_unique<SourceRemoveVerb>(); }

} // namespace gw::cli

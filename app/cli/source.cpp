// source rename / source kind / source remove: looking after the sources.
// Each writes one audited edit and, with --json, says what it changed (ids and
// GUIDs). A removal takes the source's segments, turns, case links and memos
// (the workbench can undo it; here it is final, so --dry-run says first what
// it would take).
#include "app/cli/common.h"
#include "app/cli/verbs.h"

#include <QJsonArray>
#include <QJsonObject>

namespace gw::cli {

namespace {

// The source named NAME, or an exit code after saying why.
Result<SourceInfo> namedSource(Project &project, const QString &name, Io &io, const QString &verb)
{
    auto s = project.sourceByName(name);
    if (!s)
        io.err << "groundwork-cli " << verb << ": " << s.error().message
               << " (groundwork-cli sources lists them).\n";
    return s;
}

class SourceRenameVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("source rename"); }
    QString summary() const override { return QStringLiteral("Rename a source."); }
    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The source's name now."));
        parser.addPositionalArgument(QStringLiteral("NEW"), QStringLiteral("Its new name."));
    }
    int run(const QCommandLineParser &parser, Io &io) const override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 2) {
            io.err << "groundwork-cli source rename: give the source's NAME and its NEW name.\n";
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
        io.out << "Renamed the source \"" << s->name << "\" to \"" << args[1].simplified() << "\".\n";
        return Ok;
    }
};

class SourceKindVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("source kind"); }
    QString summary() const override { return QStringLiteral("Make a source an interview, observation or document."); }
    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The source."));
        parser.addPositionalArgument(QStringLiteral("KIND"), QStringLiteral("interview, observation or document."));
    }
    int run(const QCommandLineParser &parser, Io &io) const override
    {
        const QStringList args = parser.positionalArguments();
        const auto kind = args.size() == 2 ? sourceKindFromString(args[1]) : std::nullopt;
        if (!kind) {
            io.err << "groundwork-cli source kind: give the source's NAME and its KIND (interview, observation or "
                      "document).\n";
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
        io.out << "The source \"" << s->name << "\" is now " << (*kind == SourceKind::Interview ? "an " : "a ")
               << toString(*kind) << ".\n";
        return Ok;
    }
};

class SourceRemoveVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("source remove"); }
    QString summary() const override { return QStringLiteral("Remove sources with their segments, turns and memos."); }
    QString description() const override
    {
        return QStringLiteral(
            "Remove each NAME with everything that hangs on it: its segments (and the exemplar\n"
            "and evidence choices citing them), speaker turns, case links, and the memos on it\n"
            "and its segments. The workbench can undo a removal; this cannot, so --dry-run\n"
            "first says what would be taken.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addOption({QStringLiteral("dry-run"), QStringLiteral("Say what would be removed; remove nothing.")});
        parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The sources to remove."), QStringLiteral("NAME..."));
    }
    int run(const QCommandLineParser &parser, Io &io) const override
    {
        const QStringList args = parser.positionalArguments();
        if (args.isEmpty()) {
            io.err << "groundwork-cli source remove: give the NAME of each source to remove.\n";
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
        io.out << (dryRun ? "Would remove " : "Removed ") << ids.size() << (ids.size() == 1 ? " source" : " sources")
               << " with " << removal->segments << " segments, " << removal->turns << " turns, " << removal->memos
               << " memos, " << removal->caseLinks << " case links, " << removal->exemplars << " exemplar choices and "
               << removal->evidence << " pieces of model evidence.\n";
        return Ok;
    }
};

} // namespace

std::unique_ptr<Verb> makeSourceRenameVerb() { return std::make_unique<SourceRenameVerb>(); }
std::unique_ptr<Verb> makeSourceKindVerb() { return std::make_unique<SourceKindVerb>(); }
std::unique_ptr<Verb> makeSourceRemoveVerb() { return std::make_unique<SourceRemoveVerb>(); }

} // namespace gw::cli

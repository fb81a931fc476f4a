// model link / model unlink / model evidence: typed influences between model
// elements and the coded segments that support them or speak against them.
#include "app/cli/model_support.h"
#include "app/cli/verbs.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace gw::cli {

namespace {

class ModelLinkVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("model link"); } // data
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::model_links",
                                           "Draw a typed influence from one element to another.");
    }
    QString description() const override
    {
        return QCoreApplication::translate(
            "gw::cli::model_links",
            "Draw an influence FROM -> TO between two elements of the CMO model, of a type\n"
            "(\"model type list\": triggers, mandates, controls, enables, ...), with an\n"
            "optional memo. Prints the link's id, which \"model evidence\" and \"model unlink\"\n"
            "take. Write code:NAME, theme:NAME or dimension:NAME when names repeat. Audited.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addOption({QStringLiteral("type"),
                          QCoreApplication::translate("gw::cli::model_links", "The influence type."),
                          QStringLiteral("TYPE")});
        parser.addOption({QStringLiteral("memo"),
                          QCoreApplication::translate("gw::cli::model_links", "Why the link holds."),
                          QStringLiteral("TEXT")});
        parser.addPositionalArgument(QStringLiteral("FROM"),
                                     QCoreApplication::translate("gw::cli::model_links", "The influencing element."));
        parser.addPositionalArgument(QStringLiteral("TO"),
                                     QCoreApplication::translate("gw::cli::model_links", "The influenced element."));
    }
    int run(const QCommandLineParser &parser, Io &io) const override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 2 || !parser.isSet(QStringLiteral("type"))) {
            io.err << QCoreApplication::translate("gw::cli::model_links",
                                                  "groundwork-cli model link: give FROM TO --type TYPE (quote "
                                                  "names with spaces).\n");
            return Usage;
        }
        auto project = openProject(parser, io);
        if (!project)
            return Usage;
        auto from = findElement(*project, args[0]);
        if (!from)
            return reportError(io, from.error());
        auto to = findElement(*project, args[1]);
        if (!to)
            return reportError(io, to.error());
        auto type = project->influenceTypeByName(parser.value(QStringLiteral("type")));
        if (!type)
            return reportError(io, type.error());
        auto id =
            project->addInfluence(from->id, to->id, type->id, parser.value(QStringLiteral("memo")));
        if (!id)
            return reportError(io, id.error());
        if (parser.isSet(QStringLiteral("json"))) {
            writeJson(io, QJsonDocument(QJsonObject{{QStringLiteral("id"), qint64(*id)},
                                                    {QStringLiteral("from"), from->name},
                                                    {QStringLiteral("to"), to->name},
                                                    {QStringLiteral("type"), type->name}}));
            return Ok;
        }
        //: %1 is the link's id, %3 the influence type (triggers, mandates, ...).
        io.out << QCoreApplication::translate("gw::cli::model_links", "Link %1: \"%2\" %3 \"%4\"\n")
                      .arg(QString::number(*id), from->name, type->name, to->name);
        return Ok;
    }
};

class ModelUnlinkVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("model unlink"); } // data
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::model_links", "Remove an influence with its evidence.");
    }
    QString description() const override
    {
        return QCoreApplication::translate(
            "gw::cli::model_links",
            "Remove a link, given as its id (\"model show\" lists them), as FROM/TO, or as\n"
            "FROM TO; --type picks one of several links between the same two elements.\n"
            "Its evidence goes with it (the segments stay). Audited.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addOption({QStringLiteral("type"),
                          QCoreApplication::translate("gw::cli::model_links", "The influence type."),
                          QStringLiteral("TYPE")});
        parser.addPositionalArgument(
            QStringLiteral("LINK"),
            QCoreApplication::translate("gw::cli::model_links", "The link's id, FROM/TO, or FROM TO."));
    }
    int run(const QCommandLineParser &parser, Io &io) const override
    {
        const QStringList args = parser.positionalArguments();
        if (args.isEmpty() || args.size() > 2) {
            io.err << QCoreApplication::translate(
                "gw::cli::model_links",
                "groundwork-cli model unlink: give the link as its id, FROM/TO, or FROM TO.\n");
            return Usage;
        }
        auto project = openProject(parser, io);
        if (!project)
            return Usage;
        auto link = findInfluence(*project, args, parser.value(QStringLiteral("type")));
        if (!link)
            return reportError(io, link.error());
        const QString what = describeInfluence(*project, *link);
        if (auto ok = project->removeInfluence(link->id); !ok)
            return reportError(io, ok.error());
        if (parser.isSet(QStringLiteral("json"))) {
            writeJson(io, QJsonDocument(QJsonObject{{QStringLiteral("removed"), qint64(link->id)},
                                                    {QStringLiteral("link"), what}}));
            return Ok;
        }
        //: %1 is the link's id, %2 the link: "A" triggers "B".
        io.out << QCoreApplication::translate("gw::cli::model_links", "Removed link %1: %2\n")
                      .arg(QString::number(link->id), what);
        return Ok;
    }
};

class ModelEvidenceVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("model evidence"); } // data
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::model_links",
                                           "Add (or remove) a segment as evidence of a link.");
    }
    QString description() const override
    {
        return QCoreApplication::translate(
            "gw::cli::model_links",
            "Add a coded segment (its id, from \"segments\") as evidence of a link, given as\n"
            "its id, FROM/TO, or FROM TO. --counter adds it as counter-evidence: a passage\n"
            "that speaks against the link. --remove takes it off again. Audited.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addOption({QStringLiteral("segment"),
                          QCoreApplication::translate("gw::cli::model_links", "The segment's id."),
                          QStringLiteral("ID")});
        parser.addOption(
            {QStringLiteral("counter"),
             QCoreApplication::translate("gw::cli::model_links", "Counter-evidence: it speaks against the link.")});
        parser.addOption(
            {QStringLiteral("remove"),
             QCoreApplication::translate("gw::cli::model_links", "Take the segment off the link's evidence.")});
        parser.addOption({QStringLiteral("type"),
                          QCoreApplication::translate("gw::cli::model_links",
                                                      "The influence type, when several links join FROM and TO."),
                          QStringLiteral("TYPE")});
        parser.addPositionalArgument(
            QStringLiteral("LINK"),
            QCoreApplication::translate("gw::cli::model_links", "The link's id, FROM/TO, or FROM TO."));
    }
    int run(const QCommandLineParser &parser, Io &io) const override
    {
        const QStringList args = parser.positionalArguments();
        bool isNumber = false;
        const Id segmentId = parser.value(QStringLiteral("segment")).toLongLong(&isNumber);
        if (args.isEmpty() || args.size() > 2 || !isNumber) {
            io.err << QCoreApplication::translate("gw::cli::model_links",
                                                  "groundwork-cli model evidence: give the link (its id, "
                                                  "FROM/TO, or FROM TO) and --segment ID.\n");
            return Usage;
        }
        auto project = openProject(parser, io);
        if (!project)
            return Usage;
        auto link = findInfluence(*project, args, parser.value(QStringLiteral("type")));
        if (!link)
            return reportError(io, link.error());
        const QString what = describeInfluence(*project, *link);
        if (parser.isSet(QStringLiteral("remove"))) {
            if (auto ok = project->removeEvidence(link->id, segmentId); !ok)
                return reportError(io, ok.error());
            if (parser.isSet(QStringLiteral("json"))) {
                writeJson(io, QJsonDocument(QJsonObject{{QStringLiteral("link"), qint64(link->id)},
                                                        {QStringLiteral("segment"), qint64(segmentId)},
                                                        {QStringLiteral("evidence"), false}}));
                return Ok;
            }
            //: %1 is the segment's id, %2 the link: "A" triggers "B".
            io.out << QCoreApplication::translate("gw::cli::model_links", "Segment %1 is no longer evidence of %2\n")
                          .arg(QString::number(segmentId), what);
            return Ok;
        }
        const bool counter = parser.isSet(QStringLiteral("counter"));
        if (auto ok = project->addEvidence(link->id, segmentId, counter); !ok)
            return reportError(io, ok.error());
        if (parser.isSet(QStringLiteral("json"))) {
            writeJson(io, QJsonDocument(QJsonObject{{QStringLiteral("link"), qint64(link->id)},
                                                    {QStringLiteral("segment"), qint64(segmentId)},
                                                    {QStringLiteral("evidence"), true},
                                                    {QStringLiteral("counter"), counter}}));
            return Ok;
        }
        if (counter)
            //: %1 is the segment's id, %2 the link: "A" triggers "B".
            io.out << QCoreApplication::translate("gw::cli::model_links", "Segment %1 speaks against %2\n")
                          .arg(QString::number(segmentId), what);
        else
            //: %1 is the segment's id, %2 the link: "A" triggers "B".
            io.out << QCoreApplication::translate("gw::cli::model_links", "Segment %1 supports %2\n")
                          .arg(QString::number(segmentId), what);
        return Ok;
    }
};

} // namespace

std::unique_ptr<Verb> makeModelLinkVerb()
{
    return std::make_unique<ModelLinkVerb>();
}
std::unique_ptr<Verb> makeModelUnlinkVerb()
{
    return std::make_unique<ModelUnlinkVerb>();
}
std::unique_ptr<Verb> makeModelEvidenceVerb()
{
    return std::make_unique<ModelEvidenceVerb>();
}

} // namespace gw::cli

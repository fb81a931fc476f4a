// model level add|rename|remove|list and model type add|list: the levels
// factors sit at and the types of influence, both editable per project.
#include "app/cli/model_support.h"
#include "app/cli/verbs.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace gw::cli {

namespace {

class ModelLevelAddVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("model level add"); } // data
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::model_vocabulary", "Add a level of the CMO model.");
    }
    QString description() const override
    {
        return QCoreApplication::translate(
            "gw::cli::model_vocabulary",
            "Add a level factors can sit at (a new project has Macro-environmental,\n"
            "Inter-organisational, Organisational and Individual). --position N puts it at\n"
            "N from the top (0 is first; default: last). Audited.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addOption({QStringLiteral("position"),
                          QCoreApplication::translate("gw::cli::model_vocabulary", "Position from the top, from 0."),
                          QStringLiteral("N")});
        parser.addPositionalArgument(QStringLiteral("NAME"),
                                     QCoreApplication::translate("gw::cli::model_vocabulary", "The level's name."));
    }
    int run(const QCommandLineParser &parser, Io &io) const override
    {
        if (parser.positionalArguments().size() != 1) {
            io.err << QCoreApplication::translate("gw::cli::model_vocabulary",
                                                  "groundwork-cli model level add: give the level's NAME.\n");
            return Usage;
        }
        std::optional<int> position;
        if (parser.isSet(QStringLiteral("position"))) {
            bool ok = false;
            position = parser.value(QStringLiteral("position")).toInt(&ok);
            if (!ok || *position < 0) {
                io.err << QCoreApplication::translate(
                    "gw::cli::model_vocabulary",
                    "groundwork-cli model level add: --position is a whole number from 0.\n");
                return Usage;
            }
        }
        auto project = openProject(parser, io);
        if (!project)
            return Usage;
        auto id = project->addModelLevel(parser.positionalArguments().first(), position);
        if (!id)
            return reportError(io, id.error());
        if (parser.isSet(QStringLiteral("json"))) {
            writeJson(io, QJsonDocument(QJsonObject{{QStringLiteral("id"), qint64(*id)},
                                                    {QStringLiteral("name"), parser.positionalArguments().first().simplified()}}));
            return Ok;
        }
        io.out << QCoreApplication::translate("gw::cli::model_vocabulary", "Added level \"%1\"\n")
                      .arg(parser.positionalArguments().first().simplified());
        return Ok;
    }
};

class ModelLevelRenameVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("model level rename"); } // data
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::model_vocabulary", "Rename a level of the CMO model.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addPositionalArgument(QStringLiteral("OLD"),
                                     QCoreApplication::translate("gw::cli::model_vocabulary", "The level's name."));
        parser.addPositionalArgument(QStringLiteral("NEW"),
                                     QCoreApplication::translate("gw::cli::model_vocabulary", "Its new name."));
    }
    int run(const QCommandLineParser &parser, Io &io) const override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 2) {
            io.err << QCoreApplication::translate(
                "gw::cli::model_vocabulary",
                "groundwork-cli model level rename: give the level's OLD and NEW names.\n");
            return Usage;
        }
        auto project = openProject(parser, io);
        if (!project)
            return Usage;
        auto level = project->modelLevelByName(args[0]);
        if (!level)
            return reportError(io, level.error());
        if (auto ok = project->renameModelLevel(level->id, args[1]); !ok)
            return reportError(io, ok.error());
        if (parser.isSet(QStringLiteral("json"))) {
            writeJson(io, QJsonDocument(QJsonObject{{QStringLiteral("id"), qint64(level->id)},
                                                    {QStringLiteral("before"), level->name},
                                                    {QStringLiteral("name"), args[1].simplified()}}));
            return Ok;
        }
        io.out << QCoreApplication::translate("gw::cli::model_vocabulary", "Renamed level \"%1\" to \"%2\"\n")
                      .arg(level->name, args[1].simplified());
        return Ok;
    }
};

class ModelLevelRemoveVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("model level remove"); } // data
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::model_vocabulary",
                                           "Remove a level; its elements keep no level.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addPositionalArgument(QStringLiteral("NAME"),
                                     QCoreApplication::translate("gw::cli::model_vocabulary", "The level's name."));
    }
    int run(const QCommandLineParser &parser, Io &io) const override
    {
        if (parser.positionalArguments().size() != 1) {
            io.err << QCoreApplication::translate("gw::cli::model_vocabulary",
                                                  "groundwork-cli model level remove: give the level's NAME.\n");
            return Usage;
        }
        auto project = openProject(parser, io);
        if (!project)
            return Usage;
        auto level = project->modelLevelByName(parser.positionalArguments().first());
        if (!level)
            return reportError(io, level.error());
        auto record = project->removeModelLevel(level->id);
        if (!record)
            return reportError(io, record.error());
        if (parser.isSet(QStringLiteral("json"))) {
            writeJson(io, QJsonDocument(QJsonObject{{QStringLiteral("removed"), qint64(level->id)},
                                                    {QStringLiteral("name"), level->name},
                                                    {QStringLiteral("elements_without_level"), qint64(record->elementIds.size())}}));
            return Ok;
        }
        if (record->elementIds.empty())
            io.out << QCoreApplication::translate("gw::cli::model_vocabulary", "Removed level \"%1\"\n")
                          .arg(level->name);
        else
            io.out << QCoreApplication::translate("gw::cli::model_vocabulary",
                                                  "Removed level \"%1\"; %2 element(s) now have no level\n")
                          .arg(level->name, QString::number(record->elementIds.size()));
        return Ok;
    }
};

class ModelLevelListVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("model level list"); } // data
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::model_vocabulary",
                                           "List the CMO model's levels, top to bottom.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
    }
    int run(const QCommandLineParser &parser, Io &io) const override
    {
        auto project = openProject(parser, io, Access::Read);
        if (!project)
            return Usage;
        auto levels = project->modelLevels();
        if (!levels)
            return reportError(io, levels.error());
        QJsonArray array;
        for (const ModelLevel &l : *levels) {
            array.append(
                QJsonObject{{QStringLiteral("name"), l.name}, {QStringLiteral("guid"), l.guid}});
            if (!parser.isSet(QStringLiteral("json")))
                io.out << l.name << '\n';
        }
        if (parser.isSet(QStringLiteral("json")))
            writeJson(io, QJsonDocument(array));
        return Ok;
    }
};

class ModelTypeAddVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("model type add"); } // data
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::model_vocabulary", "Add an influence type (or restyle one).");
    }
    QString description() const override
    {
        return QCoreApplication::translate(
            "gw::cli::model_vocabulary",
            "Add a type of influence with its colour (#rrggbb) and line style (solid, dash,\n"
            "dot, dashdot), as the figure draws it. A new project has triggers, mandates,\n"
            "controls and enables. Adding a type that exists changes its colour and style.\n"
            "Audited.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addOption({QStringLiteral("color"),
                          QCoreApplication::translate("gw::cli::model_vocabulary", "#rrggbb (default #333333)."),
                          QStringLiteral("COLOUR")});
        parser.addOption({QStringLiteral("style"),
                          //: solid, dash, dot and dashdot are the values --style takes.
                          QCoreApplication::translate("gw::cli::model_vocabulary",
                                                      "solid, dash, dot or dashdot (default solid)."),
                          QStringLiteral("STYLE")});
        parser.addPositionalArgument(
            QStringLiteral("NAME"),
            QCoreApplication::translate("gw::cli::model_vocabulary", "The type's name (a verb: \"funds\")."));
    }
    int run(const QCommandLineParser &parser, Io &io) const override
    {
        if (parser.positionalArguments().size() != 1) {
            io.err << QCoreApplication::translate("gw::cli::model_vocabulary",
                                                  "groundwork-cli model type add: give the type's NAME.\n");
            return Usage;
        }
        const QString name = parser.positionalArguments().first().simplified();
        std::optional<LineStyle> style = LineStyle::Solid;
        if (parser.isSet(QStringLiteral("style")))
            style = lineStyleFromString(parser.value(QStringLiteral("style")));
        if (!style) {
            io.err << QCoreApplication::translate("gw::cli::model_vocabulary",
                                                  "groundwork-cli model type add: \"%1\" is not a line style; "
                                                  "use solid, dash, dot or dashdot.\n")
                          .arg(parser.value(QStringLiteral("style")));
            return Usage;
        }
        auto project = openProject(parser, io);
        if (!project)
            return Usage;
        if (auto existing = project->influenceTypeByName(name)) {
            const QString color = parser.isSet(QStringLiteral("color"))
                                      ? parser.value(QStringLiteral("color"))
                                      : existing->color;
            const LineStyle s = parser.isSet(QStringLiteral("style")) ? *style : existing->style;
            if (auto ok = project->setInfluenceTypeStyle(existing->id, color, s); !ok)
                return reportError(io, ok.error());
            if (parser.isSet(QStringLiteral("json"))) {
                writeJson(io, QJsonDocument(QJsonObject{{QStringLiteral("id"), qint64(existing->id)},
                                                        {QStringLiteral("name"), name},
                                                        {QStringLiteral("color"), color.toLower()},
                                                        {QStringLiteral("style"), toString(s)},
                                                        {QStringLiteral("added"), false}}));
                return Ok;
            }
            //: %2 is the colour (#rrggbb), %3 the line style (solid, dash, dot, dashdot).
            io.out << QCoreApplication::translate("gw::cli::model_vocabulary",
                                                  "Restyled influence type \"%1\": %2 %3\n")
                          .arg(name, color.toLower(), toString(s));
            return Ok;
        }
        const QString color = parser.isSet(QStringLiteral("color"))
                                  ? parser.value(QStringLiteral("color"))
                                  : QStringLiteral("#333333");
        auto id = project->addInfluenceType(name, color, *style);
        if (!id)
            return reportError(io, id.error());
        if (parser.isSet(QStringLiteral("json"))) {
            writeJson(io, QJsonDocument(QJsonObject{{QStringLiteral("id"), qint64(*id)},
                                                    {QStringLiteral("name"), name},
                                                    {QStringLiteral("color"), color.toLower()},
                                                    {QStringLiteral("style"), toString(*style)},
                                                    {QStringLiteral("added"), true}}));
            return Ok;
        }
        //: %2 is the colour (#rrggbb), %3 the line style (solid, dash, dot, dashdot).
        io.out << QCoreApplication::translate("gw::cli::model_vocabulary", "Added influence type \"%1\": %2 %3\n")
                      .arg(name, color.toLower(), toString(*style));
        return Ok;
    }
};

class ModelTypeListVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("model type list"); } // data
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::model_vocabulary",
                                           "List the influence types with colour and style.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
    }
    int run(const QCommandLineParser &parser, Io &io) const override
    {
        auto project = openProject(parser, io, Access::Read);
        if (!project)
            return Usage;
        auto types = project->influenceTypes();
        if (!types)
            return reportError(io, types.error());
        QJsonArray array;
        for (const InfluenceType &t : *types) {
            array.append(QJsonObject{{QStringLiteral("name"), t.name},
                                     {QStringLiteral("color"), t.color},
                                     {QStringLiteral("style"), toString(t.style)}});
            if (!parser.isSet(QStringLiteral("json")))
                io.out << t.name << '\t' << t.color << '\t' << toString(t.style) << '\n';
        }
        if (parser.isSet(QStringLiteral("json")))
            writeJson(io, QJsonDocument(array));
        return Ok;
    }
};

} // namespace

std::unique_ptr<Verb> makeModelLevelAddVerb()
{
    return std::make_unique<ModelLevelAddVerb>();
}
std::unique_ptr<Verb> makeModelLevelRenameVerb()
{
    return std::make_unique<ModelLevelRenameVerb>();
}
std::unique_ptr<Verb> makeModelLevelRemoveVerb()
{
    return std::make_unique<ModelLevelRemoveVerb>();
}
std::unique_ptr<Verb> makeModelLevelListVerb()
{
    return std::make_unique<ModelLevelListVerb>();
}
std::unique_ptr<Verb> makeModelTypeAddVerb()
{
    return std::make_unique<ModelTypeAddVerb>();
}
std::unique_ptr<Verb> makeModelTypeListVerb()
{
    return std::make_unique<ModelTypeListVerb>();
}

} // namespace gw::cli

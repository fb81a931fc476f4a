// theme add / theme list: second-order themes of the data structure.
#include "app/cli/common.h"
#include "app/cli/verbs.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace gw::cli {

namespace {

class ThemeAddVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("theme add"); } // data: the verb's name
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::theme", "Create a second-order theme (audited).");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addOption({QStringLiteral("definition"),
                          QCoreApplication::translate("gw::cli::theme", "What the theme means."),
                          QStringLiteral("TEXT")});
        parser.addOption({QStringLiteral("dimension"),
                          QCoreApplication::translate("gw::cli::theme", "Place it under this aggregate dimension."),
                          QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("why"),
                          QCoreApplication::translate("gw::cli::theme", "Why, for the audit log."),
                          QStringLiteral("TEXT")});
        parser.addPositionalArgument(QStringLiteral("NAME"),
                                     QCoreApplication::translate("gw::cli::theme", "The theme's name."));
    }

    int run(const QCommandLineParser &parser, Io &io) const override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 1) {
            io.err << QCoreApplication::translate(
                "gw::cli::theme", "groundwork-cli theme add: give the theme's NAME (quote it if it has spaces).\n");
            return Usage;
        }
        auto project = openProject(parser, io);
        if (!project)
            return Usage;
        std::optional<DimensionInfo> dimension;
        if (parser.isSet(QStringLiteral("dimension"))) {
            auto d = project->dimensionByName(parser.value(QStringLiteral("dimension")));
            if (!d)
                return reportError(io, d.error());
            dimension = *d;
        }
        const QString why = parser.value(QStringLiteral("why"));
        Transaction tx(project->database());
        auto id = project->addTheme(args[0], parser.value(QStringLiteral("definition")), why);
        if (!id)
            return reportError(io, id.error());
        if (dimension)
            if (auto ok = project->placeTheme(*id, dimension->id, std::nullopt, why); !ok)
                return reportError(io, ok.error());
        if (auto ok = tx.commit(); !ok)
            return reportError(io, ok.error());
        if (parser.isSet(QStringLiteral("json"))) {
            auto made = project->theme(*id);
            if (!made)
                return reportError(io, made.error());
            writeJson(io, QJsonDocument(QJsonObject{{QStringLiteral("id"), qint64(made->id)},
                                                    {QStringLiteral("guid"), made->guid},
                                                    {QStringLiteral("name"), made->name},
                                                    {QStringLiteral("dimension"), dimension ? dimension->name : QString()}}));
            return Ok;
        }
        if (dimension)
            io.out << QCoreApplication::translate("gw::cli::theme", "Created theme \"%1\" under \"%2\"\n")
                          .arg(args[0].simplified(), dimension->name);
        else
            io.out << QCoreApplication::translate("gw::cli::theme", "Created theme \"%1\"\n").arg(args[0].simplified());
        return Ok;
    }
};

class ThemeListVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("theme list"); } // data: the verb's name
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::theme", "List the themes with their dimension and codes.");
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
        auto themes = project->themes();
        auto dimensions = project->dimensions();
        if (!themes || !dimensions)
            return reportError(io, !themes ? themes.error() : dimensions.error());
        const auto dimensionName = [&](const std::optional<Id> &id) {
            for (const DimensionInfo &d : *dimensions)
                if (id == d.id)
                    return d.name;
            return QString();
        };
        QJsonArray array;
        for (const ThemeInfo &t : *themes) {
            auto codes = project->codesOfTheme(t.id);
            if (!codes)
                return reportError(io, codes.error());
            QJsonArray names;
            for (const CodeInfo &c : *codes)
                names.append(c.name);
            if (parser.isSet(QStringLiteral("json"))) {
                array.append(QJsonObject{{QStringLiteral("name"), t.name},
                                         {QStringLiteral("definition"), t.definition},
                                         {QStringLiteral("dimension"), t.dimensionId ? QJsonValue(dimensionName(t.dimensionId))
                                                                                    : QJsonValue::Null},
                                         {QStringLiteral("codes"), names},
                                         {QStringLiteral("guid"), t.guid}});
                continue;
            }
            const QString where = t.dimensionId ? dimensionName(t.dimensionId)
                                                : QCoreApplication::translate("gw::cli::theme", "(no dimension)");
            //: The last column of the theme list: how many codes the theme holds.
            io.out << t.name << "\t" << where << "\t"
                   << QCoreApplication::translate("gw::cli::theme", "%1 codes\n").arg(codes->size());
        }
        if (parser.isSet(QStringLiteral("json")))
            writeJson(io, QJsonDocument(array));
        return Ok;
    }
};

} // namespace

std::unique_ptr<Verb> makeThemeAddVerb() { return std::make_unique<ThemeAddVerb>(); }
std::unique_ptr<Verb> makeThemeListVerb() { return std::make_unique<ThemeListVerb>(); }

} // namespace gw::cli

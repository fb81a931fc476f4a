// dimension add: aggregate dimensions of the data structure.
#include "app/cli/common.h"
#include "app/cli/verbs.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace gw::cli {

namespace {

class DimensionAddVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("dimension add"); } // data: the verb's name
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::dimension", "Create an aggregate dimension (audited).");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addOption({QStringLiteral("definition"),
                          QCoreApplication::translate("gw::cli::dimension", "What the dimension means."),
                          QStringLiteral("TEXT")});
        parser.addOption({QStringLiteral("why"),
                          QCoreApplication::translate("gw::cli::dimension", "Why, for the audit log."),
                          QStringLiteral("TEXT")});
        parser.addPositionalArgument(QStringLiteral("NAME"),
                                     QCoreApplication::translate("gw::cli::dimension", "The dimension's name."));
    }

    int run(const QCommandLineParser &parser, Io &io) const override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 1) {
            io.err << QCoreApplication::translate(
                "gw::cli::dimension",
                "groundwork-cli dimension add: give the dimension's NAME (quote it if it has spaces).\n");
            return Usage;
        }
        auto project = openProject(parser, io);
        if (!project)
            return Usage;
        auto id = project->addDimension(args[0], parser.value(QStringLiteral("definition")),
                                        parser.value(QStringLiteral("why")));
        if (!id)
            return reportError(io, id.error());
        if (parser.isSet(QStringLiteral("json"))) {
            auto made = project->dimensionByName(args[0].simplified());
            if (!made)
                return reportError(io, made.error());
            writeJson(io, QJsonDocument(QJsonObject{{QStringLiteral("id"), qint64(*id)},
                                                    {QStringLiteral("guid"), made->guid},
                                                    {QStringLiteral("name"), made->name}}));
            return Ok;
        }
        io.out << QCoreApplication::translate("gw::cli::dimension", "Created dimension \"%1\"\n")
                      .arg(args[0].simplified());
        return Ok;
    }
};

} // namespace

std::unique_ptr<Verb> makeDimensionAddVerb() { return std::make_unique<DimensionAddVerb>(); }

} // namespace gw::cli

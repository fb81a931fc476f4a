// code add / code list / code rename: the codes of the project.
#include "app/cli/common.h"
#include "app/cli/verbs.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace gw::cli {

namespace {

class CodeAddVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("code add"); } // data: verb name
    QString summary() const override { return QCoreApplication::translate("gw::cli::code", "Create a code."); }

    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addOption({QStringLiteral("stage"),
                          QCoreApplication::translate("gw::cli::code", "open (default), focused or first-order."),
                          QStringLiteral("STAGE"), QStringLiteral("open")});
        parser.addOption({QStringLiteral("color"),
                          QCoreApplication::translate("gw::cli::code", "The code's colour, as #RRGGBB."),
                          QStringLiteral("COLOR")});
        parser.addPositionalArgument(QStringLiteral("NAME"),
                                     QCoreApplication::translate("gw::cli::code", "The code's name."));
    }

    int run(const QCommandLineParser &parser, Io &io) const override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 1) {
            io.err << QCoreApplication::translate("gw::cli::code",
                                                  "groundwork-cli code add: give the code's NAME (quote it if it has "
                                                  "spaces).\n");
            return Usage;
        }
        const auto stage = codeStageFromString(parser.value(QStringLiteral("stage")));
        if (!stage) {
            io.err << QCoreApplication::translate("gw::cli::code",
                                                  "groundwork-cli code add: --stage must be open, focused or "
                                                  "first-order.\n");
            return Usage;
        }
        auto project = openProject(parser, io);
        if (!project)
            return Usage;
        auto id = project->addCode(args[0], *stage, parser.value(QStringLiteral("color")));
        if (!id)
            return reportError(io, id.error());
        if (parser.isSet(QStringLiteral("json"))) {
            auto made = project->code(*id);
            if (!made)
                return reportError(io, made.error());
            writeJson(io, QJsonDocument(QJsonObject{{QStringLiteral("id"), qint64(made->id)},
                                                    {QStringLiteral("guid"), made->guid},
                                                    {QStringLiteral("name"), made->name},
                                                    {QStringLiteral("stage"), toString(made->stage)},
                                                    {QStringLiteral("color"), made->color}}));
            return Ok;
        }
        //: %2 is the stage as the command line takes it: open, focused or first-order.
        io.out << QCoreApplication::translate("gw::cli::code", "Created code \"%1\" (%2)\n")
                      .arg(args[0].simplified(), toString(*stage));
        return Ok;
    }
};

class CodeListVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("code list"); } // data: verb name
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::code", "List the codes with stage and counts.");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
    }

    int run(const QCommandLineParser &parser, Io &io) const override
    {
        auto project = openProject(parser, io);
        if (!project)
            return Usage;
        auto codes = project->codes();
        if (!codes)
            return reportError(io, codes.error());
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const CodeInfo &c : *codes)
                array.append(QJsonObject{{QStringLiteral("name"), c.name},
                                         {QStringLiteral("stage"), toString(c.stage)},
                                         {QStringLiteral("color"), c.color},
                                         {QStringLiteral("archived"), c.archived},
                                         {QStringLiteral("segments"), qint64(c.segmentCount)},
                                         {QStringLiteral("sources"), qint64(c.sourceCount)},
                                         {QStringLiteral("guid"), c.guid}});
            writeJson(io, QJsonDocument(array));
            return Ok;
        }
        //: Marks an archived code in the list.
        const QString archived = QCoreApplication::translate("gw::cli::code", "archived");
        for (const CodeInfo &c : *codes)
            io.out << c.name << "\t" << toString(c.stage) << "\t" << c.color << "\t"
                   << QCoreApplication::translate("gw::cli::code", "%1 segments in %2 sources")
                          .arg(QString::number(c.segmentCount), QString::number(c.sourceCount))
                   << (c.archived ? QLatin1Char('\t') + archived : QString()) << '\n';
        return Ok;
    }
};

class CodeRenameVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("code rename"); } // data: verb name
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::code", "Rename a code (recorded in the audit log).");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addPositionalArgument(QStringLiteral("OLD"),
                                     QCoreApplication::translate("gw::cli::code", "The code's current name."));
        parser.addPositionalArgument(QStringLiteral("NEW"),
                                     QCoreApplication::translate("gw::cli::code", "Its new name."));
    }

    int run(const QCommandLineParser &parser, Io &io) const override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 2) {
            io.err << QCoreApplication::translate("gw::cli::code",
                                                  "groundwork-cli code rename: give the OLD and the NEW name.\n");
            return Usage;
        }
        auto project = openProject(parser, io);
        if (!project)
            return Usage;
        auto code = project->codeByName(args[0]);
        if (!code)
            return reportError(io, code.error());
        if (auto ok = project->renameCode(code->id, args[1]); !ok)
            return reportError(io, ok.error());
        if (parser.isSet(QStringLiteral("json"))) {
            writeJson(io, QJsonDocument(QJsonObject{{QStringLiteral("id"), qint64(code->id)},
                                                    {QStringLiteral("guid"), code->guid},
                                                    {QStringLiteral("before"), code->name},
                                                    {QStringLiteral("name"), args[1].simplified()}}));
            return Ok;
        }
        io.out << QCoreApplication::translate("gw::cli::code", "Renamed \"%1\" to \"%2\"\n")
                      .arg(code->name, args[1].simplified());
        return Ok;
    }
};

} // namespace

std::unique_ptr<Verb> makeCodeAddVerb() { return std::make_unique<CodeAddVerb>(); }
std::unique_ptr<Verb> makeCodeListVerb() { return std::make_unique<CodeListVerb>(); }
std::unique_ptr<Verb> makeCodeRenameVerb() { return std::make_unique<CodeRenameVerb>(); }

} // namespace gw::cli

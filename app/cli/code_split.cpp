// code split: focused coding's split, recorded in the audit log.
#include "app/cli/common.h"
#include "app/cli/verbs.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace gw::cli {

namespace {

class CodeSplitVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("code split"); } // data: verb name
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::code_split", "Move chosen segments of a code to a new code.");
    }
    QString description() const override
    {
        return QCoreApplication::translate(
            "gw::cli::code_split",
            "Split CODE: the segments given by id (see 'segments CODE --json') move to a new\n"
            "code named by --into, of the same stage, placed right after CODE under its theme.\n"
            "Audited.");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addOption({QStringLiteral("segments"),
                          QCoreApplication::translate("gw::cli::code_split", "Segment ids, comma-separated."),
                          QStringLiteral("IDS")});
        parser.addOption({QStringLiteral("into"),
                          QCoreApplication::translate("gw::cli::code_split", "The new code's name."),
                          QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("why"),
                          QCoreApplication::translate("gw::cli::code_split", "Why, for the audit log."),
                          QStringLiteral("TEXT")});
        parser.addPositionalArgument(QStringLiteral("CODE"),
                                     QCoreApplication::translate("gw::cli::code_split", "The code to split."));
    }

    int run(const QCommandLineParser &parser, Io &io) const override
    {
        const QStringList args = parser.positionalArguments();
        std::vector<Id> ids;
        bool valid = args.size() == 1 && parser.isSet(QStringLiteral("into")) && parser.isSet(QStringLiteral("segments"));
        for (const QString &part : parser.value(QStringLiteral("segments")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            ids.push_back(part.trimmed().toLongLong(&ok));
            valid = valid && ok && ids.back() > 0;
        }
        if (!valid || ids.empty()) {
            io.err << QCoreApplication::translate("gw::cli::code_split",
                                                  "groundwork-cli code split: give CODE, --segments 1,2,3 (segment "
                                                  "ids) and --into NAME.\n");
            return Usage;
        }
        auto project = openProject(parser, io);
        if (!project)
            return Usage;
        auto code = project->codeByName(args[0]);
        if (!code)
            return reportError(io, code.error());
        CodeSplit request;
        request.codeId = code->id;
        request.segmentIds = ids;
        request.newName = parser.value(QStringLiteral("into"));
        auto split = project->splitCode(request, parser.value(QStringLiteral("why")));
        if (!split)
            return reportError(io, split.error());
        if (parser.isSet(QStringLiteral("json"))) {
            writeJson(io, QJsonDocument(QJsonObject{{QStringLiteral("code"), code->name},
                                                    {QStringLiteral("into"), split->newName},
                                                    {QStringLiteral("guid"), split->newCodeGuid},
                                                    {QStringLiteral("moved"), qint64(split->segmentIds.size())}}));
            return Ok;
        }
        io.out << QCoreApplication::translate("gw::cli::code_split",
                                              "Moved %1 segments of \"%2\" to the new code \"%3\"\n")
                      .arg(QString::number(split->segmentIds.size()), code->name, split->newName);
        return Ok;
    }
};

} // namespace

std::unique_ptr<Verb> makeCodeSplitVerb() { return std::make_unique<CodeSplitVerb>(); }

} // namespace gw::cli

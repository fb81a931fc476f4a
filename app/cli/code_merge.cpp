// code merge: focused coding's merge, recorded in the audit log.
#include "app/cli/common.h"
#include "app/cli/verbs.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace gw::cli {

namespace {

class CodeMergeVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("code merge"); } // data: verb name
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::code_merge", "Merge codes into one (audited).");
    }
    QString description() const override
    {
        return QCoreApplication::translate(
            "gw::cli::code_merge",
            "Merge the codes A, B, ... into the code INTO: their segments move to INTO (a\n"
            "segment INTO already has, same source, range and coder, collapses into it), their\n"
            "memos move to INTO, their definitions are appended to INTO's, and they are\n"
            "archived (never deleted) and taken out of the data structure.");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addOption({QStringLiteral("into"),
                          QCoreApplication::translate("gw::cli::code_merge", "The code that remains."),
                          QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("why"),
                          QCoreApplication::translate("gw::cli::code_merge", "Why, for the audit log."),
                          QStringLiteral("TEXT")});
        parser.addPositionalArgument(QStringLiteral("CODE"),
                                     QCoreApplication::translate("gw::cli::code_merge", "The codes to merge into it."),
                                     QStringLiteral("CODE [CODE...]"));
    }

    int run(const QCommandLineParser &parser, Io &io) const override
    {
        const QStringList args = parser.positionalArguments();
        if (args.isEmpty() || !parser.isSet(QStringLiteral("into"))) {
            io.err << QCoreApplication::translate("gw::cli::code_merge",
                                                  "groundwork-cli code merge: give --into NAME and the CODEs to merge "
                                                  "into it.\n");
            return Usage;
        }
        auto project = openProject(parser, io);
        if (!project)
            return Usage;
        auto into = project->codeByName(parser.value(QStringLiteral("into")));
        if (!into)
            return reportError(io, into.error());
        std::vector<Id> ids;
        for (const QString &name : args) {
            auto c = project->codeByName(name);
            if (!c)
                return reportError(io, c.error());
            ids.push_back(c->id);
        }
        auto merge = project->mergeCodes(ids, into->id, parser.value(QStringLiteral("why")));
        if (!merge)
            return reportError(io, merge.error());
        if (parser.isSet(QStringLiteral("json"))) {
            writeJson(io, QJsonDocument(QJsonObject{{QStringLiteral("into"), into->name},
                                                    {QStringLiteral("merged"), QJsonArray::fromStringList(args)},
                                                    {QStringLiteral("moved"), qint64(merge->movedSegments.size())},
                                                    {QStringLiteral("collapsed"),
                                                     qint64(merge->collapsedSegments.size())}}));
            return Ok;
        }
        const QString merged =
            args.size() == 1
                ? QCoreApplication::translate("gw::cli::code_merge",
                                              "Merged %1 code into \"%2\": %3 segments moved, %4 identical ones "
                                              "collapsed\n")
                : QCoreApplication::translate("gw::cli::code_merge",
                                              "Merged %1 codes into \"%2\": %3 segments moved, %4 identical ones "
                                              "collapsed\n");
        io.out << merged.arg(QString::number(args.size()), into->name, QString::number(merge->movedSegments.size()),
                             QString::number(merge->collapsedSegments.size()));
        return Ok;
    }
};

} // namespace

std::unique_ptr<Verb> makeCodeMergeVerb() { return std::make_unique<CodeMergeVerb>(); }

} // namespace gw::cli

// info -p F: counts of everything in the project.
#include "app/cli/common.h"
#include "app/cli/verbs.h"
#include "core/store/migrations.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace gw::cli {

namespace {

class InfoVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("info"); }
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::info", "Show what the project holds, with counts.");
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
        auto c = project->counts();
        if (!c)
            return reportError(io, c.error());
        const QString title = project->setting(QStringLiteral("project.name"), project->name());
        if (parser.isSet(QStringLiteral("json"))) {
            writeJson(io, QJsonDocument(QJsonObject{
                              {QStringLiteral("project"), title},
                              {QStringLiteral("path"), project->path()},
                              {QStringLiteral("schema"), latestSchemaVersion()},
                              {QStringLiteral("sources"), qint64(c->sources())},
                              {QStringLiteral("interviews"), qint64(c->interviews)},
                              {QStringLiteral("observations"), qint64(c->observations)},
                              {QStringLiteral("documents"), qint64(c->documents)},
                              {QStringLiteral("characters"), qint64(c->characters)},
                              {QStringLiteral("codes"), qint64(c->codes)},
                              {QStringLiteral("archived_codes"), qint64(c->archivedCodes)},
                              {QStringLiteral("segments"), qint64(c->segments)},
                              {QStringLiteral("themes"), qint64(c->themes)},
                              {QStringLiteral("dimensions"), qint64(c->dimensions)},
                              {QStringLiteral("memos"), qint64(c->memos)},
                              {QStringLiteral("cases"), qint64(c->cases)},
                              {QStringLiteral("coders"), qint64(c->coders)},
                          }));
            return Ok;
        }
        // A row: its label padded to line the counts up (a longer translation still leaves a space).
        const auto row = [](const QString &label) { return QStringLiteral("  ") + label.leftJustified(11) + u' '; };
        io.out << title << " (" << project->path() << ")\n";
        //: A row label of the listing (as are codes, segments, themes...); its count follows.
        io.out << row(QCoreApplication::translate("gw::cli::info", "sources")) << c->sources() << "  ";
        //: After the number of sources: how many of each kind, and their length.
        io.out << QCoreApplication::translate("gw::cli::info",
                                              "(%1 interviews, %2 observations, %3 documents; %4 characters)")
                      .arg(QString::number(c->interviews), QString::number(c->observations),
                           QString::number(c->documents), QString::number(c->characters))
               << '\n';
        io.out << row(QCoreApplication::translate("gw::cli::info", "codes")) << c->codes << "  ";
        //: After the number of codes.
        io.out << QCoreApplication::translate("gw::cli::info", "(%1 archived)").arg(c->archivedCodes) << '\n'
               << row(QCoreApplication::translate("gw::cli::info", "segments")) << c->segments << '\n'
               << row(QCoreApplication::translate("gw::cli::info", "themes")) << c->themes << '\n'
               << row(QCoreApplication::translate("gw::cli::info", "dimensions")) << c->dimensions << '\n'
               << row(QCoreApplication::translate("gw::cli::info", "memos")) << c->memos << '\n'
               << row(QCoreApplication::translate("gw::cli::info", "cases")) << c->cases << '\n'
               << row(QCoreApplication::translate("gw::cli::info", "coders")) << c->coders << '\n';
        return Ok;
    }
};

} // namespace

std::unique_ptr<Verb> makeInfoVerb() { return std::make_unique<InfoVerb>(); }

} // namespace gw::cli

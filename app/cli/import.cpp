// import -p F [--kind K] PATH...: import files and folder trees as sources.
#include "app/cli/common.h"
#include "app/cli/verbs.h"
#include "core/import/import_job.h"
#include "core/import/importer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <unistd.h>

namespace gw::cli {

namespace {

// A one-line progress bar on a terminal: [#####.....] 12/600 name.
void drawProgress(QTextStream &err, int done, int total, const QString &path)
{
    constexpr int width = 30;
    const int filled = total > 0 ? done * width / total : width;
    err << '\r' << '[' << QString(filled, QLatin1Char('#')) << QString(width - filled, QLatin1Char('.')) << "] "
        << done << '/' << total << ' ' << QFileInfo(path).fileName().left(40).leftJustified(40) << Qt::flush;
}

class ImportVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::import", "Import files and folders as sources.");
    }
    QString description() const override
    {
        QStringList suffixes;
        for (const auto &importer : importers())
            suffixes << importer->suffixes();
        //: %1 lists the file suffixes that can be imported.
        return QCoreApplication::translate(
                   "gw::cli::import",
                   "Import interview transcripts, observation notes and documents into the project.\n"
                   "Folders are read with everything inside them. Formats: %1.\n"
                   "Transcripts (.vtt, .srt, and text with 'Name:' or '[00:12:34] P17:' turns) keep their\n"
                   "speaker turns. A file whose text is already in the project is skipped, not doubled.\n"
                   "The kind of each source comes from --kind, else from a folder named interviews/,\n"
                   "observations/ or documents/ on its path, else it is a document.\n"
                   "Prints a report per file; exits 1 when any file failed.")
            .arg(suffixes.join(QStringLiteral(", ")));
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addOption({QStringLiteral("kind"),
                          QCoreApplication::translate("gw::cli::import", "interview, observation or document."),
                          QStringLiteral("KIND")});
        parser.addPositionalArgument(QStringLiteral("PATH"),
                                     QCoreApplication::translate("gw::cli::import", "Files or folders to import."),
                                     QStringLiteral("PATH..."));
    }

    int run(const QCommandLineParser &parser, Io &io) const override
    {
        const QStringList paths = parser.positionalArguments();
        if (paths.isEmpty()) {
            io.err << QCoreApplication::translate(
                "gw::cli::import", "groundwork-cli import: give at least one file or folder to import.\n");
            return Usage;
        }
        ImportOptions options;
        if (parser.isSet(QStringLiteral("kind"))) {
            options.kind = sourceKindFromString(parser.value(QStringLiteral("kind")));
            if (!options.kind) {
                io.err << QCoreApplication::translate("gw::cli::import",
                                                      "groundwork-cli import: --kind must be interview, observation "
                                                      "or document.\n");
                return Usage;
            }
        }
        auto project = openProject(parser, io);
        if (!project)
            return Usage;
        const bool json = parser.isSet(QStringLiteral("json"));
        const bool terminal = !json && isatty(STDERR_FILENO);
        if (terminal)
            options.progress = [&io](int done, int total, const QString &path) {
                drawProgress(io.err, done, total, path);
            };
        const ImportReport report = importFiles(*project, paths, options);
        if (terminal)
            io.err << '\r' << QString(90, QLatin1Char(' ')) << '\r' << Qt::flush;
        using S = ImportOutcome::Status;
        if (json) {
            QJsonArray files;
            for (const ImportOutcome &o : report.outcomes)
                files.append(QJsonObject{{QStringLiteral("path"), o.path},
                                         {QStringLiteral("status"), toString(o.status)},
                                         {QStringLiteral("reason"), o.reason},
                                         {QStringLiteral("source"), o.sourceName}});
            writeJson(io, QJsonDocument(QJsonObject{{QStringLiteral("files"), files},
                                                    {QStringLiteral("imported"), report.count(S::Imported)},
                                                    {QStringLiteral("skipped"), report.count(S::Skipped)},
                                                    {QStringLiteral("failed"), report.count(S::Failed)}}));
        } else {
            for (const ImportOutcome &o : report.outcomes) {
                // The status in a column of ten, as "imported  ", then the file or the reason.
                if (o.status == S::Imported)
                    io.out << QCoreApplication::translate("gw::cli::import", "imported").leftJustified(9) << ' '
                           //: A file that came in: %1 is its path, %2 the name of the source made from it.
                           << QCoreApplication::translate("gw::cli::import", "%1 as \"%2\"").arg(o.path, o.sourceName)
                           << '\n';
                else
                    io.out << (o.status == S::Skipped ? QCoreApplication::translate("gw::cli::import", "skipped")
                                                      : QCoreApplication::translate("gw::cli::import", "failed"))
                                  .leftJustified(9)
                           << ' ' << o.reason << '\n';
            }
            io.out << QCoreApplication::translate("gw::cli::import", "Imported %1, skipped %2, failed %3.\n")
                          .arg(QString::number(report.count(S::Imported)), QString::number(report.count(S::Skipped)),
                               QString::number(report.count(S::Failed)));
        }
        return report.count(S::Failed) > 0 ? Failed : Ok;
    }
};

} // namespace

std::unique_ptr<Verb> makeImportVerb() { return std::make_unique<ImportVerb>(); }

} // namespace gw::cli

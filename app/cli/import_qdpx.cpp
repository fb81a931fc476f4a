// import-qdpx -p F FILE.qdpx|FILE.qde|FILE.qdc [--dry-run] [--json]: bring a
// REFI-QDA project or codebook from another tool (NVivo, ATLAS.ti, MAXQDA,
// QualCoder, ...) into a project, creating it when it does not exist. Prints
// the preview (what comes in, what does not and why, warnings) and writes it
// all in one transaction, or nothing.
#include "app/cli/common.h"
#include "app/cli/verbs.h"
#include "core/refi/import_plan.h"
#include "core/refi/import_writer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace gw::cli {

namespace {

QJsonObject previewJson(const refi::RefiPreview &p)
{
    QJsonArray skipped;
    for (const refi::Skipped &s : p.skipped)
        skipped.append(QJsonObject{{QStringLiteral("what"), s.what},
                                   {QStringLiteral("name"), s.name},
                                   {QStringLiteral("reason"), s.reason}});
    return QJsonObject{
        {QStringLiteral("file"), p.fileName},
        {QStringLiteral("origin"), p.origin},
        {QStringLiteral("codebook_only"), p.codebookOnly},
        {QStringLiteral("from_groundwork"), p.fromGroundwork},
        {QStringLiteral("positions"), refi::toString(p.positions)},
        {QStringLiteral("coders"), p.coders},
        {QStringLiteral("codes"), p.codes},
        {QStringLiteral("themes"), p.themes},
        {QStringLiteral("dimensions"), p.dimensions},
        {QStringLiteral("sources"), p.sources},
        {QStringLiteral("sources_same_text"), p.sourcesSameText},
        {QStringLiteral("sources_skipped"), p.sourcesSkipped},
        {QStringLiteral("segments"), p.segments},
        {QStringLiteral("segments_skipped"), p.segmentsSkipped},
        {QStringLiteral("cases"), p.cases},
        {QStringLiteral("attributes"), p.attributes},
        {QStringLiteral("memos"), p.memos},
        {QStringLiteral("source_values"), p.sourceValues},
        {QStringLiteral("selections_checked"), p.selectionsChecked},
        {QStringLiteral("selections_on_word_boundaries"), p.selectionsOnWordBoundaries},
        {QStringLiteral("quotes_checked"), p.quotesChecked},
        {QStringLiteral("quotes_matched"), p.quotesMatched},
        {QStringLiteral("not_imported"), skipped},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(p.warnings)},
        {QStringLiteral("notes"), QJsonArray::fromStringList(p.notes)}};
}

void printPreview(QTextStream &out, const refi::RefiPreview &p)
{
    //: %1 is the file, %2 the tool that made it.
    out << (p.origin.isEmpty() ? p.fileName
                               : QCoreApplication::translate("gw::cli::import_qdpx", "%1 (from %2)")
                                     .arg(p.fileName, p.origin))
        << '\n';
    if (p.themes || p.dimensions)
        out << "  "
            << QCoreApplication::translate("gw::cli::import_qdpx",
                                           "comes in: %1 sources, %2 codes, %3 themes, %4 dimensions, %5 segments, "
                                           "%6 cases, %7 attributes, %8 memos, %9 coders\n")
                   .arg(QString::number(p.sources), QString::number(p.codes), QString::number(p.themes),
                        QString::number(p.dimensions), QString::number(p.segments), QString::number(p.cases),
                        QString::number(p.attributes), QString::number(p.memos), QString::number(p.coders));
    else
        out << "  "
            << QCoreApplication::translate("gw::cli::import_qdpx",
                                           "comes in: %1 sources, %2 codes, %3 segments, %4 cases, %5 attributes, "
                                           "%6 memos, %7 coders\n")
                   .arg(QString::number(p.sources), QString::number(p.codes), QString::number(p.segments),
                        QString::number(p.cases), QString::number(p.attributes), QString::number(p.memos),
                        QString::number(p.coders));
    if (p.selectionsChecked > 0)
        //: %1 is the unit of the positions as the option --positions takes it: chars, chars-lf or utf16.
        out << "  "
            << QCoreApplication::translate("gw::cli::import_qdpx",
                                           "positions: %1; %2 of %3 segments start and end on word boundaries")
                   .arg(refi::toString(p.positions), QString::number(p.selectionsOnWordBoundaries),
                        QString::number(p.selectionsChecked))
            << (p.quotesChecked > 0 ? QCoreApplication::translate("gw::cli::import_qdpx",
                                                                  "; %1 of %2 quoted passages match the text")
                                          .arg(p.quotesMatched)
                                          .arg(p.quotesChecked)
                                    : QString())
            << '\n';
    for (const QString &n : p.notes)
        out << "  " << QCoreApplication::translate("gw::cli::import_qdpx", "note: %1").arg(n) << '\n';
    if (!p.skipped.isEmpty())
        out << "  "
            << QCoreApplication::translate("gw::cli::import_qdpx", "not imported (%1 sources, %2 segments):\n")
                   .arg(QString::number(p.sourcesSkipped), QString::number(p.segmentsSkipped));
    for (const refi::Skipped &s : p.skipped)
        out << "    " << s.what << " " << s.name << ": " << s.reason << '\n';
    for (const QString &w : p.warnings)
        out << "  " << QCoreApplication::translate("gw::cli::import_qdpx", "warning: %1").arg(w) << '\n';
}

class ImportQdpxVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("import-qdpx"); }
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::import_qdpx",
                                           "Import a REFI-QDA project (.qdpx) or codebook (.qdc).");
    }
    QString description() const override
    {
        return QCoreApplication::translate(
            "gw::cli::import_qdpx",
            "Import a REFI-QDA project (.qdpx, or a bare .qde) or codebook (.qdc) made by NVivo,\n"
            "ATLAS.ti, MAXQDA, QualCoder or another tool. Text sources, codes (with their colours),\n"
            "segments with their coders, cases and variables (as attributes) and notes (as memos)\n"
            "come in; the preview lists what does not and why. The project is created when it\n"
            "does not exist; into an existing one the file is merged (sources matched by their\n"
            "text, codes by GUID then name). All or nothing: on an error nothing is written.");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addOption({QStringLiteral("dry-run"),
                          QCoreApplication::translate("gw::cli::import_qdpx", "Show the preview; write nothing.")});
        parser.addOption(
            {QStringLiteral("positions"),
             QCoreApplication::translate("gw::cli::import_qdpx",
                                         "Read the file's positions in chars (characters over the text as stored), "
                                         "chars-lf (characters, a line end counted as one) or utf16 (UTF-16 units), "
                                         "instead of what the file's evidence suggests."),
             QStringLiteral("UNIT")});
        parser.addPositionalArgument(QStringLiteral("FILE"),
                                     QCoreApplication::translate("gw::cli::import_qdpx",
                                                                 "The .qdpx, .qde or .qdc file."));
    }

    int run(const QCommandLineParser &parser, Io &io) const override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 1) {
            io.err << QCoreApplication::translate("gw::cli::import_qdpx",
                                                  "groundwork-cli import-qdpx: give one .qdpx, .qde or .qdc file.\n");
            return Usage;
        }
        QString path = parser.value(QStringLiteral("project"));
        if (path.isEmpty())
            path = qEnvironmentVariable("GROUNDWORK_PROJECT");
        if (path.isEmpty()) {
            io.err << QCoreApplication::translate(
                "gw::cli::import_qdpx",
                "groundwork-cli import-qdpx: no project given; use -p FILE or set GROUNDWORK_PROJECT.\n");
            return Usage;
        }
        const bool json = parser.isSet(QStringLiteral("json"));
        const bool dryRun = parser.isSet(QStringLiteral("dry-run"));

        std::optional<refi::PositionUnit> positions;
        if (parser.isSet(QStringLiteral("positions"))) {
            positions = refi::positionUnitFromString(parser.value(QStringLiteral("positions")));
            if (!positions) {
                io.err << QCoreApplication::translate("gw::cli::import_qdpx",
                                                      "groundwork-cli import-qdpx: --positions takes chars, chars-lf "
                                                      "or utf16.\n");
                return Usage;
            }
        }
        auto plan = refi::planImport(args.first(), {}, positions);
        if (!plan) {
            if (json)
                writeJson(io, QJsonDocument(QJsonObject{{QStringLiteral("refused"), plan.error().message}}));
            return reportError(io, plan.error());
        }
        QJsonObject result{{QStringLiteral("preview"), previewJson(plan->preview)},
                           {QStringLiteral("dry_run"), dryRun}};
        if (!json)
            printPreview(io.out, plan->preview);
        if (dryRun) {
            if (json)
                writeJson(io, QJsonDocument(result));
            else
                io.out << QCoreApplication::translate("gw::cli::import_qdpx", "Dry run: nothing was written.\n");
            return Ok;
        }

        const bool created = !QFileInfo::exists(path);
        std::unique_ptr<Project> project;
        if (created) {
            auto made = Project::create(path);
            if (!made)
                return reportError(io, made.error(), Usage);
            project = std::move(*made);
            const QString coder = parser.isSet(QStringLiteral("coder")) ? parser.value(QStringLiteral("coder"))
                                                                        : qEnvironmentVariable("GROUNDWORK_CODER");
            if (!coder.isEmpty())
                (void)project->setCoder(coder);
        } else {
            project = openProject(parser, io);
            if (!project)
                return Usage;
        }
        auto written = refi::writeImport(*project, *plan);
        if (!written) {
            if (created) {
                project.reset();
                QFile::remove(path);
                QFile::remove(path + QStringLiteral("-wal"));
                QFile::remove(path + QStringLiteral("-shm"));
            }
            return reportError(io, written.error());
        }
        const refi::WriteReport &r = *written;
        if (json) {
            result.insert(QStringLiteral("created"), created);
            result.insert(QStringLiteral("written"),
                          QJsonObject{{QStringLiteral("sources_added"), r.sourcesAdded},
                                      {QStringLiteral("sources_matched"), r.sourcesMatched},
                                      {QStringLiteral("sources_matched_trimmed"), r.sourcesMatchedTrimmed},
                                      {QStringLiteral("codes_added"), r.codesAdded},
                                      {QStringLiteral("codes_matched"), r.codesMatched},
                                      {QStringLiteral("segments_added"), r.segmentsAdded},
                                      {QStringLiteral("segments_existing"), r.segmentsExisting},
                                      {QStringLiteral("cases_added"), r.casesAdded},
                                      {QStringLiteral("cases_matched"), r.casesMatched},
                                      {QStringLiteral("attributes_added"), r.attributesAdded},
                                      {QStringLiteral("memos_added"), r.memosAdded},
                                      {QStringLiteral("coders_added"), r.codersAdded}});
            writeJson(io, QJsonDocument(result));
            return Ok;
        }
        const QString trimmed =
            r.sourcesMatchedTrimmed > 0
                ? QCoreApplication::translate("gw::cli::import_qdpx",
                                              ", %1 of them differing only in white space at the end")
                      .arg(r.sourcesMatchedTrimmed)
                : QString();
        //: %1 is the project; %4 is empty or ", N of them differing only in white space at the end".
        const QString createdMessage = QCoreApplication::translate(
            "gw::cli::import_qdpx", "Created %1: %2 sources (%3 already there%4), %5 codes (%6 matched), "
                                    "%7 segments, %8 cases, %9 memos.\n");
        //: %1 is the project; %4 is empty or ", N of them differing only in white space at the end".
        const QString importedMessage = QCoreApplication::translate(
            "gw::cli::import_qdpx", "Imported into %1: %2 sources (%3 already there%4), %5 codes (%6 matched), "
                                    "%7 segments, %8 cases, %9 memos.\n");
        io.out << (created ? createdMessage : importedMessage)
                      .arg(path, QString::number(r.sourcesAdded), QString::number(r.sourcesMatched), trimmed,
                           QString::number(r.codesAdded), QString::number(r.codesMatched),
                           QString::number(r.segmentsAdded), QString::number(r.casesAdded),
                           QString::number(r.memosAdded));
        return Ok;
    }
};

} // namespace

std::unique_ptr<Verb> makeImportQdpxVerb() { return std::make_unique<ImportQdpxVerb>(); }

} // namespace gw::cli

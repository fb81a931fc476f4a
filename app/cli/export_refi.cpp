// export qdpx -p F -o OUT.qdpx and export qdc -p F -o OUT.qdc: the project (or
// its codebook alone) for other tools, in the REFI-QDA exchange format. Two
// subjects of "export", registered like "export data-structure".
#include "app/cli/common.h"
#include "app/cli/verbs.h"
#include "core/refi/qdpx_export.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

namespace gw::cli {

namespace {

class ExportRefiVerb final : public Verb
{
public:
    explicit ExportRefiVerb(bool codebook) : m_codebook(codebook) {}

    QString name() const override
    {
        return m_codebook ? QStringLiteral("export qdc") : QStringLiteral("export qdpx"); // data: verb name
    }
    QString summary() const override
    {
        return m_codebook
                   ? QCoreApplication::translate("gw::cli::export_refi", "Write the codebook as REFI-QDA (.qdc).")
                   : QCoreApplication::translate("gw::cli::export_refi",
                                                 "Write the project as REFI-QDA (.qdpx) for other tools.");
    }
    QString description() const override
    {
        return m_codebook
                   ? QCoreApplication::translate(
                         "gw::cli::export_refi",
                         "Write the codebook (dimensions > themes > codes, as nested codes with their\n"
                         "definitions and colours) as a REFI-QDA .qdc file.")
                   : QCoreApplication::translate(
                         "gw::cli::export_refi",
                         "Write the whole project as a REFI-QDA .qdpx file: coders, the codebook (the\n"
                         "tiers as nested codes), sources' text, segments, cases and attributes, memos.\n"
                         "What REFI-QDA cannot hold (stages, tiers, memo targets, speaker turns, the\n"
                         "audit log) travels in groundwork/extension.json inside the file, so that\n"
                         "importing it back into Groundwork loses nothing.");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                          QCoreApplication::translate("gw::cli::export_refi", "The file to write."),
                          QStringLiteral("OUT")});
    }

    int run(const QCommandLineParser &parser, Io &io) const override
    {
        const QString out = parser.value(QStringLiteral("output"));
        if (out.isEmpty() || !parser.positionalArguments().isEmpty()) {
            io.err << QCoreApplication::translate("gw::cli::export_refi",
                                                  "groundwork-cli %1: give the file to write with -o OUT.\n")
                          .arg(name());
            return Usage;
        }
        auto project = openProject(parser, io, Access::Read);
        if (!project)
            return Usage;
        auto report = m_codebook ? refi::exportQdc(*project, out) : refi::exportQdpx(*project, out);
        if (!report)
            return reportError(io, report.error());
        if (parser.isSet(QStringLiteral("json"))) {
            writeJson(io, QJsonDocument(QJsonObject{{QStringLiteral("path"), QFileInfo(out).absoluteFilePath()},
                                                    {QStringLiteral("sources"), report->sources},
                                                    {QStringLiteral("segments"), report->segments},
                                                    {QStringLiteral("codes"), report->codes},
                                                    {QStringLiteral("themes"), report->themes},
                                                    {QStringLiteral("dimensions"), report->dimensions},
                                                    {QStringLiteral("memos"), report->memos},
                                                    {QStringLiteral("cases"), report->cases},
                                                    {QStringLiteral("bytes"), report->bytes}}));
            return Ok;
        }
        if (m_codebook)
            io.out << QCoreApplication::translate("gw::cli::export_refi",
                                                  "Wrote %1: %2 codes, %3 themes, %4 dimensions.\n")
                          .arg(out, QString::number(report->codes), QString::number(report->themes),
                               QString::number(report->dimensions));
        else
            io.out << QCoreApplication::translate("gw::cli::export_refi",
                                                  "Wrote %1: %2 codes, %3 themes, %4 dimensions, %5 sources, "
                                                  "%6 segments, %7 cases, %8 memos.\n")
                          .arg(out, QString::number(report->codes), QString::number(report->themes),
                               QString::number(report->dimensions), QString::number(report->sources),
                               QString::number(report->segments), QString::number(report->cases),
                               QString::number(report->memos));
        return Ok;
    }

private:
    bool m_codebook;
};

} // namespace

std::unique_ptr<Verb> makeExportQdpxVerb() { return std::make_unique<ExportRefiVerb>(false); }
std::unique_ptr<Verb> makeExportQdcVerb() { return std::make_unique<ExportRefiVerb>(true); }

} // namespace gw::cli

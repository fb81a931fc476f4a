// export qdpx -p F -o OUT.qdpx and export qdc -p F -o OUT.qdc: the project (or
// its codebook alone) for other tools, in the REFI-QDA exchange format. Two
// subjects of "export", registered like "export data-structure".
#include "app/cli/common.h"
#include "app/cli/verbs.h"
#include "core/refi/qdpx_export.h"

#include <QFileInfo>
#include <QJsonObject>

namespace gw::cli {

namespace {

class ExportRefiVerb final : public Verb
{
public:
    explicit ExportRefiVerb(bool codebook) : m_codebook(codebook) {}

    QString name() const override { return m_codebook ? QStringLiteral("export qdc") : QStringLiteral("export qdpx"); }
    QString summary() const override
    {
        return m_codebook ? QStringLiteral("Write the codebook as REFI-QDA (.qdc).")
                          : QStringLiteral("Write the project as REFI-QDA (.qdpx) for other tools.");
    }
    QString description() const override
    {
        return m_codebook
                   ? QStringLiteral("Write the codebook (dimensions > themes > codes, as nested codes with their\n"
                                    "definitions and colours) as a REFI-QDA .qdc file.")
                   : QStringLiteral("Write the whole project as a REFI-QDA .qdpx file: coders, the codebook (the\n"
                                    "tiers as nested codes), sources' text, segments, cases and attributes, memos.\n"
                                    "What REFI-QDA cannot hold (stages, tiers, memo targets, speaker turns, the\n"
                                    "audit log) travels in groundwork/extension.json inside the file, so that\n"
                                    "importing it back into Groundwork loses nothing.");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("The file to write."),
                          QStringLiteral("OUT")});
    }

    int run(const QCommandLineParser &parser, Io &io) const override
    {
        const QString out = parser.value(QStringLiteral("output"));
        if (out.isEmpty() || !parser.positionalArguments().isEmpty()) {
            io.err << "groundwork-cli " << name() << ": give the file to write with -o OUT.\n";
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
        io.out << "Wrote " << out << ": " << report->codes << " codes, " << report->themes << " themes, "
               << report->dimensions << " dimensions";
        if (!m_codebook)
            io.out << ", " << report->sources << " sources, " << report->segments << " segments, " << report->cases
                   << " cases, " << report->memos << " memos";
        io.out << ".\n";
        return Ok;
    }

private:
    bool m_codebook;
};

} // namespace

std::unique_ptr<Verb> makeExportQdpxVerb() { return std::make_unique<ExportRefiVerb>(false); }
std::unique_ptr<Verb> makeExportQdcVerb() { return std::make_unique<ExportRefiVerb>(true); }

} // namespace gw::cli

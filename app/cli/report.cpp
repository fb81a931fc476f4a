// report participants -p F --rows ATTR[,ATTR] [--group-by ATTR] [--order V,V] [-o FILE] [--json]:
// the participants table (a paper's Table 2) from the cases' attributes.
// (The quote report and the codebook will be report verbs too.)
#include "app/cli/analysis_support.h"
#include "app/cli/verbs.h"
#include "core/analysis/participants_table.h"

#include <QJsonArray>
#include <QJsonObject>

namespace gw::cli {

namespace {

QStringList commaList(const QString &text)
{
    QStringList out;
    for (const QString &item : text.split(u','))
        if (!item.trimmed().isEmpty())
            out.append(item.trimmed());
    return out;
}

class ReportParticipantsVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("report participants"); }
    QString summary() const override { return QStringLiteral("The participants table (n and %) from case attributes."); }
    QString description() const override
    {
        return QStringLiteral(
            "How many cases have each value of the --rows attributes\n"
            "(comma-separated), as n and the % of all cases (rounded half up), optionally\n"
            "grouped by --group-by with a total row per group. Values come largest first;\n"
            "--order puts the values it lists first, in its order. A case without a value\n"
            "counts as \"Not recorded\". -o FILE writes md, tex, html, csv, odt or xlsx (as CSV:\n"
            "one row per value, its label first, then n and %).");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addOption({QStringLiteral("rows"), QStringLiteral("Attributes whose values are the rows."),
                          QStringLiteral("ATTRIBUTES")});
        parser.addOption({QStringLiteral("group-by"), QStringLiteral("An attribute that groups the rows."),
                          QStringLiteral("ATTRIBUTE")});
        parser.addOption({QStringLiteral("order"), QStringLiteral("Values to put first, in this order (comma-separated)."),
                          QStringLiteral("VALUES")});
        addOutputOption(parser, QStringLiteral("md, tex, html, csv, odt, xlsx"));
    }
    int run(const QCommandLineParser &parser, Io &io) const override
    {
        ParticipantsSpec spec;
        spec.rows = commaList(parser.value(QStringLiteral("rows")));
        spec.groupBy = parser.value(QStringLiteral("group-by")).trimmed();
        spec.order = commaList(parser.value(QStringLiteral("order")));
        if (spec.rows.isEmpty()) {
            io.err << "groundwork-cli report participants: give --rows, the attribute(s) whose values are the rows.\n";
            return Usage;
        }
        auto project = openProject(parser, io, Access::Read);
        if (!project)
            return Usage;
        auto cases = project->cases();
        auto attributes = project->attributes();
        if (!cases || !attributes)
            return reportError(io, !cases ? cases.error() : attributes.error());
        auto table = participantsTable(*cases, *attributes, spec);
        if (!table)
            return reportAnalysisError(io, table.error());
        const QString out = parser.value(QStringLiteral("output"));
        if (!out.isEmpty())
            if (const int written = writeTableOutput(*table, out, io, name()); written != Ok)
                return written;
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray rows;
            for (const auto &row : table->rows)
                rows.append(QJsonObject{{QStringLiteral("label"), row[0].text},
                                        {QStringLiteral("n"), row[1].text.isEmpty() ? QJsonValue() : QJsonValue(row[1].text.toInt())},
                                        {QStringLiteral("percent"), row[2].text.isEmpty() ? QJsonValue() : QJsonValue(row[2].text.toInt())}});
            writeJson(io, QJsonDocument(QJsonObject{{QStringLiteral("caption"), table->caption},
                                                    {QStringLiteral("total"), qint64(cases->size())},
                                                    {QStringLiteral("rows"), rows}}));
            return Ok;
        }
        if (!out.isEmpty()) {
            io.out << "Wrote the participants table (" << table->rows.size() << " rows) to " << out << ".\n";
            return Ok;
        }
        io.out << table->caption << '\n';
        for (const auto &row : table->rows)
            io.out << row[0].text.leftJustified(40, u' ', true) << '\t' << row[1].text << '\t' << row[2].text << '\n';
        io.out << table->footnote << '\n';
        return Ok;
    }
};

} // namespace

std::unique_ptr<Verb> makeReportParticipantsVerb() { return std::make_unique<ReportParticipantsVerb>(); }

} // namespace gw::cli

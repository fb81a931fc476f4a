// The write-up reports:
// report participants -p F --rows ATTR[,ATTR] [--group-by ATTR] [--order V,V] [-o FILE] [--json]:
//   the participants table (a paper's Table 2) from the cases' attributes;
// report quotes -p F [--segments N] [--attribution TEMPLATE] [-o FILE]: the quotes by theme;
// report codebook -p F [-o FILE]: the codebook as a document;
// report attribution -p F [TEMPLATE | --clear]: how quotes cite their speakers.
#include "app/cli/analysis_support.h"
#include "app/cli/verbs.h"
#include "core/analysis/participants_table.h"
#include "core/analysis/write_up.h"
#include "core/model/project.h"


#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace gw::cli {

namespace {

class ReportParticipantsVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("report participants"); } // data: the verb's name
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::report", "The participants table (n and %) from case attributes.");
    }
    QString description() const override
    {
        //: "Not recorded" is what the table writes for a case without a value (the table stays English).
        return QCoreApplication::translate(
            "gw::cli::report",
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
        parser.addOption({QStringLiteral("rows"),
                          QCoreApplication::translate("gw::cli::report", "Attributes whose values are the rows."),
                          QStringLiteral("ATTRIBUTES")});
        parser.addOption({QStringLiteral("group-by"),
                          QCoreApplication::translate("gw::cli::report", "An attribute that groups the rows."),
                          QStringLiteral("ATTRIBUTE")});
        parser.addOption({QStringLiteral("order"),
                          QCoreApplication::translate("gw::cli::report",
                                                      "Values to put first, in this order (comma-separated)."),
                          QStringLiteral("VALUES")});
        addOutputOption(parser, QStringLiteral("md, tex, html, csv, odt, xlsx")); // data: format keys
    }
    int run(const QCommandLineParser &parser, Io &io) const override
    {
        ParticipantsSpec spec;
        spec.rows = listValues(parser, QStringLiteral("rows"));
        spec.groupBy = parser.value(QStringLiteral("group-by")).trimmed();
        spec.order = listValues(parser, QStringLiteral("order"));
        if (spec.rows.isEmpty()) {
            io.err << QCoreApplication::translate(
                "gw::cli::report",
                "groundwork-cli report participants: give --rows, the attribute(s) whose values are the rows.\n");
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
            io.out << QCoreApplication::translate("gw::cli::report", "Wrote the participants table (%1 rows) to %2.\n")
                          .arg(table->rows.size())
                          .arg(out);
            return Ok;
        }
        io.out << table->caption << '\n';
        for (const auto &row : table->rows)
            io.out << row[0].text.leftJustified(40, u' ', true) << '\t' << row[1].text << '\t' << row[2].text << '\n';
        io.out << table->footnote << '\n';
        return Ok;
    }
};

// Writes DOCUMENT to the -o file in the format its suffix names, or as
// Markdown to the standard output.
int writeDocumentOutput(const Document &document, const QCommandLineParser &parser, Io &io, const QString &verb)
{
    const QString out = parser.value(QStringLiteral("output"));
    const bool json = parser.isSet(QStringLiteral("json"));
    if (out.isEmpty() && json) { // the document as Markdown inside the JSON
        //: Where the document goes, named in an error message.
        auto bytes = documentBytes(document, DocumentFormat::Markdown,
                                   QCoreApplication::translate("gw::cli::report", "standard output"));
        if (!bytes)
            return reportError(io, bytes.error());
        writeJson(io, QJsonDocument(QJsonObject{{QStringLiteral("title"), document.title},
                                                {QStringLiteral("blocks"), qint64(document.blocks.size())},
                                                {QStringLiteral("markdown"), QString::fromUtf8(*bytes)}}));
        return Ok;
    }
    if (out.isEmpty()) {
        //: Where the document goes, named in an error message.
        auto bytes = documentBytes(document, DocumentFormat::Markdown,
                                   QCoreApplication::translate("gw::cli::report", "standard output"));
        if (!bytes)
            return reportError(io, bytes.error());
        io.out << QString::fromUtf8(*bytes);
        return Ok;
    }
    const auto format = documentFormatFromString(QFileInfo(out).suffix());
    if (!format) {
        //: %1 is the verb, e.g. "report quotes"; %2 the file given.
        io.err << QCoreApplication::translate("gw::cli::report",
                                              "groundwork-cli %1: name the output .md, .html, .tex or .odt (not %2).\n")
                      .arg(verb, out);
        return Usage;
    }
    if (auto written = writeDocument(document, *format, out); !written)
        return reportError(io, written.error());
    if (json) {
        writeJson(io, QJsonDocument(QJsonObject{{QStringLiteral("title"), document.title},
                                                {QStringLiteral("blocks"), qint64(document.blocks.size())},
                                                {QStringLiteral("path"), out}}));
        return Ok;
    }
    //: %1 is the document's title, %2 the file.
    io.out << QCoreApplication::translate("gw::cli::report", "Wrote %1 to %2.\n").arg(document.title, out);
    return Ok;
}

class ReportQuotesVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("report quotes"); } // data: the verb's name
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::report", "The exemplar quotes by dimension and theme, cited.");
    }
    QString description() const override
    {
        //: "Participant from {site}" is an example of a template; {site} names an attribute and stays as it is.
        return QCoreApplication::translate(
            "gw::cli::report",
            "Per dimension and theme, the theme's exemplar quotes, each cited by its\n"
            "speaker's case attributes and its source: a findings section's raw material.\n"
            "--segments N adds up to N segments of each code under the theme (one per source,\n"
            "in import order). --attribution sets the citation for this report only (as\n"
            "report attribution sets it for the project), e.g. \"Participant from {site}\".\n"
            "-o FILE writes md, html, tex (each quote a quote environment) or odt; without it\n"
            "Markdown goes to the standard output.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addOption({QStringLiteral("segments"),
                          QCoreApplication::translate("gw::cli::report", "Segments of each code to add (default 0)."),
                          QStringLiteral("N"), QStringLiteral("0")});
        parser.addOption({QStringLiteral("attribution"),
                          QCoreApplication::translate("gw::cli::report", "How quotes cite their speakers."),
                          QStringLiteral("TEMPLATE")});
        addOutputOption(parser, QStringLiteral("md, html, tex, odt")); // data: format keys
    }
    int run(const QCommandLineParser &parser, Io &io) const override
    {
        QuoteReportOptions options;
        bool ok = false;
        options.segmentsPerCode = parser.value(QStringLiteral("segments")).toInt(&ok);
        if (!ok || options.segmentsPerCode < 0) {
            io.err << QCoreApplication::translate("gw::cli::report",
                                                  "groundwork-cli report quotes: --segments is a number, 0 or more.\n");
            return Usage;
        }
        options.attribution = parser.value(QStringLiteral("attribution"));
        auto project = openProject(parser, io, Access::Read);
        if (!project)
            return Usage;
        auto document = quoteReport(*project, options);
        if (!document)
            return reportError(io, document.error(), document.error().kind == ErrorKind::InvalidInput ? Usage : Failed);
        return writeDocumentOutput(*document, parser, io, name());
    }

};

class ReportCodebookVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("report codebook"); } // data: the verb's name
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::report", "The codebook as a document.");
    }
    QString description() const override
    {
        return QCoreApplication::translate(
            "gw::cli::report",
            "Dimensions, themes and codes with their definitions; each code's stage, segment\n"
            "and source counts, first and last use, an example quote (the theme's chosen\n"
            "exemplar when one is coded with it, else its first segment) and its merges and\n"
            "splits from the audit log. -o FILE writes md, html, tex or odt; without it\n"
            "Markdown goes to the standard output.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        addOutputOption(parser, QStringLiteral("md, html, tex, odt")); // data: format keys
    }
    int run(const QCommandLineParser &parser, Io &io) const override
    {
        auto project = openProject(parser, io, Access::Read);
        if (!project)
            return Usage;
        auto document = codebookDocument(*project);
        if (!document)
            return reportError(io, document.error());
        return writeDocumentOutput(*document, parser, io, name());
    }
};

class ReportAttributionVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("report attribution"); } // data: the verb's name
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::report", "Show or set how quotes cite their speakers.");
    }
    QString description() const override
    {
        //: "Participant from {site}" is an example of a template ({site} names an attribute and stays as it is);
        //: "Role from Site" describes the automatic citation: a case's role, then its site.
        return QCoreApplication::translate(
            "gw::cli::report",
            "How every quote (Table 1's exemplars, the quote report, the codebook, passage\n"
            "lists) cites its speaker: a TEMPLATE over case attributes, each {NAME} the\n"
            "case's value of that attribute, e.g. \"Participant from {site}\". A case without\n"
            "a value for a placeholder is cited by its name. --clear goes back to the automatic\n"
            "\"Role from Site\". Without TEMPLATE, shows the one set.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addOption({QStringLiteral("clear"),
                          QCoreApplication::translate("gw::cli::report", "Go back to the automatic attribution.")});
        //: An example of a template; {site} names an attribute and stays as it is.
        parser.addPositionalArgument(
            QStringLiteral("TEMPLATE"),
            QCoreApplication::translate("gw::cli::report", "e.g. \"Participant from {site}\"."));
    }
    int run(const QCommandLineParser &parser, Io &io) const override
    {
        const QString templ = parser.positionalArguments().join(u' ').trimmed();
        const bool clear = parser.isSet(QStringLiteral("clear"));
        if (clear && !templ.isEmpty()) {
            io.err << QCoreApplication::translate(
                "gw::cli::report", "groundwork-cli report attribution: give a TEMPLATE or --clear, not both.\n");
            return Usage;
        }
        const bool change = clear || !templ.isEmpty();
        auto project = openProject(parser, io, change ? Access::Write : Access::Read);
        if (!project)
            return Usage;
        if (change)
            if (auto ok = project->setAttributionTemplate(templ); !ok)
                return reportError(io, ok.error(), ok.error().kind == ErrorKind::InvalidInput ? Usage : Failed);
        const QString now = project->attributionTemplate();
        if (parser.isSet(QStringLiteral("json"))) {
            writeJson(io, QJsonDocument(QJsonObject{{QStringLiteral("attribution"), now},
                                                    {QStringLiteral("automatic"), now.isEmpty()}}));
            return Ok;
        }
        //: "Role from Site" describes the automatic citation: a case's role, then its site.
        io.out << (now.isEmpty() ? QCoreApplication::translate("gw::cli::report",
                                                               "Quotes are cited automatically, as \"Role from Site\".")
                                 : QCoreApplication::translate("gw::cli::report", "Quotes are cited as \"%1\".")
                                       .arg(now))
               << '\n';
        return Ok;
    }
};

} // namespace

std::unique_ptr<Verb> makeReportQuotesVerb() { return std::make_unique<ReportQuotesVerb>(); }
std::unique_ptr<Verb> makeReportCodebookVerb() { return std::make_unique<ReportCodebookVerb>(); }
std::unique_ptr<Verb> makeReportAttributionVerb() { return std::make_unique<ReportAttributionVerb>(); }
std::unique_ptr<Verb> makeReportParticipantsVerb() { return std::make_unique<ReportParticipantsVerb>(); }

} // namespace gw::cli

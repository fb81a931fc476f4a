// agreement: how far coders agree, per code and overall (percentage agreement,
// Cohen's kappa, Krippendorff's alpha), with the method in words.
#include "core/analysis/agreement.h"
#include "core/export/agreement_table.h"

#include "app/cli/common.h"
#include "app/cli/verbs.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <cmath>

namespace gw::cli {

namespace {

// Every value of OPTION, each split on commas, blanks dropped.
QStringList listOption(const QCommandLineParser &parser, const QString &option)
{
    QStringList out;
    for (const QString &value : parser.values(option))
        for (const QString &item : value.split(QLatin1Char(',')))
            if (!item.trimmed().isEmpty())
                out << item.trimmed();
    return out;
}

QJsonValue number(double value)
{
    return std::isnan(value) ? QJsonValue() : QJsonValue(value);
}

QString figure(double value, int decimals)
{
    return agreementFigure(value, decimals);
}

QJsonObject toJson(const CodeAgreement &code)
{
    QJsonArray pairs;
    for (const PairAgreement &p : code.pairs)
        pairs.append(QJsonObject{{QStringLiteral("coders"), QJsonArray{p.first, p.second}},
                                 {QStringLiteral("both"), qint64(p.table.both)},
                                 {QStringLiteral("firstOnly"), qint64(p.table.firstOnly)},
                                 {QStringLiteral("secondOnly"), qint64(p.table.secondOnly)},
                                 {QStringLiteral("neither"), qint64(p.table.neither)},
                                 {QStringLiteral("agreement"), number(p.table.percentAgreement())},
                                 {QStringLiteral("kappa"), number(p.table.kappa())}});
    return QJsonObject{{QStringLiteral("code"), code.code},
                       {QStringLiteral("units"), qint64(code.units())},
                       {QStringLiteral("alpha"), number(code.alpha())},
                       {QStringLiteral("pairs"), pairs}};
}

QJsonDocument toJson(const AgreementResult &r)
{
    QJsonArray sources;
    for (const SourceInfo &s : r.sources)
        sources.append(s.name);
    QJsonArray codes;
    for (const CodeAgreement &c : r.codes)
        codes.append(toJson(c));
    return QJsonDocument(
        QJsonObject{{QStringLiteral("unit"), toString(r.unit)},
                    {QStringLiteral("coders"), QJsonArray::fromStringList(r.coders)},
                    {QStringLiteral("pooled"), QJsonArray::fromStringList(r.pooled)},
                    {QStringLiteral("sources"), sources},
                    {QStringLiteral("codes"), codes},
                    {QStringLiteral("overall"), toJson(r.overall)},
                    {QStringLiteral("method"), r.method}});
}

void writeRows(QTextStream &out, const CodeAgreement &code, int nameWidth)
{
    bool first = true;
    for (const PairAgreement &p : code.pairs) {
        out << (first ? code.code : QString()).leftJustified(nameWidth) << "  "
            << (p.first + QStringLiteral("-") + p.second).leftJustified(14) << "  "
            << QString::number(p.table.units()).rightJustified(9) << "  "
            << (figure(p.table.percentAgreement(), 1) + QStringLiteral("%")).rightJustified(9)
            << "  " << figure(p.table.kappa(), 3).rightJustified(6) << "  "
            << (first ? figure(code.alpha(), 3) : QString()).rightJustified(6) << '\n';
        first = false;
    }
}

void writeTable(QTextStream &out, const AgreementResult &r)
{
    int nameWidth = 16;
    for (const CodeAgreement &c : r.codes)
        nameWidth = std::max(nameWidth, int(c.code.size()));
    //: A column heading of the agreement table on the screen.
    out << QCoreApplication::translate("gw::cli::agreement", "Code").leftJustified(nameWidth) << "  "
        //: A column heading of the agreement table on the screen.
        << QCoreApplication::translate("gw::cli::agreement", "Coders").leftJustified(14) << "  "
        //: A column heading of the agreement table on the screen: how many units were compared.
        << QCoreApplication::translate("gw::cli::agreement", "Units").rightJustified(9) << "  "
        //: A column heading of the agreement table on the screen: percentage agreement.
        << QCoreApplication::translate("gw::cli::agreement", "Agreement").rightJustified(9) << "  "
        //: A column heading of the agreement table on the screen: Cohen's kappa.
        << QCoreApplication::translate("gw::cli::agreement", "Kappa").rightJustified(6) << "  "
        //: A column heading of the agreement table on the screen: Krippendorff's alpha.
        << QCoreApplication::translate("gw::cli::agreement", "Alpha").rightJustified(6) << '\n';
    for (const CodeAgreement &c : r.codes)
        writeRows(out, c, nameWidth);
    CodeAgreement overall = r.overall;
    //: The last row of the agreement table on the screen: all codes together.
    overall.code = QCoreApplication::translate("gw::cli::agreement", "Overall (pooled)");
    writeRows(out, overall, nameWidth);
    //: %1 is the method in words; n/a is how the table shows an undefined figure.
    out << QCoreApplication::translate("gw::cli::agreement", "\nMethod: %1 n/a marks an undefined figure.\n")
               .arg(agreementMethod(r, Wording::Translated));
}

class AgreementVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("agreement"); }
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::agreement", "Compare coders: agreement, Cohen's kappa, alpha.");
    }
    QString description() const override
    {
        return QCoreApplication::translate(
            "gw::cli::agreement",
            "How far coders who coded the same sources agree, per code and overall.\n"
            "The first coder of --coders is compared with each of the others: percentage\n"
            "agreement and Cohen's kappa. Krippendorff's alpha (nominal) takes all of them\n"
            "together. A unit is a character (--unit char, the default), a sentence or a\n"
            "paragraph; a coder codes a unit with a code when one of their segments with the\n"
            "code covers the character or overlaps the sentence or paragraph. Overall figures\n"
            "pool the units of all codes. Without --codes, every code one of the coders used\n"
            "in the chosen sources is compared. The method is printed with the table, to\n"
            "quote in a paper. Kappa and alpha are undefined (n/a, null in JSON) when all\n"
            "judgements are the same. With --pool the first coder is compared with the\n"
            "others taken as one group. With --output the table is written as Markdown,\n"
            "LaTeX, CSV or XLSX (or HTML, ODT) for a paper, the method as its footnote.\n\n"
            "Example: groundwork-cli agreement -p study.groundwork --coders ana,ben --unit "
            "sentence");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addOption({QStringLiteral("coders"),
                          QCoreApplication::translate("gw::cli::agreement", "The coders to compare, comma-separated; "
                                                                            "the first is compared with the others."),
                          QStringLiteral("A,B,...")});
        parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                          QCoreApplication::translate("gw::cli::agreement", "Write the table to this file (the format "
                                                                            "from --format or its suffix)."),
                          QStringLiteral("FILE")});
        parser.addOption({QStringLiteral("format"),
                          QCoreApplication::translate("gw::cli::agreement",
                                                      "md, tex, csv, xlsx (or html, odt) for --output."),
                          QStringLiteral("FORMAT")});
        parser.addOption({QStringLiteral("pool"),
                          QCoreApplication::translate("gw::cli::agreement",
                                                      "Compare the first coder with the others pooled into one "
                                                      "group (a unit is the group's when any of them coded it).")});
        parser.addOption({QStringLiteral("unit"),
                          QCoreApplication::translate("gw::cli::agreement", "char (default), sentence or paragraph."),
                          QStringLiteral("UNIT")});
        parser.addOption({QStringLiteral("sources"),
                          QCoreApplication::translate("gw::cli::agreement", "Only these sources, by name, "
                                                                            "comma-separated (or repeat the option)."),
                          QStringLiteral("NAMES")});
        parser.addOption({QStringLiteral("sets"),
                          QCoreApplication::translate("gw::cli::agreement", "Only the sources in these sets, "
                                                                            "comma-separated (or repeat the option)."),
                          QStringLiteral("NAMES")});
        parser.addOption({QStringLiteral("codes"),
                          QCoreApplication::translate("gw::cli::agreement", "Only these codes, by name, "
                                                                            "comma-separated (or repeat the option)."),
                          QStringLiteral("NAMES")});
    }

    int run(const QCommandLineParser &parser, Io &io) const override
    {
        AgreementRequest request;
        request.coders = listOption(parser, QStringLiteral("coders"));
        if (request.coders.size() < 2) {
            io.err << QCoreApplication::translate("gw::cli::agreement", "groundwork-cli agreement: give at least two "
                                                                        "coders, as --coders A,B.\n");
            return Usage;
        }
        if (parser.isSet(QStringLiteral("unit"))) {
            const auto unit = agreementUnitFromString(parser.value(QStringLiteral("unit")));
            if (!unit) {
                io.err << QCoreApplication::translate("gw::cli::agreement", "groundwork-cli agreement: --unit is char, "
                                                                            "sentence or paragraph.\n");
                return Usage;
            }
            request.unit = *unit;
        }
        request.poolOthers = parser.isSet(QStringLiteral("pool"));
        const QString output = parser.value(QStringLiteral("output"));
        std::optional<TableFormat> format;
        if (!output.isEmpty()) {
            format = tableFormatFromString(parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format"))
                                                                                  : QFileInfo(output).suffix());
            if (!format) {
                io.err << QCoreApplication::translate("gw::cli::agreement",
                                                      "groundwork-cli agreement: the table is written as md, tex, "
                                                      "csv, xlsx, html or odt; name it with --format or the file's "
                                                      "suffix.\n");
                return Usage;
            }
        }
        auto project = openProject(parser, io, Access::Read);
        if (!project)
            return Usage;
        for (const QString &name : listOption(parser, QStringLiteral("sources"))) {
            auto source = project->sourceByName(name);
            if (!source)
                return reportError(io, source.error());
            request.sourceIds.push_back(source->id);
        }
        for (const QString &name : listOption(parser, QStringLiteral("sets"))) {
            auto set = project->sourceSetByName(name);
            if (!set)
                return reportError(io, set.error(), Usage);
            for (const Id id : set->sourceIds)
                if (!std::ranges::count(request.sourceIds, id))
                    request.sourceIds.push_back(id);
            if (set->sourceIds.isEmpty())
                return reportError(io,
                                   Error{ErrorKind::InvalidInput,
                                         QCoreApplication::translate("gw::cli::agreement",
                                                                     "The set \"%1\" holds no sources.")
                                             .arg(set->name)},
                                   Usage);
        }
        for (const QString &name : listOption(parser, QStringLiteral("codes"))) {
            auto code = project->codeByName(name);
            if (!code)
                return reportError(io, code.error());
            request.codeIds.push_back(code->id);
        }
        auto result = computeAgreement(*project, request);
        if (!result)
            return reportError(io, result.error());
        if (format) {
            if (auto ok = writeAgreementTable(*result, *format, output); !ok)
                return reportError(io, ok.error());
            io.out << QCoreApplication::translate("gw::cli::agreement", "Wrote the agreement table to %1.\n")
                          .arg(output);
        } else if (parser.isSet(QStringLiteral("json")))
            writeJson(io, toJson(*result));
        else
            writeTable(io.out, *result);
        return Ok;
    }
};

} // namespace

std::unique_ptr<Verb> makeAgreementVerb()
{
    return std::make_unique<AgreementVerb>();
}

} // namespace gw::cli

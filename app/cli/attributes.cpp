// attributes import -p F SHEET: cases and their attributes from a CSV or XLSX
// sheet, previewed before anything is written.
#include "app/cli/common.h"
#include "app/cli/verbs.h"
#include "core/import/attribute_import.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace gw::cli {

namespace {

QJsonObject toJson(const AttributePlan &plan, const QString &sheet, bool dryRun, bool written)
{
    QJsonArray attributes, cases, problems;
    for (const PlannedAttribute &a : plan.attributes)
        attributes.append(QJsonObject{{QStringLiteral("name"), a.name},
                                      {QStringLiteral("type"), toString(a.type)},
                                      {QStringLiteral("new"), !a.exists}});
    for (const PlannedCase &c : plan.cases) {
        QJsonObject values;
        for (const auto &[attribute, value] : c.values)
            values.insert(attribute, value);
        cases.append(
            QJsonObject{{QStringLiteral("name"), c.name},
                        {QStringLiteral("row"), c.row},
                        {QStringLiteral("new"), !c.exists},
                        {QStringLiteral("values"), values},
                        {QStringLiteral("sources"), QJsonArray::fromStringList(c.sourceNames)}});
    }
    for (const SheetProblem &p : plan.problems)
        problems.append(
            QJsonObject{{QStringLiteral("severity"), p.severity == SheetProblem::Severity::Refusal
                                                         ? QStringLiteral("refusal")
                                                         : QStringLiteral("warning")},
                        {QStringLiteral("row"), p.row},
                        {QStringLiteral("message"), p.message}});
    return QJsonObject{{QStringLiteral("sheet"), sheet},
                       {QStringLiteral("idColumn"), plan.idColumn},
                       {QStringLiteral("sourceColumn"), plan.sourceColumn},
                       {QStringLiteral("refused"), plan.refused()},
                       {QStringLiteral("dryRun"), dryRun},
                       {QStringLiteral("written"), written},
                       {QStringLiteral("newCases"), qint64(plan.newCases())},
                       {QStringLiteral("links"), qint64(plan.links())},
                       {QStringLiteral("attributes"), attributes},
                       {QStringLiteral("cases"), cases},
                       {QStringLiteral("problems"), problems}};
}

void writePreview(Io &io, const AttributePlan &plan, const QString &sheet)
{
    const qsizetype created = plan.newCases();
    io.out << QCoreApplication::translate("gw::cli::attributes",
                                          "Sheet %1: %2 cases (%3 new, %4 to update), named by the column \"%5\"\n")
                  .arg(sheet, QString::number(plan.cases.size()), QString::number(created),
                       QString::number(plan.cases.size() - created), plan.idColumn);
    io.out << QCoreApplication::translate("gw::cli::attributes", "Attributes:\n");
    //: An attribute of the sheet is already in the project.
    const QString exists = QCoreApplication::translate("gw::cli::attributes", "exists");
    //: An attribute or case of the sheet is new to the project.
    const QString added = QCoreApplication::translate("gw::cli::attributes", "new");
    //: A case of the sheet is already in the project and gets the sheet's values.
    const QString update = QCoreApplication::translate("gw::cli::attributes", "update");
    for (const PlannedAttribute &a : plan.attributes)
        io.out << "  " << a.name.leftJustified(24) << ' ' << toString(a.type).leftJustified(8)
               << ' ' << (a.exists ? exists : added) << '\n';
    io.out << QCoreApplication::translate("gw::cli::attributes", "Cases:\n");
    const qsizetype statusWidth = qMax(update.size(), added.size());
    qsizetype unlinked = 0;
    for (const PlannedCase &c : plan.cases) {
        unlinked += c.sourceIds.isEmpty();
        const QString status = (c.exists ? update : added).leftJustified(statusWidth);
        io.out << "  " << c.name.leftJustified(16) << ' ' << status << ' '
               << (c.sourceNames.isEmpty()
                       ? QCoreApplication::translate("gw::cli::attributes", "no source")
                       : QCoreApplication::translate("gw::cli::attributes", "linked to %1")
                             .arg(c.sourceNames.join(QStringLiteral(", "))))
               << '\n';
    }
    io.out << QCoreApplication::translate("gw::cli::attributes",
                                          "Links: %1 case-source links; %2 cases without a source.\n")
                  .arg(QString::number(plan.links()), QString::number(unlinked));
    const QStringList warnings = plan.messages(SheetProblem::Severity::Warning);
    if (!warnings.isEmpty())
        io.out << QCoreApplication::translate("gw::cli::attributes", "Warnings (%1):").arg(warnings.size()) << "\n  "
               << warnings.join(QStringLiteral("\n  ")) << '\n';
    const QStringList refusals = plan.messages(SheetProblem::Severity::Refusal);
    if (!refusals.isEmpty())
        io.out << QCoreApplication::translate("gw::cli::attributes", "Refused (%1):").arg(refusals.size()) << "\n  "
               << refusals.join(QStringLiteral("\n  ")) << '\n';
}

class AttributesImportVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("attributes import"); } // data: verb name
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::attributes",
                                           "Import cases and attributes from a CSV or XLSX sheet.");
    }
    QString description() const override
    {
        return QCoreApplication::translate(
            "gw::cli::attributes",
            "Import cases (participants, sites) and their attributes from a sheet with one row per "
            "case:\n"
            "a .csv (comma, semicolon or tab) or the first sheet of an .xlsx. The id column names "
            "each\n"
            "case; every other column becomes an attribute whose type (number, date yyyy-mm-dd,\n"
            "boolean yes/no, else text) is read from its values. Each case is linked to the source "
            "named\n"
            "in --source-column (by source name or file name), or else to the source named like "
            "its id.\n"
            "Prints a preview first. A sheet with empty or duplicate ids is refused whole (exit 1) "
            "and\n"
            "nothing is written; with --dry-run nothing is written either. An empty cell keeps the "
            "value\n"
            "already in the project.");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addOption({QStringLiteral("id-column"),
                          QCoreApplication::translate("gw::cli::attributes",
                                                      "The column naming each case (default: the first)."),
                          QStringLiteral("NAME")});
        parser.addOption(
            {QStringLiteral("source-column"),
             QCoreApplication::translate("gw::cli::attributes",
                                         "A column of source names or file names to link each case to."),
             QStringLiteral("NAME")});
        parser.addOption(
            {QStringLiteral("dry-run"),
             QCoreApplication::translate("gw::cli::attributes", "Show the preview only; write nothing.")});
        parser.addPositionalArgument(QStringLiteral("SHEET"),
                                     QCoreApplication::translate("gw::cli::attributes", "A .csv or .xlsx file."));
    }

    int run(const QCommandLineParser &parser, Io &io) const override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 1) {
            io.err << QCoreApplication::translate(
                "gw::cli::attributes", "groundwork-cli attributes import: give one SHEET (.csv or .xlsx).\n");
            return Usage;
        }
        auto project = openProject(parser, io);
        if (!project)
            return Usage;
        auto sheet = readSheetFile(args[0]);
        if (!sheet)
            return reportError(io, sheet.error());
        const AttributeImportOptions options{parser.value(QStringLiteral("id-column")),
                                             parser.value(QStringLiteral("source-column"))};
        auto plan = planAttributes(*project, *sheet, options);
        if (!plan)
            return reportError(io, plan.error(),
                               plan.error().kind == ErrorKind::NotFound ? Usage : Failed);
        const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
        const bool write = !dryRun && !plan->refused();
        if (write) {
            if (auto ok = applyAttributes(*project, *plan); !ok)
                return reportError(io, ok.error());
        }
        const QString sheetName = QFileInfo(args[0]).fileName();
        if (parser.isSet(QStringLiteral("json")))
            writeJson(io, QJsonDocument(toJson(*plan, sheetName, dryRun, write)));
        else
            writePreview(io, *plan, sheetName);
        if (plan->refused()) {
            io.err << QCoreApplication::translate("gw::cli::attributes",
                                                  "groundwork-cli: %1 is refused; nothing was written.\n")
                          .arg(sheetName);
            return Failed;
        }
        if (!parser.isSet(QStringLiteral("json")))
            io.out << (dryRun ? QCoreApplication::translate("gw::cli::attributes", "Dry run: nothing was written.\n")
                              : QCoreApplication::translate("gw::cli::attributes",
                                                            "Wrote %1 cases, %2 attributes and %3 links.\n")
                                    .arg(plan->cases.size())
                                    .arg(plan->attributes.size())
                                    .arg(plan->links()));
        return Ok;
    }
};

} // namespace

std::unique_ptr<Verb> makeAttributesImportVerb()
{
    return std::make_unique<AttributesImportVerb>();
}

} // namespace gw::cli

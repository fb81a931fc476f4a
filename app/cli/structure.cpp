// structure import / structure export: the whole data structure as JSON, in
// the shape of the published Table 1 (table1-data-structure.json).
#include "app/cli/common.h"
#include "app/cli/verbs.h"
#include "core/structure/import_data_structure.h"
#include "core/structure/load_data_structure.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace gw::cli {

namespace {

class StructureImportVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("structure import"); } // data: verb name
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::structure", "Build the data structure from a JSON file.");
    }
    QString description() const override
    {
        return QCoreApplication::translate(
            "gw::cli::structure",
            "Read FILE.json ({\"dimensions\": [{\"name\", \"themes\": [{\"name\", \"codes\": [...]}]}]},\n"
            "as table1-data-structure.json) and build it: dimensions, themes and first-order\n"
            "codes are matched by exact name or created, then placed in the file's order;\n"
            "the abbreviations are kept for the table's footnotes. All or nothing; one\n"
            "audit entry.");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addOption({QStringLiteral("why"),
                          QCoreApplication::translate("gw::cli::structure", "Why, for the audit log."),
                          QStringLiteral("TEXT")});
        parser.addPositionalArgument(QStringLiteral("FILE"),
                                     QCoreApplication::translate("gw::cli::structure", "The structure, as JSON."));
    }

    int run(const QCommandLineParser &parser, Io &io) const override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 1) {
            io.err << QCoreApplication::translate("gw::cli::structure",
                                                  "groundwork-cli structure import: give the FILE.json to read.\n");
            return Usage;
        }
        QFile file(args[0]);
        if (!file.open(QIODevice::ReadOnly)) {
            io.err << QCoreApplication::translate("gw::cli::structure", "groundwork-cli: cannot read %1: %2\n")
                          .arg(args[0], file.errorString());
            return Usage;
        }
        auto structure = dataStructureFromJson(file.readAll(), args[0]);
        if (!structure)
            return reportError(io, structure.error());
        auto project = openProject(parser, io);
        if (!project)
            return Usage;
        auto report = importDataStructure(*project, *structure, parser.value(QStringLiteral("why")));
        if (!report)
            return reportError(io, report.error());
        if (parser.isSet(QStringLiteral("json"))) {
            const auto pair = [](int created, int matched) {
                return QJsonObject{{QStringLiteral("created"), created}, {QStringLiteral("matched"), matched}};
            };
            writeJson(io, QJsonDocument(QJsonObject{
                              {QStringLiteral("dimensions"), pair(report->dimensionsCreated, report->dimensionsMatched)},
                              {QStringLiteral("themes"), pair(report->themesCreated, report->themesMatched)},
                              {QStringLiteral("codes"), pair(report->codesCreated, report->codesMatched)}}));
            return Ok;
        }
        io.out << QCoreApplication::translate("gw::cli::structure",
                                              "Imported %1 dimensions, %2 themes and %3 first-order codes from %4 "
                                              "(%5 codes created, %6 already there)\n")
                      .arg(QString::number(structure->dimensions.size()), QString::number(structure->themeCount()),
                           QString::number(structure->codeCount()), args[0], QString::number(report->codesCreated),
                           QString::number(report->codesMatched));
        return Ok;
    }
};

class StructureExportVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("structure export"); } // data: verb name
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::structure", "Write the data structure as JSON.");
    }
    QString description() const override
    {
        return QCoreApplication::translate(
            "gw::cli::structure",
            "Write the data structure (dimensions > themes > first-order codes, in order, with\n"
            "definitions and abbreviations) in the shape 'structure import' reads, to OUT or\n"
            "to standard output. Themes and codes not yet placed are left out; 'theme list'\n"
            "and 'code list' show them.");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                          QCoreApplication::translate("gw::cli::structure", "Write to this file."),
                          QStringLiteral("OUT.json")});
    }

    int run(const QCommandLineParser &parser, Io &io) const override
    {
        auto project = openProject(parser, io, Access::Read);
        if (!project)
            return Usage;
        auto structure = loadDataStructure(*project);
        if (!structure)
            return reportError(io, structure.error());
        const QByteArray json = dataStructureToJson(*structure);
        if (!parser.isSet(QStringLiteral("output"))) {
            io.out << QString::fromUtf8(json);
            return Ok;
        }
        const QString path = parser.value(QStringLiteral("output"));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
            io.err << QCoreApplication::translate("gw::cli::structure", "groundwork-cli: cannot write %1: %2\n")
                          .arg(path, file.errorString());
            return Failed;
        }
        if (parser.isSet(QStringLiteral("json")))
            writeJson(io, QJsonDocument(QJsonObject{{QStringLiteral("path"), path},
                                                    {QStringLiteral("dimensions"), qint64(structure->dimensions.size())},
                                                    {QStringLiteral("themes"), qint64(structure->themeCount())},
                                                    {QStringLiteral("codes"), qint64(structure->codeCount())}}));
        else
            io.out << QCoreApplication::translate("gw::cli::structure",
                                                  "Wrote %1 dimensions, %2 themes and %3 codes to %4\n")
                          .arg(QString::number(structure->dimensions.size()),
                               QString::number(structure->themeCount()), QString::number(structure->codeCount()),
                               path);
        if (!structure->unplacedThemes.empty() || !structure->unplacedCodes.empty())
            io.err << QCoreApplication::translate(
                          "gw::cli::structure",
                          "Note: %1 themes and %2 first-order codes are not placed yet and were left out.\n")
                          .arg(QString::number(structure->unplacedThemes.size()),
                               QString::number(structure->unplacedCodes.size()));
        return Ok;
    }
};

} // namespace

std::unique_ptr<Verb> makeStructureImportVerb() { return std::make_unique<StructureImportVerb>(); }
std::unique_ptr<Verb> makeStructureExportVerb() { return std::make_unique<StructureExportVerb>(); }

} // namespace gw::cli

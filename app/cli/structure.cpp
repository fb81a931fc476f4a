// structure import / structure export: the whole data structure as JSON, in
// the shape of the published Table 1 (table1-data-structure.json).
#include "app/cli/common.h"
#include "app/cli/verbs.h"
#include "core/structure/import_data_structure.h"
#include "core/structure/load_data_structure.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace gw::cli {

namespace {

class StructureImportVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("structure import"); }
    QString summary() const override { return QStringLiteral("Build the data structure from a JSON file."); }
    QString description() const override
    {
        return QStringLiteral("Read FILE.json ({\"dimensions\": [{\"name\", \"themes\": [{\"name\", \"codes\": [...]}]}]},\n"
                              "as table1-data-structure.json) and build it: dimensions, themes and first-order\n"
                              "codes are matched by exact name or created, then placed in the file's order;\n"
                              "the abbreviations are kept for the table's footnotes. All or nothing; one\n"
                              "audit entry.");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addOption({QStringLiteral("why"), QStringLiteral("Why, for the audit log."), QStringLiteral("TEXT")});
        parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The structure, as JSON."));
    }

    int run(const QCommandLineParser &parser, Io &io) const override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 1) {
            io.err << "groundwork-cli structure import: give the FILE.json to read.\n";
            return Usage;
        }
        QFile file(args[0]);
        if (!file.open(QIODevice::ReadOnly)) {
            io.err << "groundwork-cli: cannot read " << args[0] << ": " << file.errorString() << '\n';
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
        io.out << "Imported " << structure->dimensions.size() << " dimensions, " << structure->themeCount()
               << " themes and " << structure->codeCount() << " first-order codes from " << args[0] << " ("
               << report->codesCreated << " codes created, " << report->codesMatched << " already there)\n";
        return Ok;
    }
};

class StructureExportVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("structure export"); }
    QString summary() const override { return QStringLiteral("Write the data structure as JSON."); }
    QString description() const override
    {
        return QStringLiteral("Write the data structure (dimensions > themes > first-order codes, in order, with\n"
                              "definitions and abbreviations) in the shape 'structure import' reads, to OUT or\n"
                              "to standard output. Themes and codes not yet placed are left out; 'theme list'\n"
                              "and 'code list' show them.");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Write to this file."),
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
            io.err << "groundwork-cli: cannot write " << path << ": " << file.errorString() << '\n';
            return Failed;
        }
        if (parser.isSet(QStringLiteral("json")))
            writeJson(io, QJsonDocument(QJsonObject{{QStringLiteral("path"), path},
                                                    {QStringLiteral("dimensions"), qint64(structure->dimensions.size())},
                                                    {QStringLiteral("themes"), qint64(structure->themeCount())},
                                                    {QStringLiteral("codes"), qint64(structure->codeCount())}}));
        else
            io.out << "Wrote " << structure->dimensions.size() << " dimensions, " << structure->themeCount()
                   << " themes and " << structure->codeCount() << " codes to " << path << '\n';
        if (!structure->unplacedThemes.empty() || !structure->unplacedCodes.empty())
            io.err << "Note: " << structure->unplacedThemes.size() << " themes and " << structure->unplacedCodes.size()
                   << " first-order codes are not placed yet and were left out.\n";
        return Ok;
    }
};

} // namespace

std::unique_ptr<Verb> makeStructureImportVerb() { return std::make_unique<StructureImportVerb>(); }
std::unique_ptr<Verb> makeStructureExportVerb() { return std::make_unique<StructureExportVerb>(); }

} // namespace gw::cli

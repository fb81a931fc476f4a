#include "core/structure/import_data_structure.h"

#include "core/model/project.h"
#include "core/structure/load_data_structure.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace gw {

namespace {

Result<Id> dimensionFor(Project &project, const StructureDimension &d, StructureImportReport &report)
{
    if (auto found = project.dimensionByName(d.name)) {
        ++report.dimensionsMatched;
        if (!d.definition.isEmpty() && d.definition != found->definition)
            if (auto ok = project.setDimensionDefinition(found->id, d.definition); !ok)
                return std::unexpected(ok.error());
        return found->id;
    }
    ++report.dimensionsCreated;
    return project.addDimension(d.name, d.definition);
}

Result<Id> themeFor(Project &project, const StructureTheme &t, StructureImportReport &report)
{
    if (auto found = project.themeByName(t.name)) {
        ++report.themesMatched;
        if (!t.definition.isEmpty() && t.definition != found->definition)
            if (auto ok = project.setThemeDefinition(found->id, t.definition); !ok)
                return std::unexpected(ok.error());
        return found->id;
    }
    ++report.themesCreated;
    return project.addTheme(t.name, t.definition);
}

Result<Id> codeFor(Project &project, const StructureCode &c, StructureImportReport &report)
{
    Id id = 0;
    if (auto found = project.codeByName(c.name)) {
        if (found->archived)
            return fail(ErrorKind::Conflict,
                        QCoreApplication::translate("gw::import_data_structure", "The code \"%1\" is archived; restore it before importing a structure that "
                                       "places it.")
                            .arg(found->name));
        ++report.codesMatched;
        id = found->id;
        if (found->stage != CodeStage::FirstOrder)
            if (auto ok = project.setCodeStage(id, CodeStage::FirstOrder); !ok)
                return std::unexpected(ok.error());
        if (c.definition.isEmpty() || c.definition == found->definition)
            return id;
    } else {
        ++report.codesCreated;
        auto created = project.addCode(c.name, CodeStage::FirstOrder, c.color);
        if (!created)
            return std::unexpected(created.error());
        id = *created;
        if (c.definition.isEmpty())
            return id;
    }
    if (auto ok = project.setCodeDefinition(id, c.definition); !ok)
        return std::unexpected(ok.error());
    return id;
}

Result<StructureImportReport> importAll(Project &project, const DataStructure &structure)
{
    StructureImportReport report;
    for (std::size_t di = 0; di < structure.dimensions.size(); ++di) {
        const StructureDimension &d = structure.dimensions[di];
        auto dimId = dimensionFor(project, d, report);
        if (!dimId)
            return std::unexpected(dimId.error());
        if (auto ok = project.moveDimension(*dimId, static_cast<int>(di)); !ok)
            return std::unexpected(ok.error());
        for (std::size_t ti = 0; ti < d.themes.size(); ++ti) {
            const StructureTheme &t = d.themes[ti];
            auto themeId = themeFor(project, t, report);
            if (!themeId)
                return std::unexpected(themeId.error());
            if (auto ok = project.placeTheme(*themeId, *dimId, static_cast<int>(ti)); !ok)
                return std::unexpected(ok.error());
            for (std::size_t ci = 0; ci < t.codes.size(); ++ci) {
                auto codeId = codeFor(project, t.codes[ci], report);
                if (!codeId)
                    return std::unexpected(codeId.error());
                if (auto ok = project.placeCode(*codeId, *themeId, static_cast<int>(ci)); !ok)
                    return std::unexpected(ok.error());
            }
        }
    }
    if (!structure.abbreviations.empty())
        if (auto ok = project.setAbbreviations(structure.abbreviations); !ok)
            return std::unexpected(ok.error());
    if (!structure.citation.isEmpty())
        if (auto ok = project.setSetting(QString::fromLatin1(kStructureCitationSetting), structure.citation); !ok)
            return std::unexpected(ok.error());
    return report;
}

} // namespace

Result<StructureImportReport> importDataStructure(Project &project, const DataStructure &structure,
                                                  const QString &why)
{
    Transaction tx(project.database());
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    project.openAuditGroup();
    auto report = importAll(project, structure);
    QJsonObject details;
    if (report)
        details = QJsonObject{{QStringLiteral("dimensions"), static_cast<int>(structure.dimensions.size())},
                              {QStringLiteral("themes"), static_cast<qint64>(structure.themeCount())},
                              {QStringLiteral("codes"), static_cast<qint64>(structure.codeCount())},
                              {QStringLiteral("codesCreated"), report->codesCreated},
                              {QStringLiteral("codesMatched"), report->codesMatched},
                              {QStringLiteral("citation"), structure.citation}};
    // Closes the group on every path; on failure the transaction drops the entry.
    auto closed = project.closeAuditGroup(QStringLiteral("structure.import"), details, why);
    if (!report)
        return std::unexpected(report.error());
    if (!closed)
        return std::unexpected(closed.error());
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return report;
}

} // namespace gw

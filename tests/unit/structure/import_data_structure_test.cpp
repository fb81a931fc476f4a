// Importing a published data structure into a project and exporting it back:
// the 5 / 14 / 33 structure of the paper's Table 1 survives the round trip in
// the same order with the same labels.
#include "core/model/project.h"
#include "core/structure/import_data_structure.h"
#include "core/structure/load_data_structure.h"
#include "tests/support/temp_project.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace gw;

namespace {

QByteArray published()
{
    QFile file(QStringLiteral(":/demo/data-structure.json"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// The labels of a structure's JSON, in order: "D:name", "T:name", "C:name".
QStringList labels(const QByteArray &json)
{
    QStringList out;
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    for (const QJsonValue &d : root[u"dimensions"].toArray()) {
        out << QStringLiteral("D:") + d[u"name"].toString();
        for (const QJsonValue &t : d[u"themes"].toArray()) {
            out << QStringLiteral("T:") + t[u"name"].toString();
            for (const QJsonValue &c : t[u"codes"].toArray())
                out << QStringLiteral("C:") + (c.isString() ? c.toString() : c[u"name"].toString());
        }
    }
    return out;
}

class ImportStructureTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto p = Project::create(dir.path(QStringLiteral("study.groundwork")));
        ASSERT_TRUE(p);
        project = std::move(*p);
        ASSERT_TRUE(project->setCoder(QStringLiteral("ana")));
    }

    test::TempDir dir;
    std::unique_ptr<Project> project;
};

TEST_F(ImportStructureTest, ThePublishedStructureRoundTripsInOrder)
{
    auto structure = dataStructureFromJson(published(), QStringLiteral("data-structure.json"));
    ASSERT_TRUE(structure);
    auto report = importDataStructure(*project, *structure, QStringLiteral("the paper's Table 1"));
    ASSERT_TRUE(report) << report.error().message.toStdString();
    EXPECT_EQ(report->dimensionsCreated, 5);
    EXPECT_EQ(report->themesCreated, 14);
    EXPECT_EQ(report->codesCreated, 33);

    auto loaded = loadDataStructure(*project);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->dimensions.size(), 5u);
    EXPECT_EQ(loaded->themeCount(), 14u);
    EXPECT_EQ(loaded->codeCount(), 33u);
    EXPECT_TRUE(loaded->unplacedCodes.empty());
    EXPECT_TRUE(loaded->unplacedThemes.empty());
    EXPECT_EQ(loaded->abbreviations.size(), 5u);
    EXPECT_EQ(loaded->abbreviations.front().abbreviation, QStringLiteral("GDE"));
    EXPECT_EQ(loaded->citation, structure->citation);

    const QByteArray exported = dataStructureToJson(*loaded);
    const QStringList expected = labels(published());
    EXPECT_EQ(expected.size(), 5 + 14 + 33);
    EXPECT_EQ(labels(exported), expected);

    // One audit entry for the whole import, with the hierarchy after it.
    auto log = project->auditLog();
    ASSERT_TRUE(log);
    ASSERT_EQ(log->size(), 1u);
    EXPECT_EQ(log->front().action, QStringLiteral("structure.import"));
    EXPECT_EQ(log->front().why, QStringLiteral("the paper's Table 1"));
    auto then = project->structureAt(log->front().id);
    ASSERT_TRUE(then);
    EXPECT_EQ(then->codeCount(), 33u);
}

TEST_F(ImportStructureTest, ExistingCodesThemesAndDimensionsAreMatchedByName)
{
    auto existing = project->addCode(QStringLiteral("Planning pilot site visits"), CodeStage::Open);
    auto theme = project->addTheme(QStringLiteral("Policy developments"));
    ASSERT_TRUE(existing && theme);
    auto structure = dataStructureFromJson(published(), QStringLiteral("data-structure.json"));
    ASSERT_TRUE(structure);
    auto report = importDataStructure(*project, *structure);
    ASSERT_TRUE(report);
    EXPECT_EQ(report->codesMatched, 1);
    EXPECT_EQ(report->codesCreated, 32);
    EXPECT_EQ(report->themesMatched, 1);
    auto code = project->code(*existing);
    ASSERT_TRUE(code);
    EXPECT_EQ(code->stage, CodeStage::FirstOrder);
    ASSERT_TRUE(code->themeId);
    EXPECT_EQ(project->theme(*code->themeId)->name, QStringLiteral("Technology supplier strategies"));
    EXPECT_EQ(project->codes()->size(), 33u);
    // Making the open code first-order is part of the import's one entry, not
    // an entry (with a copy of the hierarchy) of its own.
    auto log = project->auditLog();
    ASSERT_TRUE(log);
    ASSERT_EQ(log->size(), 2u);
    EXPECT_EQ(log->at(0).action, QStringLiteral("structure.import"));
    EXPECT_EQ(log->at(1).action, QStringLiteral("theme.add"));

    // Importing again changes nothing.
    auto again = importDataStructure(*project, *structure);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->codesCreated, 0);
    EXPECT_EQ(again->codesMatched, 33);
    auto loaded = loadDataStructure(*project);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(labels(dataStructureToJson(*loaded)), labels(published()));
}

TEST_F(ImportStructureTest, AFailedImportWritesNothing)
{
    auto archived = project->addCode(QStringLiteral("Planning pilot site visits"));
    ASSERT_TRUE(archived);
    ASSERT_TRUE(project->setCodeArchived(*archived, true));
    auto structure = dataStructureFromJson(published(), QStringLiteral("data-structure.json"));
    ASSERT_TRUE(structure);
    auto report = importDataStructure(*project, *structure);
    ASSERT_FALSE(report);
    EXPECT_TRUE(report.error().message.contains(QStringLiteral("Planning pilot site visits")));
    EXPECT_TRUE(project->themes()->empty());
    EXPECT_TRUE(project->dimensions()->empty());
    EXPECT_EQ(project->codes()->size(), 1u);
    EXPECT_TRUE(project->abbreviations().empty());
    // Only the archiving was audited; the import left no entry.
    auto log = project->auditLog(AuditFilter{.actionPrefix = QStringLiteral("structure.")});
    ASSERT_TRUE(log);
    EXPECT_TRUE(log->empty());
    // And the project still audits normally afterwards.
    ASSERT_TRUE(project->addTheme(QStringLiteral("After")));
    EXPECT_EQ(project->auditLog(AuditFilter{.actionPrefix = QStringLiteral("theme.add")})->size(), 1u);
}

TEST_F(ImportStructureTest, DefinitionsAndAbbreviationsComeAlong)
{
    const QByteArray json = R"({"dimensions": [{"name": "D", "definition": "dim def", "themes": [
        {"name": "T", "definition": "theme def", "codes": ["a", {"name": "b", "definition": "code def"}]}]}],
        "abbreviations": [{"abbreviation": "X", "meaning": "ex"}]})";
    auto structure = dataStructureFromJson(json, QStringLiteral("small.json"));
    ASSERT_TRUE(structure);
    ASSERT_TRUE(importDataStructure(*project, *structure));
    EXPECT_EQ(project->dimensionByName(QStringLiteral("D"))->definition, QStringLiteral("dim def"));
    EXPECT_EQ(project->themeByName(QStringLiteral("T"))->definition, QStringLiteral("theme def"));
    EXPECT_EQ(project->codeByName(QStringLiteral("b"))->definition, QStringLiteral("code def"));
    auto loaded = loadDataStructure(*project);
    ASSERT_TRUE(loaded);
    auto back = dataStructureFromJson(dataStructureToJson(*loaded), QStringLiteral("back.json"));
    ASSERT_TRUE(back);
    EXPECT_EQ(back->dimensions[0].themes[0].codes[1].definition, QStringLiteral("code def"));
    ASSERT_EQ(back->abbreviations.size(), 1u);
    EXPECT_EQ(back->abbreviations[0].meaning, QStringLiteral("ex"));
}

} // namespace

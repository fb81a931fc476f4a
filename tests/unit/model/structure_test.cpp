// The data structure's Project API: themes and dimensions, placing codes and
// themes in order, what is left unplaced, exemplars, abbreviations, the audit
// log and the hierarchy as it was at a past entry.
#include "core/model/project.h"
#include "core/structure/load_data_structure.h"
#include "tests/support/temp_project.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace gw;

namespace {

class StructureTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto p = Project::create(dir.path(QStringLiteral("study.groundwork")));
        ASSERT_TRUE(p);
        project = std::move(*p);
        ASSERT_TRUE(project->setCoder(QStringLiteral("ana")));
        for (const char *name : {"Blueprinting", "Pairing", "Site visits", "User groups"}) {
            auto id = project->addCode(QString::fromLatin1(name), CodeStage::FirstOrder);
            ASSERT_TRUE(id);
            codes.push_back(*id);
        }
        auto open = project->addCode(QStringLiteral("an open code"));
        ASSERT_TRUE(open);
        openCode = *open;
    }

    std::vector<Id> codeOrder(Id themeId)
    {
        std::vector<Id> out;
        for (const CodeInfo &c : project->codesOfTheme(themeId).value_or(std::vector<CodeInfo>{}))
            out.push_back(c.id);
        return out;
    }

    std::vector<Id> themeOrder(Id dimensionId)
    {
        std::vector<Id> out;
        for (const ThemeInfo &t : project->themes().value_or(std::vector<ThemeInfo>{}))
            if (t.dimensionId == dimensionId)
                out.push_back(t.id);
        return out;
    }

    test::TempDir dir;
    std::unique_ptr<Project> project;
    std::vector<Id> codes;
    Id openCode = 0;
};

TEST_F(StructureTest, ThemesAndDimensionsHaveUniqueNamesAndGuids)
{
    auto theme = project->addTheme(QStringLiteral("  Mandated  activities "), QStringLiteral("What the programme required"));
    ASSERT_TRUE(theme);
    auto t = project->theme(*theme);
    ASSERT_TRUE(t);
    EXPECT_EQ(t->name, QStringLiteral("Mandated activities"));
    EXPECT_EQ(t->definition, QStringLiteral("What the programme required"));
    EXPECT_EQ(t->guid.size(), 36);
    EXPECT_FALSE(t->dimensionId);
    EXPECT_EQ(project->themeByName(QStringLiteral("Mandated activities"))->id, *theme);

    auto again = project->addTheme(QStringLiteral("Mandated activities"));
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().kind, ErrorKind::Conflict);
    EXPECT_FALSE(project->addTheme(QStringLiteral("   ")));

    auto dim = project->addDimension(QStringLiteral("Macro-environmental factors"));
    ASSERT_TRUE(dim);
    EXPECT_FALSE(project->addDimension(QStringLiteral("Macro-environmental factors")));
    ASSERT_TRUE(project->renameDimension(*dim, QStringLiteral("Macro factors")));
    EXPECT_EQ(project->dimension(*dim)->name, QStringLiteral("Macro factors"));
    ASSERT_TRUE(project->setDimensionDefinition(*dim, QStringLiteral("Outside the organisation")));
    EXPECT_EQ(project->dimensionByName(QStringLiteral("Macro factors"))->definition,
              QStringLiteral("Outside the organisation"));
    EXPECT_FALSE(project->theme(9999));
}

TEST_F(StructureTest, ACodeSitsUnderOneThemeAtItsPosition)
{
    auto a = project->addTheme(QStringLiteral("A"));
    auto b = project->addTheme(QStringLiteral("B"));
    ASSERT_TRUE(a && b);
    for (Id c : codes)
        ASSERT_TRUE(project->placeCode(c, *a));
    EXPECT_EQ(codeOrder(*a), codes);
    // Moving within the theme renumbers the others.
    ASSERT_TRUE(project->placeCode(codes[3], *a, 0));
    EXPECT_EQ(codeOrder(*a), (std::vector<Id>{codes[3], codes[0], codes[1], codes[2]}));
    // Placing under another theme takes it out of the first.
    ASSERT_TRUE(project->placeCode(codes[0], *b));
    EXPECT_EQ(codeOrder(*a), (std::vector<Id>{codes[3], codes[1], codes[2]}));
    EXPECT_EQ(codeOrder(*b), (std::vector<Id>{codes[0]}));
    EXPECT_EQ(project->code(codes[0])->themeId, std::optional<Id>(*b));
    // A position past the end means the end.
    ASSERT_TRUE(project->placeCode(codes[1], *b, 99));
    EXPECT_EQ(codeOrder(*b), (std::vector<Id>{codes[0], codes[1]}));
    ASSERT_TRUE(project->unplaceCode(codes[0]));
    EXPECT_FALSE(project->code(codes[0])->themeId);
    EXPECT_EQ(codeOrder(*b), (std::vector<Id>{codes[1]}));
}

TEST_F(StructureTest, ThemesSitUnderOneDimensionAndDimensionsReorder)
{
    auto d1 = project->addDimension(QStringLiteral("D1"));
    auto d2 = project->addDimension(QStringLiteral("D2"));
    auto d3 = project->addDimension(QStringLiteral("D3"));
    auto t1 = project->addTheme(QStringLiteral("T1"));
    auto t2 = project->addTheme(QStringLiteral("T2"));
    ASSERT_TRUE(d1 && d2 && d3 && t1 && t2);
    ASSERT_TRUE(project->placeTheme(*t1, *d1));
    ASSERT_TRUE(project->placeTheme(*t2, *d1, 0));
    EXPECT_EQ(themeOrder(*d1), (std::vector<Id>{*t2, *t1}));
    ASSERT_TRUE(project->placeTheme(*t2, *d2));
    EXPECT_EQ(themeOrder(*d1), (std::vector<Id>{*t1}));
    EXPECT_EQ(themeOrder(*d2), (std::vector<Id>{*t2}));
    ASSERT_TRUE(project->moveDimension(*d3, 0));
    auto dims = project->dimensions();
    ASSERT_TRUE(dims);
    ASSERT_EQ(dims->size(), 3u);
    EXPECT_EQ(dims->at(0).id, *d3);
    EXPECT_EQ(dims->at(1).id, *d1);
    EXPECT_EQ(dims->at(0).position, 0);
    EXPECT_EQ(dims->at(2).position, 2);
    ASSERT_TRUE(project->unplaceTheme(*t1));
    EXPECT_FALSE(project->theme(*t1)->dimensionId);
}

TEST_F(StructureTest, UnplacedCodesAndThemesAreTheOnesToWarnAbout)
{
    auto t = project->addTheme(QStringLiteral("T"));
    auto lonely = project->addTheme(QStringLiteral("Lonely"));
    auto d = project->addDimension(QStringLiteral("D"));
    ASSERT_TRUE(t && lonely && d);
    ASSERT_TRUE(project->placeTheme(*t, *d));
    ASSERT_TRUE(project->placeCode(codes[0], *t));
    ASSERT_TRUE(project->setCodeArchived(codes[1], true));
    auto unplacedCodes = project->unplacedCodes();
    ASSERT_TRUE(unplacedCodes);
    // First-order, active and without a theme; open codes are not expected to be placed.
    std::vector<Id> ids;
    for (const CodeInfo &c : *unplacedCodes)
        ids.push_back(c.id);
    EXPECT_EQ(ids, (std::vector<Id>{codes[2], codes[3]}));
    auto unplacedThemes = project->unplacedThemes();
    ASSERT_TRUE(unplacedThemes);
    ASSERT_EQ(unplacedThemes->size(), 1u);
    EXPECT_EQ(unplacedThemes->front().id, *lonely);
    auto structure = loadDataStructure(*project);
    ASSERT_TRUE(structure);
    EXPECT_EQ(structure->unplacedCodes.size(), 2u);
    EXPECT_EQ(structure->unplacedThemes.size(), 1u);
}

TEST_F(StructureTest, ArchivedCodesCannotBePlaced)
{
    auto t = project->addTheme(QStringLiteral("T"));
    ASSERT_TRUE(t);
    ASSERT_TRUE(project->setCodeArchived(codes[0], true));
    auto placed = project->placeCode(codes[0], *t);
    ASSERT_FALSE(placed);
    EXPECT_TRUE(placed.error().message.contains(QStringLiteral("archived")));
}

TEST_F(StructureTest, RemovingAThemeUnplacesItsCodesAndRenumbersItsSiblings)
{
    auto d = project->addDimension(QStringLiteral("D"));
    auto a = project->addTheme(QStringLiteral("A"));
    auto b = project->addTheme(QStringLiteral("B"));
    ASSERT_TRUE(d && a && b);
    ASSERT_TRUE(project->placeTheme(*a, *d));
    ASSERT_TRUE(project->placeTheme(*b, *d));
    ASSERT_TRUE(project->placeCode(codes[0], *a));
    ASSERT_TRUE(project->removeTheme(*a, QStringLiteral("folded into B")));
    EXPECT_FALSE(project->theme(*a));
    EXPECT_FALSE(project->code(codes[0])->themeId);
    EXPECT_EQ(project->theme(*b)->position, 0);
    ASSERT_TRUE(project->removeDimension(*d));
    EXPECT_FALSE(project->theme(*b)->dimensionId);
}

TEST_F(StructureTest, EveryEditAnnouncesStructureChanged)
{
    QSignalSpy spy(project.get(), &Project::structureChanged);
    auto t = project->addTheme(QStringLiteral("T"));
    auto d = project->addDimension(QStringLiteral("D"));
    ASSERT_TRUE(t && d);
    ASSERT_TRUE(project->placeTheme(*t, *d));
    ASSERT_TRUE(project->placeCode(codes[0], *t));
    ASSERT_TRUE(project->renameTheme(*t, QStringLiteral("T2")));
    ASSERT_TRUE(project->setThemeDefinition(*t, QStringLiteral("def")));
    ASSERT_TRUE(project->unplaceCode(codes[0]));
    ASSERT_TRUE(project->removeTheme(*t));
    EXPECT_EQ(spy.count(), 8);
}

TEST_F(StructureTest, ExemplarsComeFromTheThemesCodesWithAttribution)
{
    auto source = project->addSource(NewSource{QStringLiteral("P05"), SourceKind::Interview,
                                               QStringLiteral("P05: We visited the pilot site 🏥 twice before we bought."),
                                               QStringLiteral("P05.txt"), QStringLiteral("text"), {}});
    ASSERT_TRUE(source);
    auto inside = project->applyCode(*source, codes[2], 5, 32);
    auto outside = project->applyCode(*source, codes[3], 5, 20);
    auto t = project->addTheme(QStringLiteral("Learning from others"));
    auto d = project->addDimension(QStringLiteral("Inter-organisational factors"));
    ASSERT_TRUE(inside && outside && t && d);
    ASSERT_TRUE(project->placeTheme(*t, *d));
    ASSERT_TRUE(project->placeCode(codes[2], *t));
    auto refused = project->addExemplar(*t, *outside);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("User groups")));
    ASSERT_TRUE(project->addExemplar(*t, *inside));
    EXPECT_FALSE(project->addExemplar(*t, *inside)); // once

    // Without a case the quote is cited by its source; with one, by its attributes.
    auto structure = loadDataStructure(*project);
    ASSERT_TRUE(structure);
    ASSERT_EQ(structure->dimensions.at(0).themes.at(0).exemplars.size(), 1u);
    const StructureQuote &quote = structure->dimensions[0].themes[0].exemplars[0];
    EXPECT_EQ(quote.text, QStringLiteral("We visited the pilot site 🏥"));
    EXPECT_EQ(quote.attribution, QStringLiteral("[P05]"));

    auto role = project->addAttribute(QStringLiteral("role"), AttributeType::Text);
    auto site = project->addAttribute(QStringLiteral("site"), AttributeType::Text);
    auto person = project->addCase(QStringLiteral("P05"));
    ASSERT_TRUE(role && site && person);
    ASSERT_TRUE(project->setAttributeValue(*person, *role, QStringLiteral("Participant")));
    ASSERT_TRUE(project->setAttributeValue(*person, *site, QStringLiteral("Site_E")));
    ASSERT_TRUE(project->linkCaseSource(*person, *source));
    structure = loadDataStructure(*project);
    ASSERT_TRUE(structure);
    EXPECT_EQ(structure->dimensions[0].themes[0].exemplars.at(0).attribution,
              QStringLiteral("[Participant from Site_E]"));

    ASSERT_TRUE(project->removeExemplar(*t, *inside));
    EXPECT_TRUE(project->exemplarsOf(*t)->empty());
    // Uncoding the segment drops it as an exemplar.
    ASSERT_TRUE(project->addExemplar(*t, *inside));
    ASSERT_TRUE(project->removeSegment(*inside));
    EXPECT_TRUE(project->exemplarsOf(*t)->empty());
}

TEST_F(StructureTest, AbbreviationsAreKeptInOrder)
{
    ASSERT_TRUE(project->setAbbreviations({{QStringLiteral("GDE"), QStringLiteral("Global Digital Exemplar")},
                                           {QStringLiteral("FF"), QStringLiteral("fast follower")}}));
    const auto list = project->abbreviations();
    ASSERT_EQ(list.size(), 2u);
    EXPECT_EQ(list[1].abbreviation, QStringLiteral("FF"));
    EXPECT_EQ(list[1].meaning, QStringLiteral("fast follower"));
    auto structure = loadDataStructure(*project);
    ASSERT_TRUE(structure);
    EXPECT_EQ(structure->abbreviations.size(), 2u);
}

TEST_F(StructureTest, TheAuditLogFiltersByActionCoderAndText)
{
    auto t = project->addTheme(QStringLiteral("Mandated activities"), {}, QStringLiteral("from the workshop"));
    ASSERT_TRUE(t);
    ASSERT_TRUE(project->setCoder(QStringLiteral("ben")));
    ASSERT_TRUE(project->placeCode(codes[0], *t, std::nullopt, QStringLiteral("Blueprints were required")));
    ASSERT_TRUE(project->renameCode(codes[1], QStringLiteral("Pairing sites")));

    auto all = project->auditLog();
    ASSERT_TRUE(all);
    ASSERT_EQ(all->size(), 3u);
    EXPECT_EQ(all->at(0).action, QStringLiteral("code.rename")); // newest first
    EXPECT_EQ(all->at(2).action, QStringLiteral("theme.add"));
    EXPECT_EQ(all->at(2).coder, QStringLiteral("ana"));
    EXPECT_EQ(all->at(2).why, QStringLiteral("from the workshop"));
    EXPECT_FALSE(all->at(2).at.isEmpty());

    auto codeEntries = project->auditLog(AuditFilter{.actionPrefix = QStringLiteral("code.")});
    ASSERT_TRUE(codeEntries);
    EXPECT_EQ(codeEntries->size(), 2u);
    auto bens = project->auditLog(AuditFilter{.coder = QStringLiteral("ben")});
    ASSERT_TRUE(bens);
    EXPECT_EQ(bens->size(), 2u);
    // Text matches details and why, case-insensitively, but not the snapshot
    // (which names every code in every entry).
    auto blueprints = project->auditLog(AuditFilter{.text = QStringLiteral("BLUEPRINTS WERE")});
    ASSERT_TRUE(blueprints);
    ASSERT_EQ(blueprints->size(), 1u);
    EXPECT_EQ(blueprints->front().action, QStringLiteral("code.place"));
    auto snapshotOnly = project->auditLog(AuditFilter{.text = QStringLiteral("User groups")});
    ASSERT_TRUE(snapshotOnly);
    EXPECT_TRUE(snapshotOnly->empty());
    auto limited = project->auditLog(AuditFilter{.limit = 1});
    ASSERT_TRUE(limited);
    EXPECT_EQ(limited->size(), 1u);
}

TEST_F(StructureTest, TheHierarchyCanBeShownAsItWasAtAnyPastEntry)
{
    auto d = project->addDimension(QStringLiteral("Organisational factors"));
    auto t = project->addTheme(QStringLiteral("Roles"));
    ASSERT_TRUE(d && t);
    ASSERT_TRUE(project->placeTheme(*t, *d));
    ASSERT_TRUE(project->placeCode(codes[0], *t));
    const Id placedEntry = project->auditLog(AuditFilter{.limit = 1})->front().id;
    ASSERT_TRUE(project->placeCode(codes[1], *t, 0));
    ASSERT_TRUE(project->renameTheme(*t, QStringLiteral("New roles")));
    ASSERT_TRUE(project->setCodeDefinition(codes[0], QStringLiteral("no snapshot for definitions")));
    const Id lastEntry = project->auditLog(AuditFilter{.limit = 1})->front().id;

    auto then = project->structureAt(placedEntry);
    ASSERT_TRUE(then);
    ASSERT_EQ(then->dimensions.size(), 1u);
    ASSERT_EQ(then->dimensions[0].themes.size(), 1u);
    EXPECT_EQ(then->dimensions[0].themes[0].name, QStringLiteral("Roles"));
    ASSERT_EQ(then->dimensions[0].themes[0].codes.size(), 1u);
    EXPECT_EQ(then->dimensions[0].themes[0].codes[0].name, QStringLiteral("Blueprinting"));
    // Codes 2 and 3 were first-order and unplaced then.
    EXPECT_EQ(then->unplacedCodes.size(), 3u);

    auto now = project->structureAt(lastEntry);
    ASSERT_TRUE(now);
    EXPECT_EQ(now->dimensions[0].themes[0].name, QStringLiteral("New roles"));
    ASSERT_EQ(now->dimensions[0].themes[0].codes.size(), 2u);
    EXPECT_EQ(now->dimensions[0].themes[0].codes[0].name, QStringLiteral("Pairing"));

    auto first = project->structureAt(project->auditLog()->back().id);
    ASSERT_TRUE(first);
    EXPECT_EQ(first->dimensions.size(), 1u);
    EXPECT_TRUE(first->dimensions[0].themes.empty());
    EXPECT_FALSE(project->structureAt(lastEntry + 100));
}

TEST_F(StructureTest, AnAuditGroupWritesOneEntry)
{
    project->openAuditGroup();
    ASSERT_TRUE(project->addTheme(QStringLiteral("A")));
    ASSERT_TRUE(project->addTheme(QStringLiteral("B")));
    ASSERT_TRUE(project->closeAuditGroup(QStringLiteral("structure.import"), QJsonObject(), QStringLiteral("published")));
    auto log = project->auditLog();
    ASSERT_TRUE(log);
    ASSERT_EQ(log->size(), 1u);
    EXPECT_EQ(log->front().action, QStringLiteral("structure.import"));
    EXPECT_TRUE(log->front().hasStructure);
    auto at = project->structureAt(log->front().id);
    ASSERT_TRUE(at);
    EXPECT_EQ(at->unplacedThemes.size(), 2u);
}

} // namespace

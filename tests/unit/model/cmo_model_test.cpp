// The CMO model through the Project API: seeded levels and types, placing
// elements, typed links with evidence, what is refused (with the item named),
// audit entries and the change signal.
#include "tests/unit/model/model_fixture.h"

#include <QSignalSpy>

using namespace gw;

namespace {

class CmoModelTest : public test::ModelTest
{
};

TEST_F(CmoModelTest, ANewProjectHasTheFourLevelsAndFourInfluenceTypes)
{
    auto levels = project->modelLevels();
    ASSERT_TRUE(levels);
    QStringList names;
    for (const ModelLevel &l : *levels)
        names << l.name;
    EXPECT_EQ(names, (QStringList{QStringLiteral("Macro-environmental"),
                                  QStringLiteral("Inter-organisational"),
                                  QStringLiteral("Organisational"), QStringLiteral("Individual")}));
    auto types = project->influenceTypes();
    ASSERT_TRUE(types);
    ASSERT_EQ(types->size(), 4u);
    EXPECT_EQ(types->at(1).name, QStringLiteral("mandates"));
    EXPECT_EQ(types->at(1).style, LineStyle::Dash);
    EXPECT_EQ(types->at(0).color, QStringLiteral("#c0392b"));
}

TEST_F(CmoModelTest, ElementsComeInRoleOrderWithLevelAndPoint)
{
    auto elements = project->modelElements();
    ASSERT_TRUE(elements);
    ASSERT_EQ(elements->size(), 3u);
    EXPECT_EQ(elements->at(0).id, ea);
    EXPECT_EQ(elements->at(0).name, QStringLiteral("Code A"));
    EXPECT_EQ(elements->at(0).levelName, QStringLiteral("Macro-environmental"));
    EXPECT_EQ(elements->at(1).role, ModelRole::Mechanism);
    EXPECT_EQ(elements->at(2).point, (SpectrumPoint{0.25, 0.75}));
    EXPECT_FALSE(elements->at(2).levelId);
    EXPECT_FALSE(elements->at(0).guid.isEmpty());
}

TEST_F(CmoModelTest, AThemeStandsForItsCodesAndADimensionForAllOfThem)
{
    const Id et = place(ElementKind::Theme, themeAB, ModelRole::Context, macro);
    const Id ed = place(ElementKind::Dimension, dimension, ModelRole::Context, macro);
    EXPECT_EQ(project->codesOfElement(et).value(), (std::vector<Id>{a, b}));
    EXPECT_EQ(project->codesOfElement(ed).value(), (std::vector<Id>{a, b, c}));
    EXPECT_EQ(project->codesOfElement(ec).value(), (std::vector<Id>{c}));
}

TEST_F(CmoModelTest, PlacingTwiceOrOffTheSpectrumIsRefusedNamingTheItem)
{
    auto twice =
        project->placeModelElement(NewModelElement{ElementKind::Code, a, ModelRole::Outcome});
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().kind, ErrorKind::Conflict);
    EXPECT_TRUE(twice.error().message.contains(QStringLiteral("\"Code A\"")))
        << twice.error().message;
    const Id theme = place(ElementKind::Theme, themeC, ModelRole::Outcome, std::nullopt);
    auto off = project->setOutcomePoint(theme, SpectrumPoint{1.5, 0.2});
    ASSERT_FALSE(off);
    EXPECT_TRUE(off.error().message.contains(QStringLiteral("Theme C"))) << off.error().message;
    EXPECT_FALSE(
        project->placeModelElement(NewModelElement{ElementKind::Code, 999, ModelRole::Context}));
}

TEST_F(CmoModelTest, LinksCarryTypeMemoAndEvidenceCounts)
{
    const Id l = link(ea, eb, triggers, QStringLiteral("A sets B off"));
    ASSERT_TRUE(project->addEvidence(l, a1, false));
    ASSERT_TRUE(project->addEvidence(l, b1, false));
    ASSERT_TRUE(project->addEvidence(l, a2, true));
    auto i = project->influence(l);
    ASSERT_TRUE(i);
    EXPECT_EQ(i->typeName, QStringLiteral("triggers"));
    EXPECT_EQ(i->memo, QStringLiteral("A sets B off"));
    EXPECT_EQ(i->supporting, 2);
    EXPECT_EQ(i->counter, 1);
    auto evidence = project->evidenceOf(l);
    ASSERT_TRUE(evidence);
    ASSERT_EQ(evidence->size(), 3u);
    EXPECT_EQ(evidence->at(2).segmentId, a2);
    EXPECT_TRUE(evidence->at(2).counter);
    // A second evidence of the same segment, a self-link and a second link of the same type are
    // refused.
    EXPECT_FALSE(project->addEvidence(l, a1, true));
    EXPECT_FALSE(project->addInfluence(ea, ea, triggers));
    auto again = project->addInfluence(ea, eb, triggers);
    ASSERT_FALSE(again);
    EXPECT_TRUE(
        again.error().message.contains(QStringLiteral("\"Code A\" already triggers \"Code B\"")))
        << again.error().message;
    EXPECT_TRUE(project->addInfluence(ea, eb, enables)); // another type is another link
}

TEST_F(CmoModelTest, RemovingAnElementTakesItsLinksAndEvidenceAndRestoreBringsThemBack)
{
    const Id l = link(ea, eb, triggers);
    ASSERT_TRUE(project->addEvidence(l, a1, false));
    auto record = project->modelElementRecord(eb);
    ASSERT_TRUE(record);
    ASSERT_EQ(record->influences.size(), 1u);
    ASSERT_TRUE(project->removeModelElement(eb));
    EXPECT_TRUE(project->influences()->empty());
    EXPECT_EQ(project->database()
                  .scalar(QStringLiteral("SELECT count(*) FROM influence_evidence"))
                  .value(),
              0);
    auto back = project->restoreModelElement(*record);
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, eb);
    ASSERT_EQ(project->influences()->size(), 1u);
    EXPECT_EQ(project->influence(l)->supporting, 1);
}

TEST_F(CmoModelTest, EveryEditIsAuditedAndAnnounced)
{
    QSignalSpy changed(project.get(), &Project::modelChanged);
    const Id l = link(ea, eb, triggers);
    ASSERT_TRUE(project->setInfluenceMemo(l, QStringLiteral("why")));
    ASSERT_TRUE(project->setElementRole(ec, ModelRole::Mechanism));
    ASSERT_TRUE(project->setElementLevel(ea, organisational));
    ASSERT_TRUE(project->setSpectrumAxes(SpectrumAxes{
        QStringLiteral("Formality"), QStringLiteral("Formal"), QStringLiteral("Informal"),
        QStringLiteral("Source"), QStringLiteral("Inside"), QStringLiteral("Outside")}));
    EXPECT_EQ(changed.count(), 5);
    EXPECT_EQ(project->spectrumAxes().yHigh, QStringLiteral("Outside"));
    for (const QString &action : {QStringLiteral("model.place"), QStringLiteral("influence.add"),
                                  QStringLiteral("influence.memo"), QStringLiteral("model.role"),
                                  QStringLiteral("model.level"), QStringLiteral("model.axes")}) {
        auto log = project->auditLog(AuditFilter{.actionPrefix = action});
        ASSERT_TRUE(log);
        EXPECT_FALSE(log->empty()) << action.toStdString();
        if (!log->empty()) {
            EXPECT_EQ(log->front().coder, QStringLiteral("ana"));
        }
    }
}

TEST_F(CmoModelTest, LevelsAndTypesAreEditable)
{
    auto added = project->addModelLevel(QStringLiteral("Sector"), 1);
    ASSERT_TRUE(added);
    EXPECT_EQ(project->modelLevels()->at(1).name, QStringLiteral("Sector"));
    EXPECT_EQ(project->modelLevels()->at(2).name, QStringLiteral("Inter-organisational"));
    ASSERT_TRUE(project->renameModelLevel(*added, QStringLiteral("Sectoral")));
    auto record = project->removeModelLevel(macro);
    ASSERT_TRUE(record);
    EXPECT_EQ(record->elementIds, (std::vector<Id>{ea}));
    EXPECT_FALSE(project->modelElement(ea)->levelId);
    ASSERT_TRUE(project->restoreModelLevel(*record));
    EXPECT_EQ(project->modelElement(ea)->levelName, QStringLiteral("Macro-environmental"));
    EXPECT_EQ(project->modelLevels()->at(0).id, macro);

    auto funds = project->addInfluenceType(QStringLiteral("funds"), QStringLiteral("#123ABC"),
                                           LineStyle::Dot);
    ASSERT_TRUE(funds);
    EXPECT_EQ(project->influenceType(*funds)->color, QStringLiteral("#123abc"));
    auto bad = project->addInfluenceType(QStringLiteral("blocks"), QStringLiteral("red"),
                                         LineStyle::Solid);
    ASSERT_FALSE(bad);
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("\"red\""))) << bad.error().message;
    link(ea, eb, *funds);
    auto used = project->removeInfluenceType(*funds);
    ASSERT_FALSE(used);
    EXPECT_TRUE(used.error().message.contains(QStringLiteral("\"funds\""))) << used.error().message;
}

TEST_F(CmoModelTest, RemovingACodeRemovesItsElement)
{
    const Id d = code(QStringLiteral("Code D"));
    const Id ed = place(ElementKind::Code, d, ModelRole::Outcome, std::nullopt);
    ASSERT_TRUE(project->removeCode(d));
    EXPECT_FALSE(project->modelElement(ed));
}

} // namespace

namespace {

TEST_F(CmoModelTest, AThemeOrDimensionInTheModelIsNotRemovedUnderIt)
{
    const Id et = place(ElementKind::Theme, themeC, ModelRole::Outcome, std::nullopt);
    place(ElementKind::Dimension, dimension, ModelRole::Context, macro);
    auto theme = project->removeTheme(themeC);
    ASSERT_FALSE(theme);
    EXPECT_TRUE(theme.error().message.contains(QStringLiteral("\"Theme C\" is in the CMO model")))
        << theme.error().message;
    EXPECT_FALSE(project->removeDimension(dimension));
    ASSERT_TRUE(project->removeModelElement(et));
    EXPECT_TRUE(project->removeTheme(themeC));
}

} // namespace

// Cases and typed attributes in the project: values that do not fit their
// type are refused, links to sources give a quote its speaker's attributes,
// and a batch of case edits is written whole or not at all.
#include "core/model/project.h"
#include "tests/support/temp_project.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace gw;

namespace {

class CasesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto p = Project::create(dir.path(QStringLiteral("study.groundwork")));
        ASSERT_TRUE(p);
        project = std::move(*p);
    }

    Id addSource(const QString &name)
    {
        auto id = project->addSource(NewSource{name,
                                               SourceKind::Interview,
                                               QStringLiteral("Interview with ") + name,
                                               name + QStringLiteral(".txt"),
                                               QStringLiteral("text"),
                                               {}});
        EXPECT_TRUE(id);
        return id.value_or(0);
    }

    test::TempDir dir;
    std::unique_ptr<Project> project;
};

TEST_F(CasesTest, CasesAndAttributesHaveUniqueNamesAndAnnounceChanges)
{
    QSignalSpy spy(project.get(), &Project::casesChanged);
    auto p01 = project->addCase(QStringLiteral("  P01 "));
    ASSERT_TRUE(p01);
    EXPECT_EQ(project->caseById(*p01)->name, QStringLiteral("P01"));
    EXPECT_EQ(project->addCase(QStringLiteral("P01")).error().kind, ErrorKind::Conflict);
    EXPECT_EQ(project->addCase(QStringLiteral("  ")).error().kind, ErrorKind::InvalidInput);
    auto site = project->addAttribute(QStringLiteral("site"), AttributeType::Text);
    ASSERT_TRUE(site);
    EXPECT_EQ(project->addAttribute(QStringLiteral("site"), AttributeType::Number).error().kind,
              ErrorKind::Conflict);
    EXPECT_EQ(spy.count(), 2);
    EXPECT_EQ(project->counts()->cases, 1);
    EXPECT_EQ(project->caseByName(QStringLiteral("P02")).error().kind, ErrorKind::NotFound);
}

TEST_F(CasesTest, ValuesMustFitTheAttributeType)
{
    const Id c = project->addCase(QStringLiteral("P01")).value();
    const Id age = project->addAttribute(QStringLiteral("age"), AttributeType::Number).value();
    const Id date =
        project->addAttribute(QStringLiteral("interview_date"), AttributeType::Date).value();
    const Id recorded =
        project->addAttribute(QStringLiteral("recorded"), AttributeType::Boolean).value();
    EXPECT_TRUE(project->setAttributeValue(c, age, QStringLiteral(" 42.5 ")));
    EXPECT_EQ(project->setAttributeValue(c, age, QStringLiteral("forty")).error().kind,
              ErrorKind::InvalidInput);
    EXPECT_TRUE(project->setAttributeValue(c, date, QStringLiteral("2019-02-28")));
    EXPECT_FALSE(project->setAttributeValue(c, date, QStringLiteral("2019-02-30")));
    EXPECT_FALSE(project->setAttributeValue(c, date, QStringLiteral("28/02/2019")));
    EXPECT_TRUE(project->setAttributeValue(c, recorded, QStringLiteral("Yes")));
    EXPECT_FALSE(project->setAttributeValue(c, recorded, QStringLiteral("maybe")));
    EXPECT_EQ(project->setAttributeValue(c, 999, QStringLiteral("x")).error().kind,
              ErrorKind::NotFound);
    EXPECT_EQ(project->setAttributeValue(999, age, QStringLiteral("1")).error().kind,
              ErrorKind::NotFound);

    CaseInfo info = project->caseById(c).value();
    ASSERT_EQ(info.values.size(), 3);
    EXPECT_EQ(info.values[0].attribute, QStringLiteral("age")); // attribute order, not name order
    EXPECT_EQ(info.value(QStringLiteral("age")), QStringLiteral("42.5"));
    EXPECT_EQ(info.value(QStringLiteral("interview_date")), QStringLiteral("2019-02-28"));
    EXPECT_EQ(info.value(QStringLiteral("recorded")), QStringLiteral("true"));
    EXPECT_EQ(info.values[2].type, AttributeType::Boolean);

    ASSERT_TRUE(project->setAttributeValue(c, age, QString()));
    EXPECT_EQ(project->caseById(c)->values.size(), 2);
}

TEST_F(CasesTest, ASourcesCaseGivesAQuoteItsSpeakersAttributes)
{
    const Id source = addSource(QStringLiteral("P01 interview"));
    const Id other = addSource(QStringLiteral("P02 interview"));
    const Id c = project->addCase(QStringLiteral("P01")).value();
    const Id site = project->addAttribute(QStringLiteral("site"), AttributeType::Text).value();
    const Id role = project->addAttribute(QStringLiteral("role"), AttributeType::Text).value();
    ASSERT_TRUE(project->setAttributeValue(c, site, QStringLiteral("Site_E")));
    ASSERT_TRUE(project->setAttributeValue(c, role, QStringLiteral("CCIO")));
    ASSERT_TRUE(project->linkCaseSource(c, source));
    ASSERT_TRUE(project->linkCaseSource(c, source)); // linking twice is one link

    auto cases = project->casesOfSource(source);
    ASSERT_TRUE(cases);
    ASSERT_EQ(cases->size(), 1u);
    const CaseInfo &speaker = cases->front();
    EXPECT_EQ(
        QStringLiteral("[%1 from %2]")
            .arg(speaker.value(QStringLiteral("role")), speaker.value(QStringLiteral("site"))),
        QStringLiteral("[CCIO from Site_E]"));
    EXPECT_EQ(speaker.sourceNames, QStringList{QStringLiteral("P01 interview")});
    EXPECT_TRUE(project->casesOfSource(other)->empty());

    EXPECT_EQ(project->linkCaseSource(c, 999).error().kind, ErrorKind::NotFound);
    ASSERT_TRUE(project->unlinkCaseSource(c, source));
    EXPECT_TRUE(project->casesOfSource(source)->empty());
    EXPECT_EQ(project->unlinkCaseSource(c, source).error().kind, ErrorKind::NotFound);
}

TEST_F(CasesTest, ABatchIsWrittenWholeOrNotAtAll)
{
    const Id source = addSource(QStringLiteral("P01"));
    QSignalSpy spy(project.get(), &Project::casesChanged);
    CaseBatch bad;
    bad.attributes = {{QStringLiteral("site"), AttributeType::Text},
                      {QStringLiteral("age"), AttributeType::Number}};
    bad.cases.push_back(CaseRecord{
        QStringLiteral("P01"), {{QStringLiteral("site"), QStringLiteral("Site_A")}}, {source}});
    bad.cases.push_back(
        CaseRecord{QStringLiteral("P02"), {{QStringLiteral("age"), QStringLiteral("old")}}, {}});
    auto refused = project->writeCases(bad);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("P02")));
    EXPECT_EQ(project->counts()->cases, 0);
    EXPECT_TRUE(project->attributes()->empty());
    EXPECT_EQ(spy.count(), 0);

    bad.cases.back().values = {{QStringLiteral("age"), QStringLiteral("51")}};
    ASSERT_TRUE(project->writeCases(bad));
    EXPECT_EQ(spy.count(), 1);
    auto cases = project->cases();
    ASSERT_EQ(cases->size(), 2u);
    EXPECT_EQ(cases->at(0).name, QStringLiteral("P01"));
    EXPECT_EQ(cases->at(0).sourceIds, QList<Id>{source});
    EXPECT_EQ(cases->at(1).value(QStringLiteral("age")), QStringLiteral("51"));

    // Again with a changed value: the same cases are updated, not doubled, and
    // an existing attribute keeps its type.
    bad.attributes = {{QStringLiteral("age"), AttributeType::Text}};
    bad.cases = {
        CaseRecord{QStringLiteral("P02"), {{QStringLiteral("age"), QStringLiteral("52")}}, {}}};
    ASSERT_TRUE(project->writeCases(bad));
    EXPECT_EQ(project->counts()->cases, 2);
    EXPECT_EQ(project->attributeByName(QStringLiteral("age"))->type, AttributeType::Number);
    EXPECT_EQ(project->caseByName(QStringLiteral("P02"))->value(QStringLiteral("age")),
              QStringLiteral("52"));
}

TEST_F(CasesTest, AttributeValueNormalisesByType)
{
    EXPECT_EQ(attributeValue(AttributeType::Number, QStringLiteral("0123")),
              QStringLiteral("0123"));
    EXPECT_FALSE(attributeValue(AttributeType::Number, QStringLiteral("inf")));
    EXPECT_FALSE(attributeValue(AttributeType::Number, QStringLiteral("3,5")));
    EXPECT_EQ(attributeValue(AttributeType::Boolean, QStringLiteral("NO")),
              QStringLiteral("false"));
    EXPECT_FALSE(attributeValue(AttributeType::Date, QStringLiteral("2019-02-28T10:00")));
    EXPECT_EQ(attributeTypeFromString(QStringLiteral("Boolean")), AttributeType::Boolean);
    EXPECT_FALSE(attributeTypeFromString(QStringLiteral("colour")));
}

} // namespace

#include "core/model/attribution.h"
#include "tests/support/temp_project.h"

#include <gtest/gtest.h>

using namespace gw;

namespace {

CaseInfo caseWith(const QString &name, const QList<std::pair<QString, QString>> &values)
{
    CaseInfo c;
    c.name = name;
    for (const auto &[attribute, value] : values)
        c.values.append({attribute, AttributeType::Text, value});
    return c;
}

TEST(Attribution, NamesRoleFromSite)
{
    EXPECT_EQ(caseAttribution({caseWith(QStringLiteral("P05"),
                                        {{QStringLiteral("Job role"), QStringLiteral("CCIO")},
                                         {QStringLiteral("Site"), QStringLiteral("Site_E")}})}),
              QStringLiteral("CCIO from Site_E"));
    EXPECT_EQ(caseAttribution({caseWith(QStringLiteral("P05"), {{QStringLiteral("Organisation"),
                                                                 QStringLiteral("Trust B")}})}),
              QStringLiteral("Trust B"));
}

TEST(Attribution, FallsBackToTheCaseNameAndJoinsCases)
{
    EXPECT_EQ(
        caseAttribution(
            {caseWith(QStringLiteral("P07"), {{QStringLiteral("Age"), QStringLiteral("41")}}),
             caseWith(QStringLiteral("P08"), {{QStringLiteral("Role"), QStringLiteral("Nurse")}})}),
        QStringLiteral("P07; Nurse"));
    EXPECT_EQ(caseAttribution({}), QString());
}

TEST(Attribution, AFocusGroupsTurnSpeaksForItsSpeakersCase)
{
    const std::vector<CaseInfo> cases{caseWith(QStringLiteral("Dana"), {}), caseWith(QStringLiteral("Eli"), {})};
    const std::vector<Turn> turns{{QStringLiteral("Moderator"), 0, 19, {}},
                                  {QStringLiteral("dana "), 20, 38, {}},
                                  {QStringLiteral("Eli"), 39, 62, {}}};
    EXPECT_EQ(casesSpeaking(cases, turns, 39).front().name, QStringLiteral("Eli"));
    EXPECT_EQ(casesSpeaking(cases, turns, 25).size(), 1u) << "names match without case or outer spaces";
    EXPECT_EQ(casesSpeaking(cases, turns, 25).front().name, QStringLiteral("Dana"));
    EXPECT_EQ(casesSpeaking(cases, turns, 3).size(), 2u) << "the moderator is no case: every case";
    EXPECT_EQ(casesSpeaking(cases, {}, 39).size(), 2u) << "no turns: every case";
    EXPECT_EQ(casesSpeaking({cases[0]}, turns, 39).front().name, QStringLiteral("Dana")) << "one case is the source's";
}

TEST(Attribution, QuotesOnOneLine)
{
    EXPECT_EQ(quoteLine(QStringLiteral("We paired\nwith them 🙂."),
                        QStringLiteral("CCIO from Site_E"), QStringLiteral("P05")),
              QStringLiteral("\u201CWe paired with them 🙂.\u201D [CCIO from Site_E]"));
    EXPECT_EQ(quoteLine(QStringLiteral("Hi"), {}, QStringLiteral("P05")),
              QStringLiteral("\u201CHi\u201D [P05]"));
}

} // namespace

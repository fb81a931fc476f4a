// The CMO configuration table: chains context -> mechanism -> outcome through
// the influences, with evidence counts and a cited exemplar, in every format
// of the generic table writers, read back structurally.
#include "core/export/cmo_table.h"
#include "tests/unit/export/table_readers.h"
#include "tests/unit/model/model_fixture.h"

using namespace gw;
using namespace gw::test;

namespace {

class CmoTableTest : public test::ModelTest
{
protected:
    void SetUp() override
    {
        test::ModelTest::SetUp();
        linkAB = link(ea, eb, triggers);
        linkBC = link(eb, ec, enables);
        ASSERT_TRUE(project->addEvidence(linkAB, a1, false));
        ASSERT_TRUE(project->addEvidence(linkAB, b1, false));
        ASSERT_TRUE(project->addEvidence(linkAB, a2, true));
        ASSERT_TRUE(project->addEvidence(linkBC, c1, false));
        ASSERT_TRUE(project->addEvidence(linkBC, a1, false)); // counted once across the chain
    }

    Id linkAB = 0, linkBC = 0;
};

const QStringList kHeader{QStringLiteral("Context"),  QStringLiteral("Mechanism"),
                          QStringLiteral("Outcome"),  QStringLiteral("Links"),
                          QStringLiteral("Evidence"), QStringLiteral("Exemplar quote")};

TEST_F(CmoTableTest, AChainRunsFromAContextThroughAMechanismToAnOutcome)
{
    auto chains = cmoChains(*project);
    ASSERT_TRUE(chains);
    ASSERT_EQ(chains->size(), 1u);
    const CmoChain &chain = chains->front();
    EXPECT_EQ(chain.context.id, ea);
    EXPECT_EQ(chain.mechanism.id, eb);
    EXPECT_EQ(chain.outcome.id, ec);
    EXPECT_EQ(chain.evidence, 3); // a1, b1, c1
    EXPECT_EQ(chain.counter, 1);  // a2
    EXPECT_EQ(chain.exemplar, QStringLiteral("\u201CAlpha 🙂\u201D [K1; K3]"));
}

TEST_F(CmoTableTest, LinksThatDoNotMakeAChainAreNotInTheTable)
{
    link(ea, ec, triggers); // context straight to outcome: no mechanism
    const Id other = code(QStringLiteral("Code D"));
    const Id ed = place(ElementKind::Code, other, ModelRole::Mechanism, std::nullopt);
    link(ea, ed, triggers); // a mechanism leading nowhere
    auto chains = cmoChains(*project);
    ASSERT_TRUE(chains);
    EXPECT_EQ(chains->size(), 1u);
}

TEST_F(CmoTableTest, EveryFormatHoldsTheChain)
{
    const QStringList row{
        QStringLiteral("Code A"),        QStringLiteral("Code B"),
        QStringLiteral("Code C"),        QStringLiteral("triggers, enables"),
        QStringLiteral("3 (1 against)"), QStringLiteral("\u201CAlpha 🙂\u201D [K1; K3]")};
    const QList<std::pair<QString, TableFormat>> formats{
        {QStringLiteral("md"), TableFormat::Markdown}, {QStringLiteral("tex"), TableFormat::Latex},
        {QStringLiteral("html"), TableFormat::Html},   {QStringLiteral("csv"), TableFormat::Csv},
        {QStringLiteral("odt"), TableFormat::Odt},     {QStringLiteral("xlsx"), TableFormat::Xlsx}};
    for (const auto &[suffix, format] : formats) {
        const QString path = dir.path(QStringLiteral("cmo.") + suffix);
        ASSERT_TRUE(writeCmoTable(*project, format, path)) << suffix.toStdString();
        const QByteArray bytes = readFile(path);
        ReadTable t;
        switch (format) {
        case TableFormat::Markdown:
            t = readMarkdown(bytes);
            break;
        case TableFormat::Latex:
            t = readLatex(bytes, 6);
            break;
        case TableFormat::Html:
            t = readHtml(bytes);
            break;
        case TableFormat::Csv:
            t = readCsv(bytes);
            break;
        case TableFormat::Odt:
            t = readOdt(bytes);
            break;
        case TableFormat::Xlsx:
            t = readXlsx(bytes);
            break;
        }
        EXPECT_EQ(t.error, QString()) << suffix.toStdString();
        EXPECT_EQ(t.header, kHeader) << suffix.toStdString();
        ASSERT_EQ(t.rows.size(), 1) << suffix.toStdString();
        EXPECT_EQ(t.rows.front(), row) << suffix.toStdString();
    }
}

TEST_F(CmoTableTest, AContextSpansItsChains)
{
    const Id d = code(QStringLiteral("Code D"));
    const Id ed = place(ElementKind::Code, d, ModelRole::Outcome, std::nullopt);
    link(eb, ed, triggers);
    auto chains = cmoChains(*project);
    ASSERT_TRUE(chains);
    const Table table = layoutCmoTable(*chains);
    ASSERT_EQ(table.rows.size(), 2u);
    EXPECT_EQ(table.rows[0][0].rowSpan, 2);
    EXPECT_EQ(table.rows[1][0].rowSpan, 0);
    EXPECT_EQ(table.rows[1][0].text, QStringLiteral("Code A")); // CSV writes it out again
    const QString path = dir.path(QStringLiteral("spans.html"));
    ASSERT_TRUE(writeTable(table, TableFormat::Html, path));
    const ReadTable t = readHtml(readFile(path));
    EXPECT_EQ(t.dimensionSpans, QList<int>{2});
}

TEST_F(CmoTableTest, AModelWithoutChainsIsRefusedNamingTheFile)
{
    ASSERT_TRUE(project->removeInfluence(linkBC));
    const QString path = dir.path(QStringLiteral("none.md"));
    auto ok = writeCmoTable(*project, TableFormat::Markdown, path);
    ASSERT_FALSE(ok);
    EXPECT_TRUE(ok.error().message.contains(path));
    EXPECT_FALSE(QFile::exists(path));
}

} // namespace

// The write-up reports on the hand-made analysis project: the attribution
// template over case attributes, the quote report (exemplars per dimension and
// theme, a code's segments one per source) and the codebook with its merge
// history, in every document format.
#include "core/analysis/passage_report.h"
#include "core/analysis/write_up.h"
#include "core/import/zip_part.h"
#include "core/analysis/speakers.h"
#include "core/model/attribution.h"
#include "core/model/quote_attribution.h"
#include "tests/support/focus_group.h"
#include "tests/unit/analysis/analysis_fixture.h"

#include <QXmlStreamReader>

using namespace gw;

namespace {

class WriteUpTest : public test::AnalysisTest
{
protected:
    QString markdownOf(const Document &d)
    {
        auto bytes = documentBytes(d, DocumentFormat::Markdown, QStringLiteral("r.md"));
        EXPECT_TRUE(bytes);
        return bytes ? QString::fromUtf8(*bytes) : QString();
    }
};

TEST_F(WriteUpTest, AttributionTemplateOverCaseAttributes)
{
    auto cases = project->casesOfSource(s1);
    ASSERT_TRUE(cases);
    EXPECT_EQ(caseAttribution(*cases), QStringLiteral("CCIO from Site A"));           // automatic
    EXPECT_EQ(caseAttribution(*cases, {}), QStringLiteral("CCIO from Site A"));       // empty template: the same
    EXPECT_EQ(caseAttribution(*cases, QStringLiteral("Participant from {site}")), QStringLiteral("Participant from Site A"));
    EXPECT_EQ(caseAttribution(*cases, QStringLiteral("{ROLE}, { year }")), QStringLiteral("CCIO, 2019"));
    auto other = project->casesOfSource(s2);
    ASSERT_TRUE(other);
    // K2 has no interview date: named instead.
    EXPECT_EQ(caseAttribution(*other, QStringLiteral("Interviewed {interviewed}")), QStringLiteral("K2"));

    // Set per project: refused when a placeholder names no attribute; then every
    // passage list cites by it; cleared, back to automatic.
    auto refused = project->setAttributionTemplate(QStringLiteral("Participant from {hospital}"));
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("{hospital}")));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("site")));
    EXPECT_TRUE(project->attributionTemplate().isEmpty());
    ASSERT_TRUE(project->setAttributionTemplate(QStringLiteral("Participant from {site}")));
    EXPECT_EQ(project->attributionTemplate(), QStringLiteral("Participant from {site}"));
    auto d = CodingData::load(*project);
    ASSERT_TRUE(d);
    auto views = describePassages(**d, passagesOfSegments(**d, {x1, x3}));
    ASSERT_TRUE(views);
    ASSERT_EQ(views->size(), 2u);
    EXPECT_EQ((*views)[0].attribution, QStringLiteral("Participant from Site A"));
    EXPECT_EQ((*views)[1].attribution, QStringLiteral("Participant from Site B"));
    ASSERT_TRUE(project->setAttributionTemplate({}));
    EXPECT_TRUE(project->attributionTemplate().isEmpty());
}

// A focus group whose speakers were made cases: a quote is cited by its
// speaker's own case, not by every participant of the group; the moderator's
// words (no case) are cited by the whole group.
TEST_F(WriteUpTest, AFocusGroupQuoteIsCitedByItsSpeakersOwnCase)
{
    auto group = project->addSource(test::focusGroup());
    ASSERT_TRUE(group);
    auto batch = casesFromSpeakers(*project, *group, {QStringLiteral("moderator")});
    ASSERT_TRUE(batch);
    ASSERT_TRUE(project->writeCases(*batch));
    const Id role = project->attributeByName(QStringLiteral("role"))->id;
    ASSERT_TRUE(project->setAttributeValue(project->caseByName(QStringLiteral("Dana"))->id, role, QStringLiteral("Ward manager")));
    ASSERT_TRUE(project->setAttributeValue(project->caseByName(QStringLiteral("Eli"))->id, role, QStringLiteral("Pharmacist")));

    QuoteAttribution cite(*project);
    EXPECT_EQ(*cite.of(*group, 44), QStringLiteral("Pharmacist"));
    EXPECT_EQ(*cite.of(*group, 70), QStringLiteral("Ward manager"));
    EXPECT_EQ(*cite.of(*group, 5), QStringLiteral("Ward manager; Pharmacist")) << "the moderator is no case";
    EXPECT_EQ(*cite.of(s1, 0), QStringLiteral("CCIO from Site A")) << "a source of one case is cited by it";

    auto code = project->addCode(QStringLiteral("Running things"));
    ASSERT_TRUE(code);
    auto eli = project->applyCode(*group, *code, 44, 61);
    auto moderator = project->applyCode(*group, *code, 11, 19);
    ASSERT_TRUE(eli && moderator);
    auto d = CodingData::load(*project);
    ASSERT_TRUE(d);
    auto views = describePassages(**d, passagesOfSegments(**d, {*moderator, *eli}));
    ASSERT_TRUE(views);
    ASSERT_EQ(views->size(), 2u);
    EXPECT_EQ((*views)[0].attribution, QStringLiteral("Ward manager; Pharmacist"));
    EXPECT_EQ((*views)[1].attribution, QStringLiteral("Pharmacist"));
    EXPECT_EQ((*views)[1].cases, QStringList{QStringLiteral("Eli")});
}

TEST_F(WriteUpTest, QuoteReportCitesExemplarsByThemeAndSegmentsOnePerSource)
{
    ASSERT_TRUE(project->addExemplar(theme, x1));
    auto plain = quoteReport(*project);
    ASSERT_TRUE(plain) << plain.error().message;
    const QString md = markdownOf(*plain);
    EXPECT_TRUE(md.startsWith(QStringLiteral("# Quotes by theme\n"))) << md.toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral("\n## D\n"))) << md.toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral("\n### T\n")));
    EXPECT_TRUE(md.contains(QStringLiteral("> \u201CAlpha 🙂\u201D \\[CCIO from Site A\\] (S1)"))) << md.toStdString();
    EXPECT_FALSE(md.contains(QStringLiteral("Delta"))); // no segments asked for
    EXPECT_LT(md.indexOf(QStringLiteral("## D")), md.indexOf(QStringLiteral("### T")));

    QuoteReportOptions options;
    options.segmentsPerCode = 1;
    options.attribution = QStringLiteral("Participant from {site}");
    auto more = quoteReport(*project, options);
    ASSERT_TRUE(more) << more.error().message;
    const QString md2 = markdownOf(*more);
    EXPECT_TRUE(md2.contains(QStringLiteral("\\[Participant from Site A\\] (S1)"))) << md2.toStdString();
    // X: the exemplar is not repeated; its next segment (Delta, S1) comes, one per code.
    EXPECT_TRUE(md2.contains(QStringLiteral("#### X\n\n> \u201CDelta\u201D"))) << md2.toStdString();
    EXPECT_FALSE(md2.contains(QStringLiteral("Zeta")));
    EXPECT_TRUE(md2.contains(QStringLiteral("#### Z\n\n> \u201CGamma three\u201D")));
    EXPECT_EQ(md2.count(QStringLiteral("Alpha")), 1);
    // A placeholder that names no attribute is refused, not printed.
    options.attribution = QStringLiteral("{ward}");
    auto refused = quoteReport(*project, options);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind, ErrorKind::InvalidInput);

    // LaTeX: quote environments, syntax escaped; HTML: well-formed; ODT: the quote in content.xml.
    auto tex = documentBytes(*more, DocumentFormat::Latex, QStringLiteral("q.tex"));
    ASSERT_TRUE(tex);
    const QString t = QString::fromUtf8(*tex);
    EXPECT_TRUE(t.contains(QStringLiteral("\\section{D}")));
    EXPECT_TRUE(t.contains(QStringLiteral("\\begin{quote}\n``Alpha 🙂'' [Participant from Site A] (S1)\n\\end{quote}")))
        << t.toStdString();
    auto html = documentBytes(*more, DocumentFormat::Html, QStringLiteral("q.html"));
    ASSERT_TRUE(html);
    QXmlStreamReader xml(*html);
    int quotes = 0;
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"blockquote")
            ++quotes;
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_EQ(quotes, 3); // Alpha, Delta, Gamma three
    auto odt = documentBytes(*more, DocumentFormat::Odt, QStringLiteral("q.odt"));
    ASSERT_TRUE(odt);
    auto content = readZipPart(*odt, QStringLiteral("content.xml"), QStringLiteral("q.odt"), QStringLiteral("an OpenDocument text"));
    ASSERT_TRUE(content) << content.error().message;
    EXPECT_TRUE(QString::fromUtf8(*content).contains(QStringLiteral("Gamma three")));
    EXPECT_TRUE(QString::fromUtf8(*content).contains(QStringLiteral("text:outline-level=\"2\"")));
}

TEST_F(WriteUpTest, CodebookHasDefinitionsCountsExampleAndMergeHistory)
{
    ASSERT_TRUE(project->setCodeDefinition(x, QStringLiteral("Names & places (the <first> kind)")));
    const Id w = project->addCode(QStringLiteral("W"), CodeStage::FirstOrder).value_or(0);
    ASSERT_NE(w, 0);
    segment(s2, test::kAnalysisS2, w, QStringLiteral("Eta"));
    ASSERT_TRUE(project->mergeCodes({w}, x, QStringLiteral("the same idea")));
    auto doc = codebookDocument(*project);
    ASSERT_TRUE(doc) << doc.error().message;
    const QString md = markdownOf(*doc);
    EXPECT_TRUE(md.startsWith(QStringLiteral("# Codebook\n")));
    EXPECT_TRUE(md.contains(QStringLiteral("\n## D\n")));
    EXPECT_TRUE(md.contains(QStringLiteral("\n### T\n")));
    EXPECT_TRUE(md.contains(QStringLiteral("\n#### X\n"))) << md.toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral("**Definition.** Names \\& places (the \\<first\\> kind)"))) << md.toStdString();
    // X: its three segments and W's one, in two sources.
    EXPECT_TRUE(md.contains(QStringLiteral("First-order code; 4 segments in 2 sources"))) << md.toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral("merged in \u201CW\u201D (1 segment)"))) << md.toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral(": the same idea")));
    // Y is in no theme: its own section by stage.
    EXPECT_TRUE(md.contains(QStringLiteral("## First-order codes not yet in a theme")));
    EXPECT_GT(md.indexOf(QStringLiteral("#### Y")), md.indexOf(QStringLiteral("not yet in a theme")));
    EXPECT_FALSE(md.contains(QStringLiteral("#### W"))); // archived by the merge
    auto odt = documentBytes(*doc, DocumentFormat::Odt, QStringLiteral("c.odt"));
    ASSERT_TRUE(odt);
    EXPECT_TRUE(writeDocument(*doc, DocumentFormat::Html, dir.path(QStringLiteral("codebook.html"))));
}

} // namespace

// Matrices and the co-occurrence table on the hand-worked project of
// analysis_fixture.h: every cell kind, each kind of column, bins, query rows,
// and every co-occurrence unit with its coefficients.
#include "core/analysis/code_cooccurrence.h"
#include "core/analysis/matrix.h"
#include "core/analysis/participants_table.h"
#include "core/analysis/saved_queries.h"
#include "tests/unit/analysis/analysis_fixture.h"

using namespace gw;
using gw::test::L;

namespace {

class MatrixTest : public test::AnalysisTest
{
protected:
    Matrix build(const char *rowsText, const char *columnsText, MatrixCellKind cell = MatrixCellKind::Segments,
                 QStringList bins = {})
    {
        const QString rows = QString::fromUtf8(rowsText), columns = QString::fromUtf8(columnsText);
        MatrixSpec spec;
        EXPECT_TRUE(spec.setRows(rows));
        EXPECT_TRUE(spec.setColumns(columns));
        spec.cell = cell;
        spec.bins = bins;
        auto m = buildMatrix(*project, *data, spec);
        EXPECT_TRUE(m) << (m ? QString() : m.error().message);
        return m ? *m : Matrix{};
    }
    // Row LABEL's cells as printed.
    QStringList row(const Matrix &m, const char *labelText)
    {
        const QString label = QString::fromUtf8(labelText);
        for (std::size_t r = 0; r < m.rows.size(); ++r)
            if (m.rows[r].label == label) {
                QStringList out;
                for (qsizetype c = 0; c < m.columns.size(); ++c)
                    out.append(m.text(r, std::size_t(c)));
                return out;
            }
        ADD_FAILURE() << "no row " << label;
        return {};
    }
};

TEST_F(MatrixTest, CodesByCasesCountSegmentsSourcesCasesAndWords)
{
    Matrix m = build("codes", "cases");
    EXPECT_EQ(m.columns, (L({"K1", "K2"})));
    EXPECT_EQ(row(m, "X"), (L({"2", "1"})));
    EXPECT_EQ(row(m, "Y"), (L({"3", "0"})));
    EXPECT_EQ(row(m, "Z"), (L({"1", "0"})));
    // A cell keeps its passages: X in K1 is x1 and x2.
    const MatrixCell &cell = m.rows[0].cells[0];
    ASSERT_EQ(cell.passages.size(), 2u);
    EXPECT_EQ(m.rows[0].passages[cell.passages[0]].segmentIds, std::vector<Id>{x1});

    EXPECT_EQ(row(build("codes", "cases", MatrixCellKind::Sources), "Y"), (L({"1", "0"})));
    EXPECT_EQ(row(build("codes", "cases", MatrixCellKind::Cases), "X"), (L({"1", "1"})));
    // "Alpha 🙂" is one word (the emoji is none), "Delta" one; "🙂 one" one, "Beta", "Epsilon".
    EXPECT_EQ(row(build("codes", "cases", MatrixCellKind::Words), "X"), (L({"2", "1"})));
    EXPECT_EQ(row(build("codes", "cases", MatrixCellKind::Words), "Y"), (L({"3", "0"})));
}

TEST_F(MatrixTest, PercentagesOfRowAndColumn)
{
    EXPECT_EQ(row(build("codes", "cases", MatrixCellKind::RowPercent), "X"), (L({"66.7", "33.3"})));
    // K1's column holds X 2, Y 3, Z 1 segments.
    const Matrix col = build("codes", "cases", MatrixCellKind::ColumnPercent);
    EXPECT_EQ(row(col, "X"), (L({"33.3", "100.0"})));
    EXPECT_EQ(row(col, "Y"), (L({"50.0", "0.0"})));
}

TEST_F(MatrixTest, ThemesDimensionsKindsSourcesAndCoders)
{
    EXPECT_EQ(row(build("themes", "kinds"), "T"), (L({"3", "1"})));
    EXPECT_EQ(build("themes", "kinds").columns, (L({"interview", "observation"})));
    EXPECT_EQ(row(build("dimensions", "sources"), "D"), (L({"3", "1"})));
    const Matrix coders = build("codes", "coders");
    EXPECT_EQ(coders.columns, (L({"ana", "ben"})));
    EXPECT_EQ(row(coders, "X"), (L({"2", "1"})));
}

TEST_F(MatrixTest, AttributeValuesAndBins)
{
    const Matrix sites = build("codes", "attribute:site");
    EXPECT_EQ(sites.columnTitle, QStringLiteral("site"));
    EXPECT_EQ(sites.columns, (L({"Site A", "Site B"})));
    EXPECT_EQ(row(sites, "X"), (L({"2", "1"})));
    const Matrix years = build("codes", "attribute:Year", MatrixCellKind::Segments, L({"2020"}));
    EXPECT_EQ(years.columns, (L({"< 2020", "≥ 2020"})));
    EXPECT_EQ(row(years, "X"), (L({"2", "1"})));
    const Matrix dates = build("codes", "attribute:interviewed", MatrixCellKind::Segments, L({"2019", "2019-06-01"}));
    EXPECT_EQ(row(dates, "X"), (L({"0", "2", "0"})));

    MatrixSpec spec;
    ASSERT_TRUE(spec.setColumns(QStringLiteral("attribute:site")));
    spec.bins = {QStringLiteral("1")};
    EXPECT_FALSE(buildMatrix(*project, *data, spec));
    ASSERT_TRUE(spec.setColumns(QStringLiteral("attribute:year")));
    spec.bins = {QStringLiteral("2020"), QStringLiteral("2010")};
    EXPECT_TRUE(buildMatrix(*project, *data, spec).error().message.contains(QStringLiteral("rise")));
    ASSERT_TRUE(spec.setColumns(QStringLiteral("attribute:sit")));
    EXPECT_TRUE(buildMatrix(*project, *data, spec).error().message.contains(QStringLiteral("Closest: \"site\"")));
    EXPECT_FALSE(spec.setRows(QStringLiteral("rows")));
    EXPECT_FALSE(spec.setColumns(QStringLiteral("people")));
}

TEST_F(MatrixTest, SavedQueriesAsRows)
{
    // Rows of every saved query, before any is saved: said, not an empty table.
    MatrixSpec none;
    ASSERT_TRUE(none.setRows(QStringLiteral("queries")));
    auto empty = buildMatrix(*project, *data, none);
    ASSERT_FALSE(empty);
    EXPECT_TRUE(empty.error().message.contains(QStringLiteral("no saved queries"))) << empty.error().message;

    SavedQuery q;
    q.name = QStringLiteral("X near Y");
    q.expression = QStringLiteral("X NEAR/1 Y");
    ASSERT_TRUE(saveQuery(*project, q));
    const Matrix m = build("query:X near Y", "cases");
    EXPECT_EQ(m.rowTitle, QStringLiteral("Query"));
    EXPECT_EQ(row(m, "X near Y"), (L({"3", "0"})));
    MatrixSpec spec;
    ASSERT_TRUE(spec.setRows(QStringLiteral("query:nothing")));
    EXPECT_EQ(buildMatrix(*project, *data, spec).error().kind, ErrorKind::NotFound);
}

TEST_F(MatrixTest, TableHasTheColumnValuesThenOneRowPerItem)
{
    const Table t = build("codes", "cases").table();
    EXPECT_EQ(t.header, (L({"Code", "K1", "K2"})));
    ASSERT_EQ(t.rows.size(), 3u);
    EXPECT_EQ(t.rows[0][0].text, QStringLiteral("X"));
    EXPECT_EQ(t.rows[0][1].text, QStringLiteral("2"));
    auto csv = tableBytes(t, TableFormat::Csv, QStringLiteral("m.csv"));
    ASSERT_TRUE(csv);
    // After the byte-order mark spreadsheets need to read UTF-8.
    EXPECT_TRUE(csv->startsWith("\xEF\xBB\xBF" "Code,K1,K2")) << csv->toStdString();
}

class CooccurrenceTableTest : public test::AnalysisTest
{
protected:
    const CodePair *pair(const CooccurrenceTable &t, const char *aText, const char *bText)
    {
        const QString a = QString::fromUtf8(aText), b = QString::fromUtf8(bText);
        for (const CodePair &p : t.pairs)
            if ((t.items[p.first].label == a && t.items[p.second].label == b) ||
                (t.items[p.first].label == b && t.items[p.second].label == a))
                return &p;
        return nullptr;
    }
    CooccurrenceTable table(CooccurrenceUnit unit, int within = 1)
    {
        CooccurrenceSpec spec;
        spec.items = cooccurrenceItems(*data, ItemTier::Code);
        spec.unit = unit;
        spec.within = within;
        auto t = codeCooccurrence(*data, spec);
        EXPECT_TRUE(t) << (t ? QString() : t.error().message);
        return t ? *t : CooccurrenceTable{};
    }
};

TEST_F(CooccurrenceTableTest, EachUnitCountsWhatItSays)
{
    EXPECT_EQ(pair(table(CooccurrenceUnit::Overlap), "X", "Y")->count, 1);
    EXPECT_EQ(pair(table(CooccurrenceUnit::Overlap), "X", "Z"), nullptr); // never together: left out
    EXPECT_EQ(pair(table(CooccurrenceUnit::Sentence), "X", "Y")->count, 1);   // x1-y1 in s0
    EXPECT_EQ(pair(table(CooccurrenceUnit::Paragraph), "X", "Y")->count, 2);  // x1-y1, x1-y2 in P0
    EXPECT_EQ(pair(table(CooccurrenceUnit::Paragraph), "X", "Z")->count, 1);  // x2-z1 in P1
    EXPECT_EQ(pair(table(CooccurrenceUnit::Within, 1), "X", "Y")->count, 3);  // and x2-y3 across P1/P2
    EXPECT_EQ(pair(table(CooccurrenceUnit::Source), "X", "Y")->count, 1);
    EXPECT_EQ(pair(table(CooccurrenceUnit::Case), "Y", "Z")->count, 1);
}

TEST_F(CooccurrenceTableTest, CoefficientsFollowTheirDefinitions)
{
    // Within 1: 3 pairs; X has 3 segments, Y 3; x1, x2, y1, y2, y3 co-occur.
    const CooccurrenceTable within = table(CooccurrenceUnit::Within, 1);
    const CodePair *xy = pair(within, "X", "Y");
    ASSERT_TRUE(xy);
    EXPECT_EQ(xy->firstCount, 3);
    EXPECT_EQ(xy->secondCount, 3);
    EXPECT_DOUBLE_EQ(xy->c, 1.0);
    EXPECT_DOUBLE_EQ(xy->jaccard, 5.0 / 6.0);
    EXPECT_EQ(xy->segmentIds, (std::vector<Id>{x1, x2, y1, y2, y3}));
    // Overlap: 1 pair; c = 1 / (3 + 3 - 1); x1 and y1 of six segments.
    const CooccurrenceTable overlapping = table(CooccurrenceUnit::Overlap);
    const CodePair *overlap = pair(overlapping, "X", "Y");
    EXPECT_DOUBLE_EQ(overlap->c, 1.0 / 5.0);
    EXPECT_DOUBLE_EQ(overlap->jaccard, 2.0 / 6.0);
    EXPECT_EQ(overlap->evidence, (std::vector<SegmentPair>{{x1, y1, 0}}));
    // Sources: X in S1 and S2, Y in S1: Jaccard 1/2, and c the same.
    const CooccurrenceTable bySource = table(CooccurrenceUnit::Source);
    const CodePair *sources = pair(bySource, "X", "Y");
    EXPECT_DOUBLE_EQ(sources->jaccard, 0.5);
    EXPECT_DOUBLE_EQ(sources->c, 0.5);
    EXPECT_EQ(sources->segmentIds, (std::vector<Id>{x1, x2, y1, y2, y3}));
}

TEST_F(CooccurrenceTableTest, ThemesShareNoCodesWithEachOtherAndFiltersApply)
{
    CooccurrenceSpec spec;
    spec.items = cooccurrenceItems(*data, ItemTier::Code);
    spec.unit = CooccurrenceUnit::Source;
    spec.filters.kinds = {SourceKind::Observation};
    auto t = codeCooccurrence(*data, spec);
    ASSERT_TRUE(t);
    EXPECT_TRUE(t->pairs.empty()); // S2 has X alone
    // A theme and a code under it share codes: never a pair.
    spec = {};
    spec.items = cooccurrenceItems(*data, ItemTier::Theme);
    spec.items.push_back({x, QStringLiteral("X"), {x}});
    spec.includeEmpty = true;
    t = codeCooccurrence(*data, spec);
    ASSERT_TRUE(t);
    EXPECT_TRUE(t->pairs.empty());
    spec.within = -1;
    spec.unit = CooccurrenceUnit::Within;
    EXPECT_FALSE(codeCooccurrence(*data, spec));
}

TEST_F(CooccurrenceTableTest, TableListsEveryPair)
{
    const Table t = table(CooccurrenceUnit::Paragraph).table(QStringLiteral("Code"));
    EXPECT_EQ(t.header.size(), 7);
    EXPECT_EQ(t.rows.size(), 2u); // X-Y, X-Z
    EXPECT_EQ(t.rows[0][0].text, QStringLiteral("X"));
    EXPECT_EQ(t.rows[0][1].text, QStringLiteral("Y"));
    EXPECT_EQ(t.rows[0][2].text, QStringLiteral("2"));
}

// The grid for the heat map: each pair's count on both sides of an empty
// diagonal; with fewer items allowed, the items in the most co-occurrences.
TEST_F(CooccurrenceTableTest, GridIsSymmetricAndKeepsTheMostInvolvedItems)
{
    const CooccurrenceTable t = table(CooccurrenceUnit::Paragraph); // X-Y 2, X-Z 1
    const Matrix m = t.grid(QStringLiteral("Code"));
    EXPECT_EQ(m.columns, (L({"X", "Y", "Z"})));
    ASSERT_EQ(m.rows.size(), 3u);
    EXPECT_EQ(m.rowTitle, QStringLiteral("Code"));
    EXPECT_EQ(m.rows[0].cells[1].value, 2);
    EXPECT_EQ(m.rows[1].cells[0].value, 2);
    EXPECT_EQ(m.rows[0].cells[2].value, 1);
    EXPECT_EQ(m.rows[2].cells[0].value, 1);
    EXPECT_EQ(m.rows[1].cells[2].value, 0);
    for (std::size_t i = 0; i < 3; ++i)
        EXPECT_EQ(m.rows[i].cells[i].value, 0);
    EXPECT_EQ(m.maximum(), 2);
    const Matrix two = t.grid(QStringLiteral("Code"), 2);
    EXPECT_EQ(two.columns, (L({"X", "Y"}))); // X in 3, Y in 2, Z in 1
}

} // namespace

namespace {

using namespace gw;

CaseInfo caseWith(const QString &name, const QString &role, const QString &group)
{
    CaseInfo c;
    c.name = name;
    if (!role.isEmpty())
        c.values.append(CaseValue{QStringLiteral("role"), AttributeType::Text, role});
    if (!group.isEmpty())
        c.values.append(CaseValue{QStringLiteral("site type"), AttributeType::Text, group});
    return c;
}

// Half up, of all cases, grouped with a total per group, a missing value as
// "Not recorded", values largest first unless an order is given.
TEST(ParticipantsTable, CountsEachValueOfAllCasesRoundedHalfUp)
{
    EXPECT_EQ(percentHalfUp(15, 228), 7); // 6.58
    EXPECT_EQ(percentHalfUp(1, 8), 13);   // 12.5 goes up
    EXPECT_EQ(percentHalfUp(1, 3), 33);
    EXPECT_EQ(percentHalfUp(0, 0), 0);
    const std::vector<AttributeInfo> attributes{{1, {}, QStringLiteral("role"), AttributeType::Text, 0},
                                                {2, {}, QStringLiteral("site type"), AttributeType::Text, 1}};
    const std::vector<CaseInfo> cases{caseWith(QStringLiteral("P1"), QStringLiteral("CIO"), QStringLiteral("exemplar")),
                                      caseWith(QStringLiteral("P2"), QStringLiteral("CCIO"), QStringLiteral("exemplar")),
                                      caseWith(QStringLiteral("P3"), QStringLiteral("CCIO"), QStringLiteral("exemplar")),
                                      caseWith(QStringLiteral("P4"), QStringLiteral("CIO"), QStringLiteral("follower")),
                                      caseWith(QStringLiteral("P5"), QString(), QStringLiteral("follower")),
                                      caseWith(QStringLiteral("P6"), QStringLiteral("Nurse"), QStringLiteral("follower")),
                                      caseWith(QStringLiteral("P7"), QStringLiteral("CIO"), QStringLiteral("exemplar")),
                                      caseWith(QStringLiteral("P8"), QStringLiteral("CCIO"), QString())};
    const auto rows = [](const Table &t) {
        QStringList out;
        for (const auto &r : t.rows)
            out.append(QStringLiteral("%1 %2 %3").arg(r[0].text, r[1].text, r[2].text).trimmed());
        return out;
    };
    auto plain = participantsTable(cases, attributes, {{QStringLiteral("Role")}, {}, {}});
    ASSERT_TRUE(plain) << plain.error().message;
    EXPECT_EQ(rows(*plain), (test::L({"CCIO 3 38", "CIO 3 38", "Nurse 1 13", "Not recorded 1 13"})));
    EXPECT_TRUE(plain->caption.contains(QStringLiteral("all 8 cases")));
    EXPECT_EQ(plain->header, (test::L({"Characteristic", "n", "%"})));

    auto grouped = participantsTable(cases, attributes,
                                     {{QStringLiteral("role")}, QStringLiteral("site type"), {QStringLiteral("CIO")}});
    ASSERT_TRUE(grouped) << grouped.error().message;
    EXPECT_EQ(rows(*grouped), (test::L({"exemplar 4 50", "CIO 2 25", "CCIO 2 25", "follower 3 38", "CIO 1 13",
                                        "Nurse 1 13", "Not recorded 1 13", "Not recorded 1 13", "CCIO 1 13"})));

    auto two = participantsTable(cases, attributes, {{QStringLiteral("role"), QStringLiteral("site type")}, {}, {}});
    ASSERT_TRUE(two);
    EXPECT_EQ(rows(*two).first(), QStringLiteral("role"));
    EXPECT_TRUE(rows(*two).contains(QStringLiteral("site type")));

    auto unknown = participantsTable(cases, attributes, {{QStringLiteral("rol")}, {}, {}});
    ASSERT_FALSE(unknown);
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("\"role\""))) << unknown.error().message;
}

} // namespace

// Sheets of cases: the CSV and XLSX readers on well-formed and damaged files,
// and the plan that previews an attribute import before one transaction
// writes it. A refused sheet must leave the project file byte for byte as it was.
#include "core/import/attribute_import.h"
#include "tests/support/temp_project.h"

#include <QMap>
#include <gtest/gtest.h>

using namespace gw;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(GW_TEST_DATA "/attributes/") + name;
}

Sheet readFixture(const QString &name)
{
    auto sheet = readSheetFile(fixture(name));
    EXPECT_TRUE(sheet) << (sheet ? QString() : sheet.error().message);
    return sheet.value_or(Sheet{});
}

TEST(CsvSheet, QuotesDelimitersLineEndsAndBom)
{
    const Sheet sheet = readFixture(QStringLiteral("semicolon.csv"));
    EXPECT_EQ(sheet.header, (QStringList{QStringLiteral("id"), QStringLiteral("name"),
                                         QStringLiteral("note"), QStringLiteral("score")}));
    ASSERT_EQ(sheet.rows.size(), 3);
    EXPECT_EQ(sheet.rows[0][1], QStringLiteral("𠮷野 Ana 🙂"));
    EXPECT_EQ(sheet.rows[0][2], QStringLiteral("said \"yes\"; then, left"));
    EXPECT_EQ(sheet.rows[1][2], QStringLiteral("two\nlines"));
    EXPECT_EQ(sheet.rows[2],
              (QStringList{QStringLiteral("S3"), QStringLiteral("Chen"), QString(), QString()}));
}

TEST(CsvSheet, TabsBlankLinesAndALastLineWithoutANewline)
{
    auto sheet =
        readCsvSheet("id\tsite\n\nP01\t\"Site, A\"\r\nP02\tSite_B", QStringLiteral("t.tsv"));
    ASSERT_TRUE(sheet);
    EXPECT_EQ(sheet->header.size(), 2);
    ASSERT_EQ(sheet->rows.size(), 2);
    EXPECT_EQ(sheet->rows[0][1], QStringLiteral("Site, A"));
    EXPECT_EQ(sheet->rows[1][1], QStringLiteral("Site_B"));
}

TEST(CsvSheet, DamagedCsvIsRefusedNamingTheFile)
{
    auto open = readCsvSheet("id,note\nP01,\"never closed\nP02,x\n", QStringLiteral("notes.csv"));
    ASSERT_FALSE(open);
    EXPECT_TRUE(open.error().message.contains(QStringLiteral("notes.csv")));
    EXPECT_TRUE(open.error().message.contains(QStringLiteral("line 2")));
    auto empty = readCsvSheet("\n\n", QStringLiteral("empty.csv"));
    ASSERT_FALSE(empty);
    EXPECT_TRUE(empty.error().message.contains(QStringLiteral("empty.csv")));
    auto binary = readCsvSheet(QByteArray("\x00\x01\x02", 3), QStringLiteral("bin.csv"));
    ASSERT_FALSE(binary);
    EXPECT_TRUE(binary.error().message.contains(QStringLiteral("bin.csv")));
}

// A 40 MB header of millions of columns used to be held whole (and abort):
// a sheet past Excel's own limits is refused by name and reason.
TEST(CsvSheet, SheetsPastExcelsLimitsAreRefused)
{
    QByteArray wide = "id";
    for (int i = 0; i < 20000; ++i)
        wide += ",c" + QByteArray::number(i);
    auto columns = readCsvSheet(wide + "\nP01\n", QStringLiteral("wide.csv"));
    ASSERT_FALSE(columns);
    EXPECT_TRUE(columns.error().message.contains(QStringLiteral("wide.csv")));
    EXPECT_TRUE(columns.error().message.contains(QStringLiteral("more than 16384 columns"))) << columns.error().message;
    auto cell = readCsvSheet("id,note\nP01,\"" + QByteArray(40000, 'x') + "\"\n", QStringLiteral("huge-cell.csv"));
    ASSERT_FALSE(cell);
    EXPECT_TRUE(cell.error().message.contains(QStringLiteral("longer than 32767 characters"))) << cell.error().message;
    EXPECT_TRUE(cell.error().message.contains(QStringLiteral("line 2"))) << cell.error().message;
    EXPECT_TRUE(readCsvSheet("id,note\nP01," + QByteArray(32000, 'x') + "\n", QStringLiteral("ok.csv")));
}

TEST(XlsxSheet, SharedInlineNumberBooleanDateAndGapCells)
{
    const Sheet sheet = readFixture(QStringLiteral("participants.xlsx"));
    EXPECT_EQ(sheet.header,
              (QStringList{QStringLiteral("id"), QStringLiteral("site"), QStringLiteral("age"),
                           QStringLiteral("consented"), QStringLiteral("interview_date"),
                           QStringLiteral("note")}));
    ASSERT_EQ(sheet.rows.size(), 4); // rows 2, 3, an empty row 4, and 5
    EXPECT_EQ(sheet.rows[0],
              (QStringList{QStringLiteral("P01"), QStringLiteral("Site_E"), QStringLiteral("42"),
                           QStringLiteral("true"), QStringLiteral("2019-01-01"),
                           QStringLiteral("said 🙂")}));
    EXPECT_EQ(sheet.rows[1], (QStringList{QStringLiteral("P02"), QString(), QStringLiteral("37.5"),
                                          QStringLiteral("false"), QStringLiteral("2020-01-01")}));
    EXPECT_TRUE(sheet.rows[2].isEmpty());
    EXPECT_EQ(sheet.rows[3], (QStringList{QStringLiteral("P03"), QString(), QStringLiteral("0.3"),
                                          QStringLiteral("true")}));
}

TEST(XlsxSheet, DamagedWorkbooksAreRefusedNamingTheFile)
{
    auto corrupt = readSheetFile(fixture(QStringLiteral("corrupt.xlsx")));
    ASSERT_FALSE(corrupt);
    EXPECT_TRUE(corrupt.error().message.contains(QStringLiteral("corrupt.xlsx")))
        << corrupt.error().message;
    auto notZip = readXlsxSheet("PK\x03\x04 this is not a zip", QStringLiteral("fake.xlsx"));
    ASSERT_FALSE(notZip);
    EXPECT_TRUE(notZip.error().message.contains(QStringLiteral("fake.xlsx")));
    auto wrongSuffix = readSheetFile(fixture(QStringLiteral("make_fixtures.py")));
    ASSERT_FALSE(wrongSuffix);
    EXPECT_TRUE(wrongSuffix.error().message.contains(QStringLiteral(".xlsx")));
}

// A 200 KB sheet whose zip headers claim 1,000 bytes inflates to 200 MB: it is
// refused as damaged once it passes what it claimed, not read to the end.
TEST(XlsxSheet, AnEntryLyingAboutItsSizeIsRefusedWhileInflating)
{
    auto lying = readSheetFile(fixture(QStringLiteral("lying-size.xlsx")));
    ASSERT_FALSE(lying);
    EXPECT_TRUE(lying.error().message.contains(QStringLiteral("lying-size.xlsx"))) << lying.error().message;
    EXPECT_TRUE(lying.error().message.contains(QStringLiteral("damaged"))) << lying.error().message;
}

TEST(AttributeTypes, InferredFromEveryNonEmptyValue)
{
    const auto infer = [](std::initializer_list<const char16_t *> values) {
        QStringList list;
        for (const char16_t *v : values)
            list.append(QString::fromUtf16(v));
        return inferAttributeType(list);
    };
    EXPECT_EQ(infer({u"42", u"", u"3.5", u"-1e3"}), AttributeType::Number);
    EXPECT_EQ(infer({u"2019-01-01", u"2020-12-31"}), AttributeType::Date);
    EXPECT_EQ(infer({u"yes", u"No", u"TRUE"}), AttributeType::Boolean);
    EXPECT_EQ(infer({u"42", u"n/a"}), AttributeType::Text);
    EXPECT_EQ(infer({u"2019-01-01", u"2019-02-30"}), AttributeType::Text);
    EXPECT_EQ(infer({u"", u" "}), AttributeType::Text);
}

class AttributeImportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto p = Project::create(path());
        ASSERT_TRUE(p);
        project = std::move(*p);
    }

    QString path() const { return dir.path(QStringLiteral("study.groundwork")); }

    void addSource(const QString &name, const QString &fileName)
    {
        ASSERT_TRUE(project->addSource(NewSource{name,
                                                 SourceKind::Interview,
                                                 QStringLiteral("Transcript of ") + name,
                                                 fileName,
                                                 QStringLiteral("text"),
                                                 {}}));
    }

    AttributePlan plan(const Sheet &sheet, const AttributeImportOptions &options = {})
    {
        auto result = planAttributes(*project, sheet, options);
        EXPECT_TRUE(result) << (result ? QString() : result.error().message);
        return result.value_or(AttributePlan{});
    }

    test::TempDir dir;
    std::unique_ptr<Project> project;
};

TEST_F(AttributeImportTest, ParticipantsSheetMatchesTheStudysRoleCounts)
{
    for (const char *id : {"P001", "P002", "P003"})
        addSource(QString::fromLatin1(id),
                  QStringLiteral("interview-%1.txt").arg(QLatin1String(id)));
    const Sheet sheet = readFixture(QStringLiteral("participants.csv"));
    const AttributePlan byId = plan(sheet);
    EXPECT_FALSE(byId.refused());
    EXPECT_EQ(byId.idColumn, QStringLiteral("participant"));
    ASSERT_EQ(byId.cases.size(), 178u);
    EXPECT_EQ(byId.newCases(), 178);
    EXPECT_EQ(byId.links(), 3); // P001..P003 by their source names
    EXPECT_TRUE(byId.problems.empty());
    QMap<QString, AttributeType> types;
    for (const PlannedAttribute &a : byId.attributes)
        types.insert(a.name, a.type);
    EXPECT_EQ(types.value(QStringLiteral("site")), AttributeType::Text);
    EXPECT_EQ(types.value(QStringLiteral("interview_date")), AttributeType::Date);
    EXPECT_EQ(types.value(QStringLiteral("years_in_role")), AttributeType::Number);
    EXPECT_EQ(types.value(QStringLiteral("recorded")), AttributeType::Boolean);
    EXPECT_EQ(types.size(), 7); // all but the id column

    // Linked by the transcript's file name instead: 175 transcripts are not in
    // the project, so 175 warnings, and those cases come in without a link.
    const AttributePlan byFile = plan(sheet, {{}, QStringLiteral("Transcript")});
    EXPECT_EQ(byFile.links(), 3);
    EXPECT_EQ(byFile.messages(SheetProblem::Severity::Warning).size(), 175);
    EXPECT_FALSE(byFile.refused());
    EXPECT_EQ(byFile.attributes.size(), 6u);
    ASSERT_TRUE(applyAttributes(*project, byFile));

    EXPECT_EQ(project->counts()->cases, 178);
    QMap<QString, int> roles;
    const std::vector<CaseInfo> all = project->cases().value();
    for (const CaseInfo &c : all)
        ++roles[c.value(QStringLiteral("role"))];
    // Table 2, in-depth case study sites (table2-interviewees.json).
    const QMap<QString, int> table2{{QStringLiteral("CCIO"), 34},
                                    {QStringLiteral("Program manager"), 29},
                                    {QStringLiteral("CIO"), 27},
                                    {QStringLiteral("Nursing roles"), 15},
                                    {QStringLiteral("Digital director/lead"), 12},
                                    {QStringLiteral("CNIO"), 11},
                                    {QStringLiteral("Project manager"), 11},
                                    {QStringLiteral("Pharmacist"), 7},
                                    {QStringLiteral("Other IT-related roles"), 20},
                                    {QStringLiteral("Clinical transformation lead"), 6},
                                    {QStringLiteral("Benefit realization lead"), 6}};
    EXPECT_EQ(roles, table2);
    const SourceInfo p002 = project->sourceByName(QStringLiteral("P002")).value();
    auto speaker = project->casesOfSource(p002.id);
    ASSERT_EQ(speaker->size(), 1u);
    EXPECT_EQ(speaker->front().name, QStringLiteral("P002"));
    EXPECT_EQ(speaker->front().value(QStringLiteral("site")), QStringLiteral("Site_B"));

    // The same sheet again updates the same cases; nothing is doubled.
    const AttributePlan again =
        plan(sheet, {QStringLiteral("participant"), QStringLiteral("transcript")});
    EXPECT_EQ(again.newCases(), 0);
    ASSERT_TRUE(applyAttributes(*project, again));
    EXPECT_EQ(project->counts()->cases, 178);
    EXPECT_EQ(project->attributes()->size(), 6u);
    EXPECT_EQ(project->casesOfSource(p002.id)->size(), 1u);
}

TEST_F(AttributeImportTest, DuplicateIdsRefuseTheWholeSheetAndLeaveTheFileUntouched)
{
    addSource(QStringLiteral("P01"), QStringLiteral("P01.txt"));
    project.reset();
    const QByteArray before = test::readFile(path());
    ASSERT_FALSE(before.isEmpty());

    project = std::move(Project::open(path()).value());
    const AttributePlan refused = plan(readFixture(QStringLiteral("duplicate-ids.csv")));
    EXPECT_TRUE(refused.refused());
    const QStringList reasons = refused.messages(SheetProblem::Severity::Refusal);
    ASSERT_EQ(reasons.size(), 2);
    EXPECT_TRUE(reasons[0].contains(QStringLiteral("\"P01\""))) << reasons[0];
    EXPECT_TRUE(reasons[0].contains(QStringLiteral("rows 2, 4"))) << reasons[0];
    EXPECT_TRUE(reasons[1].contains(QStringLiteral("rows 3, 6"))) << reasons[1];
    auto applied = applyAttributes(*project, refused);
    ASSERT_FALSE(applied);
    EXPECT_TRUE(applied.error().message.contains(QStringLiteral("nothing was written")));
    EXPECT_EQ(project->counts()->cases, 0);
    EXPECT_TRUE(project->attributes()->empty());
    project.reset();
    EXPECT_EQ(test::readFile(path()), before);
}

TEST_F(AttributeImportTest, EmptyIdsAndDoubledColumnsRefuseTheSheet)
{
    Sheet sheet{
        {QStringLiteral("id"), QStringLiteral("site"), QStringLiteral("Site")},
        {{QStringLiteral("P01"), QStringLiteral("A")}, {QString(), QStringLiteral("B")}, {}}};
    const AttributePlan p = plan(sheet);
    EXPECT_TRUE(p.refused());
    const QStringList reasons = p.messages(SheetProblem::Severity::Refusal);
    EXPECT_TRUE(reasons.contains(QStringLiteral("row 3: no id in the column \"id\".")))
        << reasons.join(u'|');
    EXPECT_TRUE(reasons.filter(QStringLiteral("\"Site\" appears more than once")).size() == 1)
        << reasons.join(u'|');
    EXPECT_FALSE(applyAttributes(*project, p));
    EXPECT_EQ(project->counts()->cases, 0);
}

TEST_F(AttributeImportTest, UnknownSourcesAreWarningsAndTheCaseStillComesIn)
{
    addSource(QStringLiteral("P01"), QStringLiteral("P01.txt"));
    addSource(QStringLiteral("Second interview"), QStringLiteral("Interview-P02.txt"));
    const AttributePlan p = plan(readFixture(QStringLiteral("unknown-sources.csv")),
                                 {{}, QStringLiteral("transcript")});
    EXPECT_FALSE(p.refused());
    ASSERT_EQ(p.cases.size(), 4u);
    EXPECT_EQ(p.cases[0].sourceNames, QStringList{QStringLiteral("P01")});
    EXPECT_EQ(p.cases[1].sourceNames,
              QStringList{QStringLiteral("Second interview")}); // file base name, any case
    EXPECT_TRUE(p.cases[2].sourceIds.isEmpty());
    EXPECT_TRUE(p.cases[3].sourceIds.isEmpty()); // an empty cell is no link and no warning
    const QStringList warnings = p.messages(SheetProblem::Severity::Warning);
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_EQ(
        warnings[0],
        QStringLiteral("row 4: no source named \"missing.txt\" in the project; the case \"P03\" "
                       "is imported without a link."));
    ASSERT_TRUE(applyAttributes(*project, p));
    EXPECT_EQ(project->counts()->cases, 4);
    EXPECT_EQ(project->caseByName(QStringLiteral("P03"))->value(QStringLiteral("site")),
              QStringLiteral("Site_C"));
}

TEST_F(AttributeImportTest, ValuesThatDoNotFitAnExistingAttributeAreWarnings)
{
    ASSERT_TRUE(project->addAttribute(QStringLiteral("age"), AttributeType::Number));
    Sheet sheet{{QStringLiteral("id"), QStringLiteral("age")},
                {{QStringLiteral("P01"), QStringLiteral("44")},
                 {QStringLiteral("P02"), QStringLiteral("n/a")}}};
    const AttributePlan p = plan(sheet);
    ASSERT_EQ(p.attributes.size(), 1u);
    EXPECT_TRUE(p.attributes[0].exists);
    EXPECT_EQ(p.attributes[0].type, AttributeType::Number);
    const QStringList warnings = p.messages(SheetProblem::Severity::Warning);
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_TRUE(warnings[0].startsWith(
        QStringLiteral("row 3: \"n/a\" in the column \"age\" is not a number")));
    ASSERT_TRUE(applyAttributes(*project, p));
    EXPECT_EQ(project->caseByName(QStringLiteral("P01"))->value(QStringLiteral("age")),
              QStringLiteral("44"));
    EXPECT_TRUE(project->caseByName(QStringLiteral("P02"))->values.isEmpty());
}

TEST_F(AttributeImportTest, XlsxSheetPlansTypedAttributesAndAColumnThatIsNotThereIsNamed)
{
    const Sheet sheet = readFixture(QStringLiteral("participants.xlsx"));
    const AttributePlan p = plan(sheet);
    ASSERT_EQ(p.cases.size(), 3u); // the empty row 4 is no case
    EXPECT_EQ(p.cases[2].row, 5);
    QMap<QString, AttributeType> types;
    for (const PlannedAttribute &a : p.attributes)
        types.insert(a.name, a.type);
    EXPECT_EQ(types.value(QStringLiteral("age")), AttributeType::Number);
    EXPECT_EQ(types.value(QStringLiteral("consented")), AttributeType::Boolean);
    EXPECT_EQ(types.value(QStringLiteral("interview_date")), AttributeType::Date);
    EXPECT_EQ(types.value(QStringLiteral("note")), AttributeType::Text);

    auto missing = planAttributes(*project, sheet, {QStringLiteral("participant_id"), {}});
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().kind, ErrorKind::NotFound);
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("participant_id")));
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("id, site, age")));
}

} // namespace

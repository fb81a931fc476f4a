// groundwork-cli matrix, query and cooccurrence on a generated study corpus
// (groundwork-corpus at a small scale, its participant sheet imported as
// cases), with codes and segments laid by a fixed seed; every matrix is checked
// against counts a plain SQL query computes on the project file.
#include "core/model/project.h"
#include "core/store/database.h"
#include "tests/support/temp_project.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <gtest/gtest.h>
#include <algorithm>
#include <map>
#include <random>

namespace {

struct CliOutput
{
    int exitCode = -1;
    QString out, err;
    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

CliOutput runProgram(const QString &program, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("GROUNDWORK_PROJECT"));
    env.insert(QStringLiteral("GROUNDWORK_CODER"), QStringLiteral("ana"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    EXPECT_TRUE(p.waitForFinished(240000)) << program.toStdString();
    return CliOutput{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

class AnalysisCliTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new gw::test::TempDir;
        const QString corpus = s_dir->path(QStringLiteral("corpus"));
        const CliOutput generated = runProgram(QStringLiteral(GW_CORPUS), {corpus, QStringLiteral("--scale"), QStringLiteral("0.05")});
        ASSERT_EQ(generated.exitCode, 0) << generated.err.toStdString();
        ASSERT_EQ(cli({QStringLiteral("init"), project()}).exitCode, 0);
        const CliOutput imported = cli({QStringLiteral("import"), QStringLiteral("-p"), project(), corpus});
        ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
        const CliOutput sheet = cli({QStringLiteral("attributes"), QStringLiteral("import"), QStringLiteral("-p"), project(),
                               corpus + QStringLiteral("/attributes.csv"), QStringLiteral("--source-column"),
                               QStringLiteral("file")});
        ASSERT_EQ(sheet.exitCode, 0) << sheet.err.toStdString();

        // Twelve codes and segments on every source by two coders, by a fixed seed.
        auto p = gw::Project::open(project());
        ASSERT_TRUE(p) << p.error().message.toStdString();
        gw::Project &pr = **p;
        std::vector<gw::Id> codes;
        for (int i = 0; i < 12; ++i)
            codes.push_back(pr.addCode(QStringLiteral("Code %1").arg(i, 2, 10, QLatin1Char('0')),
                                       gw::CodeStage::FirstOrder).value());
        std::mt19937 rng(20261206);
        auto sources = pr.sources().value();
        for (const gw::SourceInfo &s : sources)
            for (const char *coder : {"ana", "ben"}) {
                ASSERT_TRUE(pr.setCoder(QString::fromLatin1(coder)));
                for (int k = 0; k < 10 && s.length > 200; ++k) {
                    const std::int64_t start = std::int64_t(rng() % std::uint32_t(s.length - 120));
                    const std::int64_t end = start + 20 + std::int64_t(rng() % 100);
                    const gw::Id code = codes[rng() % codes.size()];
                    if (auto coded = pr.isCoded(s.id, code, start, end); coded && !*coded) {
                        ASSERT_TRUE(pr.applyCode(s.id, code, start, end));
                    }
                }
            }
    }
    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }

    static CliOutput cli(QStringList args) { return runProgram(QStringLiteral(GW_CLI), args); }
    static QString project() { return s_dir->path(QStringLiteral("study.groundwork")); }

    // (row, column) -> value, from a `matrix --json` document.
    static std::map<std::pair<QString, QString>, double> cells(const QJsonObject &doc)
    {
        std::map<std::pair<QString, QString>, double> out;
        const QJsonArray columns = doc[u"columns"].toArray();
        for (const QJsonValue &row : doc[u"rows"].toArray()) {
            const QJsonArray values = row[u"cells"].toArray();
            for (qsizetype c = 0; c < columns.size(); ++c)
                if (values[c].toDouble() != 0)
                    out[{row[u"label"].toString(), columns[c].toString()}] = values[c].toDouble();
        }
        return out;
    }

    // (row, column) -> value, from SQL returning label, column, value.
    static std::map<std::pair<QString, QString>, double> sql(const QString &query)
    {
        auto db = gw::Database::open(project(), gw::Database::Mode::ReadOnly);
        EXPECT_TRUE(db);
        std::map<std::pair<QString, QString>, double> out;
        if (!db)
            return out;
        auto stmt = db->prepare(query);
        EXPECT_TRUE(stmt) << (stmt ? "" : stmt.error().message.toStdString());
        while (stmt && stmt->step().value_or(false))
            out[{stmt->text(0), stmt->text(1)}] = double(stmt->int64(2));
        return out;
    }

    static gw::test::TempDir *s_dir;
};

gw::test::TempDir *AnalysisCliTest::s_dir = nullptr;

// A passage is one range of one code in one source, whoever coded it.
const QString kPassage = QStringLiteral("g.source_id || ':' || g.start || ':' || g.end");

TEST_F(AnalysisCliTest, CodesBySiteMatchSql)
{
    const CliOutput m = cli({QStringLiteral("matrix"), QStringLiteral("-p"), project(), QStringLiteral("--rows"),
                       QStringLiteral("codes"), QStringLiteral("--columns"), QStringLiteral("attribute:site"),
                       QStringLiteral("--json")});
    ASSERT_EQ(m.exitCode, 0) << m.err.toStdString();
    const auto expected = sql(
        QStringLiteral("SELECT c.name, v.value, count(DISTINCT %1) FROM segments g JOIN codes c ON c.id = g.code_id "
                       "JOIN case_sources cs ON cs.source_id = g.source_id "
                       "JOIN attribute_values v ON v.case_id = cs.case_id "
                       "JOIN attributes a ON a.id = v.attribute_id AND a.name = 'site' "
                       "WHERE v.value <> '' GROUP BY c.name, v.value").arg(kPassage));
    ASSERT_GT(expected.size(), 12u);
    EXPECT_EQ(cells(m.json()), expected);
}

TEST_F(AnalysisCliTest, SourcesPerCaseAndCodersMatchSql)
{
    const CliOutput m = cli({QStringLiteral("matrix"), QStringLiteral("-p"), project(), QStringLiteral("--columns"),
                       QStringLiteral("cases"), QStringLiteral("--cell"), QStringLiteral("sources"),
                       QStringLiteral("--json")});
    ASSERT_EQ(m.exitCode, 0) << m.err.toStdString();
    EXPECT_EQ(cells(m.json()),
              sql(QStringLiteral("SELECT c.name, k.name, count(DISTINCT g.source_id) FROM segments g "
                                 "JOIN codes c ON c.id = g.code_id JOIN case_sources cs ON cs.source_id = g.source_id "
                                 "JOIN cases k ON k.id = cs.case_id GROUP BY c.name, k.name")));
    const CliOutput byCoder = cli({QStringLiteral("matrix"), QStringLiteral("-p"), project(), QStringLiteral("--columns"),
                             QStringLiteral("coders"), QStringLiteral("--json")});
    ASSERT_EQ(byCoder.exitCode, 0) << byCoder.err.toStdString();
    EXPECT_EQ(cells(byCoder.json()),
              sql(QStringLiteral("SELECT c.name, k.name, count(DISTINCT %1) FROM segments g "
                                 "JOIN codes c ON c.id = g.code_id JOIN coders k ON k.id = g.coder_id "
                                 "GROUP BY c.name, k.name").arg(kPassage)));
}

TEST_F(AnalysisCliTest, QueryWithAConditionAndItsCsvAndTheMatrixCsv)
{
    const CliOutput q = cli({QStringLiteral("query"), QStringLiteral("-p"), project(), QStringLiteral("Code 01 OR Code 02"),
                       QStringLiteral("--where"), QStringLiteral("role = CCIO"), QStringLiteral("--json")});
    ASSERT_EQ(q.exitCode, 0) << q.err.toStdString();
    // Two codes on the same range are one passage: count ranges regardless of code.
    const auto ranges = sql(QStringLiteral(
        "SELECT 'all', '', count(DISTINCT %1) FROM segments g JOIN codes c ON c.id = g.code_id "
        "WHERE c.name IN ('Code 01', 'Code 02') AND g.source_id IN (SELECT cs.source_id FROM case_sources cs "
        "JOIN attribute_values v ON v.case_id = cs.case_id JOIN attributes a ON a.id = v.attribute_id "
        "WHERE a.name = 'role' AND lower(v.value) = 'ccio')").arg(kPassage));
    ASSERT_EQ(ranges.size(), 1u);
    EXPECT_EQ(q.json()[u"count"].toInt(), int(ranges.begin()->second));
    EXPECT_GT(q.json()[u"count"].toInt(), 0);
    const QJsonObject first = q.json()[u"hits"].toArray().first().toObject();
    EXPECT_FALSE(first[u"text"].toString().isEmpty());
    EXPECT_TRUE(first[u"attribution"].toString().contains(QStringLiteral("CCIO"))) << first[u"attribution"].toString().toStdString();

    const QString csv = s_dir->path(QStringLiteral("hits.csv"));
    ASSERT_EQ(cli({QStringLiteral("query"), QStringLiteral("-p"), project(), QStringLiteral("Code 01"),
                   QStringLiteral("-o"), csv}).exitCode, 0);
    EXPECT_TRUE(gw::test::readFile(csv).startsWith("\xEF\xBB\xBF" "Source,Start,End,Attribution,Codes,Text"));

    const QString matrix = s_dir->path(QStringLiteral("matrix.csv"));
    ASSERT_EQ(cli({QStringLiteral("matrix"), QStringLiteral("-p"), project(), QStringLiteral("--columns"),
                   QStringLiteral("kinds"), QStringLiteral("-o"), matrix}).exitCode, 0);
    const QList<QByteArray> lines = gw::test::readFile(matrix).mid(3).split('\n'); // after the byte-order mark
    EXPECT_TRUE(lines.first().startsWith("Code,interview")) << lines.first().toStdString();
    EXPECT_TRUE(lines.value(1).startsWith("Code 00,"));
    const QString svg = s_dir->path(QStringLiteral("matrix.svg"));
    ASSERT_EQ(cli({QStringLiteral("matrix"), QStringLiteral("-p"), project(), QStringLiteral("-o"), svg}).exitCode, 0);
    EXPECT_TRUE(gw::test::readFile(svg).contains("<svg"));
}

TEST_F(AnalysisCliTest, SavedQueriesRunAsMatrixRowsAndBadInputIsRefused)
{
    const CliOutput saved = cli({QStringLiteral("query"), QStringLiteral("save"), QStringLiteral("-p"), project(),
                           QStringLiteral("Pair"), QStringLiteral("Code 03 AND Code 04"), QStringLiteral("--unit"),
                           QStringLiteral("paragraph"), QStringLiteral("--json")});
    ASSERT_EQ(saved.exitCode, 0) << saved.err.toStdString();
    EXPECT_FALSE(saved.json()[u"guid"].toString().isEmpty());
    const CliOutput list = cli({QStringLiteral("query"), QStringLiteral("list"), QStringLiteral("-p"), project()});
    EXPECT_TRUE(list.out.contains(QStringLiteral("Pair\tCode 03 AND Code 04\t(unit: paragraph)"))) << list.out.toStdString();
    const CliOutput again = cli({QStringLiteral("query"), QStringLiteral("run"), QStringLiteral("-p"), project(),
                           QStringLiteral("Pair"), QStringLiteral("--json")});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    const CliOutput m = cli({QStringLiteral("matrix"), QStringLiteral("-p"), project(), QStringLiteral("--rows"),
                       QStringLiteral("query:Pair"), QStringLiteral("--columns"), QStringLiteral("kinds"),
                       QStringLiteral("--json")});
    ASSERT_EQ(m.exitCode, 0) << m.err.toStdString();
    EXPECT_EQ(m.json()[u"rows"].toArray().first()[u"passages"].toInt(), again.json()[u"count"].toInt());

    const CliOutput bad = cli({QStringLiteral("query"), QStringLiteral("-p"), project(), QStringLiteral("Code 01 AND")});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("position 12"))) << bad.err.toStdString();
    const CliOutput unknown = cli({QStringLiteral("query"), QStringLiteral("-p"), project(), QStringLiteral("Cod 01")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("Closest: \"Code 01\""))) << unknown.err.toStdString();
    const CliOutput removed = cli({QStringLiteral("query"), QStringLiteral("remove"), QStringLiteral("-p"), project(),
                             QStringLiteral("Pair")});
    EXPECT_EQ(removed.exitCode, 0) << removed.err.toStdString();
}

TEST_F(AnalysisCliTest, CoderFilterKeepsThatCodersSegmentsAndCreatesNoCoder)
{
    const CliOutput q = cli({QStringLiteral("query"), QStringLiteral("-p"), project(), QStringLiteral("Code 05"),
                             QStringLiteral("--coder"), QStringLiteral("ben"), QStringLiteral("--json")});
    ASSERT_EQ(q.exitCode, 0) << q.err.toStdString();
    const auto expected = sql(QStringLiteral("SELECT 'all', '', count(DISTINCT %1) FROM segments g JOIN codes c "
                                             "ON c.id = g.code_id JOIN coders k ON k.id = g.coder_id "
                                             "WHERE c.name = 'Code 05' AND k.name = 'ben'").arg(kPassage));
    ASSERT_EQ(expected.size(), 1u);
    EXPECT_EQ(q.json()[u"count"].toInt(), int(expected.begin()->second));
    const CliOutput saved = cli({QStringLiteral("query"), QStringLiteral("save"), QStringLiteral("-p"), project(),
                                 QStringLiteral("Ben's"), QStringLiteral("Code 05"), QStringLiteral("--coder"),
                                 QStringLiteral("ana,ben")});
    ASSERT_EQ(saved.exitCode, 0) << saved.err.toStdString();
    EXPECT_TRUE(sql(QStringLiteral("SELECT name, '', 1 FROM coders WHERE name LIKE '%,%'")).empty());
    const CliOutput stranger = cli({QStringLiteral("query"), QStringLiteral("-p"), project(), QStringLiteral("Code 05"),
                                    QStringLiteral("--coder"), QStringLiteral("zed")});
    EXPECT_EQ(stranger.exitCode, 2);
    EXPECT_TRUE(stranger.err.contains(QStringLiteral("No coder is called \"zed\""))) << stranger.err.toStdString();
}

TEST_F(AnalysisCliTest, CooccurrenceBySourceMatchesSql)
{
    const CliOutput c = cli({QStringLiteral("cooccurrence"), QStringLiteral("-p"), project(), QStringLiteral("--unit"),
                       QStringLiteral("source"), QStringLiteral("--json")});
    ASSERT_EQ(c.exitCode, 0) << c.err.toStdString();
    std::map<std::pair<QString, QString>, double> got;
    for (const QJsonValue &p : c.json()[u"pairs"].toArray())
        got[{p[u"a"].toString(), p[u"b"].toString()}] = p[u"count"].toDouble();
    EXPECT_EQ(got, sql(QStringLiteral(
                       "SELECT a.name, b.name, count(DISTINCT x.source_id) FROM segments x JOIN segments y "
                       "ON y.source_id = x.source_id JOIN codes a ON a.id = x.code_id JOIN codes b ON b.id = y.code_id "
                       "WHERE a.name < b.name GROUP BY a.name, b.name")));

    // The same pairs drawn as a heat map of codes by codes.
    const QString svg = s_dir->path(QStringLiteral("cooccurrence.svg"));
    const CliOutput figure = cli({QStringLiteral("cooccurrence"), QStringLiteral("-p"), project(),
                                  QStringLiteral("--unit"), QStringLiteral("source"), QStringLiteral("-o"), svg});
    ASSERT_EQ(figure.exitCode, 0) << figure.err.toStdString();
    const QByteArray drawn = gw::test::readFile(svg);
    EXPECT_TRUE(drawn.contains("<svg"));
    EXPECT_TRUE(drawn.contains(got.begin()->first.first.toUtf8())) << "the first code's name is not in the figure";
}

// Rows of every saved query when none is saved: said, with exit 2, not an empty table.
TEST_F(AnalysisCliTest, MatrixOfSavedQueriesWithoutAnyIsRefused)
{
    const QString empty = s_dir->path(QStringLiteral("no-queries.groundwork"));
    ASSERT_EQ(cli({QStringLiteral("init"), empty}).exitCode, 0);
    const CliOutput none = cli({QStringLiteral("matrix"), QStringLiteral("-p"), empty, QStringLiteral("--rows"),
                                QStringLiteral("queries")});
    EXPECT_EQ(none.exitCode, 2);
    EXPECT_TRUE(none.err.contains(QStringLiteral("no saved queries"))) << none.err.toStdString();
}

} // namespace

namespace {

// The published Table 2 (table2-interviewees.json in the shared domain data,
// Mozaffar et al. 2026, CC BY 4.0): each group with its n, then each role with
// n and %, as printed. The paper prints 6 for 15 of 228 (6.58%); half up is 7.
struct PublishedRow
{
    const char *label;
    int n;
    int percent;
};
const PublishedRow kTable2[] = {
    {"In-depth case study sites (12 sites)", 178, -1},
    {"CCIO", 34, 15}, {"Program manager", 29, 13}, {"CIO", 27, 12}, {"Nursing roles", 15, 6},
    {"Digital director/lead", 12, 5}, {"CNIO", 11, 5}, {"Project manager", 11, 5}, {"Pharmacist", 7, 3},
    {"Other IT-related roles", 20, 9}, {"Clinical transformation lead", 6, 3}, {"Benefit realization lead", 6, 3},
    {"Wider data collection", 50, -1},
    {"Policy", 44, 19}, {"Industry", 3, 1}, {"Others", 3, 1}};

} // namespace

// The corpus's participant sheet gives back the published Table 2: every label
// and n, every % half up (so 7 where the paper printed 6), in every format.
TEST_F(AnalysisCliTest, ParticipantsTableReproducesThePublishedTable2)
{
    const QString path = s_dir->path(QStringLiteral("participants.groundwork"));
    ASSERT_EQ(cli({QStringLiteral("init"), path}).exitCode, 0);
    const CliOutput sheet = cli({QStringLiteral("attributes"), QStringLiteral("import"), QStringLiteral("-p"), path,
                                 s_dir->path(QStringLiteral("corpus/participants.csv"))});
    ASSERT_EQ(sheet.exitCode, 0) << sheet.err.toStdString();
    QStringList order;
    for (const PublishedRow &r : kTable2)
        order.append(QString::fromUtf8(r.label));
    const QStringList args = {QStringLiteral("report"), QStringLiteral("participants"), QStringLiteral("-p"), path,
                              QStringLiteral("--rows"), QStringLiteral("role"), QStringLiteral("--group-by"),
                              QStringLiteral("group"), QStringLiteral("--order"), order.join(u',')};
    const QString csvPath = s_dir->path(QStringLiteral("table2.csv"));
    const CliOutput csv = cli(args + QStringList{QStringLiteral("-o"), csvPath});
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    QStringList lines = QString::fromUtf8(gw::test::readFile(csvPath)).remove(QChar(0xFEFF)).split(u'\n', Qt::SkipEmptyParts);
    for (QString &line : lines)
        line = line.trimmed();
    ASSERT_EQ(lines.size(), qsizetype(std::size(kTable2)) + 1) << lines.join(u'\n').toStdString();
    EXPECT_EQ(lines[0], QStringLiteral("Characteristic,n,%"));
    for (std::size_t i = 0; i < std::size(kTable2); ++i) {
        const PublishedRow &r = kTable2[i];
        const int halfUp = int((200 * r.n + 228) / (2 * 228));
        if (r.percent >= 0 && QLatin1String(r.label) != QLatin1String("Nursing roles")) {
            EXPECT_EQ(halfUp, r.percent) << r.label; // the paper's own rounding, but for one row
        }
        const QString label = QString::fromUtf8(r.label);
        const QString plain = QStringLiteral("%1,%2,%3").arg(label).arg(r.n).arg(halfUp);
        const QString quoted = QStringLiteral("\"%1\",%2,%3").arg(label).arg(r.n).arg(halfUp);
        const QString got = lines[qsizetype(i) + 1];
        EXPECT_TRUE(got == plain || got == quoted) << got.toStdString() << " vs " << plain.toStdString();
    }
    EXPECT_TRUE(lines.contains(QStringLiteral("Nursing roles,15,7")));

    // The same table in the other formats: each written, each holding the rows.
    for (const QString &suffix : {QStringLiteral("md"), QStringLiteral("tex"), QStringLiteral("html"),
                                 QStringLiteral("odt"), QStringLiteral("xlsx")}) {
        const QString out = s_dir->path(QStringLiteral("table2.") + suffix);
        const CliOutput written = cli(args + QStringList{QStringLiteral("-o"), out});
        ASSERT_EQ(written.exitCode, 0) << suffix.toStdString() << ": " << written.err.toStdString();
        EXPECT_GT(QFileInfo(out).size(), 0) << suffix.toStdString();
        if (suffix == u"md" || suffix == u"tex" || suffix == u"html") {
            const QString text = QString::fromUtf8(gw::test::readFile(out));
            EXPECT_TRUE(text.contains(QStringLiteral("Benefit realization lead"))) << suffix.toStdString();
            EXPECT_TRUE(text.contains(QStringLiteral("228"))) << suffix.toStdString();
        }
    }

    // --json says the same; an attribute the sheet lacks is refused with the closest name.
    const CliOutput json = cli(args + QStringList{QStringLiteral("--json")});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    EXPECT_EQ(json.json()[u"total"].toInt(), 228);
    EXPECT_EQ(json.json()[u"rows"].toArray().size(), qsizetype(std::size(kTable2)));
    const CliOutput wrong = cli({QStringLiteral("report"), QStringLiteral("participants"), QStringLiteral("-p"), path,
                                 QStringLiteral("--rows"), QStringLiteral("rol")});
    EXPECT_EQ(wrong.exitCode, 2);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("\"role\""))) << wrong.err.toStdString();
}

// Saturation on the study corpus by interview date: each source's new codes
// are the codes whose earliest source (by date, then import order) it is,
// computed here from the segments table; the CSV has one row per source.
TEST_F(AnalysisCliTest, SaturationByDateMatchesFirstAppearancesInSql)
{
    const CliOutput s = cli({QStringLiteral("saturation"), QStringLiteral("-p"), project(), QStringLiteral("--order"),
                             QStringLiteral("attribute:interview_date"), QStringLiteral("--kind"),
                             QStringLiteral("interview"), QStringLiteral("--json")});
    ASSERT_EQ(s.exitCode, 0) << s.err.toStdString();
    const QJsonArray steps = s.json()[u"steps"].toArray();
    ASSERT_FALSE(steps.isEmpty());
    // The order: by date, ties by import order (source id), sources without a date last.
    {
        auto p = gw::Project::open(project());
        ASSERT_TRUE(p);
        auto stmt = (*p)->database().prepare(QStringLiteral(
            "SELECT s.id, s.name, coalesce((SELECT min(v.value) FROM case_sources cs JOIN attribute_values v "
            "ON v.case_id = cs.case_id JOIN attributes a ON a.id = v.attribute_id AND a.name = 'interview_date' "
            "WHERE cs.source_id = s.id), '9999') AS d FROM sources s WHERE s.kind = 'interview' ORDER BY d, s.id"));
        ASSERT_TRUE(stmt);
        QStringList names;
        while (stmt->step().value_or(false))
            names.append(stmt->text(1));
        ASSERT_EQ(names.size(), steps.size());
        for (qsizetype i = 0; i < names.size(); ++i)
            EXPECT_EQ(steps[i][u"source"].toString(), names[i]) << i;
        // First appearances: for each code, the first source in that order that holds it.
        QMap<QString, int> position;
        for (qsizetype i = 0; i < names.size(); ++i)
            position[names[i]] = int(i);
        auto coded = (*p)->database().prepare(QStringLiteral(
            "SELECT DISTINCT c.name, s.name FROM segments g JOIN codes c ON c.id = g.code_id "
            "JOIN sources s ON s.id = g.source_id WHERE s.kind = 'interview' AND c.archived = 0"));
        ASSERT_TRUE(coded);
        QMap<QString, int> first;
        while (coded->step().value_or(false)) {
            const int at = position.value(coded->text(1));
            if (!first.contains(coded->text(0)) || at < first[coded->text(0)])
                first[coded->text(0)] = at;
        }
        int cumulative = 0;
        for (qsizetype i = 0; i < steps.size(); ++i) {
            QStringList expected;
            for (auto it = first.begin(); it != first.end(); ++it)
                if (it.value() == int(i))
                    expected.append(it.key());
            QStringList got;
            for (const QJsonValue &v : steps[i][u"new"].toArray())
                got.append(v.toString());
            expected.sort();
            got.sort();
            EXPECT_EQ(got, expected) << steps[i][u"source"].toString().toStdString();
            cumulative += int(got.size());
            EXPECT_EQ(steps[i][u"cumulative"].toInt(), cumulative);
        }
        EXPECT_EQ(s.json()[u"total"].toInt(), int(first.size()));
    }

    // As CSV: a header, then one row per source with its name first.
    const QString csv = s_dir->path(QStringLiteral("saturation.csv"));
    const CliOutput written = cli({QStringLiteral("saturation"), QStringLiteral("-p"), project(), QStringLiteral("--kind"),
                                   QStringLiteral("interview"), QStringLiteral("-o"), csv});
    ASSERT_EQ(written.exitCode, 0) << written.err.toStdString();
    const QStringList lines = QString::fromUtf8(gw::test::readFile(csv)).remove(QChar(0xFEFF)).split(u'\n', Qt::SkipEmptyParts);
    EXPECT_EQ(lines.size(), steps.size() + 1);
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("Source,New codes,Cumulative"))) << lines[0].toStdString();
    // Within the sources of one site: fewer sources, each of that site.
    const CliOutput site = cli({QStringLiteral("saturation"), QStringLiteral("-p"), project(), QStringLiteral("--where"),
                                QStringLiteral("site = Site_A"), QStringLiteral("--json")});
    ASSERT_EQ(site.exitCode, 0) << site.err.toStdString();
    const qsizetype ofSiteA = site.json()[u"steps"].toArray().size();
    EXPECT_LT(ofSiteA, steps.size());
    EXPECT_EQ(ofSiteA, qsizetype(sql(QStringLiteral(
                                         "SELECT s.name, '', 1 FROM sources s JOIN case_sources cs ON cs.source_id = s.id "
                                         "JOIN attribute_values v ON v.case_id = cs.case_id JOIN attributes a "
                                         "ON a.id = v.attribute_id AND a.name = 'site' WHERE v.value = 'Site_A'"))
                                         .size()));
    const QString svg = s_dir->path(QStringLiteral("saturation.svg"));
    ASSERT_EQ(cli({QStringLiteral("saturation"), QStringLiteral("-p"), project(), QStringLiteral("-o"), svg}).exitCode, 0);
    EXPECT_TRUE(gw::test::readFile(svg).contains("<svg"));
}

// words --code counts the words of one code's passages: checked against a
// count made here from the passages `query` lists; --query does the same for a
// saved query with its own filters.
TEST_F(AnalysisCliTest, WordsOfOneCodeMatchACountOfItsPassages)
{
    const CliOutput hits = cli({QStringLiteral("query"), QStringLiteral("-p"), project(), QStringLiteral("Code 03"),
                                QStringLiteral("--json")});
    ASSERT_EQ(hits.exitCode, 0) << hits.err.toStdString();
    std::map<QString, int> here;
    std::int64_t total = 0;
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}_]+"));
    for (const QJsonValue &h : hits.json()[u"hits"].toArray())
        for (auto it = word.globalMatch(h[u"text"].toString()); it.hasNext();) {
            QString w = it.next().captured().toLower().normalized(QString::NormalizationForm_D);
            w.remove(QRegularExpression(QStringLiteral("\\p{Mn}")));
            ++total;
            if (!w.front().isDigit())
                ++here[w];
        }
    ASSERT_GT(total, 100);
    const CliOutput words = cli({QStringLiteral("words"), QStringLiteral("-p"), project(), QStringLiteral("--code"),
                                 QStringLiteral("Code 03"), QStringLiteral("--all-words"), QStringLiteral("--min-length"),
                                 QStringLiteral("1"), QStringLiteral("--top"), QStringLiteral("100000"), QStringLiteral("--json")});
    ASSERT_EQ(words.exitCode, 0) << words.err.toStdString();
    EXPECT_EQ(words.json()[u"totalWords"].toInteger(), total);
    std::map<QString, int> counted;
    for (const QJsonValue &w : words.json()[u"words"].toArray())
        counted[w[u"word"].toString()] = int(w[u"count"].toInteger());
    EXPECT_EQ(counted, here);

    // A saved query with a filter: the words of its passages only.
    ASSERT_EQ(cli({QStringLiteral("query"), QStringLiteral("save"), QStringLiteral("-p"), project(), QStringLiteral("Code 03 at A"),
                   QStringLiteral("Code 03"), QStringLiteral("--where"), QStringLiteral("site = Site_A")})
                  .exitCode,
              0);
    const CliOutput saved = cli({QStringLiteral("words"), QStringLiteral("-p"), project(), QStringLiteral("--query"),
                                 QStringLiteral("Code 03 at A"), QStringLiteral("--json")});
    ASSERT_EQ(saved.exitCode, 0) << saved.err.toStdString();
    EXPECT_LT(saved.json()[u"totalWords"].toInteger(), total);
    // Bad input is bad usage: an unknown code, both options, an unknown saved query.
    EXPECT_EQ(cli({QStringLiteral("words"), QStringLiteral("-p"), project(), QStringLiteral("--code"), QStringLiteral("No such code")})
                  .exitCode,
              2);
    EXPECT_EQ(cli({QStringLiteral("words"), QStringLiteral("-p"), project(), QStringLiteral("--code"), QStringLiteral("Code 03"),
                   QStringLiteral("--query"), QStringLiteral("Code 03 at A")})
                  .exitCode,
              2);
    EXPECT_EQ(cli({QStringLiteral("words"), QStringLiteral("-p"), project(), QStringLiteral("--query"), QStringLiteral("nope")})
                  .exitCode,
              2);
}

// report quotes and report codebook write documents in every format; report
// attribution sets how the quotes cite their speakers, and refuses an unknown
// attribute.
TEST_F(AnalysisCliTest, QuoteReportCodebookAndAttribution)
{
    const QString path = s_dir->path(QStringLiteral("write-up.groundwork"));
    QFile::remove(path);
    ASSERT_TRUE(QFile::copy(project(), path));
    {
        auto p = gw::Project::open(path);
        ASSERT_TRUE(p);
        auto theme = (*p)->addTheme(QStringLiteral("Learning from others"));
        auto dimension = (*p)->addDimension(QStringLiteral("Ways of knowing"));
        ASSERT_TRUE(theme && dimension);
        auto codes = (*p)->codes();
        ASSERT_TRUE(codes);
        ASSERT_TRUE((*p)->placeCode(codes->front().id, *theme));
        ASSERT_TRUE((*p)->placeTheme(*theme, *dimension));
        auto segments = (*p)->segmentsOfCode(codes->front().id);
        ASSERT_TRUE(segments && !segments->empty());
        // An exemplar said by a participant (a source with a case).
        const auto said = std::ranges::find_if(*segments, [&](const gw::SegmentInfo &s) {
            auto cases = (*p)->casesOfSource(s.sourceId);
            return cases && !cases->empty();
        });
        ASSERT_NE(said, segments->end());
        ASSERT_TRUE((*p)->addExemplar(*theme, said->id));
    }
    const auto run = [&](QStringList args) {
        args.insert(2, QStringLiteral("-p"));
        args.insert(3, path);
        return cli(args);
    };
    const CliOutput bad = run({QStringLiteral("report"), QStringLiteral("attribution"), QStringLiteral("Nurse at {ward}")});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("{ward}"))) << bad.err.toStdString();
    ASSERT_EQ(run({QStringLiteral("report"), QStringLiteral("attribution"), QStringLiteral("Participant from {site}")}).exitCode, 0);
    const CliOutput shown = run({QStringLiteral("report"), QStringLiteral("attribution"), QStringLiteral("--json")});
    EXPECT_EQ(shown.json()[u"attribution"].toString(), QStringLiteral("Participant from {site}"));

    const CliOutput md = run({QStringLiteral("report"), QStringLiteral("quotes"), QStringLiteral("--segments"), QStringLiteral("2")});
    ASSERT_EQ(md.exitCode, 0) << md.err.toStdString();
    EXPECT_TRUE(md.out.startsWith(QStringLiteral("# Quotes by theme"))) << md.out.left(300).toStdString();
    EXPECT_TRUE(md.out.contains(QStringLiteral("## Ways of knowing")));
    EXPECT_TRUE(md.out.contains(QStringLiteral("### Learning from others")));
    EXPECT_TRUE(md.out.contains(QStringLiteral("\\[Participant from Site\\_"))) << md.out.left(2000).toStdString();
    for (const QString &suffix : {QStringLiteral("odt"), QStringLiteral("html"), QStringLiteral("tex"), QStringLiteral("md")}) {
        const QString out = s_dir->path(QStringLiteral("quotes.") + suffix);
        const CliOutput written = run({QStringLiteral("report"), QStringLiteral("quotes"), QStringLiteral("-o"), out});
        ASSERT_EQ(written.exitCode, 0) << written.err.toStdString();
        EXPECT_GT(QFileInfo(out).size(), 100) << out.toStdString();
        const QString codebook = s_dir->path(QStringLiteral("codebook.") + suffix);
        const CliOutput book = run({QStringLiteral("report"), QStringLiteral("codebook"), QStringLiteral("-o"), codebook});
        ASSERT_EQ(book.exitCode, 0) << book.err.toStdString();
        EXPECT_GT(QFileInfo(codebook).size(), 100);
    }
    EXPECT_TRUE(gw::test::readFile(s_dir->path(QStringLiteral("quotes.tex"))).contains("\\begin{quote}"));
    const QByteArray book = gw::test::readFile(s_dir->path(QStringLiteral("codebook.md")));
    EXPECT_TRUE(book.contains("# Codebook"));
    EXPECT_TRUE(book.contains("#### Code 00")) << book.left(2000).toStdString();
    EXPECT_EQ(run({QStringLiteral("report"), QStringLiteral("quotes"), QStringLiteral("-o"), s_dir->path(QStringLiteral("q.docx"))})
                  .exitCode,
              2);
    EXPECT_EQ(run({QStringLiteral("report"), QStringLiteral("quotes"), QStringLiteral("--attribution"), QStringLiteral("{nope}")})
                  .exitCode,
              2);
}

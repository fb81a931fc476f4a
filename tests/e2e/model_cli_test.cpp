// groundwork-cli's CMO model verbs end to end: a fresh project gets a source,
// codes, segments, a theme; the model is built with "model ..." verbs; "model
// show --json" reads it back; every export is checked: the SVG holds every
// label and one path per link, PDF and PNG are what they say, and each table
// format reads back with the chains.
#include "tests/support/temp_project.h"
#include "tests/unit/export/table_readers.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

using namespace gw;
using namespace gw::test;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    [[nodiscard]] QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

// One interview, four sentences; each code codes one of them.
const QString kInterview =
    QStringLiteral("The board required a partner site before releasing the funds. "
                   "So we signed a contract with the exemplar for two years. "
                   "The contract made us write blueprints for every module. "
                   "Honestly the blueprints felt like paperwork 🙂 at first.");

class ModelCliTest : public ::testing::Test
{
protected:
    CliRun cli(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("GROUNDWORK_PROJECT"));
        env.insert(QStringLiteral("GROUNDWORK_CODER"), QStringLiteral("ana"));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(dir.root());
        p.start(QStringLiteral(GW_CLI), args);
        EXPECT_TRUE(p.waitForFinished(60000));
        return CliRun{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                      QString::fromUtf8(p.readAllStandardError())};
    }

    CliRun ok(QStringList args)
    {
        args << QStringLiteral("-p") << project();
        CliRun run = cli(args);
        EXPECT_EQ(run.exitCode, 0) << args.join(u' ').toStdString() << "\n"
                                   << run.err.toStdString();
        return run;
    }

    CliRun refused(QStringList args)
    {
        args << QStringLiteral("-p") << project();
        CliRun run = cli(args);
        EXPECT_NE(run.exitCode, 0) << args.join(u' ').toStdString() << "\n"
                                   << run.out.toStdString();
        return run;
    }

    QString project() const { return dir.path(QStringLiteral("study.groundwork")); }

    // Codes the sentence starting with WORDS with CODE; returns the segment id.
    qint64 code(const QString &codeName, const QString &words)
    {
        const qsizetype at = kInterview.indexOf(words);
        const qsizetype end = kInterview.indexOf(u'.', at) + 1;
        // Code point offsets: the only non-BMP character is in the last sentence.
        const auto cp = [](qsizetype utf16) {
            return QString::number(kInterview.left(utf16).toUcs4().size());
        };
        const CliRun run = ok({QStringLiteral("segment"), QStringLiteral("add"),
                               QStringLiteral("--source"), QStringLiteral("p01"),
                               QStringLiteral("--code"), codeName, QStringLiteral("--start"),
                               cp(at), QStringLiteral("--end"), cp(end), QStringLiteral("--json")});
        return run.json()[u"segment"].toInteger();
    }

    void SetUp() override
    {
        ASSERT_EQ(cli({QStringLiteral("init"), project()}).exitCode, 0);
        writeFile(dir.path(QStringLiteral("p01.txt")), kInterview.toUtf8());
        ok({QStringLiteral("import"), dir.path(QStringLiteral("p01.txt"))});
        for (const QString &c : {QStringLiteral("Funding rules"), QStringLiteral("Contracting"),
                                 QStringLiteral("Blueprints"), QStringLiteral("Paperwork")})
            ok({QStringLiteral("code"), QStringLiteral("add"), c, QStringLiteral("--stage"),
                QStringLiteral("first-order")});
        funding = code(QStringLiteral("Funding rules"), QStringLiteral("The board"));
        contracting = code(QStringLiteral("Contracting"), QStringLiteral("So we signed"));
        blueprints = code(QStringLiteral("Blueprints"), QStringLiteral("The contract made"));
        paperwork = code(QStringLiteral("Paperwork"), QStringLiteral("Honestly"));
        ok({QStringLiteral("theme"), QStringLiteral("add"), QStringLiteral("Policy developments")});
        ok({QStringLiteral("place"), QStringLiteral("--code"), QStringLiteral("Funding rules"),
            QStringLiteral("--theme"), QStringLiteral("Policy developments")});
    }

    void buildModel()
    {
        ok({QStringLiteral("model"), QStringLiteral("level"), QStringLiteral("add"),
            QStringLiteral("Sector"), QStringLiteral("--position"), QStringLiteral("1")});
        ok({QStringLiteral("model"), QStringLiteral("type"), QStringLiteral("add"),
            QStringLiteral("funds"), QStringLiteral("--color"), QStringLiteral("#AA5500"),
            QStringLiteral("--style"), QStringLiteral("dot")});
        ok({QStringLiteral("model"), QStringLiteral("place"), QStringLiteral("--theme"),
            QStringLiteral("Policy developments"), QStringLiteral("--role"),
            QStringLiteral("context"), QStringLiteral("--level"),
            QStringLiteral("Macro-environmental")});
        ok({QStringLiteral("model"), QStringLiteral("place"), QStringLiteral("--code"),
            QStringLiteral("Contracting"), QStringLiteral("--role"), QStringLiteral("mechanism"),
            QStringLiteral("--level"), QStringLiteral("Sector")});
        ok({QStringLiteral("model"), QStringLiteral("place"), QStringLiteral("--code"),
            QStringLiteral("Blueprints"), QStringLiteral("--role"), QStringLiteral("outcome"),
            QStringLiteral("--x"), QStringLiteral("0.2"), QStringLiteral("--y"),
            QStringLiteral("0.8")});
        ok({QStringLiteral("model"), QStringLiteral("place"), QStringLiteral("--code"),
            QStringLiteral("Paperwork"), QStringLiteral("--role"), QStringLiteral("outcome"),
            QStringLiteral("--x"), QStringLiteral("0.7"), QStringLiteral("--y"),
            QStringLiteral("0.3")});
        const CliRun link = ok(
            {QStringLiteral("model"), QStringLiteral("link"), QStringLiteral("Policy developments"),
             QStringLiteral("Contracting"), QStringLiteral("--type"), QStringLiteral("mandates"),
             QStringLiteral("--memo"), QStringLiteral("Funding needs a partner")});
        EXPECT_TRUE(link.out.startsWith(QStringLiteral("Link "))) << link.out.toStdString();
        ok({QStringLiteral("model"), QStringLiteral("link"), QStringLiteral("Contracting"),
            QStringLiteral("Blueprints"), QStringLiteral("--type"), QStringLiteral("controls")});
        ok({QStringLiteral("model"), QStringLiteral("link"), QStringLiteral("Contracting"),
            QStringLiteral("Paperwork"), QStringLiteral("--type"), QStringLiteral("funds")});
        ok({QStringLiteral("model"), QStringLiteral("evidence"),
            QStringLiteral("Policy developments/Contracting"), QStringLiteral("--segment"),
            QString::number(funding)});
        ok({QStringLiteral("model"), QStringLiteral("evidence"),
            QStringLiteral("Policy developments"), QStringLiteral("Contracting"),
            QStringLiteral("--segment"), QString::number(contracting)});
        ok({QStringLiteral("model"), QStringLiteral("evidence"),
            QStringLiteral("Contracting/Blueprints"), QStringLiteral("--segment"),
            QString::number(blueprints)});
        ok({QStringLiteral("model"), QStringLiteral("evidence"),
            QStringLiteral("Contracting/Blueprints"), QStringLiteral("--segment"),
            QString::number(paperwork), QStringLiteral("--counter")});
        ok({QStringLiteral("model"), QStringLiteral("evidence"),
            QStringLiteral("Contracting/Paperwork"), QStringLiteral("--segment"),
            QString::number(paperwork)});
        ok({QStringLiteral("model"), QStringLiteral("axes"), QStringLiteral("--x-name"),
            QStringLiteral("Formality"), QStringLiteral("--y-name"),
            QStringLiteral("Origin of the relationship")});
    }

    TempDir dir;
    qint64 funding = 0, contracting = 0, blueprints = 0, paperwork = 0;
};

const QStringList kElements{QStringLiteral("Policy developments"), QStringLiteral("Contracting"),
                            QStringLiteral("Blueprints"), QStringLiteral("Paperwork")};

TEST_F(ModelCliTest, ShowJsonReadsBackTheModelBuiltVerbByVerb)
{
    buildModel();
    const QJsonDocument doc =
        ok({QStringLiteral("model"), QStringLiteral("show"), QStringLiteral("--json")}).json();
    ASSERT_TRUE(doc.isObject());
    EXPECT_EQ(doc[u"levels"].toArray().size(), 5);
    EXPECT_EQ(doc[u"levels"][1].toString(), QStringLiteral("Sector"));
    const QJsonArray elements = doc[u"elements"].toArray();
    ASSERT_EQ(elements.size(), 4);
    QStringList names;
    for (const QJsonValue &e : elements)
        names << e[u"name"].toString();
    EXPECT_EQ(names, kElements); // contexts, mechanisms, outcomes
    EXPECT_EQ(elements[0][u"kind"].toString(), QStringLiteral("theme"));
    EXPECT_EQ(elements[0][u"level"].toString(), QStringLiteral("Macro-environmental"));
    EXPECT_EQ(elements[1][u"level"].toString(), QStringLiteral("Sector"));
    EXPECT_DOUBLE_EQ(elements[2][u"point"][u"x"].toDouble(), 0.2);
    EXPECT_TRUE(elements[2][u"level"].isNull());

    const QJsonArray links = doc[u"influences"].toArray();
    ASSERT_EQ(links.size(), 3);
    EXPECT_EQ(links[0][u"type"].toString(), QStringLiteral("mandates"));
    EXPECT_EQ(links[0][u"memo"].toString(), QStringLiteral("Funding needs a partner"));
    EXPECT_EQ(links[0][u"supporting"].toInt(), 2);
    EXPECT_EQ(links[1][u"counter"].toInt(), 1);
    EXPECT_EQ(links[1][u"evidence"][1][u"kind"].toString(), QStringLiteral("counter"));
    EXPECT_EQ(links[2][u"type"].toString(), QStringLiteral("funds"));

    const QJsonArray chains = doc[u"chains"].toArray();
    ASSERT_EQ(chains.size(), 2);
    EXPECT_EQ(chains[0][u"outcome"].toString(), QStringLiteral("Blueprints"));
    EXPECT_EQ(chains[0][u"evidence"].toInt(), 3);
    EXPECT_TRUE(
        chains[0][u"exemplar"].toString().startsWith(QStringLiteral("\u201CThe board required")));
    EXPECT_EQ(doc[u"axes"][u"y_name"].toString(), QStringLiteral("Origin of the relationship"));

    const QJsonArray types = ok({QStringLiteral("model"), QStringLiteral("type"),
                                 QStringLiteral("list"), QStringLiteral("--json")})
                                 .json()
                                 .array();
    ASSERT_EQ(types.size(), 5);
    EXPECT_EQ(types[4][u"color"].toString(), QStringLiteral("#aa5500"));
    EXPECT_EQ(types[4][u"style"].toString(), QStringLiteral("dot"));

    // Each step was audited under the coder.
    const CliRun audit = ok({QStringLiteral("audit"), QStringLiteral("--json")});
    EXPECT_TRUE(audit.out.contains(QStringLiteral("influence.add")));
    EXPECT_TRUE(audit.out.contains(QStringLiteral("evidence.add")));
}

TEST_F(ModelCliTest, EveryExportHoldsTheModel)
{
    buildModel();
    // The figure: every label and one path per link in the SVG.
    ok({QStringLiteral("export"), QStringLiteral("model"), QStringLiteral("--format"),
        QStringLiteral("svg"), QStringLiteral("-o"), dir.path(QStringLiteral("model.svg"))});
    const QByteArray svg = readFile(dir.path(QStringLiteral("model.svg")));
    QStringList texts;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    const QString all = u' ' + texts.join(u' ') + u' ';
    for (const QString &label :
         kElements + QStringList{QStringLiteral("Macro-environmental"), QStringLiteral("Sector"),
                                 QStringLiteral("mandates"), QStringLiteral("controls"),
                                 QStringLiteral("funds"), QStringLiteral("Formal"),
                                 QStringLiteral("External")})
        EXPECT_TRUE(all.contains(u' ' + label + u' ')) << label.toStdString();
    EXPECT_EQ(svg.count("<path"), 3); // one per link

    ok({QStringLiteral("export"), QStringLiteral("model"), QStringLiteral("-o"),
        dir.path(QStringLiteral("model.pdf"))});
    EXPECT_TRUE(readFile(dir.path(QStringLiteral("model.pdf"))).startsWith("%PDF-"));
    ok({QStringLiteral("export"), QStringLiteral("model"), QStringLiteral("-o"),
        dir.path(QStringLiteral("model.png")), QStringLiteral("--dpi"), QStringLiteral("150")});
    QImage png;
    ASSERT_TRUE(png.loadFromData(readFile(dir.path(QStringLiteral("model.png"))), "PNG"));
    EXPECT_GT(png.width(), 400);
    ok({QStringLiteral("export"), QStringLiteral("model"), QStringLiteral("--spectrum-only"),
        QStringLiteral("-o"), dir.path(QStringLiteral("spectrum.svg"))});
    EXPECT_EQ(readFile(dir.path(QStringLiteral("spectrum.svg"))).count("<path"), 0);

    // The table: both chains in every format.
    const QStringList first{QStringLiteral("Policy developments"), QStringLiteral("Contracting"),
                            QStringLiteral("Blueprints"), QStringLiteral("mandates, controls"),
                            QStringLiteral("3 (1 against)")};
    const QStringList second{QStringLiteral("Policy developments"), QStringLiteral("Contracting"),
                             QStringLiteral("Paperwork"), QStringLiteral("mandates, funds"),
                             QStringLiteral("3")};
    for (const QString &suffix :
         {QStringLiteral("md"), QStringLiteral("tex"), QStringLiteral("html"),
          QStringLiteral("csv"), QStringLiteral("odt"), QStringLiteral("xlsx")}) {
        SCOPED_TRACE(suffix.toStdString());
        const QString name = QStringLiteral("cmo.") + suffix;
        const CliRun run =
            ok({QStringLiteral("export"), QStringLiteral("cmo-table"), QStringLiteral("--format"),
                suffix, QStringLiteral("-o"), dir.path(name)});
        EXPECT_TRUE(run.out.contains(QStringLiteral("(2 chains)"))) << run.out.toStdString();
        const QByteArray bytes = readFile(dir.path(name));
        const ReadTable t = suffix == u"md"     ? readMarkdown(bytes)
                            : suffix == u"tex"  ? readLatex(bytes, 6)
                            : suffix == u"html" ? readHtml(bytes)
                            : suffix == u"csv"  ? readCsv(bytes)
                            : suffix == u"odt"  ? readOdt(bytes)
                                                : readXlsx(bytes);
        EXPECT_EQ(t.error, QString());
        ASSERT_EQ(t.rows.size(), 2);
        QList<QStringList> rows = t.rows;
        if (rows[1][0].isEmpty()) // a context named once, spanning its chains
            rows[1][0] = rows[0][0];
        EXPECT_EQ(rows[0].mid(0, 5), first);
        EXPECT_EQ(rows[1].mid(0, 5), second);
        EXPECT_TRUE(rows[0][5].contains(QStringLiteral("The board required a partner site")))
            << rows[0][5].toStdString();
    }
}

TEST_F(ModelCliTest, SuggestOffersTheCoOccurringPairAndAddsNothing)
{
    ok({QStringLiteral("model"), QStringLiteral("place"), QStringLiteral("--code"),
        QStringLiteral("Contracting"), QStringLiteral("--role"), QStringLiteral("mechanism")});
    ok({QStringLiteral("model"), QStringLiteral("place"), QStringLiteral("--code"),
        QStringLiteral("Blueprints"), QStringLiteral("--role"), QStringLiteral("outcome")});
    ok({QStringLiteral("model"), QStringLiteral("place"), QStringLiteral("--code"),
        QStringLiteral("Paperwork"), QStringLiteral("--role"), QStringLiteral("outcome")});
    const QJsonDocument doc =
        ok({QStringLiteral("model"), QStringLiteral("suggest"), QStringLiteral("--within"),
            QStringLiteral("1"), QStringLiteral("--json")})
            .json();
    const QJsonArray candidates = doc[u"candidates"].toArray();
    // Contracting (sentence 1) and Blueprints (sentence 2) are 1 apart; Paperwork (3) is 2 from
    // Contracting, 1 from Blueprints (two outcomes, in model order).
    ASSERT_EQ(candidates.size(), 2);
    EXPECT_EQ(candidates[0][u"from"].toString(), QStringLiteral("Contracting"));
    EXPECT_EQ(candidates[0][u"to"].toString(), QStringLiteral("Blueprints"));
    EXPECT_EQ(candidates[0][u"nearby"].toInt(), 1);
    EXPECT_EQ(candidates[0][u"evidence"][0][u"from_segment"].toInteger(), contracting);
    EXPECT_EQ(candidates[1][u"from"].toString(), QStringLiteral("Blueprints"));
    const QJsonDocument shown =
        ok({QStringLiteral("model"), QStringLiteral("show"), QStringLiteral("--json")}).json();
    EXPECT_TRUE(shown[u"influences"].toArray().isEmpty());
}

TEST_F(ModelCliTest, BadInputIsRefusedNamingTheItem)
{
    buildModel();
    CliRun run = refused({QStringLiteral("model"), QStringLiteral("place"),
                          QStringLiteral("--code"), QStringLiteral("No such code"),
                          QStringLiteral("--role"), QStringLiteral("context")});
    EXPECT_TRUE(run.err.contains(QStringLiteral("No such code"))) << run.err.toStdString();
    run = refused({QStringLiteral("model"), QStringLiteral("place"), QStringLiteral("--code"),
                   QStringLiteral("Blueprints"), QStringLiteral("--role"),
                   QStringLiteral("outcome"), QStringLiteral("--x"), QStringLiteral("2"),
                   QStringLiteral("--y"), QStringLiteral("0.5")});
    EXPECT_TRUE(run.err.contains(QStringLiteral("--x"))) << run.err.toStdString();
    run = refused({QStringLiteral("model"), QStringLiteral("link"), QStringLiteral("Contracting"),
                   QStringLiteral("Nowhere"), QStringLiteral("--type"), QStringLiteral("enables")});
    EXPECT_TRUE(run.err.contains(QStringLiteral("\"Nowhere\" is not in the model")))
        << run.err.toStdString();
    run = refused({QStringLiteral("model"), QStringLiteral("link"), QStringLiteral("Contracting"),
                   QStringLiteral("Blueprints"), QStringLiteral("--type"),
                   QStringLiteral("inspires")});
    EXPECT_TRUE(run.err.contains(QStringLiteral("\"inspires\""))) << run.err.toStdString();
    run = refused({QStringLiteral("model"), QStringLiteral("evidence"),
                   QStringLiteral("Contracting/Blueprints"), QStringLiteral("--segment"),
                   QString::number(blueprints)});
    EXPECT_TRUE(run.err.contains(QStringLiteral("already"))) << run.err.toStdString();
    run = refused({QStringLiteral("export"), QStringLiteral("cmo-table"), QStringLiteral("-o"),
                   dir.path(QStringLiteral("t.docx"))});
    EXPECT_TRUE(run.err.contains(QStringLiteral("\"docx\""))) << run.err.toStdString();

    // Unlinking, then removing an element with its links.
    ok({QStringLiteral("model"), QStringLiteral("unlink"),
        QStringLiteral("Contracting/Paperwork")});
    const CliRun removed =
        ok({QStringLiteral("model"), QStringLiteral("remove"), QStringLiteral("Contracting")});
    EXPECT_TRUE(removed.out.contains(QStringLiteral("with its 2 link(s)")))
        << removed.out.toStdString();
    const CliRun none = refused({QStringLiteral("export"), QStringLiteral("cmo-table"),
                                 QStringLiteral("-o"), dir.path(QStringLiteral("t.md"))});
    EXPECT_TRUE(none.err.contains(QStringLiteral("no context -> mechanism -> outcome chain")))
        << none.err.toStdString();
}

TEST_F(ModelCliTest, EveryModelVerbIsListedAndHasHelp)
{
    const CliRun usage = cli({QStringLiteral("--help")});
    for (const QString &verb :
         {QStringLiteral("model place"), QStringLiteral("model link"),
          QStringLiteral("model evidence"), QStringLiteral("model suggest"),
          QStringLiteral("model level add"), QStringLiteral("model type add"),
          QStringLiteral("export model"), QStringLiteral("export cmo-table")}) {
        EXPECT_TRUE(usage.out.contains(QStringLiteral("  ") + verb)) << verb.toStdString();
        const CliRun help = cli(verb.split(u' ') + QStringList{QStringLiteral("--help")});
        EXPECT_EQ(help.exitCode, 0) << verb.toStdString();
        EXPECT_TRUE(help.out.contains(QStringLiteral("Usage: groundwork-cli ") + verb))
            << help.out.toStdString();
    }
}

} // namespace

// groundwork-cli end to end for inter-coder agreement: a project built verb by
// verb, two coders coding the same interview differently (one through
// GROUNDWORK_CODER, one through --coder), and `agreement` checked against
// figures worked out by hand, by character and by sentence.
#include "tests/support/temp_project.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <gtest/gtest.h>

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    [[nodiscard]] QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

// Code point offsets (the emoji is one code point, two UTF-16 units):
//   [20, 35) "They paired us."   [36, 52) "It was mandated."
//   [39, 52) "was mandated."     [53, 69) "Nobody chose it."   69 in all.
const QByteArray kInterview =
    "We met \xf0\x9f\x98\x80 at Site B. They paired us. It was mandated.\nNobody chose it.";

class AgreementCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_EQ(cli({QStringLiteral("init"), project()}).exitCode, 0);
        gw::test::writeFile(dir.path(QStringLiteral("P01.txt")), kInterview);
        ok({QStringLiteral("import"), dir.path(QStringLiteral("P01.txt"))});
        ok({QStringLiteral("code"), QStringLiteral("add"), QStringLiteral("Mandated")});
        ok({QStringLiteral("code"), QStringLiteral("add"), QStringLiteral("Pairing")});
        // Ana (from GROUNDWORK_CODER) and Ben (from --coder).
        code(QStringLiteral("Mandated"), 36, 52, {});
        code(QStringLiteral("Mandated"), 39, 52, QStringLiteral("ben"));
        code(QStringLiteral("Pairing"), 20, 35, {});
        code(QStringLiteral("Pairing"), 53, 69, QStringLiteral("ben"));
    }

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

    void code(const QString &codeName, int start, int end, const QString &coder)
    {
        QStringList args{QStringLiteral("segment"),  QStringLiteral("add"),
                         QStringLiteral("--source"), QStringLiteral("P01"),
                         QStringLiteral("--code"),   codeName,
                         QStringLiteral("--start"),  QString::number(start),
                         QStringLiteral("--end"),    QString::number(end)};
        if (!coder.isEmpty())
            args << QStringLiteral("--coder") << coder;
        ok(args);
    }

    QString project() const { return dir.path(QStringLiteral("team.groundwork")); }

    gw::test::TempDir dir;
};

QJsonObject pairOf(const QJsonValue &code)
{
    return code[u"pairs"].toArray().at(0).toObject();
}

TEST_F(AgreementCliTest, CharacterAgreementMatchesTheHandWorkedFigures)
{
    const QJsonDocument doc = ok({QStringLiteral("agreement"), QStringLiteral("--coders"),
                                  QStringLiteral("ana,ben"), QStringLiteral("--json")})
                                  .json();
    ASSERT_TRUE(doc.isObject());
    EXPECT_EQ(doc[u"unit"].toString(), QStringLiteral("char"));
    const QJsonArray codes = doc[u"codes"].toArray();
    ASSERT_EQ(codes.size(), 2);

    // Mandated: Ana 16 characters, Ben 13 inside them. Table {13, 3, 0, 53}:
    // po = 66/69; pe = (16*13 + 53*56) / 69^2 = 3176/4761;
    // kappa = (66*69 - 3176) / (4761 - 3176) = 1378/1585.
    EXPECT_EQ(codes[0][u"code"].toString(), QStringLiteral("Mandated"));
    EXPECT_EQ(codes[0][u"units"].toInt(), 69);
    QJsonObject p = pairOf(codes[0]);
    EXPECT_EQ(p[u"both"].toInt(), 13);
    EXPECT_EQ(p[u"firstOnly"].toInt(), 3);
    EXPECT_EQ(p[u"secondOnly"].toInt(), 0);
    EXPECT_EQ(p[u"neither"].toInt(), 53);
    EXPECT_NEAR(p[u"agreement"].toDouble(), 100.0 * 66 / 69, 1e-9);
    EXPECT_NEAR(p[u"kappa"].toDouble(), 1378.0 / 1585.0, 1e-9);

    // Pairing: no overlap, Ana 15, Ben 16. Table {0, 15, 16, 38}: po = 38/69;
    // pe = (15*16 + 54*53) / 4761 = 3102/4761; kappa = (2622 - 3102) / 1659 = -160/553.
    p = pairOf(codes[1]);
    EXPECT_EQ(p[u"neither"].toInt(), 38);
    EXPECT_NEAR(p[u"kappa"].toDouble(), -160.0 / 553.0, 1e-9);

    // Pooled {13, 18, 16, 91} over 138 units: po = 104/138; rates 31/138 and
    // 29/138; pe = (31*29 + 107*109) / 138^2 = 12562/19044;
    // kappa = (104*138 - 12562) / (19044 - 12562) = 895/3241.
    // Alpha pooled: 91 units coded by nobody, 34 by one, 13 by both; n = 276,
    // n1 = 60, n0 = 216: 1 - 275 * 34 / (216 * 60) = 361/1296.
    const QJsonValue overall = doc[u"overall"];
    EXPECT_EQ(overall[u"units"].toInt(), 138);
    EXPECT_EQ(pairOf(overall)[u"both"].toInt(), 13);
    EXPECT_NEAR(pairOf(overall)[u"kappa"].toDouble(), 895.0 / 3241.0, 1e-9);
    EXPECT_NEAR(overall[u"alpha"].toDouble(), 361.0 / 1296.0, 1e-9);
    EXPECT_TRUE(doc[u"method"].toString().contains(QStringLiteral("pool")))
        << doc[u"method"].toString();
}

TEST_F(AgreementCliTest, PoolComparesOneCoderWithTheOthersAsAGroup)
{
    // Cai codes "They paired us." [20, 35) with Mandated. The group ben + cai
    // covers [20, 35) and [39, 52): 28 units; Ana [36, 52): 16. Table
    // {13, 3, 15, 38}: po = 51/69; pe = (16*28 + 53*41) / 4761 = 2621/4761;
    // kappa = (51*69 - 2621) / (4761 - 2621) = 898/2140.
    code(QStringLiteral("Mandated"), 20, 35, QStringLiteral("cai"));
    const QJsonDocument doc = ok({QStringLiteral("agreement"), QStringLiteral("--coders"),
                                  QStringLiteral("ana,ben,cai"), QStringLiteral("--pool"), QStringLiteral("--codes"),
                                  QStringLiteral("Mandated"), QStringLiteral("--json")})
                                  .json();
    ASSERT_TRUE(doc.isObject());
    EXPECT_EQ(doc[u"coders"].toArray().at(1).toString(), QStringLiteral("ben + cai"));
    EXPECT_EQ(doc[u"pooled"].toArray().size(), 2);
    const QJsonObject p = pairOf(doc[u"codes"].toArray().at(0));
    EXPECT_EQ(p[u"both"].toInt(), 13);
    EXPECT_EQ(p[u"firstOnly"].toInt(), 3);
    EXPECT_EQ(p[u"secondOnly"].toInt(), 15);
    EXPECT_EQ(p[u"neither"].toInt(), 38);
    EXPECT_NEAR(p[u"kappa"].toDouble(), 898.0 / 2140.0, 1e-9);
    EXPECT_TRUE(doc[u"method"].toString().contains(QStringLiteral("pooled: the group codes a unit")));
}

TEST_F(AgreementCliTest, TheTableIsWrittenForAPaperInEachFormat)
{
    for (const QString &suffix : {QStringLiteral("md"), QStringLiteral("tex"), QStringLiteral("csv"),
                                  QStringLiteral("xlsx")}) {
        const QString out = dir.path(QStringLiteral("agreement.") + suffix);
        const CliRun run = ok({QStringLiteral("agreement"), QStringLiteral("--coders"), QStringLiteral("ana,ben"),
                               QStringLiteral("-o"), out});
        EXPECT_TRUE(run.out.contains(out)) << run.out.toStdString();
        const QByteArray bytes = gw::test::readFile(out);
        ASSERT_FALSE(bytes.isEmpty()) << suffix.toStdString();
        if (suffix == QLatin1String("xlsx")) {
            EXPECT_TRUE(bytes.startsWith("PK")); // a zip, as every spreadsheet
            continue;
        }
        const QString text = QString::fromUtf8(bytes);
        EXPECT_TRUE(text.contains(QStringLiteral("Mandated"))) << suffix.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("Pairing"))) << suffix.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("All codes (pooled)"))) << suffix.toStdString();
        // Mandated's kappa, 1378/1585 = 0.869, as the JSON has it.
        EXPECT_TRUE(text.contains(QStringLiteral("0.869"))) << suffix.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("Cohen"))) << suffix.toStdString();
    }
    const CliRun bad = cli({QStringLiteral("agreement"), QStringLiteral("-p"), project(), QStringLiteral("--coders"),
                            QStringLiteral("ana,ben"), QStringLiteral("-o"), dir.path(QStringLiteral("agreement.doc"))});
    EXPECT_NE(bad.exitCode, 0);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("md, tex, csv, xlsx")));
}

TEST_F(AgreementCliTest, SentenceAgreementAndUndefinedKappaAsNull)
{
    // Four sentences. Mandated: both coded the third -> {1, 0, 0, 3}, pe = 0.625,
    // kappa 1. Pairing: Ana the second, Ben the fourth -> {0, 1, 1, 2}, po 0.5,
    // kappa (0.5 - 0.625) / 0.375 = -1/3.
    const QJsonDocument doc =
        ok({QStringLiteral("agreement"), QStringLiteral("--coders"), QStringLiteral("ana,ben"),
            QStringLiteral("--unit"), QStringLiteral("sentence"), QStringLiteral("--json")})
            .json();
    const QJsonArray codes = doc[u"codes"].toArray();
    ASSERT_EQ(codes.size(), 2);
    EXPECT_EQ(codes[0][u"units"].toInt(), 4);
    EXPECT_NEAR(pairOf(codes[0])[u"kappa"].toDouble(), 1.0, 1e-9);
    EXPECT_NEAR(pairOf(codes[1])[u"kappa"].toDouble(), -1.0 / 3.0, 1e-9);

    // By paragraph, Pairing alone: Ana coded in the first paragraph, Ben in the
    // second: {0, 1, 1, 0}, po 0, pe 0.5, kappa -1.
    const QJsonDocument para =
        ok({QStringLiteral("agreement"), QStringLiteral("--coders"), QStringLiteral("ana,ben"),
            QStringLiteral("--unit"), QStringLiteral("paragraph"), QStringLiteral("--codes"),
            QStringLiteral("Pairing"), QStringLiteral("--json")})
            .json();
    ASSERT_EQ(para[u"codes"].toArray().size(), 1);
    EXPECT_NEAR(pairOf(para[u"codes"].toArray()[0])[u"kappa"].toDouble(), -1.0, 1e-9);

    // A third coder, Cai, who coded nothing (adding a code makes her known).
    ok({QStringLiteral("code"), QStringLiteral("add"), QStringLiteral("Unused"),
        QStringLiteral("--coder"), QStringLiteral("cai")});
    const QJsonDocument silent =
        ok({QStringLiteral("agreement"), QStringLiteral("--coders"), QStringLiteral("ana,cai"),
            QStringLiteral("--codes"), QStringLiteral("Unused"), QStringLiteral("--json")})
            .json();
    // Nobody used "Unused": both constant "no", pe = 1, kappa null, agreement 100.
    const QJsonObject none = pairOf(silent[u"codes"].toArray().at(0));
    EXPECT_TRUE(none[u"kappa"].isNull());
    EXPECT_NEAR(none[u"agreement"].toDouble(), 100.0, 1e-9);
}

TEST_F(AgreementCliTest, TextOutputIsATableWithTheMethodAndHelpExplainsTheVerb)
{
    const CliRun text =
        ok({QStringLiteral("agreement"), QStringLiteral("--coders"), QStringLiteral("ana,ben")});
    EXPECT_TRUE(text.out.contains(QStringLiteral("Kappa"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("Mandated"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("0.869"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("Overall (pooled)"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("Method: "))) << text.out.toStdString();

    const CliRun help = cli({QStringLiteral("agreement"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("Usage: groundwork-cli agreement")))
        << help.out.toStdString();
    EXPECT_TRUE(help.out.contains(QStringLiteral("--coders"))) << help.out.toStdString();
    EXPECT_TRUE(cli({QStringLiteral("--help")}).out.contains(QStringLiteral("  agreement ")));
    EXPECT_TRUE(help.out.contains(QStringLiteral("Krippendorff"))) << help.out.toStdString();
}

TEST_F(AgreementCliTest, RefusalsNameTheProblem)
{
    const CliRun one = cli({QStringLiteral("agreement"), QStringLiteral("-p"), project(),
                            QStringLiteral("--coders"), QStringLiteral("ana")});
    EXPECT_EQ(one.exitCode, 2);
    EXPECT_TRUE(one.err.contains(QStringLiteral("two coders"))) << one.err.toStdString();

    const CliRun unknown = cli({QStringLiteral("agreement"), QStringLiteral("-p"), project(),
                                QStringLiteral("--coders"), QStringLiteral("ana,zoe")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("\"zoe\""))) << unknown.err.toStdString();

    const CliRun unit = cli({QStringLiteral("agreement"), QStringLiteral("-p"), project(),
                             QStringLiteral("--coders"), QStringLiteral("ana,ben"),
                             QStringLiteral("--unit"), QStringLiteral("word")});
    EXPECT_EQ(unit.exitCode, 2);
}

} // namespace

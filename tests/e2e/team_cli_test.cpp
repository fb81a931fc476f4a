// groundwork-cli end to end for team work ("Done when" of the team issue):
// the demo project copied out to two coders, coded differently in each copy,
// one code renamed differently on both sides, both copies merged back (the
// conflict resolved for one side), agreement between the two coders checked
// against figures worked out by hand, a comment thread opened and resolved,
// and two snapshots of the data structure diffed as Markdown.
#include "tests/support/temp_project.h"

#include <QFile>
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

class TeamCliTest : public ::testing::Test
{
protected:
    CliRun cli(const QStringList &args, const QString &coder = QStringLiteral("ana"))
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("GROUNDWORK_PROJECT"));
        env.insert(QStringLiteral("GROUNDWORK_CODER"), coder);
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(dir.root());
        p.start(QStringLiteral(GW_CLI), args);
        EXPECT_TRUE(p.waitForFinished(120000));
        return CliRun{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                      QString::fromUtf8(p.readAllStandardError())};
    }

    // Runs ARGS on the project FILE as CODER and expects success.
    CliRun ok(const QString &file, QStringList args, const QString &coder = QStringLiteral("ana"))
    {
        args << QStringLiteral("-p") << path(file);
        CliRun run = cli(args, coder);
        EXPECT_EQ(run.exitCode, 0) << args.join(u' ').toStdString() << "\n" << run.err.toStdString();
        return run;
    }

    void code(const QString &file, const QString &coder, const QString &codeName, int start, int end)
    {
        ok(file,
           {QStringLiteral("segment"), QStringLiteral("add"), QStringLiteral("--source"), QStringLiteral("P01"),
            QStringLiteral("--code"), codeName, QStringLiteral("--start"), QString::number(start),
            QStringLiteral("--end"), QString::number(end)},
           coder);
    }

    QString path(const QString &file) const { return dir.path(file); }

    gw::test::TempDir dir;
};

QJsonObject pairOf(const QJsonValue &code)
{
    return code[u"pairs"].toArray().at(0).toObject();
}

TEST_F(TeamCliTest, TwoCodersCopiesAreMergedComparedReviewedAndDiffed)
{
    const QString study = QStringLiteral("study.groundwork");
    ASSERT_EQ(cli({QStringLiteral("init"), QStringLiteral("--demo"), path(study)}).exitCode, 0);
    gw::test::writeFile(path(QStringLiteral("P01.txt")), kInterview);
    ok(study, {QStringLiteral("import"), path(QStringLiteral("P01.txt"))});
    for (const QString &name : {QStringLiteral("Mandated"), QStringLiteral("Pairing")})
        ok(study, {QStringLiteral("code"), QStringLiteral("add"), name, QStringLiteral("--stage"),
                   QStringLiteral("first-order")});
    ok(study, {QStringLiteral("snapshot"), QStringLiteral("take"), QStringLiteral("before the team coded")});

    // Two coders' copies; a copy is never written over.
    ok(study, {QStringLiteral("copy-out"), path(QStringLiteral("ana.groundwork")), QStringLiteral("--coder"),
               QStringLiteral("ana")});
    ok(study, {QStringLiteral("copy-out"), path(QStringLiteral("ben.groundwork")), QStringLiteral("--coder"),
               QStringLiteral("ben")});
    const CliRun again = cli({QStringLiteral("copy-out"), QStringLiteral("-p"), path(study),
                              path(QStringLiteral("ben.groundwork"))});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("ben.groundwork"))) << again.err.toStdString();

    // Ana and Ben code P01 differently, each in their own copy, and each
    // renames "Pairing" their own way; Ana also files Mandated under a new theme.
    const QString anaCopy = QStringLiteral("ana.groundwork"), benCopy = QStringLiteral("ben.groundwork");
    code(anaCopy, QStringLiteral("ana"), QStringLiteral("Mandated"), 36, 52);
    code(anaCopy, QStringLiteral("ana"), QStringLiteral("Pairing"), 20, 35);
    code(benCopy, QStringLiteral("ben"), QStringLiteral("Mandated"), 39, 52);
    code(benCopy, QStringLiteral("ben"), QStringLiteral("Pairing"), 53, 69);
    ok(anaCopy, {QStringLiteral("code"), QStringLiteral("rename"), QStringLiteral("Pairing"),
                 QStringLiteral("Paired by management")});
    ok(benCopy, {QStringLiteral("code"), QStringLiteral("rename"), QStringLiteral("Pairing"),
                 QStringLiteral("Buddy system")}, QStringLiteral("ben"));
    // Ben also raises and settles a question, and keeps a snapshot of his own.
    const QJsonDocument benThread = ok(benCopy, {QStringLiteral("comment"), QStringLiteral("add"), QStringLiteral("--code"),
                                                 QStringLiteral("Mandated"), QStringLiteral("Mandated by whom?"),
                                                 QStringLiteral("--json")},
                                       QStringLiteral("ben"))
                                        .json();
    ok(benCopy, {QStringLiteral("comment"), QStringLiteral("resolve"), QString::number(benThread[u"id"].toInteger())},
       QStringLiteral("ben"));
    ok(benCopy, {QStringLiteral("snapshot"), QStringLiteral("take"), QStringLiteral("ben's coding done")},
       QStringLiteral("ben"));
    ok(anaCopy, {QStringLiteral("theme"), QStringLiteral("add"), QStringLiteral("Obligation")});
    ok(anaCopy, {QStringLiteral("place"), QStringLiteral("--theme"), QStringLiteral("Obligation"),
                 QStringLiteral("--dimension"), QStringLiteral("Organizational factors")});
    for (const QString &name : {QStringLiteral("Mandated"), QStringLiteral("Paired by management")})
        ok(anaCopy, {QStringLiteral("place"), QStringLiteral("--code"), name, QStringLiteral("--theme"),
                     QStringLiteral("Obligation")});

    // Ana's copy first: her rename is a change on her side only, so it is taken.
    const QJsonDocument first = ok(study, {QStringLiteral("merge"), path(anaCopy), QStringLiteral("--json")}).json();
    EXPECT_EQ(first[u"conflicts"].toInt(), 0);
    EXPECT_EQ(first[u"result"][u"segmentsAdded"].toInt(), 2);
    EXPECT_EQ(first[u"result"][u"themesAdded"].toInt(), 1);
    EXPECT_EQ(first[u"result"][u"sourcesAdded"].toInt(), 0);

    // Ben's copy: "Pairing" was renamed differently on both sides.
    const CliRun preview = ok(study, {QStringLiteral("merge"), path(benCopy), QStringLiteral("--dry-run")});
    EXPECT_TRUE(preview.out.contains(QStringLiteral("Conflicts"))) << preview.out.toStdString();
    EXPECT_TRUE(preview.out.contains(QStringLiteral("ours \"Paired by management\", theirs \"Buddy system\", was \"Pairing\"")))
        << preview.out.toStdString();
    const CliRun unknown = cli({QStringLiteral("merge"), QStringLiteral("-p"), path(study), path(benCopy),
                                QStringLiteral("--take-theirs"), QStringLiteral("Nonesuch")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("Nonesuch")));
    const QJsonDocument second = ok(study, {QStringLiteral("merge"), path(benCopy), QStringLiteral("--take-theirs"),
                                            QStringLiteral("Paired by management"), QStringLiteral("--json")})
                                     .json();
    ASSERT_EQ(second[u"differences"].toArray().size(), 1);
    EXPECT_TRUE(second[u"differences"][0][u"conflict"].toBool());
    EXPECT_TRUE(second[u"differences"][0][u"takeTheirs"].toBool());
    EXPECT_EQ(second[u"result"][u"segmentsAdded"].toInt(), 2);
    EXPECT_EQ(second[u"result"][u"threadsAdded"].toInt(), 1);
    EXPECT_EQ(second[u"result"][u"snapshotsAdded"].toInt(), 1);
    // Merging the same copy again doubles nothing.
    const QJsonDocument twice = ok(study, {QStringLiteral("merge"), path(benCopy), QStringLiteral("--json")}).json();
    EXPECT_EQ(twice[u"result"][u"segmentsAdded"].toInt(), 0);
    EXPECT_EQ(twice[u"result"][u"codesAdded"].toInt(), 0);
    EXPECT_EQ(twice[u"result"][u"threadsAdded"].toInt() + twice[u"result"][u"commentsAdded"].toInt(), 0);
    // Ben's thread came with its author and state; his snapshot is listed.
    QJsonArray merged; // beside the demo's own threads, by demo and Ana
    for (const QJsonValue &thread :
         ok(study, {QStringLiteral("comment"), QStringLiteral("list"), QStringLiteral("--json")}).json().array())
        if (thread[u"comments"][0][u"author"].toString() == u"ben")
            merged.append(thread);
    ASSERT_EQ(merged.size(), 1);
    EXPECT_EQ(merged[0][u"state"].toString(), QStringLiteral("resolved"));
    EXPECT_TRUE(ok(study, {QStringLiteral("snapshot"), QStringLiteral("list")}).out.contains(QStringLiteral("ben's coding done")));

    const QJsonDocument codes = ok(study, {QStringLiteral("code"), QStringLiteral("list"), QStringLiteral("--json")}).json();
    QStringList names;
    for (const QJsonValue &c : codes.array())
        names << c[u"name"].toString();
    EXPECT_TRUE(names.contains(QStringLiteral("Buddy system"))) << names.join(u',').toStdString();
    EXPECT_FALSE(names.contains(QStringLiteral("Paired by management")));
    EXPECT_FALSE(names.contains(QStringLiteral("Pairing")));

    // Agreement between the two coders on P01, worked out by hand.
    // Mandated: Ana [36, 52), Ben [39, 52): table {13, 3, 0, 53}, po = 66/69,
    // pe = (16*13 + 53*56) / 69^2 = 3176/4761, kappa = 1378/1585.
    // Buddy system: Ana [20, 35), Ben [53, 69), no overlap: {0, 15, 16, 38},
    // kappa = (38*69 - 3102) / (4761 - 3102) = -160/553.
    const QJsonDocument agreement = ok(study, {QStringLiteral("agreement"), QStringLiteral("--coders"),
                                               QStringLiteral("ana,ben"), QStringLiteral("--sources"),
                                               QStringLiteral("P01"), QStringLiteral("--json")})
                                        .json();
    const QJsonArray perCode = agreement[u"codes"].toArray();
    ASSERT_EQ(perCode.size(), 2) << agreement.toJson().toStdString();
    QJsonValue mandated, buddy;
    for (const QJsonValue &c : perCode)
        (c[u"code"].toString() == QStringLiteral("Mandated") ? mandated : buddy) = c;
    EXPECT_EQ(buddy[u"code"].toString(), QStringLiteral("Buddy system"));
    EXPECT_EQ(pairOf(mandated)[u"both"].toInt(), 13);
    EXPECT_EQ(pairOf(mandated)[u"firstOnly"].toInt(), 3);
    EXPECT_NEAR(pairOf(mandated)[u"kappa"].toDouble(), 1378.0 / 1585.0, 1e-9);
    EXPECT_EQ(pairOf(buddy)[u"neither"].toInt(), 38);
    EXPECT_NEAR(pairOf(buddy)[u"kappa"].toDouble(), -160.0 / 553.0, 1e-9);

    // A comment thread, opened by Ana, answered and resolved by Ben.
    const auto threads = [&](bool open) {
        QStringList args{QStringLiteral("comment"), QStringLiteral("list"), QStringLiteral("--json")};
        if (open)
            args << QStringLiteral("--open");
        return ok(study, args).json().array();
    };
    const qsizetype openBefore = threads(true).size(); // the demo's own review has an open thread
    const qsizetype allBefore = threads(false).size();
    const QJsonDocument opened = ok(study, {QStringLiteral("comment"), QStringLiteral("add"), QStringLiteral("--code"),
                                            QStringLiteral("Buddy system"),
                                            QStringLiteral("Is pairing always imposed?"), QStringLiteral("--json")})
                                     .json();
    const QString thread = QString::number(opened[u"id"].toInteger());
    ok(study, {QStringLiteral("comment"), QStringLiteral("reply"), thread, QStringLiteral("Not at Site C.")},
       QStringLiteral("ben"));
    EXPECT_EQ(threads(true).size(), openBefore + 1);
    ok(study, {QStringLiteral("comment"), QStringLiteral("resolve"), thread}, QStringLiteral("ben"));
    EXPECT_EQ(threads(true).size(), openBefore);
    const QJsonArray all = threads(false);
    ASSERT_EQ(all.size(), allBefore + 1); // and this one
    QJsonObject mine;
    for (const QJsonValue &t : all)
        if (QString::number(t[u"id"].toInteger()) == thread)
            mine = t.toObject();
    EXPECT_EQ(mine[u"state"].toString(), QStringLiteral("resolved"));
    EXPECT_EQ(mine[u"resolvedBy"].toString(), QStringLiteral("ben"));
    EXPECT_EQ(mine[u"comments"].toArray().size(), 2);

    // Two snapshots diffed: the Markdown for the minutes lists the changes.
    ok(study, {QStringLiteral("snapshot"), QStringLiteral("take"), QStringLiteral("after merging")});
    ok(study, {QStringLiteral("snapshot"), QStringLiteral("diff"), QStringLiteral("before the team coded"),
               QStringLiteral("after merging"), QStringLiteral("-o"), path(QStringLiteral("minutes.md"))});
    const QString md = QString::fromUtf8(gw::test::readFile(path(QStringLiteral("minutes.md"))));
    EXPECT_TRUE(md.contains(QStringLiteral("From **before the team coded** to **after merging**."))) << md.toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral("- Renamed **Pairing** to **Buddy system**"))) << md.toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral("- Added **Obligation** under **Organizational factors**"))) << md.toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral("- Moved **Buddy system** from unplaced to **Obligation**"))) << md.toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral("- Moved **Mandated** from unplaced to **Obligation**"))) << md.toStdString();
    const CliRun figure = ok(study, {QStringLiteral("snapshot"), QStringLiteral("figure"),
                                     QStringLiteral("before the team coded"), QStringLiteral("-o"),
                                     path(QStringLiteral("changes.svg"))});
    EXPECT_TRUE(QFile::exists(path(QStringLiteral("changes.svg")))) << figure.err.toStdString();
    // The renamed code carries its old name; nothing else in the demo says "Pairing".
    EXPECT_TRUE(gw::test::readFile(path(QStringLiteral("changes.svg"))).contains("Pairing"));

    // The audit log holds one entry per merge, naming the file.
    const CliRun audit = ok(study, {QStringLiteral("audit"), QStringLiteral("--json")});
    EXPECT_TRUE(audit.out.contains(QStringLiteral("ben.groundwork"))) << audit.out.left(2000).toStdString();
}

TEST_F(TeamCliTest, MergeRefusesFilesThatAreNotProjects)
{
    const QString study = QStringLiteral("study.groundwork");
    ASSERT_EQ(cli({QStringLiteral("init"), path(study)}).exitCode, 0);
    gw::test::writeFile(path(QStringLiteral("notes.groundwork")), "not a project");
    const CliRun bad = cli({QStringLiteral("merge"), QStringLiteral("-p"), path(study),
                            path(QStringLiteral("notes.groundwork"))});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("notes.groundwork"))) << bad.err.toStdString();
    EXPECT_TRUE(bad.err.contains(QStringLiteral("not a Groundwork project"))) << bad.err.toStdString();
    const CliRun self = cli({QStringLiteral("merge"), QStringLiteral("-p"), path(study), path(study)});
    EXPECT_EQ(self.exitCode, 1);
    EXPECT_TRUE(self.err.contains(QStringLiteral("into itself"))) << self.err.toStdString();
}

} // namespace

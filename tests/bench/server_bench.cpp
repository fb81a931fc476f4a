// groundwork-server-bench: copying the study-scale project (study_project.h:
// 618 sources, 400 codes, 20,000 segments) up to a PostgreSQL server and
// back down (issue 22). It starts a private server of its own with
// tests/server/pg_server.sh, and stops it at the end. Timed, five times each:
// server push (--replace), server pull (--force); every pull is checked for
// its sources and segments.
//
//   groundwork-server-bench PG_SERVER_SH [CORPUS] [--json FILE] [--work DIR]
#include "bench_machine.h"
#include "bench_support.h"
#include "corpus.h"
#include "study_project.h"

#include "core/log.h"
#include "core/model/project.h"
#include "core/server/pg_connection.h"
#include "core/server/server_project.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSaveFile>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace {

using gw::bench::Clock;
using gw::bench::secondsSince;
using gw::bench::say;
using gw::bench::die;
using gw::bench::must;
constexpr int kRuns = 5;

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

QString server(const QString &script, const QString &action, const QString &dir)
{
    QProcess p;
    p.start(script, {action, dir});
    if (!p.waitForFinished(120000))
        die(QStringLiteral("%1 %2 did not finish: %3").arg(script, action, p.errorString()));
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        die(QStringLiteral("%1 %2 failed: %3").arg(script, action, QString::fromLocal8Bit(p.readAllStandardError())));
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // the corpus generator draws PDFs
    gw::initLogging(gw::LogTarget::Stderr);

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("pg_server"), QStringLiteral("tests/server/pg_server.sh"));
    parser.addPositionalArgument(QStringLiteral("corpus"), QStringLiteral("Corpus folder (generated when missing)."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Also write the figures as JSON."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption workOption(QStringLiteral("work"), QStringLiteral("Where the projects are kept."),
                                        QStringLiteral("DIR"), QStringLiteral("/tmp/groundwork-server-bench"));
    parser.addOptions({jsonOption, workOption});
    parser.process(app);
    if (parser.positionalArguments().isEmpty())
        die(QStringLiteral("give the path of tests/server/pg_server.sh"));
    const QString script = QFileInfo(parser.positionalArguments()[0]).absoluteFilePath();
    const QString corpus =
        QFileInfo(parser.positionalArguments().value(1, gw::bench::defaultCorpusFolder())).absoluteFilePath();
    const QDir work(parser.value(workOption));

    const gw::bench::Machine m = gw::bench::machine();
    say(QStringLiteral("machine: %1 cores, %2, %3 GiB RAM, %4").arg(m.cores).arg(m.cpu).arg(m.ramGiB, 0, 'f', 1).arg(m.kernel));
    auto study = gw::bench::studyProject(corpus, work.path());
    if (!study)
        die(study.error());
    const auto expected = must(must(gw::Project::openForReading(study->path))->counts());
    say(QStringLiteral("study project %1: %2 sources, %3 segments, %4 MB")
            .arg(study->path)
            .arg(expected.sources())
            .arg(expected.segments)
            .arg(double(QFileInfo(study->path).size()) / 1e6, 0, 'f', 1));

    const QString serverDir = work.filePath(QStringLiteral("pg"));
    const QString url = server(script, QStringLiteral("start"), serverDir);
    // The server stops however the bench ends (die() exits too).
    static QByteArray stopCommand;
    stopCommand = QFile::encodeName(QStringLiteral("'%1' stop '%2' >/dev/null 2>&1").arg(script, serverDir));
    std::atexit([] { (void)std::system(stopCommand.constData()); });
    const QString port = url.section(QStringLiteral("port="), 1).section(u'&', 0, 0);
    const QString projectUrl = QStringLiteral("postgresql://postgres@/study?host=%1/socket&port=%2").arg(serverDir, port);
    auto db = must(gw::connectServer(projectUrl, true));
    must(gw::initServerProject(db));
    say(QStringLiteral("server: PostgreSQL %1.%2 on a Unix socket, fsync off").arg(db.serverVersion() / 10000).arg(db.serverVersion() % 10000));

    std::vector<double> pushes, pulls;
    const QString pulled = work.filePath(QStringLiteral("pulled.groundwork"));
    for (int run = 0; run < kRuns; ++run) {
        auto start = Clock::now();
        const auto up = must(gw::pushProject(study->path, db, true));
        pushes.push_back(secondsSince(start));
        start = Clock::now();
        const auto down = must(gw::pullProject(db, pulled, true));
        pulls.push_back(secondsSince(start));
        const auto counts = must(must(gw::Project::openForReading(pulled))->counts());
        if (counts.sources() != expected.sources() || counts.segments != expected.segments || up.rows != down.rows)
            die(QStringLiteral("run %1: pulled %2 sources and %3 segments of %4 and %5; %6 rows went up, %7 came down")
                    .arg(run + 1)
                    .arg(counts.sources())
                    .arg(counts.segments)
                    .arg(expected.sources())
                    .arg(expected.segments)
                    .arg(up.rows)
                    .arg(down.rows));
        say(QStringLiteral("run %1: push %2 s (%3 rows), pull %4 s")
                .arg(run + 1)
                .arg(pushes.back(), 0, 'f', 2)
                .arg(up.rows)
                .arg(pulls.back(), 0, 'f', 2));
    }
    const double push = median(pushes), pull = median(pulls);
    say(QStringLiteral("push: median %1 s, max %2 s").arg(push, 0, 'f', 2).arg(*std::max_element(pushes.begin(), pushes.end()), 0, 'f', 2));
    say(QStringLiteral("pull: median %1 s, max %2 s").arg(pull, 0, 'f', 2).arg(*std::max_element(pulls.begin(), pulls.end()), 0, 'f', 2));
    if (parser.isSet(jsonOption)) {
        QSaveFile out(parser.value(jsonOption));
        if (!out.open(QIODevice::WriteOnly))
            die(out.errorString());
        out.write(QJsonDocument(QJsonObject{{QStringLiteral("machine"), QJsonObject{{QStringLiteral("cores"), m.cores},
                                                                                {QStringLiteral("cpu"), m.cpu},
                                                                                {QStringLiteral("ram_gib"), m.ramGiB},
                                                                                {QStringLiteral("kernel"), m.kernel}}},
                                            {QStringLiteral("sources"), qint64(expected.sources())},
                                            {QStringLiteral("segments"), qint64(expected.segments)},
                                            {QStringLiteral("push_median_s"), push},
                                            {QStringLiteral("pull_median_s"), pull}})
                      .toJson());
        if (!out.commit())
            die(out.errorString());
    }
    return 0;
}

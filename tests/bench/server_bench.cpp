// groundwork-server-bench: copying the study-scale project (study_project.h:
// 618 sources, 400 codes, 20,000 segments) up to a PostgreSQL server and
// back down (issue 22). It starts a private server of its own with
// tests/server/pg_server.sh, and stops it at the end. Timed, five times each:
// server push (--replace), server pull (--force); every pull is checked for
// its sources and segments. Then, on the project pushed up, the live part:
//   notice latency: one coding committed by one connection until another
//     connection's listener (ServerChanges, on the event loop) is told, 200
//     times; median and 95th percentile. (What a coder's window then redraws
//     is not in it: the workbench does not open server projects yet.)
//   eight coders at once: eight connections on eight threads, each applying
//     500 codings one commit at a time as fast as it can; every segment is
//     then counted (none lost, none doubled); throughput and p95 latency.
//
//   groundwork-server-bench PG_SERVER_SH [CORPUS] [--json FILE] [--work DIR]
#include "bench_machine.h"
#include "bench_support.h"
#include "corpus.h"
#include "study_project.h"

#include "core/log.h"
#include "core/model/project.h"
#include "core/server/pg_connection.h"
#include "core/server/server_changes.h"
#include "core/server/server_project.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QTimer>
#include <QUuid>
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
#include <mutex>
#include <thread>

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

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(double(v.size()) * p))];
}

// A coding as a coder applies it: one segment, one commit.
gw::Status applyCoding(gw::PgConnection &db, qint64 source, qint64 code, qint64 start, qint64 coder)
{
    auto ok = db.query(QStringLiteral("INSERT INTO segments(guid, source_id, code_id, start, \"end\", coder_id) "
                                      "VALUES ($1, $2, $3, $4, $5, $6)"),
                       {QUuid::createUuid().toString(QUuid::WithoutBraces), QString::number(source),
                        QString::number(code), QString::number(start), QString::number(start + 1),
                        QString::number(coder)});
    if (!ok)
        return std::unexpected(ok.error());
    return {};
}

struct Live
{
    double latencyMedianMs = 0, latencyP95Ms = 0;
    double parallelPerSecond = 0, parallelP95Ms = 0;
    std::int64_t parallelSegments = 0;
};

Live measureLive(const QString &url)
{
    constexpr int kLatencyRuns = 200, kCoders = 8, kCodings = 500;
    Live live;
    auto db = must(gw::connectServer(url));
    const auto target = must(db.query(QStringLiteral(
        "SELECT (SELECT id FROM sources ORDER BY length DESC LIMIT 1), (SELECT min(id) FROM codes)")));
    const qint64 source = target.int64(0, 0), code = target.int64(0, 1);
    auto coderId = [&](const QString &name) {
        return must(db.scalar(QStringLiteral("INSERT INTO coders(guid, name) VALUES ($1, $1) RETURNING id"), {name}));
    };

    // Notice latency.
    auto listener = must(gw::ServerChanges::listen(url, 0));
    auto writer = must(gw::connectServer(url));
    const qint64 solo = coderId(QStringLiteral("bench-solo"));
    std::vector<double> latencies;
    for (int i = 0; i < kLatencyRuns; ++i) {
        QEventLoop loop;
        bool arrived = false;
        auto c = QObject::connect(listener.get(), &gw::ServerChanges::changed, &loop, [&](const QList<gw::ServerChange> &changes) {
            for (const gw::ServerChange &ch : changes)
                arrived |= ch.table == u"segments";
            if (arrived)
                loop.quit();
        });
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        const auto start = Clock::now();
        must(applyCoding(writer, source, code, i, solo));
        if (!arrived)
            loop.exec();
        QObject::disconnect(c);
        if (!arrived)
            die(QStringLiteral("coding %1 was not announced within 5 s").arg(i + 1));
        latencies.push_back(secondsSince(start) * 1000);
    }
    live.latencyMedianMs = median(latencies);
    live.latencyP95Ms = percentile(latencies, 0.95);

    // Eight coders at once.
    std::vector<qint64> coders;
    for (int c = 0; c < kCoders; ++c)
        coders.push_back(coderId(QStringLiteral("bench-coder-%1").arg(c + 1)));
    std::mutex lock;
    std::vector<double> each;
    QStringList failures;
    const auto wall = Clock::now();
    std::vector<std::thread> threads;
    for (int c = 0; c < kCoders; ++c)
        threads.emplace_back([&, c] {
            auto own = gw::connectServer(url);
            std::vector<double> mine;
            QString failure = own ? QString() : own.error().message;
            for (int i = 0; own && failure.isEmpty() && i < kCodings; ++i) {
                const auto start = Clock::now();
                if (auto ok = applyCoding(*own, source, code, i, coders[std::size_t(c)]); !ok)
                    failure = ok.error().message;
                mine.push_back(secondsSince(start) * 1000);
            }
            std::lock_guard guard(lock);
            each.insert(each.end(), mine.begin(), mine.end());
            if (!failure.isEmpty())
                failures << failure;
        });
    for (std::thread &t : threads)
        t.join();
    const double seconds = secondsSince(wall);
    if (!failures.isEmpty())
        die(failures.join(u'\n'));
    QStringList names;
    for (qint64 id : coders)
        names << QString::number(id);
    const auto counted = must(db.query(
        QStringLiteral("SELECT count(*), count(DISTINCT (coder_id, start)) FROM segments WHERE coder_id IN (%1)")
            .arg(names.join(u','))));
    live.parallelSegments = counted.int64(0, 0);
    if (counted.int64(0, 0) != kCoders * kCodings || counted.int64(0, 1) != kCoders * kCodings)
        die(QStringLiteral("eight coders applied %1 codings; the server holds %2 (%3 distinct)")
                .arg(kCoders * kCodings)
                .arg(counted.int64(0, 0))
                .arg(counted.int64(0, 1)));
    live.parallelPerSecond = double(kCoders * kCodings) / seconds;
    live.parallelP95Ms = percentile(each, 0.95);
    return live;
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
    const Live live = measureLive(projectUrl);
    say(QStringLiteral("notice latency (one coding committed until another connection is told): median %1 ms, p95 %2 ms")
            .arg(live.latencyMedianMs, 0, 'f', 1)
            .arg(live.latencyP95Ms, 0, 'f', 1));
    say(QStringLiteral("eight coders at once: %1 of %1 codings stored, %2 codings/s, p95 %3 ms each")
            .arg(live.parallelSegments)
            .arg(live.parallelPerSecond, 0, 'f', 0)
            .arg(live.parallelP95Ms, 0, 'f', 1));
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
                                            {QStringLiteral("pull_median_s"), pull},
                                            {QStringLiteral("notice_latency_median_ms"), live.latencyMedianMs},
                                            {QStringLiteral("notice_latency_p95_ms"), live.latencyP95Ms},
                                            {QStringLiteral("eight_coders_codings_per_s"), live.parallelPerSecond},
                                            {QStringLiteral("eight_coders_p95_ms"), live.parallelP95Ms}})
                      .toJson());
        if (!out.commit())
            die(out.errorString());
    }
    return 0;
}

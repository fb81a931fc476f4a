// groundwork-bench: how fast a study-scale corpus goes into a project, against
// the floor of what SQLite + FTS5 cost for the same text, and how fast search
// answers on it. Generates the corpus first when the folder has none.
//
//   groundwork-bench [CORPUS] [--json FILE] [--keep]
#include "bench_machine.h"
#include "bench_support.h"
#include "corpus.h"
#include "corpus_rng.h"
#include "word_bank.h"

#include "core/import/import_job.h"
#include "core/log.h"
#include "core/model/project.h"
#include "core/store/database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHashFunctions>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>

namespace {

using gw::bench::Clock;
using gw::bench::say;
using gw::bench::die;
double since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

qint64 totalBytes(const QStringList &files)
{
    qint64 n = 0;
    for (const QString &f : files)
        n += QFileInfo(f).size();
    return n;
}

// The floor: the same bytes into one FTS5 table that holds its content, in one
// transaction, with nothing else (no hashing, normalising or per-file commits).
double floorSeconds(const QString &path, const QStringList &files)
{
    const auto start = Clock::now();
    auto db = gw::Database::open(path, gw::Database::Mode::ReadWriteCreate);
    if (!db)
        die(db.error().message);
    if (auto ok = db->exec(QStringLiteral("CREATE VIRTUAL TABLE docs USING fts5(name, text, "
                                          "tokenize='unicode61 remove_diacritics 2')"));
        !ok)
        die(ok.error().message);
    gw::Transaction tx(*db);
    if (!tx.begun())
        die(tx.begun().error().message);
    auto insert = db->prepare(QStringLiteral("INSERT INTO docs(name, text) VALUES (?1, ?2)"));
    if (!insert)
        die(insert.error().message);
    for (const QString &file : files) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            die(QStringLiteral("cannot read %1").arg(file));
        insert->reset();
        insert->bind(1, QFileInfo(file).completeBaseName()).bind(2, QString::fromUtf8(f.readAll()));
        if (auto ok = insert->run(); !ok)
            die(ok.error().message);
    }
    if (auto ok = tx.commit(); !ok)
        die(ok.error().message);
    return since(start);
}

struct ImportRun
{
    double seconds = 0;
    double cpu = 0; // user + system seconds
    gw::ImportReport report;
    std::unique_ptr<gw::Project> project;
};

ImportRun timedImport(const QString &projectPath, const QStringList &paths)
{
    ImportRun run;
    const auto start = Clock::now();
    const double cpuStart = gw::bench::cpuSeconds();
    auto project = gw::Project::create(projectPath);
    if (!project)
        die(project.error().message);
    run.report = gw::importFiles(**project, paths, {});
    run.seconds = since(start);
    run.cpu = gw::bench::cpuSeconds() - cpuStart;
    run.project = std::move(*project);
    return run;
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const double rank = p * double(v.size() - 1);
    const auto lo = std::size_t(rank);
    const std::size_t hi = std::min(lo + 1, v.size() - 1);
    return v[lo] + (v[hi] - v[lo]) * (rank - double(lo));
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // for the corpus's PDFs
    // QPdfWriter numbers its font subsets in QHash order; a fixed seed makes
    // that order, and so the PDF bytes, the same on every run.
    QHashSeed::setDeterministicGlobalSeed();
    QGuiApplication app(argc, argv);
    gw::initLogging(gw::LogTarget::Stderr);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("corpus"), QStringLiteral("Corpus folder (generated when missing)."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Also write the figures as JSON."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("Keep the projects made."));
    parser.addOptions({jsonOption, keepOption});
    parser.process(app);
    const QString corpus = QFileInfo(parser.positionalArguments().value(0, gw::bench::defaultCorpusFolder())).absoluteFilePath();

    const gw::bench::Machine m = gw::bench::machine();
    say(QStringLiteral("machine: %1 cores, %2, %3 GiB RAM, %4").arg(m.cores).arg(m.cpu).arg(m.ramGiB, 0, 'f', 1).arg(m.kernel));
    QJsonObject json{{QStringLiteral("machine"), QJsonObject{{QStringLiteral("cores"), m.cores}, {QStringLiteral("cpu"), m.cpu},
                                                              {QStringLiteral("ram_gib"), m.ramGiB}, {QStringLiteral("kernel"), m.kernel}}},
                     {QStringLiteral("corpus"), corpus}};

    if (!QFileInfo::exists(corpus + QStringLiteral("/.groundwork-corpus"))) {
        say(QStringLiteral("no corpus in %1: generating it").arg(corpus));
        auto made = gw::bench::generateCorpus({corpus, 1.0, 20180401});
        if (!made)
            die(made.error());
        say(gw::bench::describe(*made));
    }
    const QStringList sourceFolders = {corpus + QStringLiteral("/interviews"), corpus + QStringLiteral("/observations"),
                                       corpus + QStringLiteral("/documents")};
    const QStringList allFiles = gw::filesToImport(sourceFolders);
    QStringList plainFiles;
    for (const QString &f : allFiles)
        if (f.endsWith(QLatin1String(".txt")) || f.endsWith(QLatin1String(".md")))
            plainFiles << f;
    const double plainMB = totalBytes(plainFiles) / 1e6, allMB = totalBytes(allFiles) / 1e6;

    QTemporaryDir work(QDir::tempPath() + QStringLiteral("/groundwork-bench-XXXXXX"));
    work.setAutoRemove(!parser.isSet(keepOption));
    if (!work.isValid())
        die(QStringLiteral("cannot make a temporary folder"));
    say(QStringLiteral("work folder: %1\n").arg(work.path()));

    // a. the floor
    const double floorCpuStart = gw::bench::cpuSeconds();
    const double floor = floorSeconds(work.filePath(QStringLiteral("floor.sqlite")), plainFiles);
    const double floorCpu = gw::bench::cpuSeconds() - floorCpuStart;
    // b. plain-text import
    const ImportRun plain = timedImport(work.filePath(QStringLiteral("plain.groundwork")), plainFiles);
    // c. full import, with its own memory peak window
    const bool peakReset = gw::bench::resetPeakResident();
    ImportRun full = timedImport(work.filePath(QStringLiteral("full.groundwork")), sourceFolders);
    const std::int64_t hwm = gw::bench::peakResidentKiB(), maxRss = gw::bench::maxRssKiB();
    const QString fullPath = work.filePath(QStringLiteral("full.groundwork"));
    const double dbMB = QFileInfo(fullPath).size() / 1e6, walMB = QFileInfo(fullPath + QStringLiteral("-wal")).size() / 1e6;
    using S = gw::ImportOutcome::Status;
    const int imported = full.report.count(S::Imported), skipped = full.report.count(S::Skipped),
              failed = full.report.count(S::Failed);
    std::map<QString, int> reasons; // "skipped .mp3: the format .mp3 is not one Groundwork imports" -> count
    for (const gw::ImportOutcome &o : full.report.outcomes)
        if (o.status != S::Imported) {
            QString why = o.reason;
            why.replace(o.path, QStringLiteral("<file>"));
            ++reasons[QStringLiteral("%1 .%2: %3").arg(gw::toString(o.status), QFileInfo(o.path).suffix(), why)];
        }

    // d. search latency on the full project
    const gw::bench::WordBank &bank = gw::bench::wordBank();
    gw::bench::CorpusRng rng(7);
    std::vector<double> latencies;
    std::int64_t hits = 0;
    for (int i = 0; i < 100; ++i) {
        const QString query = i < 50 ? rng.pick(bank.searchWords)
                                     : QLatin1Char('"') + rng.pick(bank.searchPhrases) + QLatin1Char('"');
        const auto start = Clock::now();
        auto found = full.project->search(query, 50);
        latencies.push_back(since(start) * 1000);
        if (!found)
            die(QStringLiteral("search %1: %2").arg(query, found.error().message));
        hits += std::int64_t(found->size());
    }
    const double median = percentile(latencies, 0.5), p95 = percentile(latencies, 0.95);

    auto line = [](const QString &stage, double s, double cpu, double mb, const QString &note) {
        return QStringLiteral("%1 %2 %3 %4 %5  %6").arg(stage, -26).arg(s, 8, 'f', 2).arg(cpu, 7, 'f', 2)
            .arg(mb, 8, 'f', 1).arg(mb / s, 7, 'f', 1).arg(note);
    };
    say(QStringLiteral("%1 %2 %3 %4 %5  %6").arg(QStringLiteral("stage"), -26).arg(QStringLiteral("seconds"), 8)
            .arg(QStringLiteral("cpu s"), 7).arg(QStringLiteral("MB in"), 8).arg(QStringLiteral("MB/s"), 7)
            .arg(QStringLiteral("notes")));
    say(line(QStringLiteral("a. floor (FTS5, 1 tx)"), floor, floorCpu, plainMB, QStringLiteral("%1 .txt/.md files").arg(plainFiles.size())));
    say(line(QStringLiteral("b. plain-text import"), plain.seconds, plain.cpu, plainMB,
             QStringLiteral("%1x the floor; %2 imported").arg(plain.seconds / floor, 0, 'f', 2)
                 .arg(plain.report.count(S::Imported))));
    say(line(QStringLiteral("c. full import"), full.seconds, full.cpu, allMB,
             QStringLiteral("%1 files, %2 sources/s; imported %3, skipped %4, failed %5")
                 .arg(allFiles.size()).arg(imported / full.seconds, 0, 'f', 1).arg(imported).arg(skipped).arg(failed)));
    say(QStringLiteral("   peak memory: VmHWM %1 MiB during the full import%2; ru_maxrss %3 MiB for the whole run")
            .arg(hwm / 1024.0, 0, 'f', 1).arg(peakReset ? QString() : QStringLiteral(" (not reset: whole run)"))
            .arg(maxRss / 1024.0, 0, 'f', 1));
    say(QStringLiteral("   project file: %1 MB + %2 MB WAL").arg(dbMB, 0, 'f', 1).arg(walMB, 0, 'f', 1));
    for (const auto &[why, n] : reasons)
        say(QStringLiteral("   %1 x %2").arg(n, 3).arg(why));
    say(QStringLiteral("d. search, 100 queries      median %1 ms, p95 %2 ms (limit 50; %3 hits in all)")
            .arg(median, 0, 'f', 2).arg(p95, 0, 'f', 2).arg(hits));

    QJsonObject reasonJson;
    for (const auto &[why, n] : reasons)
        reasonJson.insert(why, n);
    json.insert(QStringLiteral("floor"), QJsonObject{{QStringLiteral("seconds"), floor}, {QStringLiteral("cpu_seconds"), floorCpu},
                                                      {QStringLiteral("mb"), plainMB},
                                                      {QStringLiteral("files"), plainFiles.size()}});
    json.insert(QStringLiteral("plain_import"), QJsonObject{{QStringLiteral("seconds"), plain.seconds}, {QStringLiteral("cpu_seconds"), plain.cpu},
                                                             {QStringLiteral("ratio_to_floor"), plain.seconds / floor},
                                                             {QStringLiteral("imported"), plain.report.count(S::Imported)}});
    json.insert(QStringLiteral("full_import"),
                QJsonObject{{QStringLiteral("seconds"), full.seconds}, {QStringLiteral("cpu_seconds"), full.cpu},
                            {QStringLiteral("mb"), allMB},
                            {QStringLiteral("files"), allFiles.size()}, {QStringLiteral("sources_per_s"), imported / full.seconds},
                            {QStringLiteral("mb_per_s"), allMB / full.seconds}, {QStringLiteral("imported"), imported},
                            {QStringLiteral("skipped"), skipped}, {QStringLiteral("failed"), failed},
                            {QStringLiteral("reasons"), reasonJson}, {QStringLiteral("vm_hwm_kib"), qint64(hwm)},
                            {QStringLiteral("ru_maxrss_kib"), qint64(maxRss)}, {QStringLiteral("project_mb"), dbMB},
                            {QStringLiteral("wal_mb"), walMB}});
    json.insert(QStringLiteral("search"), QJsonObject{{QStringLiteral("queries"), 100}, {QStringLiteral("median_ms"), median},
                                                       {QStringLiteral("p95_ms"), p95}, {QStringLiteral("hits"), qint64(hits)}});
    if (parser.isSet(jsonOption)) {
        QFile out(parser.value(jsonOption));
        if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(json).toJson()) < 0)
            die(QStringLiteral("cannot write %1").arg(out.fileName()));
    }
    return 0;
}

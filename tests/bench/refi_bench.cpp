// REFI-QDA at study scale (issue 8): the generated corpus (groundwork-corpus)
// imported into a project with 400 codes and 20,000 segments spread over the
// sources by a fixed seed, then exported to .qdpx and that file imported back
// into a new project (plan + write), each three times.
//
//   groundwork-refi-bench CORPUS_DIR [--json FILE]
//
// Targets: export under 1 s, import back under 3 s. Not a ctest test.
#include "core/import/import_job.h"
#include "bench_support.h"
#include "core/model/project.h"
#include "core/refi/import_plan.h"
#include "core/refi/import_writer.h"
#include "core/refi/qdpx_export.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>

namespace {

using gw::bench::Clock;
using gw::bench::die;
constexpr int kCodes = 400;
constexpr int kSegments = 20000;
constexpr unsigned kSeed = 20261125;

double msSince(Clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

void removeProject(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

void buildStudy(gw::Project &project, const QString &corpus)
{
    const gw::ImportReport report = gw::importFiles(project, {corpus}, {});
    (void)report;
    auto sources = project.sources();
    if (!sources || sources->size() < 10)
        die(QStringLiteral("too few sources imported from %1").arg(corpus));
    gw::Transaction tx(project.database());
    std::vector<gw::Id> codes;
    for (int i = 0; i < kCodes; ++i) {
        auto id = project.addCode(QStringLiteral("Code %1").arg(i + 1, 3, 10, QLatin1Char('0')));
        if (!id)
            die(id.error().message);
        codes.push_back(*id);
    }
    std::mt19937 rng(kSeed);
    const auto below = [&](std::int64_t n) { return std::int64_t(rng() % std::uint64_t(std::max<std::int64_t>(1, n))); };
    int made = 0;
    for (int i = 0; made < kSegments && i < 10 * kSegments; ++i) {
        const gw::SourceInfo &src = (*sources)[std::size_t(below(std::int64_t(sources->size())))];
        if (src.length < 50)
            continue;
        const std::int64_t length = std::min<std::int64_t>(src.length, 40 + below(560));
        const std::int64_t start = below(src.length - length + 1);
        if (project.applyCode(src.id, codes[std::size_t(below(kCodes))], start, start + length))
            ++made;
    }
    if (auto ok = tx.commit(); !ok)
        die(ok.error().message);
    std::printf("study: %zu sources, %d codes, %d segments\n", sources->size(), kCodes, made);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty())
        die(QStringLiteral("usage: groundwork-refi-bench CORPUS_DIR [--json FILE]"));
    const QString corpus = args.first();
    const int jsonAt = int(args.indexOf(QStringLiteral("--json")));
    QTemporaryDir dir;
    const QString studyPath = dir.filePath(QStringLiteral("study.groundwork"));
    auto study = gw::Project::create(studyPath);
    if (!study)
        die(study.error().message);
    (void)(*study)->setCoder(QStringLiteral("bench"));
    buildStudy(**study, corpus);

    const QString qdpx = dir.filePath(QStringLiteral("study.qdpx"));
    QJsonArray exports, imports;
    for (int run = 0; run < 3; ++run) {
        const auto t0 = Clock::now();
        auto exported = gw::refi::exportQdpx(**study, qdpx);
        const double ms = msSince(t0);
        if (!exported)
            die(exported.error().message);
        exports.append(ms);
        std::printf("export: %.0f ms (%d sources, %d segments, %.1f MB)\n", ms, exported->sources, exported->segments,
                    double(exported->bytes) / 1e6);
    }
    for (int run = 0; run < 3; ++run) {
        const QString target = dir.filePath(QStringLiteral("back%1.groundwork").arg(run));
        removeProject(target);
        const auto t0 = Clock::now();
        auto plan = gw::refi::planImport(qdpx);
        if (!plan)
            die(plan.error().message);
        const double planned = msSince(t0);
        auto project = gw::Project::create(target);
        if (!project)
            die(project.error().message);
        (void)(*project)->setCoder(QStringLiteral("bench"));
        auto written = gw::refi::writeImport(**project, *plan);
        const double ms = msSince(t0);
        if (!written)
            die(written.error().message);
        imports.append(ms);
        std::printf("import: %.0f ms (read and plan %.0f ms; %d sources, %d segments)\n", ms, planned,
                    written->sourcesAdded, written->segmentsAdded);
    }
    if (jsonAt >= 0 && jsonAt + 1 < args.size()) {
        QFile out(args[jsonAt + 1]);
        if (out.open(QIODevice::WriteOnly))
            out.write(QJsonDocument(QJsonObject{{QStringLiteral("export_ms"), exports},
                                                {QStringLiteral("import_ms"), imports}})
                          .toJson());
    }
    return 0;
}

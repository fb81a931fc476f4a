// groundwork-merge-bench: merging two study-scale projects (team issue,
// "Done when": under 10 s). Both come from the project of study_project.h
// (618 sources, 400 codes, 20,000 segments): "ours" is that project; "theirs"
// is a coder's copy of it in which a second coder has coded 20,000 segments of
// their own over the same sources (none of ours kept), with 100 codes of
// their own besides 300 shared ones, and 20 shared codes renamed on each side
// (conflicts). Timed: reading and comparing (plan), writing (apply), and the
// undo of the merge. Every measure is checked for its effect.
//
//   groundwork-merge-bench [CORPUS] [--json FILE] [--work DIR] [--rebuild]
#include "bench_machine.h"
#include "bench_support.h"
#include "corpus.h"
#include "study_project.h"

#include "core/log.h"
#include "core/merge/coder_copy.h"
#include "core/merge/merge_apply.h"
#include "core/merge/merge_plan.h"
#include "core/model/project.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUuid>
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
using gw::Id;

constexpr double kTargetSeconds = 10;
constexpr int kTheirOwnCodes = 100;
constexpr int kRenamedEachSide = 20;

std::int64_t segmentCount(gw::Project &project)
{
    return must(project.counts()).segments;
}

// In the copy THEIRS: the other coder's work. Their 20,000 segments replace
// ours, spread over the same sources with another seed, over 300 of the shared
// codes and 100 codes of their own; 20 shared codes renamed.
void codeAsAnotherCoder(const QString &theirs)
{
    auto project = must(gw::Project::open(theirs));
    must(project->setCoder(QStringLiteral("ben")));
    const auto codes = must(project->codes());
    const auto sources = must(project->sources());
    gw::Transaction tx(project->database());
    must(tx.begun());
    must(project->database().exec(QStringLiteral("DELETE FROM theme_exemplars; DELETE FROM segments")));
    std::vector<Id> used;
    for (std::size_t i = 0; i < 300 && i < codes.size(); ++i)
        used.push_back(codes[i].id);
    for (int i = 0; i < kTheirOwnCodes; ++i)
        used.push_back(must(project->addCode(QStringLiteral("Ben's code %1").arg(i + 1))));
    for (int i = 0; i < kRenamedEachSide; ++i)
        must(project->renameCode(codes[std::size_t(i)].id, QStringLiteral("%1 (ben)").arg(codes[std::size_t(i)].name)));
    const Id ben = must(project->database().scalar(QStringLiteral("SELECT id FROM coders WHERE name = 'ben'")));
    auto insert = must(project->database().prepare(QStringLiteral(
        "INSERT INTO segments(guid, source_id, code_id, start, end, coder_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")));
    std::mt19937 rng(gw::bench::kStudySeed + 7);
    int added = 0;
    while (added < gw::bench::kStudySegments) {
        const gw::SourceInfo &s = sources[std::size_t(gw::bench::below(rng, std::int64_t(sources.size())))];
        if (s.length < 50)
            continue;
        const std::int64_t start = gw::bench::below(rng, s.length - 40);
        const std::int64_t end = start + 10 + gw::bench::below(rng, 30);
        const Id code = used[std::size_t(gw::bench::below(rng, std::int64_t(used.size())))];
        insert.reset();
        insert.bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces)).bind(2, s.id).bind(3, code).bind(4, start)
            .bind(5, end).bind(6, ben);
        if (auto ok = insert.run(); !ok)
            continue; // the same range drawn twice
        ++added;
    }
    must(tx.commit());
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
    parser.addPositionalArgument(QStringLiteral("corpus"), QStringLiteral("Corpus folder (generated when missing)."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Also write the figures as JSON."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption workOption(QStringLiteral("work"), QStringLiteral("Where the projects are kept."),
                                        QStringLiteral("DIR"), QStringLiteral("/tmp/groundwork-merge-bench"));
    const QCommandLineOption rebuildOption(QStringLiteral("rebuild"), QStringLiteral("Build the study project again."));
    parser.addOptions({jsonOption, workOption, rebuildOption});
    parser.process(app);
    const QString corpus =
        QFileInfo(parser.positionalArguments().value(0, gw::bench::defaultCorpusFolder())).absoluteFilePath();
    const QDir work(parser.value(workOption));

    const gw::bench::Machine m = gw::bench::machine();
    say(QStringLiteral("machine: %1 cores, %2, %3 GiB RAM, %4").arg(m.cores).arg(m.cpu).arg(m.ramGiB, 0, 'f', 1).arg(m.kernel));
    const auto buildStart = Clock::now();
    auto study = gw::bench::studyProject(corpus, work.path(), parser.isSet(rebuildOption));
    if (!study)
        die(study.error());
    say(QStringLiteral("study project %1 ready in %2 s").arg(study->path).arg(secondsSince(buildStart), 0, 'f', 1));

    const QString oursPath = work.filePath(QStringLiteral("ours.groundwork"));
    const QString theirsPath = work.filePath(QStringLiteral("theirs.groundwork"));
    for (const QString &p : {oursPath, theirsPath})
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".lock")})
            QFile::remove(p + suffix);
    if (!gw::bench::copyProjectFile(study->path, oursPath))
        die(QStringLiteral("cannot copy %1").arg(study->path));
    auto ours = must(gw::Project::open(oursPath));
    must(ours->setCoder(QStringLiteral("bench")));
    must(gw::exportCoderCopy(*ours, theirsPath, QStringLiteral("ben")));
    codeAsAnotherCoder(theirsPath);
    const auto codes = must(ours->codes());
    for (int i = 0; i < kRenamedEachSide; ++i)
        must(ours->renameCode(codes[std::size_t(i)].id, QStringLiteral("%1 (ours)").arg(codes[std::size_t(i)].name)));
    const std::int64_t before = segmentCount(*ours);
    say(QStringLiteral("ours: %1 segments; theirs: %2 segments by another coder, %3 codes of their own")
            .arg(before).arg(gw::bench::kStudySegments).arg(kTheirOwnCodes));

    const double cpu0 = gw::bench::cpuSeconds();
    auto t0 = Clock::now();
    gw::MergePlan plan = must(gw::planMerge(*ours, theirsPath));
    const double planSeconds = secondsSince(t0);
    if (plan.conflicts() != kRenamedEachSide)
        die(QStringLiteral("expected %1 conflicts, found %2").arg(kRenamedEachSide).arg(plan.conflicts()));
    // Their copy dropped our segments for its own: each is offered as a removal, none taken.
    const auto removals = std::ranges::count(plan.differences, gw::MergeField::Removal, &gw::MergeDifference::field);
    t0 = Clock::now();
    gw::MergeOutcome outcome = must(gw::applyMerge(*ours, plan));
    const double applySeconds = secondsSince(t0);
    const double cpu = gw::bench::cpuSeconds() - cpu0;
    if (outcome.report.segmentsAdded != gw::bench::kStudySegments ||
        segmentCount(*ours) != before + gw::bench::kStudySegments)
        die(QStringLiteral("the merge added %1 segments, not %2").arg(outcome.report.segmentsAdded).arg(gw::bench::kStudySegments));
    if (outcome.report.codesAdded != kTheirOwnCodes)
        die(QStringLiteral("the merge added %1 codes, not %2").arg(outcome.report.codesAdded).arg(kTheirOwnCodes));
    t0 = Clock::now();
    must(gw::undoMerge(*ours, outcome, plan.otherName));
    const double undoSeconds = secondsSince(t0);
    if (segmentCount(*ours) != before)
        die(QStringLiteral("undoing the merge did not restore the segments"));

    const double total = planSeconds + applySeconds;
    say(QStringLiteral("\nremovals offered, not taken: %1 segments").arg(removals));
    say(QStringLiteral("plan (read and compare)   %1 s").arg(planSeconds, 6, 'f', 2));
    say(QStringLiteral("apply (one transaction)   %1 s").arg(applySeconds, 6, 'f', 2));
    say(QStringLiteral("plan + apply              %1 s  (target under %2 s: %3; CPU %4 s)")
            .arg(total, 6, 'f', 2).arg(kTargetSeconds).arg(total < kTargetSeconds ? QStringLiteral("met") : QStringLiteral("NOT met"))
            .arg(cpu, 0, 'f', 2));
    say(QStringLiteral("undo the merge            %1 s").arg(undoSeconds, 6, 'f', 2));
    say(QStringLiteral("peak resident memory      %1 MiB").arg(double(gw::bench::maxRssKiB()) / 1024, 0, 'f', 0));

    if (parser.isSet(jsonOption)) {
        QSaveFile out(parser.value(jsonOption));
        const QJsonObject doc{{QStringLiteral("machine"), QJsonObject{{QStringLiteral("cores"), m.cores},
                                                                       {QStringLiteral("cpu"), m.cpu},
                                                                       {QStringLiteral("ram_gib"), m.ramGiB},
                                                                       {QStringLiteral("kernel"), m.kernel}}},
                              {QStringLiteral("segments_each"), gw::bench::kStudySegments},
                              {QStringLiteral("removals_offered"), qint64(removals)},
                              {QStringLiteral("plan_s"), planSeconds},
                              {QStringLiteral("apply_s"), applySeconds},
                              {QStringLiteral("undo_s"), undoSeconds},
                              {QStringLiteral("met"), total < kTargetSeconds}};
        if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(doc).toJson()) < 0 || !out.commit())
            die(QStringLiteral("cannot write %1").arg(parser.value(jsonOption)));
    }
    return total < kTargetSeconds ? 0 : 1;
}

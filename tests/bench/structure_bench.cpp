// groundwork-structure-bench: restructuring a study-scale project (issue 5,
// "Done when"): merging, splitting and moving codes through the undo stack
// (each with its audit entry and hierarchy snapshot), and undoing each, on
// the project of study_project.h (618 sources, 400 codes, 20,000 segments)
// with every code placed under one of 40 themes in 5 dimensions.
//
//   groundwork-structure-bench [CORPUS] [--json FILE] [--repeat N] [--rebuild]
//
// Target: each edit under 200 ms. Every measure is checked for its effect,
// and after each undo the segment count must be back where it was.
#include "bench_machine.h"
#include "bench_support.h"
#include "corpus.h"
#include "study_project.h"

#include "core/commands/merge_codes.h"
#include "core/commands/place_code.h"
#include "core/commands/split_code.h"
#include "core/log.h"
#include "core/model/project.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUndoStack>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>

namespace {

using gw::bench::Clock;
using gw::bench::say;
using gw::bench::die;
using gw::Id;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

constexpr int kDimensions = 5;
constexpr int kThemesPerDimension = 8;
constexpr double kTargetMs = 200;

struct Figures
{
    QString name;
    std::vector<double> ms;
    [[nodiscard]] double median() const
    {
        std::vector<double> v = ms;
        std::sort(v.begin(), v.end());
        const std::size_t n = v.size();
        return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
    [[nodiscard]] double max() const { return *std::max_element(ms.begin(), ms.end()); }
};

std::int64_t segmentCount(gw::Project &project)
{
    auto counts = project.counts();
    if (!counts)
        die(counts.error().message);
    return counts->segments;
}

// 5 dimensions of 8 themes, 10 codes under each theme, in one audited step.
std::vector<Id> buildHierarchy(gw::Project &project, const std::vector<gw::CodeInfo> &codes)
{
    gw::Transaction tx(project.database());
    project.openAuditGroup();
    std::vector<Id> themes;
    for (int d = 0; d < kDimensions; ++d) {
        auto dim = project.addDimension(QStringLiteral("Dimension %1").arg(d + 1));
        if (!dim)
            die(dim.error().message);
        for (int t = 0; t < kThemesPerDimension; ++t) {
            auto theme = project.addTheme(QStringLiteral("Theme %1.%2").arg(d + 1).arg(t + 1));
            if (!theme)
                die(theme.error().message);
            if (auto ok = project.placeTheme(*theme, *dim); !ok)
                die(ok.error().message);
            themes.push_back(*theme);
        }
    }
    for (std::size_t i = 0; i < codes.size(); ++i)
        if (auto ok = project.placeCode(codes[i].id, themes[i % themes.size()]); !ok)
            die(ok.error().message);
    if (auto ok = project.closeAuditGroup(QStringLiteral("structure.import"), QJsonObject()); !ok)
        die(ok.error().message);
    if (auto ok = tx.commit(); !ok)
        die(ok.error().message);
    return themes;
}

// Pushes COMMAND (its redo) and undoes it, timing each; CHECK runs after the redo.
void measure(QUndoStack &stack, gw::Project &project, QUndoCommand *command, Figures &doing, Figures &undoing,
             const std::function<void()> &check)
{
    const std::int64_t before = segmentCount(project);
    auto t0 = Clock::now();
    stack.push(command);
    doing.ms.push_back(msSince(t0));
    if (command->isObsolete())
        die(QStringLiteral("%1 could not be done").arg(command->text()));
    check();
    t0 = Clock::now();
    stack.undo();
    undoing.ms.push_back(msSince(t0));
    if (segmentCount(project) != before)
        die(QStringLiteral("undoing %1 did not restore the segments").arg(command->text()));
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
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("Repetitions of each measure (20)."),
                                          QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption workOption(QStringLiteral("work"), QStringLiteral("Where the project is kept."),
                                        QStringLiteral("DIR"), QStringLiteral("/tmp/groundwork-structure-bench"));
    const QCommandLineOption rebuildOption(QStringLiteral("rebuild"), QStringLiteral("Build the project again."));
    parser.addOptions({jsonOption, repeatOption, workOption, rebuildOption});
    parser.process(app);
    const QString corpus =
        QFileInfo(parser.positionalArguments().value(0, gw::bench::defaultCorpusFolder())).absoluteFilePath();
    const int repeat = std::max(1, parser.value(repeatOption).toInt());

    const gw::bench::Machine m = gw::bench::machine();
    say(QStringLiteral("machine: %1 cores, %2, %3 GiB RAM, %4").arg(m.cores).arg(m.cpu).arg(m.ramGiB, 0, 'f', 1).arg(m.kernel));
    const auto buildStart = Clock::now();
    auto study = gw::bench::studyProject(corpus, parser.value(workOption), parser.isSet(rebuildOption));
    if (!study)
        die(study.error());
    say(QStringLiteral("study project %1 ready in %2 s").arg(study->path).arg(msSince(buildStart) / 1000, 0, 'f', 1));
    const QString path = QDir(parser.value(workOption)).filePath(QStringLiteral("run.groundwork"));
    if (!gw::bench::copyProjectFile(study->path, path))
        die(QStringLiteral("cannot copy %1").arg(study->path));

    auto opened = gw::Project::open(path);
    if (!opened)
        die(opened.error().message);
    gw::Project &project = **opened;
    if (auto ok = project.setCoder(QStringLiteral("bench")); !ok)
        die(ok.error().message);
    auto codes = project.codes();
    if (!codes || codes->size() < 100)
        die(QStringLiteral("the study project has too few codes"));
    const std::vector<Id> themes = buildHierarchy(project, *codes);
    const std::int64_t segments = segmentCount(project);
    say(QStringLiteral("project: %1 codes, %2 segments, %3 themes, %4 dimensions")
            .arg(codes->size()).arg(segments).arg(themes.size()).arg(kDimensions));

    QUndoStack stack;
    std::mt19937 rng(gw::bench::kStudySeed + 5);
    const auto someCode = [&](Id avoid1 = 0, Id avoid2 = 0) {
        for (;;) {
            const Id id = (*codes)[std::size_t(gw::bench::below(rng, std::int64_t(codes->size())))].id;
            if (id != avoid1 && id != avoid2 && id != study->bigCode)
                return id;
        }
    };
    Figures move{QStringLiteral("move a code to another theme")}, moveUndo{QStringLiteral("  undo the move")};
    Figures merge{QStringLiteral("merge 2 codes (~100 segments) into a third")}, mergeUndo{QStringLiteral("  undo the merge")};
    Figures mergeBig{QStringLiteral("merge the 2,000-segment code into another")}, mergeBigUndo{QStringLiteral("  undo that merge")};
    Figures split{QStringLiteral("split half of a code's segments off")}, splitUndo{QStringLiteral("  undo the split")};
    Figures splitBig{QStringLiteral("split 1,000 segments off the 2,000-segment code")}, splitBigUndo{QStringLiteral("  undo that split")};
    Figures history{QStringLiteral("structure at the latest audit entry")};

    for (int i = 0; i < repeat; ++i) {
        const Id code = someCode();
        const Id theme = themes[std::size_t(gw::bench::below(rng, std::int64_t(themes.size())))];
        auto place = gw::PlaceCode::make(project, code, theme, 0, QStringLiteral("bench"));
        if (!place)
            die(place.error().message);
        measure(stack, project, place->release(), move, moveUndo, [&] {
            if (project.code(code)->themeId != theme)
                die(QStringLiteral("the code did not move"));
        });

        const Id a = someCode(), b = someCode(a), into = someCode(a, b);
        auto mergeCommand = gw::MergeCodes::make(project, {a, b}, into, QStringLiteral("bench"));
        if (!mergeCommand)
            die(mergeCommand.error().message);
        measure(stack, project, mergeCommand->release(), merge, mergeUndo, [&] {
            if (project.code(a)->segmentCount != 0 || !project.code(b)->archived)
                die(QStringLiteral("the merge left segments behind"));
        });

        auto mergeBigCommand = gw::MergeCodes::make(project, {study->bigCode}, someCode(), QStringLiteral("bench"));
        if (!mergeBigCommand)
            die(mergeBigCommand.error().message);
        measure(stack, project, mergeBigCommand->release(), mergeBig, mergeBigUndo, [&] {
            if (project.code(study->bigCode)->segmentCount != 0)
                die(QStringLiteral("the big merge left segments behind"));
        });

        const Id splitting = someCode();
        auto ofCode = project.segmentsOfCode(splitting);
        if (!ofCode || ofCode->size() < 2)
            die(QStringLiteral("a code has too few segments to split"));
        std::vector<Id> half;
        for (std::size_t k = 0; k < ofCode->size(); k += 2)
            half.push_back((*ofCode)[k].id);
        auto splitCommand = gw::SplitCode::make(project, splitting, half, QStringLiteral("Split %1").arg(i), QStringLiteral("bench"));
        if (!splitCommand)
            die(splitCommand.error().message);
        measure(stack, project, splitCommand->release(), split, splitUndo, [&] {
            if (project.code(splitting)->segmentCount != std::int64_t(ofCode->size() - half.size()))
                die(QStringLiteral("the split moved the wrong segments"));
        });

        auto big = project.segmentsOfCode(study->bigCode);
        if (!big)
            die(big.error().message);
        std::vector<Id> bigHalf;
        for (std::size_t k = 0; k < big->size(); k += 2)
            bigHalf.push_back((*big)[k].id);
        auto splitBigCommand = gw::SplitCode::make(project, study->bigCode, bigHalf, QStringLiteral("Big split %1").arg(i),
                                                   QStringLiteral("bench"));
        if (!splitBigCommand)
            die(splitBigCommand.error().message);
        measure(stack, project, splitBigCommand->release(), splitBig, splitBigUndo, [&] {
            if (project.code(study->bigCode)->segmentCount != std::int64_t(big->size() - bigHalf.size()))
                die(QStringLiteral("the big split moved the wrong segments"));
        });

        auto latest = project.auditLog(gw::AuditFilter{.limit = 1});
        if (!latest || latest->empty())
            die(QStringLiteral("no audit entries"));
        const auto t0 = Clock::now();
        auto at = project.structureAt(latest->front().id);
        history.ms.push_back(msSince(t0));
        if (!at || at->codeCount() < codes->size() - 2)
            die(QStringLiteral("structureAt lost codes"));
    }
    if (segmentCount(project) != segments)
        die(QStringLiteral("the segments changed over the run"));

    say(QStringLiteral("\n%1 runs of each; target: under %2 ms").arg(repeat).arg(kTargetMs));
    say(QStringLiteral("%1  %2  %3  %4").arg(QStringLiteral("measure"), -52).arg(QStringLiteral("median"), 8)
            .arg(QStringLiteral("max"), 8).arg(QStringLiteral("met")));
    QJsonArray rows;
    bool allMet = true;
    for (const Figures *f : {&move, &moveUndo, &merge, &mergeUndo, &mergeBig, &mergeBigUndo, &split, &splitUndo,
                             &splitBig, &splitBigUndo, &history}) {
        const bool met = f->max() < kTargetMs;
        allMet = allMet && met;
        say(QStringLiteral("%1  %2  %3  %4").arg(f->name, -52).arg(f->median(), 6, 'f', 1).arg(f->max(), 6, 'f', 1)
                .arg(met ? QStringLiteral("yes") : QStringLiteral("NO")));
        rows.append(QJsonObject{{QStringLiteral("measure"), f->name.trimmed()},
                                {QStringLiteral("median_ms"), f->median()},
                                {QStringLiteral("max_ms"), f->max()},
                                {QStringLiteral("met"), met}});
    }
    if (parser.isSet(jsonOption)) {
        QSaveFile out(parser.value(jsonOption));
        const QJsonObject doc{{QStringLiteral("machine"), QJsonObject{{QStringLiteral("cores"), m.cores},
                                                                       {QStringLiteral("cpu"), m.cpu},
                                                                       {QStringLiteral("ram_gib"), m.ramGiB},
                                                                       {QStringLiteral("kernel"), m.kernel}}},
                              {QStringLiteral("codes"), qint64(codes->size())},
                              {QStringLiteral("segments"), qint64(segments)},
                              {QStringLiteral("repeat"), repeat},
                              {QStringLiteral("measures"), rows}};
        if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(doc).toJson()) < 0 || !out.commit())
            die(QStringLiteral("cannot write %1").arg(parser.value(jsonOption)));
    }
    return allMet ? 0 : 1;
}

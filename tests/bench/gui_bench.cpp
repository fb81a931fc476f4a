// groundwork-gui-bench: the workbench's speed on a study-scale project (issue 4,
// "Scale and speed"): opening the project in the main window, opening a long
// interview with its highlights, applying a code until the view shows it, and
// retrieving 2,000 coded segments with their text. Run under offscreen Qt:
//
//   QT_QPA_PLATFORM=offscreen groundwork-gui-bench [CORPUS] [--json FILE] [--repeat N] [--rebuild]
//
// The project (the corpus imported, 400 codes, 20,000 segments spread over the
// sources by a fixed seed) is built once in /tmp and reused while its marker
// matches; every run measures on a fresh copy of it, so runs do not drift.
#include "bench_machine.h"
#include "bench_support.h"
#include "corpus.h"
#include "search_word.h"

#include "core/commands/apply_coding.h"
#include "core/import/import_job.h"
#include "core/log.h"
#include "core/model/project.h"
#include "core/store/database.h"
#include "ui/analysis/analysis_runner.h"
#include "ui/analysis/analysis_view.h"
#include "ui/analysis/passage_list.h"
#include "ui/document/document_pane.h"
#include "ui/document/document_view.h"
#include "ui/mainwindow/main_window.h"
#include "ui/search/search_dock.h"
#include "ui/sources/source_list_model.h"

#include <QAbstractEventDispatcher>
#include <QComboBox>
#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QStandardPaths>
#include <QUndoStack>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <random>

namespace {

using gw::bench::Clock;
using gw::bench::say;
using gw::bench::die;
using gw::Id;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

constexpr int kCodes = 400;
constexpr int kSegments = 20000;
constexpr int kBigCodeSegments = 2000;  // segments of code 1, the retrieval measure
constexpr int kTargetSegments = 300;    // segments on the long interview
constexpr std::uint32_t kSeed = 20261125;
// Bump when the way the project is built changes: an old project is rebuilt.
const QString kMarkerVersion = QStringLiteral("gui-bench v1");

// A number in [0, n) from one 32-bit draw (multiply and shift: no modulo bias
// worth the name for n far below 2^32, and the same on every standard library,
// unlike std::uniform_int_distribution).
std::int64_t below(std::mt19937 &rng, std::int64_t n)
{
    return std::int64_t((std::uint64_t(rng()) * std::uint64_t(n)) >> 32);
}

// Processes events until two passes in a row find nothing to do: the window is
// shown, models filled, layouts and paints done.
void settle()
{
    QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
    int quiet = 0;
    for (int i = 0; i < 10000 && quiet < 2; ++i) {
        QCoreApplication::sendPostedEvents();
        const bool did = dispatcher->processEvents(QEventLoop::AllEvents);
        quiet = did ? 0 : quiet + 1;
    }
}

int wordCount(const QString &text)
{
    int n = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool space = c.isSpace();
        if (!space && !inWord)
            ++n;
        inWord = !space;
    }
    return n;
}

struct Figures
{
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

struct Study
{
    Id targetSource = 0;  // the long interview with many segments
    Id otherSource = 0;   // a short source to switch away to
    Id bigCode = 0;       // the code with kBigCodeSegments segments
    int targetWords = 0;
};

// The marker beside the project: what it was built from, and what the measures need.
QString markerKey(const QString &corpus, int files)
{
    return QStringLiteral("%1 corpus=%2 files=%3 codes=%4 segments=%5 seed=%6")
        .arg(kMarkerVersion, corpus)
        .arg(files)
        .arg(kCodes)
        .arg(kSegments)
        .arg(kSeed);
}

Study buildStudy(const QString &path, const QStringList &folders)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    auto created = gw::Project::create(path);
    if (!created)
        die(created.error().message);
    gw::Project &project = **created;
    if (auto ok = project.setCoder(QStringLiteral("bench")); !ok)
        die(ok.error().message);
    const auto importStart = Clock::now();
    const gw::ImportReport report = gw::importFiles(project, folders, {});
    say(QStringLiteral("import: %1 sources in %2 s").arg(report.count(gw::ImportOutcome::Status::Imported))
            .arg(msSince(importStart) / 1000, 0, 'f', 1));

    auto sources = project.sources();
    if (!sources || sources->size() < 10)
        die(QStringLiteral("too few sources imported"));
    Study study;
    // The interview nearest 10,000 words, and the shortest source.
    int bestGap = 1 << 30;
    std::int64_t shortest = std::numeric_limits<std::int64_t>::max();
    for (const gw::SourceInfo &s : *sources) {
        if (s.kind == gw::SourceKind::Interview) {
            const int words = wordCount(project.sourceText(s.id).value_or(QString()));
            if (std::abs(words - 10000) < bestGap) {
                bestGap = std::abs(words - 10000);
                study.targetSource = s.id;
                study.targetWords = words;
            }
        }
        if (s.length < shortest && s.length > 1000) {
            shortest = s.length;
            study.otherSource = s.id;
        }
    }
    if (study.targetSource == 0 || study.otherSource == 0)
        die(QStringLiteral("no interview to measure on"));

    const auto codingStart = Clock::now();
    gw::Transaction tx(project.database());
    if (!tx.begun())
        die(tx.begun().error().message);
    std::vector<Id> codes;
    const gw::CodeStage stages[] = {gw::CodeStage::Open, gw::CodeStage::Focused, gw::CodeStage::FirstOrder};
    for (int i = 0; i < kCodes; ++i) {
        auto id = project.addCode(QStringLiteral("Code %1").arg(i + 1, 3, 10, QLatin1Char('0')), stages[i % 3]);
        if (!id)
            die(id.error().message);
        codes.push_back(*id);
    }
    study.bigCode = codes.front();

    std::mt19937 rng(kSeed);
    std::vector<const gw::SourceInfo *> others;
    for (const gw::SourceInfo &s : *sources)
        if (s.id != study.targetSource && s.length > 50)
            others.push_back(&s);
    const gw::SourceInfo *target = nullptr;
    for (const gw::SourceInfo &s : *sources)
        if (s.id == study.targetSource)
            target = &s;
    // Segment i: the first kBigCodeSegments with code 1 anywhere, the next
    // kTargetSegments on the long interview, the rest anywhere with codes 2..400.
    int made = 0;
    for (int i = 0; made < kSegments; ++i) {
        const bool big = made < kBigCodeSegments;
        const bool onTarget = !big && made < kBigCodeSegments + kTargetSegments;
        const gw::SourceInfo &src = onTarget ? *target : *others[std::size_t(below(rng, std::int64_t(others.size())))];
        const Id code = big ? study.bigCode : codes[std::size_t(1 + below(rng, kCodes - 1))];
        const std::int64_t length = std::min<std::int64_t>(src.length, 40 + below(rng, 560));
        const std::int64_t start = below(rng, src.length - length + 1);
        auto id = project.applyCode(src.id, code, start, start + length);
        if (id)
            ++made;
        else if (id.error().kind != gw::ErrorKind::Duplicate)
            die(id.error().message);
        if (i > 10 * kSegments)
            die(QStringLiteral("cannot place the segments"));
    }
    if (auto ok = tx.commit(); !ok)
        die(ok.error().message);
    say(QStringLiteral("codes and segments: %1 + %2 in %3 s").arg(kCodes).arg(made)
            .arg(msSince(codingStart) / 1000, 0, 'f', 1));
    return study;
}

// Selects the source in ROW until the view has settled (callgrind: '*showOnce*').
[[gnu::noinline]] double showOnce(gw::MainWindow &window, int row)
{
    const auto t0 = Clock::now();
    if (!window.selectSource(row))
        die(QStringLiteral("selectSource did not show the interview"));
    settle();
    return msSince(t0);
}

// One coding pushed onto the window's undo stack, until the view has settled; in
// a function of its own so that callgrind can collect just this
// (--collect-atstart=no --toggle-collect='*applyOnce*').
[[gnu::noinline]] double applyOnce(gw::MainWindow &window, Id sourceId, Id codeId, std::int64_t start, std::int64_t end)
{
    const auto t0 = Clock::now();
    auto command = gw::ApplyCoding::make(*window.project(), sourceId, codeId, start, end);
    if (!command)
        die(command.error().message);
    window.undoStack()->push(command->release());
    settle();
    return msSince(t0);
}

QJsonObject studyJson(const Study &s)
{
    return {{QStringLiteral("target_source"), qint64(s.targetSource)}, {QStringLiteral("other_source"), qint64(s.otherSource)},
            {QStringLiteral("big_code"), qint64(s.bigCode)}, {QStringLiteral("target_words"), s.targetWords}};
}

bool copyProject(const QString &from, const QString &to)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(to + suffix);
        if (QFileInfo::exists(from + suffix) && !QFile::copy(from + suffix, to + suffix))
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QHashSeed::setDeterministicGlobalSeed();
    QApplication app(argc, argv);
    // Settings and recent projects go to a test location, not the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GroundworkBench"));
    QCoreApplication::setApplicationName(QStringLiteral("groundwork-gui-bench"));
    gw::initLogging(gw::LogTarget::Stderr);

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("corpus"), QStringLiteral("Corpus folder (generated when missing)."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Also write the figures as JSON."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("Repetitions of each measure (20)."),
                                          QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption workOption(QStringLiteral("work"), QStringLiteral("Where the project is kept (/tmp/groundwork-gui-bench)."),
                                        QStringLiteral("DIR"), QStringLiteral("/tmp/groundwork-gui-bench"));
    const QCommandLineOption rebuildOption(QStringLiteral("rebuild"), QStringLiteral("Build the project again."));
    parser.addOptions({jsonOption, repeatOption, workOption, rebuildOption});
    parser.process(app);
    const QString corpus = QFileInfo(parser.positionalArguments().value(0, gw::bench::defaultCorpusFolder())).absoluteFilePath();
    const int repeat = std::max(1, parser.value(repeatOption).toInt());

    const gw::bench::Machine m = gw::bench::machine();
    say(QStringLiteral("machine: %1 cores, %2, %3 GiB RAM, %4").arg(m.cores).arg(m.cpu).arg(m.ramGiB, 0, 'f', 1).arg(m.kernel));

    if (!QFileInfo::exists(corpus + QStringLiteral("/.groundwork-corpus"))) {
        say(QStringLiteral("no corpus in %1: generating it").arg(corpus));
        auto made = gw::bench::generateCorpus({corpus, 1.0, 20180401});
        if (!made)
            die(made.error());
        say(gw::bench::describe(*made));
    }
    const QStringList folders = {corpus + QStringLiteral("/interviews"), corpus + QStringLiteral("/observations"),
                                 corpus + QStringLiteral("/documents")};
    const int files = int(gw::filesToImport(folders).size());

    const QDir work(parser.value(workOption));
    if (!QDir().mkpath(work.path()))
        die(QStringLiteral("cannot make %1").arg(work.path()));
    const QString basePath = work.filePath(QStringLiteral("study.groundwork"));
    const QString markerPath = basePath + QStringLiteral(".marker");
    const QString key = markerKey(corpus, files);
    Study study;
    {
        QFile marker(markerPath);
        QJsonObject saved;
        if (!parser.isSet(rebuildOption) && QFileInfo::exists(basePath) && marker.open(QIODevice::ReadOnly))
            saved = QJsonDocument::fromJson(marker.readAll()).object();
        marker.close();
        if (saved.value(QStringLiteral("key")).toString() == key) {
            study.targetSource = saved.value(QStringLiteral("target_source")).toInteger();
            study.otherSource = saved.value(QStringLiteral("other_source")).toInteger();
            study.bigCode = saved.value(QStringLiteral("big_code")).toInteger();
            study.targetWords = saved.value(QStringLiteral("target_words")).toInt();
            say(QStringLiteral("reusing %1").arg(basePath));
        } else {
            QFile::remove(markerPath);
            say(QStringLiteral("building %1 from %2 (%3 files)").arg(basePath, corpus).arg(files));
            study = buildStudy(basePath, folders);
            QJsonObject out = studyJson(study);
            out.insert(QStringLiteral("key"), key);
            if (!marker.open(QIODevice::WriteOnly) || marker.write(QJsonDocument(out).toJson()) < 0)
                die(QStringLiteral("cannot write %1").arg(markerPath));
        }
    }
    const QString path = work.filePath(QStringLiteral("run.groundwork"));
    if (!copyProject(basePath, path))
        die(QStringLiteral("cannot copy %1 to %2").arg(basePath, path));

    // 1. Opening the project: a new window, openProject, shown, events settled.
    Figures opening;
    for (int i = 0; i < repeat; ++i) {
        const auto start = Clock::now();
        auto window = std::make_unique<gw::MainWindow>();
        if (auto ok = window->openProject(path); !ok)
            die(ok.error().message);
        window->show();
        settle();
        opening.ms.push_back(msSince(start));
        if (window->sourceModel()->rowCount() == 0)
            die(QStringLiteral("the source list is empty after opening"));
        window.reset();
        settle(); // deferred deletes, outside the measure
    }

    gw::MainWindow window;
    if (auto ok = window.openProject(path); !ok)
        die(ok.error().message);
    window.resize(1400, 900);
    window.show();
    settle();
    gw::Project &project = *window.project();
    const auto counts = project.counts();
    const auto codeCount = project.codes().value_or(std::vector<gw::CodeInfo>{}).size();
    const auto targetInfo = project.source(study.targetSource);
    if (!targetInfo)
        die(targetInfo.error().message);
    const auto targetSegments = project.segmentsOfSource(study.targetSource).value_or(std::vector<gw::SegmentInfo>{});
    const int targetRow = window.sourceModel()->indexOfSource(study.targetSource).row();
    const int otherRow = window.sourceModel()->indexOfSource(study.otherSource).row();
    if (targetRow < 0 || otherRow < 0)
        die(QStringLiteral("the measured sources are not in the list"));
    gw::DocumentView *view = window.documentView();

    // 2. Opening the long interview with its highlights (from another source).
    Figures showSource;
    for (int i = 0; i < repeat; ++i) {
        window.selectSource(otherRow);
        settle();
        showSource.ms.push_back(showOnce(window, targetRow));
        if (view->tintCount() != int(targetSegments.size()))
            die(QStringLiteral("the view tints %1 passages, the source has %2 segments")
                    .arg(view->tintCount()).arg(targetSegments.size()));
    }

    // 3. Applying a code through the undo stack until the view tints it.
    Figures apply;
    std::mt19937 rng(kSeed + 1);
    for (int i = 0; i < repeat; ++i) {
        const std::int64_t length = 30 + below(rng, 200);
        const std::int64_t start = below(rng, targetInfo->length - length);
        const Id code = study.bigCode + 1 + below(rng, kCodes - 1);
        const int before = view->tintCount();
        apply.ms.push_back(applyOnce(window, study.targetSource, code, start, start + length));
        if (view->tintCount() != before + 1)
            die(QStringLiteral("the view tints %1 passages after coding, not %2").arg(view->tintCount()).arg(before + 1));
    }

    // 4. Retrieving the big code's segments with their text.
    Figures retrieve;
    std::size_t retrieved = 0;
    for (int i = 0; i < repeat; ++i) {
        const auto start = Clock::now();
        auto segments = project.segmentsOfCode(study.bigCode);
        retrieve.ms.push_back(msSince(start));
        if (!segments)
            die(segments.error().message);
        retrieved = segments->size();
        if (retrieved < 2000 || segments->front().text.isEmpty())
            die(QStringLiteral("segmentsOfCode gave %1 segments").arg(retrieved));
    }

    // 5. Code All Hits of a word with about 5,000 hits, each grown to its
    //    sentence, until the window has settled; then undo it, until settled.
    const auto [word, wordHits] = gw::bench::searchWordNear(project, 5000);
    QComboBox *unit = window.documentPane()->codingUnitBox();
    unit->setCurrentIndex(unit->findText(QStringLiteral("Sentence")));
    Figures codeAll, undoAll;
    int passages = 0;
    for (int i = 0; i < std::min(repeat, 5); ++i) {
        auto code = project.addCode(QStringLiteral("Every %1 (%2)").arg(word).arg(i));
        if (!code)
            die(code.error().message);
        window.searchDock()->search(word);
        settle();
        const std::int64_t before = project.counts()->segments;
        auto t0 = Clock::now();
        auto coded = window.codeSearchHits(*code);
        settle();
        codeAll.ms.push_back(msSince(t0));
        if (!coded || project.counts()->segments != before + coded->coded)
            die(QStringLiteral("Code All Hits did not code the hits of \"%1\"").arg(word));
        passages = coded->coded;
        t0 = Clock::now();
        window.undoStack()->undo();
        settle();
        undoAll.ms.push_back(msSince(t0));
        if (project.counts()->segments != before)
            die(QStringLiteral("undoing Code All Hits left %1 segments").arg(project.counts()->segments - before));
    }

    // 6. The Analysis tab opening with a result shown: the first coded code's
    //    passages, found off the GUI thread and listed.
    Figures analysis;
    int analysisHits = 0;
    for (int i = 0; i < repeat; ++i) {
        const auto t0 = Clock::now();
        auto tab = std::make_unique<gw::AnalysisView>();
        tab->setProject(&project);
        tab->resize(1000, 700);
        tab->show();
        while (tab->runner()->isRunning() || tab->queryHits()->topLevelItemCount() == 0) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            if (msSince(t0) > 20000)
                die(QStringLiteral("the Analysis tab showed no result within 20 s: %1").arg(tab->queryStatus()->text()));
        }
        settle();
        analysis.ms.push_back(msSince(t0));
        analysisHits = tab->queryHits()->topLevelItemCount();
        tab.reset();
        settle();
    }

    say(QStringLiteral("project: %1 sources, %2 codes, %3 segments; interview \"%4\": %5 words, %6 code points, %7 segments")
            .arg(counts ? counts->interviews + counts->observations + counts->documents : 0)
            .arg(codeCount)
            .arg(counts ? counts->segments : 0)
            .arg(targetInfo->name)
            .arg(study.targetWords)
            .arg(targetInfo->length)
            .arg(targetSegments.size()));
    say(QStringLiteral("%1 repetitions each, Qt %2, platform %3\n").arg(repeat).arg(QString::fromLatin1(qVersion()),
                                                                            QGuiApplication::platformName()));
    struct Row
    {
        const char *key;
        QString what;
        const Figures &f;
        double target;
    };
    const Row rows[] = {
        {"open_project", QStringLiteral("open project, window shown"), opening, 1000},
        {"open_source", QStringLiteral("open interview + highlights"), showSource, 100},
        {"apply_code", QStringLiteral("apply a code, view shows it"), apply, 30},
        {"retrieve_segments", QStringLiteral("retrieve %1 segments + text").arg(retrieved), retrieve, 100},
        {"code_all_hits", QStringLiteral("code %1 hits of \"%2\" (%3 sentences)").arg(wordHits).arg(word).arg(passages),
         codeAll, 1000},
        {"undo_code_all_hits", QStringLiteral("undo coding %1 sentences").arg(passages), undoAll, 1000},
        {"analysis_tab", QStringLiteral("Analysis tab, %1 passages shown").arg(analysisHits), analysis, 300},
    };
    say(QStringLiteral("%1 %2 %3 %4  %5").arg(QStringLiteral("measure"), -32).arg(QStringLiteral("median ms"), 10)
            .arg(QStringLiteral("max ms"), 9).arg(QStringLiteral("target"), 8).arg(QStringLiteral("met (median)")));
    QJsonObject measures;
    for (const Row &r : rows) {
        const bool met = r.f.median() < r.target;
        say(QStringLiteral("%1 %2 %3 %4  %5").arg(r.what, -32).arg(r.f.median(), 10, 'f', 1).arg(r.f.max(), 9, 'f', 1)
                .arg(QStringLiteral("< %1").arg(r.target), 8).arg(met ? QStringLiteral("yes") : QStringLiteral("NO")));
        QJsonArray all;
        for (double v : r.f.ms)
            all.append(v);
        measures.insert(QString::fromLatin1(r.key),
                        QJsonObject{{QStringLiteral("median_ms"), r.f.median()}, {QStringLiteral("max_ms"), r.f.max()},
                                    {QStringLiteral("target_ms"), r.target}, {QStringLiteral("met"), met},
                                    {QStringLiteral("runs_ms"), all}});
    }

    if (parser.isSet(jsonOption)) {
        QJsonObject json{
            {QStringLiteral("machine"), QJsonObject{{QStringLiteral("cores"), m.cores}, {QStringLiteral("cpu"), m.cpu},
                                                     {QStringLiteral("ram_gib"), m.ramGiB}, {QStringLiteral("kernel"), m.kernel}}},
            {QStringLiteral("corpus"), corpus},
            {QStringLiteral("repeat"), repeat},
            {QStringLiteral("project"), QJsonObject{{QStringLiteral("sources"), counts ? qint64(counts->interviews + counts->observations + counts->documents) : 0},
                                                     {QStringLiteral("codes"), qint64(codeCount)},
                                                     {QStringLiteral("segments"), counts ? qint64(counts->segments) : 0},
                                                     {QStringLiteral("study"), studyJson(study)},
                                                     {QStringLiteral("interview_segments"), qint64(targetSegments.size())}}},
            {QStringLiteral("measures"), measures}};
        QFile out(parser.value(jsonOption));
        if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(json).toJson()) < 0)
            die(QStringLiteral("cannot write %1").arg(out.fileName()));
    }
    return 0;
}

// groundwork-analysis-bench: the questions of issue 18 on the study project of
// study_project.h (618 sources, 400 codes, 20,000 segments), with the corpus's
// participant sheet imported as cases (12 sites):
//
//   groundwork-analysis-bench [CORPUS] [--json FILE] [--repeat N] [--rebuild]
//
// Each measure reads the coding afresh (CodingData::load) and then answers, as
// the workbench and the CLI do, so the figures are what a researcher waits for.
// Targets: an AND query of two codes with an attribute filter under 50 ms; the
// matrix of all 400 codes by the 12 sites under 150 ms; the co-occurrence table
// of all 400 codes (same paragraph) under 500 ms. Every result is checked to be
// non-empty, so a broken query cannot look fast. Also: a sheet of 10,000
// attribute columns by 228 cases imported into an empty project under 5 s
// (adding attributes was quadratic in columns: 18 s). Search: every hit of a
// word with about 6,000 hits, with snippets, under 100 ms, and its first 50
// under 10 ms.
#include "bench_machine.h"
#include "bench_support.h"
#include "corpus.h"
#include "study_project.h"
#include "word_bank.h"
#include "core/analysis/anonymisation.h"
#include "search_word.h"

#include "core/analysis/code_cooccurrence.h"
#include "core/analysis/keyword_context.h"
#include "core/analysis/matrix.h"
#include "core/analysis/saturation.h"
#include "core/analysis/word_frequency.h"
#include "core/analysis/write_up.h"
#include "core/commands/case_edits.h"
#include "core/commands/whole_project_step.h"
#include "core/demo/demo_project.h"
#include "core/import/attribute_import.h"
#include "core/refi/import_plan.h"
#include "core/refi/import_writer.h"
#include "core/refi/qdpx_export.h"
#include "core/import/sheet.h"
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
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>

namespace {

using gw::bench::Clock;
using gw::bench::say;
using gw::bench::die;

struct Figures
{
    QString name;
    double targetMs = 0;
    std::vector<double> ms;
    QString result; // what the last run found
    [[nodiscard]] double median() const
    {
        std::vector<double> v = ms;
        std::sort(v.begin(), v.end());
        const std::size_t n = v.size();
        return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
    [[nodiscard]] double max() const { return *std::max_element(ms.begin(), ms.end()); }
};

// Times WORK (which returns what it found, or dies) REPEAT times.
void measure(Figures &f, int repeat, const std::function<QString()> &work)
{
    for (int i = 0; i < repeat; ++i) {
        const auto t0 = Clock::now();
        f.result = work();
        f.ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    }
}

std::shared_ptr<gw::CodingData> load(gw::Project &project)
{
    auto data = gw::CodingData::load(project);
    if (!data)
        die(data.error().message);
    return *data;
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
                                        QStringLiteral("DIR"), QStringLiteral("/tmp/groundwork-analysis-bench"));
    const QCommandLineOption rebuildOption(QStringLiteral("rebuild"), QStringLiteral("Build the project again."));
    parser.addOptions({jsonOption, repeatOption, workOption, rebuildOption});
    parser.process(app);
    const QString corpus =
        QFileInfo(parser.positionalArguments().value(0, gw::bench::defaultCorpusFolder())).absoluteFilePath();
    const int repeat = std::max(1, parser.value(repeatOption).toInt());

    const gw::bench::Machine m = gw::bench::machine();
    say(QStringLiteral("machine: %1 cores, %2, %3 GiB RAM, %4").arg(m.cores).arg(m.cpu).arg(m.ramGiB, 0, 'f', 1).arg(m.kernel));
    auto study = gw::bench::studyProject(corpus, parser.value(workOption), parser.isSet(rebuildOption));
    if (!study)
        die(study.error());
    const QString path = QDir(parser.value(workOption)).filePath(QStringLiteral("run.groundwork"));
    if (!gw::bench::copyProjectFile(study->path, path))
        die(QStringLiteral("cannot copy %1").arg(study->path));
    auto opened = gw::Project::open(path);
    if (!opened)
        die(opened.error().message);
    gw::Project &project = **opened;
    if (auto ok = project.setCoder(QStringLiteral("bench")); !ok)
        die(ok.error().message);

    // The participant sheet: cases with site, role, status and interview date.
    auto sheet = gw::readSheetFile(QDir(corpus).filePath(QStringLiteral("attributes.csv")));
    if (!sheet)
        die(sheet.error().message);
    auto plan = gw::planAttributes(project, *sheet, {QString(), QStringLiteral("file")});
    if (!plan || plan->refused())
        die(plan ? plan->messages(gw::SheetProblem::Severity::Refusal).join(u' ') : plan.error().message);
    // As the workbench imports it: one undo step (undone and redone below).
    const std::size_t casesBeforeSheet = project.cases().value_or(std::vector<gw::CaseInfo>{}).size();
    auto sheetStep = gw::EditCases::apply(project, QStringLiteral("Import attributes"),
                                          [&] { return gw::applyAttributes(project, *plan); });
    if (!sheetStep)
        die(sheetStep.error().message);
    (*sheetStep)->redo(); // what pushing it does: the edit is made already

    auto data = load(project);
    QStringList sites;
    for (const gw::CaseInfo &c : data->cases)
        if (const QString s = c.value(QStringLiteral("site")); !s.isEmpty() && !sites.contains(s))
            sites.append(s);
    // Two codes that share passages: the 2,000-segment code and the code most often beside it.
    const auto *big = data->code(study->bigCode);
    if (!big)
        die(QStringLiteral("the study project has no big code"));
    std::map<gw::Id, int> overlaps;
    for (const std::size_t i : data->segmentsOfCode(big->id)) {
        const gw::CodedSegment &a = data->segments[i];
        const auto [first, last] = data->segmentsOfSource(a.sourceId);
        for (std::size_t j = first; j < last; ++j)
            if (const gw::CodedSegment &b = data->segments[j];
                b.codeId != a.codeId && b.start < a.end && a.start < b.end)
                ++overlaps[b.codeId];
    }
    const auto partner = std::ranges::max_element(overlaps, {}, &std::pair<const gw::Id, int>::second);
    if (partner == overlaps.end())
        die(QStringLiteral("no code overlaps the big code"));
    const QString expression =
        QStringLiteral("\"%1\" AND \"%2\"").arg(big->name, data->code(partner->first)->name);
    say(QStringLiteral("project: %1 sources, %2 codes, %3 segments, %4 cases, %5 sites; query %6")
            .arg(data->sources.size()).arg(data->codes.size()).arg(data->segments.size())
            .arg(data->cases.size()).arg(sites.size()).arg(expression));

    Figures loading{QStringLiteral("read the coding (every segment, code, case)"), 0};
    Figures andQuery{QStringLiteral("AND query of two codes, where site = first site"), 50};
    Figures andSentence{QStringLiteral("  the same, by sentence (reads those sources' text)"), 0};
    Figures matrix{QStringLiteral("matrix: 400 codes by the 12 sites"), 150};
    Figures pairs{QStringLiteral("co-occurrence of 400 codes, same paragraph"), 500};
    Figures pairsOverlap{QStringLiteral("  the same, overlapping"), 0};

    measure(loading, repeat, [&] { return QStringLiteral("%1 segments").arg(load(project)->segments.size()); });
    gw::QueryOptions options;
    options.filters.where.push_back(*gw::parseAttributeCondition(QStringLiteral("site = %1").arg(sites.value(0))));
    const auto query = [&](gw::QueryUnit unit) {
        return [&, unit] {
            auto d = load(project);
            gw::QueryOptions o = options;
            o.unit = unit;
            auto passages = gw::runCodingQuery(*d, expression, o);
            if (!passages)
                die(passages.error().message);
            return QStringLiteral("%1 passages").arg(passages->size());
        };
    };
    measure(andQuery, repeat, query(gw::QueryUnit::Overlap));
    measure(andSentence, repeat, query(gw::QueryUnit::Sentence));
    measure(matrix, repeat, [&] {
        auto d = load(project);
        gw::MatrixSpec spec;
        if (!spec.setColumns(QStringLiteral("attribute:site")))
            die(QStringLiteral("bad columns"));
        auto built = gw::buildMatrix(project, *d, spec);
        if (!built || built->maximum() == 0)
            die(built ? QStringLiteral("the matrix is empty") : built.error().message);
        return QStringLiteral("%1 x %2").arg(built->rows.size()).arg(built->columns.size());
    });
    const auto cooccur = [&](gw::CooccurrenceUnit unit) {
        return [&, unit] {
            auto d = load(project);
            gw::CooccurrenceSpec spec;
            spec.items = gw::cooccurrenceItems(*d, gw::ItemTier::Code);
            spec.unit = unit;
            auto t = gw::codeCooccurrence(*d, spec);
            if (!t || t->pairs.empty())
                die(t ? QStringLiteral("no pairs") : t.error().message);
            return QStringLiteral("%1 pairs").arg(t->pairs.size());
        };
    };
    measure(pairs, repeat, cooccur(gw::CooccurrenceUnit::Paragraph));
    measure(pairsOverlap, repeat, cooccur(gw::CooccurrenceUnit::Overlap));

    // Full-text search of a word with about 6,000 hits.
    const QString word = gw::bench::searchWordNear(project, 6000).first;
    const auto search = [&](int limit, gw::text::CodingUnit unit) {
        return [&, limit, unit] {
            gw::SearchScope scope;
            scope.unit = unit;
            auto hits = project.search(word, limit, scope);
            if (!hits || hits->empty() || hits->front().snippet.isEmpty())
                die(hits ? QStringLiteral("no hits of %1").arg(word) : hits.error().message);
            return QStringLiteral("%1 hits of \"%2\"").arg(hits->size()).arg(word);
        };
    };
    Figures searchAll{QStringLiteral("search: every hit of a word, with snippets"), 100};
    Figures searchFirst{QStringLiteral("  the first 50"), 10};
    Figures searchSentences{QStringLiteral("  every sentence that holds it"), 0};
    measure(searchAll, repeat, search(1000000, gw::text::CodingUnit::FreeSelection));
    measure(searchFirst, repeat, search(50, gw::text::CodingUnit::FreeSelection));
    measure(searchSentences, repeat, search(1000000, gw::text::CodingUnit::Sentence));
    Figures kwic{QStringLiteral("keyword in context of that word, by left context"), 200};
    measure(kwic, repeat, [&] {
        auto lines = gw::keywordInContext(project, word, gw::KwicSort::Left, 1000000);
        if (!lines || lines->empty())
            die(lines ? QStringLiteral("no lines") : lines.error().message);
        return QStringLiteral("%1 lines").arg(lines->size());
    });

    // Word frequencies from the index: the whole project, and its interviews.
    Figures wordsAll{QStringLiteral("top 100 words of the whole project"), 500};
    Figures wordsSome{QStringLiteral("  of the interviews only"), 0};
    std::vector<gw::Id> interviews;
    for (const gw::SourceRow &s : data->sources)
        if (s.kind == gw::SourceKind::Interview)
            interviews.push_back(s.id);
    const auto topWords = [&](std::optional<std::vector<gw::Id>> sources) {
        return [&, sources] {
            gw::WordOptions o;
            o.sources = sources;
            auto w = gw::wordFrequencies(project, o);
            if (!w || w->words.size() != 100u)
                die(w ? QStringLiteral("fewer than 100 words") : w.error().message);
            return QStringLiteral("of %1 words; first \"%2\"").arg(w->totalWords).arg(w->words.front().word);
        };
    };
    measure(wordsAll, repeat, topWords(std::nullopt));
    measure(wordsSome, repeat, topWords(interviews));
    Figures wordsStemmed{QStringLiteral("  the whole project, stemmed"), 0};
    measure(wordsStemmed, std::min(repeat, 5), [&] {
        gw::WordOptions o;
        o.stem = true;
        auto w = gw::wordFrequencies(project, o);
        if (!w || w->words.size() != 100u)
            die(w ? QStringLiteral("fewer than 100 stems") : w.error().message);
        return QStringLiteral("first \"%1\" (%2 forms)").arg(w->words.front().word).arg(w->words.front().forms.size());
    });

    // The words of the 2,000-segment code: its passages, then their words.
    Figures wordsOfCode{QStringLiteral("top 100 words of the 2,000-segment code"), 200};
    measure(wordsOfCode, repeat, [&] {
        auto passages = gw::runCodingQuery(*data, QStringLiteral("\"%1\"").arg(big->name), gw::QueryOptions{});
        if (!passages)
            die(passages.error().message);
        gw::WordOptions o;
        o.passages = std::move(*passages);
        auto w = gw::wordFrequencies(project, o);
        if (!w || w->words.empty())
            die(w ? QStringLiteral("no words") : w.error().message);
        return QStringLiteral("%1 passages, %2 words").arg(o.passages->size()).arg(w->totalWords);
    });

    // Saturation: every code's first source, in import order.
    Figures saturationAll{QStringLiteral("saturation of every code over every source"), 100};
    measure(saturationAll, repeat, [&] {
        auto s = gw::saturation(*data, gw::SaturationSpec{});
        if (!s)
            die(s.error().message);
        return QStringLiteral("%1 sources, %2 codes").arg(s->steps.size()).arg(s->steps.empty() ? 0 : s->steps.back().cumulative);
    });

    // The write-up: 8 dimensions of 5 themes, the codes placed 10 a theme, two
    // exemplars a theme; the quote report (2 segments a code) and the codebook.
    {
        std::vector<gw::Id> themes;
        for (int d = 0; d < 8; ++d) {
            auto dimension = project.addDimension(QStringLiteral("Dimension %1").arg(d + 1));
            if (!dimension)
                die(dimension.error().message);
            for (int t = 0; t < 5; ++t) {
                auto theme = project.addTheme(QStringLiteral("Theme %1.%2").arg(d + 1).arg(t + 1));
                if (!theme || !project.placeTheme(*theme, *dimension))
                    die(QStringLiteral("cannot make theme %1.%2").arg(d + 1).arg(t + 1));
                themes.push_back(*theme);
            }
        }
        std::map<gw::Id, int> exemplars;
        int placed = 0;
        for (const gw::CodeRow &c : data->codes) {
            const gw::Id theme = themes[std::size_t(placed++ / 10) % themes.size()];
            if (auto ok = project.placeCode(c.id, theme); !ok)
                die(ok.error().message);
            if (const auto &segments = data->segmentsOfCode(c.id); !segments.empty() && exemplars[theme] < 2) {
                if (auto ok = project.addExemplar(theme, data->segments[segments.front()].id); !ok)
                    die(ok.error().message);
                ++exemplars[theme];
            }
        }
    }
    Figures quotes{QStringLiteral("quote report: 40 themes, 2 segments a code"), 1000};
    measure(quotes, std::min(repeat, 5), [&] {
        gw::QuoteReportOptions o;
        o.segmentsPerCode = 2;
        auto doc = gw::quoteReport(project, o);
        if (!doc)
            die(doc.error().message);
        auto bytes = gw::documentBytes(*doc, gw::DocumentFormat::Odt, QStringLiteral("quotes.odt"));
        if (!bytes)
            die(bytes.error().message);
        return QStringLiteral("%1 blocks, %2 KiB as odt").arg(doc->blocks.size()).arg(bytes->size() / 1024);
    });
    Figures codebook{QStringLiteral("codebook document of every code"), 1000};
    measure(codebook, std::min(repeat, 5), [&] {
        auto doc = gw::codebookDocument(project);
        if (!doc)
            die(doc.error().message);
        auto bytes = gw::documentBytes(*doc, gw::DocumentFormat::Odt, QStringLiteral("codebook.odt"));
        if (!bytes)
            die(bytes.error().message);
        return QStringLiteral("%1 blocks, %2 KiB as odt").arg(doc->blocks.size()).arg(bytes->size() / 1024);
    });

    // Removing a source with 300 segments (and its memos, turns, case links),
    // then undoing it, each run: the source with the most segments, topped up
    // to 300 with one batch of its own words.
    Figures removeSource{QStringLiteral("remove a source with 300 segments"), 100};
    Figures restoreSource{QStringLiteral("  undo it (every row put back)"), 100};
    {
        auto all = project.sources();
        if (!all || all->empty())
            die(QStringLiteral("no sources"));
        const gw::SourceInfo busiest = *std::ranges::max_element(*all, {}, &gw::SourceInfo::segmentCount);
        std::vector<gw::SegmentInfo> more;
        for (std::int64_t k = busiest.segmentCount; k < 300; ++k) {
            gw::SegmentInfo s;
            s.sourceId = busiest.id;
            s.start = (k * 97) % std::max<std::int64_t>(1, busiest.length - 60);
            s.end = s.start + 40;
            more.push_back(s);
        }
        if (!more.empty())
            if (auto ok = project.applyCodes(big->id, more); !ok)
                die(ok.error().message);
        const std::int64_t segments = project.source(busiest.id)->segmentCount;
        for (int i = 0; i < repeat; ++i) {
            const auto t0 = Clock::now();
            auto removal = project.removeSources({busiest.id});
            const auto t1 = Clock::now();
            if (!removal)
                die(removal.error().message);
            if (auto ok = project.restoreSources(*removal); !ok)
                die(ok.error().message);
            const auto t2 = Clock::now();
            removeSource.ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
            restoreSource.ms.push_back(std::chrono::duration<double, std::milli>(t2 - t1).count());
            removeSource.result = QStringLiteral("%1 segments, %2 turns, %3 case links")
                                      .arg(removal->segments).arg(removal->turns).arg(removal->caseLinks);
            if (project.source(busiest.id)->segmentCount != segments)
                die(QStringLiteral("the undo did not put every segment back"));
        }
        restoreSource.result = QStringLiteral("%1 segments back").arg(segments);
    }

    // Undoing an import of every source (the study's 618 files) and redoing it:
    // what ImportedSources does, each source with all that hangs on it since.
    Figures undoImport{QStringLiteral("undo an import of all 618 sources"), 0};
    Figures redoImport{QStringLiteral("  redo it"), 0};
    {
        auto all = project.sources();
        if (!all)
            die(all.error().message);
        std::vector<gw::Id> ids;
        for (const gw::SourceInfo &s : *all)
            ids.push_back(s.id);
        for (int i = 0; i < std::min(repeat, 3); ++i) {
            const auto t0 = Clock::now();
            auto removal = project.removeSources(ids, QStringLiteral("undo import"));
            const auto t1 = Clock::now();
            if (!removal)
                die(removal.error().message);
            if (auto ok = project.restoreSources(*removal, QStringLiteral("redo import")); !ok)
                die(ok.error().message);
            const auto t2 = Clock::now();
            undoImport.ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
            redoImport.ms.push_back(std::chrono::duration<double, std::milli>(t2 - t1).count());
            undoImport.result = QStringLiteral("%1 sources, %2 segments, %3 turns").arg(ids.size()).arg(removal->segments).arg(removal->turns);
            redoImport.result = QStringLiteral("%1 sources back").arg(ids.size());
        }
    }

    // Undoing the participant sheet's import and redoing it (EditCases puts the
    // case rows back as they were before and after).
    Figures undoSheet{QStringLiteral("undo the participant sheet's import"), 0};
    Figures redoSheet{QStringLiteral("  redo it"), 0};
    {
        const auto cases = project.cases();
        for (int i = 0; i < std::min(repeat, 3); ++i) {
            const auto t0 = Clock::now();
            (*sheetStep)->undo();
            const auto t1 = Clock::now();
            if (project.cases().value_or(std::vector<gw::CaseInfo>{}).size() != casesBeforeSheet)
                die(QStringLiteral("undoing the sheet did not take its cases out"));
            (*sheetStep)->redo();
            const auto t2 = Clock::now();
            undoSheet.ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
            redoSheet.ms.push_back(std::chrono::duration<double, std::milli>(t2 - t1).count());
            if (project.cases().value_or(std::vector<gw::CaseInfo>{}).size() != cases->size())
                die(QStringLiteral("redoing the sheet did not bring every case back"));
            undoSheet.result = QStringLiteral("%1 cases and their values and links").arg(cases->size());
            redoSheet.result = QStringLiteral("%1 cases back").arg(cases->size());
        }
    }

    // Undoing a REFI-QDA merge (the demo study's .qdpx merged into the study,
    // as File > Import REFI-QDA does): the step copies the whole project aside
    // before and after, and undo or redo copies it back.
    Figures mergeRefi{QStringLiteral("merge a .qdpx (the demo study) as one undo step"), 0};
    Figures undoRefi{QStringLiteral("  undo it (the whole project copied back)"), 0};
    Figures redoRefi{QStringLiteral("  redo it"), 0};
    {
        const QDir work(parser.value(workOption));
        const QString demoPath = work.filePath(QStringLiteral("demo.groundwork")), qdpx = work.filePath(QStringLiteral("demo.qdpx"));
        QFile::remove(demoPath);
        QFile::remove(qdpx);
        {
            auto demo = gw::createDemoProject(demoPath);
            if (!demo)
                die(demo.error().message);
            if (auto ok = gw::refi::exportQdpx(**demo, qdpx); !ok)
                die(ok.error().message);
        }
        auto refiPlan = gw::refi::planImport(qdpx);
        if (!refiPlan)
            die(refiPlan.error().message);
        const auto before = project.counts();
        for (int i = 0; i < std::min(repeat, 3); ++i) {
            gw::refi::WriteReport report;
            const auto t0 = Clock::now();
            auto step = gw::WholeProjectStep::apply(project, QStringLiteral("Merge demo.qdpx"), [&]() -> gw::Status {
                auto written = gw::refi::writeImport(project, *refiPlan);
                if (!written)
                    return std::unexpected(written.error());
                report = *written;
                return {};
            });
            const auto t1 = Clock::now();
            if (!step)
                die(step.error().message);
            (*step)->redo(); // what pushing it does: the edit is made already
            (*step)->undo();
            const auto t2 = Clock::now();
            if (project.counts()->segments != before->segments || project.counts()->sources() != before->sources())
                die(QStringLiteral("undoing the merge did not put the project back"));
            (*step)->redo();
            const auto t3 = Clock::now();
            (*step)->undo(); // the next run merges into the study as it was
            mergeRefi.ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
            undoRefi.ms.push_back(std::chrono::duration<double, std::milli>(t2 - t1).count());
            redoRefi.ms.push_back(std::chrono::duration<double, std::milli>(t3 - t2).count());
            mergeRefi.result = QStringLiteral("%1 sources, %2 segments added").arg(report.sourcesAdded).arg(report.segmentsAdded);
            undoRefi.result = QStringLiteral("%1 sources, %2 segments as before").arg(before->sources()).arg(before->segments);
            redoRefi.result = QStringLiteral("the merge back");
        }
    }

    // Anonymising: twelve names (people's, with letters outside ASCII) found in
    // every source and replaced, each segment carried along, in one transaction;
    // then undone. Each run finds them anew, as the preview does.
    Figures anonymise{QStringLiteral("anonymise 12 names across every source"), 5000};
    Figures anonymiseUndo{QStringLiteral("  undo it (every text and segment put back)"), 5000};
    {
        std::vector<gw::AnonymousName> names;
        for (const QString &n : gw::bench::wordBank().names.first(12))
            names.push_back({n, {}});
        for (int i = 0; i < std::min(repeat, 3); ++i) {
            const auto t0 = Clock::now();
            auto found = gw::planAnonymisation(project, names);
            if (!found)
                die(found.error().message);
            auto change = project.editSourceTexts(gw::anonymisationEdits(*found), QStringLiteral("anonymise"), {});
            if (!change)
                die(change.error().message);
            const auto t1 = Clock::now();
            if (auto ok = project.restoreSourceTexts(*change, QStringLiteral("anonymise.undo")); !ok)
                die(ok.error().message);
            const auto t2 = Clock::now();
            anonymise.ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
            anonymiseUndo.ms.push_back(std::chrono::duration<double, std::milli>(t2 - t1).count());
            anonymise.result = QStringLiteral("%1 replacements in %2 sources; %3 segments had a name inside")
                                   .arg(found->hits.size())
                                   .arg(change->before.size())
                                   .arg(change->touchedSegments.size());
            anonymiseUndo.result = QStringLiteral("%1 sources back").arg(change->before.size());
        }
    }

    // A wide sheet (every column an attribute), each run into a new project.
    constexpr int kColumns = 10000, kCases = 228;
    gw::Sheet wide;
    wide.header.append(QStringLiteral("participant"));
    for (int c = 1; c < kColumns; ++c)
        wide.header.append(QStringLiteral("item %1").arg(c));
    for (int r = 0; r < kCases; ++r) {
        QStringList row{QStringLiteral("P%1").arg(r + 1)};
        for (int c = 1; c < kColumns; ++c)
            row.append(c % 3 == 0 ? QString::number((r * c) % 97) : QStringLiteral("answer %1").arg((r + c) % 5));
        wide.rows.append(row);
    }
    Figures wideSheet{QStringLiteral("sheet of 10,000 attribute columns by 228 cases"), 5000};
    int wideRun = 0;
    measure(wideSheet, std::min(repeat, 3), [&] {
        const QString file = QDir(parser.value(workOption)).filePath(QStringLiteral("wide-%1.groundwork").arg(++wideRun));
        QFile::remove(file);
        auto empty = gw::Project::create(file);
        if (!empty)
            die(empty.error().message);
        auto widePlan = gw::planAttributes(**empty, wide, {});
        if (!widePlan || widePlan->refused())
            die(widePlan ? widePlan->messages(gw::SheetProblem::Severity::Refusal).join(u' ') : widePlan.error().message);
        if (auto ok = gw::applyAttributes(**empty, *widePlan); !ok)
            die(ok.error().message);
        auto attributes = (*empty)->attributes();
        if (!attributes || attributes->size() != std::size_t(kColumns - 1))
            die(QStringLiteral("the wide sheet did not give %1 attributes").arg(kColumns - 1));
        return QStringLiteral("%1 attributes").arg(attributes->size());
    });

    QJsonArray json;
    bool met = true;
    for (const Figures *f : {&loading, &andQuery, &andSentence, &matrix, &pairs, &pairsOverlap, &searchAll, &searchFirst,
                             &searchSentences, &kwic, &wordsAll, &wordsSome, &wordsStemmed, &wordsOfCode, &saturationAll, &quotes,
                             &codebook, &removeSource, &restoreSource, &undoImport, &redoImport, &undoSheet, &redoSheet, &mergeRefi, &undoRefi, &redoRefi, &anonymise,
                             &anonymiseUndo, &wideSheet}) {
        const bool ok = f->targetMs <= 0 || f->median() <= f->targetMs;
        met = met && ok;
        say(QStringLiteral("%1: median %2 ms, max %3 ms (%4)%5")
                .arg(f->name.leftJustified(58))
                .arg(f->median(), 0, 'f', 1)
                .arg(f->max(), 0, 'f', 1)
                .arg(f->result)
                .arg(f->targetMs > 0 ? QStringLiteral("  target %1 ms: %2").arg(f->targetMs).arg(ok ? u"met" : u"MISSED")
                                     : QString()));
        json.append(QJsonObject{{QStringLiteral("name"), f->name.trimmed()}, {QStringLiteral("median_ms"), f->median()},
                                {QStringLiteral("max_ms"), f->max()}, {QStringLiteral("target_ms"), f->targetMs},
                                {QStringLiteral("result"), f->result}});
    }
    say(QStringLiteral("peak resident memory: %1 MiB").arg(double(gw::bench::maxRssKiB()) / 1024, 0, 'f', 0));
    if (parser.isSet(jsonOption)) {
        QSaveFile out(parser.value(jsonOption));
        if (!out.open(QIODevice::WriteOnly))
            die(out.errorString());
        out.write(QJsonDocument(QJsonObject{{QStringLiteral("measures"), json}, {QStringLiteral("repeat"), repeat}})
                      .toJson());
        if (!out.commit())
            die(out.errorString());
    }
    if (!met)
        say(QStringLiteral("some targets were missed (see above)"));
    return 0; // figures are reported, not judged
}

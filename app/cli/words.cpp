// words -p F [--top N] [--min-length N] [--all-words] [--stop-words W,W] [filters] [-o FILE] [--json]:
// the most frequent words, from the full-text index's vocabulary.
#include "app/cli/analysis_support.h"
#include "app/cli/verbs.h"
#include "core/analysis/word_frequency.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace gw::cli {

namespace {

Table wordTable(const WordFrequencies &f)
{
    Table t;
    t.name = QStringLiteral("Words");
    t.caption = QStringLiteral("Most frequent words (of %1 words)").arg(QLocale(QLocale::English).toString(qlonglong(f.totalWords)));
    t.header = {QStringLiteral("Word"), QStringLiteral("Count"), QStringLiteral("% of words"), QStringLiteral("Sources")};
    for (const WordCount &w : f.words)
        t.rows.push_back({TableCell{cleanedCellText(w.word), 1}, TableCell{QString::number(w.count), 1},
                          TableCell{QLocale::c().toString(w.percent, 'f', 2), 1}, TableCell{QString::number(w.sources), 1}});
    t.columnShares = {3, 1, 1, 1};
    return t;
}

class WordsVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("words"); }
    QString summary() const override { return QStringLiteral("The most frequent words of the project or of some sources."); }
    QString description() const override
    {
        return QStringLiteral(
            "The most frequent words, read from the full-text index: lower case, without\n"
            "diacritics, a placeholder such as [site_A] one word. English and German stop words\n"
            "are left out unless --all-words; --stop-words adds more; numbers are always left\n"
            "out. --where, --kind, --sources and --cases choose the sources as for query. Each\n"
            "word with its count, its share of all words counted, and how many sources hold it.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addOption({QStringLiteral("top"), QStringLiteral("How many words (default 100)."), QStringLiteral("N"),
                          QStringLiteral("100")});
        parser.addOption({QStringLiteral("min-length"), QStringLiteral("Shortest word counted (default 3)."),
                          QStringLiteral("N"), QStringLiteral("3")});
        parser.addOption({QStringLiteral("all-words"), QStringLiteral("Keep the stop words.")});
        parser.addOption({QStringLiteral("stop-words"), QStringLiteral("More words to leave out (comma-separated)."),
                          QStringLiteral("WORDS")});
        addFilterOptions(parser, false, FilterSet::Sources);
        addOutputOption(parser, QStringLiteral("md, tex, html, csv, odt, xlsx"));
    }
    int run(const QCommandLineParser &parser, Io &io) const override
    {
        WordOptions options;
        bool topOk = false, lengthOk = false;
        options.top = parser.value(QStringLiteral("top")).toInt(&topOk);
        options.minLength = parser.value(QStringLiteral("min-length")).toInt(&lengthOk);
        if (!topOk || options.top <= 0 || !lengthOk || options.minLength <= 0) {
            io.err << "groundwork-cli words: --top and --min-length are positive numbers.\n";
            return Usage;
        }
        options.stopWords = !parser.isSet(QStringLiteral("all-words"));
        options.moreStopWords = parser.value(QStringLiteral("stop-words")).split(u',', Qt::SkipEmptyParts);
        const auto filters = readQueryOptions(parser, io, name(), false, FilterSet::Sources);
        if (!filters)
            return Usage;
        auto project = openProject(parser, io, Access::Read);
        if (!project)
            return Usage;
        auto sources = sourcesWithin(*project, filters->filters);
        if (!sources)
            return reportAnalysisError(io, sources.error());
        options.sources = std::move(*sources);
        auto words = wordFrequencies(*project, options);
        if (!words)
            return reportError(io, words.error());
        const QString out = parser.value(QStringLiteral("output"));
        if (!out.isEmpty())
            if (const int written = writeTableOutput(wordTable(*words), out, io, name()); written != Ok)
                return written;
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray list;
            for (const WordCount &w : words->words)
                list.append(QJsonObject{{QStringLiteral("word"), w.word},
                                        {QStringLiteral("count"), qint64(w.count)},
                                        {QStringLiteral("percent"), w.percent},
                                        {QStringLiteral("sources"), w.sources}});
            writeJson(io, QJsonDocument(QJsonObject{{QStringLiteral("totalWords"), qint64(words->totalWords)},
                                                    {QStringLiteral("words"), list}}));
            return Ok;
        }
        if (!out.isEmpty()) {
            io.out << "Wrote " << words->words.size() << " words to " << out << ".\n";
            return Ok;
        }
        io.out << words->words.size() << " most frequent of " << words->totalWords << " words\n";
        for (const WordCount &w : words->words)
            io.out << w.word.leftJustified(24, u' ', true) << '\t' << w.count << '\t'
                   << QLocale::c().toString(w.percent, 'f', 2) << "%\t" << w.sources
                   << (w.sources == 1 ? " source\n" : " sources\n");
        return Ok;
    }
};

} // namespace

std::unique_ptr<Verb> makeWordsVerb() { return std::make_unique<WordsVerb>(); }

} // namespace gw::cli

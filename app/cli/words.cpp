// words -p F [--top N] [--min-length N] [--all-words] [--stop-words W,W] [filters]
//       [--code EXPRESSION | --query NAME] [-o FILE] [--json]:
// the most frequent words of the project, of some sources, or of the passages
// a code (theme, dimension, or any coding query) or a saved query finds.
#include "app/cli/analysis_support.h"
#include "app/cli/verbs.h"
#include "core/analysis/saved_queries.h"
#include "core/analysis/word_frequency.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace gw::cli {

namespace {

class WordsVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("words"); }
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::words",
                                           "The most frequent words of the project or of some sources.");
    }
    QString description() const override
    {
        return QCoreApplication::translate(
            "gw::cli::words",
            "The most frequent words, read from the full-text index: lower case, without\n"
            "diacritics, a placeholder such as [site_A] one word. English and German stop words\n"
            "are left out unless --all-words; --stop-words adds more; numbers are always left\n"
            "out, and so are the words of the transcripts' speaker labels unless --speaker-labels. --where, --kind, --sources and --cases choose the sources as for query.\n"
            "--code counts the words of one code's segments (or a theme's, a dimension's, or\n"
            "the passages of any query expression) within those sources; --query those of a\n"
            "saved query's passages, with its own filters. --stem counts words with the same\n"
            "English stem together (shown as the most frequent). Each word with its count, its\n"
            "share of all words counted, and how many sources hold it.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addOption({QStringLiteral("top"),
                          QCoreApplication::translate("gw::cli::words", "How many words (default 100)."),
                          QStringLiteral("N"), QStringLiteral("100")});
        parser.addOption({QStringLiteral("min-length"),
                          QCoreApplication::translate("gw::cli::words", "Shortest word counted (default 3)."),
                          QStringLiteral("N"), QStringLiteral("3")});
        parser.addOption(
            {QStringLiteral("all-words"), QCoreApplication::translate("gw::cli::words", "Keep the stop words.")});
        parser.addOption({QStringLiteral("stem"),
                          QCoreApplication::translate("gw::cli::words", "Count words with the same English stem "
                                                                        "together (supplier, suppliers).")});
        parser.addOption({QStringLiteral("speaker-labels"),
                          QCoreApplication::translate("gw::cli::words",
                                                      "Count the transcripts' speaker labels (left out by default).")});
        parser.addOption({QStringLiteral("stop-words"),
                          QCoreApplication::translate("gw::cli::words", "More words to leave out (comma-separated)."),
                          QStringLiteral("WORDS")});
        addFilterOptions(parser, false, FilterSet::Sources);
        parser.addOption({QStringLiteral("code"),
                          QCoreApplication::translate("gw::cli::words", "Only the segments of this code, theme or "
                                                                        "dimension (or query expression)."),
                          QStringLiteral("EXPRESSION")});
        parser.addOption({QStringLiteral("query"),
                          QCoreApplication::translate("gw::cli::words", "Only the passages of this saved query."),
                          QStringLiteral("NAME")});
        addOutputOption(parser, QStringLiteral("md, tex, html, csv, odt, xlsx")); // data
    }
    int run(const QCommandLineParser &parser, Io &io) const override
    {
        WordOptions options;
        bool topOk = false, lengthOk = false;
        options.top = parser.value(QStringLiteral("top")).toInt(&topOk);
        options.minLength = parser.value(QStringLiteral("min-length")).toInt(&lengthOk);
        if (!topOk || options.top <= 0 || !lengthOk || options.minLength <= 0) {
            io.err << QCoreApplication::translate("gw::cli::words", "groundwork-cli words: --top and --min-length "
                                                                    "are positive numbers.\n");
            return Usage;
        }
        options.stopWords = !parser.isSet(QStringLiteral("all-words"));
        options.speakerLabels = parser.isSet(QStringLiteral("speaker-labels"));
        options.stem = parser.isSet(QStringLiteral("stem"));
        options.moreStopWords = parser.value(QStringLiteral("stop-words")).split(u',', Qt::SkipEmptyParts);
        const QString code = parser.value(QStringLiteral("code")).trimmed();
        const QString queryName = parser.value(QStringLiteral("query")).trimmed();
        if (!code.isEmpty() && !queryName.isEmpty()) {
            io.err << QCoreApplication::translate("gw::cli::words",
                                                  "groundwork-cli words: give --code or --query, not both.\n");
            return Usage;
        }
        auto filters = readQueryOptions(parser, io, name(), false, FilterSet::Sources);
        if (!filters)
            return Usage;
        auto project = openProject(parser, io, Access::Read);
        if (!project)
            return Usage;
        if (!code.isEmpty() || !queryName.isEmpty()) {
            QString expression = code;
            if (!queryName.isEmpty()) {
                auto saved = savedQuery(*project, queryName);
                if (!saved)
                    return reportError(io, saved.error(), Usage);
                expression = saved->expression;
                filters = saved->options;
            }
            auto data = CodingData::load(*project);
            if (!data)
                return reportError(io, data.error());
            auto passages = runCodingQuery(**data, expression, *filters);
            if (!passages)
                return reportAnalysisError(io, passages.error());
            options.passages = std::move(*passages);
        } else {
            auto sources = sourcesWithin(*project, filters->filters);
            if (!sources)
                return reportAnalysisError(io, sources.error());
            options.sources = std::move(*sources);
        }
        auto words = wordFrequencies(*project, options);
        if (!words)
            return reportError(io, words.error());
        const QString out = parser.value(QStringLiteral("output"));
        if (!out.isEmpty())
            if (const int written = writeTableOutput(wordFrequencyTable(*words), out, io, name()); written != Ok)
                return written;
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray list;
            for (const WordCount &w : words->words)
                list.append(QJsonObject{{QStringLiteral("word"), w.word},
                                        {QStringLiteral("count"), qint64(w.count)},
                                        {QStringLiteral("percent"), w.percent},
                                        {QStringLiteral("sources"), w.sources},
                                        {QStringLiteral("forms"), QJsonArray::fromStringList(w.forms)}});
            writeJson(io, QJsonDocument(QJsonObject{{QStringLiteral("totalWords"), qint64(words->totalWords)},
                                                    {QStringLiteral("words"), list}}));
            return Ok;
        }
        if (!out.isEmpty()) {
            io.out << QCoreApplication::translate("gw::cli::words", "Wrote %1 words to %2.\n")
                          .arg(QString::number(words->words.size()), out);
            return Ok;
        }
        io.out << QCoreApplication::translate("gw::cli::words", "%1 most frequent of %2 words\n")
                      .arg(QString::number(words->words.size()), QString::number(words->totalWords));
        for (const WordCount &w : words->words) {
            const QString held = (w.sources == 1 ? QCoreApplication::translate("gw::cli::words", "%1 source")
                                                 : QCoreApplication::translate("gw::cli::words", "%1 sources"))
                                     .arg(w.sources);
            io.out << w.word.leftJustified(24, u' ', true) << '\t' << w.count << '\t'
                   << QLocale::c().toString(w.percent, 'f', 2) << "%\t" << held << '\n';
        }
        return Ok;
    }
};

} // namespace

std::unique_ptr<Verb> makeWordsVerb() { return std::make_unique<WordsVerb>(); }

} // namespace gw::cli

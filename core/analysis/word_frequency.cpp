#include "core/analysis/word_frequency.h"

#include "core/model/project.h"
#include "core/store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <algorithm>
#include <map>
#include <set>

namespace gw {

namespace {

QString jsonList(const QStringList &items)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(items)).toJson(QJsonDocument::Compact));
}

// The index's vocabulary, by column and by instance, as temporary tables of
// this connection (a reading connection may make temporary tables).
Status ensureVocabulary(Database &db)
{
    for (const QString &sql :
         {QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.gw_vocab_col USING fts5vocab(main, 'source_fts', 'col')"),
          QStringLiteral(
              "CREATE VIRTUAL TABLE IF NOT EXISTS temp.gw_vocab_instance USING fts5vocab(main, 'source_fts', 'instance')")})
        if (auto ok = db.exec(sql); !ok)
            return ok;
    return {};
}

// Puts the text of PASSAGES into a temporary index with source_fts's tokenizer
// (migrations/0007_search_tokens.sql), made anew for each count, and its
// vocabulary by instance.
Status fillPassageIndex(Database &db, const std::vector<Passage> &passages)
{
    for (const QString &sql :
         {QStringLiteral("DROP TABLE IF EXISTS temp.gw_passage_vocab"), QStringLiteral("DROP TABLE IF EXISTS temp.gw_passage_fts"),
          QStringLiteral("CREATE VIRTUAL TABLE temp.gw_passage_fts USING fts5(text, source UNINDEXED, "
                         "tokenize='unicode61 remove_diacritics 2 tokenchars ''_''')"),
          QStringLiteral("CREATE VIRTUAL TABLE temp.gw_passage_vocab USING fts5vocab(temp, 'gw_passage_fts', 'instance')")})
        if (auto ok = db.exec(sql); !ok)
            return ok;
    QStringList spans;
    spans.reserve(qsizetype(passages.size()));
    for (const Passage &p : passages)
        spans.append(QStringLiteral("[%1,%2,%3]").arg(p.sourceId).arg(p.start).arg(p.end));
    auto insert = db.prepare(QStringLiteral(
        "INSERT INTO temp.gw_passage_fts(text, source) "
        "SELECT substr(s.text, json_extract(j.value, '$[1]') + 1, json_extract(j.value, '$[2]') - json_extract(j.value, '$[1]')), s.id "
        "FROM json_each(?1) AS j JOIN sources AS s ON s.id = json_extract(j.value, '$[0]')"));
    if (!insert)
        return std::unexpected(insert.error());
    insert->bind(1, QStringLiteral("[%1]").arg(spans.join(u',')));
    if (auto done = insert->step(); !done)
        return std::unexpected(done.error());
    return {};
}

// The English (Porter) stem of each of TERMS, by SQLite's own stemmer: each
// term a row of a temporary index whose tokenizer stems; its vocabulary says
// which stem each row holds.
Result<std::vector<QString>> stemsOf(Database &db, const QStringList &terms)
{
    for (const QString &sql :
         {QStringLiteral("DROP TABLE IF EXISTS temp.gw_stem_vocab"), QStringLiteral("DROP TABLE IF EXISTS temp.gw_stem_fts"),
          QStringLiteral("CREATE VIRTUAL TABLE temp.gw_stem_fts USING fts5(term, "
                         "tokenize='porter unicode61 remove_diacritics 2 tokenchars ''_''')"),
          QStringLiteral("CREATE VIRTUAL TABLE temp.gw_stem_vocab USING fts5vocab(temp, 'gw_stem_fts', 'instance')")})
        if (auto ok = db.exec(sql); !ok)
            return std::unexpected(ok.error());
    auto insert = db.prepare(
        QStringLiteral("INSERT INTO temp.gw_stem_fts(rowid, term) SELECT key + 1, value FROM json_each(?1)"));
    if (!insert)
        return std::unexpected(insert.error());
    insert->bind(1, jsonList(terms));
    if (auto done = insert->step(); !done)
        return std::unexpected(done.error());
    std::vector<QString> stems(std::size_t(terms.size()));
    for (qsizetype i = 0; i < terms.size(); ++i)
        stems[std::size_t(i)] = terms[i]; // a term the stemmer drops stays itself
    auto read = db.prepare(QStringLiteral("SELECT term, doc FROM temp.gw_stem_vocab"));
    if (!read)
        return std::unexpected(read.error());
    for (;;) {
        auto row = read->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        const std::int64_t doc = read->int64(1);
        if (doc >= 1 && doc <= terms.size())
            stems[std::size_t(doc - 1)] = read->text(0);
    }
    return stems;
}

// TEXT's words as the index folds them: lower case, without diacritics.
QStringList indexWords(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}_]+"));
    static const QRegularExpression marks(QStringLiteral("\\p{Mn}"));
    QStringList out;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        QString w = it.next().captured().toLower().normalized(QString::NormalizationForm_D);
        out.append(w.remove(marks));
    }
    return out;
}

} // namespace

const QStringList &defaultStopWords()
{
    // Function words of English and German, as the index folds them (no
    // diacritics: "fur", "uber", "dass").
    static const QStringList words = QStringLiteral(
        "a about above after again against all also am an and any are aren as at be because been before being "
        "below between both but by can cannot could couldn did didn do does doesn doing don down during each "
        "even ever few for from further get got had hadn has hasn have haven having he her here hers herself "
        "him himself his how however i if in into is isn it its itself just let like ll me more most much "
        "must mustn my myself no nor not now of off on once one only or other ought our ours ourselves out "
        "over own quite re really same say said shall shan she should shouldn so some such than that the "
        "their theirs them themselves then there these they this those though through to too under until "
        "up us ve very was wasn we well were weren what when where whether which while who whom why will "
        "with won would wouldn yeah yes you your yours yourself yourselves um uh erm okay ok "
        "aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes auch "
        "auf aus bei bin bis bist da damit dann das dass dein deine dem den denn der des dessen dich die dies "
        "diese diesem diesen dieser dieses dir doch dort du durch ein eine einem einen einer eines einig "
        "einige er es etwas euch euer eure fur gegen gewesen hab habe haben hat hatte hatten hier hin hinter "
        "ich ihm ihn ihnen ihr ihre im in indem ins ist ja jede jedem jeden jeder jedes jene jetzt kann kein "
        "keine konnen konnte machen man manche mein meine mich mir mit muss musste nach nicht nichts noch nun "
        "nur ob oder ohne sehr sein seine selbst sich sie sind so solche soll sollte sondern sonst uber um "
        "und uns unser unter viel vom von vor wahrend war waren warst was weg weil weiter welche wenn werde "
        "werden wie wieder will wir wird wirst wo wollen wollte wurde wurden zu zum zur zwar zwischen")
                                          .split(u' ', Qt::SkipEmptyParts);
    return words;
}

namespace {

// The words of STMT's rows (word, source, count), counted by stem: each stem
// shown as its most frequent word, its sources those of any of its words.
Result<WordFrequencies> stemmedWords(Database &db, Statement &stmt, const WordOptions &options, std::int64_t total)
{
    struct Term
    {
        std::int64_t count = 0;
        std::vector<std::int64_t> sources;
    };
    std::map<QString, Term> terms;
    for (;;) {
        auto row = stmt.step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        Term &t = terms[stmt.text(0)];
        t.count += stmt.int64(2);
        t.sources.push_back(stmt.int64(1));
    }
    QStringList names;
    names.reserve(qsizetype(terms.size()));
    for (const auto &[name, t] : terms)
        names.append(name);
    auto stems = stemsOf(db, names);
    if (!stems)
        return std::unexpected(stems.error());
    struct Stem
    {
        std::int64_t count = 0;
        std::set<std::int64_t> sources;
        std::vector<std::pair<std::int64_t, QString>> forms;
    };
    std::map<QString, Stem> byStem;
    std::size_t i = 0;
    for (const auto &[name, t] : terms) {
        Stem &s = byStem[(*stems)[i++]];
        s.count += t.count;
        s.sources.insert(t.sources.begin(), t.sources.end());
        s.forms.emplace_back(t.count, name);
    }
    WordFrequencies out;
    out.totalWords = total;
    for (auto &[stem, s] : byStem) {
        std::ranges::sort(s.forms, [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        });
        WordCount w;
        for (const auto &[count, form] : s.forms)
            w.forms.append(form);
        w.word = w.forms.front();
        w.count = s.count;
        w.sources = int(s.sources.size());
        w.percent = total > 0 ? 100.0 * double(w.count) / double(total) : 0;
        out.words.push_back(std::move(w));
    }
    std::ranges::sort(out.words, [](const WordCount &a, const WordCount &b) {
        return a.count != b.count ? a.count > b.count : a.word < b.word;
    });
    if (out.words.size() > std::size_t(std::max(1, options.top)))
        out.words.resize(std::size_t(std::max(1, options.top)));
    return out;
}

} // namespace

QString wordSearchQuery(const WordCount &word)
{
    QStringList phrases;
    for (const QString &form : word.forms.isEmpty() ? QStringList{word.word} : word.forms)
        phrases.append(QStringLiteral("\"%1\"").arg(QString(form).replace(u'"', QStringLiteral("\"\""))));
    return phrases.join(QStringLiteral(" OR "));
}

Result<WordFrequencies> wordFrequencies(Project &project, const WordOptions &options)
{
    Database &db = project.database();
    if (auto ok = options.passages ? fillPassageIndex(db, *options.passages) : ensureVocabulary(db); !ok)
        return std::unexpected(ok.error());
    QStringList stop = options.stopWords ? defaultStopWords() : QStringList();
    for (const QString &w : options.moreStopWords)
        stop.append(w.trimmed().toLower());
    if (!options.speakerLabels) {
        auto stmt = db.prepare(QStringLiteral("SELECT DISTINCT speaker FROM turns"));
        if (!stmt)
            return std::unexpected(stmt.error());
        auto speakers = collectRows<QString>(*stmt, [](const Statement &s) { return s.text(0); });
        if (!speakers)
            return std::unexpected(speakers.error());
        for (const QString &speaker : *speakers)
            stop.append(indexWords(speaker));
    }
    // A word: long enough, not a number, not a stop word.
    const QString keep = QStringLiteral(
        "length(term) >= ?1 AND term NOT GLOB '[0-9]*' AND term NOT IN (SELECT value FROM json_each(?2))");
    // The total of words counted and the words: from the passages' index, from
    // the instances in the chosen sources (?4), or from the whole index.
    QString totalSql, wordsSql, sourceIds;
    if (options.passages) {
        totalSql = QStringLiteral("SELECT count(*) FROM temp.gw_passage_vocab WHERE col = 'text'");
        wordsSql = QStringLiteral("SELECT term, count(*) AS n, count(DISTINCT f.source) FROM temp.gw_passage_vocab AS v "
                                  "JOIN temp.gw_passage_fts AS f ON f.rowid = v.doc WHERE v.col = 'text' AND %1 "
                                  "GROUP BY term ORDER BY n DESC, term LIMIT ?3")
                       .arg(keep);
    } else if (options.sources) {
        sourceIds = jsonIdList(*options.sources);
        totalSql = QStringLiteral("SELECT count(*) FROM temp.gw_vocab_instance WHERE col = 'text' AND "
                                  "doc IN (SELECT value FROM json_each(?4))");
        wordsSql = QStringLiteral("SELECT term, count(*) AS n, count(DISTINCT doc) FROM temp.gw_vocab_instance "
                                  "WHERE col = 'text' AND doc IN (SELECT value FROM json_each(?4)) AND %1 "
                                  "GROUP BY term ORDER BY n DESC, term LIMIT ?3")
                       .arg(keep);
    } else {
        totalSql = QStringLiteral("SELECT coalesce(sum(cnt), 0) FROM temp.gw_vocab_col WHERE col = 'text'");
        wordsSql = QStringLiteral("SELECT term, cnt, doc FROM temp.gw_vocab_col WHERE col = 'text' AND %1 "
                                  "ORDER BY cnt DESC, term LIMIT ?3")
                       .arg(keep);
    }
    if (options.stem) {
        // Every word with its count in each source, without a limit: stems join them.
        if (options.passages)
            wordsSql = QStringLiteral("SELECT term, f.source, count(*) FROM temp.gw_passage_vocab AS v "
                                      "JOIN temp.gw_passage_fts AS f ON f.rowid = v.doc WHERE v.col = 'text' AND %1 "
                                      "GROUP BY term, f.source")
                           .arg(keep);
        else
            wordsSql = QStringLiteral("SELECT term, doc, count(*) FROM temp.gw_vocab_instance WHERE col = 'text' AND %1 %2 "
                                      "GROUP BY term, doc")
                           .arg(keep, options.sources ? QStringLiteral("AND doc IN (SELECT value FROM json_each(?4))")
                                                      : QString());
    }
    WordFrequencies out;
    {
        // Read and let go at once: a statement left open on the temporary
        // indexes would lock them against the stemmer's (SQLITE_LOCKED).
        auto total = db.prepare(totalSql);
        if (!total)
            return std::unexpected(total.error());
        if (!sourceIds.isEmpty())
            total->bind(4, sourceIds);
        if (auto row = total->step(); !row)
            return std::unexpected(row.error());
        out.totalWords = total->int64(0);
    }

    auto stmt = db.prepare(wordsSql);
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, std::max(1, options.minLength)).bind(2, jsonList(stop));
    if (!options.stem)
        stmt->bind(3, std::max(1, options.top));
    if (!sourceIds.isEmpty())
        stmt->bind(4, sourceIds);
    if (options.stem)
        return stemmedWords(db, *stmt, options, out.totalWords);
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        WordCount w;
        w.word = stmt->text(0);
        w.count = stmt->int64(1);
        w.sources = int(stmt->int64(2));
        w.percent = out.totalWords > 0 ? 100.0 * double(w.count) / double(out.totalWords) : 0;
        w.forms = {w.word};
        out.words.push_back(std::move(w));
    }
    return out;
}

Table wordFrequencyTable(const WordFrequencies &frequencies)
{
    Table t;
    t.name = QStringLiteral("Words");
    t.caption = QStringLiteral("Most frequent words (of %1 words)")
                    .arg(QLocale(QLocale::English).toString(qlonglong(frequencies.totalWords)));
    t.header = {QStringLiteral("Word"), QStringLiteral("Count"), QStringLiteral("% of words"), QStringLiteral("Sources")};
    for (const WordCount &w : frequencies.words)
        t.rows.push_back({TableCell{cleanedCellText(w.word), 1}, TableCell{QString::number(w.count), 1},
                          TableCell{QLocale::c().toString(w.percent, 'f', 2), 1}, TableCell{QString::number(w.sources), 1}});
    t.columnShares = {3, 1, 1, 1};
    return t;
}

} // namespace gw

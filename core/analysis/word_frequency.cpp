#include "core/analysis/word_frequency.h"

#include "core/model/project.h"
#include "core/store/database.h"

#include <QJsonArray>
#include <QJsonDocument>

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

Result<WordFrequencies> wordFrequencies(Project &project, const WordOptions &options)
{
    Database &db = project.database();
    if (auto ok = ensureVocabulary(db); !ok)
        return std::unexpected(ok.error());
    QStringList stop = options.stopWords ? defaultStopWords() : QStringList();
    for (const QString &w : options.moreStopWords)
        stop.append(w.trimmed().toLower());
    // A word: long enough, not a number, not a stop word.
    const QString keep = QStringLiteral(
        "length(term) >= ?1 AND term NOT GLOB '[0-9]*' AND term NOT IN (SELECT value FROM json_each(?2))");
    QString sourceIds; // the chosen sources as a JSON array, made once for both statements
    if (options.sources) {
        QStringList ids;
        for (const Id id : *options.sources)
            ids.append(QString::number(id));
        sourceIds = QStringLiteral("[%1]").arg(ids.join(u','));
    }
    WordFrequencies out;
    if (!options.sources) {
        auto total = db.prepare(QStringLiteral("SELECT coalesce(sum(cnt), 0) FROM temp.gw_vocab_col WHERE col = 'text'"));
        if (!total)
            return std::unexpected(total.error());
        if (auto row = total->step(); !row)
            return std::unexpected(row.error());
        out.totalWords = total->int64(0);
    } else {
        auto total = db.prepare(QStringLiteral("SELECT count(*) FROM temp.gw_vocab_instance WHERE col = 'text' AND "
                                               "doc IN (SELECT value FROM json_each(?1))"));
        if (!total)
            return std::unexpected(total.error());
        total->bind(1, sourceIds);
        if (auto row = total->step(); !row)
            return std::unexpected(row.error());
        out.totalWords = total->int64(0);
    }
    const QString sql =
        options.sources
            ? QStringLiteral("SELECT term, count(*) AS n, count(DISTINCT doc) FROM temp.gw_vocab_instance "
                             "WHERE col = 'text' AND doc IN (SELECT value FROM json_each(?4)) AND %1 "
                             "GROUP BY term ORDER BY n DESC, term LIMIT ?3")
                  .arg(keep)
            : QStringLiteral("SELECT term, cnt, doc FROM temp.gw_vocab_col WHERE col = 'text' AND %1 "
                             "ORDER BY cnt DESC, term LIMIT ?3")
                  .arg(keep);
    auto stmt = db.prepare(sql);
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, std::max(1, options.minLength)).bind(2, jsonList(stop)).bind(3, std::max(1, options.top));
    if (options.sources)
        stmt->bind(4, sourceIds);
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
        out.words.push_back(std::move(w));
    }
    return out;
}

} // namespace gw

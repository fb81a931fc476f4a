// Project: full-text search over source text with FTS5.
//
// FTS5 ranks the sources (bm25) and marks every matching token with highlight();
// we find the marks in the UTF-8 bytes and turn each into a code point range, so
// a hit can be opened and coded exactly where it is. With a sentence or paragraph
// unit, the words of one passage make one hit that spans the passage. Every
// snippet is cut from the text around its hit only: a source with thousands of
// hits costs thousands of short walks, not thousands of passes over its text.
#include "core/model/project.h"
#include "core/text/coding_unit.h"
#include "core/text/positions.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>
#include <cstring>
#include <iterator>
#include <optional>
#include <thread>
#include <span>

namespace gw {

namespace {

constexpr int kContext = 60;             // code points of context either side of a word
constexpr qsizetype kLongPassage = 400;  // UTF-16 units: a longer passage is shown around its words

// A matched word (or phrase) in one source's text.
struct Word
{
    qsizetype from = 0, to = 0;        // UTF-16 indices
    std::int64_t start = 0, end = 0;   // code points
};

// N code points back from AT in TEXT (not before LIMIT).
qsizetype stepBack(QStringView text, qsizetype at, int n, qsizetype limit = 0)
{
    for (; n > 0 && at > limit; --n) {
        --at;
        if (at > limit && text[at].isLowSurrogate() && text[at - 1].isHighSurrogate())
            --at;
    }
    return at;
}

// N code points on from AT in TEXT (not past LIMIT).
qsizetype stepOn(QStringView text, qsizetype at, int n, qsizetype limit)
{
    for (; n > 0 && at < limit; --n) {
        ++at;
        if (at < limit && text[at - 1].isHighSurrogate() && text[at].isLowSurrogate())
            ++at;
    }
    return at;
}

// TEXT[FROM, TO) on one line, runs of white space as one space, into HIT's
// snippet, with WORDS (all inside [FROM, TO)) as its marks; "…" where it
// stops short of WHOLE (the passage, or the text around a word).
void cutSnippet(QStringView text, qsizetype from, qsizetype to, std::pair<qsizetype, qsizetype> whole,
                std::span<const Word> words, SearchHit &hit)
{
    QString out;
    out.reserve(to - from + 2);
    if (from > whole.first)
        out.append(QStringLiteral("…"));
    const qsizetype lead = out.size();
    hit.marks.clear();
    std::size_t w = 0;
    qsizetype markStart = -1;
    for (qsizetype i = from; i < to; ++i) {
        if (w < words.size() && i == words[w].from)
            markStart = out.size();
        const QChar ch = text[i];
        if (!ch.isSpace())
            out.append(ch);
        else if (out.size() > lead && !out.endsWith(u' '))
            out.append(u' ');
        if (w < words.size() && i + 1 == words[w].to) {
            if (markStart >= 0)
                hit.marks.emplace_back(markStart, out.size());
            markStart = -1;
            ++w;
        }
    }
    if (out.endsWith(u' '))
        out.chop(1);
    if (to < whole.second)
        out.append(QStringLiteral("…"));
    hit.snippet = std::move(out);
}

// The hit for the passage [FROM, TO) of TEXT that holds WORDS (in order): the
// whole passage when it is short, else the stretch around its words.
SearchHit passageHit(QStringView text, qsizetype from, qsizetype to, std::span<const Word> words)
{
    SearchHit hit;
    hit.start = words.front().start - text::codePointLength(text.sliced(from, words.front().from - from));
    hit.end = words.back().end + text::codePointLength(text.sliced(words.back().to, to - words.back().to));
    hit.words = int(words.size());
    if (to - from <= kLongPassage) {
        cutSnippet(text, from, to, {from, to}, words, hit);
        return hit;
    }
    const qsizetype shownFrom = stepBack(text, words.front().from, kContext, from);
    qsizetype shownTo = stepOn(text, words.back().to, kContext, to);
    std::size_t shown = words.size();
    if (shownTo - shownFrom > kLongPassage) { // words far apart: the first ones, with context
        shown = 0;
        while (shown < words.size() && (shown == 0 || words[shown].to - shownFrom <= kLongPassage))
            ++shown;
        shownTo = stepOn(text, words[shown - 1].to, kContext, to);
    }
    cutSnippet(text, shownFrom, shownTo, {from, to}, words.first(shown), hit);
    return hit;
}

// The passages (by UNIT) that hold WORDS of TEXT, in order, into HITS until LIMIT.
void addPassages(QStringView text, std::span<const Word> words, text::CodingUnit unit, const SearchHit &source,
                 std::vector<SearchHit> &hits, int limit)
{
    qsizetype lineFrom = -1, lineTo = -1;
    qsizetype passageFrom = -1, passageTo = -1;
    std::size_t first = 0;
    const auto flush = [&](std::size_t end) {
        if (passageFrom < 0 || int(hits.size()) >= limit)
            return;
        SearchHit hit = passageHit(text, passageFrom, passageTo, words.subspan(first, end - first));
        hit.sourceId = source.sourceId;
        hit.sourceName = source.sourceName;
        hit.rank = source.rank;
        hits.push_back(std::move(hit));
    };
    for (std::size_t i = 0; i < words.size() && int(hits.size()) < limit; ++i) {
        const Word &w = words[i];
        if (w.from < passageTo && passageFrom >= 0)
            continue; // in the passage already begun
        if (w.from >= lineTo) { // a sentence or paragraph never crosses a line break
            lineFrom = w.from > 0 ? text.lastIndexOf(u'\n', w.from - 1) + 1 : 0;
            lineTo = text.indexOf(u'\n', w.to);
            if (lineTo < 0)
                lineTo = text.size();
        }
        const auto [from, to] = text::snapToUnit(text.sliced(lineFrom, lineTo - lineFrom), w.from - lineFrom,
                                                 w.to - lineFrom, unit);
        flush(i);
        passageFrom = std::min(lineFrom + from, w.from);
        passageTo = std::max(lineFrom + to, w.to);
        first = i;
    }
    flush(words.size());
}

// The marks highlight() puts around each matched word, as UTF-8 bytes.
constexpr char kOpenByte = '\x02';
constexpr char kCloseByte = '\x03';

// Whether B begins a code point in UTF-8 (is not a continuation byte).
bool begins(char b) { return (static_cast<unsigned char>(b) & 0xC0) != 0x80; }
// The code points in BYTES[FROM, TO).
std::int64_t codePointsIn(const char *bytes, qsizetype from, qsizetype to)
{
    std::int64_t n = 0;
    for (qsizetype i = from; i < to; ++i)
        n += begins(bytes[i]);
    return n;
}

// The words of MARKED (a source's text as UTF-8 with each matched word between
// the marks) in code points and as UTF-16 ranges of PLAIN, the text without
// its marks, which is made here.
std::vector<Word> markedWords(const QByteArray &marked, QString &plain)
{
    const char *bytes = marked.constData();
    const qsizetype size = marked.size();
    std::vector<Word> words;
    plain.clear();
    plain.reserve(size);
    std::int64_t cp = 0;
    qsizetype at = 0;
    while (at < size) {
        const auto *open = static_cast<const char *>(std::memchr(bytes + at, kOpenByte, size - at));
        const auto *close = open ? static_cast<const char *>(std::memchr(open + 1, kCloseByte, bytes + size - open - 1)) : nullptr;
        if (!close)
            break;
        const qsizetype from = open - bytes, to = close - bytes;
        plain.append(QString::fromUtf8(bytes + at, from - at));
        cp += codePointsIn(bytes, at, from);
        Word word{plain.size(), -1, cp, -1};
        plain.append(QString::fromUtf8(bytes + from + 1, to - from - 1));
        cp += codePointsIn(bytes, from + 1, to);
        word.to = plain.size();
        word.end = cp;
        words.push_back(word);
        at = to + 1;
    }
    plain.append(QString::fromUtf8(bytes + at, size - at));
    return words;
}

// A query typed as plain words may not be valid FTS5 syntax (a hyphen reads as
// a column filter, a stray quote); quoting each word keeps its meaning as "all
// these words".
QString quoteWords(const QString &query)
{
    QStringList words;
    for (QString w : query.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        w.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        words << QLatin1Char('"') + w + QLatin1Char('"');
    }
    return words.join(QLatin1Char(' '));
}

// "site visit*": a researcher means the phrase with its last word as a prefix.
// FTS5 drops a star inside quotes (and then finds only the exact phrase); its
// prefix phrase is written with the star after the quotes.
QString prefixPhrases(const QString &query)
{
    static const QRegularExpression inside(QStringLiteral("\"((?:[^\"]|\"\")*?)\\*\\s*\""));
    return QString(query).replace(inside, QStringLiteral("\"\\1\" *"));
}

// The sources that match, best first, each with its hits.
struct SourceHits
{
    Id sourceId = 0;
    double rank = 0;
    std::vector<SearchHit> hits;
};

// The part of a search that looks at the sources whose id is PART modulo
// PARTS, on DB, until LIMIT hits. SOURCES: a JSON array of ids, or null.
Result<std::vector<SourceHits>> searchPart(Database &db, const QString &match, const QString &sources,
                                           const SearchScope &scope, int limit, int part, int parts)
{
    auto stmt = db.prepare(QStringLiteral(
        "SELECT s.id, s.name, highlight(source_fts, 1, char(2), char(3)), source_fts.rank "
        "FROM source_fts JOIN sources s ON s.id = source_fts.rowid "
        "WHERE source_fts MATCH ?1 AND (?2 IS NULL OR s.id IN (SELECT value FROM json_each(?2))) "
        "AND s.id % ?4 = ?3 ORDER BY source_fts.rank"));
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, QStringLiteral("text : (%1)").arg(match)).bind(2, sources).bind(3, std::int64_t(part)).bind(4, std::int64_t(parts));
    std::vector<SourceHits> found;
    int count = 0;
    while (count < limit) {
        auto row = stmt->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        SearchHit source;
        source.sourceId = stmt->int64(0);
        source.sourceName = stmt->text(1);
        source.rank = stmt->real(3);
        QString plain;
        const std::vector<Word> words = markedWords(stmt->blob(2), plain);
        const QStringView text(plain);
        std::vector<SearchHit> hits;
        if (scope.unit != text::CodingUnit::FreeSelection) {
            addPassages(text, words, scope.unit, source, hits, limit - count);
        } else {
            for (const Word &w : words) {
                if (count + int(hits.size()) >= limit)
                    break;
                SearchHit hit = source;
                hit.start = w.start;
                hit.end = w.end;
                cutSnippet(text, stepBack(text, w.from, kContext), stepOn(text, w.to, kContext, text.size()),
                           {0, text.size()}, std::span(&w, 1), hit);
                hits.push_back(std::move(hit));
            }
        }
        count += int(hits.size());
        found.push_back(SourceHits{source.sourceId, source.rank, std::move(hits)});
    }
    return found;
}

// Searches with more hits than this look at half the sources on a second
// connection at once: highlight() reads and tokenizes the whole text of every
// matching source, most of the time of a search for every hit of a word.
constexpr int kParallelFrom = 500;

} // namespace

Result<std::vector<SearchHit>> Project::search(const QString &query, int limit, const SearchScope &scope)
{
    if (query.trimmed().isEmpty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::project_search", "Type something to search for."));
    QString sources; // a JSON array of ids, or none
    if (scope.sources)
        sources = jsonIdList(*scope.sources);
    // A second reader sees only what is committed: not inside a transaction.
    const bool twoParts = limit >= kParallelFrom && std::thread::hardware_concurrency() > 1 && !m_db.inTransaction();
    auto run = [&](const QString &match) -> Result<std::vector<SearchHit>> {
        std::vector<SourceHits> found;
        if (twoParts) {
            std::optional<Result<std::vector<SourceHits>>> other;
            std::thread second([&] {
                if (auto db = Database::open(m_db.path(), Database::Mode::ReadOnly))
                    other = searchPart(*db, match, sources, scope, limit, 1, 2);
            });
            auto mine = searchPart(m_db, match, sources, scope, limit, 0, 2);
            second.join();
            if (!other) // no second connection (the file cannot be opened again): one after the other
                other = searchPart(m_db, match, sources, scope, limit, 1, 2);
            if (!mine)
                return std::unexpected(mine.error());
            if (!*other)
                return std::unexpected(other->error());
            found = std::move(*mine);
            std::ranges::move(**other, std::back_inserter(found));
            std::ranges::sort(found, {}, [](const SourceHits &s) { return std::pair(s.rank, s.sourceId); });
        } else {
            auto all = searchPart(m_db, match, sources, scope, limit, 0, 1);
            if (!all)
                return std::unexpected(all.error());
            found = std::move(*all);
        }
        std::vector<SearchHit> hits;
        for (SourceHits &s : found)
            for (SearchHit &hit : s.hits) {
                if (int(hits.size()) >= limit)
                    return hits;
                hits.push_back(std::move(hit));
            }
        return hits;
    };
    auto hits = run(prefixPhrases(query));
    if (hits)
        return hits;
    if (auto quoted = run(quoteWords(query)); quoted)
        return quoted;
    return fail(ErrorKind::InvalidInput,
                QCoreApplication::translate("gw::project_search", "Cannot search for \"%1\": %2").arg(query, hits.error().message));
}

} // namespace gw

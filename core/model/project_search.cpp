// Project: full-text search over source text with FTS5.
//
// FTS5 ranks the sources (bm25) and marks every matching token with highlight();
// we walk the marked text to turn each mark into a code point range, so a hit
// can be opened and coded exactly where it is.
#include "core/model/project.h"
#include "core/text/positions.h"

#include <QRegularExpression>

namespace gw {

namespace {

constexpr char16_t kOpen = u'\x02';
constexpr char16_t kClose = u'\x03';
constexpr int kContext = 60; // code points of context either side of a hit

// The hit [START, END) of TEXT (UTF-16 indices) with kContext code points of
// context either side, on one line. It walks out from the hit only, so a
// source with thousands of hits costs thousands of short walks, not thousands
// of passes over its whole text.
QString snippetAround(QStringView text, qsizetype start, qsizetype end)
{
    qsizetype from = start;
    for (int n = 0; n < kContext && from > 0; ++n) {
        --from;
        if (from > 0 && text[from].isLowSurrogate() && text[from - 1].isHighSurrogate())
            --from;
    }
    qsizetype to = end;
    for (int n = 0; n < kContext && to < text.size(); ++n) {
        ++to;
        if (to < text.size() && text[to - 1].isHighSurrogate() && text[to].isLowSurrogate())
            ++to;
    }
    QString s = text.sliced(from, to - from).toString().simplified();
    if (from > 0)
        s.prepend(QStringLiteral("…"));
    if (to < text.size())
        s.append(QStringLiteral("…"));
    return s;
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

} // namespace

Result<std::vector<SearchHit>> Project::search(const QString &query, int limit)
{
    if (query.trimmed().isEmpty())
        return fail(ErrorKind::InvalidInput, QStringLiteral("Type something to search for."));
    auto run = [&](const QString &match) -> Result<std::vector<SearchHit>> {
        auto stmt = m_db.prepare(QStringLiteral(
            "SELECT s.id, s.name, s.text, highlight(source_fts, 1, char(2), char(3)), source_fts.rank "
            "FROM source_fts JOIN sources s ON s.id = source_fts.rowid "
            "WHERE source_fts MATCH ?1 ORDER BY source_fts.rank"));
        if (!stmt)
            return std::unexpected(stmt.error());
        stmt->bind(1, QStringLiteral("text : (%1)").arg(match));
        std::vector<SearchHit> hits;
        while (int(hits.size()) < limit) {
            auto row = stmt->step();
            if (!row)
                return std::unexpected(row.error());
            if (!*row)
                break;
            const Id id = stmt->int64(0);
            const QString name = stmt->text(1);
            const QString plain = stmt->text(2);
            const QString marked = stmt->text(3);
            const double rank = stmt->real(4);
            qsizetype cp = 0, hitStart = -1;
            qsizetype marks = 0, hitStartUtf16 = -1; // marks so far: MARKED's index less them is PLAIN's
            for (qsizetype i = 0; i < marked.size() && int(hits.size()) < limit; ++i) {
                const QChar ch = marked[i];
                if (ch == kOpen) {
                    hitStart = cp;
                    hitStartUtf16 = i - marks++;
                } else if (ch == kClose && hitStart >= 0) {
                    hits.push_back({id, name, hitStart, cp, snippetAround(plain, hitStartUtf16, i - marks), rank});
                    ++marks;
                    hitStart = -1;
                } else if (ch == kClose) {
                    ++marks;
                } else if (!(ch.isHighSurrogate() && i + 1 < marked.size() && marked[i + 1].isLowSurrogate())) {
                    ++cp;
                }
            }
        }
        return hits;
    };
    auto hits = run(prefixPhrases(query));
    if (hits)
        return hits;
    if (auto quoted = run(quoteWords(query)); quoted)
        return quoted;
    return fail(ErrorKind::InvalidInput,
                QStringLiteral("Cannot search for \"%1\": %2").arg(query, hits.error().message));
}

} // namespace gw

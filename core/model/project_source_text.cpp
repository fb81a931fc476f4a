// Project: sources' texts edited (a transcription error fixed, names replaced
// by placeholders) with every position on them carried along, and put back.
//
// A segment's position can be unique only for a moment while the rows move
// (two segments of one code shifting past each other), so the moves are made
// in passes: what a pass could not place waits for the next; a pass that
// places nothing means two segments would end the same, and the edit is refused.
#include "core/model/project.h"
#include "core/text/positions.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <sqlite3.h>

namespace gw {

namespace {

Result<std::vector<SourceTextChange::Span>> spansOf(Database &db, const char *table, Id sourceId)
{
    const bool turns = qstrcmp(table, "turns") == 0;
    auto stmt = db.prepare(QStringLiteral("SELECT id, start, end, %2 FROM %1 WHERE source_id = ?1 ORDER BY start, id")
                               .arg(QString::fromLatin1(table), turns ? QStringLiteral("speaker") : QStringLiteral("''")));
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, sourceId);
    return collectRows<SourceTextChange::Span>(*stmt, [](const Statement &s) {
        return SourceTextChange::Span{s.int64(0), s.int64(1), s.int64(2), s.text(3)};
    });
}

// Moves the rows of TABLE to SPANS, in passes (see above).
Status moveSpans(Database &db, const char *table, std::vector<SourceTextChange::Span> spans)
{
    const bool turns = qstrcmp(table, "turns") == 0;
    auto move = db.prepare(turns ? QStringLiteral("UPDATE turns SET start = ?2, end = ?3, speaker = ?4 WHERE id = ?1")
                                 : QStringLiteral("UPDATE %1 SET start = ?2, end = ?3 WHERE id = ?1").arg(QString::fromLatin1(table)));
    if (!move)
        return std::unexpected(move.error());
    while (!spans.empty()) {
        std::vector<SourceTextChange::Span> waiting;
        for (const auto &span : spans) {
            move->reset();
            move->bind(1, span.id).bind(2, span.start).bind(3, span.end);
            if (turns)
                move->bind(4, span.speaker.isNull() ? QStringLiteral("") : span.speaker);
            if (auto ok = move->run(); !ok) {
                if (db.lastErrorCode() != SQLITE_CONSTRAINT_UNIQUE)
                    return ok;
                waiting.push_back(span);
            }
        }
        if (waiting.size() == spans.size())
            return fail(ErrorKind::Conflict,
                        QCoreApplication::translate("gw::project_source_text", "The edit would make %1 segments the same passage as another segment of "
                                       "the same code and coder; remove one of each pair first.")
                            .arg(waiting.size()));
        spans = std::move(waiting);
    }
    return {};
}

} // namespace

Status Project::renameRow(Id sourceId, const QString &name)
{
    auto rename = m_db.prepare(QStringLiteral("UPDATE sources SET name = ?1 WHERE id = ?2"));
    if (!rename)
        return std::unexpected(rename.error());
    return rename->bind(1, name).bind(2, sourceId).run();
}

Status Project::writeSourceText(Id id, const QString &text, const std::vector<SourceTextChange::Span> &segments,
                                const std::vector<SourceTextChange::Span> &turns)
{
    const QByteArray utf8 = text.toUtf8();
    const QString hash = contentHash(text);
    auto same = sourceByHash(hash);
    if (!same)
        return std::unexpected(same.error());
    if (*same && (*same)->id != id)
        return fail(ErrorKind::Conflict,
                    QCoreApplication::translate("gw::project_source_text", "The edit would give the source the same text as \"%1\".").arg((*same)->name));
    auto update = m_db.prepare(QStringLiteral("UPDATE sources SET text = ?1, content_hash = ?2, length = ?3 WHERE id = ?4"));
    if (!update)
        return std::unexpected(update.error());
    update->bindUtf8(1, utf8).bind(2, hash).bind(3, std::int64_t(text::codePointLength(text))).bind(4, id);
    if (auto ok = update->run(); !ok)
        return ok;
    if (auto ok = moveSpans(m_db, "segments", segments); !ok)
        return ok;
    return moveSpans(m_db, "turns", turns);
}

Result<SourceTextChange> Project::editSourceTexts(const std::vector<SourceTextEdit> &edits, const QString &action,
                                                  const QJsonObject &details, const std::function<bool(int, int)> &progress)
{
    if (m_readOnly)
        return fail(ErrorKind::ReadOnly, QCoreApplication::translate("gw::project_source_text", "The project is open read-only."));
    SourceTextChange change;
    Transaction tx(m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    const int total = int(edits.size());
    for (int i = 0; i < total; ++i) {
        if (progress && !progress(i, total))
            return fail(ErrorKind::Cancelled, QCoreApplication::translate("gw::project_source_text", "Cancelled; no source was changed."));
        const SourceTextEdit &e = edits[std::size_t(i)];
        if (e.replacements.empty() && e.speakers.empty() && e.name.isEmpty())
            continue;
        auto info = source(e.sourceId);
        if (!info)
            return std::unexpected(info.error());
        auto before = sourceText(e.sourceId);
        if (!before)
            return std::unexpected(before.error());
        auto edit = text::TextEdit::make(e.replacements, text::codePointLength(*before));
        if (!edit)
            return fail(edit.error().kind, QStringLiteral("%1: %2").arg(info->name, edit.error().message));
        SourceTextChange::Before was{e.sourceId, *before, {}, {}, {}};
        if (const QString renamed = e.name.simplified(); !renamed.isEmpty() && renamed != info->name) {
            if (hasSourceNamed(renamed))
                return fail(ErrorKind::Conflict, QCoreApplication::translate("gw::project_source_text", "%1: a source named \"%2\" already exists.").arg(info->name, renamed));
            if (auto ok = renameRow(e.sourceId, renamed); !ok)
                return std::unexpected(ok.error());
            was.name = info->name;
        }
        auto segments = spansOf(m_db, "segments", e.sourceId);
        auto turns = spansOf(m_db, "turns", e.sourceId);
        if (!segments || !turns)
            return std::unexpected(!segments ? segments.error() : turns.error());
        std::vector<SourceTextChange::Span> movedSegments, movedTurns;
        std::int64_t emptied = 0;
        for (const auto &s : *segments) {
            const text::RebasedSpan r = edit->rebase(s.start, s.end);
            if (r.touched)
                change.touchedSegments.push_back(s.id);
            if (r.end <= r.start)
                ++emptied;
            else if (r.start != s.start || r.end != s.end)
                movedSegments.push_back({s.id, r.start, r.end});
        }
        if (emptied > 0)
            return fail(ErrorKind::InvalidInput,
                        QCoreApplication::translate("gw::project_source_text", "%1: the edit deletes all the text of %2 coded segment(s); remove or "
                                       "adjust them first.")
                            .arg(info->name)
                            .arg(emptied));
        for (const auto &t : *turns) {
            const text::RebasedSpan r = edit->rebase(t.start, t.end);
            QString speaker = t.speaker;
            for (const auto &[from, to] : e.speakers)
                if (speaker == from)
                    speaker = to;
            if (r.start != t.start || r.end != t.end || speaker != t.speaker)
                movedTurns.push_back({t.id, r.start, r.end, speaker});
        }
        if (auto ok = writeSourceText(e.sourceId, edit->apply(*before), movedSegments, movedTurns); !ok)
            return fail(ok.error().kind, QStringLiteral("%1: %2").arg(info->name, ok.error().message));
        was.segments = std::move(*segments);
        was.turns = std::move(*turns);
        change.before.push_back(std::move(was));
        change.replacements += std::int64_t(e.replacements.size());
    }
    if (progress && !progress(total, total))
        return fail(ErrorKind::Cancelled, QCoreApplication::translate("gw::project_source_text", "Cancelled; no source was changed."));
    QJsonObject audit = details;
    audit.insert(QStringLiteral("sources"), qint64(change.before.size()));
    audit.insert(QStringLiteral("replacements"), qint64(change.replacements));
    audit.insert(QStringLiteral("segments_touched"), qint64(change.touchedSegments.size()));
    if (auto ok = writeAudit(action, audit, {}, false); !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    announceSourceTexts(change);
    return change;
}

Status Project::restoreSourceTexts(const SourceTextChange &change, const QString &action)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    for (const auto &b : change.before) {
        if (auto ok = writeSourceText(b.sourceId, b.text, b.segments, b.turns); !ok)
            return ok;
        if (!b.name.isEmpty())
            if (auto ok = renameRow(b.sourceId, b.name); !ok)
                return ok;
    }
    if (auto ok = writeAudit(action, QJsonObject{{QStringLiteral("sources"), qint64(change.before.size())}}, {}, false);
        !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    announceSourceTexts(change);
    return {};
}

void Project::announceSourceTexts(const SourceTextChange &change)
{
    for (const auto &b : change.before)
        Q_EMIT sourceChanged(b.sourceId);
    Q_EMIT segmentsChanged(0, 0);
}

} // namespace gw

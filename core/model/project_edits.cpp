// Project: the edits behind the undo commands: code properties, removing and
// restoring codes and segments, moving segments, and a source's turns.
#include "core/model/project.h"
#include "core/model/project_rows.h"
#include "core/model/structure_snapshot.h"

#include <QColor>
#include <QCoreApplication>
#include <QJsonDocument>

namespace gw {

namespace {

// One audit_log entry: who changed which code, from what to what, and the
// hierarchy after it (Project::structureAt).
Status audit(Database &db, Id coder, const QString &action, const QString &codeGuid, const QString &from,
             const QString &to)
{
    auto snapshot = structureSnapshot(db);
    if (!snapshot)
        return std::unexpected(snapshot.error());
    auto stmt = db.prepare(QStringLiteral("INSERT INTO audit_log(coder_id, action, details) VALUES "
                                          "(?1, ?2, json_object('code', ?3, 'from', ?4, 'to', ?5, 'structure', json(?6)))"));
    if (!stmt)
        return std::unexpected(stmt.error());
    return stmt->bind(1, coder)
        .bind(2, action)
        .bind(3, codeGuid)
        .bind(4, from)
        .bind(5, to)
        .bind(6, QString::fromUtf8(QJsonDocument(*snapshot).toJson(QJsonDocument::Compact)))
        .run();
}

Status runUpdate(Database &db, const QString &sql, const QString &value, Id id)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return std::unexpected(stmt.error());
    return stmt->bind(1, value).bind(2, id).run();
}

} // namespace

Status Project::setCodeColor(Id id, const QString &color)
{
    if (!QColor::isValidColorName(color))
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::project_edits", "\"%1\" is not a colour; use the form #RRGGBB.").arg(color));
    if (auto old = code(id); !old)
        return std::unexpected(old.error());
    if (auto ok = runUpdate(m_db, QStringLiteral("UPDATE codes SET color = ?1 WHERE id = ?2"),
                            QColor(color).name(), id);
        !ok)
        return ok;
    Q_EMIT codeChanged(id);
    return {};
}

Status Project::setCodeStage(Id id, CodeStage stage)
{
    auto old = code(id);
    if (!old)
        return std::unexpected(old.error());
    auto coder = coderId();
    if (!coder)
        return std::unexpected(coder.error());
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (auto ok = runUpdate(m_db, QStringLiteral("UPDATE codes SET stage = ?1 WHERE id = ?2"), toString(stage), id);
        !ok)
        return ok;
    if (auto ok = audit(m_db, *coder, QStringLiteral("code.stage"), old->guid, toString(old->stage),
                        toString(stage));
        !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    Q_EMIT codeChanged(id);
    return {};
}

Status Project::setCodeArchived(Id id, bool archived)
{
    auto old = code(id);
    if (!old)
        return std::unexpected(old.error());
    if (!archived && old->archived) {
        if (auto other = codeByName(old->name); other && !other->archived && other->id != id)
            return fail(ErrorKind::Conflict,
                        QCoreApplication::translate("gw::project_edits", "Another code is named \"%1\"; rename one of them first.").arg(old->name));
    }
    auto coder = coderId();
    if (!coder)
        return std::unexpected(coder.error());
    const auto word = [](bool a) { return a ? QStringLiteral("archived") : QStringLiteral("active"); };
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto stmt = m_db.prepare(QStringLiteral("UPDATE codes SET archived = ?1 WHERE id = ?2"));
    if (!stmt)
        return std::unexpected(stmt.error());
    if (auto ok = stmt->bind(1, archived ? 1 : 0).bind(2, id).run(); !ok)
        return ok;
    if (auto ok = audit(m_db, *coder, archived ? QStringLiteral("code.archive") : QStringLiteral("code.unarchive"),
                        old->guid, word(old->archived), word(archived));
        !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    Q_EMIT codeChanged(id);
    return {};
}

Status Project::removeCode(Id id)
{
    auto old = code(id);
    if (!old)
        return std::unexpected(old.error());
    if (old->segmentCount > 0)
        return fail(ErrorKind::Conflict, QCoreApplication::translate("gw::project_edits", "\"%1\" still codes %2 segments; uncode them or archive "
                                                        "the code instead.")
                                             .arg(old->name)
                                             .arg(old->segmentCount));
    auto stmt = m_db.prepare(QStringLiteral("DELETE FROM codes WHERE id = ?1"));
    if (!stmt)
        return std::unexpected(stmt.error());
    if (auto ok = stmt->bind(1, id).run(); !ok)
        return ok;
    Q_EMIT codeRemoved(id);
    return {};
}

Result<Id> Project::restoreCode(const CodeInfo &c)
{
    if (c.guid.isEmpty() || c.name.simplified().isEmpty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::project_edits", "A restored code needs its guid and name."));
    auto coder = coderId();
    if (!coder)
        return std::unexpected(coder.error());
    auto stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO codes(id, guid, name, definition, color, stage, archived, position, created_by) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, (SELECT coalesce(max(position) + 1, 0) FROM codes), ?8)"));
    if (!stmt)
        return std::unexpected(stmt.error());
    if (c.id > 0)
        stmt->bind(1, c.id);
    else
        stmt->bindNull(1);
    stmt->bind(2, c.guid)
        .bind(3, c.name.simplified())
        .bind(4, c.definition.isNull() ? QStringLiteral("") : c.definition)
        .bind(5, c.color.isEmpty() ? QStringLiteral("#7f8c8d") : c.color)
        .bind(6, toString(c.stage))
        .bind(7, c.archived ? 1 : 0)
        .bind(8, *coder);
    if (auto ok = stmt->run(); !ok) {
        if (ok.error().kind == ErrorKind::Conflict)
            return fail(ErrorKind::Conflict, QCoreApplication::translate("gw::project_edits", "A code named \"%1\" already exists.").arg(c.name));
        return std::unexpected(ok.error());
    }
    const Id id = m_db.lastInsertId();
    Q_EMIT codeAdded(id);
    return id;
}

Result<SegmentInfo> Project::segment(Id segmentId)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT %1 WHERE g.id = ?1").arg(rows::kSegmentColumns));
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, segmentId);
    auto list = collectRows<SegmentInfo>(*stmt, rows::readSegment);
    if (!list)
        return std::unexpected(list.error());
    if (list->empty())
        return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::project_edits", "No segment with id %1.").arg(segmentId));
    return list->front();
}

Status Project::updateSegment(Id segmentId, Id codeId, std::int64_t start, std::int64_t end)
{
    auto old = segment(segmentId);
    if (!old)
        return std::unexpected(old.error());
    auto src = source(old->sourceId);
    if (!src)
        return std::unexpected(src.error());
    auto c = code(codeId);
    if (!c)
        return std::unexpected(c.error());
    if (auto range = checkSegmentRange(*src, start, end); !range)
        return range;
    auto stmt = m_db.prepare(QStringLiteral("UPDATE segments SET code_id = ?1, start = ?2, end = ?3 WHERE id = ?4"));
    if (!stmt)
        return std::unexpected(stmt.error());
    if (auto ok = stmt->bind(1, codeId).bind(2, start).bind(3, end).bind(4, segmentId).run(); !ok) {
        if (ok.error().kind == ErrorKind::Conflict)
            return fail(ErrorKind::Conflict, QCoreApplication::translate("gw::project_edits", "That passage of \"%1\" is already coded with \"%2\".")
                                                 .arg(src->name, c->name));
        return ok;
    }
    Q_EMIT segmentsChanged(old->sourceId, old->codeId);
    if (codeId != old->codeId)
        Q_EMIT segmentsChanged(old->sourceId, codeId);
    return {};
}

Result<Id> Project::restoreSegment(const SegmentInfo &s)
{
    if (s.guid.isEmpty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::project_edits", "A restored segment needs its guid."));
    auto src = source(s.sourceId);
    if (!src)
        return std::unexpected(src.error());
    if (auto c = code(s.codeId); !c)
        return std::unexpected(c.error());
    if (s.start < 0 || s.end <= s.start || s.end > src->length)
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::project_edits", "The segment lies outside \"%1\".").arg(src->name));
    Id coder = 0;
    if (s.coder.isEmpty() || s.coder == m_coderName) {
        auto mine = coderId();
        if (!mine)
            return std::unexpected(mine.error());
        coder = *mine;
    }
    auto stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO segments(id, guid, source_id, code_id, start, end, coder_id) VALUES "
        "(?1, ?2, ?3, ?4, ?5, ?6, coalesce(?7, (SELECT id FROM coders WHERE name = ?8)))"));
    if (!stmt)
        return std::unexpected(stmt.error());
    if (s.id > 0)
        stmt->bind(1, s.id);
    else
        stmt->bindNull(1);
    stmt->bind(2, s.guid).bind(3, s.sourceId).bind(4, s.codeId).bind(5, s.start).bind(6, s.end);
    if (coder > 0)
        stmt->bind(7, coder);
    else
        stmt->bindNull(7);
    stmt->bind(8, s.coder);
    if (auto ok = stmt->run(); !ok)
        return std::unexpected(ok.error());
    const Id id = m_db.lastInsertId();
    Q_EMIT segmentsChanged(s.sourceId, s.codeId);
    return id;
}

Result<std::vector<Turn>> Project::turns(Id sourceId)
{
    if (auto src = source(sourceId); !src)
        return std::unexpected(src.error());
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT speaker, start, end, timestamp_ms FROM turns WHERE source_id = ?1 ORDER BY start, id"));
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, sourceId);
    return collectRows<Turn>(*stmt, [](const Statement &r) {
        Turn t{r.text(0), r.int64(1), r.int64(2), std::nullopt};
        if (!r.isNull(3))
            t.timestampMs = r.int64(3);
        return t;
    });
}

} // namespace gw

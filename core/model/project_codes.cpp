// Project: codes, the tiers above them, and coded segments.
#include "core/model/project.h"
#include "core/model/project_rows.h"
#include "core/model/project_structure_rows.h"
#include "core/model/structure_snapshot.h"
#include "core/text/positions.h"

#include <QColor>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QUuid>

namespace gw {

namespace {

using rows::kCodeColumns;
using rows::kSegmentColumns;
using rows::readCode;
using rows::readSegment;

// A default palette for new codes, muted enough to tint text readably.
QString defaultColor(Id seed)
{
    static const char *palette[] = {"#5b7db1", "#6b9e78", "#8d6ba8", "#c07a50", "#4f9a9a",
                                    "#b5656f", "#7f9c4a", "#a8924a", "#6e7f8d", "#b07aa1"};
    return QString::fromLatin1(palette[seed % std::size(palette)]);
}

} // namespace

Result<Id> Project::addCode(const QString &name, CodeStage stage, const QString &color)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::project_codes", "A code needs a name."));
    if (!color.isEmpty() && !QColor::isValidColorName(color))
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::project_codes", "\"%1\" is not a colour; use the form #RRGGBB.").arg(color));
    if (codeByName(trimmed))
        return fail(ErrorKind::Conflict, QCoreApplication::translate("gw::project_codes", "A code named \"%1\" already exists.").arg(trimmed));
    auto coder = coderId();
    if (!coder)
        return std::unexpected(coder.error());
    auto count = m_db.scalar(QStringLiteral("SELECT count(*) FROM codes"));
    if (!count)
        return std::unexpected(count.error());
    auto stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO codes(guid, name, color, stage, position, created_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces))
        .bind(2, trimmed)
        .bind(3, color.isEmpty() ? defaultColor(*count) : QColor(color).name())
        .bind(4, toString(stage))
        .bind(5, *count)
        .bind(6, *coder);
    if (auto ok = stmt->run(); !ok)
        return std::unexpected(ok.error());
    const Id id = m_db.lastInsertId();
    Q_EMIT codeAdded(id);
    return id;
}

Status Project::renameCode(Id id, const QString &name)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::project_codes", "A code needs a name."));
    auto old = code(id);
    if (!old)
        return std::unexpected(old.error());
    if (auto other = codeByName(trimmed); other && other->id != id)
        return fail(ErrorKind::Conflict, QCoreApplication::translate("gw::project_codes", "A code named \"%1\" already exists.").arg(trimmed));
    auto coder = coderId();
    if (!coder)
        return std::unexpected(coder.error());
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto stmt = m_db.prepare(QStringLiteral("UPDATE codes SET name = ?1 WHERE id = ?2"));
    if (!stmt)
        return std::unexpected(stmt.error());
    if (auto ok = stmt->bind(1, trimmed).bind(2, id).run(); !ok)
        return ok;
    // With the hierarchy after the rename, for Project::structureAt.
    auto snapshot = structureSnapshot(m_db);
    if (!snapshot)
        return std::unexpected(snapshot.error());
    auto audit = m_db.prepare(QStringLiteral(
        "INSERT INTO audit_log(coder_id, action, details) "
        "VALUES (?1, 'code.rename', json_object('code', ?2, 'from', ?3, 'to', ?4, 'structure', json(?5)))"));
    if (!audit)
        return std::unexpected(audit.error());
    if (auto ok = audit->bind(1, *coder)
                      .bind(2, old->guid)
                      .bind(3, old->name)
                      .bind(4, trimmed)
                      .bind(5, QString::fromUtf8(QJsonDocument(*snapshot).toJson(QJsonDocument::Compact)))
                      .run();
        !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    Q_EMIT codeChanged(id);
    return {};
}

Result<std::vector<CodeInfo>> Project::codes()
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT %1 ORDER BY c.position, c.id").arg(kCodeColumns));
    if (!stmt)
        return std::unexpected(stmt.error());
    return collectRows<CodeInfo>(*stmt, readCode);
}

Result<CodeInfo> Project::code(Id id)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT %1 WHERE c.id = ?1").arg(kCodeColumns));
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, id);
    auto list = collectRows<CodeInfo>(*stmt, readCode);
    if (!list)
        return std::unexpected(list.error());
    if (list->empty())
        return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::project_codes", "No code with id %1.").arg(id));
    return list->front();
}

Result<CodeInfo> Project::codeByName(const QString &name)
{
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT %1 WHERE c.name = ?1 ORDER BY c.archived LIMIT 1").arg(kCodeColumns));
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, name.simplified());
    auto list = collectRows<CodeInfo>(*stmt, readCode);
    if (!list)
        return std::unexpected(list.error());
    if (list->empty())
        return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::project_codes", "No code named \"%1\" in the project.").arg(name));
    return list->front();
}

Result<std::vector<ThemeInfo>> Project::themes()
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT %1 ORDER BY t.position, t.id").arg(rows::kThemeColumns));
    if (!stmt)
        return std::unexpected(stmt.error());
    return collectRows<ThemeInfo>(*stmt, rows::readTheme);
}

Result<std::vector<DimensionInfo>> Project::dimensions()
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT %1 ORDER BY d.position, d.id").arg(rows::kDimensionColumns));
    if (!stmt)
        return std::unexpected(stmt.error());
    return collectRows<DimensionInfo>(*stmt, rows::readDimension);
}

Result<Id> Project::applyCode(Id sourceId, Id codeId, std::int64_t start, std::int64_t end)
{
    auto src = source(sourceId);
    if (!src)
        return std::unexpected(src.error());
    auto c = code(codeId);
    if (!c)
        return std::unexpected(c.error());
    if (auto range = checkSegmentRange(*src, start, end); !range)
        return std::unexpected(range.error());
    auto coder = coderId();
    if (!coder)
        return std::unexpected(coder.error());
    auto stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO segments(guid, source_id, code_id, start, end, coder_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces))
        .bind(2, sourceId)
        .bind(3, codeId)
        .bind(4, start)
        .bind(5, end)
        .bind(6, *coder);
    if (auto ok = stmt->run(); !ok) {
        if (ok.error().kind == ErrorKind::Conflict)
            return fail(ErrorKind::Conflict, QCoreApplication::translate("gw::project_codes", "That passage of \"%1\" is already coded with \"%2\".")
                                                 .arg(src->name, c->name));
        return std::unexpected(ok.error());
    }
    const Id id = m_db.lastInsertId();
    Q_EMIT segmentsChanged(sourceId, codeId);
    return id;
}

Result<bool> Project::isCoded(Id sourceId, Id codeId, std::int64_t start, std::int64_t end)
{
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT 1 FROM segments WHERE source_id = ?1 AND code_id = ?2 AND start = ?3 AND end = ?4 LIMIT 1"));
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, sourceId).bind(2, codeId).bind(3, start).bind(4, end);
    return stmt->step();
}

Status Project::removeSegment(Id segmentId)
{
    auto stmt = m_db.prepare(QStringLiteral("DELETE FROM segments WHERE id = ?1 RETURNING source_id, code_id"));
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, segmentId);
    auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::project_codes", "No segment with id %1.").arg(segmentId));
    const Id sourceId = stmt->int64(0), codeId = stmt->int64(1);
    if (auto ok = stmt->run(); !ok)
        return ok;
    Q_EMIT segmentsChanged(sourceId, codeId);
    return {};
}

Result<std::vector<SegmentInfo>> Project::segmentsOfCode(Id codeId)
{
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT %1 WHERE g.code_id = ?1 ORDER BY s.name COLLATE NOCASE, g.start, g.end").arg(kSegmentColumns));
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, codeId);
    return collectRows<SegmentInfo>(*stmt, readSegment);
}

Result<std::vector<SegmentInfo>> Project::segmentsOfSource(Id sourceId, bool withText)
{
    QString columns = kSegmentColumns;
    if (!withText)
        columns.replace(QStringLiteral("substr(s.text, g.start + 1, g.end - g.start)"), QStringLiteral("''"));
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT %1 WHERE g.source_id = ?1 ORDER BY g.start, g.end, c.name").arg(columns));
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, sourceId);
    return collectRows<SegmentInfo>(*stmt, readSegment);
}

} // namespace gw

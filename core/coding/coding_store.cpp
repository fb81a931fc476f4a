#include "core/coding/coding_store.h"

#include "core/coding/coding_rows.h"

#include <QCoreApplication>

namespace gw {

namespace {

// Column lists that keep a given id, or leave it to the database: NULL is no
// "new id" on PostgreSQL (an identity column), so the column is left out.
QString withId(bool keep, const QString &columns) { return keep ? QStringLiteral("id, ") + columns : columns; }

// $1..$N, after $1 for the id when it is kept.
QString placeholders(bool keepId, int count)
{
    QStringList out;
    for (int i = 1; i <= count + (keepId ? 1 : 0); ++i)
        out << QStringLiteral("$%1").arg(i);
    return out.join(QStringLiteral(", "));
}

Error noCode(Id id)
{
    return Error{ErrorKind::NotFound, QCoreApplication::translate("gw::project_codes", "No code with id %1.").arg(id)};
}

Error noSegment(Id id)
{
    return Error{ErrorKind::NotFound, QCoreApplication::translate("gw::project_codes", "No segment with id %1.").arg(id)};
}

} // namespace

Result<std::vector<CodeInfo>> CodingStore::codesWhere(const QString &where, const std::vector<SqlValue> &params)
{
    return readRows(m_session.query(QStringLiteral("SELECT %1 %2").arg(rows::kCodeColumns, where), params),
                    rows::readCode);
}

Result<std::vector<CodeInfo>> CodingStore::codes() { return codesWhere(QStringLiteral("ORDER BY c.position, c.id"), {}); }

Result<CodeInfo> CodingStore::code(Id id)
{
    return firstOr(codesWhere(QStringLiteral("WHERE c.id = $1"), {id}), [id] { return noCode(id); });
}

Result<CodeInfo> CodingStore::codeByName(const QString &name)
{
    return firstOr(codesWhere(QStringLiteral("WHERE c.name = $1 ORDER BY c.archived LIMIT 1"), {name.simplified()}),
                   [&name] {
                       return Error{ErrorKind::NotFound,
                                    QCoreApplication::translate("gw::project_codes", "No code named \"%1\" in the project.")
                                        .arg(name)};
                   });
}

Result<std::int64_t> CodingStore::codeCount()
{
    auto rows = m_session.query(QStringLiteral("SELECT count(*) FROM codes"));
    if (!rows)
        return std::unexpected(rows.error());
    return rows->int64(0, 0);
}

Result<Id> CodingStore::insertCode(const CodeInfo &c, std::optional<std::int64_t> position, Id createdBy)
{
    const bool keepId = c.id > 0;
    std::vector<SqlValue> params;
    if (keepId)
        params.emplace_back(c.id);
    params.insert(params.end(), {c.guid, c.name, c.definition, c.color,
                                 toString(c.stage), std::int64_t{c.archived ? 1 : 0}});
    params.emplace_back(createdBy > 0 ? SqlValue(createdBy) : SqlValue(nullptr));
    const int n = int(params.size());
    QString positionValue = QStringLiteral("(SELECT coalesce(max(position) + 1, 0) FROM codes)");
    if (position) {
        params.emplace_back(*position);
        positionValue = QStringLiteral("$%1").arg(n + 1);
    }
    return m_session.insert(
        QStringLiteral("INSERT INTO codes(%1) VALUES (%2, %3) RETURNING id")
            .arg(withId(keepId, QStringLiteral("guid, name, definition, color, stage, archived, created_by, position")),
                 placeholders(keepId, 7), positionValue),
        params);
}

Status CodingStore::setCodeField(Id id, CodeField field, const SqlValue &value)
{
    const char *column = field == CodeField::Name       ? "name"
                         : field == CodeField::Color    ? "color"
                         : field == CodeField::Stage    ? "stage"
                         : field == CodeField::Archived ? "archived"
                                                        : "definition";
    auto rows = m_session.query(
        QStringLiteral("UPDATE codes SET %1 = $1 WHERE id = $2 RETURNING id").arg(QLatin1StringView(column)),
        {value, id});
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return std::unexpected(noCode(id));
    return {};
}

Status CodingStore::deleteCode(Id id)
{
    auto rows = m_session.query(QStringLiteral("DELETE FROM codes WHERE id = $1 RETURNING id"), {id});
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return std::unexpected(noCode(id));
    return {};
}

Result<std::vector<SegmentInfo>> CodingStore::segmentsWhere(const QString &where, const std::vector<SqlValue> &params,
                                                            bool withText)
{
    QString columns = rows::kSegmentColumns;
    if (!withText)
        columns.replace(rows::kSegmentText, QStringLiteral("''"));
    return readRows(m_session.query(QStringLiteral("SELECT %1 %2").arg(columns, where), params), rows::readSegment);
}

Result<SegmentInfo> CodingStore::segment(Id id)
{
    return firstOr(segmentsWhere(QStringLiteral("WHERE g.id = $1"), {id}), [id] { return noSegment(id); });
}

Result<std::vector<SegmentInfo>> CodingStore::segmentsOfCode(Id codeId)
{
    return segmentsWhere(QStringLiteral("WHERE g.code_id = $1 ORDER BY lower(s.name), s.name, g.start, g.\"end\""),
                         {codeId});
}

Result<std::vector<SegmentInfo>> CodingStore::segmentsOfSource(Id sourceId, bool withText)
{
    return segmentsWhere(QStringLiteral("WHERE g.source_id = $1 ORDER BY g.start, g.\"end\", c.name"), {sourceId},
                         withText);
}

Result<bool> CodingStore::isCoded(Id sourceId, Id codeId, std::int64_t start, std::int64_t end)
{
    auto rows = m_session.query(QStringLiteral("SELECT 1 FROM segments WHERE source_id = $1 AND code_id = $2 "
                                               "AND start = $3 AND \"end\" = $4 LIMIT 1"),
                                {sourceId, codeId, start, end});
    if (!rows)
        return std::unexpected(rows.error());
    return !rows->isEmpty();
}

Result<Id> CodingStore::insertSegment(const SegmentInfo &s, Id coderId)
{
    const bool keepId = s.id > 0;
    std::vector<SqlValue> params;
    if (keepId)
        params.emplace_back(s.id);
    params.insert(params.end(), {s.guid, s.sourceId, s.codeId, s.start, s.end});
    const int n = int(params.size());
    QString coder;
    if (coderId > 0) {
        params.emplace_back(coderId);
        coder = QStringLiteral("$%1").arg(n + 1);
    } else {
        params.emplace_back(s.coder);
        coder = QStringLiteral("(SELECT id FROM coders WHERE name = $%1)").arg(n + 1);
    }
    return m_session.insert(QStringLiteral("INSERT INTO segments(%1) VALUES (%2, %3) RETURNING id")
                                .arg(withId(keepId, QStringLiteral("guid, source_id, code_id, start, \"end\", coder_id")),
                                     placeholders(keepId, 5), coder),
                            params);
}

Result<std::vector<Id>> CodingStore::insertSegments(const std::vector<SegmentInfo> &segments, Id coderId)
{
    auto tx = m_session.transaction();
    if (!tx->begun())
        return std::unexpected(tx->begun().error());
    std::vector<Id> ids;
    ids.reserve(segments.size());
    for (const SegmentInfo &s : segments) {
        auto id = insertSegment(s, coderId);
        if (!id)
            return std::unexpected(id.error());
        ids.push_back(*id);
    }
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return ids;
}

Result<std::pair<Id, Id>> CodingStore::deleteSegment(Id id)
{
    auto rows = m_session.query(QStringLiteral("DELETE FROM segments WHERE id = $1 RETURNING source_id, code_id"), {id});
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return std::unexpected(noSegment(id));
    return std::pair{rows->int64(0, 0), rows->int64(0, 1)};
}

Status CodingStore::deleteSegments(const std::vector<Id> &ids)
{
    auto tx = m_session.transaction();
    if (!tx->begun())
        return tx->begun();
    for (const Id id : ids)
        if (auto gone = deleteSegment(id); !gone)
            return std::unexpected(gone.error());
    return tx->commit();
}

Status CodingStore::updateSegment(Id id, Id codeId, std::int64_t start, std::int64_t end)
{
    auto rows = m_session.query(
        QStringLiteral("UPDATE segments SET code_id = $1, start = $2, \"end\" = $3 WHERE id = $4 RETURNING id"),
        {codeId, start, end, id});
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return std::unexpected(noSegment(id));
    return {};
}

} // namespace gw

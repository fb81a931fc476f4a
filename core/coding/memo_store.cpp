#include "core/coding/memo_store.h"

#include <QCoreApplication>

namespace gw {

namespace {

const QString kMemoColumns = QStringLiteral(
    "m.id, m.guid, m.title, m.body, m.target_kind, m.target_id, m.disconfirming, coalesce(k.name, ''), "
    "m.created, m.modified FROM memos m LEFT JOIN coders k ON k.id = m.coder_id");

MemoInfo readMemo(const SqlRows &rows, int r)
{
    MemoInfo m;
    m.id = rows.int64(r, 0);
    m.guid = rows.text(r, 1);
    m.title = rows.text(r, 2);
    m.body = rows.text(r, 3);
    m.targetKind = rows.text(r, 4);
    if (!rows.isNull(r, 5))
        m.targetId = rows.int64(r, 5);
    m.disconfirming = rows.int64(r, 6) != 0;
    m.coder = rows.text(r, 7);
    m.created = rows.text(r, 8);
    m.modified = rows.text(r, 9);
    return m;
}

Error noMemo(Id memoId)
{
    return Error{ErrorKind::NotFound, QCoreApplication::translate("gw::project_memos", "No memo with id %1.").arg(memoId)};
}

} // namespace

Result<Id> MemoStore::insertMemo(const MemoInfo &m, Id coderId)
{
    const bool keepId = m.id > 0;
    std::vector<SqlValue> params{m.guid,
                                 m.title,
                                 m.body,
                                 m.targetKind,
                                 orNull(m.targetId),
                                 std::int64_t{m.disconfirming ? 1 : 0},
                                 coderId > 0 ? SqlValue(coderId) : SqlValue(nullptr),
                                 m.coder,
                                 orNull(m.created),
                                 orNull(m.modified)};
    QString columns = QStringLiteral("guid, title, body, target_kind, target_id, disconfirming, coder_id, created, modified");
    QString values = QStringLiteral("$1, $2, $3, $4, $5, $6, coalesce($7, (SELECT id FROM coders WHERE name = $8)), "
                                    "coalesce($9, %1), coalesce($10, %1)")
                         .arg(m_session.nowSql());
    if (keepId) {
        params.emplace_back(m.id);
        columns.prepend(QStringLiteral("id, "));
        values.prepend(QStringLiteral("$11, "));
    }
    return m_session.insert(QStringLiteral("INSERT INTO memos(%1) VALUES (%2) RETURNING id").arg(columns, values),
                            params);
}

Status MemoStore::changed(Result<SqlRows> rows, Id memoId)
{
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return std::unexpected(noMemo(memoId));
    return {};
}

Status MemoStore::setText(Id memoId, const QString &title, const QString &body)
{
    return changed(m_session.query(QStringLiteral("UPDATE memos SET title = $1, body = $2, modified = %1 "
                                                  "WHERE id = $3 RETURNING id")
                                       .arg(m_session.nowSql()),
                                   {title, body, memoId}),
                   memoId);
}

Status MemoStore::setDisconfirming(Id memoId, bool disconfirming)
{
    return changed(m_session.query(QStringLiteral("UPDATE memos SET disconfirming = $1, modified = %1 "
                                                  "WHERE id = $2 RETURNING id")
                                       .arg(m_session.nowSql()),
                                   {std::int64_t{disconfirming ? 1 : 0}, memoId}),
                   memoId);
}

Status MemoStore::deleteMemo(Id memoId)
{
    return changed(m_session.query(QStringLiteral("DELETE FROM memos WHERE id = $1 RETURNING id"), {memoId}), memoId);
}

Result<std::vector<MemoInfo>> MemoStore::memosWhere(const QString &where, const std::vector<SqlValue> &params)
{
    return readRows(m_session.query(QStringLiteral("SELECT %1 %2").arg(kMemoColumns, where), params), readMemo);
}

Result<MemoInfo> MemoStore::memo(Id memoId)
{
    return firstOr(memosWhere(QStringLiteral("WHERE m.id = $1"), {memoId}), [memoId] { return noMemo(memoId); });
}

Result<std::vector<MemoInfo>> MemoStore::memos(const QString &search)
{
    return memosWhere(QStringLiteral("WHERE $1 = '' OR %1 > 0 OR %2 > 0 ORDER BY m.modified DESC, m.id DESC")
                          .arg(m_session.positionSql(QStringLiteral("lower(m.title)"), QStringLiteral("lower($1)")),
                               m_session.positionSql(QStringLiteral("lower(m.body)"), QStringLiteral("lower($1)"))),
                      {search.trimmed()});
}

Result<std::vector<MemoInfo>> MemoStore::memosOf(const QString &targetKind, std::optional<Id> targetId)
{
    return memosWhere(QStringLiteral("WHERE m.target_kind = $1 AND m.target_id IS NOT DISTINCT FROM $2 "
                                     "ORDER BY m.created, m.id"),
                      {targetKind, orNull(targetId)});
}

} // namespace gw

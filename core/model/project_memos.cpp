// Project: memos on the project, a source, a segment, a code, a theme or a
// dimension. Markdown bodies, saved as the researcher types.
#include "core/model/project.h"

#include <QCoreApplication>
#include <QUuid>

namespace gw {

namespace {

const QString kMemoColumns = QStringLiteral(
    "m.id, m.guid, m.title, m.body, m.target_kind, m.target_id, m.disconfirming, coalesce(k.name, ''), "
    "m.created, m.modified FROM memos m LEFT JOIN coders k ON k.id = m.coder_id");

MemoInfo readMemo(const Statement &r)
{
    MemoInfo m;
    m.id = r.int64(0);
    m.guid = r.text(1);
    m.title = r.text(2);
    m.body = r.text(3);
    m.targetKind = r.text(4);
    if (!r.isNull(5))
        m.targetId = r.int64(5);
    m.disconfirming = r.int64(6) != 0;
    m.coder = r.text(7);
    m.created = r.text(8);
    m.modified = r.text(9);
    return m;
}

// Qt's null string binds as SQL NULL; these columns want ''.
QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

bool isTargetKind(const QString &kind)
{
    static const QStringList kinds{QStringLiteral("project"), QStringLiteral("source"),
                                   QStringLiteral("segment"), QStringLiteral("code"),
                                   QStringLiteral("theme"),   QStringLiteral("dimension"),
                                   QStringLiteral("case")};
    return kinds.contains(kind);
}

Status checkTarget(const QString &kind, std::optional<Id> id)
{
    if (!isTargetKind(kind))
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::project_memos", "A memo cannot be attached to a \"%1\".").arg(kind));
    if ((kind == QStringLiteral("project")) != !id.has_value())
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::project_memos", "A memo on the project has no target; any other memo needs one."));
    return {};
}

} // namespace

Result<Id> Project::addMemo(const QString &targetKind, std::optional<Id> targetId, const QString &title,
                            const QString &body)
{
    MemoInfo m;
    m.guid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m.targetKind = targetKind;
    m.targetId = targetId;
    m.title = title;
    m.body = body;
    return restoreMemo(m);
}

Result<Id> Project::restoreMemo(const MemoInfo &m)
{
    if (auto ok = checkTarget(m.targetKind, m.targetId); !ok)
        return std::unexpected(ok.error());
    if (m.guid.isEmpty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::project_memos", "A restored memo needs its guid."));
    Id coder = 0;
    if (m.coder.isEmpty() || m.coder == m_coderName) {
        auto mine = coderId();
        if (!mine)
            return std::unexpected(mine.error());
        coder = *mine;
    }
    auto stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO memos(id, guid, title, body, target_kind, target_id, disconfirming, coder_id, created, "
        "modified) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, coalesce(?8, (SELECT id FROM coders WHERE name = ?9)), "
        "coalesce(?10, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), coalesce(?11, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))"));
    if (!stmt)
        return std::unexpected(stmt.error());
    if (m.id > 0)
        stmt->bind(1, m.id);
    else
        stmt->bindNull(1);
    stmt->bind(2, m.guid).bind(3, nonNull(m.title)).bind(4, nonNull(m.body)).bind(5, m.targetKind);
    if (m.targetId)
        stmt->bind(6, *m.targetId);
    else
        stmt->bindNull(6);
    stmt->bind(7, m.disconfirming ? 1 : 0);
    if (coder > 0)
        stmt->bind(8, coder);
    else
        stmt->bindNull(8);
    stmt->bind(9, m.coder);
    if (m.created.isEmpty())
        stmt->bindNull(10);
    else
        stmt->bind(10, m.created);
    if (m.modified.isEmpty())
        stmt->bindNull(11);
    else
        stmt->bind(11, m.modified);
    if (auto ok = stmt->run(); !ok)
        return std::unexpected(ok.error());
    const Id id = m_db.lastInsertId();
    Q_EMIT memosChanged();
    return id;
}

Status Project::setMemoText(Id memoId, const QString &title, const QString &body)
{
    auto stmt = m_db.prepare(QStringLiteral("UPDATE memos SET title = ?1, body = ?2, "
                                            "modified = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?3"));
    if (!stmt)
        return std::unexpected(stmt.error());
    if (auto ok = stmt->bind(1, nonNull(title)).bind(2, nonNull(body)).bind(3, memoId).run(); !ok)
        return ok;
    if (m_db.changes() == 0)
        return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::project_memos", "No memo with id %1.").arg(memoId));
    Q_EMIT memosChanged();
    return {};
}

Status Project::setMemoDisconfirming(Id memoId, bool disconfirming)
{
    auto stmt = m_db.prepare(QStringLiteral("UPDATE memos SET disconfirming = ?1, "
                                            "modified = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?2"));
    if (!stmt)
        return std::unexpected(stmt.error());
    if (auto ok = stmt->bind(1, disconfirming ? 1 : 0).bind(2, memoId).run(); !ok)
        return ok;
    if (m_db.changes() == 0)
        return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::project_memos", "No memo with id %1.").arg(memoId));
    Q_EMIT memosChanged();
    return {};
}

Status Project::removeMemo(Id memoId)
{
    auto stmt = m_db.prepare(QStringLiteral("DELETE FROM memos WHERE id = ?1"));
    if (!stmt)
        return std::unexpected(stmt.error());
    if (auto ok = stmt->bind(1, memoId).run(); !ok)
        return ok;
    if (m_db.changes() == 0)
        return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::project_memos", "No memo with id %1.").arg(memoId));
    Q_EMIT memosChanged();
    return {};
}

Result<MemoInfo> Project::memo(Id memoId)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT %1 WHERE m.id = ?1").arg(kMemoColumns));
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, memoId);
    auto list = collectRows<MemoInfo>(*stmt, readMemo);
    if (!list)
        return std::unexpected(list.error());
    if (list->empty())
        return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::project_memos", "No memo with id %1.").arg(memoId));
    return list->front();
}

Result<std::vector<MemoInfo>> Project::memos(const QString &search)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT %1 WHERE ?1 = '' OR instr(lower(m.title), lower(?1)) > 0 "
                                            "OR instr(lower(m.body), lower(?1)) > 0 ORDER BY m.modified DESC, m.id DESC")
                                 .arg(kMemoColumns));
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, nonNull(search.trimmed()));
    return collectRows<MemoInfo>(*stmt, readMemo);
}

Result<std::vector<MemoInfo>> Project::memosOf(const QString &targetKind, std::optional<Id> targetId)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT %1 WHERE m.target_kind = ?1 AND m.target_id IS ?2 "
                                            "ORDER BY m.created, m.id")
                                 .arg(kMemoColumns));
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, targetKind);
    if (targetId)
        stmt->bind(2, *targetId);
    else
        stmt->bindNull(2);
    return collectRows<MemoInfo>(*stmt, readMemo);
}

} // namespace gw

// Project: the audit log of restructuring (who, when, what, why), read back
// for the audit view, and the hierarchy as it was at a past entry.
#include "core/model/project.h"
#include "core/model/structure_snapshot.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace gw {

Status Project::writeAudit(const QString &action, const QJsonObject &details, const QString &why, bool withStructure)
{
    if (m_auditGroups > 0)
        return {};
    auto coder = coderId();
    if (!coder)
        return std::unexpected(coder.error());
    QJsonObject all = details;
    if (withStructure) {
        auto snapshot = structureSnapshot(m_db);
        if (!snapshot)
            return std::unexpected(snapshot.error());
        all.insert(QStringLiteral("structure"), *snapshot);
    }
    auto stmt = m_db.prepare(
        QStringLiteral("INSERT INTO audit_log(coder_id, action, details, why) VALUES (?1, ?2, ?3, ?4)"));
    if (!stmt)
        return std::unexpected(stmt.error());
    return stmt->bind(1, *coder)
        .bind(2, action)
        .bind(3, QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact)))
        .bind(4, why.isNull() ? QStringLiteral("") : why.trimmed())
        .run();
}

void Project::openAuditGroup()
{
    ++m_auditGroups;
}

Status Project::closeAuditGroup(const QString &action, const QJsonObject &details, const QString &why)
{
    if (m_auditGroups > 0)
        --m_auditGroups;
    if (m_auditGroups > 0)
        return {};
    return writeAudit(action, details, why);
}

Result<std::vector<AuditEntry>> Project::auditLog(const AuditFilter &filter)
{
    // The snapshot is left out of what is shown and searched: it names every
    // code, so every entry would match every code's name.
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT a.id, a.at, coalesce(k.name, ''), a.action, json_remove(a.details, '$.structure'), a.why, "
        "json_type(a.details, '$.structure') IS NOT NULL "
        "FROM audit_log a LEFT JOIN coders k ON k.id = a.coder_id "
        "WHERE (?1 = '' OR substr(a.action, 1, length(?1)) = ?1) AND (?2 = '' OR k.name = ?2) "
        "AND (?3 = '' OR instr(lower(json_remove(a.details, '$.structure')), lower(?3)) > 0 "
        "     OR instr(lower(a.why), lower(?3)) > 0) "
        "ORDER BY a.id DESC LIMIT ?4"));
    if (!stmt)
        return std::unexpected(stmt.error());
    const auto text = [](const QString &s) { return s.isNull() ? QStringLiteral("") : s; };
    stmt->bind(1, text(filter.actionPrefix))
        .bind(2, text(filter.coder.trimmed()))
        .bind(3, text(filter.text.trimmed()))
        .bind(4, filter.limit > 0 ? std::int64_t{filter.limit} : std::int64_t{-1});
    return collectRows<AuditEntry>(*stmt, [](const Statement &r) {
        return AuditEntry{r.int64(0), r.text(1), r.text(2), r.text(3), r.text(4), r.text(5), r.int64(6) != 0};
    });
}

Result<DataStructure> Project::structureAt(Id auditId)
{
    auto exists = m_db.prepare(QStringLiteral("SELECT 1 FROM audit_log WHERE id = ?1"));
    if (!exists)
        return std::unexpected(exists.error());
    exists->bind(1, auditId);
    auto found = exists->step();
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::project_audit", "No audit entry with id %1.").arg(auditId));
    exists->reset();
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT json_extract(details, '$.structure') FROM audit_log "
        "WHERE id <= ?1 AND json_type(details, '$.structure') IS NOT NULL ORDER BY id DESC LIMIT 1"));
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, auditId);
    auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return DataStructure{};
    const QJsonObject snapshot = QJsonDocument::fromJson(stmt->text(0).toUtf8()).object();
    stmt->reset();
    return structureFromSnapshot(snapshot);
}

} // namespace gw

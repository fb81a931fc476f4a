// Project: cases and attributes corrected one by one, and the case tables
// kept aside and put back whole (the undo of every case edit).
#include "core/model/project.h"
#include "core/store/kept_rows.h"

#include <QCoreApplication>
#include <QFile>
#include <sqlite3.h>

namespace gw {

namespace {

// The case tables, parents first, with the rows of each that belong to cases.
const KeptRows kCaseTables[] = {
    {"cases", "1"},
    {"attributes", "1"},
    {"attribute_values", "1"},
    {"case_sources", "1"},
    {"memos", "target_kind = 'case'"},
    {"source_sets", "1"},
    {"source_set_members", "1"},
};

Status renameIn(Database &db, const QString &table, const QString &what, Id id, const QString &name)
{
    const QString simplified = name.simplified();
    if (simplified.isEmpty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::project_case_edits", "A %1 needs a name.").arg(what));
    auto taken = db.prepare(QStringLiteral("SELECT id FROM %1 WHERE name = ?1 AND id <> ?2").arg(table));
    if (!taken)
        return std::unexpected(taken.error());
    taken->bind(1, simplified).bind(2, id);
    auto row = taken->step();
    if (!row)
        return std::unexpected(row.error());
    if (*row)
        return fail(ErrorKind::Conflict, QCoreApplication::translate("gw::project_case_edits", "A %1 named \"%2\" already exists.").arg(what, simplified));
    taken->reset();
    auto update = db.prepare(QStringLiteral("UPDATE %1 SET name = ?1 WHERE id = ?2").arg(table));
    if (!update)
        return std::unexpected(update.error());
    if (auto ok = update->bind(1, simplified).bind(2, id).run(); !ok)
        return ok;
    if (db.changes() == 0)
        return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::project_case_edits", "No %1 with id %2.").arg(what).arg(id));
    return {};
}

} // namespace

Status Project::renameCase(Id caseId, const QString &name)
{
    if (auto ok = renameIn(m_db, QStringLiteral("cases"), QCoreApplication::translate("gw::project_case_edits", "case"), caseId, name); !ok)
        return ok;
    Q_EMIT casesChanged();
    return {};
}

Status Project::setCaseDescription(Id caseId, const QString &description)
{
    auto update = m_db.prepare(QStringLiteral("UPDATE cases SET description = ?1 WHERE id = ?2"));
    if (!update)
        return std::unexpected(update.error());
    if (auto ok = update->bind(1, description.isNull() ? QStringLiteral("") : description).bind(2, caseId).run(); !ok)
        return ok;
    if (m_db.changes() == 0)
        return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::project_case_edits", "No case with id %1.").arg(caseId));
    Q_EMIT casesChanged();
    return {};
}

Status Project::removeCases(const std::vector<Id> &caseIds)
{
    if (caseIds.empty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::project_case_edits", "Choose the cases to remove."));
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    const QString list = jsonIdList(caseIds);
    auto memos = m_db.prepare(QStringLiteral(
        "DELETE FROM memos WHERE target_kind = 'case' AND target_id IN (SELECT value FROM json_each(?1))"));
    auto cases = m_db.prepare(QStringLiteral("DELETE FROM cases WHERE id IN (SELECT value FROM json_each(?1))"));
    if (!memos || !cases)
        return std::unexpected(!memos ? memos.error() : cases.error());
    if (auto ok = memos->bind(1, list).run(); !ok)
        return ok;
    if (auto ok = cases->bind(1, list).run(); !ok)
        return ok;
    if (m_db.changes() != int(caseIds.size()))
        return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::project_case_edits", "Some of the cases to remove are not in the project."));
    if (auto ok = tx.commit(); !ok)
        return ok;
    Q_EMIT casesChanged();
    Q_EMIT memosChanged();
    return {};
}

Status Project::renameAttribute(Id attributeId, const QString &name)
{
    if (auto ok = renameIn(m_db, QStringLiteral("attributes"), QCoreApplication::translate("gw::project_case_edits", "attribute"), attributeId, name); !ok)
        return ok;
    Q_EMIT casesChanged();
    return {};
}

Status Project::removeAttribute(Id attributeId)
{
    auto drop = m_db.prepare(QStringLiteral("DELETE FROM attributes WHERE id = ?1"));
    if (!drop)
        return std::unexpected(drop.error());
    if (auto ok = drop->bind(1, attributeId).run(); !ok)
        return ok;
    if (m_db.changes() == 0)
        return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::project_case_edits", "No attribute with id %1.").arg(attributeId));
    Q_EMIT casesChanged();
    return {};
}

Result<std::int64_t> Project::keepCaseTables()
{
    Transaction tx(m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    auto token = keepRows(m_db, kCaseTables);
    if (!token)
        return token;
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return token;
}

Status Project::restoreCaseTables(std::int64_t token)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (auto ok = deleteRows(m_db, kCaseTables); !ok)
        return ok;
    if (auto ok = putBackRows(m_db, kCaseTables, token); !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    Q_EMIT casesChanged();
    Q_EMIT memosChanged();
    return {};
}

Status Project::copyTo(const QString &path)
{
    QFile::remove(path);
    return m_db.backupTo(path);
}

Status Project::replaceWith(const QString &path)
{
    const RowIds before = rowIds();
    sqlite3 *from = nullptr;
    const QByteArray utf8 = path.toUtf8();
    if (sqlite3_open_v2(utf8.constData(), &from, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close_v2(from);
        return fail(ErrorKind::Io, QCoreApplication::translate("gw::project_case_edits", "Cannot read the kept copy %1.").arg(path));
    }
    sqlite3_backup *backup = sqlite3_backup_init(m_db.handle(), "main", from, "main");
    int rc = SQLITE_ERROR;
    if (backup) {
        rc = sqlite3_backup_step(backup, -1);
        sqlite3_backup_finish(backup);
    }
    sqlite3_close_v2(from);
    if (rc != SQLITE_DONE)
        return fail(ErrorKind::Database, QCoreApplication::translate("gw::project_case_edits", "Cannot put the project back as it was: %1").arg(m_db.lastError()));
    announceSince(before);
    return {};
}

} // namespace gw

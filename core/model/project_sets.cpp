// Project: named sets of sources.
#include "core/model/project.h"

#include <QCoreApplication>
#include <QUuid>

namespace gw {

namespace {

Result<std::vector<SourceSetInfo>> loadSets(Database &db, const QString &where, const QString &key)
{
    auto stmt = db.prepare(QStringLiteral("SELECT t.id, t.guid, t.name, t.description, s.id, s.name FROM source_sets t "
                                          "LEFT JOIN source_set_members m ON m.set_id = t.id "
                                          "LEFT JOIN sources s ON s.id = m.source_id %1 "
                                          "ORDER BY t.name COLLATE NOCASE, t.id, s.name COLLATE NOCASE")
                               .arg(where));
    if (!stmt)
        return std::unexpected(stmt.error());
    if (!key.isNull())
        stmt->bind(1, key);
    std::vector<SourceSetInfo> sets;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return sets;
        if (sets.empty() || sets.back().id != stmt->int64(0))
            sets.push_back({stmt->int64(0), stmt->text(1), stmt->text(2), stmt->text(3), {}, {}});
        if (!stmt->isNull(4)) {
            sets.back().sourceIds << stmt->int64(4);
            sets.back().sourceNames << stmt->text(5);
        }
    }
}

} // namespace

Result<std::vector<SourceSetInfo>> Project::sourceSets()
{
    return loadSets(m_db, {}, QString());
}

Result<SourceSetInfo> Project::sourceSetByName(const QString &name)
{
    auto sets = loadSets(m_db, QStringLiteral("WHERE t.name = ?1"), name.simplified());
    if (!sets)
        return std::unexpected(sets.error());
    if (sets->empty())
        return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::project_sets", "No set named \"%1\".").arg(name.simplified()));
    return sets->front();
}

Result<Id> Project::addToSourceSet(const QString &name, const std::vector<Id> &sourceIds)
{
    const QString simplified = name.simplified();
    if (simplified.isEmpty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::project_sets", "A set needs a name."));
    Transaction tx(m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    auto make = m_db.prepare(QStringLiteral("INSERT INTO source_sets(guid, name) VALUES (?1, ?2) ON CONFLICT(name) DO NOTHING"));
    if (!make)
        return std::unexpected(make.error());
    if (auto ok = make->bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces)).bind(2, simplified).run(); !ok)
        return std::unexpected(ok.error());
    auto id = m_db.prepare(QStringLiteral("SELECT id FROM source_sets WHERE name = ?1"));
    if (!id)
        return std::unexpected(id.error());
    id->bind(1, simplified);
    if (auto row = id->step(); !row || !*row)
        return fail(ErrorKind::Database, QCoreApplication::translate("gw::project_sets", "The set \"%1\" was not made.").arg(simplified));
    const Id setId = id->int64(0);
    id->reset();
    auto add = m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO source_set_members(set_id, source_id) "
                                           "SELECT ?1, s.id FROM sources s WHERE s.id IN (SELECT value FROM json_each(?2))"));
    if (!add)
        return std::unexpected(add.error());
    if (auto ok = add->bind(1, setId).bind(2, jsonIdList(sourceIds)).run(); !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    Q_EMIT casesChanged();
    return setId;
}

Status Project::removeFromSourceSet(Id setId, const std::vector<Id> &sourceIds)
{
    auto drop = m_db.prepare(QStringLiteral(
        "DELETE FROM source_set_members WHERE set_id = ?1 AND source_id IN (SELECT value FROM json_each(?2))"));
    if (!drop)
        return std::unexpected(drop.error());
    if (auto ok = drop->bind(1, setId).bind(2, jsonIdList(sourceIds)).run(); !ok)
        return ok;
    Q_EMIT casesChanged();
    return {};
}

Status Project::removeSourceSet(Id setId)
{
    auto drop = m_db.prepare(QStringLiteral("DELETE FROM source_sets WHERE id = ?1"));
    if (!drop)
        return std::unexpected(drop.error());
    if (auto ok = drop->bind(1, setId).run(); !ok)
        return ok;
    if (m_db.changes() == 0)
        return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::project_sets", "No set with id %1.").arg(setId));
    Q_EMIT casesChanged();
    return {};
}

Status Project::renameSourceSet(Id setId, const QString &name)
{
    const QString simplified = name.simplified();
    if (simplified.isEmpty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::project_sets", "A set needs a name."));
    auto rename = m_db.prepare(QStringLiteral("UPDATE source_sets SET name = ?1 WHERE id = ?2"));
    if (!rename)
        return std::unexpected(rename.error());
    if (auto ok = rename->bind(1, simplified).bind(2, setId).run(); !ok) {
        if (ok.error().kind == ErrorKind::Conflict)
            return fail(ErrorKind::Conflict, QCoreApplication::translate("gw::project_sets", "A set named \"%1\" already exists.").arg(simplified));
        return ok;
    }
    if (m_db.changes() == 0)
        return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::project_sets", "No set with id %1.").arg(setId));
    Q_EMIT casesChanged();
    return {};
}

} // namespace gw

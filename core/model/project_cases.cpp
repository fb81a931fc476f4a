// Project: cases, their typed attributes and their links to sources. The
// single edits and writeCases share the helpers below, which run inside the
// caller's transaction, so a whole sheet commits as one.
#include "core/model/display_names.h"
#include "core/model/project.h"

#include <QCoreApplication>
#include <QHash>
#include <QUuid>
#include <algorithm>

namespace gw {

namespace {

QString newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Result<std::optional<Id>> idByName(Database &db, const QString &table, const QString &name)
{
    auto stmt = db.prepare(QStringLiteral("SELECT id FROM %1 WHERE name = ?1").arg(table));
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, name);
    auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? std::optional<Id>(stmt->int64(0)) : std::nullopt;
}

Result<Id> insertCase(Database &db, const QString &name, const QString &description)
{
    auto stmt = db.prepare(QStringLiteral(
        "INSERT INTO cases(guid, name, description) VALUES (?1, ?2, coalesce(?3, ''))"));
    if (!stmt)
        return std::unexpected(stmt.error());
    if (auto ok = stmt->bind(1, newGuid()).bind(2, name).bind(3, description).run(); !ok)
        return std::unexpected(ok.error());
    return db.lastInsertId();
}

// The position after the last attribute's: one scan of the table, so a sheet
// of many columns asks once and counts on (not once per column).
Result<std::int64_t> nextAttributePosition(Database &db)
{
    return db.scalar(QStringLiteral("SELECT coalesce(max(position) + 1, 0) FROM attributes"));
}

Result<Id> insertAttribute(Database &db, const QString &name, AttributeType type, std::int64_t position)
{
    auto stmt = db.prepare(
        QStringLiteral("INSERT INTO attributes(guid, name, type, position) VALUES (?1, ?2, ?3, ?4)"));
    if (!stmt)
        return std::unexpected(stmt.error());
    if (auto ok = stmt->bind(1, newGuid()).bind(2, name).bind(3, toString(type)).bind(4, position).run(); !ok)
        return std::unexpected(ok.error());
    return db.lastInsertId();
}

Status writeValue(Database &db, Id caseId, const AttributeInfo &attribute, const QString &value)
{
    if (value.trimmed().isEmpty()) {
        auto del = db.prepare(QStringLiteral(
            "DELETE FROM attribute_values WHERE case_id = ?1 AND attribute_id = ?2"));
        if (!del)
            return std::unexpected(del.error());
        return del->bind(1, caseId).bind(2, attribute.id).run();
    }
    const auto stored = attributeValue(attribute.type, value);
    if (!stored)
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::project_cases", "\"%1\" is not a %2, as the attribute \"%3\" needs.")
                        .arg(value.trimmed(), displayName(attribute.type), attribute.name));
    auto stmt = db.prepare(QStringLiteral(
        "INSERT INTO attribute_values(case_id, attribute_id, value) VALUES (?1, ?2, ?3) "
        "ON CONFLICT(case_id, attribute_id) DO UPDATE SET value = ?3"));
    if (!stmt)
        return std::unexpected(stmt.error());
    return stmt->bind(1, caseId).bind(2, attribute.id).bind(3, *stored).run();
}

Status insertLink(Database &db, Id caseId, Id sourceId)
{
    auto stmt = db.prepare(
        QStringLiteral("INSERT OR IGNORE INTO case_sources(case_id, source_id) VALUES (?1, ?2)"));
    if (!stmt)
        return std::unexpected(stmt.error());
    if (auto ok = stmt->bind(1, caseId).bind(2, sourceId).run(); !ok) {
        if (ok.error().kind == ErrorKind::Conflict) // a foreign key: no such case or source
            return fail(
                ErrorKind::NotFound,
                QCoreApplication::translate("gw::project_cases", "No case %1 or no source %2 to link.").arg(caseId).arg(sourceId));
        return ok;
    }
    return {};
}

AttributeInfo readAttribute(const Statement &row)
{
    return AttributeInfo{row.int64(0), row.text(1), row.text(2),
                         attributeTypeFromString(row.text(3)).value_or(AttributeType::Text),
                         int(row.int64(4))};
}

// The cases matching WHERE (SQL over "c", binding ?1 to KEY when given), each
// with its values and linked sources.
Result<std::vector<CaseInfo>> loadCases(Database &db, const QString &where, std::optional<Id> key)
{
    auto stmt =
        db.prepare(QStringLiteral("SELECT c.id, c.guid, c.name, c.description FROM cases c %1 "
                                  "ORDER BY c.name COLLATE NOCASE, c.name")
                       .arg(where));
    if (!stmt)
        return std::unexpected(stmt.error());
    if (key)
        stmt->bind(1, *key);
    auto list = collectRows<CaseInfo>(*stmt, [](const Statement &r) {
        CaseInfo c;
        c.id = r.int64(0);
        c.guid = r.text(1);
        c.name = r.text(2);
        c.description = r.text(3);
        return c;
    });
    if (!list)
        return list;
    auto values = db.prepare(
        QStringLiteral("SELECT a.name, a.type, v.value FROM attribute_values v JOIN attributes a "
                       "ON a.id = v.attribute_id "
                       "WHERE v.case_id = ?1 AND v.value IS NOT NULL ORDER BY a.position, a.id"));
    auto sources = db.prepare(QStringLiteral(
        "SELECT s.id, s.name FROM case_sources l JOIN sources s ON s.id = l.source_id "
        "WHERE l.case_id = ?1 ORDER BY s.name COLLATE NOCASE"));
    if (!values || !sources)
        return std::unexpected(!values ? values.error() : sources.error());
    for (CaseInfo &c : *list) {
        values->reset();
        values->bind(1, c.id);
        for (;;) {
            auto row = values->step();
            if (!row)
                return std::unexpected(row.error());
            if (!*row)
                break;
            c.values.append(
                CaseValue{values->text(0),
                          attributeTypeFromString(values->text(1)).value_or(AttributeType::Text),
                          values->text(2)});
        }
        sources->reset();
        sources->bind(1, c.id);
        for (;;) {
            auto row = sources->step();
            if (!row)
                return std::unexpected(row.error());
            if (!*row)
                break;
            c.sourceIds.append(sources->int64(0));
            c.sourceNames.append(sources->text(1));
        }
    }
    return list;
}

} // namespace

Result<Id> Project::addCase(const QString &name, const QString &description)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::project_cases", "A case needs a name."));
    auto existing = idByName(m_db, QStringLiteral("cases"), trimmed);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing)
        return fail(ErrorKind::Conflict,
                    QCoreApplication::translate("gw::project_cases", "A case named \"%1\" already exists.").arg(trimmed));
    auto id = insertCase(m_db, trimmed, description);
    if (id)
        Q_EMIT casesChanged();
    return id;
}

Result<std::vector<CaseInfo>> Project::cases()
{
    return loadCases(m_db, {}, std::nullopt);
}

Result<CaseInfo> Project::caseById(Id id)
{
    auto list = loadCases(m_db, QStringLiteral("WHERE c.id = ?1"), id);
    if (!list)
        return std::unexpected(list.error());
    if (list->empty())
        return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::project_cases", "No case with id %1.").arg(id));
    return list->front();
}

Result<CaseInfo> Project::caseByName(const QString &name)
{
    auto id = idByName(m_db, QStringLiteral("cases"), name.simplified());
    if (!id)
        return std::unexpected(id.error());
    if (!*id)
        return fail(ErrorKind::NotFound,
                    QCoreApplication::translate("gw::project_cases", "No case named \"%1\" in the project.").arg(name));
    return caseById(**id);
}

Result<std::vector<CaseInfo>> Project::casesOfSource(Id sourceId)
{
    return loadCases(
        m_db,
        QStringLiteral("WHERE c.id IN (SELECT case_id FROM case_sources WHERE source_id = ?1)"),
        sourceId);
}

Result<Id> Project::addAttribute(const QString &name, AttributeType type)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::project_cases", "An attribute needs a name."));
    if (attributeByName(trimmed))
        return fail(ErrorKind::Conflict,
                    QCoreApplication::translate("gw::project_cases", "An attribute named \"%1\" already exists.").arg(trimmed));
    auto position = nextAttributePosition(m_db);
    if (!position)
        return std::unexpected(position.error());
    auto id = insertAttribute(m_db, trimmed, type, *position);
    if (id)
        Q_EMIT casesChanged();
    return id;
}

Result<std::vector<AttributeInfo>> Project::attributes()
{
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT id, guid, name, type, position FROM attributes ORDER BY position, id"));
    if (!stmt)
        return std::unexpected(stmt.error());
    return collectRows<AttributeInfo>(*stmt, readAttribute);
}

Result<AttributeInfo> Project::attributeByName(const QString &name)
{
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT id, guid, name, type, position FROM attributes WHERE name = ?1"));
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, name.simplified());
    auto list = collectRows<AttributeInfo>(*stmt, readAttribute);
    if (!list)
        return std::unexpected(list.error());
    if (list->empty())
        return fail(ErrorKind::NotFound,
                    QCoreApplication::translate("gw::project_cases", "No attribute named \"%1\" in the project.").arg(name));
    return list->front();
}

Status Project::setAttributeValue(Id caseId, Id attributeId, const QString &value)
{
    auto attrs = attributes();
    if (!attrs)
        return std::unexpected(attrs.error());
    const auto attr = std::ranges::find(*attrs, attributeId, &AttributeInfo::id);
    if (attr == attrs->end())
        return fail(ErrorKind::NotFound,
                    QCoreApplication::translate("gw::project_cases", "No attribute with id %1.").arg(attributeId));
    if (auto c = caseById(caseId); !c)
        return std::unexpected(c.error());
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (auto ok = writeValue(m_db, caseId, *attr, value); !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    Q_EMIT casesChanged();
    return {};
}

Status Project::linkCaseSource(Id caseId, Id sourceId)
{
    if (auto ok = insertLink(m_db, caseId, sourceId); !ok)
        return ok;
    Q_EMIT casesChanged();
    return {};
}

Status Project::unlinkCaseSource(Id caseId, Id sourceId)
{
    auto stmt = m_db.prepare(
        QStringLiteral("DELETE FROM case_sources WHERE case_id = ?1 AND source_id = ?2"));
    if (!stmt)
        return std::unexpected(stmt.error());
    if (auto ok = stmt->bind(1, caseId).bind(2, sourceId).run(); !ok)
        return ok;
    if (m_db.changes() == 0)
        return fail(
            ErrorKind::NotFound,
            QCoreApplication::translate("gw::project_cases", "Case %1 is not linked to source %2.").arg(caseId).arg(sourceId));
    Q_EMIT casesChanged();
    return {};
}

Status Project::writeCases(const CaseBatch &batch)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    QHash<QString, AttributeInfo> byName;
    auto existing = attributes();
    if (!existing)
        return std::unexpected(existing.error());
    for (const AttributeInfo &a : *existing)
        byName.insert(a.name, a);
    auto position = nextAttributePosition(m_db);
    if (!position)
        return std::unexpected(position.error());
    for (const auto &[name, type] : batch.attributes) {
        const QString trimmed = name.simplified();
        if (trimmed.isEmpty())
            return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::project_cases", "An attribute needs a name."));
        if (byName.contains(trimmed))
            continue; // an existing attribute keeps its type
        auto id = insertAttribute(m_db, trimmed, type, (*position)++);
        if (!id)
            return std::unexpected(id.error());
        byName.insert(trimmed, AttributeInfo{*id, {}, trimmed, type, 0});
    }
    for (const CaseRecord &record : batch.cases) {
        const QString name = record.name.simplified();
        if (name.isEmpty())
            return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::project_cases", "A case needs a name."));
        auto found = idByName(m_db, QStringLiteral("cases"), name);
        if (!found)
            return std::unexpected(found.error());
        auto caseId = *found ? Result<Id>(**found) : insertCase(m_db, name, {});
        if (!caseId)
            return std::unexpected(caseId.error());
        for (const auto &[attribute, value] : record.values) {
            const auto attr = byName.constFind(attribute.simplified());
            if (attr == byName.cend())
                return fail(
                    ErrorKind::NotFound,
                    QCoreApplication::translate("gw::project_cases", "No attribute named \"%1\" in the project.").arg(attribute));
            if (auto ok = writeValue(m_db, *caseId, *attr, value); !ok)
                return fail(ok.error().kind,
                            QCoreApplication::translate("gw::project_cases", "Case \"%1\": %2").arg(name, ok.error().message));
        }
        for (Id sourceId : record.sourceIds)
            if (auto ok = insertLink(m_db, *caseId, sourceId); !ok)
                return ok;
    }
    if (auto ok = tx.commit(); !ok)
        return ok;
    Q_EMIT casesChanged();
    return {};
}

} // namespace gw

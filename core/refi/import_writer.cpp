#include "core/refi/import_writer.h"

#include "core/model/source_match.h"

#include <tuple>

#include "core/model/project.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QUuid>
#include <tuple>

namespace gw::refi {

namespace {

QString newGuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

// Binds TEXT, or NULL when empty (so the column's default applies via coalesce).
Statement &bindOrNull(Statement &s, int index, const QString &text)
{
    return text.isEmpty() ? s.bindNull(index) : s.bind(index, text);
}

class Writer
{
public:
    Writer(Project &project, const ImportPlan &plan) : m_project(project), m_db(project.database()), m_plan(plan) {}
    Result<WriteReport> run();

private:
    Result<std::optional<Id>> lookup(const QString &sql, const QString &value);
    Result<std::optional<Id>> lookup(const QString &sql, const QString &a, const QString &b);
    Status coders();
    Status sources();
    Status tiers();
    Status codes();
    Status segments();
    Status exemplars();
    Status cases();
    Status memos();
    Status sets();
    Status history();
    Result<QString> freeName(const QString &table, const QString &name);

    Project &m_project;
    Database &m_db;
    const ImportPlan &m_plan;
    WriteReport m_report;
    bool m_empty = false;
    Id m_defaultCoder = 0;
    QHash<QString, Id> m_coders, m_sources, m_codes, m_segments, m_themes, m_dimensions, m_attributes, m_cases;
    QHash<QString, SourceHere> m_trimmedSources; // by their guid: matched but for white space at the end
};

Result<std::optional<Id>> Writer::lookup(const QString &sql, const QString &value)
{
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, value);
    auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? std::optional<Id>(stmt->int64(0)) : std::nullopt;
}

Result<std::optional<Id>> Writer::lookup(const QString &sql, const QString &a, const QString &b)
{
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, a).bind(2, b);
    auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? std::optional<Id>(stmt->int64(0)) : std::nullopt;
}

Result<QString> Writer::freeName(const QString &table, const QString &name)
{
    QString candidate = name;
    for (int n = 2;; ++n) {
        auto found = lookup(QStringLiteral("SELECT id FROM %1 WHERE name = ?1").arg(table), candidate);
        if (!found)
            return std::unexpected(found.error());
        if (!*found)
            return candidate;
        candidate = QStringLiteral("%1 (%2)").arg(name).arg(n);
    }
}

Status Writer::coders()
{
    for (const PlannedCoder &c : m_plan.coders) {
        auto found = lookup(QStringLiteral("SELECT id FROM coders WHERE name = ?1"), c.name);
        if (!found)
            return std::unexpected(found.error());
        auto guidTaken = lookup(QStringLiteral("SELECT id FROM coders WHERE guid = ?1"), c.guid);
        if (!guidTaken)
            return std::unexpected(guidTaken.error());
        if (*found) {
            // Into an empty project, the coder of the same name is the file's coder: it takes
            // the file's identity so that a round trip keeps every GUID.
            if (m_empty && !*guidTaken) {
                auto adopt = m_db.prepare(QStringLiteral(
                    "UPDATE coders SET guid = ?1, created = coalesce(?2, created) WHERE id = ?3"));
                if (!adopt)
                    return std::unexpected(adopt.error());
                adopt->bind(1, c.guid);
                bindOrNull(*adopt, 2, c.created);
                adopt->bind(3, **found);
                if (auto ok = adopt->run(); !ok)
                    return ok;
            }
            m_coders.insert(c.guid, **found);
            continue;
        }
        auto stmt = m_db.prepare(QStringLiteral(
            "INSERT INTO coders(guid, name, created) VALUES (?1, ?2, coalesce(?3, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))"));
        if (!stmt)
            return std::unexpected(stmt.error());
        stmt->bind(1, *guidTaken ? newGuid() : c.guid).bind(2, c.name);
        bindOrNull(*stmt, 3, c.created);
        if (auto ok = stmt->run(); !ok)
            return ok;
        m_coders.insert(c.guid, m_db.lastInsertId());
        ++m_report.codersAdded;
    }
    auto mine = lookup(QStringLiteral("SELECT id FROM coders WHERE name = ?1"), m_project.coder());
    if (!mine)
        return std::unexpected(mine.error());
    m_defaultCoder = mine->value_or(0);
    return {};
}

Status Writer::sources()
{
    auto insert = QStringLiteral(
        "INSERT INTO sources(guid, kind, name, text, content_hash, original_name, original_format, source_date, "
        "metadata, imported, length) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, coalesce(?9, '{}'), "
        "coalesce(?10, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), ?11)");
    SourceMatcher matcher(m_db);
    for (size_t i = 0; i < m_plan.sources.size(); ++i) {
        const PlannedSource &p = m_plan.sources[i];
        auto same = matcher.find(p.hash, p.source.text);
        if (!same)
            return std::unexpected(same.error());
        if (*same) {
            m_sources.insert(p.guid, (*same)->id);
            ++m_report.sourcesMatched;
            if ((*same)->trailingSpaceDiffers) {
                m_trimmedSources.insert(p.guid, **same);
                ++m_report.sourcesMatchedTrimmed;
            }
            continue;
        }
        auto name = freeName(QStringLiteral("sources"), p.source.name);
        auto guidTaken = lookup(QStringLiteral("SELECT id FROM sources WHERE guid = ?1"), p.guid);
        if (!name || !guidTaken)
            return std::unexpected(!name ? name.error() : guidTaken.error());
        auto stmt = m_db.prepare(insert);
        if (!stmt)
            return std::unexpected(stmt.error());
        stmt->bind(1, *guidTaken ? newGuid() : p.guid)
            .bind(2, toString(p.source.kind))
            .bind(3, *name)
            .bind(4, p.source.text)
            .bind(5, p.hash);
        bindOrNull(*stmt, 6, p.source.originalName);
        bindOrNull(*stmt, 7, p.source.originalFormat);
        bindOrNull(*stmt, 8, p.sourceDate);
        bindOrNull(*stmt, 9, p.source.metadata);
        bindOrNull(*stmt, 10, p.imported);
        stmt->bind(11, p.length);
        if (auto ok = stmt->run(); !ok)
            return ok;
        const Id id = m_db.lastInsertId();
        m_sources.insert(p.guid, id);
        m_report.newSources.append(id);
        ++m_report.sourcesAdded;
        if (i < m_plan.turns.size() && !m_plan.turns[i].isEmpty()) {
            auto turn = m_db.prepare(QStringLiteral(
                "INSERT INTO turns(source_id, speaker, start, end, timestamp_ms) VALUES (?1, ?2, ?3, ?4, ?5)"));
            if (!turn)
                return std::unexpected(turn.error());
            for (const Turn &t : m_plan.turns[i]) {
                if (t.start < 0 || t.end < t.start || t.end > p.length)
                    continue;
                turn->reset();
                turn->bind(1, id).bind(2, t.speaker.isNull() ? QStringLiteral("") : t.speaker).bind(3, t.start).bind(4, t.end);
                if (t.timestampMs)
                    turn->bind(5, *t.timestampMs);
                else
                    turn->bindNull(5);
                if (auto ok = turn->run(); !ok)
                    return ok;
            }
        }
    }
    return {};
}

Status Writer::tiers()
{
    const auto place = [&](const std::vector<PlannedTier> &tiers, const QString &table, QHash<QString, Id> &ids,
                           int &added) -> Status {
        for (const PlannedTier &t : tiers) {
            auto found = lookup(QStringLiteral("SELECT id FROM %1 WHERE guid = ?1 OR name = ?2").arg(table), t.guid, t.name);
            if (!found)
                return std::unexpected(found.error());
            if (*found) {
                ids.insert(t.guid, **found);
                continue;
            }
            auto stmt = m_db.prepare(
                table == u"themes"
                    ? QStringLiteral("INSERT INTO themes(guid, name, definition, position, dimension_id) VALUES (?1, ?2, ?3, ?4, ?5)")
                    : QStringLiteral("INSERT INTO dimensions(guid, name, definition, position) VALUES (?1, ?2, ?3, ?4)"));
            if (!stmt)
                return std::unexpected(stmt.error());
            stmt->bind(1, t.guid).bind(2, t.name).bind(3, t.definition.isNull() ? QStringLiteral("") : t.definition).bind(4, t.position);
            if (table == u"themes") {
                if (m_dimensions.contains(t.dimensionGuid))
                    stmt->bind(5, m_dimensions.value(t.dimensionGuid));
                else
                    stmt->bindNull(5);
            }
            if (auto ok = stmt->run(); !ok)
                return ok;
            ids.insert(t.guid, m_db.lastInsertId());
            ++added;
        }
        return {};
    };
    if (auto ok = place(m_plan.dimensions, QStringLiteral("dimensions"), m_dimensions, m_report.dimensionsAdded); !ok)
        return ok;
    return place(m_plan.themes, QStringLiteral("themes"), m_themes, m_report.themesAdded);
}

Status Writer::codes()
{
    auto offset = m_db.scalar(QStringLiteral("SELECT coalesce(max(position) + 1, 0) FROM codes"));
    if (!offset)
        return std::unexpected(offset.error());
    for (const PlannedCode &c : m_plan.codes) {
        auto found = lookup(QStringLiteral("SELECT id FROM codes WHERE guid = ?1"), c.guid);
        if (!found)
            return std::unexpected(found.error());
        if (!*found && !c.archived) {
            found = lookup(QStringLiteral("SELECT id FROM codes WHERE name = ?1 AND archived = 0"), c.name);
            if (!found)
                return std::unexpected(found.error());
        }
        if (*found) {
            m_codes.insert(c.guid, **found);
            ++m_report.codesMatched;
            continue;
        }
        auto stmt = m_db.prepare(QStringLiteral(
            "INSERT INTO codes(guid, name, definition, color, stage, archived, position, created_by, created) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, coalesce(?9, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))"));
        if (!stmt)
            return std::unexpected(stmt.error());
        stmt->bind(1, c.guid)
            .bind(2, c.name)
            .bind(3, c.definition.isNull() ? QStringLiteral("") : c.definition)
            .bind(4, c.color)
            .bind(5, toString(c.stage))
            .bind(6, c.archived ? 1 : 0)
            .bind(7, *offset + c.position);
        const Id by = m_coders.value(c.createdBy, m_plan.preview.fromGroundwork && c.createdBy.isEmpty() ? 0 : m_defaultCoder);
        if (by > 0)
            stmt->bind(8, by);
        else
            stmt->bindNull(8);
        bindOrNull(*stmt, 9, c.created);
        if (auto ok = stmt->run(); !ok)
            return ok;
        const Id id = m_db.lastInsertId();
        m_codes.insert(c.guid, id);
        m_report.newCodes.append(id);
        ++m_report.codesAdded;
    }
    for (const PlannedThemeCode &tc : m_plan.themeCodes) {
        if (!m_codes.contains(tc.codeGuid) || !m_themes.contains(tc.themeGuid))
            continue;
        auto stmt = m_db.prepare(
            QStringLiteral("INSERT INTO theme_codes(code_id, theme_id, position) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING"));
        if (!stmt)
            return std::unexpected(stmt.error());
        if (auto ok = stmt->bind(1, m_codes.value(tc.codeGuid)).bind(2, m_themes.value(tc.themeGuid)).bind(3, tc.position).run(); !ok)
            return ok;
    }
    return {};
}

Status Writer::segments()
{
    const QString insert = QStringLiteral(
        "INSERT INTO segments(guid, source_id, code_id, start, end, coder_id, created) VALUES "
        "(?1, ?2, ?3, ?4, ?5, ?6, coalesce(?7, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))) ON CONFLICT DO NOTHING");
    const QString byGuid = QStringLiteral("SELECT id FROM segments WHERE guid = ?1");
    const QString same = QStringLiteral(
        "SELECT id FROM segments WHERE source_id = ?1 AND code_id = ?2 AND start = ?3 AND end = ?4 AND coder_id IS ?5");
    for (const PlannedSegment &s : m_plan.segments) {
        const Id source = m_sources.value(s.sourceGuid), code = m_codes.value(s.codeGuid);
        const Id coder = m_coders.value(s.coderGuid, m_defaultCoder);
        if (source == 0 || code == 0)
            return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::import_writer", "a segment refers to a source or code that was not written"));
        std::int64_t start = s.start, end = s.end;
        if (const auto trimmed = m_trimmedSources.constFind(s.sourceGuid); trimmed != m_trimmedSources.cend()) {
            const auto range = SourceMatcher::clamp(*trimmed, start, end);
            if (!range)
                continue; // it coded only the file's extra white space at the end
            std::tie(start, end) = *range;
        }
        QString guid = s.guid;
        auto taken = lookup(byGuid, guid);
        if (!taken)
            return std::unexpected(taken.error());
        if (*taken)
            guid = newGuid();
        auto stmt = m_db.prepare(insert);
        if (!stmt)
            return std::unexpected(stmt.error());
        stmt->bind(1, guid).bind(2, source).bind(3, code).bind(4, start).bind(5, end);
        if (coder > 0)
            stmt->bind(6, coder);
        else
            stmt->bindNull(6);
        bindOrNull(*stmt, 7, s.created);
        if (auto ok = stmt->run(); !ok)
            return ok;
        if (m_db.changes() == 0) {
            ++m_report.segmentsExisting;
            auto existing = m_db.prepare(same);
            if (!existing)
                return std::unexpected(existing.error());
            existing->bind(1, source).bind(2, code).bind(3, start).bind(4, end);
            if (coder > 0)
                existing->bind(5, coder);
            else
                existing->bindNull(5);
            auto row = existing->step();
            if (!row)
                return std::unexpected(row.error());
            if (*row)
                m_segments.insert(s.guid, existing->int64(0));
            continue;
        }
        m_segments.insert(s.guid, m_db.lastInsertId());
        ++m_report.segmentsAdded;
    }
    return {};
}

Status Writer::exemplars()
{
    for (const PlannedExemplar &e : m_plan.exemplars) {
        if (!m_themes.contains(e.themeGuid) || !m_segments.contains(e.segmentGuid))
            continue;
        auto stmt = m_db.prepare(QStringLiteral(
            "INSERT INTO theme_exemplars(theme_id, segment_id, position) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING"));
        if (!stmt)
            return std::unexpected(stmt.error());
        if (auto ok = stmt->bind(1, m_themes.value(e.themeGuid)).bind(2, m_segments.value(e.segmentGuid)).bind(3, e.position).run(); !ok)
            return ok;
    }
    return {};
}

Status Writer::cases()
{
    QHash<QString, AttributeType> types;
    for (const PlannedAttribute &a : m_plan.attributes) {
        auto stmt = m_db.prepare(QStringLiteral("SELECT id, type FROM attributes WHERE name = ?1"));
        if (!stmt)
            return std::unexpected(stmt.error());
        stmt->bind(1, a.name);
        auto row = stmt->step();
        if (!row)
            return std::unexpected(row.error());
        if (*row) {
            m_attributes.insert(a.guid, stmt->int64(0));
            types.insert(a.guid, attributeTypeFromString(stmt->text(1)).value_or(AttributeType::Text));
            continue;
        }
        auto guidTaken = lookup(QStringLiteral("SELECT id FROM attributes WHERE guid = ?1"), a.guid);
        if (!guidTaken)
            return std::unexpected(guidTaken.error());
        auto insert = m_db.prepare(QStringLiteral(
            "INSERT INTO attributes(guid, name, type, position) "
            "VALUES (?1, ?2, ?3, ?4 + (SELECT CASE WHEN ?5 THEN 0 ELSE coalesce(max(position) + 1, 0) END FROM attributes))"));
        if (!insert)
            return std::unexpected(insert.error());
        insert->bind(1, *guidTaken ? newGuid() : a.guid).bind(2, a.name).bind(3, toString(a.type)).bind(4, a.position).bind(5, m_empty ? 1 : 0);
        if (auto ok = insert->run(); !ok)
            return ok;
        m_attributes.insert(a.guid, m_db.lastInsertId());
        types.insert(a.guid, a.type);
        ++m_report.attributesAdded;
    }
    for (const PlannedCase &c : m_plan.cases) {
        auto found = lookup(QStringLiteral("SELECT id FROM cases WHERE guid = ?1 OR name = ?2"), c.guid, c.name);
        if (!found)
            return std::unexpected(found.error());
        Id id = 0;
        if (*found) {
            id = **found;
            ++m_report.casesMatched;
        } else {
            auto insert = m_db.prepare(QStringLiteral("INSERT INTO cases(guid, name, description) VALUES (?1, ?2, ?3)"));
            if (!insert)
                return std::unexpected(insert.error());
            if (auto ok = insert->bind(1, c.guid).bind(2, c.name).bind(3, c.description.isNull() ? QStringLiteral("") : c.description).run(); !ok)
                return ok;
            id = m_db.lastInsertId();
            ++m_report.casesAdded;
        }
        m_cases.insert(c.guid, id);
        for (const auto &[attribute, value] : c.values) {
            const auto stored = attributeValue(types.value(attribute), value);
            if (!m_attributes.contains(attribute) || !stored) {
                ++m_report.valuesSkipped;
                continue;
            }
            auto set = m_db.prepare(QStringLiteral(
                "INSERT INTO attribute_values(case_id, attribute_id, value) VALUES (?1, ?2, ?3) "
                "ON CONFLICT(case_id, attribute_id) DO UPDATE SET value = excluded.value"));
            if (!set)
                return std::unexpected(set.error());
            if (auto ok = set->bind(1, id).bind(2, m_attributes.value(attribute)).bind(3, *stored).run(); !ok)
                return ok;
        }
        for (const QString &source : c.sourceGuids) {
            if (!m_sources.contains(source))
                continue;
            auto link = m_db.prepare(QStringLiteral(
                "INSERT INTO case_sources(case_id, source_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING"));
            if (!link)
                return std::unexpected(link.error());
            if (auto ok = link->bind(1, id).bind(2, m_sources.value(source)).run(); !ok)
                return ok;
        }
    }
    return {};
}

// Sets join a set of the same name already here (a second wave of the same study).
Status Writer::sets()
{
    for (const PlannedSet &t : m_plan.sets) {
        auto found = lookup(QStringLiteral("SELECT id FROM source_sets WHERE guid = ?1 OR name = ?2"), t.guid, t.name);
        if (!found)
            return std::unexpected(found.error());
        Id id = 0;
        if (*found) {
            id = **found;
        } else {
            auto insert = m_db.prepare(QStringLiteral("INSERT INTO source_sets(guid, name) VALUES (?1, ?2)"));
            if (!insert)
                return std::unexpected(insert.error());
            if (auto ok = insert->bind(1, t.guid).bind(2, t.name).run(); !ok)
                return ok;
            id = m_db.lastInsertId();
            ++m_report.setsAdded;
        }
        auto member = m_db.prepare(
            QStringLiteral("INSERT INTO source_set_members(set_id, source_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING"));
        if (!member)
            return std::unexpected(member.error());
        for (const QString &source : t.sourceGuids) {
            if (!m_sources.contains(source))
                continue;
            member->reset();
            if (auto ok = member->bind(1, id).bind(2, m_sources.value(source)).run(); !ok)
                return ok;
        }
    }
    return {};
}

Status Writer::memos()
{
    for (const PlannedMemo &m : m_plan.memos) {
        auto exists = lookup(QStringLiteral("SELECT id FROM memos WHERE guid = ?1"), m.guid);
        if (!exists)
            return std::unexpected(exists.error());
        if (*exists) {
            ++m_report.memosExisting;
            continue;
        }
        const QHash<QString, Id> *targets = m.targetKind == u"source"      ? &m_sources
                                            : m.targetKind == u"segment"   ? &m_segments
                                            : m.targetKind == u"code"      ? &m_codes
                                            : m.targetKind == u"theme"     ? &m_themes
                                            : m.targetKind == u"dimension" ? &m_dimensions
                                            : m.targetKind == u"case"      ? &m_cases
                                                                           : nullptr;
        const bool onTarget = targets && targets->contains(m.targetGuid);
        auto stmt = m_db.prepare(QStringLiteral(
            "INSERT INTO memos(guid, title, body, target_kind, target_id, disconfirming, coder_id, created, modified) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, coalesce(?8, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), "
            "coalesce(?9, ?8, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))"));
        if (!stmt)
            return std::unexpected(stmt.error());
        stmt->bind(1, m.guid)
            .bind(2, m.title.isNull() ? QStringLiteral("") : m.title)
            .bind(3, m.body.isNull() ? QStringLiteral("") : m.body)
            .bind(4, onTarget ? m.targetKind : QStringLiteral("project"));
        if (onTarget)
            stmt->bind(5, targets->value(m.targetGuid));
        else
            stmt->bindNull(5);
        stmt->bind(6, m.disconfirming ? 1 : 0);
        const Id coder = m_coders.value(m.coderGuid, m_defaultCoder);
        if (coder > 0)
            stmt->bind(7, coder);
        else
            stmt->bindNull(7);
        bindOrNull(*stmt, 8, m.created);
        bindOrNull(*stmt, 9, m.modified);
        if (auto ok = stmt->run(); !ok)
            return ok;
        ++m_report.memosAdded;
    }
    return {};
}

Status Writer::history()
{
    for (const PlannedAudit &a : m_plan.audit) {
        auto stmt = m_db.prepare(QStringLiteral(
            "INSERT INTO audit_log(at, coder_id, action, details, why) VALUES (?1, ?2, ?3, ?4, ?5)"));
        if (!stmt)
            return std::unexpected(stmt.error());
        stmt->bind(1, a.at);
        if (m_coders.contains(a.coderGuid))
            stmt->bind(2, m_coders.value(a.coderGuid));
        else
            stmt->bindNull(2);
        stmt->bind(3, a.action).bind(4, a.details.isEmpty() ? QStringLiteral("{}") : a.details).bind(5, a.why.isNull() ? QStringLiteral("") : a.why);
        if (auto ok = stmt->run(); !ok)
            return ok;
    }
    // Saved queries not here by GUID; a name used here gets " (2)".
    for (const PlannedSavedQuery &q : m_plan.savedQueries) {
        auto here = m_db.prepare(QStringLiteral("SELECT 1 FROM saved_queries WHERE guid = ?1"));
        if (!here)
            return std::unexpected(here.error());
        here->bind(1, q.guid);
        auto found = here->step();
        if (!found)
            return std::unexpected(found.error());
        if (*found)
            continue;
        QString name = q.name;
        for (int n = 2;; ++n) {
            auto taken = m_db.prepare(QStringLiteral("SELECT 1 FROM saved_queries WHERE name = ?1"));
            if (!taken)
                return std::unexpected(taken.error());
            taken->bind(1, name);
            auto row = taken->step();
            if (!row)
                return std::unexpected(row.error());
            if (!*row)
                break;
            name = QStringLiteral("%1 (%2)").arg(q.name).arg(n);
        }
        auto stmt = m_db.prepare(QStringLiteral(
            "INSERT INTO saved_queries(guid, name, expression, options, created, modified) "
            "VALUES (?1, ?2, ?3, ?4, coalesce(nullif(?5, ''), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), "
            "coalesce(nullif(?6, ''), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))"));
        if (!stmt)
            return std::unexpected(stmt.error());
        stmt->bind(1, q.guid).bind(2, name).bind(3, q.expression).bind(4, q.options.isEmpty() ? QStringLiteral("{}") : q.options);
        stmt->bind(5, q.created).bind(6, q.modified);
        if (auto ok = stmt->run(); !ok)
            return ok;
    }
    if (!m_empty)
        return {};
    for (auto it = m_plan.settings.begin(); it != m_plan.settings.end(); ++it) {
        if (it.key() == u"project.guid")
            continue;
        if (auto ok = m_project.setSetting(it.key(), it.value().toString()); !ok)
            return ok;
    }
    return {};
}

Result<WriteReport> Writer::run()
{
    auto used = m_db.scalar(QStringLiteral("SELECT (SELECT count(*) FROM sources) + (SELECT count(*) FROM codes) + "
                                           "(SELECT count(*) FROM cases) + (SELECT count(*) FROM memos)"));
    if (!used)
        return std::unexpected(used.error());
    m_empty = *used == 0;
    // The importing coder (made before the transaction: the project remembers it).
    if (m_project.coder().isEmpty()) {
        const QString me = qEnvironmentVariable("USER");
        if (auto ok = m_project.setCoder(me.isEmpty() ? QStringLiteral("coder") : me); !ok)
            return std::unexpected(ok.error());
    }
    Transaction tx(m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    for (Status (Writer::*step)() : {&Writer::coders, &Writer::sources, &Writer::tiers, &Writer::codes,
                                     &Writer::segments, &Writer::exemplars, &Writer::cases, &Writer::memos, &Writer::sets,
                                     &Writer::history})
        if (auto ok = (this->*step)(); !ok)
            return fail(ok.error().kind, QCoreApplication::translate("gw::import_writer", "Nothing was imported from %1: %2")
                                             .arg(m_plan.preview.fileName, ok.error().message));
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return m_report;
}

} // namespace

Result<WriteReport> writeImport(Project &project, const ImportPlan &plan)
{
    return Writer(project, plan).run();
}

} // namespace gw::refi

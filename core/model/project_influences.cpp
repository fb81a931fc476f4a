// Project: the CMO model's influences (typed, directed links between
// elements, with a memo) and their evidence (segments that support an
// influence or speak against it).
#include "core/model/project.h"
#include "core/model/project_model_rows.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <algorithm>

namespace gw {

using namespace modelrows;

Result<std::vector<Influence>> Project::influences()
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT %1 ORDER BY i.id").arg(kInfluenceColumns));
    if (!stmt)
        return std::unexpected(stmt.error());
    return collectRows<Influence>(*stmt, readInfluence);
}

Result<Influence> Project::influence(Id influenceId)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT %1 WHERE i.id = ?1").arg(kInfluenceColumns));
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, influenceId);
    auto list = collectRows<Influence>(*stmt, readInfluence);
    if (!list)
        return std::unexpected(list.error());
    if (list->empty())
        return fail(ErrorKind::NotFound,
                    QCoreApplication::translate("gw::project_influences", "No influence with id %1.").arg(influenceId));
    return list->front();
}

Result<std::vector<InfluenceEvidence>> Project::evidenceOf(Id influenceId)
{
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT influence_id, segment_id, kind, position FROM influence_evidence "
                       "WHERE influence_id = ?1 ORDER BY position, segment_id"));
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, influenceId);
    return collectRows<InfluenceEvidence>(*stmt, [](const Statement &r) {
        return InfluenceEvidence{r.int64(0), r.int64(1), r.text(2) == u"counter", int(r.int64(3))};
    });
}

Result<InfluenceRecord> Project::influenceRecord(Id influenceId)
{
    auto i = influence(influenceId);
    if (!i)
        return std::unexpected(i.error());
    auto evidence = evidenceOf(influenceId);
    if (!evidence)
        return std::unexpected(evidence.error());
    return InfluenceRecord{*i, std::move(*evidence)};
}

Result<Id> Project::insertInfluence(const InfluenceRecord &record)
{
    const Influence &i = record.influence;
    auto stmt = m_db.prepare(
        QStringLiteral("INSERT INTO influences(id, guid, from_element_id, to_element_id, type_id, "
                       "memo) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    if (!stmt)
        return std::unexpected(stmt.error());
    if (i.id > 0)
        stmt->bind(1, i.id);
    else
        stmt->bindNull(1);
    stmt->bind(2, i.guid.isEmpty() ? newGuid() : i.guid)
        .bind(3, i.fromId)
        .bind(4, i.toId)
        .bind(5, i.typeId)
        .bind(6, nonNull(i.memo));
    if (auto ok = stmt->run(); !ok)
        return std::unexpected(ok.error());
    const Id id = m_db.lastInsertId();
    auto evidence =
        m_db.prepare(QStringLiteral("INSERT INTO influence_evidence(influence_id, segment_id, "
                                    "kind, position) VALUES (?1, ?2, ?3, ?4)"));
    if (!evidence)
        return std::unexpected(evidence.error());
    for (const InfluenceEvidence &v : record.evidence) {
        evidence->bind(1, id)
            .bind(2, v.segmentId)
            .bind(3, v.counter ? QStringLiteral("counter") : QStringLiteral("supports"))
            .bind(4, v.position);
        if (auto ok = evidence->run(); !ok)
            return std::unexpected(ok.error());
        evidence->reset();
    }
    return id;
}

Result<Id> Project::addInfluence(Id fromElementId, Id toElementId, Id typeId, const QString &memo)
{
    InfluenceRecord record;
    record.influence.fromId = fromElementId;
    record.influence.toId = toElementId;
    record.influence.typeId = typeId;
    record.influence.memo = memo;
    return restoreInfluence(record);
}

Result<Id> Project::restoreInfluence(const InfluenceRecord &record)
{
    const Influence &i = record.influence;
    auto from = modelElement(i.fromId);
    if (!from)
        return std::unexpected(from.error());
    auto to = modelElement(i.toId);
    if (!to)
        return std::unexpected(to.error());
    auto type = influenceType(i.typeId);
    if (!type)
        return std::unexpected(type.error());
    if (i.fromId == i.toId)
        return fail(
            ErrorKind::InvalidInput,
            QCoreApplication::translate("gw::project_influences", "An influence joins two elements; \"%1\" cannot influence itself.")
                .arg(from->name));
    auto same = m_db.prepare(QStringLiteral("SELECT count(*) FROM influences WHERE from_element_id "
                                            "= ?1 AND to_element_id = ?2 AND type_id = ?3"));
    if (!same)
        return std::unexpected(same.error());
    same->bind(1, i.fromId).bind(2, i.toId).bind(3, i.typeId);
    auto row = same->step();
    if (!row)
        return std::unexpected(row.error());
    const bool exists = *row && same->int64(0) > 0;
    same->reset();
    if (exists)
        return fail(ErrorKind::Conflict, QCoreApplication::translate("gw::project_influences", "\"%1\" already %2 \"%3\" in the model.")
                                             .arg(from->name, type->name, to->name));
    Influence described = i;
    described.typeName = type->name;
    QJsonObject details{
        {QStringLiteral("influence"), influenceJson(described, from->name, to->name)},
        {QStringLiteral("memo"), nonNull(i.memo)}};
    if (!record.evidence.empty())
        details.insert(QStringLiteral("evidence"), int(record.evidence.size()));
    Id id = 0;
    auto ok =
        modelEdit(i.id > 0 ? QStringLiteral("influence.restore") : QStringLiteral("influence.add"),
                  details, [&]() -> Status {
                      auto added = insertInfluence(record);
                      if (!added)
                          return std::unexpected(added.error());
                      id = *added;
                      return {};
                  });
    if (!ok)
        return std::unexpected(ok.error());
    return id;
}

namespace {

// "A -> B (triggers)" for messages.
QString describe(Project &project, const Influence &i)
{
    auto from = project.modelElement(i.fromId);
    auto to = project.modelElement(i.toId);
    return QStringLiteral("\"%1\" %2 \"%3\"")
        .arg(from ? from->name : QString::number(i.fromId), i.typeName,
             to ? to->name : QString::number(i.toId));
}

} // namespace

Status Project::removeInfluence(Id influenceId)
{
    auto i = influence(influenceId);
    if (!i)
        return std::unexpected(i.error());
    const QJsonObject details{{QStringLiteral("influence"), i->guid},
                              {QStringLiteral("what"), describe(*this, *i)},
                              {QStringLiteral("evidence"), i->supporting + i->counter}};
    return modelEdit(QStringLiteral("influence.remove"), details, [&]() -> Status {
        auto stmt = m_db.prepare(QStringLiteral("DELETE FROM influences WHERE id = ?1"));
        if (!stmt)
            return std::unexpected(stmt.error());
        return stmt->bind(1, influenceId).run();
    });
}

Status Project::setInfluenceType(Id influenceId, Id typeId)
{
    auto i = influence(influenceId);
    if (!i)
        return std::unexpected(i.error());
    auto type = influenceType(typeId);
    if (!type)
        return std::unexpected(type.error());
    if (type->id != i->typeId) {
        auto same =
            m_db.prepare(QStringLiteral("SELECT count(*) FROM influences WHERE from_element_id = "
                                        "?1 AND to_element_id = ?2 AND type_id = ?3"));
        if (!same)
            return std::unexpected(same.error());
        same->bind(1, i->fromId).bind(2, i->toId).bind(3, typeId);
        auto row = same->step();
        if (!row)
            return std::unexpected(row.error());
        const bool exists = *row && same->int64(0) > 0;
        same->reset();
        if (exists)
            return fail(
                ErrorKind::Conflict,
                QCoreApplication::translate("gw::project_influences", "There is already a \"%1\" influence between these elements (%2).")
                    .arg(type->name, describe(*this, *i)));
    }
    const QJsonObject details{{QStringLiteral("influence"), i->guid},
                              {QStringLiteral("what"), describe(*this, *i)},
                              {QStringLiteral("from"), i->typeName},
                              {QStringLiteral("to"), type->name}};
    return modelEdit(QStringLiteral("influence.type"), details, [&]() -> Status {
        auto stmt =
            m_db.prepare(QStringLiteral("UPDATE influences SET type_id = ?1 WHERE id = ?2"));
        if (!stmt)
            return std::unexpected(stmt.error());
        return stmt->bind(1, typeId).bind(2, influenceId).run();
    });
}

Status Project::setInfluenceMemo(Id influenceId, const QString &memo)
{
    auto i = influence(influenceId);
    if (!i)
        return std::unexpected(i.error());
    const QJsonObject details{{QStringLiteral("influence"), i->guid},
                              {QStringLiteral("what"), describe(*this, *i)},
                              {QStringLiteral("from"), i->memo},
                              {QStringLiteral("to"), nonNull(memo)}};
    return modelEdit(QStringLiteral("influence.memo"), details, [&]() -> Status {
        auto stmt = m_db.prepare(QStringLiteral("UPDATE influences SET memo = ?1 WHERE id = ?2"));
        if (!stmt)
            return std::unexpected(stmt.error());
        return stmt->bind(1, nonNull(memo)).bind(2, influenceId).run();
    });
}

Status Project::addEvidence(Id influenceId, Id segmentId, bool counter, std::optional<int> position)
{
    auto i = influence(influenceId);
    if (!i)
        return std::unexpected(i.error());
    auto s = segment(segmentId);
    if (!s)
        return std::unexpected(s.error());
    auto evidence = evidenceOf(influenceId);
    if (!evidence)
        return std::unexpected(evidence.error());
    for (const InfluenceEvidence &v : *evidence)
        if (v.segmentId == segmentId)
            return fail(ErrorKind::Conflict, QCoreApplication::translate("gw::project_influences", "Segment %1 is already %2 of %3.")
                                                 .arg(segmentId)
                                                 .arg(v.counter ? QCoreApplication::translate("gw::project_influences", "counter-evidence")
                                                                : QCoreApplication::translate("gw::project_influences", "evidence"),
                                                      describe(*this, *i)));
    const int size = int(evidence->size());
    const int at = std::clamp(position.value_or(size), 0, size);
    const QJsonObject details{
        {QStringLiteral("influence"), i->guid},
        {QStringLiteral("what"), describe(*this, *i)},
        {QStringLiteral("segment"), s->guid},
        {QStringLiteral("kind"), counter ? QStringLiteral("counter") : QStringLiteral("supports")}};
    return modelEdit(QStringLiteral("evidence.add"), details, [&]() -> Status {
        // Positions 0..n-1 with the new segment at AT.
        auto shift = m_db.prepare(QStringLiteral("UPDATE influence_evidence SET position = ?1 "
                                                 "WHERE influence_id = ?2 AND segment_id = ?3"));
        if (!shift)
            return std::unexpected(shift.error());
        for (int k = 0; k < size; ++k) {
            const int want = k < at ? k : k + 1;
            if ((*evidence)[std::size_t(k)].position == want)
                continue;
            if (auto ok = shift->bind(1, want)
                              .bind(2, influenceId)
                              .bind(3, (*evidence)[std::size_t(k)].segmentId)
                              .run();
                !ok)
                return ok;
            shift->reset();
        }
        auto stmt =
            m_db.prepare(QStringLiteral("INSERT INTO influence_evidence(influence_id, segment_id, "
                                        "kind, position) VALUES (?1, ?2, ?3, ?4)"));
        if (!stmt)
            return std::unexpected(stmt.error());
        return stmt->bind(1, influenceId)
            .bind(2, segmentId)
            .bind(3, counter ? QStringLiteral("counter") : QStringLiteral("supports"))
            .bind(4, at)
            .run();
    });
}

Status Project::removeEvidence(Id influenceId, Id segmentId)
{
    auto i = influence(influenceId);
    if (!i)
        return std::unexpected(i.error());
    auto evidence = evidenceOf(influenceId);
    if (!evidence)
        return std::unexpected(evidence.error());
    const auto found = std::ranges::find(*evidence, segmentId, &InfluenceEvidence::segmentId);
    if (found == evidence->end())
        return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::project_influences", "Segment %1 is not evidence of %2.")
                                             .arg(segmentId)
                                             .arg(describe(*this, *i)));
    const QJsonObject details{{QStringLiteral("influence"), i->guid},
                              {QStringLiteral("what"), describe(*this, *i)},
                              {QStringLiteral("segment"), qint64(segmentId)}};
    return modelEdit(QStringLiteral("evidence.remove"), details, [&]() -> Status {
        auto stmt = m_db.prepare(QStringLiteral(
            "DELETE FROM influence_evidence WHERE influence_id = ?1 AND segment_id = ?2"));
        if (!stmt)
            return std::unexpected(stmt.error());
        if (auto ok = stmt->bind(1, influenceId).bind(2, segmentId).run(); !ok)
            return ok;
        auto shift = m_db.prepare(QStringLiteral("UPDATE influence_evidence SET position = ?1 "
                                                 "WHERE influence_id = ?2 AND segment_id = ?3"));
        if (!shift)
            return std::unexpected(shift.error());
        int k = 0;
        for (const InfluenceEvidence &v : *evidence) {
            if (v.segmentId == segmentId)
                continue;
            if (v.position != k) {
                if (auto ok = shift->bind(1, k).bind(2, influenceId).bind(3, v.segmentId).run();
                    !ok)
                    return ok;
                shift->reset();
            }
            ++k;
        }
        return {};
    });
}

} // namespace gw

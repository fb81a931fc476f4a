// Project: focused coding's two big edits, merging codes and splitting one,
// each with its exact inverse. Both are one transaction, audited, and return
// a record of every row they changed so that undo puts those rows back with
// their ids, guids, coders and times.
#include "core/model/project.h"

#include <QColor>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>
#include <map>
#include <set>
#include <tuple>

namespace gw {

namespace {

QString idList(const std::vector<Id> &ids)
{
    QStringList parts;
    parts.reserve(static_cast<qsizetype>(ids.size()));
    for (Id id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

const QString kSegmentRowColumns =
    QStringLiteral("id, guid, source_id, code_id, start, end, coder_id, created FROM segments");

SegmentRow readSegmentRow(const Statement &r)
{
    SegmentRow s{r.int64(0), r.text(1), r.int64(2), r.int64(3), r.int64(4), r.int64(5), std::nullopt, r.text(7)};
    if (!r.isNull(6))
        s.coderId = r.int64(6);
    return s;
}

Result<std::vector<SegmentRow>> segmentRowsOf(Database &db, Id codeId)
{
    auto stmt = db.prepare(QStringLiteral("SELECT %1 WHERE code_id = ?1 ORDER BY id").arg(kSegmentRowColumns));
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, codeId);
    return collectRows<SegmentRow>(*stmt, readSegmentRow);
}

using SegmentKey = std::tuple<Id, std::int64_t, std::int64_t, Id>;

SegmentKey keyOf(const SegmentRow &s)
{
    return {s.sourceId, s.start, s.end, s.coderId.value_or(-1)};
}

Status exec(Database &db, const QString &sql)
{
    return db.exec(sql);
}

QJsonObject named(const CodeInfo &c)
{
    return QJsonObject{{QStringLiteral("guid"), c.guid}, {QStringLiteral("name"), c.name}};
}

// A muted colour for a new code that differs from its neighbours.
QString splitColor(Id seed)
{
    return QColor::fromHsv(static_cast<int>((seed * 67) % 360), 110, 170).name();
}

} // namespace

// --- Merge ------------------------------------------------------------------

Result<CodeMerge> Project::mergeCodes(const std::vector<Id> &from, Id into, const QString &why)
{
    auto target = code(into);
    if (!target)
        return std::unexpected(target.error());
    if (target->archived)
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::project_merge", "\"%1\" is archived; restore it before merging into it.").arg(target->name));
    if (from.empty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::project_merge", "Name at least one code to merge into \"%1\".").arg(target->name));
    std::vector<CodeInfo> merged;
    std::set<Id> seen;
    for (Id id : from) {
        if (id == into)
            return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::project_merge", "A code cannot be merged into itself (\"%1\").").arg(target->name));
        if (!seen.insert(id).second)
            continue;
        auto c = code(id);
        if (!c)
            return std::unexpected(c.error());
        if (c->archived)
            return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::project_merge", "\"%1\" is archived already.").arg(c->name));
        merged.push_back(*c);
    }

    CodeMerge out;
    out.intoId = into;
    out.intoDefinitionBefore = target->definition;
    for (const CodeInfo &c : merged)
        out.mergedIds.push_back(c.id);

    Transaction tx(m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());

    // Which segments move and which collapse into one INTO (or an earlier
    // merged code) already has.
    auto intoRows = segmentRowsOf(m_db, into);
    if (!intoRows)
        return std::unexpected(intoRows.error());
    std::map<SegmentKey, Id> kept;
    for (const SegmentRow &s : *intoRows)
        kept.emplace(keyOf(s), s.id);
    std::vector<std::pair<SegmentRow, Id>> collapsing; // row, the segment it collapses into
    std::set<std::pair<Id, Id>> touched;               // (source, code) for segmentsChanged
    for (const CodeInfo &c : merged) {
        auto rows = segmentRowsOf(m_db, c.id);
        if (!rows)
            return std::unexpected(rows.error());
        for (SegmentRow &s : *rows) {
            touched.insert({s.sourceId, c.id});
            touched.insert({s.sourceId, into});
            auto [it, fresh] = kept.emplace(keyOf(s), s.id);
            if (fresh)
                out.movedSegments.push_back(std::move(s));
            else
                collapsing.emplace_back(std::move(s), it->second);
        }
    }

    // Memos and exemplar choices on collapsing segments follow them to the kept one.
    auto segmentMemos = m_db.prepare(
        QStringLiteral("SELECT id FROM memos WHERE target_kind = 'segment' AND target_id = ?1 ORDER BY id"));
    auto retarget = m_db.prepare(QStringLiteral("UPDATE memos SET target_id = ?1 WHERE id = ?2"));
    auto exemplars = m_db.prepare(
        QStringLiteral("SELECT theme_id, position FROM theme_exemplars WHERE segment_id = ?1 ORDER BY theme_id"));
    auto moveExemplar = m_db.prepare(QStringLiteral(
        "UPDATE OR IGNORE theme_exemplars SET segment_id = ?1 WHERE theme_id = ?2 AND segment_id = ?3"));
    auto dropSegment = m_db.prepare(QStringLiteral("DELETE FROM segments WHERE id = ?1"));
    if (!segmentMemos || !retarget || !exemplars || !moveExemplar || !dropSegment)
        return fail(ErrorKind::Database, m_db.lastError());
    for (const auto &[s, keptId] : collapsing) {
        segmentMemos->bind(1, s.id);
        auto memoIds = collectRows<Id>(*segmentMemos, [](const Statement &r) { return r.int64(0); });
        segmentMemos->reset();
        if (!memoIds)
            return std::unexpected(memoIds.error());
        for (Id memoId : *memoIds) {
            if (auto ok = retarget->bind(1, keptId).bind(2, memoId).run(); !ok)
                return std::unexpected(ok.error());
            retarget->reset();
            out.memos.push_back({memoId, QStringLiteral("segment"), s.id, keptId});
        }
        exemplars->bind(1, s.id);
        auto chosen = collectRows<ExemplarChoice>(*exemplars, [&](const Statement &r) {
            return ExemplarChoice{r.int64(0), s.id, static_cast<int>(r.int64(1))};
        });
        exemplars->reset();
        if (!chosen)
            return std::unexpected(chosen.error());
        for (const ExemplarChoice &e : *chosen) {
            out.exemplarsBefore.push_back(e);
            if (auto ok = moveExemplar->bind(1, keptId).bind(2, e.themeId).bind(3, s.id).run(); !ok)
                return std::unexpected(ok.error());
            moveExemplar->reset();
            if (m_db.changes() > 0)
                out.exemplarsAfter.push_back({e.themeId, keptId, e.position});
        }
        if (auto ok = dropSegment->bind(1, s.id).run(); !ok)
            return std::unexpected(ok.error());
        dropSegment->reset();
        out.collapsedSegments.push_back(s);
    }

    const QString ids = idList(out.mergedIds);
    if (auto ok = exec(m_db, QStringLiteral("UPDATE segments SET code_id = %1 WHERE code_id IN (%2)").arg(into).arg(ids));
        !ok)
        return std::unexpected(ok.error());

    // Memos on the merged codes move to INTO.
    auto codeMemos = m_db.prepare(QStringLiteral(
        "SELECT id, target_id FROM memos WHERE target_kind = 'code' AND target_id IN (%1) ORDER BY id").arg(ids));
    if (!codeMemos)
        return std::unexpected(codeMemos.error());
    auto moved = collectRows<MemoRetarget>(*codeMemos, [into](const Statement &r) {
        return MemoRetarget{r.int64(0), QStringLiteral("code"), r.int64(1), into};
    });
    if (!moved)
        return std::unexpected(moved.error());
    if (auto ok = exec(m_db, QStringLiteral("UPDATE memos SET target_id = %1 WHERE target_kind = 'code' AND "
                                            "target_id IN (%2)").arg(into).arg(ids));
        !ok)
        return std::unexpected(ok.error());
    out.memos.insert(out.memos.end(), moved->begin(), moved->end());

    // Definitions are kept, each under its code's name.
    QString definition = target->definition;
    for (const CodeInfo &c : merged) {
        if (c.definition.trimmed().isEmpty())
            continue;
        if (!definition.isEmpty())
            definition += QStringLiteral("\n\n");
        definition += QStringLiteral("%1: %2").arg(c.name, c.definition.trimmed());
    }
    if (definition != target->definition) {
        auto stmt = m_db.prepare(QStringLiteral("UPDATE codes SET definition = ?1 WHERE id = ?2"));
        if (!stmt)
            return std::unexpected(stmt.error());
        if (auto ok = stmt->bind(1, definition).bind(2, into).run(); !ok)
            return std::unexpected(ok.error());
    }

    // The merged codes leave the structure and are archived, never deleted.
    auto placements = m_db.prepare(
        QStringLiteral("SELECT code_id, theme_id, position FROM theme_codes WHERE code_id IN (%1) ORDER BY code_id").arg(ids));
    if (!placements)
        return std::unexpected(placements.error());
    auto placed = collectRows<CodePlacement>(*placements, [](const Statement &r) {
        return CodePlacement{r.int64(0), r.int64(1), static_cast<int>(r.int64(2))};
    });
    if (!placed)
        return std::unexpected(placed.error());
    out.placementsBefore = std::move(*placed);
    if (auto ok = exec(m_db, QStringLiteral("DELETE FROM theme_codes WHERE code_id IN (%1)").arg(ids)); !ok)
        return std::unexpected(ok.error());
    for (const CodeInfo &c : merged)
        out.archivedBefore.emplace_back(c.id, c.archived);
    if (auto ok = exec(m_db, QStringLiteral("UPDATE codes SET archived = 1 WHERE id IN (%1)").arg(ids)); !ok)
        return std::unexpected(ok.error());

    QJsonArray mergedJson;
    for (const CodeInfo &c : merged) {
        QJsonObject o = named(c);
        o.insert(QStringLiteral("segments"), static_cast<qint64>(c.segmentCount));
        auto place = std::ranges::find(out.placementsBefore, c.id, &CodePlacement::codeId);
        if (place != out.placementsBefore.end()) {
            if (auto t = theme(place->themeId))
                o.insert(QStringLiteral("from"), QJsonObject{{QStringLiteral("theme"), QJsonObject{{QStringLiteral("guid"), t->guid}, {QStringLiteral("name"), t->name}}},
                                                             {QStringLiteral("position"), place->position}});
        }
        mergedJson.append(o);
    }
    QJsonObject details{{QStringLiteral("into"), named(*target)},
                        {QStringLiteral("merged"), mergedJson},
                        {QStringLiteral("moved"), static_cast<qint64>(out.movedSegments.size())},
                        {QStringLiteral("collapsed"), static_cast<qint64>(out.collapsedSegments.size())}};
    if (auto ok = writeAudit(QStringLiteral("code.merge"), details, why); !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());

    for (const auto &[sourceId, codeId] : touched)
        Q_EMIT segmentsChanged(sourceId, codeId);
    for (const CodeInfo &c : merged)
        Q_EMIT codeChanged(c.id);
    Q_EMIT codeChanged(into);
    if (!out.memos.empty())
        Q_EMIT memosChanged();
    Q_EMIT structureChanged();
    return out;
}

Status Project::unmergeCodes(const CodeMerge &merge, const QString &why)
{
    auto target = code(merge.intoId);
    if (!target)
        return std::unexpected(target.error());
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    std::set<std::pair<Id, Id>> touched;

    // Moved segments go back to their codes, a code at a time.
    std::map<Id, std::vector<Id>> byCode;
    for (const SegmentRow &s : merge.movedSegments) {
        byCode[s.codeId].push_back(s.id);
        touched.insert({s.sourceId, s.codeId});
        touched.insert({s.sourceId, merge.intoId});
    }
    for (const auto &[codeId, ids] : byCode)
        if (auto ok = exec(m_db, QStringLiteral("UPDATE segments SET code_id = %1 WHERE id IN (%2)").arg(codeId).arg(idList(ids)));
            !ok)
            return ok;

    // Collapsed segments come back as they were.
    auto insert = m_db.prepare(QStringLiteral(
        "INSERT INTO segments(id, guid, source_id, code_id, start, end, coder_id, created) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
    if (!insert)
        return std::unexpected(insert.error());
    for (const SegmentRow &s : merge.collapsedSegments) {
        insert->bind(1, s.id).bind(2, s.guid).bind(3, s.sourceId).bind(4, s.codeId).bind(5, s.start).bind(6, s.end);
        if (s.coderId)
            insert->bind(7, *s.coderId);
        else
            insert->bindNull(7);
        insert->bind(8, s.created);
        if (auto ok = insert->run(); !ok)
            return ok;
        insert->reset();
        touched.insert({s.sourceId, s.codeId});
    }

    auto dropExemplar = m_db.prepare(QStringLiteral("DELETE FROM theme_exemplars WHERE theme_id = ?1 AND segment_id = ?2"));
    auto putExemplar = m_db.prepare(
        QStringLiteral("INSERT INTO theme_exemplars(theme_id, segment_id, position) VALUES (?1, ?2, ?3)"));
    auto retarget = m_db.prepare(QStringLiteral("UPDATE memos SET target_id = ?1 WHERE id = ?2"));
    auto placement = m_db.prepare(
        QStringLiteral("INSERT INTO theme_codes(code_id, theme_id, position) VALUES (?1, ?2, ?3)"));
    auto archived = m_db.prepare(QStringLiteral("UPDATE codes SET archived = ?1 WHERE id = ?2"));
    auto definition = m_db.prepare(QStringLiteral("UPDATE codes SET definition = ?1 WHERE id = ?2"));
    if (!dropExemplar || !putExemplar || !retarget || !placement || !archived || !definition)
        return fail(ErrorKind::Database, m_db.lastError());
    for (const ExemplarChoice &e : merge.exemplarsAfter) {
        if (auto ok = dropExemplar->bind(1, e.themeId).bind(2, e.segmentId).run(); !ok)
            return ok;
        dropExemplar->reset();
    }
    for (const ExemplarChoice &e : merge.exemplarsBefore) {
        if (auto ok = putExemplar->bind(1, e.themeId).bind(2, e.segmentId).bind(3, e.position).run(); !ok)
            return ok;
        putExemplar->reset();
    }
    for (const MemoRetarget &m : merge.memos) {
        if (auto ok = retarget->bind(1, m.fromId).bind(2, m.memoId).run(); !ok)
            return ok;
        retarget->reset();
    }
    for (const auto &[codeId, wasArchived] : merge.archivedBefore) {
        if (auto ok = archived->bind(1, wasArchived ? 1 : 0).bind(2, codeId).run(); !ok) {
            if (ok.error().kind == ErrorKind::Conflict)
                return fail(ErrorKind::Conflict, QCoreApplication::translate("gw::project_merge", "A code has taken the name of a merged code since; "
                                                                "rename it before undoing the merge."));
            return ok;
        }
        archived->reset();
    }
    for (const CodePlacement &p : merge.placementsBefore) {
        if (auto ok = placement->bind(1, p.codeId).bind(2, p.themeId).bind(3, p.position).run(); !ok)
            return ok;
        placement->reset();
    }
    if (auto ok = definition->bind(1, merge.intoDefinitionBefore.isNull() ? QStringLiteral("") : merge.intoDefinitionBefore)
                      .bind(2, merge.intoId)
                      .run();
        !ok)
        return ok;

    QJsonArray restored;
    for (Id id : merge.mergedIds)
        if (auto c = code(id))
            restored.append(named(*c));
    QJsonObject details{{QStringLiteral("into"), named(*target)},
                        {QStringLiteral("restored"), restored},
                        {QStringLiteral("moved"), static_cast<qint64>(merge.movedSegments.size())},
                        {QStringLiteral("collapsed"), static_cast<qint64>(merge.collapsedSegments.size())}};
    if (auto ok = writeAudit(QStringLiteral("code.unmerge"), details, why); !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    for (const auto &[sourceId, codeId] : touched)
        Q_EMIT segmentsChanged(sourceId, codeId);
    for (Id id : merge.mergedIds)
        Q_EMIT codeChanged(id);
    Q_EMIT codeChanged(merge.intoId);
    if (!merge.memos.empty())
        Q_EMIT memosChanged();
    Q_EMIT structureChanged();
    return {};
}

// --- Split ------------------------------------------------------------------

Result<CodeSplit> Project::splitCode(CodeSplit split, const QString &why)
{
    auto original = code(split.codeId);
    if (!original)
        return std::unexpected(original.error());
    if (original->archived)
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::project_merge", "\"%1\" is archived; restore it before splitting it.").arg(original->name));
    split.newName = split.newName.simplified();
    if (split.newName.isEmpty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::project_merge", "The new code needs a name."));
    if (auto other = codeByName(split.newName); other && !other->archived)
        return fail(ErrorKind::Conflict, QCoreApplication::translate("gw::project_merge", "A code named \"%1\" already exists.").arg(split.newName));
    if (split.segmentIds.empty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::project_merge", "Choose the segments of \"%1\" to move to \"%2\".")
                                                 .arg(original->name, split.newName));
    std::ranges::sort(split.segmentIds);
    split.segmentIds.erase(std::ranges::unique(split.segmentIds).begin(), split.segmentIds.end());
    std::set<Id> sources;
    {
        auto rows = segmentRowsOf(m_db, split.codeId);
        if (!rows)
            return std::unexpected(rows.error());
        std::map<Id, Id> sourceOf;
        for (const SegmentRow &s : *rows)
            sourceOf[s.id] = s.sourceId;
        for (Id id : split.segmentIds) {
            auto it = sourceOf.find(id);
            if (it == sourceOf.end())
                return fail(ErrorKind::InvalidInput,
                            QCoreApplication::translate("gw::project_merge", "Segment %1 is not coded with \"%2\".").arg(id).arg(original->name));
            sources.insert(it->second);
        }
    }
    auto coder = coderId();
    if (!coder)
        return std::unexpected(coder.error());

    Transaction tx(m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    if (split.newCodeGuid.isEmpty())
        split.newCodeGuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (split.newCodePosition < 0) {
        auto next = m_db.scalar(QStringLiteral("SELECT coalesce(max(position) + 1, 0) FROM codes"));
        if (!next)
            return std::unexpected(next.error());
        split.newCodePosition = static_cast<int>(*next);
    }
    auto insert = m_db.prepare(QStringLiteral(
        "INSERT INTO codes(id, guid, name, color, stage, position, created_by, created) VALUES (?1, ?2, ?3, ?4, ?5, "
        "?6, ?7, coalesce(?8, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))) RETURNING id, created"));
    if (!insert)
        return std::unexpected(insert.error());
    if (split.newCodeId > 0)
        insert->bind(1, split.newCodeId);
    else
        insert->bindNull(1);
    insert->bind(2, split.newCodeGuid)
        .bind(3, split.newName)
        .bind(4, split.newCodeColor.isEmpty() ? splitColor(split.newCodePosition) : split.newCodeColor)
        .bind(5, toString(original->stage))
        .bind(6, split.newCodePosition)
        .bind(7, *coder)
        .bind(8, split.newCodeCreated); // null the first time
    auto inserted = insert->step();
    if (!inserted || !*inserted)
        return std::unexpected(inserted ? Error{ErrorKind::Database, m_db.lastError()} : inserted.error());
    split.newCodeId = insert->int64(0);
    split.newCodeCreated = insert->text(1);
    if (auto ok = insert->run(); !ok)
        return std::unexpected(ok.error());
    if (split.newCodeColor.isEmpty())
        split.newCodeColor = splitColor(split.newCodePosition);

    if (auto ok = exec(m_db, QStringLiteral("UPDATE segments SET code_id = %1 WHERE id IN (%2)")
                                 .arg(split.newCodeId)
                                 .arg(idList(split.segmentIds)));
        !ok)
        return std::unexpected(ok.error());

    // The new code sits right after the original under its theme.
    split.placementsBefore.clear();
    QJsonValue themeJson = QJsonValue::Null;
    if (original->themeId) {
        auto t = theme(*original->themeId);
        if (!t)
            return std::unexpected(t.error());
        themeJson = QJsonObject{{QStringLiteral("guid"), t->guid}, {QStringLiteral("name"), t->name}};
        auto stmt = m_db.prepare(QStringLiteral("SELECT tc.code_id, tc.theme_id, tc.position FROM theme_codes tc "
                                                "JOIN codes c ON c.id = tc.code_id WHERE tc.theme_id = ?1 "
                                                "ORDER BY tc.position, c.position, c.id"));
        if (!stmt)
            return std::unexpected(stmt.error());
        stmt->bind(1, t->id);
        auto list = collectRows<CodePlacement>(*stmt, [](const Statement &r) {
            return CodePlacement{r.int64(0), r.int64(1), static_cast<int>(r.int64(2))};
        });
        if (!list)
            return std::unexpected(list.error());
        split.placementsBefore = *list;
        auto at = std::ranges::find(*list, split.codeId, &CodePlacement::codeId);
        list->insert(at == list->end() ? at : at + 1, CodePlacement{split.newCodeId, t->id, -1});
        auto put = m_db.prepare(QStringLiteral("INSERT INTO theme_codes(code_id, theme_id, position) VALUES (?1, ?2, ?3) "
                                               "ON CONFLICT(code_id) DO UPDATE SET position = ?3"));
        if (!put)
            return std::unexpected(put.error());
        for (std::size_t i = 0; i < list->size(); ++i) {
            if ((*list)[i].position == static_cast<int>(i))
                continue;
            if (auto ok = put->bind(1, (*list)[i].codeId).bind(2, t->id).bind(3, static_cast<std::int64_t>(i)).run(); !ok)
                return std::unexpected(ok.error());
            put->reset();
        }
    }

    QJsonObject details{{QStringLiteral("code"), named(*original)},
                        {QStringLiteral("into"), QJsonObject{{QStringLiteral("guid"), split.newCodeGuid},
                                                             {QStringLiteral("name"), split.newName}}},
                        {QStringLiteral("segments"), static_cast<qint64>(split.segmentIds.size())},
                        {QStringLiteral("theme"), themeJson}};
    if (auto ok = writeAudit(QStringLiteral("code.split"), details, why); !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    Q_EMIT codeAdded(split.newCodeId);
    for (Id sourceId : sources) {
        Q_EMIT segmentsChanged(sourceId, split.codeId);
        Q_EMIT segmentsChanged(sourceId, split.newCodeId);
    }
    Q_EMIT codeChanged(split.codeId);
    Q_EMIT structureChanged();
    return split;
}

Status Project::unsplitCode(const CodeSplit &split, const QString &why)
{
    auto original = code(split.codeId);
    if (!original)
        return std::unexpected(original.error());
    auto added = code(split.newCodeId);
    if (!added)
        return std::unexpected(added.error());
    auto sourcesStmt = m_db.prepare(
        QStringLiteral("SELECT DISTINCT source_id FROM segments WHERE code_id = ?1 ORDER BY source_id"));
    if (!sourcesStmt)
        return std::unexpected(sourcesStmt.error());
    sourcesStmt->bind(1, split.newCodeId);
    auto sources = collectRows<Id>(*sourcesStmt, [](const Statement &r) { return r.int64(0); });
    if (!sources)
        return std::unexpected(sources.error());
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (auto ok = exec(m_db, QStringLiteral("UPDATE segments SET code_id = %1 WHERE id IN (%2)")
                                 .arg(split.codeId)
                                 .arg(idList(split.segmentIds)));
        !ok)
        return ok;
    auto remaining = m_db.prepare(QStringLiteral("SELECT count(*) FROM segments WHERE code_id = ?1"));
    if (!remaining)
        return std::unexpected(remaining.error());
    remaining->bind(1, split.newCodeId);
    if (auto row = remaining->step(); !row || !*row || remaining->int64(0) != 0)
        return fail(ErrorKind::Conflict, QCoreApplication::translate("gw::project_merge", "\"%1\" has coded more segments since the split; uncode or "
                                                        "move them before undoing it.")
                                             .arg(added->name));
    remaining->reset();
    auto remove = m_db.prepare(QStringLiteral("DELETE FROM codes WHERE id = ?1"));
    if (!remove)
        return std::unexpected(remove.error());
    if (auto ok = remove->bind(1, split.newCodeId).run(); !ok)
        return ok;
    auto put = m_db.prepare(QStringLiteral("INSERT INTO theme_codes(code_id, theme_id, position) VALUES (?1, ?2, ?3) "
                                           "ON CONFLICT(code_id) DO UPDATE SET theme_id = ?2, position = ?3"));
    if (!put)
        return std::unexpected(put.error());
    for (const CodePlacement &p : split.placementsBefore) {
        if (auto ok = put->bind(1, p.codeId).bind(2, p.themeId).bind(3, p.position).run(); !ok)
            return ok;
        put->reset();
    }
    QJsonObject details{{QStringLiteral("code"), named(*original)},
                        {QStringLiteral("removed"), named(*added)},
                        {QStringLiteral("segments"), static_cast<qint64>(split.segmentIds.size())}};
    if (auto ok = writeAudit(QStringLiteral("code.unsplit"), details, why); !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    for (Id sourceId : *sources) {
        Q_EMIT segmentsChanged(sourceId, split.newCodeId);
        Q_EMIT segmentsChanged(sourceId, split.codeId);
    }
    Q_EMIT codeRemoved(split.newCodeId);
    Q_EMIT codeChanged(split.codeId);
    Q_EMIT structureChanged();
    return {};
}

} // namespace gw

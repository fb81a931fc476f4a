#include "core/model/display_names.h"
#include "core/merge/merge_writer.h"

#include "core/store/each_row.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>
#include <spdlog/spdlog.h>

namespace gw {

namespace {

QVariant textValue(const QString &s) { return QVariant(s.isNull() ? QStringLiteral("") : s); }
QVariant number(std::int64_t n) { return QVariant(qlonglong(n)); }
QVariant nullable(std::optional<Id> id) { return id ? number(*id) : QVariant(); }
QVariant nullableText(const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); }

// THEIRID's row here by MAP (their id -> ours), if it has one.
std::optional<Id> idHere(const QHash<Id, Id> &map, std::optional<Id> theirId)
{
    if (!theirId)
        return std::nullopt;
    const auto it = map.constFind(*theirId);
    if (it == map.cend())
        return std::nullopt;
    return *it;
}

void bindAll(Statement &stmt, const QVariantList &binds)
{
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &v = binds[i];
        if (v.isNull())
            stmt.bindNull(i + 1);
        else if (v.typeId() == QMetaType::LongLong)
            stmt.bind(i + 1, std::int64_t{v.toLongLong()});
        else if (v.typeId() == QMetaType::Double)
            stmt.bindReal(i + 1, v.toDouble());
        else
            stmt.bind(i + 1, v.toString());
    }
}

const char *tableOf(MergeKind kind)
{
    switch (kind) {
    case MergeKind::Code: return "codes";
    case MergeKind::Theme: return "themes";
    case MergeKind::Dimension: return "dimensions";
    case MergeKind::Memo: return "memos";
    case MergeKind::Segment: return "segments";
    case MergeKind::Element: return "model_elements";
    case MergeKind::Link: return "influences";
    }
    return "";
}

} // namespace

Result<std::optional<Id>> MergeWriter::lookup(const QString &sql, const QVariantList &binds)
{
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return std::unexpected(stmt.error());
    bindAll(*stmt, binds);
    auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    std::optional<Id> out = *row && !stmt->isNull(0) ? std::optional<Id>(stmt->int64(0)) : std::nullopt;
    stmt->reset();
    return out;
}

Result<Id> MergeWriter::insert(const QString &table, const QString &sql, const QVariantList &binds)
{
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return std::unexpected(stmt.error());
    bindAll(*stmt, binds);
    if (auto ok = stmt->run(); !ok)
        return std::unexpected(ok.error());
    const Id id = m_db.lastInsertId();
    m_out.journal.inserted(table, id);
    return id;
}

Result<QString> MergeWriter::freeName(const QString &table, const QString &name, const QString &where)
{
    QString candidate = name;
    for (int n = 2;; ++n) {
        auto found = lookup(QStringLiteral("SELECT id FROM %1 WHERE name = ?1 %2").arg(table, where), {candidate});
        if (!found)
            return std::unexpected(found.error());
        if (!*found)
            return candidate;
        candidate = QStringLiteral("%1 (%2)").arg(name).arg(n);
    }
}

Result<std::int64_t> MergeWriter::nextPosition(const QString &sql, std::optional<Id> parent)
{
    auto found = lookup(sql, {nullable(parent)});
    if (!found)
        return std::unexpected(found.error());
    return found->value_or(-1) + 1;
}

std::optional<Id> MergeWriter::mapped(MergeKind kind, std::optional<Id> theirId) const
{
    return idHere(kind == MergeKind::Code    ? m_codes
                  : kind == MergeKind::Theme ? m_themes
                                             : m_dimensions,
                  theirId);
}

Status MergeWriter::coders()
{
    for (const OtherCoder &c : m_other.coders) {
        auto found = lookup(QStringLiteral("SELECT id FROM coders WHERE guid = ?1 UNION ALL "
                                           "SELECT id FROM coders WHERE name = ?2 LIMIT 1"),
                            {c.guid, c.name});
        if (!found)
            return std::unexpected(found.error());
        if (*found) {
            m_coders.insert(c.id, **found);
            continue;
        }
        auto id = insert(QStringLiteral("coders"),
                         QStringLiteral("INSERT INTO coders(guid, name, created) VALUES (?1, ?2, ?3)"),
                         {c.guid, c.name, textValue(c.created)});
        if (!id)
            return std::unexpected(id.error());
        m_coders.insert(c.id, *id);
        ++m_out.report.codersAdded;
    }
    return {};
}

Status MergeWriter::sources()
{
    SourceMatcher matcher(m_db);
    for (const OtherSource &s : m_other.sources) {
        auto same = matcher.find(s.hash, s.text);
        if (!same)
            return std::unexpected(same.error());
        if (*same) {
            m_sources.insert(s.id, (*same)->id);
            if ((*same)->trailingSpaceDiffers)
                m_trimmedSources.insert(s.id, **same);
            ++m_out.report.sourcesMatched;
            continue;
        }
        auto name = freeName(QStringLiteral("sources"), s.name);
        auto guidTaken = lookup(QStringLiteral("SELECT id FROM sources WHERE guid = ?1"), {s.guid});
        if (!name || !guidTaken)
            return std::unexpected(!name ? name.error() : guidTaken.error());
        auto id = insert(QStringLiteral("sources"),
                         QStringLiteral("INSERT INTO sources(guid, kind, name, text, content_hash, original_name, "
                                        "original_format, source_date, metadata, imported, length) "
                                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"),
                         {*guidTaken ? QUuid::createUuid().toString(QUuid::WithoutBraces) : s.guid, s.kind, *name,
                          textValue(s.text), s.hash, nullableText(s.originalName), nullableText(s.originalFormat),
                          nullableText(s.sourceDate), textValue(s.metadata.isEmpty() ? QStringLiteral("{}") : s.metadata),
                          textValue(s.imported), number(s.length)});
        if (!id)
            return std::unexpected(id.error());
        m_sources.insert(s.id, *id);
        m_out.report.newSources.append(*id);
        ++m_out.report.sourcesAdded;
        // Turns go with their source when a merge is undone (ON DELETE CASCADE).
        auto turn = m_db.prepare(QStringLiteral(
            "INSERT INTO turns(source_id, speaker, start, end, timestamp_ms) VALUES (?1, ?2, ?3, ?4, ?5)"));
        if (!turn)
            return std::unexpected(turn.error());
        for (const Turn &t : s.turns) {
            turn->reset();
            bindAll(*turn, {number(*id), textValue(t.speaker), number(t.start), number(t.end), nullable(t.timestampMs)});
            if (auto ok = turn->run(); !ok)
                return ok;
        }
    }
    return {};
}

Status MergeWriter::tiers(MergeKind kind)
{
    const std::vector<OtherTier> &theirs = kind == MergeKind::Code    ? m_other.codes
                                           : kind == MergeKind::Theme ? m_other.themes
                                                                      : m_other.dimensions;
    QHash<Id, Id> &map = kind == MergeKind::Code ? m_codes : kind == MergeKind::Theme ? m_themes : m_dimensions;
    const QString table = QString::fromLatin1(tableOf(kind));
    for (const OtherTier &t : theirs) {
        const MergeItem &item = m_plan.items[m_itemOf[int(kind)].value(t.id)];
        if (item.matched()) {
            map.insert(t.id, item.ourId);
            ++m_out.report.itemsMatched;
            continue;
        }
        if (item.removedHere) {
            ++m_out.report.itemsLeftRemoved;
            continue;
        }
        // Codes' names are unique among active codes only.
        const QString where = kind == MergeKind::Code ? (t.archived ? QStringLiteral("AND 0") : QStringLiteral("AND archived = 0"))
                                                      : QString();
        auto name = freeName(table, t.name, where);
        auto guidTaken = lookup(QStringLiteral("SELECT id FROM %1 WHERE guid = ?1").arg(table), {t.guid});
        if (!name || !guidTaken)
            return std::unexpected(!name ? name.error() : guidTaken.error());
        const QString guid = *guidTaken ? QUuid::createUuid().toString(QUuid::WithoutBraces) : t.guid;
        Result<Id> id = 0;
        if (kind == MergeKind::Dimension) {
            auto position = nextPosition(QStringLiteral("SELECT max(position) FROM dimensions WHERE ?1 IS ?1"), {});
            if (!position)
                return std::unexpected(position.error());
            id = insert(table, QStringLiteral("INSERT INTO dimensions(guid, name, definition, position) VALUES (?1, ?2, ?3, ?4)"),
                        {guid, *name, textValue(t.definition), number(*position)});
            ++m_out.report.dimensionsAdded;
        } else if (kind == MergeKind::Theme) {
            const std::optional<Id> dimension = mapped(MergeKind::Dimension, t.parent);
            auto position = nextPosition(QStringLiteral("SELECT max(position) FROM themes WHERE dimension_id IS ?1"), dimension);
            if (!position)
                return std::unexpected(position.error());
            id = insert(table,
                        QStringLiteral("INSERT INTO themes(guid, name, definition, dimension_id, position) "
                                       "VALUES (?1, ?2, ?3, ?4, ?5)"),
                        {guid, *name, textValue(t.definition), nullable(dimension), number(*position)});
            ++m_out.report.themesAdded;
        } else {
            auto position = nextPosition(QStringLiteral("SELECT max(position) FROM codes WHERE ?1 IS ?1"), {});
            if (!position)
                return std::unexpected(position.error());
            const std::optional<Id> createdBy = idHere(m_coders, t.createdBy);
            id = insert(table,
                        QStringLiteral("INSERT INTO codes(guid, name, definition, color, stage, archived, position, "
                                       "created_by, created) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"),
                        {guid, *name, textValue(t.definition), textValue(t.color), textValue(t.stage), number(t.archived ? 1 : 0),
                         number(*position), nullable(createdBy), textValue(t.created)});
            ++m_out.report.codesAdded;
            if (id)
                m_out.report.newCodes.append(*id);
        }
        if (!id)
            return std::unexpected(id.error());
        map.insert(t.id, *id);
    }
    return {};
}

// New codes go under their theme here, at its end.
Status MergeWriter::placements()
{
    for (const OtherTier &t : m_other.codes) {
        const MergeItem &item = m_plan.items[m_itemOf[int(MergeKind::Code)].value(t.id)];
        if (item.matched() || item.removedHere || !t.parent)
            continue;
        const std::optional<Id> theme = mapped(MergeKind::Theme, t.parent);
        if (!theme)
            continue;
        if (auto ok = place(item, t.parent); !ok)
            return ok;
    }
    return {};
}

// Puts ITEM (a code or theme of theirs, mapped here) under its parent PARENT
// (their id; none: unplaced) at the end of the parent's children.
Status MergeWriter::place(const MergeItem &item, std::optional<Id> parent)
{
    if (item.kind == MergeKind::Theme) {
        const Id theme = m_themes.value(item.theirId);
        const std::optional<Id> dimension = mapped(MergeKind::Dimension, parent);
        auto position = nextPosition(QStringLiteral("SELECT max(position) FROM themes WHERE dimension_id IS ?1"), dimension);
        if (!position)
            return std::unexpected(position.error());
        if (auto ok = m_out.journal.update(m_db, QStringLiteral("themes"), theme, QStringLiteral("dimension_id"),
                                           nullable(dimension));
            !ok)
            return ok;
        return m_out.journal.update(m_db, QStringLiteral("themes"), theme, QStringLiteral("position"),
                                    number(*position));
    }
    const Id code = m_codes.value(item.theirId);
    const std::optional<Id> theme = mapped(MergeKind::Theme, parent);
    auto placed = lookup(QStringLiteral("SELECT code_id FROM theme_codes WHERE code_id = ?1"), {number(code)});
    if (!placed)
        return std::unexpected(placed.error());
    if (!theme)
        return *placed ? m_out.journal.remove(m_db, QStringLiteral("theme_codes"), code) : Status{};
    auto position = nextPosition(QStringLiteral("SELECT max(position) FROM theme_codes WHERE theme_id IS ?1"), theme);
    if (!position)
        return std::unexpected(position.error());
    if (!*placed) {
        auto id = insert(QStringLiteral("theme_codes"),
                         QStringLiteral("INSERT INTO theme_codes(code_id, theme_id, position) VALUES (?1, ?2, ?3)"),
                         {number(code), number(*theme), number(*position)});
        return id ? Status{} : std::unexpected(id.error());
    }
    if (auto ok = m_out.journal.update(m_db, QStringLiteral("theme_codes"), code, QStringLiteral("theme_id"),
                                       number(*theme));
        !ok)
        return ok;
    return m_out.journal.update(m_db, QStringLiteral("theme_codes"), code, QStringLiteral("position"),
                                number(*position));
}

Status MergeWriter::takeValue(const MergeItem &item, const MergeDifference &d)
{
    const QString table = QString::fromLatin1(tableOf(item.kind));
    if (d.field == MergeField::Parent)
        return place(item, d.theirParent);
    if (d.field == MergeField::Name && item.kind != MergeKind::Memo) {
        const QString where = item.kind == MergeKind::Code ? QStringLiteral("AND archived = 0 AND id <> ?2")
                                                           : QStringLiteral("AND id <> ?2");
        auto clash = lookup(QStringLiteral("SELECT id FROM %1 WHERE name = ?1 %2").arg(table, where),
                            {d.theirs, number(item.ourId)});
        if (!clash)
            return std::unexpected(clash.error());
        if (*clash)
            return fail(ErrorKind::Conflict,
                        QCoreApplication::translate("gw::merge_writer", "cannot rename %1 \"%2\" to their name \"%3\": another %1 here is named so. "
                                       "Keep ours for it, or rename the other first.")
                            .arg(displayName(item.kind), item.ourName, d.theirs));
    }
    const QString column = item.kind == MergeKind::Memo
                               ? (d.field == MergeField::Name ? QStringLiteral("title") : QStringLiteral("body"))
                               : (d.field == MergeField::Name ? QStringLiteral("name") : QStringLiteral("definition"));
    return m_out.journal.update(m_db, table, item.ourId, column, textValue(d.theirs));
}

Status MergeWriter::differences()
{
    for (const MergeDifference &d : m_plan.differences) {
        const MergeItem &item = m_plan.items[d.item];
        if (!d.takeTheirs || !item.matched())
            continue;
        if (item.kind == MergeKind::Segment) {
            if (auto ok = takeSegment(item, d); !ok)
                return ok;
            continue;
        }
        if (item.kind == MergeKind::Element || item.kind == MergeKind::Link)
            continue; // with the model, once its levels and types are here
        if (auto ok = takeValue(item, d); !ok)
            return ok;
        ++m_out.report.valuesTaken;
    }
    return {};
}

Result<QHash<Id, Id>> MergeWriter::mergedCodes()
{
    // Each archived code's last merge, from the audit log: merged code GUID -> into GUID.
    QHash<QString, QString> into;
    auto audit = m_db.prepare(QStringLiteral("SELECT details FROM audit_log WHERE action = 'code.merge' ORDER BY id"));
    auto codes = m_db.prepare(QStringLiteral("SELECT id, guid, archived FROM codes"));
    if (!audit || !codes)
        return std::unexpected(!audit ? audit.error() : codes.error());
    auto details = collectRows<QString>(*audit, [](const Statement &r) { return r.text(0); });
    if (!details)
        return std::unexpected(details.error());
    for (const QString &d : *details) {
        const QJsonObject o = QJsonDocument::fromJson(d.toUtf8()).object();
        const QString target = o.value(QLatin1String("into")).toObject().value(QLatin1String("guid")).toString();
        for (const QJsonValue &m : o.value(QLatin1String("merged")).toArray())
            into.insert(m.toObject().value(QLatin1String("guid")).toString(), target);
    }
    struct Code
    {
        Id id = 0;
        bool archived = false;
    };
    QHash<QString, Code> byGuid;
    auto rows = collectRows<std::pair<QString, Code>>(*codes, [](const Statement &r) {
        return std::pair{r.text(1), Code{r.int64(0), r.int64(2) != 0}};
    });
    if (!rows)
        return std::unexpected(rows.error());
    for (const auto &[guid, code] : *rows)
        byGuid.insert(guid, code);
    QHash<Id, Id> out;
    for (auto it = byGuid.cbegin(); it != byGuid.cend(); ++it) {
        if (!it->archived || !into.contains(it.key()))
            continue;
        QString guid = it.key();
        for (int hops = 0; hops < 64 && byGuid.value(guid).archived && into.contains(guid); ++hops)
            guid = into.value(guid); // merged, then merged again
        if (byGuid.contains(guid) && !byGuid.value(guid).archived)
            out.insert(it->id, byGuid.value(guid).id);
    }
    return out;
}

Status MergeWriter::removeSegment(Id id)
{
    for (const char *table : {"theme_exemplars", "influence_evidence"}) {
        auto stmt = m_db.prepare(QStringLiteral("SELECT rowid FROM %1 WHERE segment_id = ?1").arg(QLatin1String(table)));
        if (!stmt)
            return std::unexpected(stmt.error());
        stmt->bind(1, id);
        auto rows = collectRows<Id>(*stmt, [](const Statement &r) { return r.int64(0); });
        if (!rows)
            return std::unexpected(rows.error());
        for (Id row : *rows)
            if (auto ok = m_out.journal.remove(m_db, QString::fromLatin1(table), row); !ok)
                return ok;
    }
    return m_out.journal.remove(m_db, QStringLiteral("segments"), id);
}

Status MergeWriter::takeSegment(const MergeItem &item, const MergeDifference &d)
{
    if (d.field == MergeField::Removal) {
        if (item.ourId == 0)
            return {}; // removed here, changed there: segments() brings theirs back
        ++m_out.report.segmentsRemoved;
        return removeSegment(item.ourId);
    }
    const OtherSegment *theirs = m_theirSegments.value(item.theirId);
    const std::optional<Id> code = theirs ? mapped(MergeKind::Code, theirs->codeId) : std::nullopt;
    if (!code)
        return {};
    ++m_out.report.segmentsEdited;
    // The same coding by the same coder here already: taking theirs would double it.
    auto same = lookup(QStringLiteral("SELECT o.id FROM segments g JOIN segments o ON o.source_id = g.source_id "
                                      "AND o.code_id = ?2 AND o.start = ?3 AND o.end = ?4 AND o.coder_id IS g.coder_id "
                                      "AND o.id <> g.id WHERE g.id = ?1"),
                       {number(item.ourId), number(*code), number(theirs->start), number(theirs->end)});
    if (!same)
        return std::unexpected(same.error());
    if (*same)
        return removeSegment(item.ourId);
    auto start = lookup(QStringLiteral("SELECT start FROM segments WHERE id = ?1"), {number(item.ourId)});
    if (!start)
        return std::unexpected(start.error());
    if (auto ok = m_out.journal.update(m_db, QStringLiteral("segments"), item.ourId, QStringLiteral("code_id"),
                                       number(*code));
        !ok)
        return ok;
    // Move the edge that keeps start < end on the way (the table checks it).
    QStringList columns{QStringLiteral("start"), QStringLiteral("end")};
    if (theirs->start >= start->value_or(0))
        std::swap(columns[0], columns[1]);
    for (const QString &column : columns)
        if (auto ok = m_out.journal.update(m_db, QStringLiteral("segments"), item.ourId, column,
                                           number(column == QLatin1String("start") ? theirs->start : theirs->end));
            !ok)
            return ok;
    return {};
}

Status MergeWriter::segments()
{
    // Removed here since the copy was made, and not to be brought back.
    QSet<Id> stayRemoved(m_plan.segmentsRemovedHere.begin(), m_plan.segmentsRemovedHere.end());
    m_out.report.segmentsLeftRemoved = int(stayRemoved.size());
    for (const MergeDifference &d : m_plan.differences) {
        const MergeItem &item = m_plan.items[d.item];
        if (item.kind == MergeKind::Segment && d.field == MergeField::Removal && item.ourId == 0 && !d.takeTheirs)
            stayRemoved.insert(item.theirId);
    }
    // What is here already, by GUID and by (source, code, start, end, coder).
    using Key = std::tuple<Id, Id, std::int64_t, std::int64_t, Id>;
    std::map<Key, Id> existing;
    QHash<QString, Id> byGuid;
    if (auto ok = eachRow(m_db,
                          QStringLiteral("SELECT id, guid, source_id, code_id, start, end, coalesce(coder_id, 0) "
                                         "FROM segments"),
                          [&](const Statement &r) {
                              byGuid.insert(r.text(1), r.int64(0));
                              existing.emplace(Key{r.int64(2), r.int64(3), r.int64(4), r.int64(5), r.int64(6)},
                                               r.int64(0));
                          });
        !ok)
        return ok;
    auto mergedHere = mergedCodes();
    if (!mergedHere)
        return std::unexpected(mergedHere.error());
    auto add = m_db.prepare(QStringLiteral("INSERT INTO segments(guid, source_id, code_id, start, end, coder_id, created) "
                                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    if (!add)
        return std::unexpected(add.error());
    for (const OtherSegment &s : m_other.segments) {
        if (stayRemoved.contains(s.id))
            continue;
        const auto source = m_sources.find(s.sourceId);
        const auto theirCode = m_codes.find(s.codeId);
        if (source == m_sources.end() || theirCode == m_codes.end())
            continue;
        // A code merged into another here since: their coding goes there too.
        const bool redirected = mergedHere->contains(*theirCode);
        const Id code = redirected ? mergedHere->value(*theirCode) : *theirCode;
        const std::optional<Id> coder = idHere(m_coders, s.coderId);
        if (auto g = byGuid.find(s.guid); g != byGuid.end()) {
            m_segments.insert(s.id, *g);
            ++m_out.report.segmentsExisting;
            continue;
        }
        std::int64_t start = s.start, end = s.end;
        if (const auto trimmed = m_trimmedSources.constFind(s.sourceId); trimmed != m_trimmedSources.cend()) {
            const auto range = SourceMatcher::clamp(*trimmed, start, end);
            if (!range)
                continue; // it coded only their extra white space at the end
            std::tie(start, end) = *range;
        }
        const Key key{*source, code, start, end, coder.value_or(0)};
        if (auto e = existing.find(key); e != existing.end()) {
            m_segments.insert(s.id, e->second);
            ++m_out.report.segmentsExisting;
            continue;
        }
        add->reset();
        bindAll(*add, {s.guid, number(*source), number(code), number(start), number(end), nullable(coder),
                       textValue(s.created)});
        if (auto ok = add->run(); !ok)
            return ok;
        const Id id = m_db.lastInsertId();
        m_out.journal.inserted(QStringLiteral("segments"), id);
        m_segments.insert(s.id, id);
        existing.emplace(key, id);
        ++m_out.report.segmentsAdded;
        m_out.report.segmentsRedirected += redirected ? 1 : 0;
    }
    return {};
}

Status MergeWriter::exemplars()
{
    for (const ExemplarChoice &e : m_other.exemplars) {
        const std::optional<Id> theme = mapped(MergeKind::Theme, e.themeId);
        if (!theme || !m_segments.contains(e.segmentId))
            continue;
        const Id segment = m_segments.value(e.segmentId);
        auto there = lookup(QStringLiteral("SELECT rowid FROM theme_exemplars WHERE theme_id = ?1 AND segment_id = ?2"),
                            {number(*theme), number(segment)});
        if (!there)
            return std::unexpected(there.error());
        if (*there)
            continue;
        auto position = nextPosition(QStringLiteral("SELECT max(position) FROM theme_exemplars WHERE theme_id IS ?1"), theme);
        if (!position)
            return std::unexpected(position.error());
        auto id = insert(QStringLiteral("theme_exemplars"),
                         QStringLiteral("INSERT INTO theme_exemplars(theme_id, segment_id, position) VALUES (?1, ?2, ?3)"),
                         {number(*theme), number(segment), number(*position)});
        if (!id)
            return std::unexpected(id.error());
        ++m_out.report.exemplarsAdded;
    }
    return {};
}

Status MergeWriter::memos()
{
    for (const OtherMemo &m : m_other.memos) {
        const MergeItem &item = m_plan.items[m_itemOf[int(MergeKind::Memo)].value(m.id)];
        if (item.matched()) {
            ++m_out.report.itemsMatched;
            continue;
        }
        std::optional<Id> target;
        if (m.targetKind != QLatin1String("project")) {
            const QHash<Id, Id> *map = m.targetKind == QLatin1String("source")      ? &m_sources
                                       : m.targetKind == QLatin1String("segment")   ? &m_segments
                                       : m.targetKind == QLatin1String("code")      ? &m_codes
                                       : m.targetKind == QLatin1String("theme")     ? &m_themes
                                       : m.targetKind == QLatin1String("dimension") ? &m_dimensions
                                       : m.targetKind == QLatin1String("case")      ? &m_cases
                                                                                    : nullptr;
            if (!map || !m.targetId || !map->contains(*m.targetId)) {
                ++m_out.report.memosSkipped;
                continue;
            }
            target = map->value(*m.targetId);
        }
        auto guidTaken = lookup(QStringLiteral("SELECT id FROM memos WHERE guid = ?1"), {m.guid});
        if (!guidTaken)
            return std::unexpected(guidTaken.error());
        const std::optional<Id> coder = idHere(m_coders, m.coderId);
        auto id = insert(QStringLiteral("memos"),
                         QStringLiteral("INSERT INTO memos(guid, title, body, target_kind, target_id, disconfirming, "
                                        "coder_id, created, modified) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"),
                         {*guidTaken ? QUuid::createUuid().toString(QUuid::WithoutBraces) : m.guid, textValue(m.title),
                          textValue(m.body), m.targetKind, nullable(target), number(m.disconfirming ? 1 : 0),
                          nullable(coder), textValue(m.created), textValue(m.modified)});
        if (!id)
            return std::unexpected(id.error());
        ++m_out.report.memosAdded;
    }
    return {};
}

Status MergeWriter::cases()
{
    for (const OtherCase &c : m_other.cases) {
        auto found = lookup(QStringLiteral("SELECT id FROM cases WHERE guid = ?1 UNION ALL "
                                           "SELECT id FROM cases WHERE name = ?2 LIMIT 1"),
                            {c.guid, c.name});
        if (!found)
            return std::unexpected(found.error());
        if (*found) {
            m_cases.insert(c.id, **found);
            continue;
        }
        auto id = insert(QStringLiteral("cases"),
                         QStringLiteral("INSERT INTO cases(guid, name, description) VALUES (?1, ?2, ?3)"),
                         {c.guid, c.name, textValue(c.description)});
        if (!id)
            return std::unexpected(id.error());
        m_cases.insert(c.id, *id);
        ++m_out.report.casesAdded;
    }
    for (const OtherAttribute &a : m_other.attributes) {
        auto found = lookup(QStringLiteral("SELECT id FROM attributes WHERE name = ?1 UNION ALL "
                                           "SELECT id FROM attributes WHERE guid = ?2 LIMIT 1"),
                            {a.name, a.guid});
        if (!found)
            return std::unexpected(found.error());
        if (*found) {
            m_attributes.insert(a.id, **found);
            continue;
        }
        auto position = nextPosition(QStringLiteral("SELECT max(position) FROM attributes WHERE ?1 IS ?1"), {});
        if (!position)
            return std::unexpected(position.error());
        auto id = insert(QStringLiteral("attributes"),
                         QStringLiteral("INSERT INTO attributes(guid, name, type, position) VALUES (?1, ?2, ?3, ?4)"),
                         {a.guid, a.name, a.type, number(*position)});
        if (!id)
            return std::unexpected(id.error());
        m_attributes.insert(a.id, *id);
        ++m_out.report.attributesAdded;
    }
    for (const OtherProject::Value &v : m_other.values) {
        if (!m_cases.contains(v.caseId) || !m_attributes.contains(v.attributeId))
            continue;
        const Id caseId = m_cases.value(v.caseId), attribute = m_attributes.value(v.attributeId);
        auto there = lookup(QStringLiteral("SELECT rowid FROM attribute_values WHERE case_id = ?1 AND attribute_id = ?2"),
                            {number(caseId), number(attribute)});
        if (!there)
            return std::unexpected(there.error());
        if (*there)
            continue; // a value set here is kept
        auto id = insert(QStringLiteral("attribute_values"),
                         QStringLiteral("INSERT INTO attribute_values(case_id, attribute_id, value) VALUES (?1, ?2, ?3)"),
                         {number(caseId), number(attribute), v.value.isNull() ? QVariant() : QVariant(v.value)});
        if (!id)
            return std::unexpected(id.error());
        ++m_out.report.valuesAdded;
    }
    for (const auto &[theirCase, theirSource] : m_other.caseSources) {
        if (!m_cases.contains(theirCase) || !m_sources.contains(theirSource))
            continue;
        const Id caseId = m_cases.value(theirCase), source = m_sources.value(theirSource);
        auto there = lookup(QStringLiteral("SELECT rowid FROM case_sources WHERE case_id = ?1 AND source_id = ?2"),
                            {number(caseId), number(source)});
        if (!there)
            return std::unexpected(there.error());
        if (*there)
            continue;
        auto id = insert(QStringLiteral("case_sources"),
                         QStringLiteral("INSERT INTO case_sources(case_id, source_id) VALUES (?1, ?2)"),
                         {number(caseId), number(source)});
        if (!id)
            return std::unexpected(id.error());
        ++m_out.report.caseLinksAdded;
    }
    return sourceSets();
}

// Their sets, matched by GUID then name, with the sources they hold that came
// across; a source already in a set here stays.
Status MergeWriter::sourceSets()
{
    for (const OtherSourceSet &set : m_other.sourceSets) {
        auto found = lookup(QStringLiteral("SELECT id FROM source_sets WHERE guid = ?1 UNION ALL "
                                           "SELECT id FROM source_sets WHERE name = ?2 LIMIT 1"),
                            {set.guid, set.name});
        if (!found)
            return std::unexpected(found.error());
        Id ours = found->value_or(0);
        if (!*found) {
            auto id = insert(QStringLiteral("source_sets"),
                             QStringLiteral("INSERT INTO source_sets(guid, name, description) VALUES (?1, ?2, ?3)"),
                             {set.guid, set.name, textValue(set.description)});
            if (!id)
                return std::unexpected(id.error());
            ours = *id;
            ++m_out.report.setsAdded;
        }
        for (const Id theirSource : set.sources) {
            if (!m_sources.contains(theirSource))
                continue;
            const Id source = m_sources.value(theirSource);
            auto there = lookup(QStringLiteral("SELECT rowid FROM source_set_members WHERE set_id = ?1 AND source_id = ?2"),
                                {number(ours), number(source)});
            if (!there)
                return std::unexpected(there.error());
            if (*there)
                continue;
            auto id = insert(QStringLiteral("source_set_members"),
                             QStringLiteral("INSERT INTO source_set_members(set_id, source_id) VALUES (?1, ?2)"),
                             {number(ours), number(source)});
            if (!id)
                return std::unexpected(id.error());
            ++m_out.report.setMembersAdded;
        }
    }
    return {};
}

Status MergeWriter::threads()
{
    const QJsonObject base = m_other.base.value(QLatin1String("threads")).toObject();
    for (const OtherThread &t : m_other.threads) {
        auto here = lookup(QStringLiteral("SELECT id FROM review_threads WHERE guid = ?1"), {t.guid});
        if (!here)
            return std::unexpected(here.error());
        const std::optional<Id> resolvedBy = idHere(m_coders, t.resolvedBy);
        Id thread = 0;
        if (*here) {
            thread = **here;
            auto state = lookup(QStringLiteral("SELECT state = 'resolved' FROM review_threads WHERE id = ?1"),
                                {number(thread)});
            if (!state)
                return std::unexpected(state.error());
            const bool ours = state->value_or(0) != 0;
            const QJsonValue was = base.value(t.guid);
            if (ours != t.resolved && was.isBool() && was.toBool() == ours) { // changed in their copy only
                const QString table = QStringLiteral("review_threads");
                for (const auto &[column, value] :
                     {std::pair{QStringLiteral("state"), QVariant(t.resolved ? QStringLiteral("resolved") : QStringLiteral("open"))},
                      std::pair{QStringLiteral("resolved_by"), nullable(resolvedBy)},
                      std::pair{QStringLiteral("resolved_at"), nullableText(t.resolvedAt)}})
                    if (auto ok = m_out.journal.update(m_db, table, thread, column, value); !ok)
                        return ok;
                ++m_out.report.threadStatesTaken;
            }
        } else {
            std::optional<Id> target;
            if (t.targetKind == QLatin1String("influence")) {
                if (auto it = m_influences.find(t.targetId); it != m_influences.end())
                    target = *it;
            } else {
                const MergeKind kind = t.targetKind == QLatin1String("code")    ? MergeKind::Code
                                       : t.targetKind == QLatin1String("theme") ? MergeKind::Theme
                                                                                : MergeKind::Dimension;
                target = mapped(kind, t.targetId);
            }
            if (!target) {
                ++m_out.report.threadsSkipped;
                continue;
            }
            auto id = insert(QStringLiteral("review_threads"),
                             QStringLiteral("INSERT INTO review_threads(guid, target_kind, target_id, state, "
                                            "resolved_by, resolved_at, created) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"),
                             {t.guid, t.targetKind, number(*target),
                              t.resolved ? QStringLiteral("resolved") : QStringLiteral("open"), nullable(resolvedBy),
                              nullableText(t.resolvedAt), textValue(t.created)});
            if (!id)
                return std::unexpected(id.error());
            thread = *id;
            ++m_out.report.threadsAdded;
        }
        for (const OtherComment &c : t.comments) {
            auto there = lookup(QStringLiteral("SELECT id FROM review_comments WHERE guid = ?1"), {c.guid});
            if (!there)
                return std::unexpected(there.error());
            if (*there)
                continue;
            const std::optional<Id> coder = idHere(m_coders, c.coderId);
            auto id = insert(QStringLiteral("review_comments"),
                             QStringLiteral("INSERT INTO review_comments(guid, thread_id, coder_id, text, created) "
                                            "VALUES (?1, ?2, ?3, ?4, ?5)"),
                             {c.guid, number(thread), nullable(coder), textValue(c.text), textValue(c.created)});
            if (!id)
                return std::unexpected(id.error());
            ++m_out.report.commentsAdded;
        }
    }
    return {};
}

// A level or influence type here by GUID, then by name, else added (TABLE
// model_levels or influence_types).
Result<Id> MergeWriter::modelName(const QString &table, const OtherModelName &theirs)
{
    auto found = lookup(QStringLiteral("SELECT id FROM %1 WHERE guid = ?1 UNION ALL SELECT id FROM %1 WHERE name = ?2 "
                                       "LIMIT 1")
                            .arg(table),
                        {theirs.guid, theirs.name});
    if (!found)
        return std::unexpected(found.error());
    if (*found)
        return **found;
    auto position = nextPosition(QStringLiteral("SELECT max(position) FROM %1 WHERE ?1 IS ?1").arg(table), {});
    if (!position)
        return std::unexpected(position.error());
    if (table == QLatin1String("model_levels"))
        return insert(table, QStringLiteral("INSERT INTO model_levels(guid, name, position) VALUES (?1, ?2, ?3)"),
                      {theirs.guid, theirs.name, number(*position)});
    return insert(table,
                  QStringLiteral("INSERT INTO influence_types(guid, name, color, line_style, position) "
                                 "VALUES (?1, ?2, ?3, ?4, ?5)"),
                  {theirs.guid, theirs.name, theirs.color, theirs.lineStyle, number(*position)});
}

Status MergeWriter::model()
{
    // What the copy knew: an element or link it knew that is not here was removed here.
    const QJsonObject knownElements = m_other.base.value(QLatin1String("elements")).toObject();
    const QJsonObject knownLinks = m_other.base.value(QLatin1String("influences")).toObject();
    QHash<Id, Id> levels, types, elements;
    for (const OtherModelName &l : m_other.levels) {
        auto id = modelName(QStringLiteral("model_levels"), l);
        if (!id)
            return std::unexpected(id.error());
        levels.insert(l.id, *id);
    }
    for (const OtherModelName &t : m_other.influenceTypes) {
        auto id = modelName(QStringLiteral("influence_types"), t);
        if (!id)
            return std::unexpected(id.error());
        types.insert(t.id, *id);
    }
    // An element: the one here for the same dimension, theme or code (ours
    // stands), else theirs added.
    for (const OtherElement &e : m_other.elements) {
        const MergeKind kind = e.targetKind == QLatin1String("code")    ? MergeKind::Code
                               : e.targetKind == QLatin1String("theme") ? MergeKind::Theme
                                                                        : MergeKind::Dimension;
        const std::optional<Id> target = mapped(kind, e.targetId);
        if (!target)
            continue;
        const QString column = QStringLiteral("%1_id").arg(e.targetKind);
        auto here = lookup(QStringLiteral("SELECT id FROM model_elements WHERE %1 = ?1").arg(column), {number(*target)});
        if (!here)
            return std::unexpected(here.error());
        if (*here) {
            elements.insert(e.id, **here);
            continue;
        }
        if (knownElements.contains(e.guid)) {
            ++m_out.report.itemsLeftRemoved; // taken out of the model here since the copy
            continue;
        }
        auto guidTaken = lookup(QStringLiteral("SELECT id FROM model_elements WHERE guid = ?1"), {e.guid});
        if (!guidTaken)
            return std::unexpected(guidTaken.error());
        const std::optional<Id> level = idHere(levels, e.levelId);
        auto id = insert(QStringLiteral("model_elements"),
                         QStringLiteral("INSERT INTO model_elements(guid, %1, role, level_id, x, y, position) "
                                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                             .arg(column),
                         {*guidTaken ? QUuid::createUuid().toString(QUuid::WithoutBraces) : e.guid, number(*target),
                          e.role, nullable(level), e.x ? QVariant(*e.x) : QVariant(), e.y ? QVariant(*e.y) : QVariant(),
                          number(e.position)});
        if (!id)
            return std::unexpected(id.error());
        elements.insert(e.id, *id);
        ++m_out.report.modelElementsAdded;
    }
    // An influence: by GUID, then the same link (ends and type), else added.
    for (const OtherInfluence &i : m_other.influences) {
        if (!elements.contains(i.from) || !elements.contains(i.to) || !types.contains(i.typeId))
            continue;
        const Id from = elements.value(i.from), to = elements.value(i.to), type = types.value(i.typeId);
        auto here = lookup(QStringLiteral("SELECT id FROM influences WHERE guid = ?1 UNION ALL SELECT id FROM "
                                          "influences WHERE from_element_id = ?2 AND to_element_id = ?3 AND "
                                          "type_id = ?4 LIMIT 1"),
                           {i.guid, number(from), number(to), number(type)});
        if (!here)
            return std::unexpected(here.error());
        if (*here) {
            m_influences.insert(i.id, **here);
            continue;
        }
        if (knownLinks.contains(i.guid)) {
            ++m_out.report.itemsLeftRemoved; // removed here since the copy
            continue;
        }
        if (from == to)
            continue; // both ends became the same element here
        auto id = insert(QStringLiteral("influences"),
                         QStringLiteral("INSERT INTO influences(guid, from_element_id, to_element_id, type_id, memo) "
                                        "VALUES (?1, ?2, ?3, ?4, ?5)"),
                         {i.guid, number(from), number(to), number(type), textValue(i.memo)});
        if (!id)
            return std::unexpected(id.error());
        m_influences.insert(i.id, *id);
        ++m_out.report.influencesAdded;
    }
    if (auto ok = modelValues(levels, types); !ok)
        return ok;
    for (const OtherEvidence &e : m_other.evidence) {
        if (!m_influences.contains(e.influenceId) || !m_segments.contains(e.segmentId))
            continue;
        const Id influence = m_influences.value(e.influenceId), segment = m_segments.value(e.segmentId);
        auto there = lookup(QStringLiteral("SELECT rowid FROM influence_evidence WHERE influence_id = ?1 AND segment_id = ?2"),
                            {number(influence), number(segment)});
        if (!there)
            return std::unexpected(there.error());
        if (*there)
            continue;
        auto position = nextPosition(QStringLiteral("SELECT max(position) FROM influence_evidence WHERE influence_id IS ?1"),
                                     influence);
        if (!position)
            return std::unexpected(position.error());
        auto id = insert(QStringLiteral("influence_evidence"),
                         QStringLiteral("INSERT INTO influence_evidence(influence_id, segment_id, kind, position) "
                                        "VALUES (?1, ?2, ?3, ?4)"),
                         {number(influence), number(segment), e.kind, number(*position)});
        if (!id)
            return std::unexpected(id.error());
        ++m_out.report.evidenceAdded;
    }
    return {};
}

// Their element placements and link types and memos, where chosen.
Status MergeWriter::modelValues(const QHash<Id, Id> &levels, const QHash<Id, Id> &types)
{
    QHash<Id, const OtherElement *> elements;
    QHash<Id, const OtherInfluence *> links;
    for (const OtherElement &e : m_other.elements)
        elements.insert(e.id, &e);
    for (const OtherInfluence &i : m_other.influences)
        links.insert(i.id, &i);
    for (const MergeDifference &d : m_plan.differences) {
        const MergeItem &item = m_plan.items[d.item];
        if (!d.takeTheirs)
            continue;
        if (item.kind == MergeKind::Element) {
            const OtherElement &e = *elements.value(item.theirId);
            const std::optional<Id> level = idHere(levels, e.levelId);
            if (auto ok = m_out.journal.update(
                    m_db, QStringLiteral("model_elements"), item.ourId,
                    QStringList{QStringLiteral("role"), QStringLiteral("level_id"), QStringLiteral("x"), QStringLiteral("y")},
                    QVariantList{e.role, nullable(level), e.x ? QVariant(*e.x) : QVariant(), e.y ? QVariant(*e.y) : QVariant()});
                !ok)
                return ok;
            ++m_out.report.valuesTaken;
        } else if (item.kind == MergeKind::Link) {
            const OtherInfluence &i = *links.value(item.theirId);
            if (!types.contains(i.typeId))
                continue;
            if (auto ok = m_out.journal.update(m_db, QStringLiteral("influences"), item.ourId,
                                               QStringList{QStringLiteral("type_id"), QStringLiteral("memo")},
                                               QVariantList{number(types.value(i.typeId)), textValue(i.memo)});
                !ok)
                return ok;
            ++m_out.report.valuesTaken;
        }
    }
    return {};
}

QString MergeWriter::snapshotHere(const QString &structure) const
{
    Id unknown = 0;
    const auto here = [&](MergeKind kind, const QJsonValue &v) {
        QJsonObject o = v.toObject();
        const std::optional<Id> id = mapped(kind, o.value(QLatin1String("id")).toInteger());
        o.insert(QStringLiteral("id"), qint64(id ? *id : --unknown));
        return o;
    };
    const auto codes = [&](const QJsonArray &list) {
        QJsonArray out;
        for (const QJsonValue &c : list)
            out.append(here(MergeKind::Code, c));
        return out;
    };
    const auto themes = [&](const QJsonArray &list) {
        QJsonArray out;
        for (const QJsonValue &t : list) {
            QJsonObject o = here(MergeKind::Theme, t);
            o.insert(QStringLiteral("codes"), codes(o.value(QLatin1String("codes")).toArray()));
            out.append(o);
        }
        return out;
    };
    QJsonObject snapshot = QJsonDocument::fromJson(structure.toUtf8()).object();
    QJsonArray dimensions;
    for (const QJsonValue &d : snapshot.value(QLatin1String("dimensions")).toArray()) {
        QJsonObject o = here(MergeKind::Dimension, d);
        o.insert(QStringLiteral("themes"), themes(o.value(QLatin1String("themes")).toArray()));
        dimensions.append(o);
    }
    snapshot.insert(QStringLiteral("dimensions"), dimensions);
    snapshot.insert(QStringLiteral("unplacedThemes"), themes(snapshot.value(QLatin1String("unplacedThemes")).toArray()));
    snapshot.insert(QStringLiteral("unplacedCodes"), codes(snapshot.value(QLatin1String("unplacedCodes")).toArray()));
    return QString::fromUtf8(QJsonDocument(snapshot).toJson(QJsonDocument::Compact));
}

Status MergeWriter::snapshots()
{
    for (const OtherSnapshot &s : m_other.snapshots) {
        auto here = lookup(QStringLiteral("SELECT id FROM structure_snapshots WHERE guid = ?1"), {s.guid});
        if (!here)
            return std::unexpected(here.error());
        if (*here)
            continue;
        auto name = freeName(QStringLiteral("structure_snapshots"), s.name);
        if (!name)
            return std::unexpected(name.error());
        const std::optional<Id> coder = idHere(m_coders, s.coderId);
        // Merges recorded in their audit log are not here: diffs from it start at the merge.
        auto id = insert(QStringLiteral("structure_snapshots"),
                         QStringLiteral("INSERT INTO structure_snapshots(guid, name, structure, audit_id, coder_id, "
                                        "created) VALUES (?1, ?2, ?3, (SELECT coalesce(max(id), 0) FROM audit_log), "
                                        "?4, ?5)"),
                         {s.guid, *name, snapshotHere(s.structure), nullable(coder), textValue(s.created)});
        if (!id)
            return std::unexpected(id.error());
        ++m_out.report.snapshotsAdded;
    }
    return {};
}

// Their saved queries that are not here (by GUID); a name used here gets " (2)".
// The expression names codes as their copy does, and is parsed when it runs.
Status MergeWriter::savedQueries()
{
    for (const OtherSavedQuery &q : m_other.savedQueries) {
        auto here = lookup(QStringLiteral("SELECT id FROM saved_queries WHERE guid = ?1"), {q.guid});
        if (!here)
            return std::unexpected(here.error());
        if (*here)
            continue;
        auto name = freeName(QStringLiteral("saved_queries"), q.name);
        if (!name)
            return std::unexpected(name.error());
        auto id = insert(QStringLiteral("saved_queries"),
                         QStringLiteral("INSERT INTO saved_queries(guid, name, expression, options, created, modified) "
                                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"),
                         {q.guid, *name, textValue(q.expression), textValue(q.options), textValue(q.created),
                          textValue(q.modified)});
        if (!id)
            return std::unexpected(id.error());
        ++m_out.report.savedQueriesAdded;
    }
    return {};
}

Status MergeWriter::run(const QString &coder)
{
    for (size_t i = 0; i < m_plan.items.size(); ++i)
        m_itemOf[int(m_plan.items[i].kind)].insert(m_plan.items[i].theirId, i);
    for (const OtherSegment &s : m_other.segments)
        m_theirSegments.insert(s.id, &s);
    spdlog::info("merging {} ({} segments) as {}", m_plan.otherName.toStdString(), m_other.segments.size(),
                 coder.toStdString());
    for (auto step : {&MergeWriter::coders, &MergeWriter::sources})
        if (auto ok = (this->*step)(); !ok)
            return ok;
    for (MergeKind kind : {MergeKind::Dimension, MergeKind::Theme, MergeKind::Code})
        if (auto ok = tiers(kind); !ok)
            return ok;
    for (auto step : {&MergeWriter::placements, &MergeWriter::differences, &MergeWriter::segments,
                      &MergeWriter::exemplars, &MergeWriter::cases, &MergeWriter::memos, &MergeWriter::model,
                      &MergeWriter::threads, &MergeWriter::snapshots, &MergeWriter::savedQueries})
        if (auto ok = (this->*step)(); !ok)
            return ok;
    return {};
}

} // namespace gw

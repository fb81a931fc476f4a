// Project: the data structure's stored rows as one value and the edit from one
// such value to another (how structural commands undo and redo), exemplar
// quotes of themes, and the table's abbreviations.
#include "core/model/attribution.h"
#include "core/model/project.h"
#include "core/model/project_structure_rows.h"
#include "core/structure/structure_store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <map>
#include <set>

namespace gw {

namespace {

const QString kAbbreviationsKey = QStringLiteral("structure.abbreviations");
const QString kAttributionKey = QStringLiteral("report.attribution");

QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

template <typename T, typename Key> std::map<Key, const T *> byKey(const std::vector<T> &rows, Key (*key)(const T &))
{
    std::map<Key, const T *> out;
    for (const T &row : rows)
        out.emplace(key(row), &row);
    return out;
}

Id dimensionKey(const DimensionInfo &d) { return d.id; }
Id themeKey(const ThemeInfo &t) { return t.id; }
Id placementKey(const CodePlacement &p) { return p.codeId; }
std::pair<Id, Id> exemplarKey(const ExemplarChoice &e) { return {e.themeId, e.segmentId}; }

// The keys whose row TO has and FROM has not, or has otherwise.
template <typename Key, typename T>
std::vector<const T *> changedIn(const std::map<Key, const T *> &from, const std::map<Key, const T *> &to)
{
    std::vector<const T *> out;
    for (const auto &[key, row] : to)
        if (auto it = from.find(key); it == from.end() || !(*it->second == *row))
            out.push_back(row);
    return out;
}

// The keys FROM has and TO has not.
template <typename Key, typename T>
std::vector<Key> goneFrom(const std::map<Key, const T *> &from, const std::map<Key, const T *> &to)
{
    std::vector<Key> out;
    for (const auto &[key, row] : from)
        if (!to.contains(key))
            out.push_back(key);
    return out;
}

Status deleteIds(Database &db, const QString &sql, const std::vector<Id> &ids)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return std::unexpected(stmt.error());
    for (Id id : ids) {
        if (auto ok = stmt->bind(1, id).run(); !ok)
            return ok;
        stmt->reset();
    }
    return {};
}

} // namespace

Result<StructureRows> Project::structureRows()
{
    StructureRows out;
    auto dims = dimensions();
    if (!dims)
        return std::unexpected(dims.error());
    out.dimensions = std::move(*dims);
    auto ts = themes();
    if (!ts)
        return std::unexpected(ts.error());
    out.themes = std::move(*ts);
    auto placements = m_db.prepare(QStringLiteral("SELECT code_id, theme_id, position FROM theme_codes ORDER BY code_id"));
    if (!placements)
        return std::unexpected(placements.error());
    auto p = collectRows<CodePlacement>(*placements, [](const Statement &r) {
        return CodePlacement{r.int64(0), r.int64(1), static_cast<int>(r.int64(2))};
    });
    if (!p)
        return std::unexpected(p.error());
    out.placements = std::move(*p);
    auto exemplars = m_db.prepare(
        QStringLiteral("SELECT theme_id, segment_id, position FROM theme_exemplars ORDER BY theme_id, segment_id"));
    if (!exemplars)
        return std::unexpected(exemplars.error());
    auto e = collectRows<ExemplarChoice>(*exemplars, [](const Statement &r) {
        return ExemplarChoice{r.int64(0), r.int64(1), static_cast<int>(r.int64(2))};
    });
    if (!e)
        return std::unexpected(e.error());
    out.exemplars = std::move(*e);
    return out;
}

Status Project::changeStructureRows(const StructureRows &from, const StructureRows &to, const QString &action,
                                    const QString &why)
{
    const auto fromDims = byKey(from.dimensions, dimensionKey), toDims = byKey(to.dimensions, dimensionKey);
    const auto fromThemes = byKey(from.themes, themeKey), toThemes = byKey(to.themes, themeKey);
    const auto fromPlaced = byKey(from.placements, placementKey), toPlaced = byKey(to.placements, placementKey);
    const auto fromEx = byKey(from.exemplars, exemplarKey), toEx = byKey(to.exemplars, exemplarKey);

    const auto dimsChanged = changedIn(fromDims, toDims);
    const auto themesChanged = changedIn(fromThemes, toThemes);
    const auto placedChanged = changedIn(fromPlaced, toPlaced);
    const auto exChanged = changedIn(fromEx, toEx);
    const auto dimsGone = goneFrom(fromDims, toDims);
    const auto themesGone = goneFrom(fromThemes, toThemes);
    const auto placedGone = goneFrom(fromPlaced, toPlaced);
    const auto exGone = goneFrom(fromEx, toEx);

    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    // Children's rows go first, parents' rows come first.
    auto dropExemplar = m_db.prepare(QStringLiteral("DELETE FROM theme_exemplars WHERE theme_id = ?1 AND segment_id = ?2"));
    if (!dropExemplar)
        return std::unexpected(dropExemplar.error());
    for (const auto &[themeId, segmentId] : exGone) {
        if (auto ok = dropExemplar->bind(1, themeId).bind(2, segmentId).run(); !ok)
            return ok;
        dropExemplar->reset();
    }
    if (auto ok = deleteIds(m_db, QStringLiteral("DELETE FROM theme_codes WHERE code_id = ?1"), placedGone); !ok)
        return ok;
    auto putDimension = m_db.prepare(QStringLiteral(
        "INSERT INTO dimensions(id, guid, name, definition, position) VALUES (?1, ?2, ?3, ?4, ?5) "
        "ON CONFLICT(id) DO UPDATE SET guid = ?2, name = ?3, definition = ?4, position = ?5"));
    if (!putDimension)
        return std::unexpected(putDimension.error());
    for (const DimensionInfo *d : dimsChanged) {
        putDimension->bind(1, d->id).bind(2, d->guid).bind(3, d->name).bind(4, nonNull(d->definition)).bind(5, d->position);
        if (auto ok = putDimension->run(); !ok)
            return ok;
        putDimension->reset();
    }
    auto putTheme = m_db.prepare(QStringLiteral(
        "INSERT INTO themes(id, guid, name, definition, dimension_id, position) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
        "ON CONFLICT(id) DO UPDATE SET guid = ?2, name = ?3, definition = ?4, dimension_id = ?5, position = ?6"));
    if (!putTheme)
        return std::unexpected(putTheme.error());
    for (const ThemeInfo *t : themesChanged) {
        putTheme->bind(1, t->id).bind(2, t->guid).bind(3, t->name).bind(4, nonNull(t->definition));
        if (t->dimensionId)
            putTheme->bind(5, *t->dimensionId);
        else
            putTheme->bindNull(5);
        putTheme->bind(6, t->position);
        if (auto ok = putTheme->run(); !ok)
            return ok;
        putTheme->reset();
    }
    auto putPlacement = m_db.prepare(QStringLiteral("INSERT INTO theme_codes(code_id, theme_id, position) VALUES (?1, ?2, ?3) "
                                                    "ON CONFLICT(code_id) DO UPDATE SET theme_id = ?2, position = ?3"));
    if (!putPlacement)
        return std::unexpected(putPlacement.error());
    for (const CodePlacement *p : placedChanged) {
        if (auto ok = putPlacement->bind(1, p->codeId).bind(2, p->themeId).bind(3, p->position).run(); !ok)
            return ok;
        putPlacement->reset();
    }
    auto putExemplar = m_db.prepare(QStringLiteral(
        "INSERT INTO theme_exemplars(theme_id, segment_id, position) VALUES (?1, ?2, ?3) "
        "ON CONFLICT(theme_id, segment_id) DO UPDATE SET position = ?3"));
    if (!putExemplar)
        return std::unexpected(putExemplar.error());
    for (const ExemplarChoice *e : exChanged) {
        if (auto ok = putExemplar->bind(1, e->themeId).bind(2, e->segmentId).bind(3, e->position).run(); !ok)
            return ok;
        putExemplar->reset();
    }
    if (auto ok = deleteIds(m_db, QStringLiteral("DELETE FROM themes WHERE id = ?1"), themesGone); !ok)
        return ok;
    if (auto ok = deleteIds(m_db, QStringLiteral("DELETE FROM dimensions WHERE id = ?1"), dimsGone); !ok)
        return ok;
    const auto changes = [](std::size_t put, std::size_t gone) {
        return QJsonObject{{QStringLiteral("written"), static_cast<qint64>(put)},
                           {QStringLiteral("removed"), static_cast<qint64>(gone)}};
    };
    QJsonObject details{{QStringLiteral("dimensions"), changes(dimsChanged.size(), dimsGone.size())},
                        {QStringLiteral("themes"), changes(themesChanged.size(), themesGone.size())},
                        {QStringLiteral("placements"), changes(placedChanged.size(), placedGone.size())},
                        {QStringLiteral("exemplars"), changes(exChanged.size(), exGone.size())}};
    if (auto ok = writeAudit(action, details, why); !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    std::set<Id> codesMoved(placedGone.begin(), placedGone.end());
    for (const CodePlacement *p : placedChanged)
        codesMoved.insert(p->codeId);
    for (Id id : codesMoved)
        Q_EMIT codeChanged(id);
    Q_EMIT structureChanged();
    return {};
}

// --- Exemplars ----------------------------------------------------------------

Status Project::addExemplar(Id themeId, Id segmentId, std::optional<int> position, const QString &why)
{
    auto t = theme(themeId);
    if (!t)
        return std::unexpected(t.error());
    auto s = segment(segmentId);
    if (!s)
        return std::unexpected(s.error());
    auto c = code(s->codeId);
    if (!c)
        return std::unexpected(c.error());
    if (c->themeId != themeId)
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::project_structure_rows", "The segment is coded with \"%1\", which is not under the theme \"%2\"; an "
                                   "exemplar quote comes from the theme's own codes.")
                        .arg(c->name, t->name));
    auto order = m_db.prepare(QStringLiteral(
        "SELECT segment_id, position FROM theme_exemplars WHERE theme_id = ?1 ORDER BY position, segment_id"));
    if (!order)
        return std::unexpected(order.error());
    order->bind(1, themeId);
    auto list = collectRows<std::pair<Id, int>>(
        *order, [](const Statement &r) { return std::pair<Id, int>{r.int64(0), static_cast<int>(r.int64(1))}; });
    if (!list)
        return std::unexpected(list.error());
    if (std::ranges::any_of(*list, [segmentId](const auto &e) { return e.first == segmentId; }))
        return fail(ErrorKind::Conflict,
                    QCoreApplication::translate("gw::project_structure_rows", "That segment is already an exemplar of \"%1\".").arg(t->name));
    const auto size = static_cast<int>(list->size());
    const int at = std::clamp(position.value_or(size), 0, size);
    list->insert(list->begin() + at, {segmentId, -1});
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto insert = m_db.prepare(
        QStringLiteral("INSERT INTO theme_exemplars(theme_id, segment_id, position) VALUES (?1, ?2, ?3)"));
    if (!insert)
        return std::unexpected(insert.error());
    if (auto ok = insert->bind(1, themeId).bind(2, segmentId).bind(3, at).run(); !ok)
        return ok;
    auto move = m_db.prepare(
        QStringLiteral("UPDATE theme_exemplars SET position = ?1 WHERE theme_id = ?2 AND segment_id = ?3"));
    if (!move)
        return std::unexpected(move.error());
    for (std::size_t i = 0; i < list->size(); ++i) {
        if ((*list)[i].second == static_cast<int>(i) || (*list)[i].first == segmentId)
            continue;
        if (auto ok = move->bind(1, static_cast<std::int64_t>(i)).bind(2, themeId).bind(3, (*list)[i].first).run(); !ok)
            return ok;
        move->reset();
    }
    QJsonObject details{{QStringLiteral("theme"), QJsonObject{{QStringLiteral("guid"), t->guid},
                                                              {QStringLiteral("name"), t->name}}},
                        {QStringLiteral("segment"), s->guid},
                        {QStringLiteral("source"), s->sourceName},
                        {QStringLiteral("code"), c->name},
                        {QStringLiteral("position"), at}};
    if (auto ok = writeAudit(QStringLiteral("theme.exemplar.add"), details, why, false); !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    Q_EMIT structureChanged();
    return {};
}

Status Project::removeExemplar(Id themeId, Id segmentId, const QString &why)
{
    auto t = theme(themeId);
    if (!t)
        return std::unexpected(t.error());
    auto s = segment(segmentId);
    if (!s)
        return std::unexpected(s.error());
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto remove = m_db.prepare(
        QStringLiteral("DELETE FROM theme_exemplars WHERE theme_id = ?1 AND segment_id = ?2 RETURNING position"));
    if (!remove)
        return std::unexpected(remove.error());
    remove->bind(1, themeId).bind(2, segmentId);
    auto row = remove->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::project_structure_rows", "That segment is not an exemplar of \"%1\".").arg(t->name));
    const qint64 position = remove->int64(0);
    if (auto ok = remove->run(); !ok)
        return ok;
    auto close = m_db.prepare(
        QStringLiteral("UPDATE theme_exemplars SET position = position - 1 WHERE theme_id = ?1 AND position > ?2"));
    if (!close)
        return std::unexpected(close.error());
    if (auto ok = close->bind(1, themeId).bind(2, std::int64_t{position}).run(); !ok)
        return ok;
    QJsonObject details{{QStringLiteral("theme"), QJsonObject{{QStringLiteral("guid"), t->guid},
                                                              {QStringLiteral("name"), t->name}}},
                        {QStringLiteral("segment"), s->guid},
                        {QStringLiteral("source"), s->sourceName},
                        {QStringLiteral("position"), position}};
    if (auto ok = writeAudit(QStringLiteral("theme.exemplar.remove"), details, why, false); !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    Q_EMIT structureChanged();
    return {};
}

Result<std::vector<SegmentInfo>> Project::exemplarsOf(Id themeId) { return m_structure->exemplarsOf(themeId); }

// --- Abbreviations -------------------------------------------------------------

Status Project::setAbbreviations(const std::vector<Abbreviation> &abbreviations)
{
    QJsonArray array;
    for (const Abbreviation &a : abbreviations)
        array.append(QJsonObject{{QStringLiteral("abbreviation"), a.abbreviation.trimmed()},
                                 {QStringLiteral("meaning"), a.meaning.trimmed()}});
    if (auto ok = setSetting(kAbbreviationsKey, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
        !ok)
        return ok;
    Q_EMIT structureChanged();
    return {};
}

std::vector<Abbreviation> Project::abbreviations()
{
    std::vector<Abbreviation> out;
    const QJsonArray array = QJsonDocument::fromJson(setting(kAbbreviationsKey).toUtf8()).array();
    for (const QJsonValue &v : array)
        out.push_back({v[u"abbreviation"].toString(), v[u"meaning"].toString()});
    return out;
}

Status Project::setAttributionTemplate(const QString &templ)
{
    const QString trimmed = templ.trimmed();
    auto attributes = this->attributes();
    if (!attributes)
        return std::unexpected(attributes.error());
    if (auto ok = checkAttributionTemplate(trimmed, *attributes); !ok)
        return ok;
    if (trimmed.isEmpty()) { // back to the automatic attribution: no setting
        auto drop = m_db.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?1"));
        if (!drop)
            return std::unexpected(drop.error());
        if (auto ok = drop->bind(1, kAttributionKey).run(); !ok)
            return ok;
    } else if (auto ok = setSetting(kAttributionKey, trimmed); !ok) {
        return ok;
    }
    Q_EMIT structureChanged();
    return {};
}

QString Project::attributionTemplate()
{
    return setting(kAttributionKey);
}

} // namespace gw

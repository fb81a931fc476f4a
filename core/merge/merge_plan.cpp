#include "core/merge/merge_plan.h"
#include "core/model/source_match.h"

#include "core/store/each_row.h"
#include "core/model/project.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonValue>
#include <QSet>

namespace gw {

QString toString(MergeKind kind)
{
    switch (kind) {
    case MergeKind::Code: return QStringLiteral("code");
    case MergeKind::Theme: return QStringLiteral("theme");
    case MergeKind::Dimension: return QStringLiteral("dimension");
    case MergeKind::Memo: return QStringLiteral("memo");
    case MergeKind::Segment: return QStringLiteral("segment");
    case MergeKind::Element: return QStringLiteral("element");
    case MergeKind::Link: return QStringLiteral("link");
    }
    return {};
}

QString toString(MergeField field)
{
    switch (field) {
    case MergeField::Name: return QStringLiteral("name");
    case MergeField::Definition: return QStringLiteral("definition");
    case MergeField::Parent: return QStringLiteral("place");
    case MergeField::Body: return QStringLiteral("text");
    case MergeField::Coding: return QStringLiteral("coding");
    case MergeField::Removal: return QStringLiteral("removal");
    case MergeField::Placement: return QStringLiteral("placement");
    case MergeField::Link: return QStringLiteral("type and memo");
    }
    return {};
}

void MergePlan::acceptNameMatches(bool accept)
{
    for (MergeItem &item : items)
        if (item.match == MergeMatch::ByName)
            item.accepted = accept;
}

void MergePlan::takeTheirsEverywhere()
{
    for (MergeDifference &d : differences)
        d.takeTheirs = true;
}

QStringList MergePlan::takeTheirsFor(const QStringList &names)
{
    QStringList unknown;
    for (const QString &wanted : names) {
        QString kind, name = wanted;
        if (const qsizetype colon = wanted.indexOf(QLatin1Char(':')); colon > 0) {
            const QString prefix = wanted.left(colon);
            for (MergeKind k : {MergeKind::Code, MergeKind::Theme, MergeKind::Dimension, MergeKind::Memo,
                                MergeKind::Segment, MergeKind::Element, MergeKind::Link})
                if (toString(k) == prefix) {
                    kind = prefix;
                    name = wanted.mid(colon + 1);
                }
        }
        bool found = false;
        for (MergeDifference &d : differences) {
            const MergeItem &item = items[d.item];
            if ((kind.isEmpty() || kind == toString(item.kind)) &&
                (item.ourName == name || item.name == name)) {
                d.takeTheirs = true;
                found = true;
            }
        }
        if (!found)
            unknown << wanted;
    }
    return unknown;
}

int MergePlan::conflicts() const
{
    int n = 0;
    for (const MergeDifference &d : differences)
        n += d.conflict ? 1 : 0;
    return n;
}

namespace {

// An item of this project, as a merge compares it.
struct OurItem
{
    Id id = 0;
    QString guid;
    QString name;
    QString definition;
    std::optional<Id> parent;
    bool archived = false;
    QString targetKind; // memos
    std::optional<Id> targetId;
};

Result<std::vector<OurItem>> readOurs(Database &db, const QString &sql)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return std::unexpected(stmt.error());
    return collectRows<OurItem>(*stmt, [](const Statement &r) {
        OurItem item{r.int64(0), r.text(1), r.text(2), r.text(3), {}};
        if (!r.isNull(4))
            item.parent = r.int64(4);
        item.archived = r.int64(5) != 0;
        item.targetKind = r.text(6);
        if (!r.isNull(7))
            item.targetId = r.int64(7);
        return item;
    });
}

class Planner
{
public:
    Planner(Project &project, MergePlan &plan) : m_db(project.database()), m_plan(plan), m_other(*plan.other) {}
    Status run();

private:
    Status matchSources();
    Status matchTier(MergeKind kind, const std::vector<OtherTier> &theirs, const QString &sql,
                     QHash<Id, size_t> &index, std::vector<OurItem> &ours);
    Status matchMemos();
    Status compareSegments();
    Status compareModel();
    [[nodiscard]] Result<QString> passage(Id sourceId, std::int64_t start, std::int64_t end);
    void compareTiers(MergeKind kind, const std::vector<OtherTier> &theirs, const QHash<Id, size_t> &index,
                      const std::vector<OurItem> &ours, const QHash<Id, size_t> &parentIndex,
                      const std::vector<OurItem> &ourParents, const QString &baseKey);
    void compare(size_t item, MergeField field, const QString &ours, const QString &theirs,
                 const std::optional<QString> &base, const QString &oursKey, const QString &theirsKey,
                 const std::optional<QString> &baseKey, std::optional<Id> theirParent = {});
    [[nodiscard]] std::optional<QJsonObject> base(const QString &table, const QString &guid) const;
    [[nodiscard]] static QString baseTable(MergeKind kind);
    // Whether their copy has segments on THEIRCODE made since the copy.
    [[nodiscard]] bool codedAnew(Id theirCode);

    Database &m_db;
    MergePlan &m_plan;
    const OtherProject &m_other;
    std::vector<OurItem> m_codes, m_themes, m_dimensions;
    QHash<Id, size_t> m_codeItems, m_themeItems, m_dimensionItems; // their id -> item
    QHash<Id, Id> m_sources;                                        // their id -> ours
    std::optional<QSet<Id>> m_codedAnew;                            // their codes
};

Status Planner::matchSources()
{
    SourceMatcher matcher(m_db);
    for (const OtherSource &s : m_other.sources) {
        auto here = matcher.find(s.hash, s.text);
        if (!here)
            return std::unexpected(here.error());
        if (*here) {
            m_sources.insert(s.id, (*here)->id);
            ++m_plan.sourcesMatched;
            m_plan.sourcesMatchedTrimmed += (*here)->trailingSpaceDiffers ? 1 : 0;
        } else {
            ++m_plan.sourcesNew;
        }
    }
    return {};
}

Status Planner::matchTier(MergeKind kind, const std::vector<OtherTier> &theirs, const QString &sql,
                          QHash<Id, size_t> &index, std::vector<OurItem> &ours)
{
    auto rows = readOurs(m_db, sql);
    if (!rows)
        return std::unexpected(rows.error());
    ours = std::move(*rows);
    QHash<QString, size_t> byGuid, byName;
    for (size_t i = 0; i < ours.size(); ++i) {
        byGuid.insert(ours[i].guid, i);
        if (!ours[i].archived)
            byName.insert(ours[i].name, i);
    }
    for (const OtherTier &t : theirs) {
        MergeItem item{kind, t.id, t.guid, t.name};
        if (auto g = byGuid.find(t.guid); g != byGuid.end()) {
            item.match = MergeMatch::ByGuid;
            item.ourId = ours[*g].id;
            item.ourName = ours[*g].name;
        } else if (auto n = byName.find(t.name); !t.archived && n != byName.end()) {
            item.match = MergeMatch::ByName;
            item.ourId = ours[*n].id;
            item.ourName = ours[*n].name;
        }
        if (item.match == MergeMatch::New && base(baseTable(kind), t.guid))
            item.removedHere = kind != MergeKind::Code || !codedAnew(t.id);
        index.insert(t.id, m_plan.items.size());
        m_plan.items.push_back(item);
    }
    return {};
}

QString Planner::baseTable(MergeKind kind)
{
    return kind == MergeKind::Code    ? QStringLiteral("codes")
           : kind == MergeKind::Theme ? QStringLiteral("themes")
                                      : QStringLiteral("dimensions");
}

bool Planner::codedAnew(Id theirCode)
{
    if (!m_codedAnew) {
        m_codedAnew.emplace();
        const QJsonObject segments = m_other.base.value(QLatin1String("segments")).toObject();
        for (const OtherSegment &s : m_other.segments)
            if (!segments.contains(s.guid))
                m_codedAnew->insert(s.codeId);
    }
    return m_codedAnew->contains(theirCode);
}

std::optional<QJsonObject> Planner::base(const QString &table, const QString &guid) const
{
    const QJsonValue v = m_other.base.value(table).toObject().value(guid);
    return v.isObject() ? std::optional<QJsonObject>(v.toObject()) : std::nullopt;
}

void Planner::compare(size_t item, MergeField field, const QString &ours, const QString &theirs,
                      const std::optional<QString> &baseValue, const QString &oursKey, const QString &theirsKey,
                      const std::optional<QString> &baseKey, std::optional<Id> theirParent)
{
    if (oursKey == theirsKey)
        return;
    MergeDifference d{item, field, ours, theirs, baseValue};
    d.theirParent = theirParent;
    if (baseKey) {
        if (*baseKey == theirsKey)
            return; // only this project changed it: keep ours, nothing to ask
        if (*baseKey == oursKey)
            d.conflict = false; // only theirs changed it
    }
    d.takeTheirs = !d.conflict;
    m_plan.differences.push_back(d);
}

void Planner::compareTiers(MergeKind kind, const std::vector<OtherTier> &theirs, const QHash<Id, size_t> &index,
                           const std::vector<OurItem> &ours, const QHash<Id, size_t> &parentIndex,
                           const std::vector<OurItem> &ourParents, const QString &baseKey)
{
    QHash<Id, const OurItem *> oursById, parentsById;
    for (const OurItem &o : ours)
        oursById.insert(o.id, &o);
    for (const OurItem &o : ourParents)
        parentsById.insert(o.id, &o);
    QHash<Id, const OtherTier *> theirParents;
    for (const OtherTier &p : kind == MergeKind::Code ? m_other.themes : m_other.dimensions)
        theirParents.insert(p.id, &p);
    for (const OtherTier &t : theirs) {
        const size_t i = index.value(t.id);
        const MergeItem &item = m_plan.items[i];
        if (item.match == MergeMatch::New)
            continue;
        const OurItem &o = *oursById.value(item.ourId);
        const auto b = base(baseKey, t.guid);
        const auto baseText = [&](const char *key) {
            return b ? std::optional<QString>(b->value(QLatin1String(key)).toString()) : std::nullopt;
        };
        compare(i, MergeField::Name, o.name, t.name, baseText("name"), o.name, t.name, baseText("name"));
        compare(i, MergeField::Definition, o.definition, t.definition, baseText("definition"), o.definition,
                t.definition, baseText("definition"));
        // Places compare by identity: a parent matched by name counts as the same.
        const OurItem *ourParent = o.parent ? parentsById.value(*o.parent) : nullptr;
        const OtherTier *theirParent = t.parent ? theirParents.value(*t.parent) : nullptr;
        QString theirKey, theirName;
        if (theirParent) {
            theirName = theirParent->name;
            theirKey = theirParent->guid;
            const MergeItem &p = m_plan.items[parentIndex.value(theirParent->id)];
            if (p.match != MergeMatch::New)
                if (const OurItem *matched = parentsById.value(p.ourId))
                    theirKey = matched->guid;
        }
        std::optional<QString> baseParentKey, baseParentName;
        if (b) {
            baseParentKey = b->value(QLatin1String("parent")).toString();
            baseParentName = b->value(QLatin1String("parentName")).toString();
        }
        compare(i, MergeField::Parent, ourParent ? ourParent->name : QString(), theirName, baseParentName,
                ourParent ? ourParent->guid : QString(), theirKey, baseParentKey,
                theirParent ? std::optional<Id>(theirParent->id) : std::nullopt);
    }
}

Status Planner::matchMemos()
{
    auto rows = readOurs(m_db, QStringLiteral("SELECT id, guid, title, body, NULL, 0, target_kind, target_id FROM memos"));
    if (!rows)
        return std::unexpected(rows.error());
    const std::vector<OurItem> &ours = *rows;
    QHash<QString, size_t> byGuid;
    for (size_t i = 0; i < ours.size(); ++i)
        byGuid.insert(ours[i].guid, i);
    // Their memo's target as an id here, when the target is matched.
    const auto target = [&](const OtherMemo &m) -> std::optional<Id> {
        if (!m.targetId)
            return std::nullopt;
        const QHash<Id, size_t> *index = m.targetKind == QLatin1String("code")    ? &m_codeItems
                                         : m.targetKind == QLatin1String("theme") ? &m_themeItems
                                         : m.targetKind == QLatin1String("dimension") ? &m_dimensionItems
                                                                                       : nullptr;
        if (index) {
            auto it = index->find(*m.targetId);
            if (it == index->end() || m_plan.items[*it].match == MergeMatch::New)
                return std::nullopt;
            return m_plan.items[*it].ourId;
        }
        if (m.targetKind == QLatin1String("source") && m_sources.contains(*m.targetId))
            return m_sources.value(*m.targetId);
        return std::nullopt;
    };
    for (const OtherMemo &m : m_other.memos) {
        const size_t i = m_plan.items.size();
        MergeItem item{MergeKind::Memo, m.id, m.guid, m.title};
        const OurItem *o = nullptr;
        if (auto g = byGuid.find(m.guid); g != byGuid.end()) {
            o = &ours[*g];
            item.match = MergeMatch::ByGuid;
        } else if (!m.title.isEmpty()) {
            const auto here = target(m);
            for (const OurItem &candidate : ours)
                if (candidate.name == m.title && candidate.targetKind == m.targetKind &&
                    (m.targetKind == QLatin1String("project") || (here && candidate.targetId == here))) {
                    o = &candidate;
                    item.match = MergeMatch::ByName;
                    break;
                }
        }
        if (o) {
            item.ourId = o->id;
            item.ourName = o->name;
        }
        m_plan.items.push_back(item);
        if (!o)
            continue;
        const auto b = base(QStringLiteral("memos"), m.guid);
        const auto baseText = [&](const char *key) {
            return b ? std::optional<QString>(b->value(QLatin1String(key)).toString()) : std::nullopt;
        };
        compare(i, MergeField::Name, o->name, m.title, baseText("name"), o->name, m.title, baseText("name"));
        compare(i, MergeField::Body, o->definition, m.body, baseText("body"), o->definition, m.body,
                baseText("body"));
    }
    return {};
}

Status Planner::run()
{
    if (auto ok = matchSources(); !ok)
        return ok;
    if (auto ok = matchTier(MergeKind::Dimension, m_other.dimensions,
                            QStringLiteral("SELECT id, guid, name, definition, NULL, 0, '', NULL FROM dimensions"),
                            m_dimensionItems, m_dimensions);
        !ok)
        return ok;
    if (auto ok = matchTier(MergeKind::Theme, m_other.themes,
                            QStringLiteral("SELECT id, guid, name, definition, dimension_id, 0, '', NULL FROM themes"),
                            m_themeItems, m_themes);
        !ok)
        return ok;
    if (auto ok = matchTier(MergeKind::Code, m_other.codes,
                            QStringLiteral("SELECT c.id, c.guid, c.name, c.definition, tc.theme_id, c.archived, '', "
                                           "NULL FROM codes c LEFT JOIN theme_codes tc ON tc.code_id = c.id"),
                            m_codeItems, m_codes);
        !ok)
        return ok;
    compareTiers(MergeKind::Dimension, m_other.dimensions, m_dimensionItems, m_dimensions, {}, {},
                 QStringLiteral("dimensions"));
    compareTiers(MergeKind::Theme, m_other.themes, m_themeItems, m_themes, m_dimensionItems, m_dimensions,
                 QStringLiteral("themes"));
    compareTiers(MergeKind::Code, m_other.codes, m_codeItems, m_codes, m_themeItems, m_themes,
                 QStringLiteral("codes"));
    if (auto ok = matchMemos(); !ok)
        return ok;
    if (auto ok = compareSegments(); !ok)
        return ok;
    return compareModel();
}

// A model element's place as both sides and the base compare it, and as a reader sees it.
QString placementKey(const QString &role, const QString &level, std::optional<double> x, std::optional<double> y)
{
    const auto number = [](std::optional<double> v) { return v ? QString::number(*v, 'f', 3) : QString(); };
    return QStringLiteral("%1|%2|%3|%4").arg(role, level, number(x), number(y));
}

QString placementText(const QString &role, const QString &level, std::optional<double> x, std::optional<double> y)
{
    QString text = role;
    if (!level.isEmpty())
        text += QStringLiteral(" · ") + level;
    if (x && y)
        text += QCoreApplication::translate("gw::merge_plan", " at (%1, %2)").arg(*x, 0, 'f', 2).arg(*y, 0, 'f', 2);
    return text;
}

QString linkText(const QString &type, const QString &memo)
{
    return memo.isEmpty() ? type : QStringLiteral("%1: %2").arg(type, memo);
}

Status Planner::compareModel()
{
    struct Element
    {
        Id id = 0;
        QString role, level, name;
        std::optional<double> x, y;
    };
    const auto real = [](const Statement &r, int column) {
        return r.isNull(column) ? std::nullopt : std::optional<double>(r.real(column));
    };
    QHash<QString, Element> ours;  // by guid
    QHash<Id, QString> ourNames;   // element id -> its item's name
    if (auto ok = eachRow(m_db,
                          QStringLiteral("SELECT e.id, e.guid, e.role, coalesce(l.name, ''), e.x, e.y, "
                                         "coalesce(d.name, t.name, c.name, '') FROM model_elements e "
                                         "LEFT JOIN model_levels l ON l.id = e.level_id "
                                         "LEFT JOIN dimensions d ON d.id = e.dimension_id "
                                         "LEFT JOIN themes t ON t.id = e.theme_id LEFT JOIN codes c ON c.id = e.code_id"),
                          [&](const Statement &r) {
                              ours.insert(r.text(1), Element{r.int64(0), r.text(2), r.text(3), r.text(6), real(r, 4),
                                                             real(r, 5)});
                              ourNames.insert(r.int64(0), r.text(6));
                          });
        !ok)
        return ok;
    QHash<Id, QString> levels, types;
    for (const OtherModelName &l : m_other.levels)
        levels.insert(l.id, l.name);
    for (const OtherModelName &t : m_other.influenceTypes)
        types.insert(t.id, t.name);
    const QJsonObject elementBase = m_other.base.value(QLatin1String("elements")).toObject();
    const QJsonObject linkBase = m_other.base.value(QLatin1String("influences")).toObject();
    const auto optionalReal = [](const QJsonValue &v) {
        return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
    };
    // Records a difference for item I (theirs THEIRKEY, ours OURKEY, the base's BASEKEY).
    const auto differ = [&](size_t i, MergeField field, const QString &oursText, const QString &theirsText,
                            const QString &ourKey, const QString &theirKey, const std::optional<QString> &baseKey,
                            const std::optional<QString> &baseText) {
        if (ourKey == theirKey || (baseKey && *baseKey == theirKey))
            return;
        MergeDifference d{i, field, oursText, theirsText, baseText};
        d.conflict = !(baseKey && *baseKey == ourKey);
        d.takeTheirs = !d.conflict;
        m_plan.differences.push_back(d);
    };
    for (const OtherElement &e : m_other.elements) {
        const auto here = ours.constFind(e.guid);
        if (here == ours.cend())
            continue;
        const QString level = e.levelId ? levels.value(*e.levelId) : QString();
        std::optional<QString> baseKey, baseText;
        if (const QJsonValue b = elementBase.value(e.guid); b.isArray()) {
            const QJsonArray a = b.toArray();
            baseKey = placementKey(a[0].toString(), a[1].toString(), optionalReal(a[2]), optionalReal(a[3]));
            baseText = placementText(a[0].toString(), a[1].toString(), optionalReal(a[2]), optionalReal(a[3]));
        }
        m_plan.items.push_back(
            MergeItem{MergeKind::Element, e.id, e.guid, here->name, MergeMatch::ByGuid, here->id, here->name});
        const size_t before = m_plan.differences.size();
        differ(m_plan.items.size() - 1, MergeField::Placement, placementText(here->role, here->level, here->x, here->y),
               placementText(e.role, level, e.x, e.y), placementKey(here->role, here->level, here->x, here->y),
               placementKey(e.role, level, e.x, e.y), baseKey, baseText);
        if (m_plan.differences.size() == before)
            m_plan.items.pop_back(); // the same: nothing to list
    }
    QHash<QString, std::pair<Id, QString>> ourLinks; // guid -> (id, "type|memo")
    QHash<QString, std::pair<QString, QString>> ourLinkText; // guid -> (name, text)
    if (auto ok = eachRow(m_db,
                          QStringLiteral("SELECT i.id, i.guid, t.name, i.memo, i.from_element_id, i.to_element_id "
                                         "FROM influences i JOIN influence_types t ON t.id = i.type_id"),
                          [&](const Statement &r) {
                              ourLinks.insert(r.text(1), {r.int64(0), r.text(2) + QLatin1Char('|') + r.text(3)});
                              ourLinkText.insert(r.text(1), {QStringLiteral("%1 → %2").arg(ourNames.value(r.int64(4)),
                                                                                          ourNames.value(r.int64(5))),
                                                             linkText(r.text(2), r.text(3))});
                          });
        !ok)
        return ok;
    for (const OtherInfluence &i : m_other.influences) {
        const auto here = ourLinks.constFind(i.guid);
        if (here == ourLinks.cend())
            continue;
        const QString type = types.value(i.typeId);
        std::optional<QString> baseKey, baseText;
        if (const QJsonValue b = linkBase.value(i.guid); b.isArray()) {
            const QJsonArray a = b.toArray();
            baseKey = a[0].toString() + QLatin1Char('|') + a[1].toString();
            baseText = linkText(a[0].toString(), a[1].toString());
        }
        const auto [name, text] = ourLinkText.value(i.guid);
        m_plan.items.push_back(MergeItem{MergeKind::Link, i.id, i.guid, name, MergeMatch::ByGuid, here->first, name});
        const size_t before = m_plan.differences.size();
        differ(m_plan.items.size() - 1, MergeField::Link, text, linkText(type, i.memo), here->second,
               type + QLatin1Char('|') + i.memo, baseKey, baseText);
        if (m_plan.differences.size() == before)
            m_plan.items.pop_back();
    }
    return {};
}

Result<QString> Planner::passage(Id sourceId, std::int64_t start, std::int64_t end)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT name, substr(text, ?2 + 1, min(?3 - ?2, 60)) FROM sources WHERE id = ?1"));
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, sourceId).bind(2, start).bind(3, end);
    auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return QString();
    const QString words = stmt->text(1).simplified();
    const QString out = QStringLiteral("%1: “%2%3”")
                            .arg(stmt->text(0), words, end - start > 60 ? QStringLiteral("…") : QString());
    stmt->reset();
    return out;
}

// A segment as both sides and the base compare it: "code guid:start:end".
QString codingKey(const QString &codeGuid, std::int64_t start, std::int64_t end)
{
    return QStringLiteral("%1:%2:%3").arg(codeGuid).arg(start).arg(end);
}

QString codingText(const QString &code, std::int64_t start, std::int64_t end)
{
    return QStringLiteral("%1, %2–%3").arg(code).arg(start).arg(end); // code points
}

Status Planner::compareSegments()
{
    struct Ours
    {
        Id id = 0;
        QString guid;
        Id sourceId = 0;
        QString codeGuid, codeName;
        std::int64_t start = 0, end = 0;
    };
    std::vector<Ours> ourList; // by id
    QHash<QString, size_t> ours;
    if (auto ok = eachRow(m_db,
                          QStringLiteral("SELECT g.id, g.guid, g.source_id, c.guid, c.name, g.start, g.end "
                                         "FROM segments g JOIN codes c ON c.id = g.code_id ORDER BY g.id"),
                          [&](const Statement &r) {
                              ours.insert(r.text(1), ourList.size());
                              ourList.push_back(Ours{r.int64(0), r.text(1), r.int64(2), r.text(3), r.text(4),
                                                     r.int64(5), r.int64(6)});
                          });
        !ok)
        return ok;
    // Their code by id, as a GUID here (the code it matched, or its own).
    QHash<Id, std::pair<QString, QString>> theirCodes; // id -> (guid here, name)
    QHash<Id, const OurItem *> ourCodes;
    QHash<QString, QString> codeNames; // guid -> name, here or there
    for (const OtherTier &t : m_other.codes)
        codeNames.insert(t.guid, t.name);
    for (const OurItem &o : m_codes) {
        ourCodes.insert(o.id, &o);
        codeNames.insert(o.guid, o.name);
    }
    for (const OtherTier &t : m_other.codes) {
        const MergeItem &item = m_plan.items[m_codeItems.value(t.id)];
        const OurItem *matched = item.match != MergeMatch::New ? ourCodes.value(item.ourId) : nullptr;
        theirCodes.insert(t.id, {matched ? matched->guid : t.guid, t.name});
    }
    const QJsonObject base = m_other.base.value(QLatin1String("segments")).toObject();
    const auto baseKey = [&](const QString &guid) -> std::optional<QString> {
        const QJsonValue v = base.value(guid);
        if (!v.isArray())
            return std::nullopt;
        const QJsonArray a = v.toArray();
        return codingKey(a.at(0).toString(), a.at(1).toInteger(), a.at(2).toInteger());
    };
    const auto baseText = [&](const QString &guid) {
        const QJsonArray a = base.value(guid).toArray();
        return codingText(codeNames.value(a.at(0).toString()), a.at(1).toInteger(), a.at(2).toInteger());
    };
    const auto addItem = [&](Id theirId, const QString &guid, Id ourId, const QString &name) {
        MergeItem item{MergeKind::Segment, theirId, guid, name, MergeMatch::ByGuid, ourId, name};
        m_plan.items.push_back(item);
        return m_plan.items.size() - 1;
    };
    const QString removed = QStringLiteral("removed");
    QSet<QString> theirGuids;
    for (const OtherSegment &s : m_other.segments) {
        theirGuids.insert(s.guid);
        const auto code = theirCodes.value(s.codeId);
        const QString theirs = codingKey(code.first, s.start, s.end);
        const std::optional<QString> was = baseKey(s.guid);
        const auto found = ours.constFind(s.guid);
        if (found == ours.cend()) {
            if (!was || !m_sources.contains(s.sourceId))
                continue; // new in their copy: added as usual
            if (*was == theirs) {
                m_plan.segmentsRemovedHere.push_back(s.id);
                continue;
            }
            // Removed here, changed there: ask, keeping it removed unless told.
            auto name = passage(m_sources.value(s.sourceId), s.start, s.end);
            if (!name)
                return std::unexpected(name.error());
            MergeDifference d{addItem(s.id, s.guid, 0, *name), MergeField::Removal, removed,
                              codingText(code.second, s.start, s.end), baseText(s.guid)};
            m_plan.differences.push_back(d);
            continue;
        }
        const Ours *here = &ourList[*found];
        if (m_sources.value(s.sourceId) != here->sourceId)
            continue; // not the same passage: both kept as they are
        const QString oursKey = codingKey(here->codeGuid, here->start, here->end);
        if (oursKey == theirs || (was && *was == theirs))
            continue; // the same, or changed here only: ours stands
        auto name = passage(here->sourceId, here->start, here->end);
        if (!name)
            return std::unexpected(name.error());
        MergeDifference d{addItem(s.id, s.guid, here->id, *name), MergeField::Coding,
                          codingText(here->codeName, here->start, here->end), codingText(code.second, s.start, s.end),
                          was ? std::optional<QString>(baseText(s.guid)) : std::nullopt};
        d.conflict = !(was && *was == oursKey);
        d.takeTheirs = !d.conflict;
        m_plan.differences.push_back(d);
    }
    // Ours that their copy removed since it was made: offered, kept unless taken.
    for (const Ours &o : ourList) {
        const std::optional<QString> was = baseKey(o.guid);
        if (!was || theirGuids.contains(o.guid))
            continue;
        auto name = passage(o.sourceId, o.start, o.end);
        if (!name)
            return std::unexpected(name.error());
        MergeDifference d{addItem(0, o.guid, o.id, *name), MergeField::Removal,
                          codingText(o.codeName, o.start, o.end), removed, baseText(o.guid)};
        d.conflict = *was != codingKey(o.codeGuid, o.start, o.end); // edited here, removed there
        d.takeTheirs = false;
        m_plan.differences.push_back(d);
    }
    return {};
}

} // namespace

Result<MergePlan> planMerge(Project &project, const QString &otherPath)
{
    auto other = readOtherProject(otherPath, project.path());
    if (!other)
        return std::unexpected(other.error());
    MergePlan plan;
    plan.other = std::make_shared<const OtherProject>(std::move(*other));
    plan.otherName = QFileInfo(otherPath).fileName();
    Planner planner(project, plan);
    if (auto ok = planner.run(); !ok)
        return fail(ok.error().kind, QCoreApplication::translate("gw::merge_plan", "Cannot compare %1 with this project: %2")
                                         .arg(otherPath, ok.error().message));
    return plan;
}

} // namespace gw

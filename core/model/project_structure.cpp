// Project: the data structure's tiers: second-order themes and aggregate
// dimensions, their names and definitions, and where codes and themes sit.
// Every edit here is audited (with a snapshot of the hierarchy after it) and
// announced by structureChanged().
#include "core/model/project.h"
#include "core/model/project_structure_rows.h"
#include "core/structure/structure_store.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUuid>
#include <algorithm>

namespace gw {

namespace {

QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject named(const QString &guid, const QString &name)
{
    return QJsonObject{{QStringLiteral("guid"), guid}, {QStringLiteral("name"), name}};
}

// Where something sits: {"theme"|"dimension": {guid, name}, "position": n}, or null.
QJsonValue placeJson(const QString &tier, const QString &guid, const QString &name, int position)
{
    if (guid.isEmpty())
        return QJsonValue::Null;
    return QJsonObject{{tier, named(guid, name)}, {QStringLiteral("position"), position}};
}

// Ids with their stored positions, in the order the structure shows them.
struct Ordered
{
    Id id = 0;
    int position = 0;
};

Result<std::vector<Ordered>> ordered(Database &db, const QString &sql, std::optional<Id> parent)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return std::unexpected(stmt.error());
    if (parent)
        stmt->bind(1, *parent);
    else
        stmt->bindNull(1);
    return collectRows<Ordered>(*stmt, [](const Statement &r) {
        return Ordered{r.int64(0), static_cast<int>(r.int64(1))};
    });
}

const QString kCodesOfTheme = QStringLiteral("SELECT tc.code_id, tc.position FROM theme_codes tc JOIN codes c "
                                             "ON c.id = tc.code_id WHERE tc.theme_id = ?1 "
                                             "ORDER BY tc.position, c.position, c.id");
const QString kThemesOfDimension =
    QStringLiteral("SELECT id, position FROM themes WHERE dimension_id IS ?1 ORDER BY position, id");
const QString kDimensionsInOrder =
    QStringLiteral("SELECT id, position FROM dimensions WHERE ?1 IS NULL ORDER BY position, id");

// Writes positions 0..n-1 to the rows of LIST whose position differs; SQL
// binds ?1 = position, ?2 = id.
Status renumber(Database &db, const std::vector<Ordered> &list, const QString &sql)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return std::unexpected(stmt.error());
    for (std::size_t i = 0; i < list.size(); ++i) {
        if (list[i].position == static_cast<int>(i))
            continue;
        if (auto ok = stmt->bind(1, static_cast<std::int64_t>(i)).bind(2, list[i].id).run(); !ok)
            return ok;
        stmt->reset();
    }
    return {};
}

// LIST without ID, and ID inserted at POSITION (the end without one). Gives
// the moved item a position that cannot match, so renumber writes it.
std::vector<Ordered> withAt(std::vector<Ordered> list, Id id, std::optional<int> position)
{
    std::erase_if(list, [id](const Ordered &o) { return o.id == id; });
    const auto size = static_cast<int>(list.size());
    const int at = std::clamp(position.value_or(size), 0, size);
    list.insert(list.begin() + at, Ordered{id, -1});
    return list;
}

int indexOf(const std::vector<Ordered> &list, Id id)
{
    for (std::size_t i = 0; i < list.size(); ++i)
        if (list[i].id == id)
            return static_cast<int>(i);
    return -1;
}

Result<std::int64_t> countOf(Database &db, const QString &sql, Id id)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, id);
    auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? stmt->int64(0) : 0;
}

Status checkName(const QString &name, const QString &tier)
{
    if (name.isEmpty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::project_structure", "A %1 needs a name.").arg(tier));
    return {};
}

} // namespace

// --- Lookups ---------------------------------------------------------------

Result<ThemeInfo> Project::theme(Id id)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT %1 WHERE t.id = ?1").arg(rows::kThemeColumns));
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, id);
    auto list = collectRows<ThemeInfo>(*stmt, rows::readTheme);
    if (!list)
        return std::unexpected(list.error());
    if (list->empty())
        return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::project_structure", "No theme with id %1.").arg(id));
    return list->front();
}

Result<ThemeInfo> Project::themeByName(const QString &name)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT %1 WHERE t.name = ?1").arg(rows::kThemeColumns));
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, name.simplified());
    auto list = collectRows<ThemeInfo>(*stmt, rows::readTheme);
    if (!list)
        return std::unexpected(list.error());
    if (list->empty())
        return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::project_structure", "No theme named \"%1\" in the project.").arg(name));
    return list->front();
}

Result<DimensionInfo> Project::dimension(Id id)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT %1 WHERE d.id = ?1").arg(rows::kDimensionColumns));
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, id);
    auto list = collectRows<DimensionInfo>(*stmt, rows::readDimension);
    if (!list)
        return std::unexpected(list.error());
    if (list->empty())
        return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::project_structure", "No dimension with id %1.").arg(id));
    return list->front();
}

Result<DimensionInfo> Project::dimensionByName(const QString &name)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT %1 WHERE d.name = ?1").arg(rows::kDimensionColumns));
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, name.simplified());
    auto list = collectRows<DimensionInfo>(*stmt, rows::readDimension);
    if (!list)
        return std::unexpected(list.error());
    if (list->empty())
        return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::project_structure", "No dimension named \"%1\" in the project.").arg(name));
    return list->front();
}

Result<std::vector<CodeInfo>> Project::codesOfTheme(Id themeId) { return m_structure->codesOfTheme(themeId); }

Result<std::vector<CodeInfo>> Project::unplacedCodes() { return m_structure->unplacedCodes(); }

Result<std::vector<ThemeInfo>> Project::unplacedThemes()
{
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT %1 WHERE t.dimension_id IS NULL ORDER BY t.position, t.id").arg(rows::kThemeColumns));
    if (!stmt)
        return std::unexpected(stmt.error());
    return collectRows<ThemeInfo>(*stmt, rows::readTheme);
}

// --- Themes and dimensions: create, rename, define ---------------------------

Result<Id> Project::addTheme(const QString &name, const QString &definition, const QString &why)
{
    ThemeInfo t;
    t.name = name.simplified();
    t.definition = definition;
    t.guid = newGuid();
    if (auto ok = checkName(t.name, QStringLiteral("theme")); !ok)
        return std::unexpected(ok.error());
    auto unplaced = ordered(m_db, kThemesOfDimension, std::nullopt);
    if (!unplaced)
        return std::unexpected(unplaced.error());
    t.position = static_cast<int>(unplaced->size());
    return restoreTheme(t, why);
}

Result<Id> Project::addDimension(const QString &name, const QString &definition, const QString &why)
{
    DimensionInfo d;
    d.name = name.simplified();
    d.definition = definition;
    d.guid = newGuid();
    if (auto ok = checkName(d.name, QStringLiteral("dimension")); !ok)
        return std::unexpected(ok.error());
    auto all = ordered(m_db, kDimensionsInOrder, std::nullopt);
    if (!all)
        return std::unexpected(all.error());
    d.position = static_cast<int>(all->size());
    return restoreDimension(d, why);
}

Result<Id> Project::restoreTheme(const ThemeInfo &t, const QString &why)
{
    const QString name = t.name.simplified();
    if (auto ok = checkName(name, QStringLiteral("theme")); !ok)
        return std::unexpected(ok.error());
    if (themeByName(name))
        return fail(ErrorKind::Conflict, QCoreApplication::translate("gw::project_structure", "A theme named \"%1\" already exists.").arg(name));
    if (t.dimensionId)
        if (auto d = dimension(*t.dimensionId); !d)
            return std::unexpected(d.error());
    Transaction tx(m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    auto stmt = m_db.prepare(QStringLiteral("INSERT INTO themes(id, guid, name, definition, dimension_id, position) "
                                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    if (!stmt)
        return std::unexpected(stmt.error());
    if (t.id > 0)
        stmt->bind(1, t.id);
    else
        stmt->bindNull(1);
    stmt->bind(2, t.guid.isEmpty() ? newGuid() : t.guid).bind(3, name).bind(4, nonNull(t.definition));
    if (t.dimensionId)
        stmt->bind(5, *t.dimensionId);
    else
        stmt->bindNull(5);
    stmt->bind(6, t.position);
    if (auto ok = stmt->run(); !ok)
        return std::unexpected(ok.error());
    const Id id = m_db.lastInsertId();
    auto saved = theme(id);
    if (!saved)
        return std::unexpected(saved.error());
    QJsonObject details{{QStringLiteral("theme"), named(saved->guid, name)},
                        {QStringLiteral("definition"), saved->definition}};
    if (auto ok = writeAudit(t.id > 0 ? QStringLiteral("theme.restore") : QStringLiteral("theme.add"), details, why);
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    Q_EMIT structureChanged();
    return id;
}

Result<Id> Project::restoreDimension(const DimensionInfo &d, const QString &why)
{
    const QString name = d.name.simplified();
    if (auto ok = checkName(name, QStringLiteral("dimension")); !ok)
        return std::unexpected(ok.error());
    if (dimensionByName(name))
        return fail(ErrorKind::Conflict, QCoreApplication::translate("gw::project_structure", "A dimension named \"%1\" already exists.").arg(name));
    Transaction tx(m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    auto stmt = m_db.prepare(
        QStringLiteral("INSERT INTO dimensions(id, guid, name, definition, position) VALUES (?1, ?2, ?3, ?4, ?5)"));
    if (!stmt)
        return std::unexpected(stmt.error());
    if (d.id > 0)
        stmt->bind(1, d.id);
    else
        stmt->bindNull(1);
    const QString guid = d.guid.isEmpty() ? newGuid() : d.guid;
    stmt->bind(2, guid).bind(3, name).bind(4, nonNull(d.definition)).bind(5, d.position);
    if (auto ok = stmt->run(); !ok)
        return std::unexpected(ok.error());
    const Id id = m_db.lastInsertId();
    QJsonObject details{{QStringLiteral("dimension"), named(guid, name)},
                        {QStringLiteral("definition"), nonNull(d.definition)}};
    if (auto ok = writeAudit(d.id > 0 ? QStringLiteral("dimension.restore") : QStringLiteral("dimension.add"),
                             details, why);
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    Q_EMIT structureChanged();
    return id;
}

Status Project::renameTheme(Id id, const QString &name, const QString &why)
{
    const QString trimmed = name.simplified();
    if (auto ok = checkName(trimmed, QStringLiteral("theme")); !ok)
        return ok;
    auto old = theme(id);
    if (!old)
        return std::unexpected(old.error());
    if (auto other = themeByName(trimmed); other && other->id != id)
        return fail(ErrorKind::Conflict, QCoreApplication::translate("gw::project_structure", "A theme named \"%1\" already exists.").arg(trimmed));
    QJsonObject details{{QStringLiteral("theme"), named(old->guid, trimmed)},
                        {QStringLiteral("from"), old->name},
                        {QStringLiteral("to"), trimmed}};
    if (auto ok = updateAudited(QStringLiteral("UPDATE themes SET name = ?1 WHERE id = ?2"),
                                trimmed, id, QStringLiteral("theme.rename"), details, why);
        !ok)
        return ok;
    Q_EMIT structureChanged();
    return {};
}

Status Project::renameDimension(Id id, const QString &name, const QString &why)
{
    const QString trimmed = name.simplified();
    if (auto ok = checkName(trimmed, QStringLiteral("dimension")); !ok)
        return ok;
    auto old = dimension(id);
    if (!old)
        return std::unexpected(old.error());
    if (auto other = dimensionByName(trimmed); other && other->id != id)
        return fail(ErrorKind::Conflict, QCoreApplication::translate("gw::project_structure", "A dimension named \"%1\" already exists.").arg(trimmed));
    QJsonObject details{{QStringLiteral("dimension"), named(old->guid, trimmed)},
                        {QStringLiteral("from"), old->name},
                        {QStringLiteral("to"), trimmed}};
    if (auto ok = updateAudited(QStringLiteral("UPDATE dimensions SET name = ?1 WHERE id = ?2"),
                                trimmed, id, QStringLiteral("dimension.rename"), details, why);
        !ok)
        return ok;
    Q_EMIT structureChanged();
    return {};
}

Status Project::setThemeDefinition(Id id, const QString &definition, const QString &why)
{
    auto old = theme(id);
    if (!old)
        return std::unexpected(old.error());
    QJsonObject details{{QStringLiteral("theme"), named(old->guid, old->name)},
                        {QStringLiteral("from"), old->definition},
                        {QStringLiteral("to"), nonNull(definition)}};
    if (auto ok = updateAudited(QStringLiteral("UPDATE themes SET definition = ?1 WHERE id = ?2"),
                                nonNull(definition), id, QStringLiteral("theme.define"), details, why, false);
        !ok)
        return ok;
    Q_EMIT structureChanged();
    return {};
}

Status Project::setDimensionDefinition(Id id, const QString &definition, const QString &why)
{
    auto old = dimension(id);
    if (!old)
        return std::unexpected(old.error());
    QJsonObject details{{QStringLiteral("dimension"), named(old->guid, old->name)},
                        {QStringLiteral("from"), old->definition},
                        {QStringLiteral("to"), nonNull(definition)}};
    if (auto ok = updateAudited(QStringLiteral("UPDATE dimensions SET definition = ?1 WHERE id = ?2"),
                                nonNull(definition), id, QStringLiteral("dimension.define"), details, why, false);
        !ok)
        return ok;
    Q_EMIT structureChanged();
    return {};
}

Status Project::setCodeDefinition(Id id, const QString &definition, const QString &why)
{
    auto old = code(id);
    if (!old)
        return std::unexpected(old.error());
    QJsonObject details{{QStringLiteral("code"), named(old->guid, old->name)},
                        {QStringLiteral("from"), old->definition},
                        {QStringLiteral("to"), nonNull(definition)}};
    if (auto ok = updateAudited(QStringLiteral("UPDATE codes SET definition = ?1 WHERE id = ?2"),
                                nonNull(definition), id, QStringLiteral("code.define"), details, why, false);
        !ok)
        return ok;
    Q_EMIT codeChanged(id);
    return {};
}

// One column of one row set to TEXT, with its audit entry, in one transaction.
Status Project::updateAudited(const QString &sql, const QString &text, Id id, const QString &action,
                              const QJsonObject &details, const QString &why, bool withStructure)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return std::unexpected(stmt.error());
    if (auto ok = stmt->bind(1, text).bind(2, id).run(); !ok)
        return ok;
    if (auto ok = writeAudit(action, details, why, withStructure); !ok)
        return ok;
    return tx.commit();
}

// --- Removing tiers ----------------------------------------------------------

Status Project::removeTheme(Id id, const QString &why)
{
    auto old = theme(id);
    if (!old)
        return std::unexpected(old.error());
    auto memoCount =
        countOf(m_db, QStringLiteral("SELECT count(*) FROM memos WHERE target_kind = 'theme' AND target_id = ?1"), id);
    if (!memoCount)
        return std::unexpected(memoCount.error());
    if (*memoCount > 0)
        return fail(ErrorKind::Conflict, QCoreApplication::translate("gw::project_structure", "The theme \"%1\" has %2 memo(s); move or remove them "
                                                        "before removing the theme.")
                                             .arg(old->name)
                                             .arg(*memoCount));
    // The CMO model's element would go with it, and undoing the removal could
    // not bring back its links and evidence: the researcher takes it out first.
    auto inModel = countOf(m_db, QStringLiteral("SELECT count(*) FROM model_elements WHERE theme_id = ?1"), id);
    if (!inModel)
        return std::unexpected(inModel.error());
    if (*inModel > 0)
        return fail(ErrorKind::Conflict, QCoreApplication::translate("gw::project_structure", "The theme \"%1\" is in the CMO model; take it out of the "
                                                        "model before removing the theme.")
                                             .arg(old->name));
    auto codes = ordered(m_db, kCodesOfTheme, id);
    if (!codes)
        return std::unexpected(codes.error());
    std::optional<DimensionInfo> dim;
    if (old->dimensionId)
        if (auto d = dimension(*old->dimensionId))
            dim = *d;
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    // Its code placements and exemplar choices go with it (ON DELETE CASCADE).
    auto stmt = m_db.prepare(QStringLiteral("DELETE FROM themes WHERE id = ?1"));
    if (!stmt)
        return std::unexpected(stmt.error());
    if (auto ok = stmt->bind(1, id).run(); !ok)
        return ok;
    auto siblings = ordered(m_db, kThemesOfDimension, old->dimensionId);
    if (!siblings)
        return std::unexpected(siblings.error());
    if (auto ok = renumber(m_db, *siblings, QStringLiteral("UPDATE themes SET position = ?1 WHERE id = ?2")); !ok)
        return ok;
    QJsonObject details{{QStringLiteral("theme"), named(old->guid, old->name)},
                        {QStringLiteral("definition"), old->definition},
                        {QStringLiteral("from"), dim ? placeJson(QStringLiteral("dimension"), dim->guid, dim->name,
                                                                 old->position)
                                                     : QJsonValue::Null},
                        {QStringLiteral("unplacedCodes"), static_cast<qint64>(codes->size())}};
    if (auto ok = writeAudit(QStringLiteral("theme.remove"), details, why); !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    for (const Ordered &c : *codes)
        Q_EMIT codeChanged(c.id);
    Q_EMIT structureChanged();
    return {};
}

Status Project::removeDimension(Id id, const QString &why)
{
    auto old = dimension(id);
    if (!old)
        return std::unexpected(old.error());
    auto memoCount = countOf(
        m_db, QStringLiteral("SELECT count(*) FROM memos WHERE target_kind = 'dimension' AND target_id = ?1"), id);
    if (!memoCount)
        return std::unexpected(memoCount.error());
    if (*memoCount > 0)
        return fail(ErrorKind::Conflict, QCoreApplication::translate("gw::project_structure", "The dimension \"%1\" has %2 memo(s); move or remove them "
                                                        "before removing the dimension.")
                                             .arg(old->name)
                                             .arg(*memoCount));
    // The CMO model's element would go with it, and undoing the removal could
    // not bring back its links and evidence: the researcher takes it out first.
    auto inModel = countOf(m_db, QStringLiteral("SELECT count(*) FROM model_elements WHERE dimension_id = ?1"), id);
    if (!inModel)
        return std::unexpected(inModel.error());
    if (*inModel > 0)
        return fail(ErrorKind::Conflict, QCoreApplication::translate("gw::project_structure", "The dimension \"%1\" is in the CMO model; take it out of the "
                                                        "model before removing the dimension.")
                                             .arg(old->name));
    auto themes = ordered(m_db, kThemesOfDimension, id);
    auto unplaced = ordered(m_db, kThemesOfDimension, std::nullopt);
    if (!themes || !unplaced)
        return std::unexpected(!themes ? themes.error() : unplaced.error());
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    // Its themes join the end of the unplaced ones, in their order.
    for (const Ordered &t : *themes)
        unplaced->push_back({t.id, -1});
    auto stmt = m_db.prepare(QStringLiteral("UPDATE themes SET dimension_id = NULL WHERE dimension_id = ?1"));
    if (!stmt)
        return std::unexpected(stmt.error());
    if (auto ok = stmt->bind(1, id).run(); !ok)
        return ok;
    if (auto ok = renumber(m_db, *unplaced, QStringLiteral("UPDATE themes SET position = ?1 WHERE id = ?2")); !ok)
        return ok;
    auto remove = m_db.prepare(QStringLiteral("DELETE FROM dimensions WHERE id = ?1"));
    if (!remove)
        return std::unexpected(remove.error());
    if (auto ok = remove->bind(1, id).run(); !ok)
        return ok;
    auto rest = ordered(m_db, kDimensionsInOrder, std::nullopt);
    if (!rest)
        return std::unexpected(rest.error());
    if (auto ok = renumber(m_db, *rest, QStringLiteral("UPDATE dimensions SET position = ?1 WHERE id = ?2")); !ok)
        return ok;
    QJsonObject details{{QStringLiteral("dimension"), named(old->guid, old->name)},
                        {QStringLiteral("definition"), old->definition},
                        {QStringLiteral("position"), old->position},
                        {QStringLiteral("unplacedThemes"), static_cast<qint64>(themes->size())}};
    if (auto ok = writeAudit(QStringLiteral("dimension.remove"), details, why); !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    Q_EMIT structureChanged();
    return {};
}

// --- Placing codes and themes, ordering dimensions ---------------------------

Status Project::placeCode(Id codeId, Id themeId, std::optional<int> position, const QString &why)
{
    auto c = code(codeId);
    if (!c)
        return std::unexpected(c.error());
    if (c->archived)
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::project_structure", "\"%1\" is archived; restore it before placing it under a theme.").arg(c->name));
    auto to = theme(themeId);
    if (!to)
        return std::unexpected(to.error());
    std::optional<ThemeInfo> from;
    int fromPosition = -1;
    if (c->themeId) {
        auto t = theme(*c->themeId);
        if (!t)
            return std::unexpected(t.error());
        from = *t;
        auto list = ordered(m_db, kCodesOfTheme, from->id);
        if (!list)
            return std::unexpected(list.error());
        fromPosition = indexOf(*list, codeId);
    }
    auto siblings = ordered(m_db, kCodesOfTheme, themeId);
    if (!siblings)
        return std::unexpected(siblings.error());
    const auto list = withAt(*siblings, codeId, position);
    const int at = indexOf(list, codeId);
    if (from && from->id == themeId && fromPosition == at)
        return {}; // already there
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto upsert = m_db.prepare(QStringLiteral("INSERT INTO theme_codes(code_id, theme_id, position) VALUES (?2, ?3, ?1) "
                                              "ON CONFLICT(code_id) DO UPDATE SET theme_id = ?3, position = ?1"));
    if (!upsert)
        return std::unexpected(upsert.error());
    if (auto ok = upsert->bind(1, at).bind(2, codeId).bind(3, themeId).run(); !ok)
        return ok;
    if (auto ok = renumber(m_db, list, QStringLiteral("UPDATE theme_codes SET position = ?1 WHERE code_id = ?2")); !ok)
        return ok;
    if (from && from->id != themeId) {
        auto rest = ordered(m_db, kCodesOfTheme, from->id);
        if (!rest)
            return std::unexpected(rest.error());
        if (auto ok = renumber(m_db, *rest, QStringLiteral("UPDATE theme_codes SET position = ?1 WHERE code_id = ?2"));
            !ok)
            return ok;
    }
    QJsonObject details{
        {QStringLiteral("code"), named(c->guid, c->name)},
        {QStringLiteral("from"), from ? placeJson(QStringLiteral("theme"), from->guid, from->name, fromPosition)
                                      : QJsonValue::Null},
        {QStringLiteral("to"), placeJson(QStringLiteral("theme"), to->guid, to->name, at)}};
    if (auto ok = writeAudit(QStringLiteral("code.place"), details, why); !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    Q_EMIT codeChanged(codeId);
    Q_EMIT structureChanged();
    return {};
}

Status Project::unplaceCode(Id codeId, const QString &why)
{
    auto c = code(codeId);
    if (!c)
        return std::unexpected(c.error());
    if (!c->themeId)
        return {};
    auto from = theme(*c->themeId);
    if (!from)
        return std::unexpected(from.error());
    auto list = ordered(m_db, kCodesOfTheme, from->id);
    if (!list)
        return std::unexpected(list.error());
    const int fromPosition = indexOf(*list, codeId);
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto stmt = m_db.prepare(QStringLiteral("DELETE FROM theme_codes WHERE code_id = ?1"));
    if (!stmt)
        return std::unexpected(stmt.error());
    if (auto ok = stmt->bind(1, codeId).run(); !ok)
        return ok;
    std::erase_if(*list, [codeId](const Ordered &o) { return o.id == codeId; });
    if (auto ok = renumber(m_db, *list, QStringLiteral("UPDATE theme_codes SET position = ?1 WHERE code_id = ?2")); !ok)
        return ok;
    QJsonObject details{{QStringLiteral("code"), named(c->guid, c->name)},
                        {QStringLiteral("from"), placeJson(QStringLiteral("theme"), from->guid, from->name, fromPosition)},
                        {QStringLiteral("to"), QJsonValue::Null}};
    if (auto ok = writeAudit(QStringLiteral("code.unplace"), details, why); !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    Q_EMIT codeChanged(codeId);
    Q_EMIT structureChanged();
    return {};
}

Status Project::placeTheme(Id themeId, Id dimensionId, std::optional<int> position, const QString &why)
{
    auto t = theme(themeId);
    if (!t)
        return std::unexpected(t.error());
    auto to = dimension(dimensionId);
    if (!to)
        return std::unexpected(to.error());
    std::optional<DimensionInfo> from;
    if (t->dimensionId) {
        auto d = dimension(*t->dimensionId);
        if (!d)
            return std::unexpected(d.error());
        from = *d;
    }
    auto before = ordered(m_db, kThemesOfDimension, t->dimensionId);
    if (!before)
        return std::unexpected(before.error());
    const int fromPosition = indexOf(*before, themeId);
    auto siblings = ordered(m_db, kThemesOfDimension, dimensionId);
    if (!siblings)
        return std::unexpected(siblings.error());
    const auto list = withAt(*siblings, themeId, position);
    const int at = indexOf(list, themeId);
    if (from && from->id == dimensionId && fromPosition == at)
        return {};
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto move = m_db.prepare(QStringLiteral("UPDATE themes SET dimension_id = ?1 WHERE id = ?2"));
    if (!move)
        return std::unexpected(move.error());
    if (auto ok = move->bind(1, dimensionId).bind(2, themeId).run(); !ok)
        return ok;
    if (auto ok = renumber(m_db, list, QStringLiteral("UPDATE themes SET position = ?1 WHERE id = ?2")); !ok)
        return ok;
    if (!from || from->id != dimensionId) {
        std::erase_if(*before, [themeId](const Ordered &o) { return o.id == themeId; });
        if (auto ok = renumber(m_db, *before, QStringLiteral("UPDATE themes SET position = ?1 WHERE id = ?2")); !ok)
            return ok;
    }
    QJsonObject details{
        {QStringLiteral("theme"), named(t->guid, t->name)},
        {QStringLiteral("from"), from ? placeJson(QStringLiteral("dimension"), from->guid, from->name, fromPosition)
                                      : QJsonValue::Null},
        {QStringLiteral("to"), placeJson(QStringLiteral("dimension"), to->guid, to->name, at)}};
    if (auto ok = writeAudit(QStringLiteral("theme.place"), details, why); !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    Q_EMIT structureChanged();
    return {};
}

Status Project::unplaceTheme(Id themeId, const QString &why)
{
    auto t = theme(themeId);
    if (!t)
        return std::unexpected(t.error());
    if (!t->dimensionId)
        return {};
    auto from = dimension(*t->dimensionId);
    if (!from)
        return std::unexpected(from.error());
    auto before = ordered(m_db, kThemesOfDimension, from->id);
    auto unplaced = ordered(m_db, kThemesOfDimension, std::nullopt);
    if (!before || !unplaced)
        return std::unexpected(!before ? before.error() : unplaced.error());
    const int fromPosition = indexOf(*before, themeId);
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto move = m_db.prepare(QStringLiteral("UPDATE themes SET dimension_id = NULL WHERE id = ?1"));
    if (!move)
        return std::unexpected(move.error());
    if (auto ok = move->bind(1, themeId).run(); !ok)
        return ok;
    std::erase_if(*before, [themeId](const Ordered &o) { return o.id == themeId; });
    unplaced->push_back({themeId, -1});
    const QString sql = QStringLiteral("UPDATE themes SET position = ?1 WHERE id = ?2");
    if (auto ok = renumber(m_db, *before, sql); !ok)
        return ok;
    if (auto ok = renumber(m_db, *unplaced, sql); !ok)
        return ok;
    QJsonObject details{
        {QStringLiteral("theme"), named(t->guid, t->name)},
        {QStringLiteral("from"), placeJson(QStringLiteral("dimension"), from->guid, from->name, fromPosition)},
        {QStringLiteral("to"), QJsonValue::Null}};
    if (auto ok = writeAudit(QStringLiteral("theme.unplace"), details, why); !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    Q_EMIT structureChanged();
    return {};
}

Status Project::moveDimension(Id dimensionId, int position, const QString &why)
{
    auto d = dimension(dimensionId);
    if (!d)
        return std::unexpected(d.error());
    auto all = ordered(m_db, kDimensionsInOrder, std::nullopt);
    if (!all)
        return std::unexpected(all.error());
    const int fromPosition = indexOf(*all, dimensionId);
    const auto list = withAt(*all, dimensionId, position);
    const int at = indexOf(list, dimensionId);
    if (fromPosition == at)
        return {};
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (auto ok = renumber(m_db, list, QStringLiteral("UPDATE dimensions SET position = ?1 WHERE id = ?2")); !ok)
        return ok;
    QJsonObject details{{QStringLiteral("dimension"), named(d->guid, d->name)},
                        {QStringLiteral("from"), fromPosition},
                        {QStringLiteral("to"), at}};
    if (auto ok = writeAudit(QStringLiteral("dimension.move"), details, why); !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    Q_EMIT structureChanged();
    return {};
}

} // namespace gw

// Project: the CMO model's vocabulary: the levels factors sit at, the types of
// influence with their line styles, and the spectrum's axis names. Also the
// one way a model edit is done (modelEdit).
#include "core/model/project.h"
#include "core/model/project_model_rows.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>
#include <array>

namespace gw {

using namespace modelrows;

Status Project::modelEdit(const QString &action, const QJsonObject &details,
                          const std::function<Status()> &edit)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (auto ok = edit(); !ok)
        return ok;
    if (auto ok = writeAudit(action, details, {}, false); !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    Q_EMIT modelChanged();
    return {};
}

namespace {

Status checkLabel(const QString &name, const QString &what)
{
    if (name.isEmpty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::project_model_levels", "A %1 needs a name.").arg(what));
    return {};
}

Status checkColor(const QString &color, const QString &type)
{
    static const QRegularExpression hex(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (!hex.match(color).hasMatch())
        return fail(
            ErrorKind::InvalidInput,
            QCoreApplication::translate("gw::project_model_levels", "The colour \"%1\" of influence type \"%2\" is not a #rrggbb colour.")
                .arg(color, type));
    return {};
}

} // namespace

// --- Levels -------------------------------------------------------------------

Result<std::vector<ModelLevel>> Project::modelLevels()
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT %1 ORDER BY position, id").arg(kLevelColumns));
    if (!stmt)
        return std::unexpected(stmt.error());
    return collectRows<ModelLevel>(*stmt, readLevel);
}

Result<ModelLevel> Project::modelLevel(Id levelId)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT %1 WHERE id = ?1").arg(kLevelColumns));
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, levelId);
    auto list = collectRows<ModelLevel>(*stmt, readLevel);
    if (!list)
        return std::unexpected(list.error());
    if (list->empty())
        return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::project_model_levels", "No model level with id %1.").arg(levelId));
    return list->front();
}

Result<ModelLevel> Project::modelLevelByName(const QString &name)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT %1 WHERE name = ?1").arg(kLevelColumns));
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, name.simplified());
    auto list = collectRows<ModelLevel>(*stmt, readLevel);
    if (!list)
        return std::unexpected(list.error());
    if (list->empty())
        return fail(ErrorKind::NotFound,
                    QCoreApplication::translate("gw::project_model_levels", "No model level named \"%1\" in the project.").arg(name));
    return list->front();
}

namespace {

// Writes positions 0..n-1 in the order of LEVELS.
Status renumberLevels(Database &db, const std::vector<ModelLevel> &levels)
{
    auto stmt = db.prepare(QStringLiteral("UPDATE model_levels SET position = ?1 WHERE id = ?2"));
    if (!stmt)
        return std::unexpected(stmt.error());
    for (std::size_t i = 0; i < levels.size(); ++i) {
        if (levels[i].position == int(i))
            continue;
        if (auto ok = stmt->bind(1, std::int64_t(i)).bind(2, levels[i].id).run(); !ok)
            return ok;
        stmt->reset();
    }
    return {};
}

} // namespace

Result<Id> Project::addModelLevel(const QString &name, std::optional<int> position)
{
    ModelLevel level;
    level.name = name.simplified();
    level.guid = newGuid();
    auto levels = modelLevels();
    if (!levels)
        return std::unexpected(levels.error());
    level.position = std::clamp(position.value_or(int(levels->size())), 0, int(levels->size()));
    if (auto ok = restoreModelLevel(LevelRecord{level, {}}); !ok)
        return std::unexpected(ok.error());
    auto saved = modelLevelByName(level.name);
    if (!saved)
        return std::unexpected(saved.error());
    return saved->id;
}

Status Project::restoreModelLevel(const LevelRecord &record)
{
    const ModelLevel &level = record.level;
    const QString name = level.name.simplified();
    if (auto ok = checkLabel(name, QCoreApplication::translate("gw::project_model_levels", "model level")); !ok)
        return ok;
    if (modelLevelByName(name))
        return fail(ErrorKind::Conflict,
                    QCoreApplication::translate("gw::project_model_levels", "A model level named \"%1\" already exists.").arg(name));
    auto levels = modelLevels();
    if (!levels)
        return std::unexpected(levels.error());
    const QJsonObject details{
        {QStringLiteral("level"),
         QJsonObject{{QStringLiteral("guid"), level.guid}, {QStringLiteral("name"), name}}},
        {QStringLiteral("position"), level.position}};
    return modelEdit(
        level.id > 0 ? QStringLiteral("model.level.restore") : QStringLiteral("model.level.add"),
        details, [&]() -> Status {
            auto stmt = m_db.prepare(QStringLiteral("INSERT INTO model_levels(id, guid, name, position) VALUES (?1, ?2, ?3, ?4)"));
            if (!stmt)
                return std::unexpected(stmt.error());
            if (level.id > 0)
                stmt->bind(1, level.id);
            else
                stmt->bindNull(1);
            const int at = std::clamp(level.position, 0, int(levels->size()));
            if (auto ok = stmt->bind(2, level.guid.isEmpty() ? newGuid() : level.guid)
                              .bind(3, name)
                              .bind(4, -1)
                              .run();
                !ok)
                return ok;
            std::vector<ModelLevel> order = *levels;
            ModelLevel added = level;
            added.id = m_db.lastInsertId();
            added.position = -1;
            order.insert(order.begin() + at, added);
            if (auto ok = renumberLevels(m_db, order); !ok)
                return ok;
            auto setLevel = m_db.prepare(
                QStringLiteral("UPDATE model_elements SET level_id = ?1 WHERE id = ?2"));
            if (!setLevel)
                return std::unexpected(setLevel.error());
            for (const Id element : record.elementIds) {
                if (auto ok = setLevel->bind(1, added.id).bind(2, element).run(); !ok)
                    return ok;
                setLevel->reset();
            }
            return {};
        });
}

Status Project::renameModelLevel(Id levelId, const QString &name)
{
    const QString trimmed = name.simplified();
    if (auto ok = checkLabel(trimmed, QCoreApplication::translate("gw::project_model_levels", "model level")); !ok)
        return ok;
    auto old = modelLevel(levelId);
    if (!old)
        return std::unexpected(old.error());
    if (auto other = modelLevelByName(trimmed); other && other->id != levelId)
        return fail(ErrorKind::Conflict,
                    QCoreApplication::translate("gw::project_model_levels", "A model level named \"%1\" already exists.").arg(trimmed));
    const QJsonObject details{{QStringLiteral("level"), old->guid},
                              {QStringLiteral("from"), old->name},
                              {QStringLiteral("to"), trimmed}};
    return modelEdit(QStringLiteral("model.level.rename"), details, [&]() -> Status {
        auto stmt = m_db.prepare(QStringLiteral("UPDATE model_levels SET name = ?1 WHERE id = ?2"));
        if (!stmt)
            return std::unexpected(stmt.error());
        return stmt->bind(1, trimmed).bind(2, levelId).run();
    });
}

Result<LevelRecord> Project::removeModelLevel(Id levelId)
{
    auto old = modelLevel(levelId);
    if (!old)
        return std::unexpected(old.error());
    LevelRecord record{*old, {}};
    auto at = m_db.prepare(
        QStringLiteral("SELECT id FROM model_elements WHERE level_id = ?1 ORDER BY id"));
    if (!at)
        return std::unexpected(at.error());
    at->bind(1, levelId);
    auto ids = collectRows<Id>(*at, [](const Statement &r) { return r.int64(0); });
    if (!ids)
        return std::unexpected(ids.error());
    record.elementIds = *ids;
    const QJsonObject details{
        {QStringLiteral("level"),
         QJsonObject{{QStringLiteral("guid"), old->guid}, {QStringLiteral("name"), old->name}}},
        {QStringLiteral("elements"), int(ids->size())}};
    auto ok = modelEdit(QStringLiteral("model.level.remove"), details, [&]() -> Status {
        auto stmt = m_db.prepare(QStringLiteral("DELETE FROM model_levels WHERE id = ?1"));
        if (!stmt)
            return std::unexpected(stmt.error());
        if (auto done = stmt->bind(1, levelId).run(); !done)
            return done;
        auto rest = modelLevels();
        if (!rest)
            return std::unexpected(rest.error());
        return renumberLevels(m_db, *rest);
    });
    if (!ok)
        return std::unexpected(ok.error());
    return record;
}

// --- Influence types -----------------------------------------------------------

Result<std::vector<InfluenceType>> Project::influenceTypes()
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT %1 ORDER BY position, id").arg(kTypeColumns));
    if (!stmt)
        return std::unexpected(stmt.error());
    return collectRows<InfluenceType>(*stmt, readType);
}

Result<InfluenceType> Project::influenceType(Id typeId)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT %1 WHERE id = ?1").arg(kTypeColumns));
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, typeId);
    auto list = collectRows<InfluenceType>(*stmt, readType);
    if (!list)
        return std::unexpected(list.error());
    if (list->empty())
        return fail(ErrorKind::NotFound,
                    QCoreApplication::translate("gw::project_model_levels", "No influence type with id %1.").arg(typeId));
    return list->front();
}

Result<InfluenceType> Project::influenceTypeByName(const QString &name)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT %1 WHERE name = ?1").arg(kTypeColumns));
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, name.simplified());
    auto list = collectRows<InfluenceType>(*stmt, readType);
    if (!list)
        return std::unexpected(list.error());
    if (list->empty())
        return fail(ErrorKind::NotFound,
                    QCoreApplication::translate("gw::project_model_levels", "No influence type named \"%1\" in the project.").arg(name));
    return list->front();
}

Result<Id> Project::addInfluenceType(const QString &name, const QString &color, LineStyle style)
{
    const QString trimmed = name.simplified();
    if (auto ok = checkLabel(trimmed, QCoreApplication::translate("gw::project_model_levels", "influence type")); !ok)
        return std::unexpected(ok.error());
    if (auto ok = checkColor(color, trimmed); !ok)
        return std::unexpected(ok.error());
    if (influenceTypeByName(trimmed))
        return fail(ErrorKind::Conflict,
                    QCoreApplication::translate("gw::project_model_levels", "An influence type named \"%1\" already exists.").arg(trimmed));
    const QString guid = newGuid();
    const QJsonObject details{
        {QStringLiteral("type"),
         QJsonObject{{QStringLiteral("guid"), guid}, {QStringLiteral("name"), trimmed}}},
        {QStringLiteral("color"), color.toLower()},
        {QStringLiteral("style"), toString(style)}};
    Id id = 0;
    auto ok = modelEdit(QStringLiteral("influence.type.add"), details, [&]() -> Status {
        auto stmt = m_db.prepare(
            QStringLiteral("INSERT INTO influence_types(guid, name, color, line_style, position) "
                           "VALUES (?1, ?2, ?3, ?4, (SELECT coalesce(max(position) + 1, 0) FROM "
                           "influence_types))"));
        if (!stmt)
            return std::unexpected(stmt.error());
        if (auto done = stmt->bind(1, guid)
                            .bind(2, trimmed)
                            .bind(3, color.toLower())
                            .bind(4, toString(style))
                            .run();
            !done)
            return done;
        id = m_db.lastInsertId();
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return id;
}

Status Project::setInfluenceTypeStyle(Id typeId, const QString &color, LineStyle style)
{
    auto old = influenceType(typeId);
    if (!old)
        return std::unexpected(old.error());
    if (auto ok = checkColor(color, old->name); !ok)
        return ok;
    const QJsonObject details{
        {QStringLiteral("type"), old->name},
        {QStringLiteral("from"), QStringLiteral("%1 %2").arg(old->color, toString(old->style))},
        {QStringLiteral("to"), QStringLiteral("%1 %2").arg(color.toLower(), toString(style))}};
    return modelEdit(QStringLiteral("influence.type.style"), details, [&]() -> Status {
        auto stmt = m_db.prepare(
            QStringLiteral("UPDATE influence_types SET color = ?1, line_style = ?2 WHERE id = ?3"));
        if (!stmt)
            return std::unexpected(stmt.error());
        return stmt->bind(1, color.toLower()).bind(2, toString(style)).bind(3, typeId).run();
    });
}

Status Project::removeInfluenceType(Id typeId)
{
    auto old = influenceType(typeId);
    if (!old)
        return std::unexpected(old.error());
    auto used = m_db.prepare(QStringLiteral("SELECT count(*) FROM influences WHERE type_id = ?1"));
    if (!used)
        return std::unexpected(used.error());
    used->bind(1, typeId);
    auto row = used->step();
    if (!row)
        return std::unexpected(row.error());
    const std::int64_t count = *row ? used->int64(0) : 0;
    used->reset();
    if (count > 0)
        return fail(
            ErrorKind::InvalidInput,
            QCoreApplication::translate("gw::project_model_levels",
                "Influence type \"%1\" is used by %2 influence(s); retype or remove them first.")
                .arg(old->name)
                .arg(count));
    return modelEdit(QStringLiteral("influence.type.remove"),
                     QJsonObject{{QStringLiteral("type"), old->name}}, [&]() -> Status {
                         auto stmt = m_db.prepare(
                             QStringLiteral("DELETE FROM influence_types WHERE id = ?1"));
                         if (!stmt)
                             return std::unexpected(stmt.error());
                         return stmt->bind(1, typeId).run();
                     });
}

// --- Spectrum axes ---------------------------------------------------------------

namespace {

const QString kAxisKeys[] = {
    QStringLiteral("model.axis.x.name"), QStringLiteral("model.axis.x.low"),
    QStringLiteral("model.axis.x.high"), QStringLiteral("model.axis.y.name"),
    QStringLiteral("model.axis.y.low"),  QStringLiteral("model.axis.y.high")};

std::array<QString *, 6> axisFields(SpectrumAxes &a)
{
    return {&a.xName, &a.xLow, &a.xHigh, &a.yName, &a.yLow, &a.yHigh};
}

} // namespace

SpectrumAxes Project::spectrumAxes()
{
    SpectrumAxes axes;
    const auto fields = axisFields(axes);
    for (std::size_t i = 0; i < fields.size(); ++i)
        *fields[i] = setting(kAxisKeys[i], *fields[i]);
    return axes;
}

Status Project::setSpectrumAxes(const SpectrumAxes &axes)
{
    SpectrumAxes clean = axes;
    QJsonObject details;
    const auto fields = axisFields(clean);
    for (std::size_t i = 0; i < fields.size(); ++i) {
        *fields[i] = fields[i]->simplified();
        if (fields[i]->isEmpty())
            return fail(ErrorKind::InvalidInput,
                        QCoreApplication::translate("gw::project_model_levels", "The spectrum's axis labels cannot be empty (%1).")
                            .arg(kAxisKeys[i]));
        details.insert(kAxisKeys[i].mid(11), *fields[i]); // "x.name", ...
    }
    return modelEdit(QStringLiteral("model.axes"), details, [&]() -> Status {
        for (std::size_t i = 0; i < fields.size(); ++i)
            if (auto ok = setSetting(kAxisKeys[i], *fields[i]); !ok)
                return ok;
        return {};
    });
}

} // namespace gw

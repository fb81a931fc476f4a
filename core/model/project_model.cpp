// Project: the CMO model's elements: dimensions, themes and first-order codes
// placed with a role, a level and (outcomes) a point on the spectrum.
#include "core/model/display_names.h"
#include "core/model/project.h"
#include "core/model/project_model_rows.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace gw {

using namespace modelrows;

namespace {

QString targetColumn(ElementKind kind)
{
    switch (kind) {
    case ElementKind::Dimension:
        return QStringLiteral("dimension_id");
    case ElementKind::Theme:
        return QStringLiteral("theme_id");
    case ElementKind::Code:
        return QStringLiteral("code_id");
    }
    return {};
}

Status checkPoint(const std::optional<SpectrumPoint> &point, const QString &name)
{
    if (point && (!(point->x >= 0 && point->x <= 1) || !(point->y >= 0 && point->y <= 1)))
        return fail(
            ErrorKind::InvalidInput,
            QCoreApplication::translate("gw::project_model", "\"%1\" cannot sit at (%2, %3) on the spectrum: x and y go from 0 to 1.")
                .arg(name)
                .arg(point->x)
                .arg(point->y));
    return {};
}

QJsonValue pointJson(const std::optional<SpectrumPoint> &point)
{
    if (!point)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("x"), point->x}, {QStringLiteral("y"), point->y}};
}

} // namespace

Result<std::vector<ModelElement>> Project::modelElements()
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT %1 %2").arg(kElementColumns, kElementOrder));
    if (!stmt)
        return std::unexpected(stmt.error());
    return collectRows<ModelElement>(*stmt, readElement);
}

Result<ModelElement> Project::modelElement(Id elementId)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT %1 WHERE e.id = ?1").arg(kElementColumns));
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, elementId);
    auto list = collectRows<ModelElement>(*stmt, readElement);
    if (!list)
        return std::unexpected(list.error());
    if (list->empty())
        return fail(ErrorKind::NotFound,
                    QCoreApplication::translate("gw::project_model", "No model element with id %1.").arg(elementId));
    return list->front();
}

Result<std::optional<ModelElement>> Project::modelElementOf(ElementKind kind, Id targetId)
{
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT %1 WHERE e.%2 = ?1").arg(kElementColumns, targetColumn(kind)));
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, targetId);
    auto list = collectRows<ModelElement>(*stmt, readElement);
    if (!list)
        return std::unexpected(list.error());
    if (list->empty())
        return std::optional<ModelElement>{};
    return std::optional<ModelElement>{list->front()};
}

Result<Id> Project::placeModelElement(const NewModelElement &element)
{
    ElementRecord record;
    ModelElement &e = record.element;
    e.kind = element.kind;
    e.targetId = element.targetId;
    e.role = element.role;
    e.levelId = element.levelId;
    e.point = element.point;
    auto count =
        m_db.scalar(QStringLiteral("SELECT coalesce(max(position) + 1, 0) FROM model_elements"));
    if (!count)
        return std::unexpected(count.error());
    e.position = int(*count);
    return restoreModelElement(record);
}

Result<ElementRecord> Project::modelElementRecord(Id elementId)
{
    auto element = modelElement(elementId);
    if (!element)
        return std::unexpected(element.error());
    ElementRecord record{*element, {}};
    auto ids = m_db.prepare(QStringLiteral(
        "SELECT id FROM influences WHERE from_element_id = ?1 OR to_element_id = ?1 ORDER BY id"));
    if (!ids)
        return std::unexpected(ids.error());
    ids->bind(1, elementId);
    auto list = collectRows<Id>(*ids, [](const Statement &r) { return r.int64(0); });
    if (!list)
        return std::unexpected(list.error());
    for (const Id id : *list) {
        auto influence = influenceRecord(id);
        if (!influence)
            return std::unexpected(influence.error());
        record.influences.push_back(std::move(*influence));
    }
    return record;
}

Result<Id> Project::restoreModelElement(const ElementRecord &record)
{
    const ModelElement &e = record.element;
    QString name;
    switch (e.kind) {
    case ElementKind::Dimension: {
        auto d = dimension(e.targetId);
        if (!d)
            return std::unexpected(d.error());
        name = d->name;
        break;
    }
    case ElementKind::Theme: {
        auto t = theme(e.targetId);
        if (!t)
            return std::unexpected(t.error());
        name = t->name;
        break;
    }
    case ElementKind::Code: {
        auto c = code(e.targetId);
        if (!c)
            return std::unexpected(c.error());
        if (c->archived)
            return fail(ErrorKind::InvalidInput,
                        QCoreApplication::translate("gw::project_model",
                            "Code \"%1\" is archived; restore it before placing it in the model.")
                            .arg(c->name));
        name = c->name;
        break;
    }
    }
    auto existing = modelElementOf(e.kind, e.targetId);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing)
        return fail(ErrorKind::Conflict,
                    QCoreApplication::translate("gw::project_model", "The %1 \"%2\" is already in the model, as %3.")
                        .arg(displayName(e.kind), name, displayNameWithArticle((*existing)->role)));
    if (e.levelId)
        if (auto level = modelLevel(*e.levelId); !level)
            return std::unexpected(level.error());
    if (auto ok = checkPoint(e.point, name); !ok)
        return std::unexpected(ok.error());

    const QString guid = e.guid.isEmpty() ? newGuid() : e.guid;
    ModelElement described = e;
    described.guid = guid;
    described.name = name;
    QJsonObject details{{QStringLiteral("element"), elementJson(described)},
                        {QStringLiteral("point"), pointJson(e.point)}};
    if (!record.influences.empty())
        details.insert(QStringLiteral("influences"), int(record.influences.size()));
    Id id = 0;
    auto ok = modelEdit(
        e.id > 0 ? QStringLiteral("model.restore") : QStringLiteral("model.place"), details,
        [&]() -> Status {
            auto stmt = m_db.prepare(
                QStringLiteral(
                    "INSERT INTO model_elements(id, guid, %1, role, level_id, x, y, position) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                    .arg(targetColumn(e.kind)));
            if (!stmt)
                return std::unexpected(stmt.error());
            if (e.id > 0)
                stmt->bind(1, e.id);
            else
                stmt->bindNull(1);
            stmt->bind(2, guid).bind(3, e.targetId).bind(4, toString(e.role));
            if (e.levelId)
                stmt->bind(5, *e.levelId);
            else
                stmt->bindNull(5);
            if (e.point)
                stmt->bindReal(6, e.point->x).bindReal(7, e.point->y);
            else
                stmt->bindNull(6).bindNull(7);
            if (auto done = stmt->bind(8, e.position).run(); !done)
                return done;
            id = m_db.lastInsertId();
            for (const InfluenceRecord &influence : record.influences)
                if (auto back = insertInfluence(influence); !back)
                    return std::unexpected(back.error());
            return {};
        });
    if (!ok)
        return std::unexpected(ok.error());
    return id;
}

Status Project::removeModelElement(Id elementId)
{
    auto e = modelElement(elementId);
    if (!e)
        return std::unexpected(e.error());
    auto links = m_db.prepare(QStringLiteral(
        "SELECT count(*) FROM influences WHERE from_element_id = ?1 OR to_element_id = ?1"));
    if (!links)
        return std::unexpected(links.error());
    links->bind(1, elementId);
    auto row = links->step();
    if (!row)
        return std::unexpected(row.error());
    const std::int64_t count = *row ? links->int64(0) : 0;
    links->reset();
    const QJsonObject details{{QStringLiteral("element"), elementJson(*e)},
                              {QStringLiteral("influences"), qint64(count)}};
    return modelEdit(QStringLiteral("model.remove"), details, [&]() -> Status {
        // Influences and their evidence go with it (ON DELETE CASCADE).
        auto stmt = m_db.prepare(QStringLiteral("DELETE FROM model_elements WHERE id = ?1"));
        if (!stmt)
            return std::unexpected(stmt.error());
        return stmt->bind(1, elementId).run();
    });
}

Status Project::setElementRole(Id elementId, ModelRole role)
{
    auto e = modelElement(elementId);
    if (!e)
        return std::unexpected(e.error());
    const QJsonObject details{{QStringLiteral("element"), elementJson(*e)},
                              {QStringLiteral("from"), toString(e->role)},
                              {QStringLiteral("to"), toString(role)}};
    return modelEdit(QStringLiteral("model.role"), details, [&]() -> Status {
        auto stmt =
            m_db.prepare(QStringLiteral("UPDATE model_elements SET role = ?1 WHERE id = ?2"));
        if (!stmt)
            return std::unexpected(stmt.error());
        return stmt->bind(1, toString(role)).bind(2, elementId).run();
    });
}

Status Project::setElementLevel(Id elementId, std::optional<Id> levelId)
{
    auto e = modelElement(elementId);
    if (!e)
        return std::unexpected(e.error());
    QString levelName;
    if (levelId) {
        auto level = modelLevel(*levelId);
        if (!level)
            return std::unexpected(level.error());
        levelName = level->name;
    }
    const QJsonObject details{{QStringLiteral("element"), elementJson(*e)},
                              {QStringLiteral("from"), e->levelName},
                              {QStringLiteral("to"), levelName}};
    return modelEdit(QStringLiteral("model.level"), details, [&]() -> Status {
        auto stmt =
            m_db.prepare(QStringLiteral("UPDATE model_elements SET level_id = ?1 WHERE id = ?2"));
        if (!stmt)
            return std::unexpected(stmt.error());
        if (levelId)
            stmt->bind(1, *levelId);
        else
            stmt->bindNull(1);
        return stmt->bind(2, elementId).run();
    });
}

Status Project::setOutcomePoint(Id elementId, std::optional<SpectrumPoint> point)
{
    auto e = modelElement(elementId);
    if (!e)
        return std::unexpected(e.error());
    if (auto ok = checkPoint(point, e->name); !ok)
        return ok;
    const QJsonObject details{{QStringLiteral("element"), elementJson(*e)},
                              {QStringLiteral("from"), pointJson(e->point)},
                              {QStringLiteral("to"), pointJson(point)}};
    return modelEdit(QStringLiteral("model.move"), details, [&]() -> Status {
        auto stmt =
            m_db.prepare(QStringLiteral("UPDATE model_elements SET x = ?1, y = ?2 WHERE id = ?3"));
        if (!stmt)
            return std::unexpected(stmt.error());
        if (point)
            stmt->bindReal(1, point->x).bindReal(2, point->y);
        else
            stmt->bindNull(1).bindNull(2);
        return stmt->bind(3, elementId).run();
    });
}

Result<std::vector<Id>> Project::codesOfElement(Id elementId)
{
    auto e = modelElement(elementId);
    if (!e)
        return std::unexpected(e.error());
    QString sql;
    switch (e->kind) {
    case ElementKind::Code:
        return std::vector<Id>{e->targetId};
    case ElementKind::Theme:
        sql = QStringLiteral(
            "SELECT tc.code_id FROM theme_codes tc JOIN codes c ON c.id = tc.code_id "
            "WHERE tc.theme_id = ?1 AND c.archived = 0 ORDER BY tc.position, c.id");
        break;
    case ElementKind::Dimension:
        sql = QStringLiteral(
            "SELECT tc.code_id FROM themes t JOIN theme_codes tc ON tc.theme_id = t.id "
            "JOIN codes c ON c.id = tc.code_id WHERE t.dimension_id = ?1 AND c.archived = 0 "
            "ORDER BY t.position, t.id, tc.position, c.id");
        break;
    }
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, e->targetId);
    return collectRows<Id>(*stmt, [](const Statement &r) { return r.int64(0); });
}

} // namespace gw

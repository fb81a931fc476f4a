#pragma once
// Internal to core/model: how the project_model*.cpp files read model rows and
// describe model items in audit entries, shared so every query returns the
// same shape.

#include "core/model/model_types.h"
#include "core/store/database.h"

#include <QJsonObject>
#include <QUuid>

namespace gw::modelrows {

inline QString newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

inline QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

inline const QString kLevelColumns = QStringLiteral("id, guid, name, position FROM model_levels");

inline ModelLevel readLevel(const Statement &r)
{
    return ModelLevel{r.int64(0), r.text(1), r.text(2), int(r.int64(3))};
}

inline const QString kTypeColumns =
    QStringLiteral("id, guid, name, color, line_style, position FROM influence_types");

inline InfluenceType readType(const Statement &r)
{
    return InfluenceType{r.int64(0),
                         r.text(1),
                         r.text(2),
                         r.text(3),
                         lineStyleFromString(r.text(4)).value_or(LineStyle::Solid),
                         int(r.int64(5))};
}

inline const QString kElementColumns =
    QStringLiteral("e.id, e.guid, e.dimension_id, e.theme_id, e.code_id, coalesce(d.name, t.name, "
                   "c.name, ''), e.role, "
                   "e.level_id, coalesce(l.name, ''), e.x, e.y, e.position "
                   "FROM model_elements e LEFT JOIN dimensions d ON d.id = e.dimension_id "
                   "LEFT JOIN themes t ON t.id = e.theme_id LEFT JOIN codes c ON c.id = e.code_id "
                   "LEFT JOIN model_levels l ON l.id = e.level_id");

inline const QString kElementOrder =
    QStringLiteral("ORDER BY CASE e.role WHEN 'context' THEN 0 WHEN 'mechanism' THEN 1 ELSE 2 END, "
                   "coalesce(l.position, 1000000), e.position, e.id");

inline ModelElement readElement(const Statement &r)
{
    ModelElement e;
    e.id = r.int64(0);
    e.guid = r.text(1);
    if (!r.isNull(2)) {
        e.kind = ElementKind::Dimension;
        e.targetId = r.int64(2);
    } else if (!r.isNull(3)) {
        e.kind = ElementKind::Theme;
        e.targetId = r.int64(3);
    } else {
        e.kind = ElementKind::Code;
        e.targetId = r.int64(4);
    }
    e.name = r.text(5);
    e.role = modelRoleFromString(r.text(6)).value_or(ModelRole::Context);
    if (!r.isNull(7))
        e.levelId = r.int64(7);
    e.levelName = r.text(8);
    if (!r.isNull(9) && !r.isNull(10))
        e.point = SpectrumPoint{r.real(9), r.real(10)};
    e.position = int(r.int64(11));
    return e;
}

inline const QString kInfluenceColumns =
    QStringLiteral("i.id, i.guid, i.from_element_id, i.to_element_id, i.type_id, ty.name, i.memo, "
                   "(SELECT count(*) FROM influence_evidence v WHERE v.influence_id = i.id AND "
                   "v.kind = 'supports'), "
                   "(SELECT count(*) FROM influence_evidence v WHERE v.influence_id = i.id AND "
                   "v.kind = 'counter') "
                   "FROM influences i JOIN influence_types ty ON ty.id = i.type_id");

inline Influence readInfluence(const Statement &r)
{
    return Influence{r.int64(0), r.text(1), r.int64(2),      r.int64(3),     r.int64(4),
                     r.text(5),  r.text(6), int(r.int64(7)), int(r.int64(8))};
}

inline QJsonObject elementJson(const ModelElement &e)
{
    return QJsonObject{{QStringLiteral("guid"), e.guid},
                       {QStringLiteral("name"), e.name},
                       {QStringLiteral("kind"), toString(e.kind)},
                       {QStringLiteral("role"), toString(e.role)}};
}

inline QJsonObject influenceJson(const Influence &i, const QString &from, const QString &to)
{
    return QJsonObject{{QStringLiteral("guid"), i.guid},
                       {QStringLiteral("from"), from},
                       {QStringLiteral("to"), to},
                       {QStringLiteral("type"), i.typeName}};
}

} // namespace gw::modelrows

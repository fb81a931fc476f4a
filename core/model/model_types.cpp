#include "core/model/model_types.h"

namespace gw {

QString toString(ModelRole role)
{
    switch (role) {
    case ModelRole::Context:
        return QStringLiteral("context");
    case ModelRole::Mechanism:
        return QStringLiteral("mechanism");
    case ModelRole::Outcome:
        return QStringLiteral("outcome");
    }
    return {};
}

std::optional<ModelRole> modelRoleFromString(const QString &text)
{
    const QString key = text.trimmed().toLower();
    for (const ModelRole r : {ModelRole::Context, ModelRole::Mechanism, ModelRole::Outcome})
        if (key == toString(r))
            return r;
    return std::nullopt;
}

QString toString(ElementKind kind)
{
    switch (kind) {
    case ElementKind::Dimension:
        return QStringLiteral("dimension");
    case ElementKind::Theme:
        return QStringLiteral("theme");
    case ElementKind::Code:
        return QStringLiteral("code");
    }
    return {};
}

std::optional<ElementKind> elementKindFromString(const QString &text)
{
    const QString key = text.trimmed().toLower();
    for (const ElementKind k : {ElementKind::Dimension, ElementKind::Theme, ElementKind::Code})
        if (key == toString(k))
            return k;
    return std::nullopt;
}

QString toString(LineStyle style)
{
    switch (style) {
    case LineStyle::Solid:
        return QStringLiteral("solid");
    case LineStyle::Dash:
        return QStringLiteral("dash");
    case LineStyle::Dot:
        return QStringLiteral("dot");
    case LineStyle::DashDot:
        return QStringLiteral("dashdot");
    }
    return {};
}

std::optional<LineStyle> lineStyleFromString(const QString &text)
{
    QString key = text.trimmed().toLower();
    key.remove(u'-');
    if (key == u"dashed")
        key = QStringLiteral("dash");
    if (key == u"dotted")
        key = QStringLiteral("dot");
    for (const LineStyle s :
         {LineStyle::Solid, LineStyle::Dash, LineStyle::Dot, LineStyle::DashDot})
        if (key == toString(s))
            return s;
    return std::nullopt;
}

} // namespace gw

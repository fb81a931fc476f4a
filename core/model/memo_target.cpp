#include "core/model/memo_target.h"

#include "core/model/project.h"

#include <QCoreApplication>

namespace gw {

namespace {

template <typename Found>
Result<std::optional<Id>> idOf(const Found &found)
{
    if (!found)
        return std::unexpected(found.error());
    return std::optional<Id>(found->id);
}

} // namespace

Result<std::optional<Id>> memoTargetNamed(Project &project, const QString &kind, const QString &name)
{
    if (kind == u"project")
        return std::optional<Id>();
    if (kind == u"source")
        return idOf(project.sourceByName(name));
    if (kind == u"code")
        return idOf(project.codeByName(name));
    if (kind == u"theme")
        return idOf(project.themeByName(name));
    if (kind == u"dimension")
        return idOf(project.dimensionByName(name));
    return fail(ErrorKind::InvalidInput,
                QCoreApplication::translate("gw::memo_target", "A memo is on the project, a source, a code, a theme or a dimension, not \"%1\".").arg(kind));
}

} // namespace gw

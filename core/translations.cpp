#include "core/translations.h"

#include <QCoreApplication>
#include <QTranslator>

// The translations are a resource of this static library: naming it here
// makes the linker keep it in every program (Q_INIT_RESOURCE cannot be used
// inside a namespace).
static void initCoreTranslationResources()
{
    Q_INIT_RESOURCE(groundwork_core_translations);
}

namespace gw {

bool installCoreTranslation(const QLocale &locale, QObject *parent)
{
    initCoreTranslationResources();
    auto *translator = new QTranslator(parent);
    if (!translator->load(locale, QStringLiteral("groundwork-core"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace gw

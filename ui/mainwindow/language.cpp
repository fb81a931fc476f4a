#include "ui/mainwindow/language.h"

#include "core/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

// The translations are a resource of this static library: naming it here
// makes the linker keep it in every program (Q_INIT_RESOURCE cannot be used
// inside a namespace).
static void initTranslationResources()
{
    Q_INIT_RESOURCE(groundwork_ui_translations);
}

namespace gw {

namespace {

const QString kSetting = QStringLiteral("window/language");

} // namespace

QList<Language> languages()
{
    return {{QStringLiteral("system"), QCoreApplication::translate("gw::Language", "As the &System")},
            {QStringLiteral("en"), QStringLiteral("&English")},
            {QStringLiteral("de"), QStringLiteral("&Deutsch")}};
}

QString chosenLanguage()
{
    const QString code = QSettings().value(kSetting).toString();
    for (const Language &language : languages())
        if (language.code == code)
            return code;
    return QStringLiteral("system");
}

void chooseLanguage(const QString &code)
{
    QSettings settings;
    if (code == u"system")
        settings.remove(kSetting);
    else
        settings.setValue(kSetting, code);
}

QString installTranslations(QCoreApplication &app)
{
    initTranslationResources();
    const QString chosen = chosenLanguage();
    const QLocale locale = chosen == u"system" ? QLocale::system() : QLocale(chosen);
    // Numbers and dates follow the language chosen, not only the words.
    if (chosen != u"system")
        QLocale::setDefault(locale);
    auto *ours = new QTranslator(&app);
    if (!ours->load(locale, QStringLiteral("groundwork"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete ours;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(ours);
    installCoreTranslation(locale, &app);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return ours->language().section(u'_', 0, 0);
}

} // namespace gw

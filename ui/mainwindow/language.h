#pragma once
// The language the workbench speaks: the system's (the default) or one chosen
// in View > Language, kept in the user's settings and applied at the next
// start. Our own strings come from the translations built into the program
// (resources/translations), Qt's own (standard buttons, file dialogs) from
// the translations Qt installs.

#include <QList>
#include <QString>

class QCoreApplication;

namespace gw {

struct Language
{
    QString code;  // "system", "en", "de"
    QString label; // in its own language: "Deutsch"
};

// The languages offered, "system" first.
[[nodiscard]] QList<Language> languages();
// The chosen language's code; "system" when none was chosen.
[[nodiscard]] QString chosenLanguage();
void chooseLanguage(const QString &code);
// Installs the translators of the chosen (or the system's) language into APP;
// the language actually used, "en" when there is no translation for it.
QString installTranslations(QCoreApplication &app);

} // namespace gw

#pragma once
// Core's own sentences (errors, undo steps, import warnings, the agreement
// method) in the user's language: resources/translations/groundwork-core_LANG.ts,
// built into the core library. Both programs install it beside their own.
//
// What core writes into files (tables, reports, figures, the codebook, REFI-QDA)
// stays English, the language of the published tables it reproduces; so do the
// keywords of toString() that the command line and the project file use.

#include <QLocale>

class QObject;

namespace gw {

// Installs core's translation for LOCALE, owned by PARENT; false when there is
// none for that language (English needs none).
bool installCoreTranslation(const QLocale &locale, QObject *parent);

} // namespace gw

// The interface language: the system's, English or German, switchable at
// run time.
#pragma once

#include <QString>

namespace language {

// Installs the translators for `code` ("en", "de", or empty for the system
// locale), replacing those installed before, and sets the default QLocale so
// numbers on screen use that language's decimal separator. Widgets receive a
// LanguageChange event and retranslate themselves.
void install(const QString &code);

// The code passed to the last install().
QString current();

} // namespace language

#pragma once

#include <QStringList>

namespace goodwill::state {
class LanguageSetup;
}

namespace goodwill::app {

// goodwill shots --db FILE --out DIR [--palette light|dark] [--lang L]: renders the window
// on FILE to DIR/<page>-<palette>.png, in language L when given (installed through
// `language`). Used by ./dev shots; the user's settings are not touched.
int runShotsCommand(const QStringList &arguments, state::LanguageSetup &language);

} // namespace goodwill::app

#pragma once

#include <QStringList>

namespace goodwill::app {

// goodwill shots --db FILE --out DIR [--palette light|dark]: renders the window on FILE
// to DIR/summary-<palette>.png. Used by ./dev shots; the user's settings are not touched.
int runShotsCommand(const QStringList &arguments);

} // namespace goodwill::app

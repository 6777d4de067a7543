#pragma once

#include <QStringList>

namespace goodwill::app {

// goodwill check FILE: integrity, schema version and rows per table; exit 0 when healthy.
int runCheckCommand(const QStringList &arguments);

} // namespace goodwill::app

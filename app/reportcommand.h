#pragma once

#include <QStringList>

namespace goodwill::app {

// goodwill report --db F --kind departments|leaders --format json|csv --out F
//     [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--granularity week|month|quarter]
//     [--departments a,b]
int runReportCommand(const QStringList &arguments);

} // namespace goodwill::app

#pragma once

#include <QStringList>

namespace goodwill::app {

// goodwill report --db F --kind departments|leaders --format json|csv --out F, or
//     --kind leader --leader EMAIL | --kind townhall, written as PDF (pdfreport.h)
//     [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--granularity week|month|quarter]
//     [--departments a,b]
int runReportCommand(const QStringList &arguments);
// True when the arguments ask for a PDF report (--kind leader or townhall), which lays
// text out and draws charts: it needs a GUI application (offscreen).
bool reportNeedsGui(const QStringList &arguments);

} // namespace goodwill::app

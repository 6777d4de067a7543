#pragma once

#include "analytics/snapshot.h"

#include <QString>

namespace goodwill::app {

// What `goodwill report --kind leader|townhall` asks for.
struct PdfReportRequest
{
    QString kind; // "leader" or "townhall"
    QString databasePath;
    QString out;
    QString leaderEmail; // --kind leader
    bool pseudonymise = false;
    analytics::DashboardFilter filter; // period and departments, resolved against the data
};

// Computes the figures for the request over `sources` (read from request.databasePath),
// builds the report and writes it as PDF. Returns the process exit code; errors on stderr.
int writePdfReport(const analytics::SnapshotSources &sources, const PdfReportRequest &request);

} // namespace goodwill::app

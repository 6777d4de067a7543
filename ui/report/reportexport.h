#pragma once

#include "reportdocument.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QObject;

namespace goodwill::analytics {
struct Snapshot;
}

namespace goodwill::ui::report {

// Writes a page's report to a PDF the way every page does it: the provenance (which reads
// the content hash of the whole database, seconds on a large one) is collected off the GUI
// thread, then `build` makes the document on the GUI thread (charts are widgets), the
// provenance is added and the file written. `done(error)` follows, the error empty on
// success; `build` returning nothing becomes an error too. Nothing is called once `context`
// is destroyed.
void writeReportAsync(QObject *context, std::shared_ptr<const analytics::Snapshot> snapshot,
                      const QString &databasePath, bool pseudonymise, const QString &path,
                      std::function<std::optional<ReportDocument>()> build,
                      std::function<void(const QString &error)> done);

} // namespace goodwill::ui::report

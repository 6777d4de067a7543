#pragma once

#include "exportreader.h"
#include "importformat.h"
#include "importreport.h"
#include "store/result.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace goodwill::importers {

struct ImportRequest
{
    QStringList sources; // files or folders: ZIPs, unpacked exports, single files
    ImportFormat format = ImportFormat::Auto;
    QString target; // the Goodwill database; created when it does not exist
    QString roster; // optional roster CSV, applied after the sources
    ImportOptions options;
    QString today; // YYYY-MM-DD the departments of this export start on; empty: today (UTC)
};

struct ImportResult
{
    std::vector<ImportReport> reports; // one per source, then the roster's
    ImportReport total;
};

// Runs an import end to end, all or nothing: into an existing database inside one
// transaction; into a new one through a private file renamed into place at the end. An
// error (bad input, a cancel, a full disk) leaves the target exactly as it was.
class Importer
{
public:
    // Progress on a 0-1000 scale; returning false cancels.
    using Progress = std::function<bool(int permille)>;

    static Result<ImportResult> run(const ImportRequest &request, const Progress &progress = {});
    // The same import rolled back at the end (or made in a scratch file for a new target): what
    // run() would add, for the wizard's preview. Nothing is written.
    static Result<ImportResult> preview(const ImportRequest &request,
                                        const Progress &progress = {});
};

} // namespace goodwill::importers

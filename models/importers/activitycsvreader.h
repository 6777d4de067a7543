#pragma once

#include "exportreader.h"

namespace goodwill::importers {

// Goodwill's activity CSV (docs/formats.md): one row per post, reply, reaction or
// recognition. A single file, or every .csv file of a folder or ZIP as one source.
class ActivityCsvReader final : public ExportReader
{
public:
    Result<void> read(const ExportArchive &archive, ImportSink &sink, const ImportOptions &options,
                      const ImportProgress &progress) override;
};

} // namespace goodwill::importers

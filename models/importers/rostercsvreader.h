#pragma once

#include "exportreader.h"

namespace goodwill::importers {

// A roster CSV (docs/formats.md): who was in which department, with which title and
// whether a leader, from when to when. One row per stint; a person's rows replace the
// stints an earlier import gave them.
class RosterCsvReader final : public ExportReader
{
public:
    Result<void> read(const ExportArchive &archive, ImportSink &sink, const ImportOptions &options,
                      const ImportProgress &progress) override;
};

} // namespace goodwill::importers

#pragma once

#include "exportreader.h"

namespace goodwill::importers {

// Goodwill's activity JSONL (docs/formats.md): one JSON object per line, with the keys of
// the activity CSV. A single file, or every .jsonl file of a folder or ZIP as one source.
class ActivityJsonlReader final : public ExportReader
{
public:
    Result<void> read(const ExportArchive &archive, ImportSink &sink, const ImportOptions &options,
                      const ImportProgress &progress) override;
};

} // namespace goodwill::importers

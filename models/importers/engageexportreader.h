#pragma once

#include "exportreader.h"

namespace goodwill::importers {

// A Viva Engage (Yammer) network data export, as a ZIP or its unpacked folder: Users.csv
// for people (with their department), Groups.csv for communities, Messages.csv for posts
// and replies, Networks.csv for the network's id; with external networks, one folder of
// these per network, all imported as one source. Facts in FORMATS.md, "Viva Engage".
class EngageExportReader final : public ExportReader
{
public:
    Result<void> read(const ExportArchive &archive, ImportSink &sink, const ImportOptions &options,
                      const ImportProgress &progress) override;
};

} // namespace goodwill::importers

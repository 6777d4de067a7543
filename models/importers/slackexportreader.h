#pragma once

#include "exportreader.h"

namespace goodwill::importers {

// A Slack workspace export (a ZIP or its unpacked folder): users.json (org_users.json on
// Enterprise Grid) for people, channels.json with groups.json, dms.json and mpims.json for
// conversations, and one folder per conversation of YYYY-MM-DD.json day files holding its
// messages, reactions inside them. Facts in FORMATS.md, "Slack workspace export".
class SlackExportReader : public ExportReader
{
public:
    Result<void> read(const ExportArchive &archive, ImportSink &sink, const ImportOptions &options,
                      const ImportProgress &progress) override;
};

} // namespace goodwill::importers

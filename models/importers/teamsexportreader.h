#pragma once

#include "exportreader.h"

namespace goodwill::importers {

// Microsoft Teams messages as export tools save them from Microsoft Graph: one or more
// .json files (a single file, a folder or a ZIP), each a JSON array of chatMessage
// objects or one page {"value": [...], "@odata.nextLink": ...}. Replies may also sit
// nested in "replies" (Graph's $expand=replies).
//
// Two passes over the files: the first learns the team, the people (from the senders,
// the mentions and named reactors) and the channel names, so every message meets its
// author whatever file order the tool chose; the second writes the messages.
class TeamsExportReader final : public ExportReader
{
public:
    Result<void> read(const ExportArchive &archive, ImportSink &sink, const ImportOptions &options,
                      const ImportProgress &progress) override;
};

} // namespace goodwill::importers

#pragma once

#include "exportreader.h"

namespace goodwill::importers {

// A Mattermost bulk export (mmctl export): import.jsonl alone, or a ZIP or folder holding
// it beside data/. One JSON object per line, streamed line by line, so an export of any
// size is never held whole. Everything is keyed by username; the bulk format has no post
// ids, so a post is keyed by where, who and when ("team/channel/user/create_at") and a
// reply by its root's key ("<root>/reply/user/create_at"), which stay the same in every
// export of the server.
class MattermostExportReader final : public ExportReader
{
public:
    Result<void> read(const ExportArchive &archive, ImportSink &sink, const ImportOptions &options,
                      const ImportProgress &progress) override;
};

} // namespace goodwill::importers

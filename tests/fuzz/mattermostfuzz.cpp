// Mattermost bulk export: import.jsonl, one JSON object per line, or a bundle holding it.
#include "fuzzharness.h"
#include "fuzzworkspace.h"
#include "importers/mattermostexportreader.h"

namespace goodwill::fuzz {

QString fuzzMattermost(const std::uint8_t *data, std::size_t size)
{
    importers::MattermostExportReader reader;
    return importInput(bytesOf(data, size), QStringLiteral("import.jsonl"), reader);
}

} // namespace goodwill::fuzz

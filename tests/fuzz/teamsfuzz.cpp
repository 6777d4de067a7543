// Microsoft Teams messages: one JSON file (an array of chatMessage objects or a Graph
// page {"value": [...]}), or a bundle of such files read in two passes.
#include "fuzzharness.h"
#include "fuzzworkspace.h"
#include "importers/teamsexportreader.h"

namespace goodwill::fuzz {

QString fuzzTeams(const std::uint8_t *data, std::size_t size)
{
    importers::TeamsExportReader reader;
    return importInput(bytesOf(data, size), QStringLiteral("messages.json"), reader);
}

} // namespace goodwill::fuzz

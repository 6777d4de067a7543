// Slack workspace export: a bundle of users.json, channels.json (groups, dms, mpims) and
// day files "<channel>/YYYY-MM-DD.json"; departments from the profile field Xf01DEPT as in
// tests/data/slack/export.
#include "fuzzharness.h"
#include "fuzzworkspace.h"
#include "importers/slackexportreader.h"

namespace goodwill::fuzz {

QString fuzzSlack(const std::uint8_t *data, std::size_t size)
{
    importers::SlackExportReader reader;
    importers::ImportOptions options;
    options.slackDepartmentField = QStringLiteral("Xf01DEPT");
    return importInput(bytesOf(data, size), QStringLiteral("users.json"), reader, options);
}

} // namespace goodwill::fuzz

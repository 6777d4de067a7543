// Roster CSV: one file of stints (email, department, title, leader, from, to).
#include "fuzzharness.h"
#include "fuzzworkspace.h"
#include "importers/rostercsvreader.h"

namespace goodwill::fuzz {

QString fuzzRoster(const std::uint8_t *data, std::size_t size)
{
    importers::RosterCsvReader reader;
    return importInput(bytesOf(data, size), QStringLiteral("roster.csv"), reader);
}

} // namespace goodwill::fuzz

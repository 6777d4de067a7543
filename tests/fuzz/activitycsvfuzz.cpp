// Goodwill's activity CSV: one file, or a bundle of .csv files read as one source.
#include "fuzzharness.h"
#include "fuzzworkspace.h"
#include "importers/activitycsvreader.h"

namespace goodwill::fuzz {

QString fuzzActivityCsv(const std::uint8_t *data, std::size_t size)
{
    importers::ActivityCsvReader reader;
    return importInput(bytesOf(data, size), QStringLiteral("activities.csv"), reader);
}

} // namespace goodwill::fuzz

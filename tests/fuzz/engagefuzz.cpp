// Viva Engage network export: a bundle of Users.csv, Groups.csv, Messages.csv and
// Networks.csv (or one network folder per external network), or one CSV file.
#include "fuzzharness.h"
#include "fuzzworkspace.h"
#include "importers/engageexportreader.h"

namespace goodwill::fuzz {

QString fuzzEngage(const std::uint8_t *data, std::size_t size)
{
    importers::EngageExportReader reader;
    return importInput(bytesOf(data, size), QStringLiteral("Messages.csv"), reader);
}

} // namespace goodwill::fuzz

// Goodwill's activity JSONL: one file, or a bundle of .jsonl files read as one source.
#include "fuzzharness.h"
#include "fuzzworkspace.h"
#include "importers/activityjsonlreader.h"

namespace goodwill::fuzz {

QString fuzzActivityJsonl(const std::uint8_t *data, std::size_t size)
{
    importers::ActivityJsonlReader reader;
    return importInput(bytesOf(data, size), QStringLiteral("activities.jsonl"), reader);
}

} // namespace goodwill::fuzz

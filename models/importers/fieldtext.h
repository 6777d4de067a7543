#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// Small conversions of field text the readers share, whatever the file syntax.
namespace goodwill::importers::fieldtext {

// The bytes as UTF-8 text.
QString fromUtf8(std::string_view text);
// A-Z lowered, every other byte kept: e-mail addresses and keywords compare this way.
std::string lowerAscii(std::string_view text);
// true, yes, 1 / false, no, 0 in any case; nullopt for anything else.
std::optional<bool> parseFlag(std::string_view text);
// Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's days_from_civil).
std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d);

} // namespace goodwill::importers::fieldtext

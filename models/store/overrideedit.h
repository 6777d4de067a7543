#pragma once

#include "records.h"
#include "result.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <string_view>

namespace goodwill::store {

// The words of the schema (docs/schema.md) back to values; nullopt for anything else.
std::optional<PersonRole> personRoleFromString(std::string_view text);
std::optional<ChannelKind> channelKindFromString(std::string_view text);

// One user edit of an override, as the Data page makes it: the file is opened for writing,
// the value written through StoreWriter in a transaction of its own, and the connection
// closed again. A file that opens read-only (not created by Goodwill, or not writable) is
// refused with a sentence saying why, and is never changed.
class OverrideEdit
{
public:
    static Result<void> setRoleOverride(const QString &path, std::int64_t personId,
                                        std::optional<PersonRole> role);
    static Result<void> setChannelKindOverride(const QString &path, std::int64_t channelId,
                                               std::optional<ChannelKind> kind);
};

} // namespace goodwill::store

#pragma once

#include "records.h"
#include "result.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>

namespace goodwill::store {

class StoreWriter;

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

    // Any one user edit the same way (a question marked handled, ...): `write` runs in a
    // transaction of its own. A file that opens read-only is refused with `notGoodwill` (a
    // file Goodwill did not create) or `notWritable` (a file that cannot be written), each
    // a sentence with %1 for the path.
    static Result<void> write(const QString &path,
                              const std::function<Result<void>(StoreWriter &)> &write,
                              const QString &notGoodwill, const QString &notWritable);
};

} // namespace goodwill::store

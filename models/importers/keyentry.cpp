#include "keyentry.h"

#include <limits>

namespace goodwill::importers {

KeyEntry KeyEntry::make(std::uint64_t hash, std::int64_t id, std::int64_t root,
                        std::int64_t channel)
{
    KeyEntry entry{hash, id, 0, std::int32_t(channel)};
    if (root < 0)
        entry.back = std::int32_t(root);
    else if (id - root >= 0 && id - root <= std::numeric_limits<std::int32_t>::max())
        entry.back = std::int32_t(id - root);
    // else: a root after its reply (hand-made data): the entry is its own root
    return entry;
}

} // namespace goodwill::importers

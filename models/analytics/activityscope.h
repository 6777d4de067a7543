#pragma once

#include <cstdint>
#include <vector>

namespace goodwill::analytics {

class ActivityDataset;

// Which activities count: those in the chosen channels and from the chosen sources (a
// thread's messages are in its channel; a channel belongs to one source). Empty lists
// mean all; activities outside any channel count only when nothing is chosen.
struct ActivityScope
{
    std::vector<std::int32_t> channels; // channel indexes
    std::vector<std::int32_t> sources;  // source indexes

    bool isAll() const { return channels.empty() && sources.empty(); }
    bool operator==(const ActivityScope &other) const = default;

    // Per channel index: does it count?
    std::vector<bool> allowedChannels(const ActivityDataset &data) const;
};

} // namespace goodwill::analytics

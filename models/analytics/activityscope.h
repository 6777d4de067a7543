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

// "Does this activity count?" for one scope over one dataset, as the engines ask it for
// every activity while they are built.
class ScopeFilter
{
public:
    ScopeFilter(const ActivityScope &scope, const ActivityDataset &data);
    bool operator()(std::int32_t activity) const;

private:
    const ActivityDataset &m_data;
    bool m_all;
    std::vector<bool> m_allowed;
};

} // namespace goodwill::analytics

#include "activityscope.h"

#include "activitydataset.h"

#include <algorithm>

namespace goodwill::analytics {

std::vector<bool> ActivityScope::allowedChannels(const ActivityDataset &data) const
{
    const auto &all = data.channels();
    std::vector<bool> allowed(all.size(), false);
    for (size_t c = 0; c < all.size(); ++c) {
        const bool channelChosen = channels.empty() || std::find(channels.begin(), channels.end(),
                                                                 std::int32_t(c)) != channels.end();
        const bool sourceChosen = sources.empty() || std::find(sources.begin(), sources.end(),
                                                               all[c].source) != sources.end();
        allowed[c] = channelChosen && sourceChosen;
    }
    return allowed;
}

ScopeFilter::ScopeFilter(const ActivityScope &scope, const ActivityDataset &data)
    : m_data(data), m_all(scope.isAll()), m_allowed(scope.allowedChannels(data))
{}

bool ScopeFilter::operator()(std::int32_t activity) const
{
    if (m_all)
        return true;
    const std::int32_t channel = m_data.channelOf(activity);
    return channel >= 0 && m_allowed[size_t(channel)];
}

} // namespace goodwill::analytics

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

} // namespace goodwill::analytics

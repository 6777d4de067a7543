#include "activityids.h"

#include <algorithm>
#include <iterator>

namespace goodwill::analytics {

void ActivityIds::append(std::int64_t id)
{
    if (m_runs.empty() || id != m_lastId + 1)
        m_runs.push_back({id, m_count});
    m_lastId = id;
    ++m_count;
}

std::int32_t ActivityIds::indexOf(std::int64_t id) const
{
    auto run = std::upper_bound(m_runs.begin(), m_runs.end(), id,
                                [](std::int64_t value, const Run &r) { return value < r.firstId; });
    if (run == m_runs.begin())
        return -1;
    --run;
    const std::int64_t offset = id - run->firstId;
    const std::int32_t end = std::next(run) == m_runs.end() ? m_count : std::next(run)->index;
    return run->index + offset < end ? std::int32_t(run->index + offset) : -1;
}

std::int64_t ActivityIds::idOf(std::int32_t index) const
{
    if (index < 0 || index >= m_count)
        return 0;
    auto run = std::upper_bound(m_runs.begin(), m_runs.end(), index,
                                [](std::int32_t value, const Run &r) { return value < r.index; });
    --run; // the first run starts at index 0, so `run` is past it
    return run->firstId + (index - run->index);
}

} // namespace goodwill::analytics

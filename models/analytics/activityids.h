#pragma once

#include <cstdint>
#include <vector>

namespace goodwill::analytics {

// Activity database id <-> activity index, for ids appended in increasing order. Ids are
// mostly consecutive (INTEGER PRIMARY KEY), so only the start of each run of consecutive
// ids is kept: a few bytes per run instead of eight per activity. Both directions are a
// binary search over the runs.
class ActivityIds
{
public:
    // `id` must be greater than every id appended before; it gets the next index.
    void append(std::int64_t id);
    // The index of `id`, or -1 when absent.
    std::int32_t indexOf(std::int64_t id) const;
    // The id of `index` (0 <= index < size()).
    std::int64_t idOf(std::int32_t index) const;
    std::int32_t size() const { return m_count; }
    // How many runs of consecutive ids are kept (for tests and memory estimates).
    std::size_t runCount() const { return m_runs.size(); }
    void shrinkToFit() { m_runs.shrink_to_fit(); }

private:
    struct Run
    {
        std::int64_t firstId;
        std::int32_t index; // of firstId
    };
    std::vector<Run> m_runs; // sorted by firstId and by index alike
    std::int64_t m_lastId = 0;
    std::int32_t m_count = 0;
};

} // namespace goodwill::analytics

#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

namespace goodwill::analytics {

// CapitalEngine's facts (capitalengine.cpp): daily series per group (department) with
// prefix sums, so a window's total is one subtraction.
class DailySeries
{
public:
    void reset(std::int32_t groups, std::int32_t firstDay, std::int32_t days)
    {
        m_first = firstDay;
        m_days = days;
        m_values.assign(size_t(groups) * size_t(days + 1), 0.0f);
    }
    void add(std::int32_t group, std::int32_t day, double value)
    {
        if (day >= m_first && day < m_first + m_days)
            m_values[size_t(group) * size_t(m_days + 1) + size_t(day - m_first + 1)] +=
                float(value);
    }
    void accumulate()
    {
        for (size_t start = 0; start < m_values.size(); start += size_t(m_days + 1)) {
            for (std::int32_t d = 1; d <= m_days; ++d)
                m_values[start + size_t(d)] += m_values[start + size_t(d - 1)];
        }
    }
    // Sum over days [first, last].
    double sum(std::int32_t group, std::int32_t first, std::int32_t last) const
    {
        const auto at = [&](std::int32_t day) {
            const std::int32_t clamped = std::clamp(day - m_first + 1, 0, m_days);
            return m_values[size_t(group) * size_t(m_days + 1) + size_t(clamped)];
        };
        return double(at(last)) - double(at(first - 1));
    }

private:
    std::int32_t m_first = 0;
    std::int32_t m_days = 0;
    // Floats: counts stay exact up to 16.7 million a department, tone sums within 0.01,
    // and eleven series of 200 departments over years halve to 12 MB.
    std::vector<float> m_values;
};

} // namespace goodwill::analytics

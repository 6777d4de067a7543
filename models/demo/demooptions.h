#pragma once

#include <QDate>

#include <cstdint>

namespace goodwill::demo {

struct DemoOptions
{
    int people = 1200;
    int months = 24;
    std::uint64_t seed = 42;
    // The last month of data. Fixed, not "now", so that a seed always gives the same file.
    QDate lastMonth = QDate(2026, 10, 1);

    QDate firstDay() const { return lastMonth.addMonths(1 - months); }
    QDate endDay() const { return lastMonth.addMonths(1); } // exclusive
    // The month (0-based from firstDay) from which the VP of Engineering answers staff.
    int responsiveFromMonth() const { return months / 2; }
    // The month in which Customer Support is reorganised and Customer Success split off.
    int reorganisationMonth() const { return months * 7 / 12; }
};

} // namespace goodwill::demo

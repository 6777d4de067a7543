#pragma once

#include "result.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <vector>

namespace goodwill::store {

class SqliteConnection;

// Activity in one calendar month (UTC), by kind. A recognition carried by a post or a
// reply is counted under its kind and again under recognitions.
struct MonthActivity
{
    QDate month; // first day of the month
    std::int64_t posts = 0;
    std::int64_t replies = 0;
    std::int64_t reactions = 0;
    std::int64_t recognitions = 0;
};

// What is in a database, at a glance: the first window shows it.
struct StoreSummary
{
    std::int64_t people = 0; // staff, leaders and guests (bots left out)
    std::int64_t leaders = 0;
    std::int64_t departments = 0;
    std::int64_t channels = 0;
    std::int64_t activities = 0;
    std::int64_t sources = 0;
    QDate firstDay;
    QDate lastDay;
    std::vector<MonthActivity> months; // consecutive, gaps filled with zeros

    static Result<StoreSummary> read(SqliteConnection &connection);
};

} // namespace goodwill::store

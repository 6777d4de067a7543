#pragma once

#include "activitydataset.h"
#include "activityscope.h"
#include "capitalengine.h"
#include "departmentcapital.h"
#include "leaderstats.h"

#include <QDate>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace goodwill::analytics {

// What the dashboard shows for one filter.
struct DashboardFilter
{
    QDate from; // invalid: from the first day of data
    QDate to;   // invalid: to the last day
    Granularity granularity = Granularity::Month;
    std::vector<std::int32_t> departments; // empty: all
    std::optional<std::int32_t> leader;    // a person index: that leader's row only
    ActivityScope scope;                   // channels and sources; empty: all

    bool operator==(const DashboardFilter &other) const = default;
};

// Immutable figures for one filter, computed off the GUI thread and shared read-only.
struct Snapshot
{
    DashboardFilter filter; // as asked
    QDate from;             // as resolved against the data
    QDate to;
    std::vector<LeaderStats> leaders;
    std::vector<DepartmentCapital> capital; // the selection first, then each department
};

class SnapshotBuilder
{
public:
    // `leaders` and `engine` must have been built for `filter.scope`. Empty when `cancel`
    // became true on the way.
    static std::shared_ptr<const Snapshot>
    build(const ActivityDataset &data, const LeaderFigures &leaders, const CapitalEngine &engine,
          const DashboardFilter &filter, const std::atomic<bool> *cancel = nullptr);
};

} // namespace goodwill::analytics

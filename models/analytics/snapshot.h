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

// What a snapshot is computed from. Kept alive with the snapshot, so that a view can ask
// for more detail (one leader's cadence, the messages behind a figure) over exactly the
// facts its figures came from. `leaders` and `engine` are built for the filter's scope.
struct SnapshotSources
{
    std::shared_ptr<const ActivityDataset> dataset;
    std::shared_ptr<const ModelSettings> settings;
    std::shared_ptr<const LeaderFigures> leaders;
    std::shared_ptr<const CapitalEngine> engine;
    // The analyser the dataset's tone was scored with (the model file's lexicons), for a
    // view that explains a message's score; null when the dataset was loaded without one.
    std::shared_ptr<const SentimentAnalyzer> tone;

    bool isComplete() const { return dataset && settings && leaders && engine; }
};

// Immutable figures for one filter, computed off the GUI thread and shared read-only.
struct Snapshot
{
    SnapshotSources sources; // set by the builder's SnapshotSources overload
    DashboardFilter filter;  // as asked
    QDate from;              // as resolved against the data
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
    // The same, keeping `sources` (which must be complete) in the snapshot.
    static std::shared_ptr<const Snapshot> build(const SnapshotSources &sources,
                                                 const DashboardFilter &filter,
                                                 const std::atomic<bool> *cancel = nullptr);
};

} // namespace goodwill::analytics

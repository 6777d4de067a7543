#include "snapshot.h"

namespace goodwill::analytics {
namespace {

// Fills `snapshot` for `filter`; false when `cancel` became true on the way.
bool fill(Snapshot &snapshot, const ActivityDataset &data, const LeaderFigures &leaders,
          const CapitalEngine &engine, const DashboardFilter &filter,
          const std::atomic<bool> *cancel)
{
    snapshot.filter = filter;
    snapshot.from = filter.from.isValid() ? filter.from : data.firstDay();
    snapshot.to = filter.to.isValid() ? filter.to : data.lastDay();
    if (!snapshot.from.isValid() || !snapshot.to.isValid() || snapshot.to < snapshot.from)
        return true; // no data in range: an empty snapshot, not an error
    snapshot.leaders = leaders.compute(snapshot.from, snapshot.to);
    if (filter.leader) {
        std::erase_if(snapshot.leaders,
                      [&](const LeaderStats &s) { return s.person != *filter.leader; });
    }
    if (cancel && cancel->load())
        return false;
    CapitalQuery query;
    query.from = snapshot.from;
    query.to = snapshot.to;
    query.granularity = filter.granularity;
    query.departments = filter.departments;
    snapshot.capital = engine.compute(query, cancel);
    return !(cancel && cancel->load());
}

} // namespace

std::shared_ptr<const Snapshot> SnapshotBuilder::build(const ActivityDataset &data,
                                                       const LeaderFigures &leaders,
                                                       const CapitalEngine &engine,
                                                       const DashboardFilter &filter,
                                                       const std::atomic<bool> *cancel)
{
    auto snapshot = std::make_shared<Snapshot>();
    if (!fill(*snapshot, data, leaders, engine, filter, cancel))
        return {};
    return snapshot;
}

std::shared_ptr<const Snapshot> SnapshotBuilder::build(const SnapshotSources &sources,
                                                       const DashboardFilter &filter,
                                                       const std::atomic<bool> *cancel)
{
    auto snapshot = std::make_shared<Snapshot>();
    if (!fill(*snapshot, *sources.dataset, *sources.leaders, *sources.engine, filter, cancel))
        return {};
    snapshot->sources = sources;
    return snapshot;
}

} // namespace goodwill::analytics

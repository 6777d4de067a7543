#include "snapshot.h"

namespace goodwill::analytics {

std::shared_ptr<const Snapshot> SnapshotBuilder::build(const ActivityDataset &data,
                                                       const LeaderFigures &leaders,
                                                       const CapitalEngine &engine,
                                                       const DashboardFilter &filter,
                                                       const std::atomic<bool> *cancel)
{
    auto snapshot = std::make_shared<Snapshot>();
    snapshot->filter = filter;
    snapshot->from = filter.from.isValid() ? filter.from : data.firstDay();
    snapshot->to = filter.to.isValid() ? filter.to : data.lastDay();
    if (!snapshot->from.isValid() || !snapshot->to.isValid() || snapshot->to < snapshot->from)
        return snapshot; // no data in range: an empty snapshot, not an error
    snapshot->leaders = leaders.compute(snapshot->from, snapshot->to);
    if (filter.leader) {
        std::erase_if(snapshot->leaders,
                      [&](const LeaderStats &s) { return s.person != *filter.leader; });
    }
    if (cancel && cancel->load())
        return {};
    CapitalQuery query;
    query.from = snapshot->from;
    query.to = snapshot->to;
    query.granularity = filter.granularity;
    query.departments = filter.departments;
    snapshot->capital = engine.compute(query, cancel);
    if (cancel && cancel->load())
        return {};
    return snapshot;
}

} // namespace goodwill::analytics

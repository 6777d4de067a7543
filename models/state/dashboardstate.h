#pragma once

#include "analytics/snapshot.h"

#include <boost/signals2/signal.hpp>

#include <memory>
#include <mutex>

namespace goodwill::state {

// The dashboard's filter, and the figures for it. Every change of filter (or of the data)
// starts one background job; a newer job cancels the older one and an older result
// arriving late is dropped. Events are Boost.Signals2 signals, emitted on the worker
// thread for snapshots: the UI adapts them onto the GUI thread with a queued call and
// holds scoped_connections.
class DashboardState
{
public:
    using Data = analytics::SnapshotSources;

    DashboardState();
    ~DashboardState(); // cancels and waits for the running job

    void setData(Data data);
    void setFilter(const analytics::DashboardFilter &filter);
    analytics::DashboardFilter filter() const;
    std::shared_ptr<const analytics::Snapshot> snapshot() const;
    // Blocks until no job runs (tests, shutdown).
    void waitForIdle();

    boost::signals2::signal<void(const analytics::DashboardFilter &)> filterChanged;
    boost::signals2::signal<void(std::uint64_t job)> computationStarted;
    boost::signals2::signal<void(std::shared_ptr<const analytics::Snapshot>)> snapshotReady;

private:
    void start();

    struct Job;
    struct Scoped
    {
        analytics::ActivityScope scope;
        Data data; // the figures built over that scope (and what they refer to)
    };
    // The engines for the job's scope: the unscoped ones, or (built on the job's thread and
    // kept for the next change) the scoped ones.
    Data enginesFor(const Data &data, const analytics::ActivityScope &scope);

    mutable std::mutex m_mutex;
    std::mutex m_delivery; // held while a snapshot is handed out
    std::shared_ptr<const Scoped> m_scoped;
    Data m_data;
    analytics::DashboardFilter m_filter;
    std::shared_ptr<const analytics::Snapshot> m_snapshot;
    std::uint64_t m_latestJob = 0;
    std::shared_ptr<Job> m_running;
    std::vector<std::shared_ptr<Job>> m_jobs;
};

} // namespace goodwill::state

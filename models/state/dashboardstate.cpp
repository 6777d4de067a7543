#include "dashboardstate.h"

#include <QFuture>
#include <QtConcurrent>

namespace goodwill::state {

struct DashboardState::Job
{
    std::uint64_t id = 0;
    std::atomic<bool> cancel{false};
    QFuture<void> future;
};

DashboardState::DashboardState() = default;

DashboardState::~DashboardState()
{
    {
        std::lock_guard lock(m_mutex);
        for (const auto &job : m_jobs)
            job->cancel = true;
    }
    waitForIdle();
}

void DashboardState::setData(Data data)
{
    {
        std::lock_guard lock(m_mutex);
        m_data = std::move(data);
    }
    start();
}

void DashboardState::setFilter(const analytics::DashboardFilter &filter)
{
    {
        std::lock_guard lock(m_mutex);
        if (filter == m_filter && m_snapshot)
            return;
        m_filter = filter;
    }
    filterChanged(filter);
    start();
}

analytics::DashboardFilter DashboardState::filter() const
{
    std::lock_guard lock(m_mutex);
    return m_filter;
}

std::shared_ptr<const analytics::Snapshot> DashboardState::snapshot() const
{
    std::lock_guard lock(m_mutex);
    return m_snapshot;
}

void DashboardState::waitForIdle()
{
    for (;;) {
        std::vector<std::shared_ptr<Job>> jobs;
        {
            std::lock_guard lock(m_mutex);
            jobs = m_jobs;
        }
        if (jobs.empty())
            return;
        for (const auto &job : jobs)
            job->future.waitForFinished();
        std::lock_guard lock(m_mutex);
        std::erase_if(m_jobs, [](const auto &job) { return job->future.isFinished(); });
    }
}

DashboardState::Data DashboardState::enginesFor(const Data &data,
                                                const analytics::ActivityScope &scope)
{
    if (scope.isAll())
        return data;
    {
        std::lock_guard lock(m_mutex);
        if (m_scoped && m_scoped->scope == scope && m_scoped->data.dataset == data.dataset)
            return m_scoped->data;
    }
    // Built outside the lock: seconds on millions of activities, and cancellable jobs
    // must not wait on each other.
    auto scoped = std::make_shared<Scoped>();
    scoped->scope = scope;
    scoped->data = data;
    scoped->data.leaders =
        std::make_shared<analytics::LeaderFigures>(*data.dataset, *data.settings, scope);
    scoped->data.engine =
        std::make_shared<analytics::CapitalEngine>(*data.dataset, *data.settings, scope);
    std::lock_guard lock(m_mutex);
    m_scoped = scoped;
    return scoped->data;
}

void DashboardState::start()
{
    auto job = std::make_shared<Job>();
    {
        std::lock_guard lock(m_mutex);
        if (!m_data.isComplete())
            return;
        for (const auto &older : m_jobs)
            older->cancel = true; // a newer question makes the older answer worthless
        std::erase_if(m_jobs, [](const auto &older) { return older->future.isFinished(); });
        job->id = ++m_latestJob;
        // Started under the lock, so that waitForIdle() never sees a job without its future.
        job->future = QtConcurrent::run([this, job, data = m_data, filter = m_filter] {
            const Data engines = enginesFor(data, filter.scope);
            if (job->cancel.load())
                return;
            auto snapshot = analytics::SnapshotBuilder::build(engines, filter, &job->cancel);
            // Deliveries one at a time, each checked while it holds the turn: an older
            // result can never arrive after a newer one.
            std::lock_guard delivery(m_delivery);
            {
                std::lock_guard lock(m_mutex);
                if (!snapshot || job->id != m_latestJob)
                    return; // cancelled, or stale: a newer job is on its way
                m_snapshot = snapshot;
            }
            snapshotReady(snapshot);
        });
        m_jobs.push_back(job);
    }
    computationStarted(job->id);
}

} // namespace goodwill::state

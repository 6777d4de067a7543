#include "analytics/sentimentanalyzer.h"
#include "state/dashboardstate.h"
#include "store/database.h"
#include "testdatabase.h"

#include <QTest>

#include <mutex>

using namespace goodwill;
using namespace goodwill::analytics;

class TestDashboardState : public QObject
{
    Q_OBJECT

private:
    state::DashboardState::Data m_data;

private Q_SLOTS:
    void initTestCase()
    {
        auto db = store::Database::open(testing::sharedDemo(300, 12, 5),
                                        store::Database::Access::ReadOnly);
        QVERIFY(db);
        auto settings = std::make_shared<ModelSettings>(ModelFile::defaults());
        auto data = ActivityDataset::load((*db)->connection(), *settings);
        QVERIFY(data);
        m_data.settings = settings;
        m_data.dataset = std::make_shared<ActivityDataset>(std::move(data).value());
        m_data.engine = std::make_shared<CapitalEngine>(*m_data.dataset, *settings);
        m_data.leaders = std::make_shared<LeaderFigures>(*m_data.dataset, *settings);
    }

    void computesTheSnapshotOfTheFilter()
    {
        state::DashboardState dashboard;
        std::mutex mutex;
        std::vector<std::shared_ptr<const Snapshot>> delivered;
        boost::signals2::scoped_connection connection =
            dashboard.snapshotReady.connect([&](std::shared_ptr<const Snapshot> s) {
                std::lock_guard lock(mutex);
                delivered.push_back(s);
            });
        DashboardFilter filter;
        filter.from = QDate(2026, 1, 1);
        filter.to = QDate(2026, 6, 30);
        filter.departments = {1, 4};
        dashboard.setData(m_data);
        dashboard.setFilter(filter);
        dashboard.waitForIdle();
        std::lock_guard lock(mutex);
        QVERIFY(!delivered.empty());
        const auto &snapshot = delivered.back();
        QVERIFY(snapshot->filter == filter);
        QCOMPARE(snapshot->capital.size(), size_t(3)); // the selection, then the two departments
        QCOMPARE(snapshot->capital[1].name, m_data.dataset->departments()[1]);
        QCOMPARE(snapshot->capital[1].trend.size(), size_t(6));
        // The same figures as computing directly.
        const auto direct =
            SnapshotBuilder::build(*m_data.dataset, *m_data.leaders, *m_data.engine, filter);
        QCOMPARE(snapshot->capital[2].latest().eci, direct->capital[2].latest().eci);
        QCOMPARE(snapshot->leaders.size(), direct->leaders.size());
        QCOMPARE(dashboard.snapshot(), snapshot);
    }

    void staleResultsAreDropped()
    {
        // Six filters in a row. A job may finish before the next filter arrives (then its
        // answer was current and is delivered), but an older answer never arrives after a
        // newer one, and the last filter's answer is the one that stays.
        state::DashboardState dashboard;
        std::mutex mutex;
        std::vector<DashboardFilter> delivered;
        std::vector<std::uint64_t> started;
        boost::signals2::scoped_connection a =
            dashboard.snapshotReady.connect([&](std::shared_ptr<const Snapshot> s) {
                std::lock_guard lock(mutex);
                delivered.push_back(s->filter);
            });
        boost::signals2::scoped_connection b = dashboard.computationStarted.connect(
            [&](std::uint64_t job) { started.push_back(job); });
        dashboard.setData(m_data);
        DashboardFilter filter;
        for (int month = 1; month <= 6; ++month) {
            filter.to = QDate(2026, month, 28);
            dashboard.setFilter(filter);
        }
        dashboard.waitForIdle();
        QCOMPARE(started.size(), size_t(7)); // the data, then six filters
        std::lock_guard lock(mutex);
        QVERIFY(!delivered.empty());
        QVERIFY(delivered.back() == filter);
        for (size_t i = 1; i < delivered.size(); ++i) {
            const QDate before =
                delivered[i - 1].to.isValid() ? delivered[i - 1].to : QDate(1, 1, 1);
            QVERIFY2(before < delivered[i].to, qPrintable(delivered[i].to.toString(Qt::ISODate)));
        }
        QVERIFY(dashboard.snapshot()->filter == filter);
    }

    void channelFiltersRebuildTheFigures()
    {
        state::DashboardState dashboard;
        dashboard.setData(m_data);
        DashboardFilter all;
        all.from = QDate(2026, 1, 1);
        all.to = QDate(2026, 6, 30);
        dashboard.setFilter(all);
        dashboard.waitForIdle();
        const auto everything = dashboard.snapshot();
        DashboardFilter social = all;
        for (std::int32_t c = 0; c < std::int32_t(m_data.dataset->channels().size()); ++c) {
            if (m_data.dataset->channels()[size_t(c)].kind == store::ChannelKind::Social)
                social.scope.channels.push_back(c);
        }
        QVERIFY(!social.scope.channels.empty());
        dashboard.setFilter(social);
        dashboard.waitForIdle();
        const auto chatter = dashboard.snapshot();
        QVERIFY(chatter->filter == social);
        // In social channels alone fewer people take part, and leaders post less.
        const auto t1 = [](const Snapshot &s) {
            return s.capital.front().latest().signal(QStringLiteral("T1"))->raw.value_or(-1);
        };
        QVERIFY(t1(*chatter) < t1(*everything));
        int postsAll = 0, postsSocial = 0;
        for (const LeaderStats &l : everything->leaders)
            postsAll += l.posts;
        for (const LeaderStats &l : chatter->leaders)
            postsSocial += l.posts;
        QVERIFY(postsSocial < postsAll);
    }

    void leavingWhileComputingIsSafe()
    {
        auto dashboard = std::make_unique<state::DashboardState>();
        dashboard->setData(m_data);
        dashboard->setFilter(DashboardFilter{});
        // Cancels and waits: a job touching the destroyed state would fail under the asan
        // preset, which CI runs.
        dashboard.reset();
    }
};

QTEST_GUILESS_MAIN(TestDashboardState)
#include "tst_dashboardstate.moc"

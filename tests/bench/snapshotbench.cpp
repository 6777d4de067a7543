// Snapshot benchmark: loads a demo database, times full dashboard snapshots for three
// filters and the same kind of figures computed by GROUP BY queries on the raw tables.
// Run through ./dev bench only (tests/bench/run); prints a table, asserts nothing.
#include "analytics/activitydataset.h"
#include "analytics/capitalengine.h"
#include "analytics/leaderstats.h"
#include "analytics/sentimentanalyzer.h"
#include "analytics/snapshot.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace goodwill;
using namespace goodwill::analytics;

namespace {

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

struct Timing
{
    double median = 0;
    double p95 = 0;
};

template <typename Work> Timing time(int runs, Work work)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms[std::min(ms.size() - 1, size_t(double(ms.size()) * 0.95))]};
}

// The baseline: leader posts and replies per leader, and each department's participation
// (distinct active staff in the 90-day window) at each period end, by GROUP BY on the raw
// tables. Two of the snapshot's ~30 figures per entry: the comparison favours the baseline.
void groupByBaseline(store::SqliteConnection &db, QDate from, QDate to,
                     const std::vector<QDate> &ends, std::int64_t department)
{
    const std::string range = " BETWEEN strftime('%s', '" +
                              from.toString(Qt::ISODate).toStdString() + "') AND strftime('%s', '" +
                              to.addDays(1).toString(Qt::ISODate).toStdString() + "') - 1";
    auto leaders = db.prepare("SELECT a.author_id, sum(a.kind = 'post'), sum(a.kind = 'reply') "
                              "FROM activities a JOIN people p ON p.id = a.author_id "
                              "WHERE p.role = 'leader' AND a.at" +
                              range + " GROUP BY a.author_id");
    while (leaders && leaders->step() == store::SqliteStatement::Step::Row) {
    }
    for (const QDate &end : ends) {
        const std::string t = end.toString(Qt::ISODate).toStdString();
        std::string sql = "SELECT r.department_id, count(DISTINCT a.author_id) FROM activities a "
                          "JOIN people p ON p.id = a.author_id AND p.role = 'staff' "
                          "JOIN roster r ON r.person_id = a.author_id AND r.valid_from <= '" +
                          t + "' AND (r.valid_to IS NULL OR r.valid_to > '" + t +
                          "') "
                          "WHERE a.at BETWEEN strftime('%s', '" +
                          t + "', '-89 days') AND strftime('%s', '" + t + "', '+1 day') - 1";
        if (department > 0)
            sql += " AND r.department_id = " + std::to_string(department);
        sql += " GROUP BY r.department_id";
        auto rows = db.prepare(sql);
        while (rows && rows->step() == store::SqliteStatement::Step::Row) {
        }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: goodwill_bench_snapshot DATABASE [runs]\n");
        return 2;
    }
    const int runs = argc > 2 ? std::atoi(argv[2]) : 11;
    auto database =
        store::Database::open(QString::fromLocal8Bit(argv[1]), store::Database::Access::ReadOnly);
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error().message));
        return 1;
    }
    QElapsedTimer load;
    load.start();
    const ModelSettings settings = ModelFile::defaults();
    auto lexicon = SentimentLexicon::englishWorkplace();
    const SentimentAnalyzer tone(std::move(lexicon).value());
    auto data = ActivityDataset::load((*database)->connection(), settings, &tone);
    if (!data) {
        std::fprintf(stderr, "%s\n", qPrintable(data.error().message));
        return 1;
    }
    const double afterLoad = peakMegabytes();
    const LeaderFigures leaders(*data, settings);
    const double afterLeaders = peakMegabytes();
    const CapitalEngine engine(*data, settings);
    const double afterEngine = peakMegabytes();
    const double loadSeconds = double(load.nsecsElapsed()) / 1e9;

    const QDate first = data->firstDay();
    const QDate last = data->lastDay();
    const QDate quarterStart(last.year(), ((last.month() - 1) / 3) * 3 + 1, 1);
    struct Case
    {
        const char *name;
        DashboardFilter filter;
    };
    DashboardFilter everything;
    everything.from = first;
    everything.to = last;
    DashboardFilter oneDepartment = everything;
    oneDepartment.departments = {1};
    DashboardFilter oneQuarter;
    oneQuarter.from = quarterStart.addMonths(-3);
    oneQuarter.to = quarterStart.addDays(-1);
    const Case cases[] = {
        {"everything", everything}, {"one department", oneDepartment}, {"one quarter", oneQuarter}};

    std::printf("  %zu activities, %zu people, %zu departments, %s to %s\n",
                data->activities().size(), data->people().size(), data->departments().size(),
                qPrintable(first.toString(Qt::ISODate)), qPrintable(last.toString(Qt::ISODate)));
    std::printf("  load (dataset, leader figures, capital engine): %.1f s; peak memory after each: "
                "%.0f, %.0f, %.0f MB\n",
                loadSeconds, afterLoad, afterLeaders, afterEngine);
    std::printf("  %-16s %12s %12s %16s %8s\n", "filter", "median ms", "p95 ms", "GROUP BY ms",
                "ratio");
    for (const Case &c : cases) {
        const Timing snapshot = time(runs, [&] {
            auto s = SnapshotBuilder::build(*data, leaders, engine, c.filter);
            if (!s)
                std::abort();
        });
        const auto ends =
            CapitalEngine::periodEnds(c.filter.from, c.filter.to, c.filter.granularity);
        const std::int64_t department =
            c.filter.departments.empty() ? 0 : std::int64_t(c.filter.departments.front()) + 1;
        const Timing baseline = time(1, [&] {
            groupByBaseline((*database)->connection(), c.filter.from, c.filter.to, ends,
                            department);
        });
        const Timing leaderPart = time(runs, [&] {
            leaders.compute(c.filter.from.isValid() ? c.filter.from : first,
                            c.filter.to.isValid() ? c.filter.to : last);
        });
        std::printf("  %-16s %12.1f %12.1f %16.0f %7.0fx   (leader figures %.1f ms of it)\n",
                    c.name, snapshot.median, snapshot.p95, baseline.median,
                    baseline.median / snapshot.median, leaderPart.median);
    }
    std::printf(
        "  peak memory: %.0f MB (target <= 400 MB); targets: median <= 100 ms, >= 20x GROUP BY\n",
        peakMegabytes());
    return 0;
}

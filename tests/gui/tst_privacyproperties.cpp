#include "../unit/privacychecks.h"
#include "../unit/privacyoracle.h"
#include "analytics/leaderengagement.h"
#include "analytics/recognitionfacts.h"
#include "analytics/snapshot.h"
#include "analytics/townhallbrief.h"
#include "items/bestpostsmodel.h"
#include "items/capitalmoversmodel.h"
#include "report/engagementreport.h"
#include "report/townhallreport.h"
#include "state/sourcesloader.h"
#include "store/database.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <memory>
#include <numeric>
#include <random>

using namespace goodwill;
using namespace goodwill::analytics;
using testing::PrivacyChecks;

#if defined(__SANITIZE_ADDRESS__)
#define GOODWILL_PRIVACY_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define GOODWILL_PRIVACY_ASAN 1
#endif
#endif

namespace {

// The model settings and scope a set of filters runs with: the engines are built for them.
struct Context
{
    int k = 5;
    int kText = 10;
    ActivityScope scope;
    SnapshotSources sources;
};

// One table of a report: its header and its rows, as printed.
struct PrintedTable
{
    QStringList header;
    QList<QStringList> rows;
};

QList<PrintedTable> printedTables(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    QList<PrintedTable> tables;
    for (QTextFrame *frame : document.rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        PrintedTable printed;
        for (int row = 0; row < table->rows(); ++row) {
            QStringList cells;
            for (int column = 0; column < table->columns(); ++column) {
                const QTextTableCell cell = table->cellAt(row, column);
                QTextCursor cursor = cell.firstCursorPosition();
                cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
                cells << cursor.selectedText();
            }
            if (row == 0)
                printed.header = cells;
            else
                printed.rows << cells;
        }
        tables << printed;
    }
    return tables;
}

QStringList headerOf(const QAbstractItemModel &model)
{
    QStringList header;
    for (int column = 0; column < model.columnCount(); ++column)
        header << model.headerData(column, Qt::Horizontal).toString();
    return header;
}

int environmentInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

} // namespace

// Privacy properties (issue 8; docs/testing.md, "Privacy properties"): over many random
// filters on the demo database, nothing any page, export, drill-down or report shows is
// derived from fewer than k staff (k_text distinct authors for tone and themes), and no
// hidden value can be worked out from a total and the values shown beside it. Every
// figure is checked against PrivacyOracle's counts, taken straight from the roster and
// the raw activities.
class TestPrivacyProperties : public QObject
{
    Q_OBJECT

private:
    QString m_path;
    SnapshotSources m_base; // as the dashboard loads the demo (default model file)
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<testing::PrivacyOracle> m_oracle;
    std::vector<std::unique_ptr<Context>> m_contexts;
    std::vector<std::int32_t> m_leaders;

    Context &context(int k, int kText, const ActivityScope &scope)
    {
        for (auto &known : m_contexts) {
            if (known->k == k && known->kText == kText && known->scope == scope)
                return *known;
        }
        auto made = std::make_unique<Context>();
        made->k = k;
        made->kText = kText;
        made->scope = scope;
        auto settings = std::make_shared<ModelSettings>(*m_base.settings);
        settings->k = k;
        settings->kText = kText;
        made->sources.dataset = m_base.dataset;
        made->sources.settings = settings;
        made->sources.leaders =
            std::make_shared<const LeaderFigures>(*m_base.dataset, *settings, scope);
        made->sources.engine =
            std::make_shared<const CapitalEngine>(*m_base.dataset, *settings, scope);
        m_contexts.push_back(std::move(made));
        return *m_contexts.back();
    }

    QString describe(const Context &context, const DashboardFilter &filter) const
    {
        const auto &data = *m_base.dataset;
        QStringList departments;
        for (std::int32_t d : filter.departments)
            departments << data.departments()[size_t(d)];
        QStringList channels;
        for (std::int32_t c : context.scope.channels)
            channels << data.channels()[size_t(c)].name;
        const char *granularity[] = {"week", "month", "quarter"};
        return QStringLiteral("k %1, k_text %2, channels [%3], %4 sources; "
                              "%5 .. %6 by %7; departments [%8]; leader %9")
            .arg(context.k)
            .arg(context.kText)
            .arg(channels.join(QStringLiteral(", ")))
            .arg(context.scope.sources.size())
            .arg(filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate),
                 QLatin1StringView(granularity[int(filter.granularity)]),
                 departments.join(QStringLiteral(", ")))
            .arg(filter.leader ? data.people()[size_t(*filter.leader)].name : QStringLiteral("-"));
    }

    // Every check of PrivacyChecks on one filter; the reports too when `reports`.
    void check(Context &context, const DashboardFilter &filter, PrivacyChecks &checks,
               std::mt19937 &random, bool reports, const QString &label)
    {
        const auto snapshot = SnapshotBuilder::build(context.sources, filter);
        QVERIFY(snapshot);
        checks.setSnapshot(snapshot, label + QStringLiteral(": ") + describe(context, filter));
        if (snapshot->capital.empty())
            return;
        checks.engineCapital();
        checks.engineSubtraction();
        checks.departmentModels(random);
        checks.evidence(random, 3);
        checks.recognition(RecognitionFacts::compute(*snapshot));
        const auto brief = TownHallBrief::compute(*snapshot, &m_db->connection());
        QVERIFY(brief);
        checks.townHall(brief);
        std::optional<LeaderEngagement> engagement;
        if (!snapshot->leaders.empty()) {
            const auto &leader = snapshot->leaders[std::uniform_int_distribution<size_t>(
                0, snapshot->leaders.size() - 1)(random)];
            engagement = LeaderEngagement::compute(*snapshot, leader.person);
            QVERIFY(engagement);
            checks.engagement(*engagement);
        }
        if (!reports)
            return;
        const std::int32_t to = ActivityDataset::dayOf(snapshot->to);
        const QStringList moversHeader = headerOf(items::CapitalMoversModel());
        const auto town = ui::report::TownHallReport::build(brief, {});
        for (const PrintedTable &table : printedTables(town.html())) {
            std::vector<std::int32_t> days{to};
            if (table.header == moversHeader && brief->movers.before.isValid())
                days.push_back(ActivityDataset::dayOf(brief->movers.before));
            checks.reportTable(table.header, table.rows, days);
        }
        if (engagement) {
            const QString tone = items::BestPostsModel()
                                     .headerData(items::BestPostsModel::Tone, Qt::Horizontal)
                                     .toString();
            std::vector<std::int32_t> posts;
            for (const BestPost &post : engagement->bestPosts)
                posts.push_back(post.activity);
            const auto report = ui::report::EngagementReport::build(*snapshot, *engagement, {});
            for (const PrintedTable &table : printedTables(report.html()))
                checks.reportTable(table.header, table.rows, {to},
                                   table.header.contains(tone) ? tone : QString(), posts);
        }
    }

    static void verifyClean(const PrivacyChecks &checks)
    {
        for (const QString &violation : checks.violations())
            qWarning("%s", qPrintable(violation));
        QVERIFY2(checks.violationCount() == 0,
                 qPrintable(QStringLiteral("%1 privacy violations (the first %2 above)")
                                .arg(checks.violationCount())
                                .arg(checks.violations().size())));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = testing::sharedDemo();
        QVERIFY(!m_path.isEmpty());
        auto loaded = state::SourcesLoader::load(m_path, store::Database::Access::ReadOnly, {});
        QVERIFY2(loaded.error.isEmpty(), qPrintable(loaded.error));
        m_base = loaded.sources;
        auto db = store::Database::open(m_path, store::Database::Access::ReadOnly);
        QVERIFY(db);
        m_db = std::move(db).value();
        m_oracle = std::make_unique<testing::PrivacyOracle>(m_db->connection(), *m_base.dataset);
        QVERIFY(m_oracle->isValid());
        for (std::int32_t p = 0; p < std::int32_t(m_base.dataset->people().size()); ++p) {
            if (m_base.dataset->isLeader(p))
                m_leaders.push_back(p);
        }
        QVERIFY(!m_leaders.empty());
    }

    // The oracle itself: on the default settings over the whole data it agrees with the
    // engine's headcounts (checked in engineCapital), and some departments are small enough
    // for the properties to bite at the k values drawn below.
    void oracleSeesSmallDepartments()
    {
        const auto &data = *m_base.dataset;
        const std::int32_t last = ActivityDataset::dayOf(data.lastDay());
        const std::vector<int> &staff = m_oracle->staffOn(last);
        int small = 0;
        for (int n : staff)
            small += n > 0 && n <= 12;
        QVERIFY2(small >= 1, "no department of at most 12 staff: k in 3..12 would never bite");
        // Customer Success did not exist before 2026 (docs/demo.md): no staff then.
        const auto cs = std::find(data.departments().begin(), data.departments().end(),
                                  QStringLiteral("Customer Success"));
        QVERIFY(cs != data.departments().end());
        QCOMPARE(m_oracle->staffOn(ActivityDataset::dayOf(
                     QDate(2025, 12, 31)))[size_t(cs - data.departments().begin())],
                 0);
        PrivacyChecks checks(*m_oracle);
        std::mt19937 random(1);
        DashboardFilter filter;
        check(context(5, 10, {}), filter, checks, random, false,
              QStringLiteral("default settings"));
        verifyClean(checks);
        QVERIFY(checks.tally().points > 100);
    }

    // Leaks the random filters found, each kept as a fixed case (docs/testing.md, "Privacy
    // properties"). The k values are worked out from the roster, so that the small
    // department is just under k.
    void regressions()
    {
        const auto &data = *m_base.dataset;
        const auto indexOf = [&](const char *name) {
            const auto &names = data.departments();
            return std::int32_t(std::find(names.begin(), names.end(), QLatin1StringView(name)) -
                                names.begin());
        };
        const std::int32_t exec = indexOf("Executive Office");
        const std::int32_t success = indexOf("Customer Success");
        const auto day = [](QDate date) { return ActivityDataset::dayOf(date); };
        const auto pointOf = [](const Snapshot &snapshot, std::int32_t department, QDate end) {
            for (const DepartmentCapital &capital : snapshot.capital) {
                for (const CapitalPoint &point : capital.trend) {
                    if (capital.department == department && point.end == end)
                        return point;
                }
            }
            return CapitalPoint();
        };
        PrivacyChecks checks(*m_oracle);
        std::mt19937 random(2);

        // 1. Over the old parent limit (1,200 staff against 400) nothing was hidden besides
        // the Executive Office, so the organisation minus the others gave its staff and
        // counts. Now the organisation leaves it out. The Recognition page's totals counted
        // the recognitions naming only its people, the total minus what the departments
        // shown received: now they are left out too.
        const QDate october(2026, 10, 31);
        const int execStaff = m_oracle->staffOn(day(october))[size_t(exec)];
        DashboardFilter filter; // the whole data, by month
        Context &overLimit = context(execStaff + 1, 10, {});
        check(overLimit, filter, checks, random, true, QStringLiteral("regression 1"));
        auto snapshot = SnapshotBuilder::build(overLimit.sources, filter);
        const CapitalPoint whole = pointOf(*snapshot, -1, october);
        QVERIFY(pointOf(*snapshot, exec, october).suppressed);
        QCOMPARE(whole.leftOut, std::vector<std::int32_t>{exec});
        QCOMPARE(*whole.headcount, m_oracle->staff({}, day(october)) - execStaff);

        // 2. Under the old limit (complementary suppression), Customer Success (no staff
        // before 2026) counted as the second hidden department, so no other was hidden and
        // the Executive Office was the total minus the rest. Now only the Executive Office is
        // hidden (Customer Success, with no one, is hidden and changes nothing) and the total
        // leaves it out: it is the oracle's staff of the others.
        const QDate august(2025, 8, 31);
        filter.from = QDate(2025, 8, 1);
        filter.to = august;
        Context &emptySibling = context(m_oracle->staffOn(day(august))[size_t(exec)] + 1, 10, {});
        check(emptySibling, filter, checks, random, false, QStringLiteral("regression 2"));
        snapshot = SnapshotBuilder::build(emptySibling.sources, filter);
        int hidden = 0;
        for (const DepartmentCapital &capital : snapshot->capital)
            hidden += capital.department >= 0 && capital.latest().suppressed;
        QVERIFY(pointOf(*snapshot, success, august).suppressed);
        QVERIFY(pointOf(*snapshot, exec, august).suppressed);
        QCOMPARE(hidden, 2); // no second department hidden any more
        QCOMPARE(pointOf(*snapshot, -1, august).leftOut, std::vector<std::int32_t>{exec});
        QCOMPARE(*pointOf(*snapshot, -1, august).headcount,
                 m_oracle->staff({}, day(august)) - m_oracle->staffOn(day(august))[size_t(exec)]);

        // 3. At the default settings the Executive Office's tone is hidden (fewer than 10
        // authors) and the organisation's was the mean over every message: with the message
        // counts (F3's denominators) the hidden tone came back. Now the total's tone leaves
        // it out. (oracleSeesSmallDepartments checks the whole data at these settings.)
        filter = {};
        Context &defaults = context(5, 10, {});
        snapshot = SnapshotBuilder::build(defaults.sources, filter);
        const QDate april(2026, 4, 30);
        const CapitalPoint execPoint = pointOf(*snapshot, exec, april); // kept: signal() points in
        const auto *execTone = execPoint.signal(QStringLiteral("T4"));
        QVERIFY(execTone && execTone->suppressed);
        const CapitalPoint org = pointOf(*snapshot, -1, april);
        QVERIFY(std::find(org.toneLeftOut.begin(), org.toneLeftOut.end(), exec) !=
                org.toneLeftOut.end());
        double shownMessages = 0;
        for (const DepartmentCapital &capital : snapshot->capital) {
            if (capital.department < 0)
                continue;
            const CapitalPoint point = pointOf(*snapshot, capital.department, april);
            const auto *tone = point.signal(QStringLiteral("T4"));
            if (tone && !tone->suppressed)
                shownMessages += tone->denominator;
        }
        QCOMPARE(org.signal(QStringLiteral("T4"))->denominator, shownMessages);

        // 4. Customer Success on its first Sunday (4 January 2026): its staff had written
        // before, as Customer Support, but its tone is over the messages written in it, by
        // fewer people. Counting the staff who wrote anywhere let that tone through.
        const QDate sunday(2026, 1, 4);
        const auto written = m_oracle->writing({}, {success}, day(sunday) - 89, day(sunday));
        const int staffWhoWrote = m_oracle->writersAmong({}, success, day(sunday));
        QVERIFY2(written.authors < staffWhoWrote,
                 qPrintable(QStringLiteral("%1 authors, %2 staff who wrote")
                                .arg(written.authors)
                                .arg(staffWhoWrote)));
        filter.from = QDate(2025, 12, 29);
        filter.to = sunday;
        filter.granularity = Granularity::Week;
        Context &newDepartment = context(5, written.authors + 1, {});
        check(newDepartment, filter, checks, random, false, QStringLiteral("regression 4"));
        snapshot = SnapshotBuilder::build(newDepartment.sources, filter);
        QVERIFY(!pointOf(*snapshot, success, sunday).suppressed);
        QVERIFY(pointOf(*snapshot, success, sunday).signal(QStringLiteral("T4"))->suppressed);
        verifyClean(checks);
        QVERIFY(checks.tally().recognitionsLeftOut > 0); // case 1 met such recognitions
    }

    // Across selections (docs/testing.md, "Privacy properties"): for random pairs of
    // selections S2 ⊂ S1 under the same filter, total(S1) − total(S2) is exactly the shown
    // departments of S1∖S2. Under complementary suppression {A, X} showed A + X with A and X
    // hidden, and {A} showed A: X came back.
    void crossSelections()
    {
        const auto &data = *m_base.dataset;
        const std::uint32_t seed =
            std::uint32_t(environmentInt("GOODWILL_PRIVACY_SEED", 20261125)) + 1;
#ifdef GOODWILL_PRIVACY_ASAN
        const int pairs = 60;
#else
        const int pairs = 300;
#endif
        std::mt19937 random(seed);
        const auto uniform = [&](int low, int high) {
            return std::uniform_int_distribution<int>(low, high)(random);
        };
        const std::int32_t departments = std::int32_t(data.departments().size());
        const QDate first = data.firstDay();
        const QDate last = data.lastDay();
        const int span = int(first.daysTo(last));
        PrivacyChecks checks(*m_oracle);
        for (int i = 0; i < pairs; ++i) {
            ActivityScope scope;
            if (uniform(0, 4) == 0)
                scope.channels = {std::int32_t(uniform(0, int(data.channels().size()) - 1))};
            Context &context = this->context(uniform(3, 12), 10, scope);
            CapitalQuery larger;
            larger.to = first.addDays(uniform(0, span));
            larger.from = std::max(first, larger.to.addDays(-uniform(0, 240)));
            larger.granularity = Granularity(uniform(0, 2));
            // S1: two to six departments; S2: a non-empty proper subset of it.
            std::vector<std::int32_t> all(static_cast<size_t>(departments));
            std::iota(all.begin(), all.end(), 0);
            std::shuffle(all.begin(), all.end(), random);
            const int size1 = uniform(2, std::min(6, int(departments)));
            larger.departments.assign(all.begin(), all.begin() + size1);
            CapitalQuery smaller = larger;
            smaller.departments.assign(all.begin(), all.begin() + uniform(1, size1 - 1));
            std::sort(larger.departments.begin(), larger.departments.end());
            std::sort(smaller.departments.begin(), smaller.departments.end());
            QStringList names1, names2;
            for (std::int32_t d : larger.departments)
                names1 << data.departments()[size_t(d)];
            for (std::int32_t d : smaller.departments)
                names2 << data.departments()[size_t(d)];
            checks.selectionDifference(
                context.sources.engine->compute(larger), context.sources.engine->compute(smaller),
                scope, context.k, context.sources.settings->windowDays,
                QStringLiteral("pair %1 of seed %2: k %3, %4 channels, %5 .. %6; [%7] against [%8]")
                    .arg(i)
                    .arg(seed)
                    .arg(context.k)
                    .arg(scope.channels.size())
                    .arg(larger.from.toString(Qt::ISODate), larger.to.toString(Qt::ISODate),
                         names1.join(QStringLiteral(", ")), names2.join(QStringLiteral(", "))));
        }
        const auto &t = checks.tally();
        qInfo("privacy properties: %d pairs of selections, %d period ends compared (%d with a "
              "hidden department between them)",
              pairs, t.pairs, t.pairsWithHidden);
        verifyClean(checks);
        QVERIFY(t.pairs > pairs);
        QVERIFY(t.pairsWithHidden > 0);
    }

    void randomFilters()
    {
        const auto &data = *m_base.dataset;
        const std::uint32_t seed = std::uint32_t(environmentInt("GOODWILL_PRIVACY_SEED", 20261125));
#ifdef GOODWILL_PRIVACY_ASAN
        const int defaultFilters = 40;
#else
        const int defaultFilters = 240;
#endif
        const int filters = environmentInt("GOODWILL_PRIVACY_FILTERS", defaultFilters);
        qInfo("privacy properties: seed %u (GOODWILL_PRIVACY_SEED), %d filters "
              "(GOODWILL_PRIVACY_FILTERS)",
              seed, filters);
        std::mt19937 random(seed);
        const auto uniform = [&](int low, int high) {
            return std::uniform_int_distribution<int>(low, high)(random);
        };
        const auto chance = [&](double p) { return std::bernoulli_distribution(p)(random); };

        // A small pool of model settings and scopes (the engines are built once for each).
        std::vector<Context *> pool;
        const int poolSize = std::max(4, filters / 25);
        for (int i = 0; i < poolSize; ++i) {
            ActivityScope scope;
            if (chance(0.2)) {
                scope.sources = {0};
            } else if (chance(0.4)) {
                for (std::int32_t c = 0; c < std::int32_t(data.channels().size()); ++c) {
                    if (chance(0.5))
                        scope.channels.push_back(c);
                }
                if (scope.channels.empty())
                    scope.channels.push_back(0);
            }
            pool.push_back(&context(uniform(3, 12), uniform(3, 15), scope));
        }

        PrivacyChecks checks(*m_oracle);
        const QDate first = data.firstDay();
        const QDate last = data.lastDay();
        const int span = int(first.daysTo(last));
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < filters; ++i) {
            Context &context = *pool[size_t(uniform(0, int(pool.size()) - 1))];
            DashboardFilter filter;
            if (!chance(0.08)) {
                const int roll = uniform(0, 9);
                const int length = roll < 4   ? uniform(1, 14)
                                   : roll < 7 ? uniform(15, 120)
                                              : uniform(121, span + 1);
                filter.from = first.addDays(uniform(-20, span));
                filter.to = std::min(last, filter.from.addDays(length - 1));
                if (filter.to < filter.from)
                    filter.to = filter.from;
            }
            filter.granularity = Granularity(uniform(0, 2));
            if (chance(0.55)) {
                for (std::int32_t d = 0; d < std::int32_t(data.departments().size()); ++d) {
                    if (chance(0.4))
                        filter.departments.push_back(d);
                }
            }
            if (chance(0.15))
                filter.leader = m_leaders[size_t(uniform(0, int(m_leaders.size()) - 1))];
            check(context, filter, checks, random, i % 20 == 0,
                  QStringLiteral("filter %1 of seed %2").arg(i).arg(seed));
            if (QTest::currentTestFailed())
                return;
        }
        const auto &t = checks.tally();
        qInfo("privacy properties: %d filters in %.1f s over %zu settings and scopes: %d capital "
              "points (%d hidden), %d totals taken apart (%d with hidden departments), %d model "
              "cells, %d CSV cells, %d drill-downs, %d report rows, %d other groups",
              filters, double(timer.elapsed()) / 1000.0, pool.size(), t.points, t.hidden, t.totals,
              t.totalsWithHidden, t.cells, t.csvCells, t.evidence, t.reportRows, t.other);
        verifyClean(checks);
        // The run must have met the cases the properties are about.
        QVERIFY(t.hidden > 0);
        QVERIFY(t.totalsWithHidden > 0);
    }
};

QTEST_MAIN(TestPrivacyProperties)
#include "tst_privacyproperties.moc"

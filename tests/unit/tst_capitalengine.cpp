#include "analytics/activitydataset.h"
#include "analytics/capitalengine.h"
#include "analytics/sentimentanalyzer.h"
#include "capitalfixture.h"
#include "store/database.h"
#include "testdatabase.h"

#include <QTest>

#include <cmath>

using namespace goodwill;
using namespace goodwill::analytics;

// Department capital on a fixture small enough to work out by hand. Settings: a 28-day
// window, k = 3, k_text = 2, nothing thin; everything else as shipped.
class TestCapitalEngine : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<store::Database> m_db;
    ModelSettings m_settings;
    std::optional<ActivityDataset> m_data;

    // Sales alone, on 28 March 2025, as an engine built with these settings sees it.
    CapitalPoint salesOn28March(const ModelSettings &settings, const ActivityScope &scope = {})
    {
        CapitalEngine engine(*m_data, settings, scope);
        CapitalQuery query;
        query.from = query.to = QDate(2025, 3, 28);
        query.departments = {0};
        query.includeOrganisation = false;
        return engine.compute(query).front().latest();
    }

    static void near(std::optional<double> actual, double expected, const char *what)
    {
        QVERIFY2(actual.has_value(), what);
        QVERIFY2(std::abs(*actual - expected) < 0.01,
                 qPrintable(QStringLiteral("%1: %2, expected %3")
                                .arg(QLatin1StringView(what))
                                .arg(*actual)
                                .arg(expected)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto db = store::Database::create(QString());
        QVERIFY(db);
        m_db = std::move(db).value();
        QVERIFY(testing::execute(m_db->connection(), testing::CapitalFixture::sql));
        const ModelLoad load = ModelFile::fromJson(
            R"({"window_days": 28, "privacy": {"k": 3, "k_text": 2}, "thin_denominator": 1})",
            QStringLiteral("test"));
        QVERIFY(load.problems.isEmpty());
        m_settings = load.settings;
        auto data = ActivityDataset::load(m_db->connection(), m_settings);
        QVERIFY(data);
        m_data = std::move(data).value();
    }

    void signalsByHand()
    {
        CapitalEngine engine(*m_data, m_settings);
        CapitalQuery query;
        query.from = query.to = QDate(2025, 3, 28);
        query.departments = {0}; // Sales alone
        query.includeOrganisation = false;
        const auto result = engine.compute(query);
        QCOMPARE(result.size(), size_t(1));
        const CapitalPoint &sales = result.front().latest();
        QVERIFY(!sales.suppressed);
        QCOMPARE(*sales.headcount, 4);
        const auto raw = [&](const char *id) { return sales.signal(QLatin1StringView(id))->raw; };
        const auto score = [&](const char *id) {
            return sales.signal(QLatin1StringView(id))->score;
        };
        near(raw("A1"), 0.5, "A1 raw");       // S1 answered in 2 h; S2 only after 144 h
        near(score("A1"), 83.33, "A1 score"); // 0.5 / 0.6
        near(raw("A2"), 73.0, "A2 raw");      // median of 2 and 144 hours
        near(score("A2"), 22.30, "A2 score"); // (ln 73 - ln 168) / (ln 4 - ln 168)
        near(raw("A3"), 0.5, "A3 raw");       // weeks 1-7 and 8-14 March of four
        near(raw("P1"), 0.25, "P1 raw");      // S4 of four
        near(score("P2"), 100, "P2 score");   // 0.25 against a target of 0.2
        near(raw("P3"), 1 / (4 * 28 / 30.0), "P3 raw");
        near(raw("T1"), 0.75, "T1 raw");      // S1, S2, S3 active
        near(raw("T2"), 0.5, "T2 raw");       // of S1 and S4, active in February, S1
        near(raw("T3"), 0.0, "T3 raw");       // both replies in a Sales thread
        near(raw("T4"), 0.0, "T4 raw");       // no lexicon: every message neutral
        near(score("T4"), 33.33, "T4 score"); // (0 + 0.2) / 0.6
        near(raw("F1"), 0.5, "F1 raw");       // S3 posted in #random, S1 reacted there
        near(raw("F2"), 1 / (3 * 28 / 30.0), "F2 raw");
        near(raw("F3"), 1 / 3.0, "F3 raw"); // "haha 🎉" of three messages
        near(sales.pillar(QStringLiteral("authenticity"))->score, (83.333 + 22.30 + 66.667) / 3,
             "authenticity");
        near(sales.pillar(QStringLiteral("pride"))->score, (50 + 100 + 53.571) / 3, "pride");
        near(sales.pillar(QStringLiteral("attachment"))->score, (93.75 + 58.824 + 0 + 33.333) / 4,
             "attachment");
        near(sales.pillar(QStringLiteral("fun"))->score, (100 + 4.464 + 100) / 3, "fun");
        near(sales.eci, 0.30 * 57.433 + 0.25 * 67.857 + 0.25 * 46.477 + 0.20 * 68.155, "ECI");
        QVERIFY(*sales.eciLow <= *sales.eci && *sales.eci <= *sales.eciHigh);
        // The Wilson band of T1 (3 of 4 at 80%) mapped through the score.
        const SignalValue *t1 = sales.signal(QStringLiteral("T1"));
        near(t1->low, 100 * 0.43254 / 0.8, "T1 low"); // z = 1.28155: centre 0.6772, half 0.2447
        near(t1->high, 100, "T1 high");
    }

    void onlyTheChosenChannelsCount()
    {
        ActivityScope general;
        general.channels = {0}; // #general: not #random, not #kudos
        const CapitalPoint sales = salesOn28March(m_settings, general);
        const auto raw = [&](const char *id) { return sales.signal(QLatin1StringView(id))->raw; };
        near(raw("T1"), 0.5, "T1 raw"); // S1 and S2 replied in #general; S3 only wrote in #random
        near(raw("F1"), 0.0, "F1 raw"); // #random does not count
        near(raw("P1"), 0.0, "P1 raw"); // the recognition was in #kudos
        near(raw("A1"), 0.5, "A1 raw"); // the thread is in #general: as before
        near(raw("T2"), 0.5, "T2 raw"); // February's posts were in #general
        // A source filter naming the only source changes nothing.
        ActivityScope fixtureSource;
        fixtureSource.sources = {0};
        const CapitalPoint all = salesOn28March(m_settings, fixtureSource);
        near(all.signal(QStringLiteral("T1"))->raw, 0.75, "T1 raw, one source");
    }

    void smallDepartmentsAreHiddenAndCannotBeSubtracted()
    {
        CapitalEngine engine(*m_data, m_settings);
        CapitalQuery query;
        query.from = query.to = QDate(2025, 3, 28);
        const auto result = engine.compute(query); // organisation, Sales, Ops
        QCOMPARE(result.size(), size_t(3));
        const CapitalPoint &ops = result[2].latest();
        QVERIFY(ops.suppressed); // two staff, under k = 3
        QVERIFY(!ops.headcount);
        QVERIFY(!ops.eci);
        for (const SignalValue &s : ops.signals)
            QVERIFY(!s.raw && !s.score && s.suppressed);
        // The organisation is shown, and leaves Ops out (its two staff and every event):
        // it is then Sales alone, S1-S4 by the roster (Lena leads, not staff), and Sales
        // stays shown. The ECI is Sales' of the worked example (docs/model.md section 7).
        const CapitalPoint &whole = result[0].latest();
        QVERIFY(!whole.suppressed);
        QCOMPARE(*whole.headcount, 4);
        QCOMPARE(whole.leftOut, std::vector<std::int32_t>{1});
        near(whole.eci, 59.44, "organisation ECI");
        QVERIFY(!result[1].latest().suppressed);
        QCOMPARE(*result[1].latest().headcount, 4);
        // The total minus the departments shown is nothing.
        QCOMPARE(*whole.headcount - *result[1].latest().headcount, 0);
        QCOMPARE(whole.signal(QStringLiteral("F3"))->denominator,
                 result[1].latest().signal(QStringLiteral("F3"))->denominator);
    }

    // Two selections, {Sales, Ops} and {Sales}: their totals are the same (Sales alone), so
    // their difference gives nothing of Ops back. (Under complementary suppression the
    // first showed Sales + Ops, the second Sales.)
    void selectionsCannotBeSubtracted()
    {
        CapitalEngine engine(*m_data, m_settings);
        CapitalQuery both;
        both.from = both.to = QDate(2025, 3, 28);
        both.departments = {0, 1};
        CapitalQuery sales = both;
        sales.departments = {0};
        const CapitalPoint a = engine.compute(both).front().latest();
        const CapitalPoint b = engine.compute(sales).front().latest();
        QCOMPARE(*a.headcount, 4);
        QCOMPARE(*b.headcount, 4);
        QVERIFY(b.leftOut.empty());
        for (const SignalValue &s : a.signals) {
            const SignalValue *other = b.signal(s.id);
            QVERIFY(other);
            QCOMPARE(s.denominator, other->denominator);
            QVERIFY(s.raw == other->raw);
        }
        QCOMPARE(a.eci, b.eci);
        // Ops alone: the total is hidden with it (nothing is left).
        CapitalQuery ops = both;
        ops.departments = {1};
        QVERIFY(engine.compute(ops).front().latest().suppressed);
    }

    void demoDepartmentsTellTheirStories()
    {
        auto db = store::Database::open(testing::sharedDemo(), store::Database::Access::ReadOnly);
        QVERIFY(db);
        const ModelSettings settings = ModelFile::defaults();
        auto lexicon = SentimentLexicon::englishWorkplace();
        QVERIFY2(lexicon, lexicon ? "" : qPrintable(lexicon.error().message));
        const SentimentAnalyzer tone(std::move(lexicon).value());
        auto data = ActivityDataset::load((*db)->connection(), settings, &tone);
        QVERIFY(data);
        CapitalEngine engine(*data, settings);
        CapitalQuery query;
        query.from = QDate(2025, 1, 1);
        query.to = QDate(2026, 10, 31);
        query.granularity = Granularity::Quarter;
        const auto result = engine.compute(query);
        const auto find = [&](const char *name) -> const DepartmentCapital & {
            for (const DepartmentCapital &d : result) {
                if (d.name == QLatin1StringView(name))
                    return d;
            }
            qFatal("no department %s", name);
        };
        const auto eciOn = [](const DepartmentCapital &d, QDate end) {
            for (const CapitalPoint &p : d.trend) {
                if (p.end == end)
                    return p.eci.value_or(-1);
            }
            return -1.0;
        };
        // Customer Support before the reorganisation (June 2025) and after (June 2026).
        const DepartmentCapital &support = find("Customer Support");
        const double before = eciOn(support, QDate(2025, 6, 30));
        const double after = eciOn(support, QDate(2026, 6, 30));
        const DepartmentCapital &sales = find("Sales");
        const double salesBefore = eciOn(sales, QDate(2025, 6, 30));
        const double salesAfter = eciOn(sales, QDate(2026, 6, 30));
        qInfo("ECI, June 2025 -> June 2026: Customer Support %.1f -> %.1f, Sales %.1f -> %.1f",
              before, after, salesBefore, salesAfter);
        QVERIFY(before > 0 && after > 0);
        QVERIFY(before - after >= 8);
        QVERIFY(before - after > 2 * (salesBefore - salesAfter));
        QVERIFY(std::any_of(support.alerts.begin(), support.alerts.end(),
                            [](const CapitalAlert &a) { return a.at >= QDate(2026, 1, 1); }));
        // Field Operations: no leader ever recognises anyone there.
        for (const CapitalPoint &p : find("Field Operations").trend)
            QCOMPARE(p.signal(QStringLiteral("P2"))->raw.value_or(-1), 0.0);
        QVERIFY(find("Sales").latest().signal(QStringLiteral("P2"))->raw.value_or(0) > 0);
        // Every department here is large enough to show; tone has enough authors.
        for (const DepartmentCapital &d : result)
            QVERIFY2(!d.latest().suppressed && d.latest().eci, qPrintable(d.name));
    }

    void theMinimumGroupSizeIsInclusive_data()
    {
        QTest::addColumn<int>("k");
        QTest::addColumn<bool>("shown");
        QTest::newRow("k = 4: Sales has exactly k staff") << 4 << true;
        QTest::newRow("k = 5: Sales has k - 1") << 5 << false;
    }

    void theMinimumGroupSizeIsInclusive()
    {
        QFETCH(int, k);
        QFETCH(bool, shown);
        ModelSettings settings = m_settings;
        settings.k = k;
        const CapitalPoint sales = salesOn28March(settings);
        QCOMPARE(!sales.suppressed, shown);
        QCOMPARE(sales.eci.has_value(), shown);
        QCOMPARE(sales.headcount.has_value(), shown);
    }

    void toneNeedsEnoughAuthors()
    {
        // Three of Sales' staff wrote in the window (S1, S2, S3): with k_text = 4, tone is hidden
        // and attachment is the mean of T1, T2 and T3 alone: (93.75 + 58.82 + 0) / 3.
        ModelSettings settings = m_settings;
        settings.kText = 4;
        const CapitalPoint sales = salesOn28March(settings);
        const SignalValue *t4 = sales.signal(QStringLiteral("T4"));
        QVERIFY(t4->suppressed);
        QVERIFY(!t4->raw && !t4->score);
        QVERIFY(!sales.suppressed);
        near(sales.pillar(QStringLiteral("attachment"))->score, (93.75 + 58.824 + 0) / 3,
             "attachment");
    }

    void aPeriodWithoutActivityHasNoFigures()
    {
        CapitalEngine engine(*m_data, m_settings);
        CapitalQuery query;
        query.from = query.to = QDate(2025, 12, 31); // months after the last activity
        query.departments = {0};
        query.includeOrganisation = false;
        const CapitalPoint sales = engine.compute(query).front().latest();
        QCOMPARE(*sales.headcount, 4); // still on the roster
        for (const char *id : {"A1", "A2", "T2", "T3", "T4", "F2", "F3"})
            QVERIFY2(!sales.signal(QLatin1StringView(id))->raw,
                     id); // nothing to measure: null, not 0
        QCOMPARE(sales.signal(QStringLiteral("T1"))->raw.value_or(-1), 0.0); // 0 of 4 took part
        QCOMPARE(sales.signal(QStringLiteral("A3"))->raw.value_or(-1),
                 0.0); // no leader touch in 4 weeks
    }

    void someoneWhoMovesCountsWhereTheyWereThatDay()
    {
        // X is in A until 15 March, then in B. X reacts in A's channel on 5 March.
        auto db = store::Database::create(QString());
        QVERIFY(db);
        QVERIFY(testing::execute((*db)->connection(), R"sql(
            INSERT INTO sources VALUES (1, 'csv', 'move');
            INSERT INTO departments (id, name) VALUES (1, 'A'), (2, 'B');
            INSERT INTO people (id, display_name, role) VALUES
                (1, 'A1', 'staff'), (2, 'A2', 'staff'), (3, 'B1', 'staff'), (4, 'X', 'staff');
            INSERT INTO roster (person_id, valid_from, valid_to, department_id) VALUES
                (1, '2025-01-01', NULL, 1), (2, '2025-01-01', NULL, 1), (3, '2025-01-01', NULL, 2),
                (4, '2025-01-01', '2025-03-15', 1), (4, '2025-03-15', NULL, 2);
            INSERT INTO channels VALUES (1, 1, 'c1', 'a-team', 'work', NULL);
            INSERT INTO activities (id, source_id, source_activity_id, kind, at, author_id,
                                    channel_id, thread_root_id, parent_id, text, emoji) VALUES
              (1, 1, '1', 'post', strftime('%s', '2025-03-04 10:00'), 1, 1, NULL, NULL, 'Hi', NULL),
              (2, 1, '2', 'reaction', strftime('%s', '2025-03-05 10:00'), 4, 1, 1, 1, NULL, 'wave'),
              (3, 1, '3', 'post', strftime('%s', '2025-03-20 10:00'), 3, 1, NULL, NULL, 'Yo', NULL);
        )sql"));
        ModelSettings settings = m_settings;
        settings.k = 2;
        auto data = ActivityDataset::load((*db)->connection(), settings);
        QVERIFY(data);
        CapitalEngine engine(*data, settings);
        CapitalQuery query;
        query.from = query.to = QDate(2025, 3, 28);
        query.includeOrganisation = false;
        const auto result = engine.compute(query);
        const CapitalPoint &a = result[0].latest();
        const CapitalPoint &b = result[1].latest();
        // Membership is on the day: A has A1 and A2, B has B1 and X.
        QCOMPARE(*a.headcount, 2);
        QCOMPARE(*b.headcount, 2);
        // Participation asks whether today's members took part in the window: X did.
        near(b.signal(QStringLiteral("T1"))->raw, 1.0, "B T1");
        near(a.signal(QStringLiteral("T1"))->raw, 0.5, "A T1");
        // Counted events go to the department of the day they happened: X's reaction is A's.
        near(a.signal(QStringLiteral("F2"))->raw, 1 / (1 * 28 / 30.0),
             "A F2"); // one reaction, one active member
        near(b.signal(QStringLiteral("F2"))->raw, 0.0, "B F2");
    }

    void periodEndsFollowTheCalendar()
    {
        const auto months =
            CapitalEngine::periodEnds(QDate(2025, 1, 15), QDate(2025, 4, 10), Granularity::Month);
        QCOMPARE(months, (std::vector<QDate>{QDate(2025, 1, 31), QDate(2025, 2, 28),
                                             QDate(2025, 3, 31), QDate(2025, 4, 10)}));
        const auto weeks =
            CapitalEngine::periodEnds(QDate(2025, 3, 5), QDate(2025, 3, 23), Granularity::Week);
        QCOMPARE(weeks,
                 (std::vector<QDate>{QDate(2025, 3, 9), QDate(2025, 3, 16), QDate(2025, 3, 23)}));
        const auto quarters =
            CapitalEngine::periodEnds(QDate(2025, 2, 1), QDate(2025, 12, 31), Granularity::Quarter);
        QCOMPARE(quarters, (std::vector<QDate>{QDate(2025, 3, 31), QDate(2025, 6, 30),
                                               QDate(2025, 9, 30), QDate(2025, 12, 31)}));
    }
};

QTEST_GUILESS_MAIN(TestCapitalEngine)
#include "tst_capitalengine.moc"

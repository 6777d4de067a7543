#include "analytics/activitydataset.h"
#include "analytics/leaderdetail.h"
#include "analytics/leaderstats.h"
#include "leaderfixture.h"
#include "store/database.h"
#include "testdatabase.h"

#include <QTest>

using namespace goodwill;
using namespace goodwill::analytics;
using namespace goodwill::testing::leaderfixture;

class TestLeaderDetail : public QObject
{
    Q_OBJECT

private:
    // Indexes: people and activities in id order, from 0.
    std::unique_ptr<store::Database> m_db;
    std::optional<ActivityDataset> m_data;
    ModelSettings m_settings = ModelFile::defaults();

    LeaderDetailQuery query(Granularity granularity = Granularity::Month) const
    {
        LeaderDetailQuery q;
        q.leader = lena;
        q.from = QDate(2025, 3, 1);
        q.to = QDate(2025, 4, 15);
        q.granularity = granularity;
        return q;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto db = store::Database::create(QString());
        QVERIFY(db);
        m_db = std::move(*db);
        QVERIFY(testing::execute(m_db->connection(), fixture));
        auto data = ActivityDataset::load(m_db->connection(), m_settings);
        QVERIFY2(data, data ? "" : qPrintable(data.error().message));
        m_data.emplace(std::move(*data));
        QVERIFY(m_data->isLeader(lena) && m_data->isLeader(mark));
    }

    void cadenceByMonth()
    {
        const LeaderFigures figures(*m_data, m_settings);
        const auto detail = LeaderDetail::compute(*m_data, figures, query());
        QVERIFY(detail);
        QCOMPARE(detail->periods.size(), size_t(2));
        const LeaderPeriod &march = detail->periods[0];
        QCOMPARE(march.from, QDate(2025, 3, 1));
        QCOMPARE(march.to, QDate(2025, 3, 31));
        QCOMPARE(march.posts, 3);        // a1, a7, a8
        QCOMPARE(march.replies, 2);      // a3, a6
        QCOMPARE(march.recognitions, 2); // a7, a8 in #kudos
        // a2 and a4 on her thread, a5 and a11 name her; the bot's a19 does not count.
        QCOMPARE(march.staffComments, 4);
        QCOMPARE(march.answeredComments, 1); // a2 after 2 h; a5 after 96 h is too late
        QCOMPARE(*march.replyRate, 0.25);
        QCOMPARE(*march.medianFirstReplyHours, 49.0); // of 2 h (a2) and 96 h (a5)
        const LeaderPeriod &april = detail->periods[1];
        QCOMPARE(april.from, QDate(2025, 4, 1));
        QCOMPARE(april.to, QDate(2025, 4, 15));
        QCOMPARE(april.posts, 1);   // a12
        QCOMPARE(april.replies, 1); // a16
        QCOMPARE(april.recognitions, 0);
        QCOMPARE(april.staffComments, 3); // a10, a13 on a12; a15 names her (Mark is no staff)
        QCOMPARE(*april.replyRate, 1.0 / 3.0);
        QCOMPARE(*april.medianFirstReplyHours, 4.0); // a15 -> a16
    }

    void cadenceByWeek()
    {
        const LeaderFigures figures(*m_data, m_settings);
        const auto detail = LeaderDetail::compute(*m_data, figures, query(Granularity::Week));
        QVERIFY(detail);
        // 1 March 2025 is a Saturday: weeks end on Sundays 2, 9, 16, 23, 30 March, 6 and 13
        // April, then the period's last day, 15 April.
        QCOMPARE(detail->periods.size(), size_t(8));
        QCOMPARE(detail->periods[0].to, QDate(2025, 3, 2));
        QCOMPARE(detail->periods[1].from, QDate(2025, 3, 3));
        QCOMPARE(detail->periods[7].from, QDate(2025, 4, 14));
        QCOMPARE(detail->periods[7].to, QDate(2025, 4, 15));
        const std::vector<int> posts = {0, 1, 0, 2, 0, 1, 0, 0};
        const std::vector<int> replies = {0, 1, 1, 0, 0, 0, 1, 0};
        for (size_t w = 0; w < posts.size(); ++w) {
            QCOMPARE(detail->periods[w].posts, posts[w]);
            QCOMPARE(detail->periods[w].replies, replies[w]);
        }
        QVERIFY(!detail->periods[0].replyRate); // no staff comment that weekend
    }

    void unansweredQuestions()
    {
        const LeaderFigures figures(*m_data, m_settings);
        const auto detail = LeaderDetail::compute(*m_data, figures, query());
        QVERIFY(detail);
        QCOMPARE(detail->dataEnd, QDateTime(QDate(2025, 4, 20), QTime(12, 0), Qt::UTC));
        // a2, a15 answered; a5 answered, although late; a14 is Mark's (no staff), a19 the
        // bot's, a9 asks Mark, a17 is in February and a20 after the period.
        const auto &list = detail->unanswered;
        QCOMPARE(list.size(), size_t(3));
        QCOMPARE(list[0].activity, 3); // a4, 4 March 09:00: a3 came before it
        QCOMPARE(list[0].author, 3);   // Sue Two
        QCOMPARE(list[0].department, sales);
        QCOMPARE(list[0].channel, 0);
        QCOMPARE(list[0].at, QDateTime(QDate(2025, 3, 4), QTime(9, 0), Qt::UTC));
        QCOMPARE(list[0].hoursWaiting, 47 * 24 + 3.0);
        QCOMPARE(list[1].activity, 10); // a11, 26 March 09:00
        QCOMPARE(list[1].department, legal);
        QCOMPARE(list[1].hoursWaiting, 25 * 24 + 3.0);
        QCOMPARE(list[2].activity, 9); // a10, 2 April 10:00, though its id is lower
        QCOMPARE(list[2].author, 9);   // Ora Three
        QCOMPARE(list[2].department, ops);
        QCOMPARE(list[2].hoursWaiting, 18 * 24 + 2.0);
    }

    void departments()
    {
        const LeaderFigures figures(*m_data, m_settings);
        const auto detail = LeaderDetail::compute(*m_data, figures, query());
        QVERIFY(detail);
        const auto &all = detail->departments;
        QCOMPARE(all.size(), size_t(4));
        QCOMPARE(all[sales].name, QStringLiteral("Sales"));
        QCOMPARE(all[sales].headcount, 5);
        QCOMPARE(all[sales].recognitions, 2);     // a7, a8
        QCOMPARE(all[sales].peopleRecognised, 2); // Sam, Sue
        QCOMPARE(*all[sales].reach, 0.6);         // Sam, Sue on a1; Sol on a12
        QCOMPARE(all[ops].recognitions, 1);       // a7: Oda
        QCOMPARE(all[ops].peopleRecognised, 1);
        QCOMPARE(*all[ops].reach, 0.2); // Ora on a12 (Mark is a leader)
        QVERIFY(all[legal].underK);
        QCOMPARE(all[legal].headcount, 0);
        QVERIFY(!all[legal].reach);
        QCOMPARE(*all[finance].reach, 0.0);
        const auto recognised = detail->recognised();
        QCOMPARE(recognised.size(), size_t(2));
        QCOMPARE(recognised[0].department, sales);
        QCOMPARE(recognised[1].department, ops);
        // Legal (one staff) is under k: not listed as a blind spot.
        const auto notRecognised = detail->notRecognised();
        QCOMPARE(notRecognised.size(), size_t(1));
        QCOMPARE(notRecognised[0].name, QStringLiteral("Finance"));

        LeaderDetailQuery chosen = query();
        chosen.departments = {ops, finance};
        const auto limited = LeaderDetail::compute(*m_data, figures, chosen);
        QVERIFY(limited);
        QCOMPARE(limited->departments.size(), size_t(2));
        QCOMPARE(limited->departments[0].department, ops);
        QCOMPARE(limited->departments[1].department, finance);
        QCOMPARE(limited->unanswered.size(), size_t(3)); // her inbox is not limited
    }

    void scopeAndEdges()
    {
        LeaderDetailQuery kudos = query();
        kudos.scope.channels = {1};
        const LeaderFigures scoped(*m_data, m_settings, kudos.scope);
        const auto detail = LeaderDetail::compute(*m_data, scoped, kudos);
        QVERIFY(detail);
        QCOMPARE(detail->periods[0].posts, 2); // a7, a8
        QCOMPARE(detail->periods[0].replies, 0);
        QCOMPARE(detail->periods[0].recognitions, 2);
        QCOMPARE(detail->periods[1].posts, 0);
        QVERIFY(detail->unanswered.empty()); // every question is in #general
        QCOMPARE(detail->recognised().size(), size_t(2));

        const LeaderFigures figures(*m_data, m_settings);
        LeaderDetailQuery staff = query();
        staff.leader = 2; // Sam: no leader
        QVERIFY(!LeaderDetail::compute(*m_data, figures, staff));
        LeaderDetailQuery backwards = query();
        backwards.to = QDate(2025, 2, 1);
        QVERIFY(!LeaderDetail::compute(*m_data, figures, backwards));
        std::atomic<bool> stop{true};
        QVERIFY(!LeaderDetail::compute(*m_data, figures, query(), &stop));
    }

    void oneLeaderFiguresMatchTheTable()
    {
        const LeaderFigures figures(*m_data, m_settings);
        for (const auto &[from, to] : {std::pair{QDate(2025, 3, 1), QDate(2025, 4, 15)},
                                       std::pair{QDate(2025, 4, 1), QDate(2025, 4, 30)}}) {
            const auto all = figures.compute(from, to);
            QCOMPARE(all.size(), size_t(2));
            for (const LeaderStats &row : all) {
                const auto one = figures.compute(row.person, from, to);
                QVERIFY(one);
                QCOMPARE(one->name, row.name);
                QCOMPARE(one->posts, row.posts);
                QCOMPARE(one->replies, row.replies);
                QCOMPARE(one->staffComments, row.staffComments);
                QCOMPARE(one->answeredComments, row.answeredComments);
                QCOMPARE(one->reach, row.reach);
                QCOMPARE(one->peopleRecognised, row.peopleRecognised);
                QCOMPARE(one->replyRate, row.replyRate);
                QCOMPARE(one->medianFirstReplyHours, row.medianFirstReplyHours);
                QCOMPARE(one->activeWeeks, row.activeWeeks);
                QCOMPARE(int(one->persona), int(row.persona));
            }
        }
        QVERIFY(!figures.compute(2, QDate(2025, 3, 1), QDate(2025, 3, 31))); // Sam: no leader
        // Mark, over 1 March - 15 April: one staff comment (a9) and no message: Observer.
        const auto markStats = figures.compute(mark, QDate(2025, 3, 1), QDate(2025, 4, 15));
        QCOMPARE(markStats->staffComments, 1);
        QCOMPARE(int(markStats->persona), int(Persona::Observer));
    }

    void commentedLeaders()
    {
        using L = std::vector<std::int32_t>;
        QCOMPARE(LeaderFigures::commentedLeaders(*m_data, 1), L{lena}); // a2 on her thread
        QCOMPARE(LeaderFigures::commentedLeaders(*m_data, 4), L{lena}); // a5 names her
        QCOMPARE(LeaderFigures::commentedLeaders(*m_data, 8), L{mark}); // a9 names Mark
        QCOMPARE(LeaderFigures::commentedLeaders(*m_data, 13), L{});    // a14 is Mark's own
        QCOMPARE(LeaderFigures::commentedLeaders(*m_data, 18), L{});    // a19: a bot
        QCOMPARE(LeaderFigures::commentedLeaders(*m_data, 0), L{});     // a1: Lena's post
        QCOMPARE(LeaderFigures::commentedLeaders(*m_data, 17), L{});    // a18 names no one
    }
};

QTEST_GUILESS_MAIN(TestLeaderDetail)
#include "tst_leaderdetail.moc"

#include "analytics/activitydataset.h"
#include "analytics/leaderstats.h"
#include "leaderstatsfixture.h"
#include "store/database.h"
#include "testdatabase.h"

#include <QTest>

using namespace goodwill;
using namespace goodwill::analytics;

class TestLeaderStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void figuresByHand()
    {
        auto db = store::Database::create(QString());
        QVERIFY(db);
        QVERIFY(testing::execute((*db)->connection(), testing::leaderstatsfixture::fixture));
        const ModelSettings settings = ModelFile::defaults();
        auto data = ActivityDataset::load((*db)->connection(), settings);
        QVERIFY2(data, data ? "" : qPrintable(data.error().message));
        QVERIFY(data->isLeader(0)); // by title
        QVERIFY(data->isStaff(5));  // by override
        QCOMPARE(int(data->people()[4].role), int(store::PersonRole::Bot));

        const auto stats =
            LeaderFigures(*data, settings).compute(QDate(2025, 3, 1), QDate(2025, 3, 28));
        QCOMPARE(stats.size(), size_t(2)); // Lena, and Noah (a director by title) who never wrote
        const LeaderStats &lena = stats.front();
        const LeaderStats &noah = stats.back();
        QCOMPARE(noah.name, QStringLiteral("Noah Fern"));
        QCOMPARE(noah.posts + noah.replies + noah.staffComments, 0);
        QVERIFY(!noah.replyRate && !noah.answeredQuestionRate && !noah.medianFirstReplyHours);
        QVERIFY(!noah.conversationRatio);
        QCOMPARE(int(noah.persona), int(Persona::Observer));
        QCOMPARE(lena.name, QStringLiteral("Lena Berg"));
        QCOMPARE(lena.department, QStringLiteral("Sales"));
        QCOMPARE(lena.posts, 2);          // a1, a9
        QCOMPARE(lena.replies, 3);        // a3, a8 and a14 to herself (a11 is in February)
        QCOMPARE(lena.repliesToStaff, 2); // a3 to Sam, a8 to Tia; a14 answers her own post
        QCOMPARE(lena.recognitions, 1);   // a9: names two people in a recognition channel
        QCOMPARE(lena.peopleRecognised, 2);
        QCOMPARE(lena.departmentsRecognised, 2); // Sam in Sales, Uma in Ops
        // a2, a4 on her thread; a16 on her February thread (the comment is in March); a7, a10
        // name her; the bot's a13 does not count.
        QCOMPARE(lena.staffComments, 5);
        QCOMPARE(lena.staffQuestions, 2); // a2, a7
        // a2 after 2 h, a4 after 1 h; a7 after 96 h > 72 h; a10 and a16 never. a14 (09:01)
        // came before every comment, so it answers none.
        QCOMPARE(lena.answeredComments, 2);
        QCOMPARE(*lena.replyRate, 0.4);
        QCOMPARE(lena.answeredQuestions, 1);
        QCOMPARE(*lena.answeredQuestionRate, 0.5);
        QCOMPARE(*lena.medianFirstReplyHours, 2.0); // of 1, 2 and 96 hours
        QCOMPARE(lena.reach, 3);                    // Sam, Tia, Uma on a1
        QCOMPARE(lena.responsesReceived, 5);        // a2, a4, a5, a6, a16
        QCOMPARE(*lena.conversationRatio, 0.6);     // 3 replies of 5 messages
        QCOMPARE(lena.activeWeeks, 0.75); // weeks from 1 March: 0 (a1, a3), 1 (a8), 2 (a9)
        // 5 messages in 4 weeks, ratio 0.6, 2.5 responses a post = the median, not twice it.
        QCOMPARE(int(lena.persona), int(Persona::Engager));

        // Reach by department, with k = 2 so the fixture's small teams show: Sam and Tia of
        // Sales' two staff (both reached), Uma of Ops' two (Uma and Max: Max is staff by override).
        ModelSettings small = settings;
        small.k = 2;
        const auto reach =
            LeaderFigures(*data, small).reachByDepartment(0, QDate(2025, 3, 1), QDate(2025, 3, 28));
        QCOMPARE(reach.size(), size_t(2)); // Noah is a leader: not in Ops' staff
        QCOMPARE(reach[0].name, QStringLiteral("Sales"));
        QCOMPARE(reach[0].headcount, 2);
        QCOMPARE(*reach[0].share, 1.0);
        QCOMPARE(reach[1].name, QStringLiteral("Ops"));
        QCOMPARE(*reach[1].share, 0.5);
        // Only #kudos: Lena's recognition post, nothing else.
        ActivityScope kudos;
        kudos.channels = {1};
        const LeaderStats scoped = LeaderFigures(*data, settings, kudos)
                                       .compute(QDate(2025, 3, 1), QDate(2025, 3, 28))
                                       .front();
        QCOMPARE(scoped.posts, 1);
        QCOMPARE(scoped.replies, 0);
        QCOMPARE(scoped.recognitions, 1);
        QCOMPARE(scoped.staffComments, 0);
        QCOMPARE(scoped.reach, 0);

        // With the shipped k = 5 both teams are too small to show.
        for (const DepartmentReach &r :
             LeaderFigures(*data, settings)
                 .reachByDepartment(0, QDate(2025, 3, 1), QDate(2025, 3, 28)))
            QVERIFY(!r.share && r.headcount == 0);
    }

    void personaRules()
    {
        // Four leaders over March 2025 (four weeks), six staff. Worked out by hand:
        //  Cat: 4 posts, 2 replies (ratio 1/3); 6 reactions on each post + 2 staff replies =
        //       26 responses, 6.5 a post.
        //  Res: 1 post, 4 replies (ratio 0.8); 4 staff replies = 4 a post.
        //  Bro: 4 posts, no reply (ratio 0); 1 reaction a post.
        //  Eng: 2 posts, 2 replies (ratio 0.5); 2 staff replies = 1 a post.
        // Median responses a post over leaders who posted: (1 + 4) / 2 = 2.5; Cat's 6.5 is at
        // least twice that with a ratio under 0.5: Catalyst. Res: Responder (ratio > 0.75).
        // Bro: Broadcaster (< 0.25). Eng: Engager.
        auto db = store::Database::create(QString());
        QVERIFY(db);
        std::string sql = "INSERT INTO sources VALUES (1, 'csv', 'p');"
                          "INSERT INTO channels VALUES (1, 1, 'c', 'general', 'work', NULL);"
                          "INSERT INTO people (id, display_name, role) VALUES (1, 'Cat', 'leader'),"
                          "(2, 'Res', 'leader'), (3, 'Bro', 'leader'), (4, 'Eng', 'leader');";
        for (int s = 11; s <= 16; ++s)
            sql += "INSERT INTO people (id, display_name, role) VALUES (" + std::to_string(s) +
                   ", 'S" + std::to_string(s) + "', 'staff');";
        int id = 0;
        const auto add = [&](const char *kind, int day, int hour, int author, int root,
                             int parent) {
            ++id;
            sql +=
                "INSERT INTO activities (id, source_id, source_activity_id, kind, at, author_id, "
                "channel_id, thread_root_id, parent_id, text, emoji) VALUES (" +
                std::to_string(id) + ", 1, '" + std::to_string(id) + "', '" + kind +
                "', strftime('%s', '2025-03-" + (day < 10 ? "0" : "") + std::to_string(day) + " " +
                (hour < 10 ? "0" : "") + std::to_string(hour) + ":00'), " + std::to_string(author) +
                ", 1, " + (root ? std::to_string(root) : "NULL") + ", " +
                (parent ? std::to_string(parent) : "NULL") + ", " +
                (std::string(kind) == "reaction" ? "NULL, 'clap'" : "'text', NULL") + ");";
            return id;
        };
        for (int week = 0; week < 4; ++week) {
            const int post = add("post", 3 + 7 * week, 9, 1, 0, 0);
            for (int s = 11; s <= 16; ++s)
                add("reaction", 3 + 7 * week, 10, s, post, post);
            if (week < 2) {
                const int comment = add("reply", 3 + 7 * week, 11, 11 + week, post, post);
                add("reply", 3 + 7 * week, 12, 1, post, comment);
            }
        }
        const int resPost = add("post", 5, 9, 2, 0, 0);
        for (int r = 0; r < 4; ++r) {
            const int comment = add("reply", 5, 10 + 2 * r, 11 + r, resPost, resPost);
            add("reply", 5, 11 + 2 * r, 2, resPost, comment);
        }
        for (int week = 0; week < 4; ++week) {
            const int post = add("post", 4 + 7 * week, 9, 3, 0, 0);
            add("reaction", 4 + 7 * week, 10, 11, post, post);
        }
        for (int week = 0; week < 2; ++week) {
            const int post = add("post", 6 + 7 * week, 9, 4, 0, 0);
            const int comment = add("reply", 6 + 7 * week, 10, 12, post, post);
            add("reply", 6 + 7 * week, 11, 4, post, comment);
        }
        QVERIFY(testing::execute((*db)->connection(), sql));
        const ModelSettings settings = ModelFile::defaults();
        auto data = ActivityDataset::load((*db)->connection(), settings);
        QVERIFY(data);
        const auto stats =
            LeaderFigures(*data, settings).compute(QDate(2025, 3, 1), QDate(2025, 3, 28));
        QCOMPARE(stats.size(), size_t(4));
        QCOMPARE(stats[0].responsesReceived, 26);
        QCOMPARE(int(stats[0].persona), int(Persona::Catalyst));
        QCOMPARE(int(stats[1].persona), int(Persona::Responder));
        QCOMPARE(int(stats[2].persona), int(Persona::Broadcaster));
        QCOMPARE(int(stats[3].persona), int(Persona::Engager));
        QCOMPARE(*stats[1].replyRate, 1.0); // each of the four comments answered within an hour
    }

    void demoLeadersTellTheirStories()
    {
        auto db = store::Database::open(testing::sharedDemo(), store::Database::Access::ReadOnly);
        QVERIFY(db);
        const ModelSettings settings = ModelFile::defaults();
        auto data = ActivityDataset::load((*db)->connection(), settings);
        QVERIFY(data);
        const auto find = [](const std::vector<LeaderStats> &all, const char *name) {
            for (const LeaderStats &s : all) {
                if (s.name == QLatin1StringView(name))
                    return s;
            }
            return LeaderStats{};
        };
        const LeaderFigures figures(*data, settings);
        const auto before = figures.compute(QDate(2025, 3, 1), QDate(2025, 6, 30));
        const auto after = figures.compute(QDate(2026, 3, 1), QDate(2026, 6, 30));
        const LeaderStats vpBefore = find(before, "Daniel Okafor");
        const LeaderStats vpAfter = find(after, "Daniel Okafor");
        qInfo("Daniel Okafor: reply rate %.2f -> %.2f, median first reply %.1f h -> %.1f h",
              vpBefore.replyRate.value_or(-1), vpAfter.replyRate.value_or(-1),
              vpBefore.medianFirstReplyHours.value_or(-1),
              vpAfter.medianFirstReplyHours.value_or(-1));
        // Staff also comment on his recognition posts, which he lets stand: hence not 0.7.
        QVERIFY(vpBefore.replyRate.value_or(1) < 0.1);
        QVERIFY(vpAfter.replyRate.value_or(0) > 0.4);
        QVERIFY(vpAfter.medianFirstReplyHours.value_or(99) <
                vpBefore.medianFirstReplyHours.value_or(0));
        const LeaderStats cmo = find(after, "Victor Lang");
        QVERIFY(cmo.posts > 30);
        QCOMPARE(cmo.replies, 0);
        QCOMPARE(cmo.recognitions, 0);
        QCOMPARE(int(cmo.persona), int(Persona::Broadcaster));
        QVERIFY(cmo.staffComments > 30);
        QCOMPARE(cmo.replyRate.value_or(-1), 0.0);
        // Every leader counts in the table; staff never do.
        QCOMPARE(after.size(), size_t(std::count_if(data->people().begin(), data->people().end(),
                                                    [](const ActivityDataset::Person &p) {
                                                        return p.role == store::PersonRole::Leader;
                                                    })));
    }
};

QTEST_GUILESS_MAIN(TestLeaderStats)
#include "tst_leaderstats.moc"

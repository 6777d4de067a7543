#include "store/database.h"
#include "testdatabase.h"

#include <QTest>

using namespace goodwill;
using namespace goodwill::store;
using goodwill::testing::queryDouble;
using goodwill::testing::queryInt;

// The stories docs/demo.md promises, checked with plain SQL over the generated data so
// the check does not share code with the generator. Default demo: November 2024 to
// October 2026; the VP turns responsive on 2025-11-01; the reorganisation is 2026-01-01.
class TestDemoStories : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> m_db;

    SqliteConnection &c() { return m_db->connection(); }

    // Share of staff posts in the VP's department channels answered by the VP within 72 h.
    double vpAnswerShare(const char *from, const char *to)
    {
        return queryDouble(c(), std::string(R"sql(
            SELECT avg(EXISTS (SELECT 1 FROM activities r
                               WHERE r.thread_root_id = p.id AND r.kind = 'reply'
                                 AND r.author_id = vp.id AND r.at - p.at <= 72 * 3600))
            FROM activities p
            JOIN people author ON author.id = p.author_id AND author.role = 'staff'
            JOIN channels ch ON ch.id = p.channel_id
                AND ch.name IN ('engineering', 'it', 'data-analytics')
            JOIN people vp ON vp.display_name = 'Daniel Okafor'
            WHERE p.kind = 'post' AND p.at >= strftime('%s', ')sql") +
                                    from + "') AND p.at < strftime('%s', '" + to + "')");
    }

    // Per staff member of `department` (by roster on the day), per month, between dates.
    double perMemberMonth(const std::string &measure, const char *department, const char *from,
                          const char *to)
    {
        const std::string inDepartment = std::string(R"sql(
            JOIN roster r ON r.person_id = x.person
                AND date(x.at, 'unixepoch') >= r.valid_from
                AND (r.valid_to IS NULL OR date(x.at, 'unixepoch') < r.valid_to)
            JOIN departments d ON d.id = r.department_id AND d.name = ')sql") +
                                         department + "'";
        const double events =
            queryDouble(c(), "SELECT count(*) * 1.0 FROM (" + measure + ") x " + inDepartment +
                                 " WHERE x.at >= strftime('%s', '" + from +
                                 "') AND x.at < strftime('%s', '" + to + "')");
        const double members =
            queryDouble(c(), std::string(R"sql(
            SELECT count(*) * 1.0 FROM roster r JOIN departments d ON d.id = r.department_id
            JOIN people p ON p.id = r.person_id AND p.role = 'staff'
            WHERE d.name = ')sql") +
                                 department + "' AND r.valid_from <= '" + from +
                                 "' AND (r.valid_to IS NULL OR r.valid_to > '" + from + "')");
        const double months = queryDouble(c(), std::string("SELECT (julianday('") + to +
                                                   "') - julianday('" + from + "')) / 30.44");
        return events / members / months;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = testing::sharedDemo();
        QVERIFY(!path.isEmpty());
        auto db = Database::open(path, Database::Access::ReadOnly);
        QVERIFY(db);
        m_db = std::move(db).value();
    }

    void vpBecomesResponsiveAfterMonthTwelve()
    {
        const double before = vpAnswerShare("2024-11-01", "2025-11-01");
        const double after = vpAnswerShare("2025-11-01", "2026-11-01");
        qInfo("VP answered %.3f of staff posts before month 12 and %.3f after", before, after);
        QVERIFY(before < 0.10);
        QVERIFY(after > 0.50);
        // And faster: median hours to the VP's first reply.
        const char *median = R"sql(
            SELECT (r.at - p.at) / 3600.0 AS hours
            FROM activities p JOIN activities r ON r.thread_root_id = p.id AND r.kind = 'reply'
            JOIN people vp ON vp.id = r.author_id AND vp.display_name = 'Daniel Okafor'
            JOIN people a ON a.id = p.author_id AND a.role = 'staff'
            WHERE p.kind = 'post' AND p.at %1 strftime('%s', '2025-11-01')
            ORDER BY hours LIMIT 1 OFFSET (
                SELECT count(*) / 2 FROM activities p JOIN activities r ON r.thread_root_id = p.id
                AND r.kind = 'reply' JOIN people vp ON vp.id = r.author_id
                AND vp.display_name = 'Daniel Okafor' JOIN people a ON a.id = p.author_id
                AND a.role = 'staff' WHERE p.kind = 'post' AND p.at %1 strftime('%s', '2025-11-01')))sql";
        const double slow =
            queryDouble(c(), QString::fromLatin1(median).arg(QStringLiteral("<")).toStdString());
        const double fast =
            queryDouble(c(), QString::fromLatin1(median).arg(QStringLiteral(">=")).toStdString());
        qInfo("median hours to the VP's reply: %.1f before, %.1f after", slow, fast);
        QVERIFY(slow > 24);
        QVERIFY(fast < 8);
    }

    void goodwillFallsInTheReorganisedDepartment()
    {
        const std::string messages = "SELECT author_id AS person, at FROM activities "
                                     "WHERE kind IN ('post', 'reply')";
        const std::string reactions =
            "SELECT author_id AS person, at FROM activities WHERE kind = 'reaction'";
        const std::string thanked =
            "SELECT rr.person_id AS person, a.at FROM recognition_recipients rr "
            "JOIN activities a ON a.id = rr.activity_id";
        for (const auto &[measure, floor] :
             {std::pair{messages, 0.7}, std::pair{reactions, 0.65}, std::pair{thanked, 0.6}}) {
            const double before =
                perMemberMonth(measure, "Customer Support", "2025-03-01", "2025-07-01");
            const double after =
                perMemberMonth(measure, "Customer Support", "2026-03-01", "2026-07-01");
            // The same season a year apart, so the summer dip does not blur the comparison,
            // and against Sales over the same months, so drift across the company does not.
            const double otherBefore = perMemberMonth(measure, "Sales", "2025-03-01", "2025-07-01");
            const double otherAfter = perMemberMonth(measure, "Sales", "2026-03-01", "2026-07-01");
            qInfo("per member-month, Customer Support: %.3f before, %.3f after; Sales: %.3f, %.3f",
                  before, after, otherBefore, otherAfter);
            QVERIFY(before > 0 && otherBefore > 0);
            QVERIFY(after / before < floor * (otherAfter / otherBefore));
        }
        // The department was split: two in five moved to Customer Success on the day.
        QVERIFY(
            queryInt(c(),
                     "SELECT count(*) FROM roster r JOIN departments d ON d.id = r.department_id "
                     "WHERE d.name = 'Customer Success' AND r.valid_from = '2026-01-01'") > 30);
        QCOMPARE(
            queryInt(c(),
                     "SELECT count(*) FROM roster r JOIN departments d ON d.id = r.department_id "
                     "WHERE d.name = 'Customer Success' AND r.valid_from < '2026-01-01'"),
            0);
    }

    void noLeaderEverRecognisesFieldOperations()
    {
        const char *leaderToDepartment = R"sql(
            SELECT count(*) FROM %1 x
            JOIN activities a ON a.id = x.activity_id
            JOIN people giver ON giver.id = a.author_id AND giver.role = 'leader'
            JOIN roster r ON r.person_id = x.person_id
                AND date(a.at, 'unixepoch') >= r.valid_from
                AND (r.valid_to IS NULL OR date(a.at, 'unixepoch') < r.valid_to)
            JOIN departments d ON d.id = r.department_id AND d.name = '%2')sql";
        const auto count = [&](const char *table, const QString &department) {
            return queryInt(c(), QString::fromLatin1(leaderToDepartment)
                                     .arg(QLatin1StringView(table), department)
                                     .toStdString());
        };
        QCOMPARE(count("recognition_recipients", QStringLiteral("Field Operations")), 0);
        QCOMPARE(count("mentions", QStringLiteral("Field Operations")), 0);
        for (const char *other :
             {"Engineering", "Sales", "Customer Support", "Finance", "Legal", "IT"})
            QVERIFY2(count("recognition_recipients", QLatin1StringView(other)) > 0, other);
        // Their colleagues do thank them: the blind spot is the leaders'.
        QVERIFY(queryInt(c(), R"sql(
            SELECT count(*) FROM recognition_recipients x JOIN activities a ON a.id = x.activity_id
            JOIN roster r ON r.person_id = x.person_id AND date(a.at, 'unixepoch') >= r.valid_from
                AND (r.valid_to IS NULL OR date(a.at, 'unixepoch') < r.valid_to)
            JOIN departments d ON d.id = r.department_id AND d.name = 'Field Operations')sql") >
                50);
    }

    void theCmoOnlyBroadcasts()
    {
        const char *byKind =
            "SELECT count(*) FROM activities a JOIN people p ON p.id = a.author_id "
            "WHERE p.display_name = 'Victor Lang' AND a.kind = '%1'";
        QVERIFY(
            queryInt(c(), QString::fromLatin1(byKind).arg(QStringLiteral("post")).toStdString()) >
            150);
        QCOMPARE(
            queryInt(c(), QString::fromLatin1(byKind).arg(QStringLiteral("reply")).toStdString()),
            0);
        QCOMPARE(queryInt(c(), "SELECT count(*) FROM recognition_recipients x JOIN activities a ON "
                               "a.id = x.activity_id JOIN people p ON p.id = a.author_id "
                               "WHERE p.display_name = 'Victor Lang'"),
                 0);
        // People do respond to him: the silence is his.
        QVERIFY(queryInt(c(), "SELECT count(*) FROM activities r JOIN activities p ON p.id = "
                              "r.thread_root_id JOIN people v ON v.id = p.author_id "
                              "WHERE v.display_name = 'Victor Lang' AND r.kind = 'reply'") > 200);
    }

    void summerIsQuieter()
    {
        for (const char *year : {"2025", "2026"}) {
            const std::string perDay =
                std::string(
                    "SELECT count(*) * 1.0 / count(DISTINCT date(at, 'unixepoch')) FROM activities "
                    "WHERE strftime('%Y', at, 'unixepoch') = '") +
                year + "' AND strftime('%m', at, 'unixepoch') IN ";
            const double summer = queryDouble(c(), perDay + "('07', '08')");
            const double spring = queryDouble(c(), perDay + "('03', '04', '05')");
            qInfo("%s: %.0f activities a day in July-August, %.0f in March-May", year, summer,
                  spring);
            QVERIFY(summer < 0.75 * spring);
        }
    }
};

QTEST_GUILESS_MAIN(TestDemoStories)
#include "tst_demostories.moc"

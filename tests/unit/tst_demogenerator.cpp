#include "demo/demogenerator.h"
#include "store/contenthash.h"
#include "store/database.h"
#include "testdatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace goodwill;
using namespace goodwill::store;
using goodwill::testing::queryInt;

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QByteArray hashOf(const QString &path)
    {
        auto db = Database::open(path, Database::Access::ReadOnly);
        if (!db)
            return {};
        auto hash = contentHash((*db)->connection());
        return hash ? *hash : QByteArray();
    }

    QString generate(const QString &name, int people, int months, std::uint64_t seed)
    {
        demo::DemoOptions options;
        options.people = people;
        options.months = months;
        options.seed = seed;
        const QString path = m_dir.filePath(name);
        auto result = demo::DemoGenerator::generate(path, options);
        if (!result)
            qWarning("%s", qPrintable(result.error().message));
        return result ? path : QString();
    }

private Q_SLOTS:
    void sameSeedSameContent()
    {
        const QString a = generate(QStringLiteral("a.goodwill"), 300, 4, 7);
        const QString b = generate(QStringLiteral("b.goodwill"), 300, 4, 7);
        const QString c = generate(QStringLiteral("c.goodwill"), 300, 4, 8);
        QVERIFY(!a.isEmpty() && !b.isEmpty() && !c.isEmpty());
        const QByteArray hashA = hashOf(a);
        QCOMPARE(hashA.size(), 32);
        QCOMPARE(hashOf(b), hashA);
        QVERIFY(hashOf(c) != hashA);
    }

    void defaultOrganisationHasTheDescribedShape()
    {
        const QString path = testing::sharedDemo();
        QVERIFY(!path.isEmpty());
        auto db = Database::open(path, Database::Access::ReadOnly);
        QVERIFY(db);
        QVERIFY((*db)->isGoodwillFile());
        auto &c = (*db)->connection();
        QCOMPARE(queryInt(c, "SELECT count(*) FROM people"), 1200);
        const auto departments = queryInt(c, "SELECT count(*) FROM departments");
        QVERIFY2(departments >= 12 && departments <= 14, qPrintable(QString::number(departments)));
        // A hierarchy: one CEO, executives reporting to the CEO, directors to executives.
        QCOMPARE(queryInt(c, "SELECT count(*) FROM people WHERE title = 'Chief Executive Officer'"),
                 1);
        QCOMPARE(queryInt(c, "SELECT count(*) FROM people p JOIN people m ON m.id = p.manager_id "
                             "WHERE m.title = 'Chief Executive Officer' AND p.role = 'leader'"),
                 7);
        QVERIFY(queryInt(c, "SELECT count(*) FROM people WHERE title LIKE 'Director of %' "
                            "AND role = 'leader'") >= 12);
        for (const char *role : {"leader", "staff", "bot", "guest"})
            QVERIFY2(queryInt(c, std::string("SELECT count(*) FROM people WHERE role = '") + role +
                                     "'") > 0,
                     role);
        for (const char *kind : {"work", "announcement", "social", "recognition", "qa"})
            QVERIFY2(queryInt(c, std::string("SELECT count(*) FROM channels WHERE kind = '") +
                                     kind + "'") > 0,
                     kind);
        for (const char *kind : {"post", "reply", "reaction"})
            QVERIFY2(queryInt(c, std::string("SELECT count(*) FROM activities WHERE kind = '") +
                                     kind + "'") > 1000,
                     kind);
        QVERIFY(queryInt(c, "SELECT count(*) FROM recognition_recipients") > 500);
        QVERIFY(queryInt(c, "SELECT count(*) FROM mentions") > 500);
        const auto activities = queryInt(c, "SELECT count(*) FROM activities");
        QVERIFY2(activities > 100'000 && activities < 400'000,
                 qPrintable(QString::number(activities)));
        // 24 months: November 2024 to October 2026, nothing outside.
        QCOMPARE(queryInt(c,
                          "SELECT count(*) FROM activities WHERE at < strftime('%s', '2024-11-01') "
                          "OR at >= strftime('%s', '2026-11-01')"),
                 0);
        QCOMPARE(
            queryInt(c,
                     "SELECT count(DISTINCT strftime('%Y-%m', at, 'unixepoch')) FROM activities"),
            24);
        // Transfers: people with stints in two departments, and leavers.
        QVERIFY(queryInt(c, "SELECT count(*) FROM (SELECT person_id FROM roster GROUP BY person_id "
                            "HAVING count(DISTINCT department_id) > 1)") > 80);
        QVERIFY(queryInt(c,
                         "SELECT count(*) FROM roster r WHERE valid_to IS NOT NULL AND NOT EXISTS "
                         "(SELECT 1 FROM roster n WHERE n.person_id = r.person_id AND n.valid_from "
                         "= r.valid_to)") > 40);
        // Threads hang together: every reply and reaction points into an earlier thread.
        QCOMPARE(queryInt(c, "SELECT count(*) FROM activities a JOIN activities root ON root.id = "
                             "a.thread_root_id WHERE a.kind IN ('reply', 'reaction') AND "
                             "(root.kind <> 'post' OR a.at < root.at)"),
                 0);
        QCOMPARE(queryInt(c, "SELECT count(*) FROM activities WHERE kind IN ('reply', 'reaction') "
                             "AND (thread_root_id IS NULL OR parent_id IS NULL)"),
                 0);
        QCOMPARE(
            queryInt(c,
                     "SELECT count(*) FROM activities WHERE kind = 'reaction' AND emoji IS NULL"),
            0);
        QCOMPARE(queryInt(c, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
        // One reaction per person and emoji on a message, as platforms store them.
        QCOMPARE(queryInt(c,
                          "SELECT count(*) FROM (SELECT 1 FROM activities WHERE kind = 'reaction' "
                          "GROUP BY parent_id, author_id, emoji HAVING count(*) > 1)"),
                 0);
        // Staff never carry a leader word in their title.
        QCOMPARE(
            queryInt(c,
                     "SELECT count(*) FROM people WHERE role = 'staff' AND (title LIKE '%chief%' "
                     "OR title LIKE '%director%' OR title LIKE '%head of%' OR title LIKE 'VP %')"),
            0);
        // Every department clears the minimum group size of 5 staff at the end.
        QCOMPARE(queryInt(c,
                          "SELECT count(*) FROM departments d WHERE (SELECT count(*) FROM roster r "
                          "JOIN people p ON p.id = r.person_id WHERE r.department_id = d.id AND "
                          "r.valid_to IS NULL AND p.role = 'staff') < 5"),
                 0);
    }

    void cancellingLeavesNothingBehind()
    {
        const QString path = m_dir.filePath(QStringLiteral("cancelled.goodwill"));
        demo::DemoOptions options;
        options.people = 300;
        options.months = 6;
        auto result = demo::DemoGenerator::generate(path, options,
                                                    [](int permille) { return permille < 300; });
        QVERIFY(!result);
        QVERIFY(result.error().message.contains(QStringLiteral("cancelled")));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
    }

    void refusesToOverwrite()
    {
        const QString path = m_dir.filePath(QStringLiteral("existing.goodwill"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
        file.close();
        auto result = demo::DemoGenerator::generate(path, demo::DemoOptions{});
        QVERIFY(!result);
        QVERIFY(result.error().message.contains(path));
        QCOMPARE(testing::fileBytes(path), QByteArray("keep me"));
    }

    void rejectsImpossibleSizes_data()
    {
        QTest::addColumn<int>("people");
        QTest::addColumn<int>("months");
        QTest::newRow("too few people") << 10 << 12;
        QTest::newRow("no months") << 1200 << 0;
        QTest::newRow("a century") << 1200 << 1200;
    }

    void rejectsImpossibleSizes()
    {
        QFETCH(int, people);
        QFETCH(int, months);
        demo::DemoOptions options;
        options.people = people;
        options.months = months;
        const QString path = m_dir.filePath(QStringLiteral("impossible.goodwill"));
        QVERIFY(!demo::DemoGenerator::generate(path, options));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"

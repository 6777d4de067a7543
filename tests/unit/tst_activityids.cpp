#include "analytics/activitydataset.h"
#include "analytics/activityids.h"
#include "store/database.h"
#include "testdatabase.h"

#include <QTest>

using namespace goodwill;
using namespace goodwill::analytics;

class TestActivityIds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsBothWays()
    {
        ActivityIds ids;
        QCOMPARE(ids.indexOf(1), -1);
        QCOMPARE(ids.idOf(0), std::int64_t(0));
        // Three runs: 5..7, 10, 20..21.
        for (std::int64_t id : {5, 6, 7, 10, 20, 21})
            ids.append(id);
        QCOMPARE(ids.size(), 6);
        QCOMPARE(ids.runCount(), size_t(3));
        const std::int64_t expected[] = {5, 6, 7, 10, 20, 21};
        for (std::int32_t index = 0; index < 6; ++index) {
            QCOMPARE(ids.idOf(index), expected[index]);
            QCOMPARE(ids.indexOf(expected[index]), index);
        }
        for (std::int64_t absent : {0, 4, 8, 9, 11, 19, 22, 1000})
            QCOMPARE(ids.indexOf(absent), -1);
        QCOMPARE(ids.idOf(-1), std::int64_t(0));
        QCOMPARE(ids.idOf(6), std::int64_t(0));
    }

    void manyConsecutiveIdsKeepOneRun()
    {
        ActivityIds ids;
        for (std::int64_t id = 1; id <= 1'000'000; ++id)
            ids.append(id);
        QCOMPARE(ids.runCount(), size_t(1));
        QCOMPARE(ids.idOf(999'999), std::int64_t(1'000'000));
        QCOMPARE(ids.indexOf(500'000), 499'999);
    }

    void datasetIds()
    {
        auto db = store::Database::create(QString());
        QVERIFY(db);
        QVERIFY(testing::execute((*db)->connection(), R"sql(
            INSERT INTO sources VALUES (1, 'csv', 'fixture');
            INSERT INTO people (id, display_name, email, title, role) VALUES
                (1, 'Ann', 'ann@example.com', 'Engineer', 'staff');
            INSERT INTO channels VALUES (1, 1, 'c1', 'general', 'work', NULL);
            INSERT INTO activities (id, source_id, source_activity_id, kind, at, author_id,
                                    channel_id, thread_root_id, parent_id, text) VALUES
              (3, 1, 'a', 'post', 1740000000, 1, 1, NULL, NULL, 'one'),
              (4, 1, 'b', 'reply', 1740000100, 1, 1, 3, 3, 'two'),
              (40, 1, 'c', 'post', 1740000200, 1, 1, NULL, NULL, 'three');
        )sql"));
        auto data = ActivityDataset::load((*db)->connection(), ModelFile::defaults());
        QVERIFY2(data, data ? "" : qPrintable(data.error().message));
        QCOMPARE(data->activities().size(), size_t(3));
        QCOMPARE(data->activityId(0), std::int64_t(3));
        QCOMPARE(data->activityId(1), std::int64_t(4));
        QCOMPARE(data->activityId(2), std::int64_t(40));
        QCOMPARE(data->indexOfActivityId(40), 2);
        QCOMPARE(data->indexOfActivityId(5), -1);
        QCOMPARE(data->activities()[1].root, 0);
    }
};

QTEST_GUILESS_MAIN(TestActivityIds)
#include "tst_activityids.moc"

#include "items/monthlyactivitymodel.h"
#include "store/database.h"
#include "store/storesummary.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace goodwill;
using namespace goodwill::store;

class TestMonthlyActivityModel : public QObject
{
    Q_OBJECT

private:
    // January 2025: two posts, a reply that recognises someone, one standalone praise;
    // February: nothing; March: one reaction. One bot, two people, one leader.
    std::unique_ptr<Database> fixture()
    {
        auto db = Database::create(QString());
        if (!db)
            qFatal("%s", qPrintable(db.error().message));
        testing::execute((*db)->connection(), R"sql(
            INSERT INTO sources VALUES (1, 'csv', 'fixture');
            INSERT INTO departments (id, name) VALUES (1, 'Sales'), (2, 'Legal');
            INSERT INTO people (id, display_name, role) VALUES
                (1, 'Ana', 'leader'), (2, 'Bo', 'staff'), (3, 'Bot', 'bot'), (4, 'Cy', 'bot');
            UPDATE people SET role_override = 'staff' WHERE id = 4;
            INSERT INTO channels VALUES (1, 1, 'c1', 'general', 'work', NULL);
            INSERT INTO activities (id, source_id, source_activity_id, kind, at, author_id, channel_id,
                                    thread_root_id, parent_id, text) VALUES
                (1, 1, 'a1', 'post', strftime('%s', '2025-01-03 10:00'), 1, 1, NULL, NULL, 'Hello'),
                (2, 1, 'a2', 'post', strftime('%s', '2025-01-31 23:59'), 2, 1, NULL, NULL, 'Hi'),
                (3, 1, 'a3', 'reply', strftime('%s', '2025-01-04 09:00'), 2, 1, 1, 1, 'Thanks @Ana'),
                (4, 1, 'a4', 'recognition', strftime('%s', '2025-01-05 09:00'), 1, NULL, NULL, NULL, 'Praise'),
                (5, 1, 'a5', 'reaction', strftime('%s', '2025-03-01 00:00'), 2, 1, 1, 1, NULL);
            INSERT INTO recognition_recipients VALUES (3, 1, 'detected'), (4, 2, 'source');
        )sql");
        return std::move(db).value();
    }

private Q_SLOTS:
    void summaryCountsByHand()
    {
        auto db = fixture();
        auto summary = StoreSummary::read(db->connection());
        QVERIFY(summary);
        QCOMPARE(summary->people, 3); // Ana, Bo, and Cy whose override makes them staff
        QCOMPARE(summary->leaders, 1);
        QCOMPARE(summary->departments, 2);
        QCOMPARE(summary->channels, 1);
        QCOMPARE(summary->activities, 5);
        QCOMPARE(summary->sources, 1);
        QCOMPARE(summary->firstDay, QDate(2025, 1, 3));
        QCOMPARE(summary->lastDay, QDate(2025, 3, 1));
        QCOMPARE(summary->months.size(), size_t(3));
        const MonthActivity &january = summary->months[0];
        QCOMPARE(january.month, QDate(2025, 1, 1));
        QCOMPARE(january.posts, 2);
        QCOMPARE(january.replies, 1);
        QCOMPARE(january.reactions, 0);
        QCOMPARE(january.recognitions, 2); // the recognising reply and the praise
        QCOMPARE(summary->months[1].month, QDate(2025, 2, 1));
        QCOMPARE(summary->months[1].posts + summary->months[1].replies, 0);
        QCOMPARE(summary->months[2].reactions, 1);
    }

    void emptyDatabaseHasNoMonths()
    {
        auto db = Database::create(QString());
        QVERIFY(db);
        auto summary = StoreSummary::read((*db)->connection());
        QVERIFY(summary);
        QCOMPARE(summary->activities, 0);
        QVERIFY(summary->months.empty());
        QVERIFY(!summary->firstDay.isValid());
    }

    void modelExposesMonthsAndKinds()
    {
        auto db = fixture();
        items::MonthlyActivityModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMonths(StoreSummary::read(db->connection())->months);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 5);
        QCOMPARE(model.index(0, 0).data().toDate(), QDate(2025, 1, 1));
        QCOMPARE(model.index(0, items::MonthlyActivityModel::Posts).data().toLongLong(), 2);
        QCOMPARE(model.index(0, items::MonthlyActivityModel::Recognitions).data().toLongLong(), 2);
        QCOMPARE(model.index(2, items::MonthlyActivityModel::Reactions).data().toLongLong(), 1);
        QCOMPARE(model.headerData(items::MonthlyActivityModel::Replies, Qt::Horizontal).toString(),
                 QStringLiteral("Replies"));
        QVERIFY(
            model.index(0, 1).data(Qt::ToolTipRole).toString().contains(QStringLiteral("2 posts")));
        model.setMonths({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMonthlyActivityModel)
#include "tst_monthlyactivitymodel.moc"

#include "analytics/activitydataset.h"
#include "analytics/messagelookup.h"
#include "store/database.h"
#include "testdatabase.h"

#include <QTest>

using namespace goodwill;
using namespace goodwill::analytics;

class TestMessageLookup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsInTheOrderAsked()
    {
        auto db = store::Database::create(QString());
        QVERIFY(db);
        QVERIFY(testing::execute((*db)->connection(), R"sql(
            INSERT INTO sources VALUES (1, 'csv', 'fixture');
            INSERT INTO people (id, display_name, email, title, role) VALUES
                (1, 'Ann Lo', 'ann@example.com', 'Engineer', 'staff'),
                (2, 'Bo Kim', 'bo@example.com', 'Engineer', 'staff');
            INSERT INTO channels VALUES (1, 1, 'c1', 'general', 'work', NULL);
            INSERT INTO activities (id, source_id, source_activity_id, kind, at, author_id,
                                    channel_id, thread_root_id, parent_id, text, emoji) VALUES
              (10, 1, 'a', 'post', strftime('%s', '2025-03-03 09:00'), 1, 1, NULL, NULL, 'Hello all', NULL),
              (11, 1, 'b', 'reply', strftime('%s', '2025-03-03 10:00'), 2, NULL, 10, 10, 'Hi Ann', NULL),
              (12, 1, 'c', 'reaction', strftime('%s', '2025-03-03 10:30'), 2, 1, 10, 10, NULL, 'heart');
        )sql"));
        auto data = ActivityDataset::load((*db)->connection(), ModelFile::defaults());
        QVERIFY(data);
        const MessageLookup lookup((*db)->connection());
        auto messages = lookup.read(*data, {2, 0, 1, 0});
        QVERIFY2(messages, messages ? "" : qPrintable(messages.error().message));
        QCOMPARE(messages->size(), size_t(4));
        const auto &reaction = (*messages)[0];
        QCOMPARE(reaction.activity, 2);
        QCOMPARE(reaction.id, std::int64_t(12));
        QCOMPARE(int(reaction.kind), int(store::ActivityKind::Reaction));
        QCOMPARE(reaction.emoji, QStringLiteral("heart"));
        QVERIFY(reaction.text.isEmpty());
        QCOMPARE(reaction.authorName, QStringLiteral("Bo Kim"));
        const auto &post = (*messages)[1];
        QCOMPARE(post.id, std::int64_t(10));
        QCOMPARE(post.text, QStringLiteral("Hello all"));
        QCOMPARE(post.at, QDateTime(QDate(2025, 3, 3), QTime(9, 0), Qt::UTC));
        QCOMPARE(post.at.timeSpec(), Qt::UTC);
        QCOMPARE(post.channel, QStringLiteral("general"));
        QCOMPARE(post.author, 0);
        // The reply stores no channel: it is its thread's.
        const auto &reply = (*messages)[2];
        QCOMPARE(reply.text, QStringLiteral("Hi Ann"));
        QCOMPARE(reply.channel, QStringLiteral("general"));
        QCOMPARE((*messages)[3].text, QStringLiteral("Hello all"));

        QVERIFY(lookup.read(*data, {}).value().empty());
        QVERIFY(!lookup.read(*data, {3}));
    }

    void readsInBatches()
    {
        // More than two batches of ids, asked in reverse.
        auto db = store::Database::create(QString());
        QVERIFY(db);
        std::string sql = "INSERT INTO sources VALUES (1, 'csv', 'fixture');"
                          "INSERT INTO people (id, display_name, email, title, role) VALUES "
                          "(1, 'Ann Lo', 'ann@example.com', 'Engineer', 'staff');"
                          "INSERT INTO channels VALUES (1, 1, 'c1', 'general', 'work', NULL);";
        const int n = MessageLookup::batchSize * 2 + 7;
        for (int i = 1; i <= n; ++i)
            sql += "INSERT INTO activities (id, source_id, source_activity_id, kind, at, "
                   "author_id, channel_id, text) VALUES (" +
                   std::to_string(i * 2) + ", 1, 'a" + std::to_string(i) + "', 'post', " +
                   std::to_string(1740000000 + i) + ", 1, 1, 'message " + std::to_string(i) + "');";
        QVERIFY(testing::execute((*db)->connection(), sql));
        auto data = ActivityDataset::load((*db)->connection(), ModelFile::defaults());
        QVERIFY(data);
        std::vector<std::int32_t> asked;
        for (int i = n - 1; i >= 0; --i)
            asked.push_back(i);
        auto messages = MessageLookup((*db)->connection()).read(*data, asked);
        QVERIFY(messages);
        QCOMPARE(messages->size(), size_t(n));
        for (int i = 0; i < n; ++i) {
            const int number = n - i; // index n-1-i holds message number n-i
            QCOMPARE((*messages)[size_t(i)].id, std::int64_t(number * 2));
            QCOMPARE((*messages)[size_t(i)].text, QStringLiteral("message %1").arg(number));
        }
    }
};

QTEST_GUILESS_MAIN(TestMessageLookup)
#include "tst_messagelookup.moc"

#include "store/contenthash.h"
#include "store/database.h"
#include "store/schema.h"
#include "store/storewriter.h"
#include "testdatabase.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace goodwill;
using namespace goodwill::store;
using goodwill::testing::execute;
using goodwill::testing::queryInt;

class TestSchema : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> memory()
    {
        auto db = Database::create(QString());
        if (!db)
            qFatal("%s", qPrintable(db.error().message));
        return std::move(db).value();
    }

private Q_SLOTS:
    void createsEveryTableAtTheCurrentVersion()
    {
        auto db = memory();
        for (const schema::Table &table : schema::tables())
            QVERIFY2(db->connection().tableExists(table.name), table.name);
        QCOMPARE(db->schemaVersion(), schema::currentVersion);
        QCOMPARE(queryInt(db->connection(), "SELECT max(version) FROM schema_version"),
                 schema::currentVersion);
        QCOMPARE(queryInt(db->connection(), "PRAGMA application_id"), 0x476F6F64);
        QVERIFY(db->isGoodwillFile());
        QVERIFY(!db->isReadOnly());
    }

    void newFilesUseWalAndForeignKeys()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.goodwill"));
        auto db = Database::create(path);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        auto mode = (*db)->connection().prepare("PRAGMA journal_mode");
        QVERIFY(mode && mode->step() == SqliteStatement::Step::Row);
        QCOMPARE(mode->text(0), QStringLiteral("wal"));
        QCOMPARE(queryInt((*db)->connection(), "PRAGMA foreign_keys"), 1);
    }

    void createRefusesAnExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("twice.goodwill"));
        QVERIFY(Database::create(path));
        auto again = Database::create(path);
        QVERIFY(!again);
        QVERIFY(again.error().message.contains(path));
        QVERIFY(again.error().message.contains(QStringLiteral("already exists")));
    }

    void constraintsRejectBadRows_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("unknown activity kind")
            << "INSERT INTO activities (source_id, source_activity_id, kind, at, author_id) "
               "VALUES (1, 'x', 'like', 0, 1)";
        QTest::newRow("unknown role")
            << "INSERT INTO people (display_name, role) VALUES ('A', 'boss')";
        QTest::newRow("unknown channel kind")
            << "INSERT INTO channels (source_id, source_channel_id, name, kind) VALUES (1, 'c2', "
               "'x', 'chat')";
        QTest::newRow("duplicate source id")
            << "INSERT INTO activities (source_id, source_activity_id, kind, at, author_id) "
               "VALUES (1, 'a1', 'post', 0, 1)";
        QTest::newRow("empty roster stint")
            << "INSERT INTO roster (person_id, valid_from, valid_to, department_id) "
               "VALUES (1, '2025-01-01', '2025-01-01', 1)";
        QTest::newRow("activity by nobody")
            << "INSERT INTO activities (source_id, source_activity_id, kind, at, author_id) "
               "VALUES (1, 'a9', 'post', 0, 99)";
        QTest::newRow("same email, other case")
            << "INSERT INTO people (display_name, email) VALUES ('B', 'ANA@EXAMPLE.COM')";
    }

    void constraintsRejectBadRows()
    {
        QFETCH(QString, sql);
        auto db = memory();
        auto &c = db->connection();
        QVERIFY(execute(
            c, "INSERT INTO sources (id, kind, name) VALUES (1, 'slack', 'w');"
               "INSERT INTO departments (id, name) VALUES (1, 'Sales');"
               "INSERT INTO people (id, display_name, email) VALUES (1, 'Ana', 'ana@example.com');"
               "INSERT INTO channels (id, source_id, source_channel_id, name) VALUES (1, 1, 'c1', "
               "'general');"
               "INSERT INTO activities (source_id, source_activity_id, kind, at, author_id) "
               "VALUES (1, 'a1', 'post', 0, 1)"));
        QVERIFY(!c.execute(sql.toStdString()));
    }

    void writerRoundTripsEveryRecord()
    {
        auto db = memory();
        auto writer = StoreWriter::create(db->connection());
        QVERIFY(writer);
        QVERIFY(writer->insert(SourceRecord{1, "demo", "test"}));
        QVERIFY(writer->insert(DepartmentRecord{1, "Legal", 0}));
        QVERIFY(writer->insert(
            PersonRecord{1, "Ana Lima", "ana@example.com", "VP Legal", PersonRole::Leader, 0}));
        QVERIFY(writer->insert(
            PersonRecord{2, "Bo Chen", "bo@example.com", "Paralegal", PersonRole::Staff, 1}));
        QVERIFY(writer->insert(PersonSourceIdRecord{1, "U1", 1}));
        QVERIFY(writer->insert(RosterRecord{2, "2024-01-01", "", 1, "Paralegal", false}));
        QVERIFY(writer->insert(ChannelRecord{1, 1, "C1", "kudos", ChannelKind::Recognition}));
        ActivityRecord post;
        post.id = 10;
        post.sourceId = 1;
        post.sourceActivityId = "10";
        post.at = 1'700'000'000;
        post.authorId = 1;
        post.channelId = 1;
        post.text = "Thanks @Bo Chen for the contract review";
        QVERIFY(writer->insert(post));
        QVERIFY(writer->insertMention(10, 2));
        QVERIFY(writer->insertRecognitionRecipient(10, 2));
        auto duplicate = writer->insert(post);
        QVERIFY(!duplicate);
        QVERIFY(duplicate.error().message.contains(QStringLiteral("activities row 10")));

        auto &c = db->connection();
        QCOMPARE(queryInt(c, "SELECT count(*) FROM activities WHERE kind = 'post' AND "
                             "thread_root_id IS NULL AND at = 1700000000 AND emoji IS NULL"),
                 1);
        QCOMPARE(
            queryInt(c, "SELECT count(*) FROM roster WHERE valid_to IS NULL AND is_leader = 0"), 1);
        QCOMPARE(
            queryInt(c, "SELECT person_id FROM recognition_recipients WHERE origin = 'source'"), 2);
        QCOMPARE(queryInt(c, "SELECT manager_id FROM people WHERE id = 2"), 1);
        QCOMPARE(queryInt(c, "SELECT count(*) FROM channels WHERE kind = 'recognition'"), 1);
    }

    void contentHashFollowsContentNotHistory()
    {
        auto first = memory();
        auto second = memory();
        // The same rows written in a different order hash the same.
        QVERIFY(execute(first->connection(),
                        "INSERT INTO people (id, display_name) VALUES (1, 'A'), (2, 'B')"));
        QVERIFY(execute(second->connection(),
                        "INSERT INTO people (id, display_name) VALUES (2, 'B'); "
                        "INSERT INTO people (id, display_name) VALUES (1, 'A')"));
        const QByteArray a = *contentHash(first->connection());
        QCOMPARE(a.size(), 32);
        QCOMPARE(*contentHash(second->connection()), a);
        // The run log is not content.
        QVERIFY(execute(second->connection(),
                        "INSERT INTO import_runs (source_kind, file_name, started_at) "
                        "VALUES ('slack', 'x.zip', '2026-01-01T00:00:00Z')"));
        QCOMPARE(*contentHash(second->connection()), a);
        // One changed letter is a different hash; so is NULL against empty text.
        QVERIFY(execute(second->connection(), "UPDATE people SET display_name = 'b' WHERE id = 2"));
        QVERIFY(*contentHash(second->connection()) != a);
        QVERIFY(execute(first->connection(), "UPDATE people SET title = '' WHERE id = 1"));
        QVERIFY(*contentHash(first->connection()) != a);
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"

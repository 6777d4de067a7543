#include "store/contenthash.h"
#include "store/database.h"
#include "testdatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace goodwill;
using namespace goodwill::store;
using goodwill::testing::queryInt;

class TestMigration : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Writes the v0 fixture to a new file with the plain SQLite API, as v0 Goodwill did.
    QString makeV0(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile fixture(QStringLiteral(GOODWILL_TEST_DATA "/schema_v0.sql"));
        if (!fixture.open(QIODevice::ReadOnly))
            return {};
        sqlite3 *db = nullptr;
        sqlite3_open(QFile::encodeName(path).constData(), &db);
        const int rc = sqlite3_exec(db, fixture.readAll().constData(), nullptr, nullptr, nullptr);
        sqlite3_close(db);
        return rc == SQLITE_OK ? path : QString();
    }

private Q_SLOTS:
    void migratesV0ToCurrentKeepingEveryRow()
    {
        const QString path = makeV0(QStringLiteral("v0.goodwill"));
        QVERIFY(!path.isEmpty());
        auto db = Database::open(path, Database::Access::ReadWrite);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QCOMPARE((*db)->schemaVersion(), 3); // v0 -> v1 -> v2 -> v3 in one transaction
        auto &c = (*db)->connection();
        QCOMPARE(queryInt(c, "SELECT max(version) FROM schema_version"), 3);
        QCOMPARE(queryInt(c, "SELECT count(*) FROM handled_questions"), 0);
        QCOMPARE(queryInt(c, "SELECT count(*) FROM people"), 4);
        QCOMPARE(queryInt(c, "SELECT count(*) FROM departments"), 2);
        // Department names became roster stints; the person without one has none.
        QCOMPARE(queryInt(c, "SELECT count(*) FROM roster"), 3);
        QCOMPARE(queryInt(c, "SELECT count(*) FROM roster r JOIN departments d ON d.id = "
                             "r.department_id WHERE d.name = 'Operations'"),
                 2);
        QCOMPARE(queryInt(c, "SELECT count(*) FROM people WHERE role = 'leader'"), 1);
        QCOMPARE(queryInt(c, "SELECT id FROM people WHERE role = 'leader'"), 1);
        QCOMPARE(queryInt(c, "SELECT count(*) FROM channels WHERE kind = 'recognition'"), 1);
        QCOMPARE(queryInt(c, "SELECT count(*) FROM activities"), 5);
        // Thread roots: the reply to a reply (3) and the reaction to it (4) belong to post 1.
        QCOMPARE(queryInt(c, "SELECT thread_root_id FROM activities WHERE id = 3"), 1);
        QCOMPARE(queryInt(c, "SELECT thread_root_id FROM activities WHERE id = 4"), 1);
        QCOMPARE(queryInt(c, "SELECT count(*) FROM activities WHERE id IN (1, 5) AND "
                             "thread_root_id IS NULL"),
                 2);
        QCOMPARE(queryInt(c, "SELECT count(*) FROM sqlite_schema WHERE name LIKE '%_v0'"), 0);
        QCOMPARE(queryInt(c, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
    }

    void refusesToMigrateWhenReadOnly()
    {
        const QString path = makeV0(QStringLiteral("v0-ro.goodwill"));
        const QByteArray before = testing::fileBytes(path);
        auto db = Database::open(path, Database::Access::ReadOnly);
        QVERIFY(!db);
        QVERIFY(db.error().message.contains(path));
        QVERIFY(db.error().message.contains(QStringLiteral("upgraded")));
        QCOMPARE(testing::fileBytes(path), before);
    }

    // A Goodwill v1 file: the v1 tables (v2 only added handled_questions) and version row 1.
    QString makeV1(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        {
            auto db = Database::create(path);
            if (!db || !testing::execute((*db)->connection(), R"sql(
                    DROP TABLE handled_questions;
                    CREATE INDEX activities_author_at ON activities(author_id, at);
                    CREATE INDEX activities_thread ON activities(thread_root_id)
                        WHERE thread_root_id IS NOT NULL;
                    DELETE FROM schema_version;
                    INSERT INTO schema_version VALUES (1, '2026-10-01T00:00:00Z');
                    INSERT INTO sources VALUES (1, 'csv', 'one');
                    INSERT INTO people (id, display_name, title) VALUES (1, 'Lena', 'VP Sales'),
                                                                        (2, 'Sam', 'Rep');
                    INSERT INTO activities (id, source_id, source_activity_id, kind, at,
                                            author_id, text)
                        VALUES (1, 1, 'a1', 'post', 1735718400, 2, '@Lena why?');
                    PRAGMA journal_mode = DELETE;
                )sql"))
                return {};
        }
        return path;
    }

    void migratesV1ToCurrent()
    {
        const QString path = makeV1(QStringLiteral("v1.goodwill"));
        QVERIFY(!path.isEmpty());
        QByteArray hashV1;
        {
            // Read-only, a v1 file is read as it stands (no marks), not refused.
            auto db = Database::open(path, Database::Access::ReadOnly);
            QVERIFY2(db, db ? "" : qPrintable(db.error().message));
            QCOMPARE((*db)->schemaVersion(), 1);
            QVERIFY(!(*db)->connection().tableExists("handled_questions"));
            auto hash = contentHash((*db)->connection());
            QVERIFY(hash);
            hashV1 = *hash;
        }
        auto db = Database::open(path, Database::Access::ReadWrite);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QCOMPARE((*db)->schemaVersion(), 3);
        auto &c = (*db)->connection();
        QCOMPARE(queryInt(c, "SELECT count(*) FROM schema_version"), 3); // 1, then 2, then 3
        QCOMPARE(queryInt(c, "SELECT max(version) FROM schema_version"), 3);
        // v3 dropped the two activity indexes nothing read; the source key stays.
        QCOMPARE(queryInt(c, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name "
                             "IN ('activities_author_at', 'activities_thread')"),
                 0);
        QCOMPARE(queryInt(c, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name "
                             "= 'activities_source_key'"),
                 1);
        QCOMPARE(queryInt(c, "SELECT count(*) FROM activities"), 1);
        QCOMPARE(queryInt(c, "SELECT count(*) FROM handled_questions"), 0);
        // The same content with no marks hashes the same; a mark changes it.
        QCOMPARE(*contentHash(c), hashV1);
        QVERIFY(testing::execute(c, "INSERT INTO handled_questions VALUES (1, 1, "
                                    "'2026-10-02T09:30:00Z')"));
        QVERIFY(*contentHash(c) != hashV1);
        // The table keeps its rules: one mark per question and leader, real rows only.
        QVERIFY(!c.execute("INSERT INTO handled_questions VALUES (1, 1, '2026-10-03T00:00:00Z')"));
        QVERIFY(!c.execute("INSERT INTO handled_questions VALUES (99, 1, '2026-10-03T00:00:00Z')"));
        QVERIFY(!c.execute("INSERT INTO handled_questions VALUES (1, 2, NULL)"));
    }

    void refusesANewerSchema()
    {
        const QString path = m_dir.filePath(QStringLiteral("future.goodwill"));
        {
            auto db = Database::create(path);
            QVERIFY(db);
            QVERIFY(testing::execute((*db)->connection(),
                                     "INSERT INTO schema_version VALUES (7, '2030-01-01')"));
        }
        auto db = Database::open(path, Database::Access::ReadWrite);
        QVERIFY(!db);
        QVERIFY(db.error().message.contains(QStringLiteral("newer")));
    }
};

QTEST_GUILESS_MAIN(TestMigration)
#include "tst_migration.moc"

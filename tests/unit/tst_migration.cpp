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
        QCOMPARE((*db)->schemaVersion(), 1);
        auto &c = (*db)->connection();
        QCOMPARE(queryInt(c, "SELECT max(version) FROM schema_version"), 1);
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

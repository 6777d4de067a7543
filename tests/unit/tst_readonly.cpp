#include "store/database.h"
#include "store/schema.h"
#include "store/sqliteconnection.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace goodwill;
using namespace goodwill::store;
using goodwill::testing::fileBytes;
using goodwill::testing::queryInt;

class TestReadOnly : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QStringList sideFiles(const QString &path) const
    {
        QStringList found;
        for (const char *suffix : {"-wal", "-shm", "-journal"}) {
            if (QFile::exists(path + QLatin1StringView(suffix)))
                found << path + QLatin1StringView(suffix);
        }
        return found;
    }

    // A database someone else made from docs/schema.md: the tables, no application id.
    QString makeForeign(const QString &name, bool wal)
    {
        const QString path = m_dir.filePath(name);
        auto connection = SqliteConnection::open(QFile::encodeName(path),
                                                 SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, path);
        if (!connection)
            return {};
        if (wal && !connection->execute("PRAGMA journal_mode = WAL"))
            return {};
        if (!schema::createTables(*connection) || !schema::createIndexes(*connection))
            return {};
        if (!connection->execute("INSERT INTO people (display_name) VALUES ('Warehouse Person')"))
            return {};
        return path;
    }

    void expectUntouchedRead(const QString &path, Database::Access access)
    {
        const QByteArray before = fileBytes(path);
        QVERIFY(!before.isEmpty());
        QVERIFY(sideFiles(path).isEmpty());
        {
            auto db = Database::open(path, access);
            QVERIFY2(db, db ? "" : qPrintable(db.error().message));
            QVERIFY((*db)->isReadOnly());
            QCOMPARE(queryInt((*db)->connection(), "SELECT count(*) FROM people"), 1);
            QVERIFY(!(*db)->connection().execute("INSERT INTO people (display_name) VALUES ('X')"));
            QVERIFY(!(*db)->connection().execute("CREATE TABLE scratch (x)"));
            QVERIFY(sideFiles(path).isEmpty());
        }
        QCOMPARE(fileBytes(path), before);
        QCOMPARE(sideFiles(path), QStringList());
    }

private Q_SLOTS:
    void ownFileOpenedForReadingStaysByteIdentical()
    {
        const QString path = m_dir.filePath(QStringLiteral("own.goodwill"));
        {
            auto db = Database::create(path);
            QVERIFY(db);
            QVERIFY(testing::execute((*db)->connection(),
                                     "INSERT INTO people (display_name) VALUES ('Own Person')"));
        }
        QVERIFY(sideFiles(path).isEmpty()); // a clean close checkpoints and removes the WAL
        expectUntouchedRead(path, Database::Access::ReadOnly);
    }

    void ownFileOpensForWriting()
    {
        const QString path = m_dir.filePath(QStringLiteral("own-rw.goodwill"));
        QVERIFY(Database::create(path));
        auto db = Database::open(path, Database::Access::ReadWrite);
        QVERIFY(db);
        QVERIFY((*db)->isGoodwillFile());
        QVERIFY(!(*db)->isReadOnly());
        QVERIFY(testing::execute((*db)->connection(),
                                 "INSERT INTO people (display_name) VALUES ('Y')"));
    }

    void foreignRollbackJournalFileIsNeverWritten()
    {
        const QString path = makeForeign(QStringLiteral("warehouse.sqlite"), false);
        QVERIFY(!path.isEmpty());
        expectUntouchedRead(path, Database::Access::ReadWrite);
        auto db = Database::open(path, Database::Access::ReadWrite);
        QVERIFY(db);
        QVERIFY(!(*db)->isGoodwillFile());
    }

    void foreignWalFileIsNeverWritten()
    {
        const QString path = makeForeign(QStringLiteral("warehouse-wal.sqlite"), true);
        QVERIFY(!path.isEmpty());
        expectUntouchedRead(path, Database::Access::ReadWrite);
    }

    void pathsThatNeedEncodingWork()
    {
        const QString folder = m_dir.filePath(QStringLiteral("odd #?% näme"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/weird ?name#.goodwill");
        {
            auto db = Database::create(path);
            QVERIFY(db);
            QVERIFY(testing::execute((*db)->connection(),
                                     "INSERT INTO people (display_name) VALUES ('Odd Path')"));
        }
        expectUntouchedRead(path, Database::Access::ReadOnly);
    }

    void badFilesGiveOneClearError_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing") << QByteArray() << QStringLiteral("does not exist");
        QTest::newRow("empty") << QByteArray("") << QStringLiteral("not an SQLite file");
        QTest::newRow("text") << QByteArray("name,email\nAna,ana@example.com\n")
                              << QStringLiteral("not an SQLite file");
        QByteArray truncated("SQLite format 3");
        truncated.append('\0');
        truncated.append(QByteArray(84, '\x01'));
        truncated.append(QByteArray(4000, '\x7f'));
        QTest::newRow("garbage after header") << truncated << QStringLiteral("damaged");
    }

    void badFilesGiveOneClearError()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(
            QStringLiteral("bad-%1.goodwill").arg(QString::fromLatin1(QTest::currentDataTag())));
        if (!content.isNull()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        auto db = Database::open(path, Database::Access::ReadWrite);
        QVERIFY(!db);
        QVERIFY2(db.error().message.contains(path), qPrintable(db.error().message));
        QVERIFY2(db.error().message.contains(expected), qPrintable(db.error().message));
        QVERIFY(!db.error().message.contains(QLatin1Char('\n')));
        if (!content.isNull())
            QCOMPARE(fileBytes(path), content);
        QVERIFY(sideFiles(path).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReadOnly)
#include "tst_readonly.moc"

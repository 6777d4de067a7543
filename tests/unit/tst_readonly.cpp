#include "store/database.h"
#include "store/schema.h"
#include "store/sqliteconnection.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
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

    // A file opened for reading is never changed and leaves no side file. Goodwill's own
    // writable files are read with SQLite's locks, so their -wal/-shm exist while open
    // (another window may be writing); anything else is opened without any.
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
            QVERIFY(!(*db)->connection().execute("PRAGMA user_version = 7"));
            if (!(*db)->isGoodwillFile())
                QVERIFY(sideFiles(path).isEmpty());
        }
        QCOMPARE(fileBytes(path), before);
        QCOMPARE(sideFiles(path), QStringList());
    }

    QString makeOwn(const QString &name, int people)
    {
        const QString path = m_dir.filePath(name);
        auto db = Database::create(path);
        if (!db)
            return {};
        for (int i = 0; i < people; ++i) {
            if (!(*db)->connection().execute("INSERT INTO people (display_name) VALUES ('P" +
                                             std::to_string(i) + "')"))
                return {};
        }
        return path;
    }

    static QString runGoodwill(const QStringList &arguments, int &exitCode)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(GOODWILL_BINARY), arguments);
        if (!process.waitForFinished(300000))
            process.kill();
        process.waitForFinished();
        exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        return QString::fromUtf8(process.readAll());
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

    // A reader holds one state for as long as it is open: another connection's commit,
    // and the checkpoint moving it into the file, neither show through nor break it.
    void readerSeesOneStateWhileAnotherWrites()
    {
        const QString path = makeOwn(QStringLiteral("shared.goodwill"), 200);
        QVERIFY(!path.isEmpty());
        auto reader = Database::open(path, Database::Access::ReadOnly);
        QVERIFY2(reader, reader ? "" : qPrintable(reader.error().message));
        QCOMPARE(queryInt((*reader)->connection(), "SELECT count(*) FROM people"), 200);
        {
            auto writer = Database::open(path, Database::Access::ReadWrite);
            QVERIFY(writer);
            SqliteConnection &db = (*writer)->connection();
            QVERIFY(testing::execute(db, "BEGIN IMMEDIATE"));
            QVERIFY(testing::execute(db, "UPDATE people SET display_name = display_name || "
                                         "' (renamed, a longer name that moves rows)'"));
            for (int i = 0; i < 2000; ++i)
                QVERIFY(testing::execute(db, "INSERT INTO people (display_name) VALUES ('New " +
                                                 std::to_string(i) +
                                                 " with a name long enough to fill many pages')"));
            // While the writer holds its transaction, a new reader opens and reads.
            auto second = Database::open(path, Database::Access::ReadOnly);
            QVERIFY2(second, second ? "" : qPrintable(second.error().message));
            QCOMPARE(queryInt((*second)->connection(), "SELECT count(*) FROM people"), 200);
            QVERIFY(testing::execute(db, "COMMIT"));
            db.execute("PRAGMA wal_checkpoint(RESTART)"); // as far as the readers let it
            QCOMPARE(queryInt((*second)->connection(), "SELECT count(*) FROM people"), 200);
        }
        // The writer closed (its close checkpoints what it can): the first reader still
        // sees its state, whole.
        SqliteConnection &db = (*reader)->connection();
        QCOMPARE(queryInt(db, "SELECT count(*) FROM people"), 200);
        QCOMPARE(queryInt(db, "SELECT count(*) FROM people WHERE display_name LIKE '%renamed%'"),
                 0);
        {
            auto check = db.prepare("PRAGMA integrity_check");
            QVERIFY(check && check->step() == SqliteStatement::Step::Row);
            QCOMPARE(check->text(0), QStringLiteral("ok"));
        }
        reader.value().reset();
        auto later = Database::open(path, Database::Access::ReadOnly);
        QVERIFY(later);
        QCOMPARE(queryInt((*later)->connection(), "SELECT count(*) FROM people"), 2200);
        later.value().reset();
        QCOMPARE(sideFiles(path), QStringList());
    }

    // `goodwill check`, `goodwill report` and the dashboard (`goodwill shots` opens the
    // window on the file and shows every page) leave the file byte-identical and no side
    // file: on Goodwill's own file, a foreign one and one without write permission.
    void commandsThatReadLeaveTheFileUntouched_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("arguments");
        int code = -1;
        const QString own = m_dir.filePath(QStringLiteral("commands.goodwill"));
        const QString output = runGoodwill({QStringLiteral("demo"), QStringLiteral("--out"), own,
                                            QStringLiteral("--people"), QStringLiteral("200"),
                                            QStringLiteral("--months"), QStringLiteral("4")},
                                           code);
        QVERIFY2(code == 0, qPrintable(output));
        const QString foreign = m_dir.filePath(QStringLiteral("commands-foreign.sqlite"));
        QVERIFY(QFile::copy(own, foreign));
        {
            auto connection =
                SqliteConnection::open(QFile::encodeName(foreign), SQLITE_OPEN_READWRITE, foreign);
            QVERIFY(connection);
            QVERIFY(connection->execute("PRAGMA application_id = 0"));
        }
        const QString locked = m_dir.filePath(QStringLiteral("commands-locked.goodwill"));
        QVERIFY(QFile::copy(own, locked));
        QVERIFY(QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                                  QFileDevice::ReadOther));
        const QString out = m_dir.filePath(QStringLiteral("out"));
        // (Run as root, the file without write permission is still writable: it is then
        // Goodwill's own file opened for reading, as the first.)
        for (const QString &file : {own, foreign, locked}) {
            const QString name = QFileInfo(file).fileName();
            QTest::addRow("check %s", qPrintable(name))
                << file << QStringList{QStringLiteral("check"), file};
            if (file != locked)
                QTest::addRow("report %s", qPrintable(name))
                    << file
                    << QStringList{QStringLiteral("report"),
                                   QStringLiteral("--db"),
                                   file,
                                   QStringLiteral("--kind"),
                                   QStringLiteral("departments"),
                                   QStringLiteral("--out"),
                                   out + QStringLiteral("/report.json")};
            if (file != locked)
                QTest::addRow("pdf report %s", qPrintable(name))
                    << file
                    << QStringList{QStringLiteral("report"),
                                   QStringLiteral("--db"),
                                   file,
                                   QStringLiteral("--kind"),
                                   QStringLiteral("townhall"),
                                   QStringLiteral("--out"),
                                   out + QStringLiteral("/townhall.pdf")};
            if (file != own)
                QTest::addRow("dashboard %s", qPrintable(name))
                    << file
                    << QStringList{QStringLiteral("shots"), QStringLiteral("--db"), file,
                                   QStringLiteral("--out"), out};
        }
    }

    void commandsThatReadLeaveTheFileUntouched()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, arguments);
        QDir().mkpath(m_dir.filePath(QStringLiteral("out")));
        const QByteArray before = fileBytes(file);
        QVERIFY(sideFiles(file).isEmpty());
        int code = -1;
        const QString output = runGoodwill(arguments, code);
        QVERIFY2(code == 0, qPrintable(output.left(2000)));
        QVERIFY(fileBytes(file) == before);
        QCOMPARE(sideFiles(file), QStringList());
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

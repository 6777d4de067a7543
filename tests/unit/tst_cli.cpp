#include "testdatabase.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

// The command line as a user meets it: the real binary, its exit codes and messages.
class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    Run run(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(GOODWILL_BINARY), arguments);
        process.waitForFinished(120000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        return path;
    }

    static void expectOneErrorLine(const Run &result, int code, const QString &mustContain)
    {
        QCOMPARE(result.code, code);
        QVERIFY2(result.err.endsWith(QLatin1Char('\n')), qPrintable(result.err));
        QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(result.err.contains(mustContain), qPrintable(result.err));
    }

private Q_SLOTS:
    void versionAndHelp()
    {
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.code, 0);
        QCOMPARE(version.out, QStringLiteral("goodwill " GOODWILL_VERSION "\n"));
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        for (const char *word : {"demo --out FILE", "check FILE", "Exit codes"})
            QVERIFY2(help.out.contains(QLatin1StringView(word)), word);
    }

    void demoThenCheckIsHealthy()
    {
        const QString path = m_dir.filePath(QStringLiteral("small.goodwill"));
        const Run demo =
            run({QStringLiteral("demo"), QStringLiteral("--out"), path, QStringLiteral("--people"),
                 QStringLiteral("250"), QStringLiteral("--months"), QStringLiteral("3")});
        QCOMPARE(demo.code, 0);
        QVERIFY2(demo.out.contains(QStringLiteral("250 people")), qPrintable(demo.out));
        QVERIFY(demo.err.isEmpty());
        const Run check = run({QStringLiteral("check"), path});
        QCOMPARE(check.code, 0);
        QVERIFY(check.err.isEmpty());
        QVERIFY(check.out.contains(QStringLiteral("schema version: 1")));
        QVERIFY(check.out.contains(QStringLiteral("integrity: ok")));
        QVERIFY(check.out.contains(QRegularExpression(QStringLiteral("people +250\n"))));
        QVERIFY(
            check.out.contains(QRegularExpression(QStringLiteral("activities +[1-9][0-9]+\n"))));
        // A second demo onto the same file is refused and changes nothing.
        const QByteArray before = goodwill::testing::fileBytes(path);
        const Run again = run({QStringLiteral("demo"), QStringLiteral("--out"), path});
        expectOneErrorLine(again, 1, path);
        QCOMPARE(goodwill::testing::fileBytes(path), before);
    }

    void checkNamesTheFileOfEveryBadInput_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("missing") << QStringLiteral("missing.goodwill") << QByteArray();
        QTest::newRow("not sqlite")
            << QStringLiteral("notes.goodwill") << QByteArray("just some notes\n");
        QTest::newRow("empty") << QStringLiteral("empty.goodwill") << QByteArray("");
    }

    void checkNamesTheFileOfEveryBadInput()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        const QString path = bytes.isNull() ? m_dir.filePath(name) : write(name, bytes);
        expectOneErrorLine(run({QStringLiteral("check"), path}), 1, path);
    }

    void checkFindsCorruption()
    {
        // A real database whose table pages are then overwritten.
        const QString path = m_dir.filePath(QStringLiteral("corrupt.sqlite"));
        sqlite3 *db = nullptr;
        sqlite3_open(QFile::encodeName(path).constData(), &db);
        sqlite3_exec(
            db,
            "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT);"
            "INSERT INTO schema_version VALUES (1, 'now');"
            "CREATE TABLE t (x TEXT); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT "
            "i + 1 FROM n WHERE i < 3000) INSERT INTO t SELECT printf('row %d of many', i) FROM n;"
            "CREATE INDEX t_x ON t(x);",
            nullptr, nullptr, nullptr);
        sqlite3_close(db);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 40000);
        file.seek(4096 * 3 + 100);
        file.write(QByteArray(4096 * 4, '\xA5'));
        file.close();
        const Run result = run({QStringLiteral("check"), path});
        expectOneErrorLine(result, 1, path);
    }

    void checkRefusesAForeignFileWithoutAVersion()
    {
        // Made by hand from docs/schema.md but without the schema_version row.
        const QString path = m_dir.filePath(QStringLiteral("unversioned.sqlite"));
        sqlite3 *db = nullptr;
        sqlite3_open(QFile::encodeName(path).constData(), &db);
        sqlite3_exec(db, "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT)",
                     nullptr, nullptr, nullptr);
        sqlite3_close(db);
        const Run result = run({QStringLiteral("check"), path});
        expectOneErrorLine(result, 1, QStringLiteral("cannot be used"));
        QVERIFY(result.err.contains(path));
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("demo without --out") << QStringList{QStringLiteral("demo")};
        QTest::newRow("demo with words for numbers") << QStringList{
            QStringLiteral("demo"), QStringLiteral("--out"), QStringLiteral("x.goodwill"),
            QStringLiteral("--people"), QStringLiteral("many")};
        QTest::newRow("check without a file") << QStringList{QStringLiteral("check")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")};
    }

    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        const Run result = run(arguments);
        QCOMPARE(result.code, 2);
        QVERIFY(!result.err.isEmpty());
        QVERIFY(!QFile::exists(QStringLiteral("x.goodwill")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

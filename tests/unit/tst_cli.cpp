#include "testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

    // A small demo shared by the report tests, made on first use.
    QString reportDemo()
    {
        const QString path = m_dir.filePath(QStringLiteral("report.goodwill"));
        if (!QFile::exists(path)) {
            const Run demo = run({QStringLiteral("demo"), QStringLiteral("--out"), path,
                                  QStringLiteral("--people"), QStringLiteral("300"),
                                  QStringLiteral("--months"), QStringLiteral("6")});
            if (demo.code != 0)
                qWarning("%s", qPrintable(demo.err));
        }
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
        QVERIFY(check.out.contains(QStringLiteral("schema version: 3")));
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

    void reportWritesTheDocumentedKeys()
    {
        const QString path = reportDemo();
        QVERIFY(QFile::exists(path));
        const QString departments = m_dir.filePath(QStringLiteral("departments.json"));
        const Run dep =
            run({QStringLiteral("report"), QStringLiteral("--db"), path, QStringLiteral("--kind"),
                 QStringLiteral("departments"), QStringLiteral("--out"), departments,
                 QStringLiteral("--from"), QStringLiteral("2026-07-01"), QStringLiteral("--to"),
                 QStringLiteral("2026-10-31"), QStringLiteral("--departments"),
                 QStringLiteral("sales,Engineering")});
        QVERIFY2(dep.code == 0, qPrintable(dep.err));
        const QJsonObject json =
            QJsonDocument::fromJson(goodwill::testing::fileBytes(departments)).object();
        QCOMPARE(json[QStringLiteral("period")][QStringLiteral("from")].toString(),
                 QStringLiteral("2026-07-01"));
        QCOMPARE(json[QStringLiteral("period")][QStringLiteral("granularity")].toString(),
                 QStringLiteral("month"));
        const QJsonArray list = json[QStringLiteral("departments")].toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0][QStringLiteral("name")].toString(), QStringLiteral("Sales"));
        for (const QJsonValue &d : list) {
            for (const char *key : {"name", "headcount", "suppressed", "eci", "eci_low", "eci_high",
                                    "pillars", "signals", "trend"})
                QVERIFY2(d.toObject().contains(QLatin1StringView(key)), key);
            for (const char *pillar : {"authenticity", "pride", "attachment", "fun"})
                QVERIFY2(
                    d[QStringLiteral("pillars")].toObject().contains(QLatin1StringView(pillar)),
                    pillar);
            const QJsonObject signals = d[QStringLiteral("signals")].toObject();
            QCOMPARE(signals.size(), 13);
            for (const QJsonValue &s : signals)
                for (const char *key : {"raw", "score", "denominator", "thin"})
                    QVERIFY2(s.toObject().contains(QLatin1StringView(key)), key);
            QCOMPARE(d[QStringLiteral("trend")].toArray().size(), 4); // July to October
            QCOMPARE(d[QStringLiteral("trend")][3][QStringLiteral("end")].toString(),
                     QStringLiteral("2026-10-31"));
        }
        QVERIFY(json[QStringLiteral("organisation")][QStringLiteral("eci")].isDouble());

        const QString leaders = m_dir.filePath(QStringLiteral("leaders.json"));
        QCOMPARE(
            run({QStringLiteral("report"), QStringLiteral("--db"), path, QStringLiteral("--kind"),
                 QStringLiteral("leaders"), QStringLiteral("--out"), leaders})
                .code,
            0);
        const QJsonArray people = QJsonDocument::fromJson(goodwill::testing::fileBytes(leaders))
                                      .object()[QStringLiteral("leaders")]
                                      .toArray();
        QVERIFY(people.size() > 10);
        qint64 posts = 0;
        for (const QJsonValue &l : people) {
            for (const char *key :
                 {"name", "email", "department", "posts", "replies", "replies_to_staff",
                  "recognitions", "people_recognised", "departments_recognised", "staff_comments",
                  "reply_rate", "answered_question_rate", "median_first_reply_hours", "reach",
                  "conversation_ratio", "active_weeks", "persona"})
                QVERIFY2(l.toObject().contains(QLatin1StringView(key)), key);
            posts += l[QStringLiteral("posts")].toInteger();
        }
        // The leaders' posts over the whole data, counted independently in SQL.
        sqlite3 *db = nullptr;
        sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
        sqlite3_stmt *count = nullptr;
        sqlite3_prepare_v2(db,
                           "SELECT count(*) FROM activities a JOIN people p ON p.id = a.author_id "
                           "WHERE p.role = 'leader' AND a.kind = 'post'",
                           -1, &count, nullptr);
        sqlite3_step(count);
        QCOMPARE(posts, qint64(sqlite3_column_int64(count, 0)));
        sqlite3_finalize(count);
        sqlite3_close(db);
    }

    void reportTakesAModelFile()
    {
        const QString path = reportDemo();
        QVERIFY(QFile::exists(path));
        // k raised above every department's size: everything is suppressed; and one bad key.
        const QString model = write(QStringLiteral("model.json"),
                                    R"({"privacy": {"k": 900}, "window_days": "long"})");
        const QString out = m_dir.filePath(QStringLiteral("strict.json"));
        const Run result = run({QStringLiteral("report"), QStringLiteral("--db"), path,
                                QStringLiteral("--kind"), QStringLiteral("departments"),
                                QStringLiteral("--out"), out, QStringLiteral("--model"), model});
        QCOMPARE(result.code, 0);
        QVERIFY2(result.err.contains(QStringLiteral("window_days")) && result.err.contains(model),
                 qPrintable(result.err));
        const QJsonObject json =
            QJsonDocument::fromJson(goodwill::testing::fileBytes(out)).object();
        const QJsonArray departments = json[QStringLiteral("departments")].toArray();
        QVERIFY(!departments.isEmpty());
        for (const QJsonValue &d : departments) {
            QVERIFY(d[QStringLiteral("suppressed")].toBool());
            QVERIFY(d[QStringLiteral("eci")].isNull());
            QVERIFY(d[QStringLiteral("headcount")].isNull());
            for (const QJsonValue &s : d[QStringLiteral("signals")].toObject())
                QVERIFY(s[QStringLiteral("raw")].isNull() && s[QStringLiteral("score")].isNull());
        }
    }

    void reportRejectsBadArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::newRow("kind") << QStringList{QStringLiteral("--kind"), QStringLiteral("people")}
                              << 2;
        QTest::newRow("granularity")
            << QStringList{QStringLiteral("--kind"), QStringLiteral("departments"),
                           QStringLiteral("--granularity"), QStringLiteral("day")}
            << 2;
        QTest::newRow("date") << QStringList{QStringLiteral("--kind"), QStringLiteral("leaders"),
                                             QStringLiteral("--from"), QStringLiteral("1 May")}
                              << 2;
        QTest::newRow("department")
            << QStringList{QStringLiteral("--kind"), QStringLiteral("departments"),
                           QStringLiteral("--departments"), QStringLiteral("Nowhere")}
            << 2;
    }

    void reportRejectsBadArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        const QString path = reportDemo();
        QVERIFY(QFile::exists(path));
        const QString out = m_dir.filePath(QStringLiteral("never.json"));
        const Run result = run(QStringList{QStringLiteral("report"), QStringLiteral("--db"), path,
                                           QStringLiteral("--out"), out} +
                               arguments);
        QCOMPARE(result.code, code);
        QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
        QVERIFY(!QFile::exists(out));
        const Run missing =
            run({QStringLiteral("report"), QStringLiteral("--db"),
                 m_dir.filePath(QStringLiteral("no.goodwill")), QStringLiteral("--kind"),
                 QStringLiteral("leaders"), QStringLiteral("--out"), out});
        QCOMPARE(missing.code, 1);
    }

    void checkRefusesAForeignFileWithoutAVersion()
    {
        // Made by hand from docs/schema.md but without the schema_version row.
        const QString path = m_dir.filePath(QStringLiteral("unversioned.sqlite"));
        sqlite3 *db = nullptr;
        sqlite3_open(QFile::encodeName(path).constData(), &db);
        sqlite3_exec(db,
                     "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT)",
                     nullptr, nullptr, nullptr);
        sqlite3_close(db);
        const Run result = run({QStringLiteral("check"), path});
        expectOneErrorLine(result, 1, QStringLiteral("cannot be used"));
        QVERIFY(result.err.contains(path));
    }

    // The Slack fixture (tests/data/slack/export; counts worked out in
    // tst_slackexportreader): 11 posts, 4 replies, 7 reactions, 8 people, 7 channels;
    // skipped 5 system messages, 5 bot, 3 unknown user, 1 missing parent.
    void importWritesTheDocumentedReport()
    {
        const QString db = m_dir.filePath(QStringLiteral("imported.goodwill"));
        const QString json = m_dir.filePath(QStringLiteral("import.json"));
        const QString slack = QStringLiteral(GOODWILL_TEST_DATA "/slack/export");
        const Run first = run({QStringLiteral("import"), slack, QStringLiteral("--into"), db,
                               QStringLiteral("--report-json"), json});
        QCOMPARE(first.code, 0);
        QVERIFY2(first.out.contains(QStringLiteral("slack")), qPrintable(first.out));
        const QJsonObject report =
            QJsonDocument::fromJson(goodwill::testing::fileBytes(json)).object();
        QCOMPARE(report.value(QStringLiteral("posts")).toInt(), 11);
        QCOMPARE(report.value(QStringLiteral("replies")).toInt(), 4);
        QCOMPARE(report.value(QStringLiteral("reactions")).toInt(), 7);
        QCOMPARE(report.value(QStringLiteral("people")).toInt(), 8);
        QCOMPARE(report.value(QStringLiteral("channels")).toInt(), 7);
        QVERIFY(report.contains(QStringLiteral("recognitions")));
        QVERIFY(report.value(QStringLiteral("warnings")).isArray());
        const QJsonObject skipped = report.value(QStringLiteral("skipped")).toObject();
        QCOMPARE(skipped.value(QStringLiteral("system message")).toInt(), 5);
        QCOMPARE(skipped.value(QStringLiteral("bot")).toInt(), 5);
        QCOMPARE(skipped.value(QStringLiteral("unknown user")).toInt(), 3);
        QCOMPARE(skipped.value(QStringLiteral("missing parent")).toInt(), 1);
        QVERIFY(report.value(QStringLiteral("first")).toString().endsWith(QLatin1Char('Z')));
        QVERIFY(report.value(QStringLiteral("last")).toString() >
                report.value(QStringLiteral("first")).toString());

        // Again: nothing new, everything counted as already imported.
        const Run second = run({QStringLiteral("import"), slack, QStringLiteral("--into"), db,
                                QStringLiteral("--report-json"), json});
        QCOMPARE(second.code, 0);
        const QJsonObject again =
            QJsonDocument::fromJson(goodwill::testing::fileBytes(json)).object();
        QCOMPARE(again.value(QStringLiteral("posts")).toInt(), 0);
        QCOMPARE(again.value(QStringLiteral("people")).toInt(), 0);
        QCOMPARE(again.value(QStringLiteral("skipped"))
                     .toObject()
                     .value(QStringLiteral("already imported"))
                     .toInt(),
                 22);
        QCOMPARE(run({QStringLiteral("check"), db}).code, 0);
    }

    void importFailsCleanlyOnBadInput()
    {
        const QString db = m_dir.filePath(QStringLiteral("kept.goodwill"));
        const Run made =
            run({QStringLiteral("import"), QStringLiteral(GOODWILL_TEST_DATA "/slack/export"),
                 QStringLiteral("--into"), db});
        QCOMPARE(made.code, 0);
        const QByteArray before = goodwill::testing::fileBytes(db);
        const QString bad =
            write(QStringLiteral("bad.csv"), "id,time,kind,author,channel\n"
                                             "1,2026-01-05T10:00:00Z,post,a@x.example,general\n"
                                             "2,yesterday,post,a@x.example,general\n");
        const Run failed = run({QStringLiteral("import"), bad, QStringLiteral("--into"), db});
        QCOMPARE(failed.code, 1);
        QVERIFY2(failed.err.contains(QStringLiteral("bad.csv")) &&
                     failed.err.contains(QStringLiteral("3")),
                 qPrintable(failed.err));
        QCOMPARE(failed.err.count(QLatin1Char('\n')), 1);
        QCOMPARE(goodwill::testing::fileBytes(db), before);
        QVERIFY(!QFile::exists(db + QStringLiteral("-wal")) ||
                goodwill::testing::fileBytes(db + QStringLiteral("-wal")).isEmpty());

        // Into a new file: nothing is left behind.
        const QString fresh = m_dir.filePath(QStringLiteral("never.goodwill"));
        QCOMPARE(run({QStringLiteral("import"), bad, QStringLiteral("--into"), fresh}).code, 1);
        QVERIFY(!QFile::exists(fresh));
        QVERIFY(!QFile::exists(fresh + QStringLiteral(".part")));

        const Run unknown = run({QStringLiteral("import"), bad, QStringLiteral("--into"), fresh,
                                 QStringLiteral("--format"), QStringLiteral("excel")});
        QCOMPARE(unknown.code, 2);
        const Run nothing = run({QStringLiteral("import"), QStringLiteral("--into"), fresh});
        QCOMPARE(nothing.code, 2);
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

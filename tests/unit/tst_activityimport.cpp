#include "importers/activityfields.h"
#include "importers/importer.h"
#include "importtesting.h"
#include "testdatabase.h"
#include "testzip.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace goodwill;
using namespace goodwill::importers;
using goodwill::testing::countIn;
using goodwill::testing::fileBytes;
using goodwill::testing::hashOf;

// Goodwill's activity CSV and JSONL (docs/formats.md), end to end through the Importer.
//
// tests/data/activities/activities.csv and .jsonl hold the same eight records:
//   p1  post        Ana (Ana@Contoso.com)  #town-hall  2026-02-02T09:00:00Z, text over two lines
//   r1  reply to p1 Ben                    epoch 1770024600, mentions Ana
//   x1  reaction    Chloé on p1            ":tada:" at 10:15+01:00
//   k1  recognition Ana -> Ben, Chloé      #kudos
//   r2  reply to r1 Ana                    thread p1
//   r3  reply to p-gone (not in the file)  skipped: missing parent
//   p2  post        Ben #general           recipients Chloé: a post that recognises
//   p3  post        u-77 (an id, no e-mail) #general  2026-02-05T08:00:00Z
// so: posts 3 (p1 p2 p3), replies 2 (r1 r2), reactions 1, recognitions 2 (k1, p2),
// people 4 (Ana, Ben, Chloé, u-77), channels 3 (town-hall, kudos, general), 7 activities,
// recipients 3 (k1: Ben, Chloé; p2: Chloé), mentions 4 (r1: Ana; k1: Ben, Chloé; p2: Chloé).
class TestActivityImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QString data(const char *path)
    {
        return QStringLiteral(GOODWILL_TEST_DATA "/activities/") + QString::fromUtf8(path);
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        return testing::writeFile(path, bytes) ? path : QString();
    }

    static ImportRequest request(const QString &source, const QString &target,
                                 ImportFormat format = ImportFormat::Auto)
    {
        return testing::importRequest({source}, target, format, QStringLiteral("2026-03-01"));
    }

    static Result<ImportResult> import(const QString &source, const QString &target,
                                       ImportFormat format = ImportFormat::Auto)
    {
        return Importer::run(request(source, target, format));
    }

    // A target holding the CSV fixture, for the tests that check bad input changes nothing.
    QString populated(const QString &name)
    {
        const QString target = m_dir.filePath(name);
        if (auto done = import(data("activities.csv"), target); !done)
            qWarning("%s", qPrintable(done.error().message));
        return target;
    }

    static void expectRefused(const QString &source, const QString &expected, const QString &target,
                              ImportFormat format = ImportFormat::Auto)
    {
        testing::expectRefused(request(source, target, format), {expected});
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void importsEveryKind_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("kind");
        QTest::newRow("csv") << data("activities.csv") << QStringLiteral("csv");
        QTest::newRow("jsonl") << data("activities.jsonl") << QStringLiteral("jsonl");
        // Zipped, the file is one entry of the ZIP; the source is named after the ZIP.
        const QString zip = m_dir.filePath(QStringLiteral("activities.zip"));
        QVERIFY(test::zipEntries(
            zip, {{QStringLiteral("export/activities.csv"), fileBytes(data("activities.csv"))}}));
        QTest::newRow("csv in a zip") << zip << QStringLiteral("csv");
        // Split in two files (p1 alone in the second, so r1 and x1 wait for it, and r2
        // answers r1 while r1 still waits), next to the resource fork macOS adds (binary,
        // not UTF-8): one source, the same records.
        QDir(m_dir.path()).mkpath(QStringLiteral("split"));
        const QList<QByteArray> lines = fileBytes(data("activities.csv")).split('\n');
        const QString split = m_dir.filePath(QStringLiteral("split/activities.zip"));
        QVERIFY(test::zipEntries(
            split, {{QStringLiteral("a.csv"), lines[0] + '\n' + lines.mid(3).join('\n')},
                    {QStringLiteral("b.csv"), lines[0] + '\n' + lines[1] + '\n' + lines[2]},
                    {QStringLiteral("__MACOSX/._a.csv"), QByteArray("\0\5\x16\x07\xff", 5)}}));
        QTest::newRow("two csv files in a zip") << split << QStringLiteral("csv");
        // The JSONL fixture with a BOM and CRLF line ends.
        QDir(m_dir.path()).mkpath(QStringLiteral("crlf"));
        QByteArray crlf = fileBytes(data("activities.jsonl"));
        crlf.replace("\n", "\r\n");
        QTest::newRow("jsonl with BOM and CRLF")
            << write(QStringLiteral("crlf/activities.jsonl"), "\xEF\xBB\xBF" + crlf)
            << QStringLiteral("jsonl");
    }

    void importsEveryKind()
    {
        QFETCH(QString, source);
        QFETCH(QString, kind);
        const QString target =
            m_dir.filePath(kind + QString::number(qHash(source)) + QStringLiteral(".goodwill"));
        auto result = import(source, target);
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));
        QCOMPARE(result->reports.size(), size_t(1));
        const ImportReport &report = result->reports.front();
        QCOMPARE(report.format, kind);
        QCOMPARE(report.posts, 3);
        QCOMPARE(report.replies, 2);
        QCOMPARE(report.reactions, 1);
        QCOMPARE(report.recognitions, 2);
        QCOMPARE(report.people, 4);
        QCOMPARE(report.channels, 3);
        QCOMPARE(report.skipped[size_t(SkipReason::MissingParent)], 1);
        QCOMPARE(report.skippedTotal(), 1);
        QCOMPARE(report.first, 1770022800); // p1, 2026-02-02T09:00:00Z
        QCOMPARE(report.last, 1770278400);  // p3, 2026-02-05T08:00:00Z

        const auto n = [&](const std::string &sql) { return countIn(target, sql); };
        QCOMPARE(n("SELECT count(*) FROM activities"), 7);
        QCOMPARE(countIn(target, "SELECT count(*) FROM sources WHERE name = 'activities' AND "
                                 "kind = '" +
                                     kind.toStdString() + "'"),
                 1);
        // r2 answers r1 in p1's thread; the reaction is on p1, in p1's channel.
        QCOMPARE(n("SELECT parent_id FROM activities WHERE source_activity_id = 'r2'"),
                 n("SELECT id FROM activities WHERE source_activity_id = 'r1'"));
        QCOMPARE(n("SELECT thread_root_id FROM activities WHERE source_activity_id = 'r2'"),
                 n("SELECT id FROM activities WHERE source_activity_id = 'p1'"));
        QCOMPARE(n("SELECT count(*) FROM activities a JOIN channels c ON c.id = a.channel_id "
                   "WHERE a.source_activity_id = 'x1' AND c.name = 'town-hall' "
                   "AND a.emoji = 'tada' AND a.text IS NULL AND a.kind = 'reaction'"),
                 1);
        QCOMPARE(n("SELECT at FROM activities WHERE source_activity_id = 'x1'"), 1770023700);
        QCOMPARE(n("SELECT at FROM activities WHERE source_activity_id = 'r1'"), 1770024600);
        // The CSV's quoted CRLF reads as LF, as in the JSON.
        QCOMPARE(n("SELECT count(*) FROM activities WHERE source_activity_id = 'p1' "
                   "AND text = 'Q1 plans, priorities,' || char(10) || 'and your questions?'"),
                 1);
        QCOMPARE(n("SELECT count(*) FROM activities WHERE kind = 'recognition'"), 1);
        QCOMPARE(n("SELECT count(*) FROM recognition_recipients WHERE origin = 'source'"), 3);
        QCOMPARE(n("SELECT count(*) FROM mentions"), 4);
        // People: e-mails lower-cased; the id-only author has a name and no e-mail.
        QCOMPARE(n("SELECT count(*) FROM people WHERE email = 'ana@contoso.com' "
                   "AND display_name = 'Ana Lopez' AND title = 'Chief Executive Officer'"),
                 1);
        QCOMPARE(n("SELECT count(*) FROM people WHERE email IS NULL AND display_name = "
                   "'Ext Partner'"),
                 1);
        // Ben's department is from his latest row that gives one (p2, 2026-02-04).
        QCOMPARE(n("SELECT count(*) FROM roster r JOIN people p ON p.id = r.person_id "
                   "JOIN departments d ON d.id = r.department_id WHERE p.email = "
                   "'ben@contoso.com' AND d.name = 'Platform Engineering' AND r.valid_to IS NULL"),
                 1);
        QCOMPARE(n("SELECT count(*) FROM roster"), 3); // Ana, Ben, Chloé; u-77 has none
    }

    void reimportAddsNothing()
    {
        const QString target = populated(QStringLiteral("twice.goodwill"));
        ImportReport report;
        testing::expectNothingAdded(request(data("activities.csv"), target), report);
        // The seven activities written the first time; r3 still has no parent.
        QCOMPARE(report.skipped[size_t(SkipReason::AlreadyImported)], 7);
        QCOMPARE(report.skipped[size_t(SkipReason::MissingParent)], 1);
    }

    void columnOrderDoesNotMatter()
    {
        // The fixture's columns in another order (and its unknown column dropped) give
        // the same database.
        const QByteArray csv = "id,time,kind,author,channel,text,parent_id,emoji,recipients\n"
                               "a1,2026-01-05T14:03:11Z,post,ana@x.com,general,Hi,,,\n"
                               "a2,2026-01-05T15:00:00Z,reaction,ben@x.com,,,a1,clap,\n";
        const QByteArray shuffled = "emoji,recipients,parent_id,text,channel,author,kind,time,id\n"
                                    ",,,Hi,general,ana@x.com,post,2026-01-05T14:03:11Z,a1\n"
                                    "clap,,a1,,,ben@x.com,reaction,2026-01-05T15:00:00Z,a2\n";
        QDir(m_dir.path()).mkpath(QStringLiteral("one"));
        QDir(m_dir.path()).mkpath(QStringLiteral("two"));
        const QString first = write(QStringLiteral("one/order.csv"), csv);
        const QString second = write(QStringLiteral("two/order.csv"), shuffled);
        const QString a = m_dir.filePath(QStringLiteral("order-a.goodwill"));
        const QString b = m_dir.filePath(QStringLiteral("order-b.goodwill"));
        QVERIFY(import(first, a));
        QVERIFY(import(second, b));
        QCOMPARE(countIn(a, "SELECT count(*) FROM activities"), 2);
        QCOMPARE(hashOf(a), hashOf(b));
    }

    void missingRequiredColumnNamesFileAndColumn_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("column");
        QTest::newRow("id") << QByteArray("key,time,kind,author") << QStringLiteral("'id'");
        QTest::newRow("time") << QByteArray("id,when,kind,author") << QStringLiteral("'time'");
        QTest::newRow("kind") << QByteArray("id,time,type,author") << QStringLiteral("'kind'");
        QTest::newRow("author") << QByteArray("id,time,kind,sender") << QStringLiteral("'author'");
    }

    void missingRequiredColumnNamesFileAndColumn()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, column);
        const QString target = populated(QStringLiteral("column-%1.goodwill").arg(column));
        const QString source = write(QStringLiteral("renamed.csv"),
                                     header + "\np9,2026-01-05T14:03:11Z,post,a@x.com\n");
        expectRefused(source, QStringLiteral("renamed.csv has no column ") + column, target,
                      ImportFormat::Csv);
    }

    void badCsvValueNamesFileAndLine_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown kind") << QByteArray("b1,2026-01-05T14:03:11Z,comment,a@x.com,c,,")
                                      << QStringLiteral("'comment' is not a kind");
        QTest::newRow("bad time") << QByteArray("b1,05/01/2026 14:03,post,a@x.com,c,,")
                                  << QStringLiteral("'05/01/2026 14:03' is not a time");
        QTest::newRow("time without zone") << QByteArray("b1,2026-01-05T14:03:11,post,a@x.com,c,,")
                                           << QStringLiteral("'2026-01-05T14:03:11' is not a time");
        QTest::newRow("time out of range")
            << QByteArray("b1,1989-12-31T23:59:59Z,post,a@x.com,c,,")
            << QStringLiteral("the time '1989-12-31T23:59:59Z' is outside 1990-2100");
        QTest::newRow("reply without parent")
            << QByteArray("b1,2026-01-05T14:03:11Z,reply,a@x.com,,,")
            << QStringLiteral("a reply needs a parent_id");
        QTest::newRow("reaction without emoji")
            << QByteArray("b1,2026-01-05T14:03:11Z,reaction,a@x.com,,q1,")
            << QStringLiteral("a reaction needs an emoji");
        QTest::newRow("post without channel")
            << QByteArray("b1,2026-01-05T14:03:11Z,post,a@x.com,,,")
            << QStringLiteral("a post needs a channel");
        QTest::newRow("recognition without recipients")
            << QByteArray("b1,2026-01-05T14:03:11Z,recognition,a@x.com,kudos,,")
            << QStringLiteral("a recognition needs at least one recipient");
        QTest::newRow("recognition of oneself")
            << QByteArray("b1,2026-01-05T14:03:11Z,recognition,a@x.com,kudos,,A@x.com")
            << QStringLiteral("a recognition needs a recipient other than its author");
        QTest::newRow("id used twice") << QByteArray("q1,2026-01-05T14:03:11Z,post,a@x.com,c,,")
                                       << QStringLiteral("the id 'q1' is used twice");
        QTest::newRow("empty author") << QByteArray("b1,2026-01-05T14:03:11Z,post,,c,,")
                                      << QStringLiteral("'author' is empty");
        QTest::newRow("not UTF-8") << QByteArray("b1,2026-01-05T14:03:11Z,post,a@x.com,c,,Ren\xE9")
                                   << QStringLiteral("the text is not valid UTF-8");
    }

    void badCsvValueNamesFileAndLine()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, expected);
        const QString target = populated(QStringLiteral("bad-%1.goodwill").arg(qHash(row)));
        // q1's quoted text spans lines 2-3, so the bad row is on line 4 (CRLF line ends).
        const QString source =
            write(QStringLiteral("bad.csv"),
                  "id,time,kind,author,channel,parent_id,recipients,text\r\n"
                  "q1,2026-01-05T14:03:11Z,post,a@x.com,c,,,\"line one,\r\nline two\"\r\n" +
                      row + "\r\n");
        expectRefused(source, QStringLiteral("bad.csv, line 4: ") + expected, target,
                      ImportFormat::Csv);
    }

    void badJsonlLineNamesFileAndLine_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing key")
            << QByteArray(R"({"id":"b1","time":"2026-01-05T14:03:11Z","author":"a@x.com"})")
            << QStringLiteral("the key 'kind' is missing");
        QTest::newRow("not JSON") << QByteArray(R"({"id":"b1","time":)")
                                  << QStringLiteral("not valid JSON");
        QTest::newRow("not an object")
            << QByteArray(R"(["b1"])") << QStringLiteral("a line must hold one JSON object");
        QTest::newRow("two objects")
            << QByteArray(
                   R"({"id":"b1","time":1767621791,"kind":"post","author":"a","channel":"c"} {"id":"b2"})")
            << QStringLiteral("a line must hold exactly one JSON object");
        QTest::newRow("mentions not an array")
            << QByteArray(
                   R"({"id":"b1","time":1767621791,"kind":"post","author":"a","channel":"c","mentions":"x@y"})")
            << QStringLiteral("'mentions' must be an array");
        QTest::newRow("bad kind")
            << QByteArray(
                   R"({"id":"b1","time":1767621791,"kind":"like","author":"a","channel":"c"})")
            << QStringLiteral("'like' is not a kind");
        QTest::newRow("fractional epoch")
            << QByteArray(
                   R"({"id":"b1","time":1767621791.5,"kind":"post","author":"a","channel":"c"})")
            << QStringLiteral("'1767621791.5' is not a time");
        QTest::newRow("not UTF-8")
            << QByteArray(
                   "{\"id\":\"b1\",\"time\":1767621791,\"kind\":\"post\",\"author\":\"Ren\xE9\"}")
            << QStringLiteral("the text is not valid UTF-8");
    }

    void badJsonlLineNamesFileAndLine()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, expected);
        const QString target = populated(QStringLiteral("badjson-%1.goodwill").arg(qHash(line)));
        // A good line, a blank line, then the bad one on line 3.
        const QString source = write(
            QStringLiteral("bad.jsonl"),
            R"({"id":"q1","time":"2026-01-05T14:03:11Z","kind":"post","author":"a@x.com","channel":"c"})"
            "\n\n" +
                line + "\n");
        expectRefused(source, QStringLiteral("bad.jsonl, line 3: ") + expected, target,
                      ImportFormat::Jsonl);
    }

    void parseTime_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds"); // -1: refused
        QTest::newRow("Z") << QStringLiteral("2026-01-05T14:03:11Z") << qint64(1767621791);
        QTest::newRow("offset") << QStringLiteral("2026-01-05T15:03:11+01:00")
                                << qint64(1767621791);
        QTest::newRow("offset no colon")
            << QStringLiteral("2026-01-05T15:03:11+0100") << qint64(1767621791);
        QTest::newRow("negative half hour")
            << QStringLiteral("2026-01-05T09:33:11-04:30") << qint64(1767621791);
        QTest::newRow("fraction") << QStringLiteral("2026-01-05T14:03:11.987Z")
                                  << qint64(1767621791);
        QTest::newRow("no seconds") << QStringLiteral("2026-01-05T14:03Z") << qint64(1767621780);
        QTest::newRow("Engage") << QStringLiteral("2026-01-05 14:03:11 UTC") << qint64(1767621791);
        QTest::newRow("space and Z")
            << QStringLiteral("2026-01-05 14:03:11Z") << qint64(1767621791);
        QTest::newRow("leap day") << QStringLiteral("2024-02-29T23:59:59Z") << qint64(1709251199);
        QTest::newRow("epoch") << QStringLiteral("1767621791") << qint64(1767621791);
        QTest::newRow("no zone") << QStringLiteral("2026-01-05T14:03:11") << qint64(-1);
        QTest::newRow("not a day") << QStringLiteral("2026-02-29T10:00:00Z") << qint64(-1);
        QTest::newRow("hour 24") << QStringLiteral("2026-01-05T24:00:00Z") << qint64(-1);
        QTest::newRow("date only") << QStringLiteral("2026-01-05") << qint64(-1);
        QTest::newRow("epoch ms") << QStringLiteral("1767621791000.5") << qint64(-1);
        QTest::newRow("trailing junk") << QStringLiteral("2026-01-05T14:03:11Zx") << qint64(-1);
    }

    void parseTime()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        const auto parsed = ActivityFields::parseTime(text.toStdString());
        QCOMPARE(parsed.value_or(-1), seconds);
    }
};

QTEST_GUILESS_MAIN(TestActivityImport)
#include "tst_activityimport.moc"

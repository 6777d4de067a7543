#include "importers/importer.h"
#include "importtesting.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace goodwill;
using namespace goodwill::importers;
using goodwill::testing::countIn;
using goodwill::testing::hashOf;

// The roster CSV (docs/formats.md), end to end through the Importer.
//
// tests/data/roster/roster.csv (BOM, CRLF, columns in their own order):
//   ana@contoso.com    Executive    2020-01-01 ->            leader: true
//   Ben@Contoso.com    Engineering  2021-03-01 -> 2025-07-01 leader: no   Engineer
//   ben@contoso.com    Engineering  2025-07-01 ->            leader: yes  Engineering Manager
//   chloe@contoso.com  Design       (empty: 1970-01-01) ->   leader: (empty: unknown)
// so 4 stints for 3 people, Ben with a history of two.
class TestRosterImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QString roster() { return QStringLiteral(GOODWILL_TEST_DATA "/roster/roster.csv"); }
    static QString activities()
    {
        return QStringLiteral(GOODWILL_TEST_DATA "/activities/activities.csv");
    }

    static ImportRequest rosterRequest(const QStringList &sources, const QString &rosterFile,
                                       const QString &target)
    {
        ImportRequest request = testing::importRequest(sources, target, ImportFormat::Auto,
                                                       QStringLiteral("2026-03-01"));
        request.roster = rosterFile;
        return request;
    }

    static Result<ImportResult> import(const QStringList &sources, const QString &rosterFile,
                                       const QString &target)
    {
        return Importer::run(rosterRequest(sources, rosterFile, target));
    }

    static std::string stintsOf(const char *email)
    {
        return "SELECT count(*) FROM roster r JOIN people p ON p.id = r.person_id WHERE p.email = "
               "'" +
               std::string(email) + "'";
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void historyAndLeaderFlag()
    {
        const QString target = m_dir.filePath(QStringLiteral("roster.goodwill"));
        auto result = import({}, roster(), target);
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));
        QCOMPARE(result->reports.size(), size_t(1));
        const ImportReport &report = result->reports.front();
        QCOMPARE(report.format, QStringLiteral("roster"));
        QCOMPARE(report.stints, 4);
        QCOMPARE(report.people, 3);

        const auto n = [&](const std::string &sql) { return countIn(target, sql); };
        QCOMPARE(n("SELECT count(*) FROM roster"), 4);
        QCOMPARE(n(stintsOf("ben@contoso.com")), 2);
        // Ben's history: an engineer until 2025-07-01 (exclusive), a leader from then on.
        QCOMPARE(n(stintsOf("ben@contoso.com") +
                   " AND r.valid_from = '2021-03-01' AND r.valid_to = '2025-07-01' "
                   "AND r.is_leader = 0 AND r.title = 'Engineer'"),
                 1);
        QCOMPARE(n(stintsOf("ben@contoso.com") +
                   " AND r.valid_from = '2025-07-01' AND r.valid_to IS NULL "
                   "AND r.is_leader = 1 AND r.title = 'Engineering Manager'"),
                 1);
        QCOMPARE(n(stintsOf("ana@contoso.com") + " AND r.is_leader = 1"), 1);
        // Chloé's row leaves the flag and the start empty.
        QCOMPARE(n(stintsOf("chloe@contoso.com") +
                   " AND r.is_leader IS NULL AND r.valid_from = '1970-01-01'"),
                 1);
        QCOMPARE(n("SELECT count(*) FROM people WHERE display_name = 'Chloé Martin'"), 1);
        QCOMPARE(n("SELECT count(*) FROM departments"), 3);
    }

    void detectedAmongTheSources()
    {
        // Given as an export rather than as the roster, its header still tells what it is.
        ImportRequest request;
        request.sources = {roster()};
        request.target = m_dir.filePath(QStringLiteral("detected.goodwill"));
        auto result = Importer::run(request);
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));
        QCOMPARE(result->reports.front().format, QStringLiteral("roster"));
        QCOMPARE(result->reports.front().stints, 4);
    }

    void replacesStintsAnEarlierImportSet()
    {
        const QString target = m_dir.filePath(QStringLiteral("replace.goodwill"));
        QVERIFY(import({activities()}, {}, target));
        // The activity file gave Ben one open stint in Platform Engineering from 1970.
        QCOMPARE(countIn(target, stintsOf("ben@contoso.com")), 1);
        QCOMPARE(countIn(target, stintsOf("ben@contoso.com") + " AND r.valid_from = '1970-01-01'"),
                 1);

        auto result = import({}, roster(), target);
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));
        QCOMPARE(result->reports.front().people, 0); // all three are known by e-mail
        QCOMPARE(result->reports.front().stints, 4);
        QCOMPARE(countIn(target, stintsOf("ben@contoso.com")), 2);
        QCOMPARE(countIn(target, stintsOf("ben@contoso.com") + " AND r.valid_from = '1970-01-01'"),
                 0);
        // u-77 (not in the roster) has no stints either way; the others have the roster's.
        QCOMPARE(countIn(target, "SELECT count(*) FROM roster"), 4);
        QCOMPARE(countIn(target, "SELECT count(*) FROM people"), 4);
    }

    void reimportChangesNothing()
    {
        const QString target = m_dir.filePath(QStringLiteral("again.goodwill"));
        QVERIFY(import({activities()}, roster(), target));
        const QByteArray before = hashOf(target);
        QVERIFY(import({}, roster(), target));
        QCOMPARE(hashOf(target), before);
    }

    void badRowNamesFileAndLine_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bad month") << QByteArray("b@x.com,Sales,2025-13-01,,")
                                   << QStringLiteral("'2025-13-01' is not a date");
        QTest::newRow("slashes") << QByteArray("b@x.com,Sales,2025/07/01,,")
                                 << QStringLiteral("'2025/07/01' is not a date");
        QTest::newRow("ends before it starts")
            << QByteArray("b@x.com,Sales,2025-07-01,2025-07-01,")
            << QStringLiteral("valid_to 2025-07-01 is not after valid_from 2025-07-01");
        QTest::newRow("leader flag")
            << QByteArray("b@x.com,Sales,,,maybe") << QStringLiteral("is_leader 'maybe'");
        QTest::newRow("overlap") << QByteArray("A@x.com,Sales,2024-06-01,,")
                                 << QStringLiteral(
                                        "this stint of a@x.com overlaps the one on line 2");
        QTest::newRow("no department")
            << QByteArray("b@x.com,,,,") << QStringLiteral("the department is empty");
        QTest::newRow("no e-mail") << QByteArray("Bea Smith,Sales,,,")
                                   << QStringLiteral("'bea smith' is not an e-mail address");
    }

    void badRowNamesFileAndLine()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, expected);
        const QString target = m_dir.filePath(QStringLiteral("bad-%1.goodwill").arg(qHash(row)));
        QVERIFY(import({}, roster(), target));
        const QString file = m_dir.filePath(QStringLiteral("roster-bad.csv"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write("email,department,valid_from,valid_to,is_leader\n"
                  "a@x.com,Sales,2024-01-01,2025-01-01,no\n" +
                  row + "\n");
        out.close();
        testing::expectRefused(rosterRequest({}, file, target),
                               {QStringLiteral("roster-bad.csv, line 3: ") + expected});
    }

    void missingColumnNamesFileAndColumn()
    {
        const QString file = m_dir.filePath(QStringLiteral("roster-nodept.csv"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("email,name,team\na@x.com,A,Sales\n");
        out.close();
        auto result = import({}, file, m_dir.filePath(QStringLiteral("nodept.goodwill")));
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(
                     QStringLiteral("roster-nodept.csv has no column 'department'")),
                 qPrintable(result.error().message));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("nodept.goodwill"))));
    }
};

QTEST_GUILESS_MAIN(TestRosterImport)
#include "tst_rosterimport.moc"

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

// A Viva Engage network export, end to end through the Importer.
//
// tests/data/engage/network (Users.csv and Messages.csv with a BOM and CRLF, columns in
// their own order):
//   Users: 101 Ana Lopez (Executive), 102 Ben Okafor (Engineering), 103 Chloé Martin
//          (Design), 104 Dev Patel (Sales; deleted, but he wrote 1008: kept)    -> 4 people
//   Groups: 9001 Engineering Community, 9002 Kudos; messages without a group go to
//          All Company                                                          -> 3 channels
//   Messages:
//     1001 post   Ana  in 9001, body over three lines        2026-01-05T14:03:11Z (first)
//     1002 reply  Ben  to 1001, "Thanks [[user:101]]!"       "2026-01-05 15:00:00 UTC"
//     1003 post   Chloé, no group -> All Company             2026-01-06T09:00:00+01:00
//     1004 praise Ana  in 9002, mentions 102 and 103         -> recipients Ben, Chloé
//     1005 deleted                                           -> skipped: deleted
//     1006 reply  to 1099, not in the export                 -> skipped: missing parent
//     1007 post   by 999, not in Users.csv                   -> skipped: unknown user + warning
//     1008 reply  Dev  to 1003
//     1009 reply  Ana  to 1002 in thread 1001, mentions 102  2026-01-09T08:30:00Z (last)
// so: posts 3 (1001 1003 1004), replies 3 (1002 1008 1009), recognitions 1 (1004),
// skipped 3, mentions 4 (1002: Ana; 1004: Ben, Chloé; 1009: Ben), recipients 2.
class TestEngageExportReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QString fixture() { return QStringLiteral(GOODWILL_TEST_DATA "/engage/network"); }

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

    // A copy of the fixture in `name` with some files replaced (empty bytes: removed).
    QString variant(const QString &name, const std::vector<std::pair<QString, QByteArray>> &files)
    {
        const QString folder = m_dir.filePath(name);
        QDir().mkpath(folder);
        for (const QString &file : QDir(fixture()).entryList(QDir::Files))
            QFile::copy(QDir(fixture()).filePath(file), QDir(folder).filePath(file));
        for (const auto &[file, bytes] : files) {
            const QString path = QDir(folder).filePath(file);
            QFile::remove(path);
            if (!bytes.isEmpty() && !testing::writeFile(path, bytes))
                return {};
        }
        return folder;
    }

    void expectRefused(const QString &source, const QString &expected)
    {
        const QString target =
            m_dir.filePath(QStringLiteral("refused-%1.goodwill").arg(QFileInfo(source).fileName()));
        QVERIFY(import(fixture(), target));
        testing::expectRefused(request(source, target, ImportFormat::Engage), {expected});
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void importsTheNetwork_data()
    {
        QTest::addColumn<QString>("source");
        QTest::newRow("folder") << fixture();
        const QString zip = m_dir.filePath(QStringLiteral("engage.zip"));
        QVERIFY(test::zipFolder(fixture(), zip));
        QTest::newRow("zip") << zip;
        // With external networks, each network's files are in a folder named by its id.
        const QString perNetwork = m_dir.filePath(QStringLiteral("engage-networks.zip"));
        QVERIFY(test::zipFolder(fixture(), perNetwork, QStringLiteral("1200345/")));
        QTest::newRow("zip, folder per network") << perNetwork;
    }

    void importsTheNetwork()
    {
        QFETCH(QString, source);
        const QString target =
            m_dir.filePath(QFileInfo(source).completeBaseName() + QStringLiteral(".goodwill"));
        auto result = import(source, target); // detected, not named
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));
        const ImportReport &report = result->reports.front();
        QCOMPARE(report.format, QStringLiteral("engage"));
        QCOMPARE(report.people, 4);
        QCOMPARE(report.channels, 3);
        QCOMPARE(report.posts, 3);
        QCOMPARE(report.replies, 3);
        QCOMPARE(report.reactions, 0);
        QCOMPARE(report.recognitions, 1);
        QCOMPARE(report.skipped[size_t(SkipReason::Deleted)], 1);
        QCOMPARE(report.skipped[size_t(SkipReason::MissingParent)], 1);
        QCOMPARE(report.skipped[size_t(SkipReason::UnknownUser)], 1);
        QCOMPARE(report.skippedTotal(), 3);
        QCOMPARE(report.first, 1767621791); // 2026-01-05T14:03:11Z
        QCOMPARE(report.last, 1767947400);  // 2026-01-09T08:30:00Z
        QCOMPARE(report.warnings.size(), 1);
        QVERIFY2(report.warnings.front().startsWith(
                     QStringLiteral("1 message(s) come from people missing from Users.csv")),
                 qPrintable(report.warnings.front()));

        const auto n = [&](const std::string &sql) { return countIn(target, sql); };
        QCOMPARE(n("SELECT count(*) FROM sources WHERE kind = 'engage' AND name = '1200345'"), 1);
        QCOMPARE(n("SELECT count(*) FROM activities"), 6);
        // Mentions become "@Name" in the text and rows in mentions.
        QCOMPARE(n("SELECT count(*) FROM activities WHERE source_activity_id = '1002' "
                   "AND text = 'Thanks @Ana Lopez!'"),
                 1);
        QCOMPARE(n("SELECT count(*) FROM activities WHERE source_activity_id = '1004' "
                   "AND text = 'Great launch @Ben Okafor and @Chloé Martin'"),
                 1);
        QCOMPARE(n("SELECT count(*) FROM mentions"), 4);
        // The praise keeps its kind and carries its recipients, marked by the source.
        QCOMPARE(n("SELECT count(*) FROM activities WHERE source_activity_id = '1004' "
                   "AND kind = 'post'"),
                 1);
        QCOMPARE(n("SELECT count(*) FROM recognition_recipients r JOIN people p "
                   "ON p.id = r.person_id WHERE r.origin = 'source' AND p.email IN "
                   "('ben.okafor@contoso.com', 'chloe.martin@contoso.com')"),
                 2);
        // 1009 answers the reply 1002 in 1001's thread.
        QCOMPARE(n("SELECT parent_id FROM activities WHERE source_activity_id = '1009'"),
                 n("SELECT id FROM activities WHERE source_activity_id = '1002'"));
        QCOMPARE(n("SELECT thread_root_id FROM activities WHERE source_activity_id = '1009'"),
                 n("SELECT id FROM activities WHERE source_activity_id = '1001'"));
        // Ungrouped messages, and the deleted person's reply, are in All Company.
        QCOMPARE(n("SELECT count(*) FROM activities a JOIN channels c ON c.id = a.channel_id "
                   "WHERE c.source_channel_id = 'all-company' AND c.name = 'All Company'"),
                 2);
        QCOMPARE(n("SELECT at FROM activities WHERE source_activity_id = '1003'"), 1767686400);
        QCOMPARE(n("SELECT count(*) FROM activities WHERE source_activity_id = '1001' AND text "
                   "LIKE 'Welcome, team!%Glad you are here.%Ask me anything.'"),
                 1);
        // People: Users.csv is the only source with a real department column.
        QCOMPARE(n("SELECT count(*) FROM people WHERE email = 'ana.lopez@contoso.com' "
                   "AND title = 'Chief Executive Officer'"),
                 1);
        QCOMPARE(n("SELECT count(*) FROM roster r JOIN departments d ON d.id = r.department_id "
                   "JOIN people p ON p.id = r.person_id WHERE p.display_name = 'Dev Patel' "
                   "AND d.name = 'Sales'"),
                 1);
        QCOMPARE(n("SELECT count(*) FROM departments"), 4);
    }

    void reimportAddsNothing()
    {
        const QString target = m_dir.filePath(QStringLiteral("again.goodwill"));
        QVERIFY(import(fixture(), target));
        ImportReport report;
        testing::expectNothingAdded(request(fixture(), target), report);
        QCOMPARE(report.skipped[size_t(SkipReason::AlreadyImported)], 6);
        QCOMPARE(report.skipped[size_t(SkipReason::Deleted)], 1);
    }

    void privateConversationsAreKeptApart()
    {
        const QString folder =
            variant(QStringLiteral("private"),
                    {{QStringLiteral("Messages.csv"),
                      "id,sender_id,thread_id,group_id,body,created_at,in_private_conversation\n"
                      "1,101,1,,Town news,2026-01-05T14:03:11Z,false\n"
                      "2,102,2,,Just between us,2026-01-05T14:04:11Z,true\n"}});
        const QString target = m_dir.filePath(QStringLiteral("private.goodwill"));
        auto result = import(folder, target);
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));
        QCOMPARE(result->reports.front().channels, 4); // two groups, All Company, private
        QCOMPARE(countIn(target, "SELECT count(*) FROM activities a JOIN channels c ON "
                                 "c.id = a.channel_id WHERE c.source_channel_id = "
                                 "'private-conversations' AND a.source_activity_id = '2'"),
                 1);
    }

    void badTimeNamesFileAndLine()
    {
        // The quoted body spans lines 2-4; 12 is on line 5; 13's time is bad, on line 6.
        const QString folder =
            variant(QStringLiteral("badtime"),
                    {{QStringLiteral("Messages.csv"),
                      "id,sender_id,thread_id,body,created_at\r\n"
                      "11,101,11,\"one,\r\ntwo\r\nthree\",2026-01-05T14:03:11Z\r\n"
                      "12,102,12,fine,2026-01-05T14:03:11Z\r\n"
                      "13,103,13,late,05/01/2026 14:03\r\n"}});
        expectRefused(folder, QStringLiteral("Messages.csv, line 6: created_at '05/01/2026 "
                                             "14:03' is not a time"));
    }

    void outOfRangeTimeNamesFileAndLine()
    {
        const QString folder =
            variant(QStringLiteral("oldtime"),
                    {{QStringLiteral("Messages.csv"), "id,sender_id,thread_id,body,created_at\n"
                                                      "11,101,11,old,1970-01-02T00:00:00Z\n"}});
        expectRefused(folder, QStringLiteral("Messages.csv, line 2: created_at "
                                             "'1970-01-02T00:00:00Z' is outside 1990-2100"));
    }

    void missingColumnNamesFileAndColumn()
    {
        const QString folder =
            variant(QStringLiteral("nosender"),
                    {{QStringLiteral("Messages.csv"), "id,sender,thread_id,body,created_at\n"
                                                      "11,101,11,hi,2026-01-05T14:03:11Z\n"}});
        expectRefused(folder, QStringLiteral("Messages.csv has no column 'sender_id'"));
    }

    void invalidUtf8NamesFileAndLine()
    {
        const QString folder =
            variant(QStringLiteral("latin1"),
                    {{QStringLiteral("Users.csv"), "id,name,email\n"
                                                   "101,Ana Lopez,ana@contoso.com\n"
                                                   "103,Chlo\xE9 Martin,chloe@contoso.com\n"}});
        expectRefused(folder, QStringLiteral("Users.csv, line 3: the text is not valid UTF-8"));
    }

    void missingUsersCsvIsAnError()
    {
        const QString folder =
            variant(QStringLiteral("nousers"), {{QStringLiteral("Users.csv"), QByteArray()}});
        expectRefused(folder, QStringLiteral("has no Users.csv"));
    }
};

QTEST_GUILESS_MAIN(TestEngageExportReader)
#include "tst_engageexportreader.moc"

#include "importers/importer.h"
#include "importtesting.h"
#include "testzip.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace goodwill;
using namespace goodwill::importers;
using goodwill::testing::countIn;
using goodwill::testing::hashOf;

// The Mattermost bulk export reader, end to end through Importer::run into a temporary
// database. tests/data/mattermost/basic/import.jsonl, worked by hand:
//   people   alice (Alice Archer, VP Engineering), bob (nickname Bobby), carol.d (Carol
//            Diaz, deleted but still a person), dan (username only), gina (guest),
//            deploybot (bot line)                                                  = 6
//   channels acme/town-square, acme/announcements, labs/random (empty display name),
//            dm/alice,bob (direct_channel line), dm/carol.d,gina (direct_post only) = 5
//   posts    kickoff (alice), labs hello (gina), two direct posts (bob, gina)       = 4
//   replies  kickoff: bob, dan, gina (bob's fourth reply is deleted); DM: alice    = 4
//   reactions kickoff 2 (bob +1, carol heart), bob's reply 1, gina's reply 2, DM 1 = 6
//   skipped  system: the join message 1; deleted: bob's reply + its reaction 2, the
//            "Old plan" post + its reaction + its reply 3 = 5; bot: Deploy Bot's post 1
//   role, scheme and emoji lines are left out silently.
class TestMattermostExportReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_zip;
    int m_targets = 0;

    static QString data(const char *path)
    {
        return QStringLiteral(GOODWILL_TEST_DATA "/mattermost/") + QString::fromUtf8(path);
    }

    QString newTarget()
    {
        return m_dir.filePath(QStringLiteral("target-%1.goodwill").arg(++m_targets));
    }

    static ImportRequest request(const QString &source, const QString &target)
    {
        return testing::importRequest({source}, target, ImportFormat::Mattermost,
                                      QStringLiteral("2024-03-04"));
    }

    static Result<ImportResult> import(const QString &source, const QString &target)
    {
        return Importer::run(request(source, target));
    }

    // A fresh import of the basic fixture; the target's path.
    QString importBasic()
    {
        return testing::importedInto(data("basic/import.jsonl"), newTarget(),
                                     ImportFormat::Mattermost, QStringLiteral("2024-03-04"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_zip = m_dir.filePath(QStringLiteral("mattermost-export.zip"));
        QVERIFY(test::zipFolder(data("basic"), m_zip));
    }

    // The same export as import.jsonl alone, as its folder and as the ZIP of import.jsonl
    // and data/: the same report.
    void reportCountsEveryRecord_data()
    {
        QTest::addColumn<QString>("source");
        QTest::newRow("file") << data("basic/import.jsonl");
        QTest::newRow("folder") << data("basic");
        QTest::newRow("zip") << m_zip;
    }

    void reportCountsEveryRecord()
    {
        QFETCH(QString, source);
        const QString target = newTarget();
        auto result = import(source, target);
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));
        QCOMPARE(result->reports.size(), std::size_t(1));
        const ImportReport &report = result->reports.front();
        QCOMPARE(report.format, QStringLiteral("mattermost"));
        QCOMPARE(report.people, 6);
        QCOMPARE(report.channels, 5);
        QCOMPARE(report.posts, 4);
        QCOMPARE(report.replies, 4);
        QCOMPARE(report.reactions, 6);
        QCOMPARE(report.skipped[std::size_t(SkipReason::SystemMessage)], 1);
        QCOMPARE(report.skipped[std::size_t(SkipReason::Deleted)], 5);
        QCOMPARE(report.skipped[std::size_t(SkipReason::Bot)], 1);
        QCOMPARE(report.skippedTotal(), 7);
        QCOMPARE(report.first, 1709290800); // the kickoff, 2024-03-01T11:00:00Z
        QCOMPARE(report.last, 1709308800);  // gina's direct post, 16:00
        QCOMPARE(countIn(target, "SELECT count(*) FROM activities"), 14);
        // The source is named after the first team line.
        QCOMPARE(countIn(target, "SELECT count(*) FROM sources WHERE kind = 'mattermost' AND "
                                 "name = 'acme'"),
                 1);
    }

    void peopleFromUserAndBotLines()
    {
        const QString target = importBasic();
        QVERIFY(!target.isEmpty());
        QCOMPARE(countIn(target, "SELECT count(*) FROM people WHERE display_name = 'Alice Archer' "
                                 "AND email = 'alice@acme.example' AND title = 'VP Engineering' "
                                 "AND role = 'staff'"),
                 1);
        QCOMPARE(countIn(target, "SELECT count(*) FROM people WHERE display_name = 'Bobby'"), 1);
        QCOMPARE(countIn(target, "SELECT count(*) FROM people WHERE display_name = 'Carol Diaz'"),
                 1);
        QCOMPARE(countIn(target, "SELECT count(*) FROM people WHERE display_name = 'dan'"), 1);
        QCOMPARE(countIn(target, "SELECT count(*) FROM people WHERE display_name = 'Gina' AND "
                                 "role = 'guest'"),
                 1);
        QCOMPARE(countIn(target,
                         "SELECT count(*) FROM people WHERE display_name = 'Deploy Bot' AND "
                         "role = 'bot'"),
                 1);
        QCOMPARE(countIn(target, "SELECT count(*) FROM person_source_ids WHERE source_user_id IN "
                                 "('alice', 'bob', 'carol.d', 'dan', 'gina', 'deploybot')"),
                 6);
    }

    void channelsByTeamAndMembers()
    {
        const QString target = importBasic();
        QVERIFY(!target.isEmpty());
        QCOMPARE(countIn(target, "SELECT count(*) FROM channels WHERE source_channel_id = "
                                 "'acme/town-square' AND name = 'Town Square'"),
                 1);
        QCOMPARE(countIn(target, "SELECT count(*) FROM channels WHERE source_channel_id = "
                                 "'labs/random' AND name = 'random'"),
                 1);
        // Members sorted whatever order the export lists them in; named after them.
        QCOMPARE(countIn(target, "SELECT count(*) FROM channels WHERE source_channel_id = "
                                 "'dm/alice,bob' AND name = 'Alice Archer, Bobby'"),
                 1);
        QCOMPARE(countIn(target, "SELECT count(*) FROM channels WHERE source_channel_id = "
                                 "'dm/carol.d,gina' AND name = 'Carol Diaz, Gina'"),
                 1);
        // Both direct posts and the DM reply and reaction sit in their DM channels.
        QCOMPARE(countIn(target, "SELECT count(*) FROM activities a JOIN channels c ON c.id = "
                                 "a.channel_id WHERE c.source_channel_id LIKE 'dm/%'"),
                 4);
    }

    void nestedRepliesAndReactions()
    {
        const QString target = importBasic();
        QVERIFY(!target.isEmpty());
        const std::string kickoff = "(SELECT id FROM activities WHERE source_activity_id = "
                                    "'acme/town-square/alice/1709290800000')";
        // Three replies in the thread, each with the kickoff as parent and root.
        QCOMPARE(countIn(target, "SELECT count(*) FROM activities WHERE kind = 'reply' AND "
                                 "parent_id = " +
                                     kickoff + " AND thread_root_id = " + kickoff),
                 3);
        QCOMPARE(countIn(target, "SELECT count(*) FROM activities WHERE kind = 'reply' AND "
                                 "source_activity_id = 'acme/town-square/alice/1709290800000/reply/"
                                 "gina/1709291700000' AND at = 1709291700"),
                 1);
        // Reactions on the post itself, then on gina's reply (parent the reply, root the post).
        QCOMPARE(countIn(target, "SELECT count(*) FROM activities WHERE kind = 'reaction' AND "
                                 "parent_id = " +
                                     kickoff),
                 2);
        QCOMPARE(countIn(target, "SELECT count(*) FROM activities r JOIN activities p ON p.id = "
                                 "r.parent_id WHERE r.kind = 'reaction' AND p.kind = 'reply' AND "
                                 "r.thread_root_id = " +
                                     kickoff),
                 3);
        QCOMPARE(countIn(target, "SELECT count(*) FROM activities WHERE kind = 'reaction' AND "
                                 "emoji = 'tada' AND at = 1709291820 AND source_activity_id = "
                                 "'acme/town-square/alice/1709290800000/reply/gina/1709291700000/"
                                 "reaction/alice/tada'"),
                 1);
        // Nothing of the deleted reply or the deleted post is kept.
        QCOMPARE(countIn(target,
                         "SELECT count(*) FROM activities WHERE text IN ('oops', 'Old plan', "
                         "'ok', 'Deployed v1.2', 'bob joined the channel.')"),
                 0);
    }

    void mentionsRewrittenToNames()
    {
        const QString target = importBasic();
        QVERIFY(!target.isEmpty());
        // "@carol.d." ends a sentence; "@nobody" is no user; ops@acme.example is an address.
        QCOMPARE(countIn(target,
                         "SELECT count(*) FROM activities WHERE text = 'Kickoff today, "
                         "@Bobby and @Carol Diaz. Ping @nobody and mail ops@acme.example.'"),
                 1);
        QCOMPARE(countIn(target, "SELECT count(*) FROM activities WHERE text = 'Hello from labs "
                                 "@Alice Archer'"),
                 1);
        // Kickoff: bob, carol.d; bob's reply: alice; labs: alice; bob's DM: alice.
        QCOMPARE(countIn(target, "SELECT count(*) FROM mentions"), 5);
        QCOMPARE(countIn(target, "SELECT count(*) FROM mentions m JOIN people p ON p.id = "
                                 "m.person_id WHERE p.display_name = 'Alice Archer'"),
                 3);
    }

    void reimportAddsNothing()
    {
        const QString target = importBasic();
        QVERIFY(!target.isEmpty());
        ImportReport report;
        testing::expectNothingAdded(request(m_zip, target), report);
        // All 14 activities are known; the skips of the first run are skipped again.
        QCOMPARE(report.skipped[std::size_t(SkipReason::AlreadyImported)], 14);
        QCOMPARE(report.skipped[std::size_t(SkipReason::Deleted)], 5);
    }

    // Bad input names the file and the line, and leaves the database as it was.
    void badInputIsAnError_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("what");
        QTest::newRow("no version line") << QStringLiteral("no-version.jsonl")
                                         << QStringLiteral("line 1") << QStringLiteral("version");
        QTest::newRow("invalid JSON") << QStringLiteral("invalid-line4.jsonl")
                                      << QStringLiteral("line 4") << QStringLiteral("invalid JSON");
        QTest::newRow("create_at missing")
            << QStringLiteral("no-create-at.jsonl") << QStringLiteral("line 4")
            << QStringLiteral("create_at is missing");
        QTest::newRow("create_at out of range")
            << QStringLiteral("out-of-range.jsonl") << QStringLiteral("line 5")
            << QStringLiteral("out of range");
    }

    void badInputIsAnError()
    {
        QFETCH(QString, file);
        QFETCH(QString, where);
        QFETCH(QString, what);
        const QString target = importBasic();
        QVERIFY(!target.isEmpty());
        testing::expectRefused(request(data("bad/") + file, target),
                               {file, where + QStringLiteral(":"), what});
    }

    void badInputCreatesNoDatabase()
    {
        const QString target = newTarget();
        auto result = import(data("bad/invalid-line4.jsonl"), target);
        QVERIFY(!result);
        QVERIFY(!QFile::exists(target));
    }
};

QTEST_GUILESS_MAIN(TestMattermostExportReader)
#include "tst_mattermostexportreader.moc"

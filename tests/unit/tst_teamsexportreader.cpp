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

// The Teams (Graph chatMessage JSON) reader, end to end through Importer::run into a
// temporary database. tests/data/teams/channels, worked by hand:
//   general.json, a plain array (channel 19:general, no display name: named "general"):
//     kickoff (Alice, html, mentions Bob; reactions: Bob like, Carol heart), Bob's reply
//     (text; Alice like), a systemEventMessage, a deleted message of Carol's with one
//     reaction, a Workflows bot message (from.application), Alice's reply to a message
//     not in the export, Carol's post mentioning the channel (no user).
//   project.json, a {"value": [...]} page: channel 19:proj "Project Falcon": Bob's post
//     (Alice laugh) whose id equals the kickoff's (ids are only unique per channel),
//     Carol's html reply mentioning Bob and Dan; a chat (19:a1_b2): Alice "Lunch?" (time
//     with +01:00), Bob "Sure" (Alice like). The file mixes two conversations, so the
//     chat keeps its id as name.
//   people    Alice (UPN as e-mail), Bob (a guest: #EXT# UPN), Carol (e-mail; first seen
//             as a nameless reactor), Dan (only ever mentioned)                     = 4
//   channels  general, Project Falcon, the chat                                     = 3
//   posts     kickoff, Carol's heads-up, Bob's draft, Lunch?, Sure                  = 5
//   replies   Bob's thanks, Carol's looks-good                                      = 2
//   reactions 2 + 1 + 1 + 1                                                         = 5
//   skipped   system 1; deleted 2 (the message and its reaction); bot 1; missing parent 1
class TestTeamsExportReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_zip;
    int m_targets = 0;

    static QString data(const char *path)
    {
        return QStringLiteral(GOODWILL_TEST_DATA "/teams/") + QString::fromUtf8(path);
    }

    QString newTarget()
    {
        return m_dir.filePath(QStringLiteral("target-%1.goodwill").arg(++m_targets));
    }

    static ImportRequest request(const QString &source, const QString &target)
    {
        return testing::importRequest({source}, target, ImportFormat::Teams,
                                      QStringLiteral("2024-03-04"));
    }

    static Result<ImportResult> import(const QString &source, const QString &target)
    {
        return Importer::run(request(source, target));
    }

    QString importChannels()
    {
        return testing::importedInto(data("channels"), newTarget(), ImportFormat::Teams,
                                     QStringLiteral("2024-03-04"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_zip = m_dir.filePath(QStringLiteral("teams-export.zip"));
        QVERIFY(test::zipFolder(data("channels"), m_zip, QStringLiteral("export/")));
    }

    void reportCountsEveryRecord_data()
    {
        QTest::addColumn<QString>("source");
        QTest::newRow("folder") << data("channels");
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
        QCOMPARE(report.format, QStringLiteral("teams"));
        QCOMPARE(report.people, 4);
        QCOMPARE(report.channels, 3);
        QCOMPARE(report.posts, 5);
        QCOMPARE(report.replies, 2);
        QCOMPARE(report.reactions, 5);
        QCOMPARE(report.skipped[std::size_t(SkipReason::SystemMessage)], 1);
        QCOMPARE(report.skipped[std::size_t(SkipReason::Deleted)], 2);
        QCOMPARE(report.skipped[std::size_t(SkipReason::Bot)], 1);
        QCOMPARE(report.skipped[std::size_t(SkipReason::MissingParent)], 1);
        QCOMPARE(report.skippedTotal(), 5);
        QCOMPARE(report.first, 1709290800); // the kickoff, 11:00:00.123Z
        QCOMPARE(report.last, 1709298120);  // Alice's like on "Sure", 13:02Z
        QCOMPARE(report.warnings.size(), 1);
        QVERIFY2(report.warnings.front().contains(QStringLiteral("roster")),
                 qPrintable(report.warnings.front()));
        QCOMPARE(countIn(target, "SELECT count(*) FROM activities"), 12);
        // The source is the team of the first channel message.
        QCOMPARE(countIn(target, "SELECT count(*) FROM sources WHERE kind = 'teams' AND name = "
                                 "'fbe2bf47-16c8-47cf-b4a5-4b9b187c508b'"),
                 1);
    }

    void peopleFromSendersAndMentions()
    {
        const QString target = importChannels();
        QVERIFY(!target.isEmpty());
        QCOMPARE(countIn(target, "SELECT count(*) FROM people WHERE display_name = 'Alice Archer' "
                                 "AND email = 'alice@contoso.example'"),
                 1);
        // Bob's name as sender wins over the "Bob B." of the mention met first; his guest
        // UPN (#EXT#) is not taken for an e-mail.
        QCOMPARE(countIn(target, "SELECT count(*) FROM people WHERE display_name = 'Bob Baker' AND "
                                 "email IS NULL AND role = 'guest'"),
                 1);
        QCOMPARE(countIn(target,
                         "SELECT count(*) FROM people WHERE display_name = 'Carol Chen' AND "
                         "email = 'carol@contoso.example'"),
                 1);
        QCOMPARE(countIn(target, "SELECT count(*) FROM people WHERE display_name = 'Dan Diaz'"), 1);
        // Carol's heart on the kickoff counts although her name comes later in the file.
        QCOMPARE(countIn(target, "SELECT count(*) FROM activities a JOIN people p ON p.id = "
                                 "a.author_id WHERE p.display_name = 'Carol Chen' AND "
                                 "a.kind = 'reaction' AND a.emoji = 'heart'"),
                 1);
    }

    void channelsNamedFromTeamsOrFiles()
    {
        const QString target = importChannels();
        QVERIFY(!target.isEmpty());
        QCOMPARE(countIn(target, "SELECT count(*) FROM channels WHERE source_channel_id = "
                                 "'19:general@thread.tacv2' AND name = 'general'"),
                 1);
        QCOMPARE(countIn(target, "SELECT count(*) FROM channels WHERE source_channel_id = "
                                 "'19:proj@thread.tacv2' AND name = 'Project Falcon'"),
                 1);
        QCOMPARE(countIn(target, "SELECT count(*) FROM channels WHERE source_channel_id = "
                                 "'19:a1_b2@unq.gbl.spaces' AND name = '19:a1_b2@unq.gbl.spaces'"),
                 1);
        QCOMPARE(countIn(target, "SELECT count(*) FROM activities a JOIN channels c ON c.id = "
                                 "a.channel_id WHERE c.name = 'Project Falcon'"),
                 3);
    }

    void repliesAndReactionsByReplyToId()
    {
        const QString target = importChannels();
        QVERIFY(!target.isEmpty());
        // The same id in two channels is two messages; each reply finds its own parent.
        const std::string kickoff = "(SELECT id FROM activities WHERE source_activity_id = "
                                    "'19:general@thread.tacv2/1709290800000')";
        const std::string draft = "(SELECT id FROM activities WHERE source_activity_id = "
                                  "'19:proj@thread.tacv2/1709290800000')";
        QCOMPARE(countIn(target, "SELECT count(*) FROM activities WHERE kind = 'reply' AND "
                                 "parent_id = " +
                                     kickoff + " AND thread_root_id = " + kickoff),
                 1);
        QCOMPARE(countIn(target, "SELECT count(*) FROM activities WHERE kind = 'reply' AND "
                                 "parent_id = " +
                                     draft + " AND thread_root_id = " + draft),
                 1);
        QCOMPARE(countIn(target, "SELECT count(*) FROM activities WHERE kind = 'reaction' AND "
                                 "parent_id = " +
                                     kickoff + " AND at IN (1709291100, 1709291160)"),
                 2);
        // Alice's like on Bob's reply: parent the reply, root the kickoff.
        QCOMPARE(countIn(target, "SELECT count(*) FROM activities WHERE kind = 'reaction' AND "
                                 "source_activity_id = '19:general@thread.tacv2/1709291100000/"
                                 "reaction/a1/like' AND thread_root_id = " +
                                     kickoff),
                 1);
        // "14:00:00+01:00" is 13:00Z.
        QCOMPARE(countIn(target, "SELECT count(*) FROM activities WHERE text = 'Lunch?' AND "
                                 "at = 1709298000"),
                 1);
        QCOMPARE(countIn(target, "SELECT count(*) FROM activities WHERE text IN ('Build passed', "
                                 "'Following up on last week', '')"),
                 0);
    }

    void htmlBodiesAndMentions()
    {
        const QString target = importChannels();
        QVERIFY(!target.isEmpty());
        QCOMPARE(countIn(target, "SELECT count(*) FROM activities WHERE text = 'Welcome @Bob Baker "
                                 "& team!' || char(10) || 'Agenda below'"),
                 1);
        QCOMPARE(countIn(target, "SELECT count(*) FROM activities WHERE text = 'Looks good, @Bob "
                                 "Baker.' || char(10) || 'Ask @Dan Diaz too'"),
                 1);
        // contentType text is kept as written.
        QCOMPARE(countIn(target, "SELECT count(*) FROM activities WHERE text = 'Thanks! 1 < 2 & "
                                 "that''s fine'"),
                 1);
        QCOMPARE(
            countIn(target, "SELECT count(*) FROM activities WHERE text = 'Heads up @General'"), 1);
        // Kickoff: Bob; looks-good: Bob and Dan; a channel mention names nobody.
        QCOMPARE(countIn(target, "SELECT count(*) FROM mentions"), 3);
        QCOMPARE(countIn(target, "SELECT count(*) FROM mentions m JOIN people p ON p.id = "
                                 "m.person_id WHERE p.display_name = 'Bob Baker'"),
                 2);
    }

    void reimportAddsNothing()
    {
        const QString target = importChannels();
        QVERIFY(!target.isEmpty());
        ImportReport report;
        testing::expectNothingAdded(request(m_zip, target), report);
        QCOMPARE(report.skipped[std::size_t(SkipReason::AlreadyImported)], 12);
        QCOMPARE(report.skipped[std::size_t(SkipReason::MissingParent)], 1);
    }

    void badInputIsAnError_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("what");
        QTest::newRow("invalid JSON")
            << QStringLiteral("broken.json") << QStringLiteral("invalid JSON");
        QTest::newRow("not a time") << QStringLiteral("bad-time.json")
                                    << QStringLiteral("message 1709290800000: createdDateTime: "
                                                      "\"yesterday\" is not an ISO 8601 time");
    }

    void badInputIsAnError()
    {
        QFETCH(QString, file);
        QFETCH(QString, what);
        const QString target = importChannels();
        QVERIFY(!target.isEmpty());
        testing::expectRefused(request(data("bad/") + file, target), {file, what});

        const QString fresh = newTarget();
        QVERIFY(!import(data("bad/") + file, fresh));
        QVERIFY(!QFile::exists(fresh));
    }
};

QTEST_GUILESS_MAIN(TestTeamsExportReader)
#include "tst_teamsexportreader.moc"

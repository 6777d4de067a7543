#include "importers/importer.h"
#include "importers/importreport.h"
#include "importtesting.h"
#include "store/database.h"
#include "testdatabase.h"
#include "testzip.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace goodwill;
using namespace goodwill::importers;
using goodwill::testing::hashOf;
using goodwill::testing::queryInt;
using goodwill::testing::writeFile;

// The fixture tests/data/slack/export, worked by hand (workspace time America/Los_Angeles,
// so a day file holds 08:00Z to 08:00Z of the next day):
//
// people (8): U05 (deleted, only an id: named "U05", staff, no team_id), U01 Ada (dept
//   Engineering), U02 Grace (Sales), U03 Linus (is_restricted: guest), U04 Deploy Bot
//   (is_bot), USLACKBOT (bot by id), U06 Katherine (real_name only at the top; fields []),
//   U07 Survey App (is_app_user: bot). Team T0GOODWILL (the first user with a team_id).
// channels (7): C01 general, C02 meetup- (created as a string), C03 random (no folder),
//   G01 leads-private (groups.json), G02 mpdm-... (mpims.json), D01 (dms.json, folder by
//   id), and the folder "orphans" that channels.json does not list (warned).
// general/2024-03-04.json:
//   m1  U01 post, mentions U02 U06; reactions tada [U02 U06] count 5 -> 2; +1 [U04] -> bot
//   m2  channel_join (its wave reaction by U01 goes with it)     -> system 2
//   m3  U02 reply to m1, mentions U01; reaction heart [U01]        -> 1 reaction
//   m4  U06 thread_broadcast to m1, mentions U02                   -> reply
//   m5  bot_message; m6 U04 with bot_id; m7 U04 without; m8 USLACKBOT -> bot 4
//   m9  U03 me_message                                             -> post
//   m10 channel_topic                                              -> system
// general/2024-03-05.json:
//   m11 U01 file_share; reaction eyes [U01 U99] -> 1 reaction, U99 unknown
//   m12 U03 reply to m1 (in the earlier day file)                  -> reply
//   m13 U02 reply to 1709400000.000100, not in the export          -> missing parent
//   m14 U99 post with one reaction by U01                          -> unknown user 2
//   m15 tombstone                                                  -> system
//   m16 U02 file_comment (old export: author and text in comment)  -> post
//   m17 U06 at 2024-03-06T03:30Z, a day after the file's date      -> post
// meetup-/2024-03-04.json: m18 channel_purpose at 16:30Z (the earliest ts; skipped, so
//   not "first") -> system; m19 U06 post "<!here> cc <@U99|ghost>" with raised_hands by
//   U01 U02 U03 -> 3 reactions, no mention row (U99 unknown).
// leads-private: m20 U01 post. D01: m21 U02 post mentioning U01, m22 U01 thread parent
//   (thread_ts == ts: a post), m23 U02 reply to it. mpdm: m24 U06 post. orphans: m25 U01.
//
// posts 11 (m1 m9 m11 m16 m17 m19 m20 m21 m22 m24 m25), replies 4 (m3 m4 m12 m23),
// reactions 7 (2 + 1 + 1 + 3): 22 activities. Skipped: system 5 (m2 + wave, m10, m15, m18),
// bot 5 (+1 by U04, m5 m6 m7 m8), unknown user 3 (eyes by U99, m14 and its reaction),
// missing parent 1 (m13). Mentions 5 (m1: 2, m3, m4, m21). first m1 1709571600,
// last m24 1709841600.
namespace {

constexpr std::int64_t posts = 11, replies = 4, reactions = 7, activities = 22;
constexpr std::int64_t firstAt = 1709571600, lastAt = 1709841600;

QString fixture()
{
    return QStringLiteral(GOODWILL_TEST_DATA "/slack/export");
}

bool copyFolder(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(file);
        if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(file, target))
            return false;
    }
    return true;
}

ImportRequest request(const QString &source, const QString &target,
                      const QString &departmentField = QStringLiteral("Xf01DEPT"))
{
    ImportRequest request =
        testing::importRequest({source}, target, ImportFormat::Auto, QStringLiteral("2024-03-10"));
    request.options.slackDepartmentField = departmentField;
    return request;
}

Result<ImportResult> import(const QString &source, const QString &target,
                            const QString &departmentField = QStringLiteral("Xf01DEPT"))
{
    return Importer::run(request(source, target, departmentField));
}

std::int64_t skipped(const ImportReport &report, SkipReason reason)
{
    return report.skipped[std::size_t(reason)];
}

QString queryText(store::SqliteConnection &connection, const std::string &sql)
{
    auto statement = connection.prepare(sql);
    if (!statement || statement->step() != store::SqliteStatement::Step::Row)
        return QStringLiteral("<no row: %1>").arg(QString::fromStdString(sql));
    const std::string_view text = statement->textView(0);
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

const QString orphanWarning = QStringLiteral(
    "The folder 'orphans' is not listed in channels.json: its messages were imported as the "
    "channel 'orphans'");
const QString departmentWarning = QStringLiteral(
    "No departments found: attach a roster or choose the profile field that holds the "
    "department");

} // namespace

class TestSlackExportReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_next = 0;

    QString newTarget() { return m_dir.filePath(QStringLiteral("t%1.goodwill").arg(++m_next)); }

    void checkFixtureReport(const ImportReport &report)
    {
        QCOMPARE(report.format, QStringLiteral("slack"));
        QCOMPARE(report.posts, posts);
        QCOMPARE(report.replies, replies);
        QCOMPARE(report.reactions, reactions);
        QCOMPARE(report.recognitions, 0);
        QCOMPARE(report.people, 8);
        QCOMPARE(report.channels, 7);
        QCOMPARE(report.first, firstAt);
        QCOMPARE(report.last, lastAt);
        QCOMPARE(skipped(report, SkipReason::SystemMessage), 5);
        QCOMPARE(skipped(report, SkipReason::Bot), 5);
        QCOMPARE(skipped(report, SkipReason::UnknownUser), 3);
        QCOMPARE(skipped(report, SkipReason::MissingParent), 1);
        QCOMPARE(skipped(report, SkipReason::AlreadyImported), 0);
        QCOMPARE(report.skippedTotal(), 14);
        QVERIFY2(report.warnings.contains(orphanWarning), qPrintable(report.warnings.join(u'\n')));
    }

    void checkFixtureRows(const QString &path)
    {
        auto db = store::Database::open(path, store::Database::Access::ReadOnly);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        store::SqliteConnection &c = (*db)->connection();
        QCOMPARE(queryText(c, "SELECT kind || ':' || name FROM sources"),
                 QStringLiteral("slack:T0GOODWILL"));
        QCOMPARE(queryInt(c, "SELECT count(*) FROM activities"), activities);
        QCOMPARE(queryInt(c, "SELECT count(*) FROM activities WHERE kind = 'post'"), posts);
        QCOMPARE(queryInt(c, "SELECT count(*) FROM activities WHERE kind = 'reply'"), replies);
        QCOMPARE(queryInt(c, "SELECT count(*) FROM activities WHERE kind = 'reaction'"), reactions);
        QCOMPARE(queryInt(c, "SELECT count(*) FROM mentions"), 5);
        QCOMPARE(queryInt(c, "SELECT count(*) FROM recognition_recipients"), 0);
        QCOMPARE(queryInt(c, "SELECT count(*) FROM people"), 8);
        QCOMPARE(queryInt(c, "SELECT count(*) FROM person_source_ids"), 8);
        QCOMPARE(queryInt(c, "SELECT count(*) FROM channels"), 7);

        // People: names from profile.real_name, then real_name; roles from the flags.
        QCOMPARE(queryText(c, "SELECT group_concat(s.source_user_id || '=' || p.display_name || "
                              "'/' || p.role, ', ') FROM (SELECT * FROM person_source_ids "
                              "ORDER BY source_user_id) s JOIN people p ON p.id = s.person_id"),
                 QStringLiteral("U01=Ada Lovelace/staff, U02=Grace Hopper/staff, "
                                "U03=Linus Guest/guest, U04=Deploy Bot/bot, U05=U05/staff, "
                                "U06=Katherine Johnson/staff, U07=Survey App/bot, "
                                "USLACKBOT=Slackbot/bot"));
        QCOMPARE(queryText(c, "SELECT title FROM people WHERE email = 'ada@example.com'"),
                 QStringLiteral("VP Engineering"));
        QCOMPARE(queryText(c, "SELECT group_concat(source_channel_id || '=' || name, ', ') "
                              "FROM (SELECT * FROM channels ORDER BY source_channel_id)"),
                 QStringLiteral("C01=general, C02=meetup-, C03=random, D01=D01, G01=leads-private, "
                                "G02=mpdm-ada--grace--katherine-1, orphans=orphans"));

        // Texts: mentions by name, escapes undone, links by label, file_comment's comment.
        const auto text = [&](const char *key) {
            return queryText(c, std::string("SELECT text FROM activities WHERE "
                                            "source_activity_id = '") +
                                    key + "'");
        };
        QCOMPARE(
            text("C01/1709571600.000100"),
            QStringLiteral("Welcome everyone! Please meet @Grace Hopper & @Katherine Johnson"));
        QCOMPARE(text("C01/1709571900.000300"), QStringLiteral("Thanks @Ada Lovelace! <3"));
        QCOMPARE(text("C01/1709658300.000600"), QStringLiteral("Nice slides & notes"));
        QCOMPARE(text("C01/1709695800.000700"), QStringLiteral("Late one \u2014 night shift"));
        QCOMPARE(text("C02/1709572800.001100"),
                 QStringLiteral("Who is in for Friday? @here cc @ghost"));
        QCOMPARE(text("G01/1709748000.000100"), QStringLiteral("Budget & plans: the plan"));
        QCOMPARE(queryText(c, "SELECT group_concat(p.display_name, ', ') FROM (SELECT * FROM "
                              "mentions ORDER BY person_id) m JOIN people p ON p.id = m.person_id "
                              "JOIN activities a ON a.id = m.activity_id WHERE "
                              "a.source_activity_id = 'C01/1709571600.000100'"),
                 QStringLiteral("Grace Hopper, Katherine Johnson"));

        // Time from ts alone: m17 sits in the file of 5 March but is 6 March in UTC.
        QCOMPARE(queryInt(c, "SELECT at FROM activities WHERE source_activity_id = "
                             "'C01/1709695800.000700'"),
                 1709695800);
        // The reply in the later day file hangs under m1; thread_broadcast is a reply of m1.
        const std::int64_t m1 = queryInt(c, "SELECT id FROM activities WHERE source_activity_id = "
                                            "'C01/1709571600.000100'");
        QCOMPARE(
            queryInt(c, "SELECT count(*) FROM activities WHERE parent_id = " + std::to_string(m1) +
                            " AND thread_root_id = " + std::to_string(m1) + " AND kind = 'reply'"),
            3);
        // A reaction: keyed message/user/emoji, dated with its message, rooted in the thread.
        QCOMPARE(queryText(c, "SELECT a.at || ' ' || a.emoji || ' ' || (a.thread_root_id = " +
                                  std::to_string(m1) +
                                  ") || ' ' || p.source_activity_id FROM activities a JOIN "
                                  "activities p ON p.id = a.parent_id WHERE a.source_activity_id = "
                                  "'C01/1709571900.000300/U01/heart'"),
                 QStringLiteral("1709571900 heart 1 C01/1709571900.000300"));
        QCOMPARE(queryInt(c, "SELECT count(*) FROM activities WHERE source_activity_id LIKE "
                             "'C01/1709571600.000100/%' AND kind = 'reaction' AND emoji = 'tada'"),
                 2);
        // The DM thread: the parent (thread_ts == ts) is a post, the reply points at it.
        QCOMPARE(queryText(c, "SELECT r.kind || '>' || p.kind || '>' || p.source_activity_id "
                              "FROM activities r JOIN activities p ON p.id = r.parent_id WHERE "
                              "r.source_activity_id = 'D01/1709748180.000400'"),
                 QStringLiteral("reply>post>D01/1709748120.000300"));
    }

private Q_SLOTS:
    void importsTheFolder()
    {
        const QString target = newTarget();
        auto result = import(fixture(), target);
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));
        QCOMPARE(result->reports.size(), std::size_t(1));
        checkFixtureReport(result->reports[0]);
        QVERIFY(!result->reports[0].warnings.contains(departmentWarning));
        checkFixtureRows(target);
    }

    void departmentsFromTheCustomField()
    {
        const QString target = newTarget();
        auto result = import(fixture(), target);
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));
        auto db = store::Database::open(target, store::Database::Access::ReadOnly);
        QVERIFY(db);
        store::SqliteConnection &c = (*db)->connection();
        // Ada -> Engineering, Grace -> Sales (the e-mail's case as the export has it); the
        // other field (Xf02OFFICE), fields null and fields [] give nothing.
        QCOMPARE(queryInt(c, "SELECT count(*) FROM departments"), 2);
        QCOMPARE(queryText(c, "SELECT group_concat(p.email || '=' || d.name || ' from ' || "
                              "r.valid_from || ' to ' || coalesce(r.valid_to, 'now'), ', ') FROM "
                              "(SELECT * FROM roster ORDER BY person_id) r JOIN people p ON p.id = "
                              "r.person_id JOIN departments d ON d.id = r.department_id"),
                 QStringLiteral("ada@example.com=Engineering from 1970-01-01 to now, "
                                "Grace@Example.com=Sales from 1970-01-01 to now"));
    }

    void withoutTheDepartmentFieldItWarns()
    {
        const QString target = newTarget();
        auto result = import(fixture(), target, QString());
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));
        QVERIFY(result->reports[0].warnings.contains(departmentWarning));
        QCOMPARE(result->reports[0].posts, posts);
        auto db = store::Database::open(target, store::Database::Access::ReadOnly);
        QVERIFY(db);
        QCOMPARE(queryInt((*db)->connection(), "SELECT count(*) FROM roster"), 0);
        // A field id nobody has warns the same way.
        auto other = import(fixture(), newTarget(), QStringLiteral("XfNOBODY"));
        QVERIFY(other);
        QVERIFY(other->reports[0].warnings.contains(departmentWarning));
    }

    void theZipGivesTheSameCounts()
    {
        // Slack's own ZIPs hold the files at the top; many re-zipped ones under one folder.
        for (const QString &prefix : {QString(), QStringLiteral("export/")}) {
            const QString zip = m_dir.filePath(QStringLiteral("slack%1.zip").arg(++m_next));
            QVERIFY(test::zipFolder(fixture(), zip, prefix));
            const QString target = newTarget();
            auto result = import(zip, target);
            QVERIFY2(result, result ? "" : qPrintable(result.error().message));
            checkFixtureReport(result->reports[0]);
            checkFixtureRows(target);
        }
    }

    void importingTwiceAddsNothing()
    {
        const QString target = newTarget();
        QVERIFY(import(fixture(), target));
        ImportReport report;
        testing::expectNothingAdded(request(fixture(), target), report);
        QCOMPARE(skipped(report, SkipReason::AlreadyImported), activities);
        // What was left out the first time is left out again, for the same reasons.
        QCOMPARE(skipped(report, SkipReason::SystemMessage), 5);
        QCOMPARE(skipped(report, SkipReason::Bot), 5);
        QCOMPARE(skipped(report, SkipReason::UnknownUser), 3);
        QCOMPARE(skipped(report, SkipReason::MissingParent), 1);
        QCOMPARE(report.first, firstAt);
        QCOMPARE(report.last, lastAt);
    }

    void aNewerExportAddsOnlyTheNewDays()
    {
        const QString target = newTarget();
        QVERIFY(import(fixture(), target));
        QTemporaryDir newer;
        QVERIFY(copyFolder(fixture(), newer.path()));
        // 8 March (2024-03-08T18:00Z): a post with reactions, and a reply to m1 of 4 March.
        // The post lists U01 three times for one emoji (Slack never does, merged exports
        // might): 2 reactions, U01 and U03, each once.
        QVERIFY(writeFile(newer.filePath(QStringLiteral("general/2024-03-08.json")), R"([
            {"type": "message", "user": "U02", "text": "Week two", "ts": "1709920800.000100",
             "reactions": [{"name": "fire", "users": ["U01", "U01"], "count": 2},
                           {"name": "fire", "users": ["U03", "U01"], "count": 2}]},
            {"type": "message", "user": "U06", "text": "Late to the thread",
             "ts": "1709920860.000200", "thread_ts": "1709571600.000100"}
        ])"));
        auto result = import(newer.path(), target);
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));
        const ImportReport &report = result->reports[0];
        QCOMPARE(report.posts, 1);
        QCOMPARE(report.replies, 1);
        QCOMPARE(report.reactions, 2);
        QCOMPARE(report.people, 0);
        QCOMPARE(report.channels, 0);
        QCOMPARE(skipped(report, SkipReason::AlreadyImported), activities);
        QCOMPARE(report.last, 1709920860);

        auto db = store::Database::open(target, store::Database::Access::ReadOnly);
        QVERIFY(db);
        store::SqliteConnection &c = (*db)->connection();
        QCOMPARE(queryInt(c, "SELECT count(*) FROM activities"), activities + 4);
        QCOMPARE(queryInt(c, "SELECT count(*) FROM sources"), 1);
        // The new reply found its parent in the database.
        QCOMPARE(queryText(c, "SELECT p.source_activity_id FROM activities r JOIN activities p "
                              "ON p.id = r.parent_id AND p.id = r.thread_root_id WHERE "
                              "r.source_activity_id = 'C01/1709920860.000200'"),
                 QStringLiteral("C01/1709571600.000100"));
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("expected");

        // The second message lacks the comma before it: simdjson stops at its '{' (byte 41).
        QTest::newRow("invalid JSON in a day file")
            << QStringLiteral("general/2024-03-05.json")
            << QByteArray(R"([{"user":"U01","ts":"1709658000.000100"} {"user":"U01"}])")
            << QStringList{QStringLiteral("general/2024-03-05.json"), QStringLiteral("message 2"),
                           QStringLiteral("invalid JSON at byte 41")};
        QTest::newRow("a day file cut short")
            << QStringLiteral("general/2024-03-05.json")
            << QByteArray(R"([{"user":"U01","ts":"1709658000.000100","text":"a"})")
            << QStringList{QStringLiteral("general/2024-03-05.json"),
                           QStringLiteral("invalid JSON")};
        QTest::newRow("ts not a number")
            << QStringLiteral("meetup-/2024-03-04.json")
            << QByteArray(R"([{"type":"message","user":"U01","ts":"1709658000.0001"},
                              {"type":"message","user":"U01","ts":"yesterday"}])")
            << QStringList{QStringLiteral("meetup-/2024-03-04.json"),
                           QStringLiteral("message 2 (ts yesterday)"),
                           QStringLiteral("ts is not a number")};
        QTest::newRow("ts out of range")
            << QStringLiteral("D01/2024-03-06.json")
            << QByteArray(R"([{"type":"message","user":"U01","ts":"86400.000100"}])")
            << QStringList{QStringLiteral("D01/2024-03-06.json"),
                           QStringLiteral("message 1 (ts 86400.000100)"),
                           QStringLiteral("between 1990 and 2100")};
        QTest::newRow("no ts") << QStringLiteral("D01/2024-03-06.json")
                               << QByteArray(R"([{"type":"message","user":"U01"}])")
                               << QStringList{QStringLiteral("D01/2024-03-06.json"),
                                              QStringLiteral("message 1"), QStringLiteral("no ts")};
        QTest::newRow("invalid users.json")
            << QStringLiteral("users.json") << QByteArray(R"([{"id":"U01",}])")
            << QStringList{QStringLiteral("users.json"), QStringLiteral("user 1"),
                           QStringLiteral("invalid JSON")};
        QTest::newRow("users.json missing") << QStringLiteral("users.json") << QByteArray()
                                            << QStringList{QStringLiteral("users.json is missing")};
        QTest::newRow("channels.json missing")
            << QStringLiteral("channels.json") << QByteArray()
            << QStringList{QStringLiteral("channels.json is missing")};
    }

    // Bad input names the file and the record, and leaves the database as it was.
    void badInput()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QStringList, expected);

        const QString target = newTarget();
        QVERIFY(import(fixture(), target));
        QTemporaryDir broken;
        QVERIFY(copyFolder(fixture(), broken.path()));
        const QString path = broken.filePath(file);
        if (content.isEmpty())
            QVERIFY(QFile::remove(path));
        else
            QVERIFY(writeFile(path, content));
        ImportRequest request;
        request.sources = {broken.path()};
        request.format = ImportFormat::Slack; // detection would refuse a missing users.json
        request.target = target;
        testing::expectRefused(request, expected);
    }

    void cancellingStopsAndWritesNothing()
    {
        ImportRequest request;
        request.sources = {fixture()};
        request.target = newTarget();
        int calls = 0;
        auto result = Importer::run(request, [&](int) { return ++calls < 3; });
        QVERIFY(!result);
        QCOMPARE(result.error().message, ExportReader::cancelled().message);
        QVERIFY(!QFile::exists(request.target));
    }

    // Enterprise Grid names the user list org_users.json.
    void enterpriseGridUsers()
    {
        QTemporaryDir grid;
        QVERIFY(copyFolder(fixture(), grid.path()));
        QVERIFY(QFile::rename(grid.filePath(QStringLiteral("users.json")),
                              grid.filePath(QStringLiteral("org_users.json"))));
        const QString target = newTarget();
        auto result = import(grid.path(), target);
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));
        checkFixtureReport(result->reports[0]);
        checkFixtureRows(target);
    }

    // Without any team_id the workspace is named by the export's file or folder name.
    void theSourceIsNamedByTheArchiveWithoutTeamId()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("acme.export"));
        QVERIFY(
            writeFile(folder + QStringLiteral("/users.json"), R"([{"id": "U1", "name": "solo"}])"));
        QVERIFY(writeFile(folder + QStringLiteral("/channels.json"),
                          R"([{"id": "C1", "name": "general", "created": "1500000000"}])"));
        QVERIFY(writeFile(folder + QStringLiteral("/general/2024-03-04.json"),
                          R"([{"type": "message", "user": "U1", "text": "hi",
                               "ts": "1709571600.000100"}])"));
        const QString zip = dir.filePath(QStringLiteral("acme-2024.zip"));
        QVERIFY(test::zipFolder(folder, zip));
        for (const auto &[source, name] : {std::pair{folder, QStringLiteral("acme.export")},
                                           std::pair{zip, QStringLiteral("acme-2024")}}) {
            const QString target = newTarget();
            auto result = import(source, target);
            QVERIFY2(result, result ? "" : qPrintable(result.error().message));
            QCOMPARE(result->reports[0].posts, 1);
            auto db = store::Database::open(target, store::Database::Access::ReadOnly);
            QVERIFY(db);
            QCOMPARE(queryText((*db)->connection(), "SELECT name FROM sources"), name);
            QCOMPARE(queryText((*db)->connection(), "SELECT display_name FROM people"),
                     QStringLiteral("solo"));
        }
    }
};

QTEST_GUILESS_MAIN(TestSlackExportReader)
#include "tst_slackexportreader.moc"

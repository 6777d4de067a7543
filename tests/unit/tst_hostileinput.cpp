// Large and hostile input (issue 8): a 200 MB field, deeply nested JSON, ZIP bombs and
// path-traversal names are refused with one clear message, without a crash, and nothing
// is written anywhere but the target database. Every input is made at run time.
#include "analytics/modelsettings.h"
#include "generatedexport.h"
#include "importers/exportarchive.h"
#include "importers/importsink.h"
#include "importtesting.h"
#include "rawzip.h"
#include "testzip.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace goodwill;
using importers::ImportFormat;

namespace {

constexpr qint64 hugeField = 200'000'000; // the 200 MB
constexpr int nestingDepth = 100'000;

// Writes `head`, `count` copies of `fill`, then `tail`, in chunks: the test never holds the
// file whole.
bool writeWithRun(const QString &path, const QByteArray &head, char fill, qint64 count,
                  const QByteArray &tail)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(head) != head.size())
        return false;
    const QByteArray chunk(4 << 20, fill);
    for (qint64 left = count; left > 0; left -= chunk.size()) {
        const qint64 n = std::min<qint64>(left, chunk.size());
        if (file.write(chunk.constData(), n) != n)
            return false;
    }
    return file.write(tail) == tail.size();
}

QByteArray nested(int depth, bool closed)
{
    return QByteArray(depth, '[') + (closed ? QByteArray(depth, ']') : QByteArray());
}

// Every file under `folder`, with its size: what an import may not add to.
QStringList listing(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        files << file + QLatin1Char(' ') + QString::number(QFileInfo(file).size());
    }
    files.sort();
    return files;
}

const QByteArray slackUsers = "[{\"id\":\"U1\",\"team_id\":\"T1\",\"name\":\"ana\",\"profile\":{"
                              "\"real_name\":\"Ana\",\"email\":\"ana@example.com\"}}]";
const QByteArray slackChannels = "[{\"id\":\"C1\",\"name\":\"general\"}]";
const QByteArray slackMessageHead =
    "[{\"type\":\"message\",\"user\":\"U1\",\"ts\":\"1735689600.000100\",\"text\":\"";
const QByteArray mattermostHead =
    "{\"type\":\"version\",\"version\":1}\n"
    "{\"type\":\"team\",\"team\":{\"name\":\"acme\",\"display_name\":\"Acme\",\"type\":\"O\"}}\n"
    "{\"type\":\"channel\",\"channel\":{\"team\":\"acme\",\"name\":\"general\",\"display_name\":"
    "\"General\",\"type\":\"O\"}}\n"
    "{\"type\":\"user\",\"user\":{\"username\":\"ana\",\"email\":\"ana@example.com\",\"teams\":[{"
    "\"name\":\"acme\",\"channels\":[{\"name\":\"general\"}]}]}}\n";
const QByteArray teamsHead =
    "[{\"id\":\"1735689600000\",\"messageType\":\"message\",\"createdDateTime\":\"2025-01-01T00:00:"
    "00Z\","
    "\"channelIdentity\":{\"teamId\":\"t1\",\"channelId\":\"19:general@thread.tacv2\"},"
    "\"from\":{\"user\":{\"id\":\"a1\",\"displayName\":\"Ana\",\"userPrincipalName\":\"ana@example."
    "com\"}},";

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Imports `source` as `format` into a new database and expects a refusal with one
    // line naming every part of `expected`; no database is left.
    void expectRefused(const QString &source, ImportFormat format, const QStringList &expected)
    {
        const QString target = path(QStringLiteral("refused.goodwill"));
        QFile::remove(target);
        auto result = testing::runImport(source, target, format, QStringLiteral("2025-06-01"));
        QVERIFY2(!result, result ? qPrintable(QStringLiteral("the import was accepted: %1")
                                                  .arg(QString::fromUtf8(result->total.toJson())))
                                 : "");
        const QString &message = result.error().message;
        for (const QString &part : expected)
            QVERIFY2(message.contains(part),
                     qPrintable(message.left(400) + QStringLiteral(" // expected: ") + part));
        QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message.left(400)));
        QVERIFY2(message.size() < 1000, qPrintable(message.left(400))); // not the field itself
        QVERIFY(!QFile::exists(target));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // A value over ImportSink::maxFieldSize (16 MiB) is refused in every format, naming the
    // file and the record; the file is streamed or parsed, never the value copied around.
    void hugeFieldIsRefused_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("format");
        QTest::addColumn<QStringList>("expected");
        const QString csv = path(QStringLiteral("huge/activities.csv"));
        QVERIFY(writeWithRun(
            csv, "id,time,kind,author,channel,text\np1,1735689600,post,ana@example.com,general,",
            'a', hugeField, "\n"));
        QTest::newRow("csv") << csv << int(ImportFormat::Csv)
                             << QStringList{QStringLiteral("activities.csv"),
                                            QStringLiteral("line 2"), QStringLiteral("16 MiB")};
        const QString jsonl = path(QStringLiteral("huge/activities.jsonl"));
        QVERIFY(writeWithRun(jsonl,
                             "{\"id\":\"p1\",\"time\":1735689600,\"kind\":\"post\",\"author\":"
                             "\"ana@example.com\",\"channel\":\"general\",\"text\":\"",
                             'a', hugeField, "\"}\n"));
        QTest::newRow("jsonl") << jsonl << int(ImportFormat::Jsonl)
                               << QStringList{QStringLiteral("activities.jsonl"),
                                              QStringLiteral("line 1"), QStringLiteral("16 MiB")};
        const QString slack = path(QStringLiteral("huge/slack"));
        QVERIFY(testing::writeFile(slack + QStringLiteral("/users.json"), slackUsers));
        QVERIFY(testing::writeFile(slack + QStringLiteral("/channels.json"), slackChannels));
        QVERIFY(writeWithRun(slack + QStringLiteral("/general/2025-01-01.json"), slackMessageHead,
                             'a', hugeField, "\"}]"));
        QTest::newRow("slack") << slack << int(ImportFormat::Slack)
                               << QStringList{QStringLiteral("general/2025-01-01.json"),
                                              QStringLiteral("message 1"),
                                              QStringLiteral("the text is 191 MiB"),
                                              QStringLiteral("at most 16 MiB")};
        const QString mattermost = path(QStringLiteral("huge/import.jsonl"));
        QVERIFY(writeWithRun(
            mattermost,
            mattermostHead +
                "{\"type\":\"post\",\"post\":{\"team\":\"acme\",\"channel\":\"general\",\"user\":"
                "\"ana\",\"create_at\":1735689600000,\"message\":\"",
            'a', hugeField, "\"}}\n"));
        QTest::newRow("mattermost")
            << mattermost << int(ImportFormat::Mattermost)
            << QStringList{QStringLiteral("import.jsonl"), QStringLiteral("line 5"),
                           QStringLiteral("the text is 191 MiB")};
        const QString teams = path(QStringLiteral("huge/teams/general.json"));
        QVERIFY(writeWithRun(teams, teamsHead + "\"body\":{\"contentType\":\"text\",\"content\":\"",
                             'a', hugeField, "\"}}]"));
        QTest::newRow("teams") << QFileInfo(teams).path() << int(ImportFormat::Teams)
                               << QStringList{QStringLiteral("general.json"),
                                              QStringLiteral("the text is 191 MiB")};
    }

    void hugeFieldIsRefused()
    {
        QFETCH(QString, source);
        QFETCH(int, format);
        QFETCH(QStringList, expected);
        expectRefused(source, ImportFormat(format), expected);
        if (QFileInfo(source).isDir())
            QDir(source).removeRecursively();
        else
            QFile::remove(source);
    }

    // 100,000 nested brackets: left open (the case), or closed where a reader reads
    // a value, the import is refused naming the file and record; closed in a field no
    // reader looks at, simdjson skips it without recursing and the record imports. No case
    // may overflow the stack (the readers iterate; nothing in Goodwill parses recursively).
    void deepNesting_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("format");
        QTest::addColumn<QStringList>("expected"); // empty: the import succeeds
        const QByteArray open = nested(nestingDepth, false);
        const QByteArray closed = nested(nestingDepth, true);
        const QStringList accepted;

        const auto slack = [&](const QString &name, const QByteArray &users,
                               const QByteArray &day) {
            const QString folder = path(QStringLiteral("deep/") + name);
            if (!testing::writeFile(folder + QStringLiteral("/users.json"), users) ||
                !testing::writeFile(folder + QStringLiteral("/channels.json"), slackChannels) ||
                !testing::writeFile(folder + QStringLiteral("/general/2025-01-01.json"), day))
                return QString();
            return folder;
        };
        const QByteArray post = slackMessageHead + "hi\"";
        QTest::newRow("slack users.json open")
            << slack(QStringLiteral("users"), open, post + "}]") << int(ImportFormat::Slack)
            << QStringList{QStringLiteral("users.json")};
        QTest::newRow("slack day file open")
            << slack(QStringLiteral("day"), slackUsers, "[" + open) << int(ImportFormat::Slack)
            << QStringList{QStringLiteral("general/2025-01-01.json")};
        QTest::newRow("slack blocks closed")
            << slack(QStringLiteral("blocks"), slackUsers, post + ",\"blocks\":" + closed + "}]")
            << int(ImportFormat::Slack) << accepted;

        const QByteArray record = "{\"id\":\"p1\",\"time\":1735689600,\"kind\":\"post\","
                                  "\"author\":\"ana@example.com\",\"channel\":\"general\",";
        const auto jsonl = [&](const QString &name, const QByteArray &line) {
            const QString file = path(QStringLiteral("deep/") + name + QStringLiteral(".jsonl"));
            return testing::writeFile(file, line + "\n") ? file : QString();
        };
        QTest::newRow("jsonl open")
            << jsonl(QStringLiteral("open"), record + "\"text\":" + open)
            << int(ImportFormat::Jsonl)
            << QStringList{QStringLiteral("open.jsonl"), QStringLiteral("line 1")};
        QTest::newRow("jsonl text closed")
            << jsonl(QStringLiteral("text"), record + "\"text\":" + closed + "}")
            << int(ImportFormat::Jsonl)
            << QStringList{QStringLiteral("text.jsonl"), QStringLiteral("line 1")};
        QTest::newRow("jsonl unknown key closed")
            << jsonl(QStringLiteral("extra"), record + "\"extra\":" + closed + "}")
            << int(ImportFormat::Jsonl) << accepted;

        const QByteArray mattermostPost =
            "{\"type\":\"post\",\"post\":{\"team\":\"acme\",\"channel\":\"general\","
            "\"user\":\"ana\",\"create_at\":1735689600000,";
        const auto mattermost = [&](const QString &name, const QByteArray &line) {
            const QString file = path(QStringLiteral("deep/mm-") + name + QStringLiteral(".jsonl"));
            return testing::writeFile(file, mattermostHead + line + "\n") ? file : QString();
        };
        QTest::newRow("mattermost open")
            << mattermost(QStringLiteral("open"), mattermostPost + "\"props\":" + open)
            << int(ImportFormat::Mattermost)
            << QStringList{QStringLiteral("mm-open.jsonl"), QStringLiteral("line 5")};
        QTest::newRow("mattermost message closed")
            << mattermost(QStringLiteral("message"),
                          mattermostPost + "\"message\":" + closed + "}}")
            << int(ImportFormat::Mattermost)
            << QStringList{QStringLiteral("mm-message.jsonl"), QStringLiteral("line 5")};
        QTest::newRow("mattermost props closed")
            << mattermost(QStringLiteral("props"),
                          mattermostPost + "\"message\":\"hi\",\"props\":" + closed + "}}")
            << int(ImportFormat::Mattermost) << accepted;

        const QString teams = path(QStringLiteral("deep/teams/general.json"));
        QVERIFY(testing::writeFile(teams, open));
        QTest::newRow("teams open") << QFileInfo(teams).path() << int(ImportFormat::Teams)
                                    << QStringList{QStringLiteral("general.json")};
        const QString teamsBody = path(QStringLiteral("deep/teams-body/general.json"));
        QVERIFY(testing::writeFile(teamsBody, teamsHead + "\"body\":" + closed + "}]"));
        QTest::newRow("teams body closed")
            << QFileInfo(teamsBody).path() << int(ImportFormat::Teams)
            << QStringList{QStringLiteral("general.json")};
    }

    void deepNesting()
    {
        QFETCH(QString, source);
        QFETCH(int, format);
        QFETCH(QStringList, expected);
        QVERIFY(!source.isEmpty());
        if (!expected.isEmpty()) {
            expectRefused(source, ImportFormat(format), expected);
            return;
        }
        const QString target = path(QStringLiteral("deep-accepted.goodwill"));
        QFile::remove(target);
        auto result =
            testing::runImport(source, target, ImportFormat(format), QStringLiteral("2025-06-01"));
        QVERIFY2(result, result ? "" : qPrintable(result.error().message.left(400)));
        QCOMPARE(result->total.posts, 1);
    }

    void deepNestingInTheModelFileIsRefused()
    {
        const QString file = path(QStringLiteral("deep-model.json"));
        QVERIFY(testing::writeFile(file, "{\"thresholds\":" + nested(nestingDepth, true) + "}"));
        const analytics::ModelLoad load = analytics::ModelFile::load(file);
        QVERIFY(!load.problems.isEmpty());
        QVERIFY2(load.problems.front().message.contains(QStringLiteral("deep-model.json")),
                 qPrintable(load.problems.front().message));
    }

    // One entry that inflates 100 MiB of zeros (about 1,000 times its packed size).
    void zipBombEntryIsRefused()
    {
        const QString zip = path(QStringLiteral("bomb-entry.zip"));
        QVERIFY(test::writeRawZip(zip, {test::deflatedZeros("users.json", std::uint64_t(100) << 20),
                                        test::deflatedZeros("channels.json", 16)}));
        QVERIFY(QFileInfo(zip).size() < (1 << 20));
        expectRefused(zip, ImportFormat::Auto,
                      {QStringLiteral("bomb-entry.zip"), QStringLiteral("users.json"),
                       QStringLiteral("ZIP bomb")});
    }

    // Forty entries of 50 MiB each, every one under the per-entry size, 2 GB in all from
    // about 2 MB: the whole archive's ratio refuses it.
    void zipBombArchiveIsRefused()
    {
        const test::RawZipEntry zeros = test::deflatedZeros("day.json", std::uint64_t(50) << 20);
        std::vector<test::RawZipEntry> entries;
        for (int i = 0; i < 40; ++i) {
            test::RawZipEntry entry = zeros;
            entry.name = "general/2025-01-" + QByteArray::number(10 + i) + ".json";
            entries.push_back(entry);
        }
        const QString zip = path(QStringLiteral("bomb-archive.zip"));
        QVERIFY(test::writeRawZip(zip, entries));
        expectRefused(zip, ImportFormat::Slack,
                      {QStringLiteral("bomb-archive.zip"), QStringLiteral("ZIP bomb")});
    }

    // Headers that claim sizes no disk holds (ZIP64, 2^62 bytes): refused before a byte is
    // read, and the claims are never added up past what an int64 holds.
    void claimedHugeSizesAreRefused()
    {
        test::RawZipEntry claim;
        claim.name = "users.json";
        claim.method = 0;
        claim.data = "[]";
        claim.size = std::uint64_t(1) << 62;
        claim.packedSize = 2;
        std::vector<test::RawZipEntry> entries{claim, claim};
        entries[1].name = "channels.json";
        const QString zip = path(QStringLiteral("claims.zip"));
        QVERIFY(test::writeRawZip(zip, entries));
        auto archive = importers::ExportArchive::open(zip);
        QVERIFY(!archive);
        QVERIFY2(archive.error().message.contains(QStringLiteral("ZIP bomb")),
                 qPrintable(archive.error().message));
    }

    // An entry whose header claims 1,000 bytes but whose data inflates to 64 MiB: reading
    // stops at what the header claims.
    void entryNeverInflatesPastItsClaim()
    {
        test::RawZipEntry liar = test::deflatedZeros("users.json", std::uint64_t(64) << 20);
        liar.size = 1000;
        const QString zip = path(QStringLiteral("liar.zip"));
        QVERIFY(test::writeRawZip(zip, {liar}));
        auto archive = importers::ExportArchive::open(zip);
        QVERIFY2(archive, archive ? "" : qPrintable(archive.error().message));
        auto stream = (*archive)->stream(0);
        QVERIFY(stream);
        std::string buffer(1 << 20, 'x');
        qint64 total = 0;
        for (;;) {
            auto got = (*stream)->read(buffer.data(), qint64(buffer.size()));
            if (!got)
                break; // libzip may notice the lie: an error is as good
            if (*got == 0)
                break;
            total += *got;
        }
        QVERIFY(total <= 1000);
    }

    // Entries named outside the export: the whole ZIP is refused by name, and nothing is
    // written anywhere (an export is read entry by entry from the ZIP, never unpacked).
    void traversalNamesAreRefusedAndNothingIsWritten_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("parent") << QStringLiteral("../escaped.json");
        QTest::newRow("deep parent") << QStringLiteral("general/../../../escaped.json");
        QTest::newRow("absolute") << path(QStringLiteral("escaped.json"));
        QTest::newRow("backslash") << QStringLiteral("..\\escaped.json");
        QTest::newRow("drive") << QStringLiteral("C:\\escaped.json");
    }

    void traversalNamesAreRefusedAndNothingIsWritten()
    {
        QFETCH(QString, name);
        QTemporaryDir area; // the ZIP sits two folders down, so '..' stays inside `area`
        QVERIFY(area.isValid());
        const QString zip = area.filePath(QStringLiteral("a/b/export.zip"));
        QVERIFY(QDir().mkpath(QFileInfo(zip).path()));
        QVERIFY(test::zipEntries(zip, {{QStringLiteral("users.json"), slackUsers},
                                       {QStringLiteral("channels.json"), slackChannels},
                                       {name, slackMessageHead + "hi\"}]"}}));
        const QStringList before = listing(area.path());
        const QStringList mine = listing(m_dir.path());
        const QString target = area.filePath(QStringLiteral("a/b/out.goodwill"));
        auto result =
            testing::runImport(zip, target, ImportFormat::Auto, QStringLiteral("2025-06-01"));
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(QStringLiteral("unsafe path")),
                 qPrintable(result.error().message));
        QVERIFY2(result.error().message.contains(QStringLiteral("export.zip")),
                 qPrintable(result.error().message));
        QCOMPARE(listing(area.path()), before);
        QCOMPARE(listing(m_dir.path()), mine);
        QVERIFY(!QFile::exists(QDir::current().filePath(QStringLiteral("escaped.json"))));
    }

    // And a good ZIP export imports without unpacking a thing: the only new file is the
    // database.
    void zipExportIsNeverUnpacked()
    {
        QTemporaryDir area;
        QVERIFY(area.isValid());
        const QString csv = area.filePath(QStringLiteral("src/activities.csv"));
        QVERIFY(QDir().mkpath(QFileInfo(csv).path()));
        QVERIFY(test::writeActivityCsv(csv, 50, QStringLiteral("z")));
        const QString zip = area.filePath(QStringLiteral("export.zip"));
        QVERIFY(test::zipFolder(QFileInfo(csv).path(), zip));
        QVERIFY(QFile::remove(csv));
        const QStringList before = listing(area.path());
        const QString target = area.filePath(QStringLiteral("out.goodwill"));
        auto result =
            testing::runImport(zip, target, ImportFormat::Auto, QStringLiteral("2025-06-01"));
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));
        QCOMPARE(result->total.posts, 50);
        QStringList after = listing(area.path());
        after.removeIf(
            [&](const QString &line) { return line.startsWith(target + QLatin1Char(' ')); });
        QCOMPARE(after, before);
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"

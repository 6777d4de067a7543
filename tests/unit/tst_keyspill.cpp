#include "analytics/modelsettings.h"
#include "importers/activitycsvreader.h"
#include "importers/exportarchive.h"
#include "importers/importsink.h"
#include "importers/keyindex.h"
#include "importers/teamsexportreader.h"
#include "sinkmessage.h"
#include "store/database.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace goodwill;
using namespace goodwill::importers;
using goodwill::testing::sinkMessage;

// Key tables past their memory budget: sorted runs on disk behind a Bloom filter
// (KeyIndex::makeRoom). Whatever the budget, an import must come out the same.
class TestKeySpill : public QObject
{
    Q_OBJECT

private:
    static std::uint64_t hashOf(std::uint64_t i) { return i * 0x9E3779B97F4A7C15ull | 1; }

    // "p12": built by append, as GCC 12 warns falsely (-Wrestrict) of "p" + to_string.
    static std::string key(char prefix, int number)
    {
        return std::string(1, prefix).append(std::to_string(number));
    }

    // The rows an import leaves, every column that the keys decide, in id order.
    static QStringList activities(store::SqliteConnection &connection)
    {
        QStringList rows;
        auto rowsOf = connection.prepare(
            "SELECT id, source_activity_id, kind, coalesce(parent_id, 0), "
            "coalesce(thread_root_id, 0), coalesce(channel_id, 0) FROM activities ORDER BY id");
        while (rowsOf->step() == store::SqliteStatement::Step::Row) {
            QStringList row;
            for (int c = 0; c < 6; ++c)
                row << QString::fromUtf8(rowsOf->textView(c).data(),
                                         qsizetype(rowsOf->textView(c).size()));
            rows << row.join(QLatin1Char('|'));
        }
        return rows;
    }

    struct Outcome
    {
        QStringList rows;
        QList<std::int64_t> firstReport, secondReport;
        QString duplicateError;
    };

    // 400 threads of a post and two replies; the second reply answers a post 150 threads
    // back (long spilled when the budget is small); every 50th thread's replies come before
    // its post; posts of an unknown author take their replies along; then the same export
    // again, and a third with a new key twice.
    static Outcome importScript(std::size_t budget)
    {
        Outcome outcome;
        auto db = store::Database::create(QString());
        if (!db)
            return outcome;
        auto sink = ImportSink::create((*db)->connection(), analytics::ModelFile::defaults(),
                                       QStringLiteral("2026-03-01"), budget);
        if (!sink)
            return outcome;
        const auto run = [&](bool withDuplicate) -> Result<ImportReport> {
            if (auto begun = (*sink)->beginSource("teams", "T"); !begun)
                return begun.error();
            for (const char *id : {"a", "b"})
                if (auto added = (*sink)->addPerson(
                        {id, std::string(id) + "@x", id, {}, {}, store::PersonRole::Staff});
                    !added)
                    return added.error();
            if (auto added = (*sink)->addChannel({"C1", "general"}); !added)
                return added.error();
            for (int t = 0; t < 400; ++t) {
                const std::string post = key('p', t);
                const std::string reply = key('r', t);
                const std::string second = key('s', t);
                const std::string secondParent = t >= 150 ? key('p', t - 150) : post;
                const std::string_view author = t % 7 == 3 ? "ghost" : "a";
                const std::int64_t at = 1767225600 + t * 60;
                std::vector<ImportedMessage> thread = {
                    sinkMessage(post, author, {}, at), sinkMessage(reply, "b", post, at + 1),
                    sinkMessage(second, "b", secondParent, at + 2)};
                if (t % 50 == 0)
                    std::rotate(thread.begin(), thread.begin() + 1, thread.end());
                for (const ImportedMessage &m : thread)
                    if (auto added = (*sink)->addMessage(m); !added)
                        return added.error();
            }
            if (withDuplicate) // a new key, twice
                for (int copy = 0; copy < 2; ++copy)
                    if (auto added = (*sink)->addMessage(sinkMessage("n1", "a", {}, 1767300000));
                        !added)
                        return added.error();
            return (*sink)->finishSource();
        };
        const auto figures = [](const ImportReport &report) {
            QList<std::int64_t> values{report.posts, report.replies};
            for (const std::int64_t skipped : report.skipped)
                values << skipped;
            return values;
        };
        if (auto first = run(false))
            outcome.firstReport = figures(*first);
        outcome.rows = activities((*db)->connection());
        if (auto second = run(false))
            outcome.secondReport = figures(*second);
        if (auto third = run(true); !third)
            outcome.duplicateError = third.error().message;
        return outcome;
    }

    struct BudgetImport
    {
        std::unique_ptr<store::Database> db;
        std::unique_ptr<ImportSink> sink;
        QString error; // the reader's (or the set-up's), empty when it read the file
    };

    // `file` read by `reader` into a new in-memory database, through a sink whose key
    // tables (and the reader's own) keep at most `budget` entries in memory.
    static BudgetImport importWithBudget(ExportReader &reader, const QString &file,
                                         std::size_t budget)
    {
        BudgetImport import;
        auto db = store::Database::create(QString());
        if (!db)
            return {{}, {}, db.error().message};
        import.db = std::move(db).value();
        auto sink = ImportSink::create(import.db->connection(), analytics::ModelFile::defaults(),
                                       QStringLiteral("2026-03-01"), budget);
        if (!sink)
            return {{}, {}, sink.error().message};
        import.sink = std::move(sink).value();
        auto archive = ExportArchive::open(file);
        if (!archive)
            return {{}, {}, archive.error().message};
        const auto read = reader.read(**archive, *import.sink, ImportOptions{},
                                      [](std::int64_t, std::int64_t) { return true; });
        if (!read)
            import.error = read.error().message;
        return import;
    }

private Q_SLOTS:
    // 50,000 keys through a budget of 1,000: every key found with its newest value, no
    // other key found, few runs, nothing left in the directory.
    void runsKeepEveryKeyAndItsNewestValue()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        KeyIndex index;
        index.spillTo(QFile::encodeName(dir.path()).toStdString(), 1000);
        constexpr std::uint64_t count = 50000;
        for (std::uint64_t i = 0; i < count; ++i) {
            QVERIFY(index.makeRoom().ok());
            index.insert(hashOf(i)) = KeyEntry::make(hashOf(i), std::int64_t(i + 10),
                                                     std::int64_t(i / 2 + 10), std::int64_t(i % 7));
        }
        QVERIFY(index.size() <= 1000);
        // 50 spills merged like a binary counter: at most one run per bit of 50.
        QVERIFY2(index.runCount() >= 1 && index.runCount() <= 6,
                 QByteArray::number(qulonglong(index.runCount())));
        // Every third key again, with a new id: the newest wins, in memory or merged.
        for (std::uint64_t i = 0; i < count; i += 3) {
            QVERIFY(index.makeRoom().ok());
            index.insert(hashOf(i)) =
                KeyEntry::make(hashOf(i), std::int64_t(i + 1000000), std::int64_t(i + 1000000), 9);
        }
        for (std::uint64_t i = 0; i < count; ++i) {
            const KeyEntry *entry = index.find(hashOf(i));
            QVERIFY2(entry, QByteArray::number(qulonglong(i)));
            if (i % 3 == 0) {
                QCOMPARE(entry->id, std::int64_t(i + 1000000));
                QCOMPARE(entry->root(), std::int64_t(i + 1000000));
                QCOMPARE(entry->channel, std::int32_t(9));
            } else {
                QCOMPARE(entry->id, std::int64_t(i + 10));
                QCOMPARE(entry->root(), std::int64_t(i / 2 + 10));
                QCOMPARE(entry->channel, std::int32_t(i % 7));
            }
            QVERIFY(!index.find(hashOf(i) + 2)); // an even neighbour is never a stored key
        }
        // The runs are unnamed files: nothing to clean up, even after a crash.
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList());
        index.clear();
        QCOMPARE(index.runCount(), std::size_t(0));
        QVERIFY(!index.find(hashOf(1)));
    }

    // A directory that cannot take the runs: an error that names it, not a crash.
    void aDirectoryThatCannotTakeTheRunsIsAnError()
    {
        KeyIndex index;
        index.spillTo("/nonexistent/goodwill-keys", 10);
        for (std::uint64_t i = 0; i < 10; ++i)
            index.insert(hashOf(i)) = KeyEntry::make(hashOf(i), 1, 1, 0);
        const auto room = index.makeRoom();
        QVERIFY(!room.ok());
        QVERIFY2(room.error().message.contains(QStringLiteral("/nonexistent/goodwill-keys")),
                 qPrintable(room.error().message));
        QVERIFY(!index.makeRoom().ok()); // and stays failed: the table is no longer usable
    }

    // The sink with a budget of 16 keys against the default (nothing spilled): the same
    // rows, reports and duplicate error; and the figures worked out from the script.
    void aSmallBudgetImportsTheSame()
    {
        const Outcome spilled = importScript(16);
        const Outcome inMemory = importScript(KeyIndex::defaultMaxEntries);
        QVERIFY(!spilled.rows.isEmpty());
        QCOMPARE(spilled.rows, inMemory.rows);
        QCOMPARE(spilled.firstReport, inMemory.firstReport);
        QCOMPARE(spilled.secondReport, inMemory.secondReport);
        QCOMPARE(spilled.duplicateError, inMemory.duplicateError);
        QVERIFY(spilled.duplicateError.contains(QStringLiteral("n1")));

        // Threads t % 7 == 3 have an unknown author: 57 of 400 (3, 10, ..., 395). Their
        // r reply is left out with them, and so is the s reply of thread t + 150.
        const int ghost = 57;
        const int ghostWithin250 = 36; // t % 7 == 3 for t < 250: 3, 10, ..., 248
        QCOMPARE(spilled.firstReport.value(0), 400 - ghost);
        // r replies of kept threads; s replies: t < 150 answer their own post, t >= 150 the
        // post of t - 150 (kept unless that thread's author is unknown).
        const int ghostBelow150 = 21; // 3, 10, ..., 143
        const int sKept = (150 - ghostBelow150) + (250 - ghostWithin250);
        QCOMPARE(spilled.firstReport.value(1), (400 - ghost) + sKept);
        // Run two adds nothing: every kept message is "already imported".
        QCOMPARE(spilled.secondReport.value(0), 0);
        QCOMPARE(spilled.secondReport.value(1), 0);
        QCOMPARE(spilled.secondReport.value(2 + int(SkipReason::AlreadyImported)),
                 (400 - ghost) * 2 + sKept);
    }

    // Pass one's id check of a CSV (ActivityFields) with a budget of 8: the id used again
    // 300 rows later, long on disk, is still found.
    void aCsvIdUsedTwiceIsFoundOnDisk()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile csv(dir.filePath(QStringLiteral("activities.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("id,time,kind,author,channel,parent_id,text\n");
        for (int i = 0; i < 300; ++i)
            csv.write(QStringLiteral("m%1,%2,post,a@x,general,,hello\n")
                          .arg(i)
                          .arg(1767225600 + i)
                          .toUtf8());
        csv.write("m5,1767300000,post,a@x,general,,again\n");
        csv.close();

        ActivityCsvReader reader;
        const BudgetImport read = importWithBudget(reader, csv.fileName(), 8);
        QVERIFY2(read.error.contains(QStringLiteral("'m5'")), qPrintable(read.error));
    }

    // The Teams reader's own set of messages met (pages and $expand=replies repeat them)
    // with a budget of 8: a message seen again 37 messages later, long on disk, is still
    // one message, not a duplicate for the sink.
    void aTeamsMessageRepeatedIsFoundOnDisk()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile json(dir.filePath(QStringLiteral("general.json")));
        QVERIFY(json.open(QIODevice::WriteOnly));
        QStringList messages;
        for (int i = 0; i <= 40; ++i)
            messages << QStringLiteral(
                            R"({"id": "%1", "replyToId": null, "messageType": "message",
                                "createdDateTime": "2024-03-01T11:%2:00Z",
                                "from": {"user": {"id": "u1", "displayName": "Ann"}},
                                "body": {"contentType": "text", "content": "hello"}})")
                            .arg(1709290800000 + (i == 40 ? 2 : i))
                            .arg(i == 40 ? 2 : i, 2, 10, QLatin1Char('0'));
        json.write(
            QStringLiteral(R"({"value": [%1]})").arg(messages.join(QLatin1Char(','))).toUtf8());
        json.close();

        TeamsExportReader reader;
        const BudgetImport read = importWithBudget(reader, json.fileName(), 8);
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        const auto report = read.sink->finishSource(); // writes what is pending
        QVERIFY(report.ok());
        QCOMPARE(report->posts, 40);
        QCOMPARE(goodwill::testing::queryInt(read.db->connection(),
                                             "SELECT count(*) FROM activities WHERE kind = 'post'"),
                 40);
    }
};

QTEST_GUILESS_MAIN(TestKeySpill)
#include "tst_keyspill.moc"

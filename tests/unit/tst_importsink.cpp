#include "analytics/modelsettings.h"
#include "importers/importsink.h"
#include "importers/keyindex.h"
#include "importers/stringindex.h"
#include "sinkmessage.h"
#include "store/database.h"
#include "testdatabase.h"

#include <QTest>

using namespace goodwill;
using namespace goodwill::importers;
using goodwill::testing::queryInt;
using goodwill::testing::sinkMessage;

// The sink on its own, on an in-memory database: identity, dedup, parents, departments.
class TestImportSink : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<store::Database> m_db;

    std::unique_ptr<ImportSink> makeSink(const QString &today = QStringLiteral("2026-03-01"))
    {
        auto sink = ImportSink::create(m_db->connection(), analytics::ModelFile::defaults(), today);
        if (!sink) {
            qWarning() << sink.error().message;
            return nullptr;
        }
        return std::move(sink).value();
    }

    static ImportedPerson person(const char *id, const char *email, const char *name,
                                 const char *department = "",
                                 store::PersonRole role = store::PersonRole::Staff)
    {
        return ImportedPerson{id, email, name, {}, department, role};
    }

    std::int64_t count(const std::string &sql) { return queryInt(m_db->connection(), sql); }

private Q_SLOTS:
    void init()
    {
        auto db = store::Database::create(QString());
        QVERIFY(db.ok());
        m_db = std::move(db).value();
    }

    // The flat key table through several growths: every key found with what was stored,
    // no key found that was not stored, roots kept as a distance back from the id.
    void keyIndexKeepsEveryKey()
    {
        KeyIndex index;
        constexpr std::uint64_t count = 100000;
        const auto hashOf = [](std::uint64_t i) { return i * 0x9E3779B97F4A7C15ull | 1; };
        for (std::uint64_t i = 0; i < count; ++i)
            index.insert(hashOf(i)) = KeyIndex::Entry::make(
                hashOf(i), std::int64_t(i + 10), std::int64_t(i / 2 + 10), std::int64_t(i % 7));
        QCOMPARE(index.size(), size_t(count));
        for (std::uint64_t i = 0; i < count; ++i) {
            const KeyIndex::Entry *entry = index.find(hashOf(i));
            QVERIFY(entry);
            QCOMPARE(entry->id, std::int64_t(i + 10));
            QCOMPARE(entry->root(), std::int64_t(i / 2 + 10));
            QCOMPARE(entry->channel, std::int32_t(i % 7));
            QVERIFY(!index.find(hashOf(i) + 2)); // an even neighbour is never a stored key
        }
        QCOMPARE(KeyIndex::Entry::make(5, 0, -3, 2).root(), -3); // a state survives
        QCOMPARE(index.insert(hashOf(3)).id, 13);                // insert finds, not adds
        QCOMPARE(index.size(), size_t(count));
    }

    // Strings numbered in the order added, found again after growths and after a clear.
    void stringIndexNumbersKeys()
    {
        StringIndex index;
        constexpr int count = 20000;
        for (int i = 0; i < count; ++i)
            QCOMPARE(index.add(std::string("U").append(std::to_string(i * 7))), std::int64_t(i));
        QCOMPARE(index.size(), size_t(count));
        for (int i = 0; i < count; ++i) {
            QCOMPARE(index.find(std::string("U").append(std::to_string(i * 7))), std::int64_t(i));
            QCOMPARE(index.find(std::string("U").append(std::to_string(i * 7 + 1))),
                     std::int64_t(-1));
        }
        QCOMPARE(index.find(""), std::int64_t(-1));
        index.clear();
        QCOMPARE(index.find("U0"), std::int64_t(-1));
        QCOMPARE(index.add("U7"), std::int64_t(0));
    }

    void peopleMergeAcrossSourcesByEmail()
    {
        auto sink = makeSink();
        QVERIFY(sink->beginSource("slack", "T1").ok());
        QVERIFY(sink->addPerson(person("U1", "Ana@Example.com", "Ana")).ok());
        QVERIFY(sink->addPerson(person("U2", "", "No Mail")).ok());
        auto first = sink->finishSource();
        QVERIFY(first.ok());
        QCOMPARE(first->people, 2);
        QVERIFY(sink->beginSource("mattermost", "team").ok());
        QVERIFY(sink->addPerson(person("ana", "ana@example.com", "Ana M.")).ok());
        auto second = sink->finishSource();
        QVERIFY(second.ok());
        QCOMPARE(second->people, 0); // Ana is the same person
        QCOMPARE(count("SELECT count(*) FROM people"), 2);
        QCOMPARE(count("SELECT count(*) FROM person_source_ids WHERE person_id = "
                       "(SELECT id FROM people WHERE email = 'ana@example.com')"),
                 2);
    }

    void repliesWaitForParentsAndMissingOnesAreCounted()
    {
        auto sink = makeSink();
        QVERIFY(sink->beginSource("teams", "T"));
        QVERIFY(sink->addPerson(person("a", "a@x", "A")).ok());
        QVERIFY(sink->addChannel({"C1", "general"}).ok());
        // r2 answers r1, which answers p (both before p); r9's parent never comes.
        QVERIFY(sink->addMessage(sinkMessage("r2", "a", "r1")).ok());
        QVERIFY(sink->addMessage(sinkMessage("r1", "a", "p")).ok());
        QVERIFY(sink->addMessage(sinkMessage("r9", "a", "nowhere")).ok());
        QVERIFY(sink->addMessage(sinkMessage("p", "a")).ok());
        auto report = sink->finishSource();
        QVERIFY(report.ok());
        QCOMPARE(report->posts, 1);
        QCOMPARE(report->replies, 2);
        QCOMPARE(report->skipped[size_t(SkipReason::MissingParent)], 1);
        const std::string post = "(SELECT id FROM activities WHERE source_activity_id = 'p')";
        QCOMPARE(count("SELECT count(*) FROM activities WHERE thread_root_id = " + post), 2);
        QCOMPARE(count("SELECT parent_id FROM activities WHERE source_activity_id = 'r2'"),
                 count("SELECT id FROM activities WHERE source_activity_id = 'r1'"));
        // Replies are in their thread's channel.
        QCOMPARE(count("SELECT count(*) FROM activities WHERE channel_id IS NULL"), 0);
    }

    void duplicateKeysFailAndReimportsAreCounted()
    {
        auto sink = makeSink();
        QVERIFY(sink->beginSource("slack", "T1"));
        QVERIFY(sink->addPerson(person("U1", "a@x", "A")).ok());
        QVERIFY(sink->addMessage(sinkMessage("C1/1", "U1")).ok());
        auto twice = sink->addMessage(sinkMessage("C1/1", "U1"));
        QVERIFY(!twice.ok());
        QVERIFY(twice.error().message.contains(QStringLiteral("C1/1")));
        QVERIFY(sink->finishSource().ok());

        QVERIFY(sink->beginSource("slack", "T1"));
        QVERIFY(sink->addPerson(person("U1", "a@x", "A")).ok());
        QVERIFY(sink->addMessage(sinkMessage("C1/1", "U1")).ok());
        QVERIFY(sink->addMessage(sinkMessage("C1/2", "U1", "C1/1")).ok());
        auto again = sink->finishSource();
        QVERIFY(again.ok());
        QCOMPARE(again->skipped[size_t(SkipReason::AlreadyImported)], 1);
        QCOMPARE(again->replies, 1);
        QCOMPARE(again->people, 0);
        QCOMPARE(count("SELECT count(*) FROM sources"), 1);
        QCOMPARE(count("SELECT count(*) FROM activities"), 2);
    }

    void unknownAuthorsBotsAndBadTimesAreRefused()
    {
        auto sink = makeSink();
        QVERIFY(sink->beginSource("slack", "T1"));
        QVERIFY(sink->addPerson(person("B1", "", "Deploy bot", "", store::PersonRole::Bot)).ok());
        QVERIFY(sink->addMessage(sinkMessage("k1", "U404")).ok());
        QVERIFY(sink->addMessage(sinkMessage("k2", "B1")).ok());
        QVERIFY(!sink->addMessage(sinkMessage("k3", "B1", {}, 99)).ok()); // 1970
        QVERIFY(!sink->addMessage(sinkMessage("k4", "B1", {}, 4102444800)).ok());
        auto report = sink->finishSource();
        QVERIFY(report.ok());
        QCOMPARE(report->skipped[size_t(SkipReason::UnknownUser)], 1);
        QCOMPARE(report->skipped[size_t(SkipReason::Bot)], 1);
        QCOMPARE(count("SELECT count(*) FROM activities"), 0);
    }

    void mentionsRecipientsAndChannelKinds()
    {
        auto sink = makeSink();
        QVERIFY(sink->beginSource("slack", "T1"));
        for (const char *id : {"U1", "U2", "U3"})
            QVERIFY(sink->addPerson(person(id, "", id)).ok());
        QVERIFY(sink->addChannel({"C9", "team-kudos"}).ok());
        ImportedMessage praise = sinkMessage("C9/1", "U1");
        praise.channel = "C9";
        praise.mentions = {"U2", "U3", "U2", "U404"};
        praise.recipients = {"U2", "U1"}; // the author is never their own recipient
        QVERIFY(sink->addMessage(praise).ok());
        auto report = sink->finishSource();
        QVERIFY(report.ok());
        QCOMPARE(report->recognitions, 1);
        QCOMPARE(count("SELECT count(*) FROM mentions"), 2);
        QCOMPARE(count("SELECT count(*) FROM recognition_recipients WHERE origin = 'source'"), 1);
        QCOMPARE(count("SELECT count(*) FROM channels WHERE kind = 'recognition'"), 1);
    }

    void departmentsBecomeStintsAndMovesCloseThem()
    {
        {
            auto sink = makeSink(QStringLiteral("2026-01-10"));
            QVERIFY(sink->beginSource("engage", "N1"));
            QVERIFY(sink->addPerson(person("1", "a@x", "A", "Sales")).ok());
            QVERIFY(sink->finishSource().ok());
        }
        QCOMPARE(count("SELECT count(*) FROM roster WHERE valid_from = '1970-01-01' AND "
                       "valid_to IS NULL"),
                 1);
        {
            auto sink = makeSink(QStringLiteral("2026-03-01"));
            QVERIFY(sink->beginSource("engage", "N1"));
            QVERIFY(sink->addPerson(person("1", "a@x", "A", "Support")).ok());
            QVERIFY(sink->finishSource().ok());
        }
        QCOMPARE(count("SELECT count(*) FROM roster"), 2);
        QCOMPARE(count("SELECT count(*) FROM roster r JOIN departments d ON d.id = "
                       "r.department_id WHERE d.name = 'Sales' AND r.valid_to = '2026-03-01'"),
                 1);
        QCOMPARE(count("SELECT count(*) FROM roster r JOIN departments d ON d.id = "
                       "r.department_id WHERE d.name = 'Support' AND r.valid_from = "
                       "'2026-03-01' AND r.valid_to IS NULL"),
                 1);
    }

    void rosterReplacesTheStintsOfThePeopleItLists()
    {
        auto sink = makeSink();
        QVERIFY(sink->beginSource("engage", "N1"));
        QVERIFY(sink->addPerson(person("1", "a@x", "A", "Sales")).ok());
        QVERIFY(sink->finishSource().ok());
        QVERIFY(sink->beginSource("roster", "roster"));
        QVERIFY(sink->addStint({"A@X", "A", "Head of Support", "Support", true, "2025-01-01",
                                "2026-01-01"})
                    .ok());
        QVERIFY(sink->addStint({"a@x", "A", "Director", "Field Operations", std::nullopt,
                                "2026-01-01", ""})
                    .ok());
        QVERIFY(sink->addStint({"new@x", "New", "", "Sales", false, "2026-02-01", ""}).ok());
        auto report = sink->finishSource();
        QVERIFY(report.ok());
        QCOMPARE(report->stints, 3);
        QCOMPARE(report->people, 1);
        QCOMPARE(count("SELECT count(*) FROM roster"), 3);
        QCOMPARE(count("SELECT count(*) FROM roster WHERE is_leader IS NULL"), 1);
        QCOMPARE(count("SELECT count(*) FROM roster WHERE is_leader = 1"), 1);
        QCOMPARE(count("SELECT count(*) FROM departments"), 3);
    }
};

QTEST_GUILESS_MAIN(TestImportSink)
#include "tst_importsink.moc"

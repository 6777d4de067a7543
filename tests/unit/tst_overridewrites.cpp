#include "analytics/activitydataset.h"
#include "store/database.h"
#include "store/overrideedit.h"
#include "store/sqliteconnection.h"
#include "store/storewriter.h"
#include "testdatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace goodwill;
using namespace goodwill::store;
using goodwill::testing::queryInt;

// The user's overrides: StoreWriter's two updates, and OverrideEdit, which writes one in a
// transaction of its own and refuses files that open read-only.
class TestOverrideWrites : public QObject
{
    Q_OBJECT

private:
    // Sam is staff by every rule; Max's source said leader; #general is work by its name.
    static constexpr const char *fixture = R"sql(
        INSERT INTO sources VALUES (1, 'csv', 'fixture');
        INSERT INTO departments (id, name) VALUES (1, 'Sales');
        INSERT INTO people (id, display_name, email, title, role, role_override) VALUES
            (1, 'Sam Ode', 'sam@example.com', 'Account Executive', 'staff', NULL),
            (2, 'Max Lee', 'max@example.com', 'Engineer', 'leader', NULL);
        INSERT INTO roster (person_id, valid_from, valid_to, department_id) VALUES
            (1, '2025-01-01', NULL, 1), (2, '2025-01-01', NULL, 1);
        INSERT INTO channels VALUES (1, 1, 'c1', 'general', 'work', NULL);
    )sql";

    QTemporaryDir m_dir;

    QString makeFile(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        auto db = Database::create(path);
        if (!db || !testing::execute((*db)->connection(), fixture))
            return {};
        return path;
    }

    static QString text(SqliteConnection &connection, const char *sql)
    {
        auto statement = connection.prepare(sql);
        if (!statement || statement->step() != SqliteStatement::Step::Row)
            return QStringLiteral("<error>");
        return statement->isNull(0) ? QStringLiteral("<null>") : statement->text(0);
    }

private Q_SLOTS:
    void writerSetsAndClearsOverrides()
    {
        auto db = Database::create(QString());
        QVERIFY(db);
        SqliteConnection &connection = (*db)->connection();
        QVERIFY(testing::execute(connection, fixture));
        auto writer = StoreWriter::create(connection);
        QVERIFY(writer);

        QVERIFY(writer->setRoleOverride(1, PersonRole::Leader));
        QCOMPARE(text(connection, "SELECT role_override FROM people WHERE id = 1"),
                 QStringLiteral("leader"));
        QCOMPARE(text(connection, "SELECT role FROM people WHERE id = 1"),
                 QStringLiteral("staff")); // the stored role stays
        QVERIFY(writer->setRoleOverride(2, PersonRole::Guest));
        QCOMPARE(text(connection, "SELECT role_override FROM people WHERE id = 2"),
                 QStringLiteral("guest"));
        QVERIFY(writer->setRoleOverride(1, std::nullopt));
        QCOMPARE(text(connection, "SELECT role_override FROM people WHERE id = 1"),
                 QStringLiteral("<null>"));

        QVERIFY(writer->setChannelKindOverride(1, ChannelKind::Social));
        QCOMPARE(text(connection, "SELECT kind_override FROM channels WHERE id = 1"),
                 QStringLiteral("social"));
        QCOMPARE(text(connection, "SELECT kind FROM channels WHERE id = 1"),
                 QStringLiteral("work"));
        QVERIFY(writer->setChannelKindOverride(1, ChannelKind::Qa));
        QCOMPARE(text(connection, "SELECT kind_override FROM channels WHERE id = 1"),
                 QStringLiteral("qa"));
        QVERIFY(writer->setChannelKindOverride(1, std::nullopt));
        QCOMPARE(text(connection, "SELECT kind_override FROM channels WHERE id = 1"),
                 QStringLiteral("<null>"));
    }

    void writerNamesAMissingRow()
    {
        auto db = Database::create(QString());
        QVERIFY(db);
        QVERIFY(testing::execute((*db)->connection(), fixture));
        auto writer = StoreWriter::create((*db)->connection());
        QVERIFY(writer);
        const auto person = writer->setRoleOverride(99, PersonRole::Leader);
        QVERIFY(!person);
        QVERIFY2(person.error().message.contains(QStringLiteral("people row 99")),
                 qPrintable(person.error().message));
        const auto channel = writer->setChannelKindOverride(42, ChannelKind::Work);
        QVERIFY(!channel);
        QVERIFY2(channel.error().message.contains(QStringLiteral("channels row 42")),
                 qPrintable(channel.error().message));
    }

    void wordsParse()
    {
        QCOMPARE(personRoleFromString("leader"), std::optional(PersonRole::Leader));
        QCOMPARE(personRoleFromString("guest"), std::optional(PersonRole::Guest));
        QCOMPARE(personRoleFromString("Leader"), std::nullopt);
        QCOMPARE(personRoleFromString(""), std::nullopt);
        QCOMPARE(channelKindFromString("qa"), std::optional(ChannelKind::Qa));
        QCOMPARE(channelKindFromString("announcement"), std::optional(ChannelKind::Announcement));
        QCOMPARE(channelKindFromString("kudos"), std::nullopt);
    }

    // An edit goes into the file, and the dataset counts it at the next load.
    void editWritesTheFileAndTheDatasetCountsIt()
    {
        const QString path = makeFile(QStringLiteral("edit.goodwill"));
        QVERIFY(!path.isEmpty());
        const auto settings = analytics::ModelFile::defaults();
        {
            auto db = Database::open(path, Database::Access::ReadOnly);
            QVERIFY(db);
            auto data = analytics::ActivityDataset::load((*db)->connection(), settings);
            QVERIFY(data);
            QVERIFY(data->isStaff(0));  // Sam
            QVERIFY(data->isLeader(1)); // Max, as his source said
            QCOMPARE(int(data->channels()[0].kind), int(ChannelKind::Work));
        }
        QVERIFY(OverrideEdit::setRoleOverride(path, 1, PersonRole::Leader));
        QVERIFY(OverrideEdit::setRoleOverride(path, 2, PersonRole::Staff));
        QVERIFY(OverrideEdit::setChannelKindOverride(path, 1, ChannelKind::Recognition));
        {
            auto db = Database::open(path, Database::Access::ReadOnly);
            QVERIFY(db);
            auto data = analytics::ActivityDataset::load((*db)->connection(), settings);
            QVERIFY(data);
            QVERIFY(data->isLeader(0));
            QVERIFY(data->isStaff(1));
            QCOMPARE(int(data->channels()[0].kind), int(ChannelKind::Recognition));
        }
        // Undoing is writing the previous value back.
        QVERIFY(OverrideEdit::setRoleOverride(path, 1, std::nullopt));
        QVERIFY(OverrideEdit::setChannelKindOverride(path, 1, std::nullopt));
        auto db = Database::open(path, Database::Access::ReadOnly);
        QVERIFY(db);
        QCOMPARE(queryInt((*db)->connection(),
                          "SELECT count(*) FROM people WHERE role_override IS NOT NULL"),
                 1); // Max's
        QCOMPARE(queryInt((*db)->connection(),
                          "SELECT count(*) FROM channels WHERE kind_override IS NOT NULL"),
                 0);
    }

    void failedEditLeavesTheFileAsItWas()
    {
        const QString path = makeFile(QStringLiteral("missing.goodwill"));
        QVERIFY(!path.isEmpty());
        const auto result = OverrideEdit::setRoleOverride(path, 7, PersonRole::Leader);
        QVERIFY(!result);
        QVERIFY(result.error().message.contains(QStringLiteral("people row 7")));
        auto db = Database::open(path, Database::Access::ReadOnly);
        QVERIFY(db);
        QCOMPARE(queryInt((*db)->connection(),
                          "SELECT count(*) FROM people WHERE role_override IS NOT NULL"),
                 0);
    }

    // A file Goodwill did not create is never written: the edit is refused with the reason.
    void foreignFileIsRefused()
    {
        const QString path = makeFile(QStringLiteral("foreign.goodwill"));
        QVERIFY(!path.isEmpty());
        {
            auto connection =
                SqliteConnection::open(QFile::encodeName(path), SQLITE_OPEN_READWRITE, path);
            QVERIFY(connection);
            QVERIFY(connection->execute("PRAGMA journal_mode = DELETE"));
            QVERIFY(connection->execute("PRAGMA application_id = 0"));
        }
        const QByteArray before = testing::fileBytes(path);
        const auto result = OverrideEdit::setRoleOverride(path, 1, PersonRole::Leader);
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(QStringLiteral("not created by Goodwill")),
                 qPrintable(result.error().message));
        QVERIFY(!OverrideEdit::setChannelKindOverride(path, 1, ChannelKind::Social));
        QCOMPARE(testing::fileBytes(path), before);
    }
};

QTEST_GUILESS_MAIN(TestOverrideWrites)
#include "tst_overridewrites.moc"

#include "analytics/engagementnudges.h"
#include "analytics/leaderengagement.h"
#include "engagementfixture.h"
#include "store/handledquestions.h"
#include "store/sqliteconnection.h"
#include "store/storewriter.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

#include <sqlite3.h>

using namespace goodwill;
using namespace goodwill::store;
using Fixture = goodwill::testing::EngagementFixture;
using goodwill::testing::queryInt;

// "Mark handled" on the My engagement page: StoreWriter's rows, HandledQuestions' one-edit
// transactions and refusals, and LeaderEngagement::load reading the marks back. The
// questions are those of engagementfixture.h: Lena (people.id 1) has a8, a13 and a14 open.
class TestHandledQuestions : public QObject
{
    Q_OBJECT

private:
    static const QDateTime at;

    static QString text(SqliteConnection &connection, const char *sql)
    {
        auto statement = connection.prepare(sql);
        if (!statement || statement->step() != SqliteStatement::Step::Row)
            return QStringLiteral("<none>");
        return statement->text(0);
    }

private Q_SLOTS:
    void writerMarksAndUnmarks()
    {
        const Fixture fixture;
        SqliteConnection &c = fixture.database().connection();
        auto writer = StoreWriter::create(c);
        QVERIFY(writer);
        QVERIFY(writer->markQuestionHandled(8, 1, "2025-04-01T08:00:00Z"));
        QVERIFY(writer->markQuestionHandled(13, 1, "2025-04-02T08:00:00Z"));
        QVERIFY(writer->markQuestionHandled(8, 2, "2025-04-03T08:00:00Z")); // Noah's own mark
        // Marking again keeps the first time.
        QVERIFY(writer->markQuestionHandled(8, 1, "2025-04-09T08:00:00Z"));
        QCOMPARE(text(c, "SELECT handled_at FROM handled_questions WHERE activity_id = 8 AND "
                         "person_id = 1"),
                 QStringLiteral("2025-04-01T08:00:00Z"));
        QCOMPARE(queryInt(c, "SELECT count(*) FROM handled_questions"), 3);

        auto lena = HandledQuestions::read(c, 1);
        QVERIFY(lena);
        QCOMPARE(lena->size(), size_t(2));
        QCOMPARE((*lena)[0].activityId, 8);
        QCOMPARE((*lena)[0].personId, 1);
        QCOMPARE((*lena)[0].handledAt, QDateTime(QDate(2025, 4, 1), QTime(8, 0), Qt::UTC));
        QCOMPARE((*lena)[1].activityId, 13);

        QVERIFY(writer->unmarkQuestionHandled(8, 1));
        QCOMPARE(HandledQuestions::read(c, 1)->size(), size_t(1));
        QCOMPARE(HandledQuestions::read(c, 2)->size(), size_t(1)); // Noah's stays
        const auto again = writer->unmarkQuestionHandled(8, 1);
        QVERIFY(!again);
        QVERIFY2(again.error().message.contains(QStringLiteral("question 8 is not marked handled")),
                 qPrintable(again.error().message));
        // A mark for a question that is not in the file is refused (foreign key).
        QVERIFY(!writer->markQuestionHandled(999, 1, "2025-04-01T08:00:00Z"));
    }

    void editsGoIntoTheFileAndLoadReadsThem()
    {
        Fixture fixture(true);
        const QString path = fixture.path();
        fixture.close();
        QVERIFY(HandledQuestions::mark(path, 8, 1, at));
        {
            auto db = Database::open(path, Database::Access::ReadOnly);
            QVERIFY(db);
            QCOMPARE(text((*db)->connection(), "SELECT handled_at FROM handled_questions"),
                     QStringLiteral("2025-04-01T08:00:00Z"));
        }
        // load() reads the marks (activity ids to indexes) and the texts.
        const auto snapshot = fixture.snapshot(Fixture::march());
        auto e = analytics::LeaderEngagement::load(*snapshot, Fixture::lena, path);
        QVERIFY2(e, e ? "" : qPrintable(e.error().message));
        const std::int32_t a8 = fixture.data().indexOfActivityId(8);
        QCOMPARE(e->handled.size(), size_t(1));
        QCOMPARE(e->handled.at(a8), at);
        QVERIFY(e->isHandled(a8));
        QCOMPARE(e->openQuestions().size(), size_t(2));
        QCOMPARE(e->detail.unanswered.size(), size_t(3));
        // Texts of the three questions and the two best posts, in that order.
        QCOMPARE(e->messages.size(), size_t(5));
        QCOMPARE(e->messages[0].text, QStringLiteral("Is this final?"));
        QCOMPARE(e->messages[3].text, QStringLiteral("Plans for Q2"));
        // Noah's view of the same file has no marks.
        auto noah = analytics::LeaderEngagement::load(*snapshot, Fixture::noah, path);
        QVERIFY(noah);
        QVERIFY(noah->handled.empty());

        // Undo is removing the mark again.
        QVERIFY(HandledQuestions::unmark(path, 8, 1));
        e = analytics::LeaderEngagement::load(*snapshot, Fixture::lena, path);
        QVERIFY(e);
        QVERIFY(e->handled.empty());
        QCOMPARE(e->openQuestions().size(), size_t(3));
        QVERIFY(!HandledQuestions::unmark(path, 8, 1)); // nothing to remove
    }

    // A file Goodwill did not create is never written: the mark is refused with the reason.
    void foreignFileIsRefused()
    {
        Fixture fixture(true);
        const QString path = fixture.path();
        fixture.close();
        {
            auto connection =
                SqliteConnection::open(QFile::encodeName(path), SQLITE_OPEN_READWRITE, path);
            QVERIFY(connection);
            QVERIFY(connection->execute("PRAGMA journal_mode = DELETE"));
            QVERIFY(connection->execute("PRAGMA application_id = 0"));
        }
        const QByteArray before = testing::fileBytes(path);
        const auto result = HandledQuestions::mark(path, 8, 1, at);
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(QStringLiteral("not created by Goodwill")),
                 qPrintable(result.error().message));
        QVERIFY2(result.error().message.contains(QStringLiteral("marked handled")),
                 qPrintable(result.error().message));
        QVERIFY(!HandledQuestions::unmark(path, 8, 1));
        QCOMPARE(testing::fileBytes(path), before);
    }

    // A v1 file (before handled_questions) reads as one with no marks.
    void fileWithoutTheTableHasNoMarks()
    {
        const Fixture fixture;
        SqliteConnection &c = fixture.database().connection();
        QVERIFY(testing::execute(c, "DROP TABLE handled_questions"));
        auto marks = HandledQuestions::read(c, 1);
        QVERIFY(marks);
        QVERIFY(marks->empty());
    }

    void storedTimeIsUtcToTheSecond()
    {
        const QDateTime local(QDate(2025, 4, 1), QTime(10, 0, 5, 700), QTimeZone(7200));
        QCOMPARE(HandledQuestions::storedTime(local), QStringLiteral("2025-04-01T08:00:05Z"));
    }
};

const QDateTime TestHandledQuestions::at(QDate(2025, 4, 1), QTime(8, 0), Qt::UTC);

QTEST_GUILESS_MAIN(TestHandledQuestions)
#include "tst_handledquestions.moc"

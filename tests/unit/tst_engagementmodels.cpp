#include "analytics/engagementnudges.h"
#include "analytics/leaderengagement.h"
#include "engagementfixture.h"
#include "items/bestpostsmodel.h"
#include "items/engagementquestionsmodel.h"
#include "items/itemroles.h"
#include "items/leaderpercentilemodel.h"
#include "items/localeformat.h"
#include "items/notrecogniseddepartmentsmodel.h"
#include "items/notrecognisedpeoplemodel.h"
#include "items/nudgesmodel.h"
#include "items/tablecsv.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace goodwill;
using namespace goodwill::items;
using Fixture = goodwill::testing::EngagementFixture;

// The My engagement page's table models over Lena's March (engagementfixture.h; the values
// are those worked out in tst_leaderengagement).
class TestEngagementModels : public QObject
{
    Q_OBJECT

private:
    Fixture m_fixture{true};
    std::optional<analytics::LeaderEngagement> m_engagement;

    static QString cell(const QAbstractItemModel &model, int row, int column,
                        int role = Qt::DisplayRole)
    {
        return model.index(row, column).data(role).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        const auto snapshot = m_fixture.snapshot(Fixture::march());
        auto e = analytics::LeaderEngagement::load(*snapshot, Fixture::lena, m_fixture.path());
        QVERIFY2(e, e ? "" : qPrintable(e.error().message));
        m_engagement = std::move(*e);
    }

    void percentiles()
    {
        LeaderPercentileModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPercentiles(Fixture::lena, m_engagement->from, m_engagement->to,
                             m_engagement->percentiles);
        QCOMPARE(model.rowCount(), 9);
        QCOMPARE(model.columnCount(), int(LeaderPercentileModel::ColumnCount));
        const int rate = model.rowOf(QStringLiteral("replyRate"));
        QCOMPARE(cell(model, rate, LeaderPercentileModel::Figure), QStringLiteral("Reply rate"));
        QCOMPARE(cell(model, rate, LeaderPercentileModel::Value), QStringLiteral("17%"));
        QCOMPARE(cell(model, rate, LeaderPercentileModel::Percentile), QStringLiteral("38"));
        QCOMPARE(model.index(rate, LeaderPercentileModel::Percentile).data(ValueRole).toDouble(),
                 37.5);
        QCOMPARE(cell(model, rate, LeaderPercentileModel::Compared), QStringLiteral("4"));
        QVERIFY(cell(model, rate, LeaderPercentileModel::Percentile, Qt::ToolTipRole)
                    .contains(QStringLiteral("Reply rate: of 4 leaders with a value, 1 have a "
                                             "lower one than you and 1 the same")));
        const int hours = model.rowOf(QStringLiteral("medianFirstReplyHours"));
        QCOMPARE(cell(model, hours, LeaderPercentileModel::Value), QStringLiteral("2.0 h"));
        QCOMPARE(cell(model, hours, LeaderPercentileModel::Percentile), QStringLiteral("17"));
        QVERIFY(cell(model, hours, LeaderPercentileModel::Figure, Qt::ToolTipRole)
                    .contains(QStringLiteral("lower is better")));
        const auto ref = model.index(rate, LeaderPercentileModel::Value)
                             .data(FigureRole)
                             .value<analytics::FigureRef>();
        QCOMPARE(int(ref.kind), int(analytics::FigureRef::Kind::LeaderFigure));
        QCOMPARE(ref.figure, QStringLiteral("replyRate"));
        QCOMPARE(ref.leader, Fixture::lena);
        QCOMPARE(ref.from, QDate(2025, 3, 1));
        QCOMPARE(ref.to, QDate(2025, 3, 31));
        // No other leader's name anywhere in the table.
        const QString csv = QString::fromUtf8(TableCsv::toCsv(model));
        for (const char *name : {"Noah", "Vic", "Ida"})
            QVERIFY(!csv.contains(QLatin1StringView(name)));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void departmentsAndPeople()
    {
        NotRecognisedDepartmentsModel departments;
        QAbstractItemModelTester departmentsTester(
            &departments, QAbstractItemModelTester::FailureReportingMode::QtTest);
        departments.setDepartments(m_engagement->departmentsNotRecognised, m_engagement->to, 90);
        QCOMPARE(departments.rowCount(), 2);
        QCOMPARE(cell(departments, 0, NotRecognisedDepartmentsModel::Department),
                 QStringLiteral("Ops"));
        QCOMPARE(departments.index(0, NotRecognisedDepartmentsModel::LastRecognised)
                     .data(ValueRole)
                     .toDate(),
                 QDate(2024, 12, 10));
        QCOMPARE(cell(departments, 0, NotRecognisedDepartmentsModel::DaysSince),
                 QStringLiteral("111"));
        QCOMPARE(cell(departments, 0, NotRecognisedDepartmentsModel::AnyLeader),
                 QStringLiteral("Other leaders did"));
        QCOMPARE(cell(departments, 1, NotRecognisedDepartmentsModel::LastRecognised),
                 QStringLiteral("never"));
        QCOMPARE(cell(departments, 1, NotRecognisedDepartmentsModel::DaysSince), QString());
        QCOMPARE(cell(departments, 1, NotRecognisedDepartmentsModel::AnyLeader),
                 QStringLiteral("No leader: a blind spot"));
        const auto p2 = departments.index(1, NotRecognisedDepartmentsModel::Department)
                            .data(FigureRole)
                            .value<analytics::FigureRef>();
        QCOMPARE(int(p2.kind), int(analytics::FigureRef::Kind::Signal));
        QCOMPARE(p2.figure, QStringLiteral("P2"));
        QCOMPARE(p2.department, Fixture::field);
        QCOMPARE(p2.to, QDate(2025, 3, 31));

        NotRecognisedPeopleModel people;
        QAbstractItemModelTester peopleTester(
            &people, QAbstractItemModelTester::FailureReportingMode::QtTest);
        people.setPeople(m_engagement->peopleNotRecognised, m_engagement->windowFrom,
                         m_engagement->to);
        QCOMPARE(people.rowCount(), 7);
        QCOMPARE(cell(people, 4, NotRecognisedPeopleModel::Person), QStringLiteral("O2"));
        QCOMPARE(cell(people, 4, NotRecognisedPeopleModel::Department), QStringLiteral("Ops"));
        QCOMPARE(people.index(4, NotRecognisedPeopleModel::LastContact).data(ValueRole).toDate(),
                 QDate(2025, 3, 19));
        QCOMPARE(people.index(4, NotRecognisedPeopleModel::LastRecognised).data(ValueRole).toDate(),
                 QDate(2024, 12, 10));
        QCOMPARE(cell(people, 3, NotRecognisedPeopleModel::LastRecognised),
                 QStringLiteral("never"));
    }

    void bestPosts()
    {
        BestPostsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(
            BestPostsModel::rows(m_engagement->bestPosts, m_fixture.data(), m_engagement->messages),
            2);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(cell(model, 0, BestPostsModel::Post), QStringLiteral("Plans for Q2"));
        QCOMPARE(cell(model, 0, BestPostsModel::Channel), QStringLiteral("#general"));
        QCOMPARE(cell(model, 0, BestPostsModel::Replies), QStringLiteral("2"));
        QCOMPARE(cell(model, 0, BestPostsModel::Reactions), QStringLiteral("2"));
        QCOMPARE(cell(model, 0, BestPostsModel::Responders), QStringLiteral("4"));
        // (0 + 3 / sqrt(24)) / 2 = 0.306
        QCOMPARE(cell(model, 0, BestPostsModel::Tone), QStringLiteral("0.31"));
        QCOMPARE(cell(model, 1, BestPostsModel::Post), QStringLiteral("Q2 targets"));
        // (0 + 2 / sqrt(19)) / 2 = 0.229
        QCOMPARE(cell(model, 1, BestPostsModel::Tone), QStringLiteral("0.23"));
        QVERIFY(!model.index(1, BestPostsModel::Tone).data(SuppressedRole).toBool());

        // Under k_text the tone is hidden and says why.
        std::vector<BestPostsModel::Row> rows = model.rows();
        rows[1].post.tone.reset();
        rows[1].post.replyAuthors = 1;
        model.setRows(std::move(rows), 2);
        QCOMPARE(cell(model, 1, BestPostsModel::Tone), QStringLiteral("—"));
        QVERIFY(model.index(1, BestPostsModel::Tone).data(SuppressedRole).toBool());
        QVERIFY(cell(model, 1, BestPostsModel::Tone, Qt::ToolTipRole)
                    .contains(QStringLiteral("fewer than 2")));
    }

    void questionsWithHandled()
    {
        EngagementQuestionsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto rows = UnansweredQuestionsModel::rows(m_engagement->detail.unanswered,
                                                         m_fixture.data(), m_engagement->messages);
        const std::int32_t a13 = m_fixture.data().indexOfActivityId(13);
        const QDateTime handled(QDate(2025, 4, 2), QTime(8, 0), Qt::UTC);
        model.setQuestions(rows, {{a13, handled}});
        QCOMPARE(model.columnCount(), EngagementQuestionsModel::EngagementColumnCount);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.headerData(EngagementQuestionsModel::Handled, Qt::Horizontal).toString(),
                 QStringLiteral("Handled"));
        QCOMPARE(cell(model, 0, UnansweredQuestionsModel::Author), QStringLiteral("F1"));
        QCOMPARE(cell(model, 0, UnansweredQuestionsModel::Question),
                 QStringLiteral("Is this final?"));
        QCOMPARE(cell(model, 0, EngagementQuestionsModel::Handled), QString());
        QVERIFY(!model.handledAt(0));
        QCOMPARE(model.rowOfActivity(a13), 1);
        QCOMPARE(*model.handledAt(1), handled);
        QCOMPARE(model.index(1, EngagementQuestionsModel::Handled).data(ValueRole).toDateTime(),
                 handled);
        QCOMPARE(model.rowOfActivity(-5), -1);
    }

    void nudges()
    {
        NudgesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNudges(analytics::EngagementNudges::of(*m_engagement,
                                                        items::LocaleFormat::mediumDateFormat()));
        QCOMPARE(model.rowCount(), 7);
        QVERIFY(cell(model, 0, NudgesModel::Nudge).startsWith(QStringLiteral("Staff questions")));
        QVERIFY(cell(model, 0, NudgesModel::Nudge, Qt::ToolTipRole)
                    .contains(QStringLiteral("engagement.question_wait_days")));
        QVERIFY(!model.index(0, NudgesModel::Nudge).data(FigureRole).isValid());
        const auto blindSpot =
            model.index(3, NudgesModel::Nudge).data(FigureRole).value<analytics::FigureRef>();
        QCOMPARE(blindSpot.figure, QStringLiteral("P2"));
        QVERIFY(cell(model, 3, NudgesModel::Nudge, Qt::ToolTipRole)
                    .contains(QStringLiteral("Double-click")));
    }
};

QTEST_GUILESS_MAIN(TestEngagementModels)
#include "tst_engagementmodels.moc"

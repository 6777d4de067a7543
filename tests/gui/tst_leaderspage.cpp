#include "analytics/figureref.h"
#include "charts/barchartview.h"
#include "charts/trendchartview.h"
#include "dashboardsession.h"
#include "items/departmentreachmodel.h"
#include "items/itemroles.h"
#include "items/leadercadencemodel.h"
#include "items/leaderresponsetrendmodel.h"
#include "items/leadertablemodel.h"
#include "items/unansweredquestionsmodel.h"
#include "pages/leaderspage.h"
#include "state/appsettings.h"
#include "testdatabase.h"
#include "widgets/panel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace goodwill;
using items::LeaderTableModel;

// The Leaders page on the demo organisation (docs/demo.md): Daniel Okafor, VP Engineering,
// answers almost no one in his first year and most staff from November 2025 on.
class TestLeadersPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<state::AppSettings> m_settings;
    std::unique_ptr<ui::DashboardSession> m_session;
    std::unique_ptr<ui::LeadersPage> m_page;

    std::int32_t leaderNamed(const QString &name) const
    {
        for (const analytics::LeaderStats &s : m_page->tableModel()->stats()) {
            if (s.name == name)
                return s.person;
        }
        return -1;
    }
    // Waits until the page shows the detail of `leader` from `from` to `to`.
    bool waitForDetail(std::int32_t leader, QDate from, QDate to)
    {
        return QTest::qWaitFor(
            [&] {
                const auto &detail = m_page->detail();
                return detail && detail->leader == leader && detail->from == from &&
                       detail->to == to && !m_page->isBusy();
            },
            60000);
    }
    bool waitForSnapshot(QDate from, QDate to)
    {
        return QTest::qWaitFor(
            [&] {
                const auto snapshot = m_session->snapshot();
                return snapshot && snapshot->from == from && snapshot->to == to;
            },
            60000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString demo = testing::sharedDemo();
        QVERIFY(!demo.isEmpty());
        m_settings = std::make_unique<state::AppSettings>(m_dir.filePath(QStringLiteral("s.ini")));
        m_session = std::make_unique<ui::DashboardSession>(*m_settings);
        m_session->load(demo);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->snapshot() != nullptr, 60000);
        m_page = std::make_unique<ui::LeadersPage>(*m_session);
        m_page->resize(1400, 1200);
        m_page->show();
    }

    void tableFillsAndSearchNarrowsIt()
    {
        const auto snapshot = m_session->snapshot();
        QAbstractItemModelTester tester(m_page->tableModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel *proxy = m_page->tableProxy();
        QVERIFY(snapshot->leaders.size() > 10);
        QCOMPARE(proxy->rowCount(), int(snapshot->leaders.size()));
        QVERIFY(!m_page->tablePanel()->isShowingEmpty());
        // A leader is chosen for the detail from the start.
        QVERIFY(waitForDetail(m_page->selectedLeader(), snapshot->from, snapshot->to));

        QTest::keyClicks(m_page->searchField(), QStringLiteral("okafor"));
        QCOMPARE(proxy->rowCount(), 1);
        QCOMPARE(proxy->index(0, LeaderTableModel::Name).data().toString(),
                 QStringLiteral("Daniel Okafor"));
        m_page->searchField()->setText(QStringLiteral("daniel.okafor@brightwater"));
        QCOMPARE(proxy->rowCount(), 1);
        m_page->searchField()->setText(QStringLiteral("Field Operations")); // a department
        QVERIFY(proxy->rowCount() >= 1);
        for (int r = 0; r < proxy->rowCount(); ++r)
            QCOMPARE(proxy->index(r, LeaderTableModel::Department).data().toString(),
                     QStringLiteral("Field Operations"));
        m_page->searchField()->setText(QStringLiteral("no such leader"));
        QCOMPARE(proxy->rowCount(), 0);
        QVERIFY(m_page->tablePanel()->isShowingEmpty());
        m_page->searchField()->clear();
        QCOMPARE(proxy->rowCount(), int(snapshot->leaders.size()));
        QVERIFY(!m_page->tablePanel()->isShowingEmpty());

        // Sorting by a rate keeps leaders with nothing to rate at the bottom.
        m_page->tableView()->sortByColumn(LeaderTableModel::ReplyRate, Qt::DescendingOrder);
        const int last = proxy->rowCount() - 1;
        QVERIFY(proxy->index(0, LeaderTableModel::ReplyRate).data(items::SortRole).toDouble() >=
                proxy->index(last, LeaderTableModel::ReplyRate).data(items::SortRole).toDouble());
    }

    void selectingALeaderFillsTheDetail()
    {
        const auto snapshot = m_session->snapshot();
        const std::int32_t daniel = leaderNamed(QStringLiteral("Daniel Okafor"));
        QVERIFY(daniel >= 0);
        QSignalSpy shown(m_page.get(), &ui::LeadersPage::detailShown);
        // Select his row as a user would: type part of his name, click the row.
        m_page->searchField()->setText(QStringLiteral("Okafor"));
        QTableView *table = m_page->tableView();
        const QRect cell = table->visualRect(table->model()->index(0, LeaderTableModel::Name));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(m_page->selectedLeader(), daniel);
        QVERIFY(waitForDetail(daniel, snapshot->from, snapshot->to));
        QVERIFY(shown.count() >= 1);
        QVERIFY(m_page->detailTitle()->text().contains(QStringLiteral("Daniel Okafor")));

        QAbstractItemModelTester cadenceTester(
            m_page->cadenceModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester responseTester(
            m_page->responseModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester reachTester(
            m_page->reachModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester unansweredTester(
            m_page->unansweredModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // 24 months of data, one period a month.
        QCOMPARE(m_page->cadenceModel()->rowCount(), 24);
        QCOMPARE(m_page->cadenceChart()->seriesCount(), 3);
        QCOMPARE(m_page->responseModel()->rowCount(), 24);
        QVERIFY(m_page->replyRateChart()->pointCount(1) > 12);
        QVERIFY(m_page->replyTimeChart()->pointCount(1) > 6);
        // Reach over the 14 departments (none under k in the demo).
        QCOMPARE(m_page->reachModel()->rowCount(), 14);
        QCOMPARE(m_page->reachChart()->categoryCount(), 14);
        // Field Operations is never recognised by any leader (docs/demo.md).
        bool fieldNotRecognised = false;
        for (const analytics::LeaderDepartment &d : m_page->detail()->notRecognised())
            fieldNotRecognised |= d.name == QStringLiteral("Field Operations");
        QVERIFY(fieldNotRecognised);
        // His first year leaves many staff questions unanswered; their text is read.
        const items::UnansweredQuestionsModel &unanswered = *m_page->unansweredModel();
        QVERIFY(unanswered.rowCount() > 10);
        QVERIFY(unanswered.rows().front().question.at <= unanswered.rows().back().question.at);
        for (int r = 0; r < std::min(unanswered.rowCount(), 20); ++r) {
            QVERIFY(!unanswered.index(r, items::UnansweredQuestionsModel::Question)
                         .data()
                         .toString()
                         .isEmpty());
            QVERIFY(!unanswered.index(r, items::UnansweredQuestionsModel::Author)
                         .data()
                         .toString()
                         .isEmpty());
        }
        for (ui::Panel *panel :
             {m_page->cadencePanel(), m_page->replyRatePanel(), m_page->replyTimePanel(),
              m_page->reachPanel(), m_page->departmentsPanel(), m_page->unansweredPanel()})
            QVERIFY2(!panel->isShowingEmpty(), qPrintable(panel->title()));
        const QString csv = m_dir.filePath(QStringLiteral("unanswered.csv"));
        QCOMPARE(m_page->unansweredPanel()->exportTo(csv), QString());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readLine().startsWith("Asked,Waiting,Department,"));
        m_page->searchField()->clear();
        QCOMPARE(m_page->selectedLeader(), daniel); // clearing the search keeps him
    }

    void vpOfEngineeringRepliesMoreInTheSecondYear()
    {
        // The demo runs November 2024 - October 2026; he changes from November 2025.
        const std::int32_t daniel = leaderNamed(QStringLiteral("Daniel Okafor"));
        QVERIFY(m_page->selectLeader(daniel));
        const auto snapshot = m_session->snapshot();
        QVERIFY(waitForDetail(daniel, snapshot->from, snapshot->to));
        const auto rate = [](const std::vector<analytics::LeaderPeriod> &periods, QDate from,
                             QDate to) {
            int comments = 0, answered = 0;
            for (const analytics::LeaderPeriod &p : periods) {
                if (p.from >= from && p.to <= to) {
                    comments += p.staffComments;
                    answered += p.answeredComments;
                }
            }
            return comments ? double(answered) / comments : -1.0;
        };
        const auto &periods = m_page->detail()->periods;
        const double first = rate(periods, QDate(2024, 11, 1), QDate(2025, 10, 31));
        const double second = rate(periods, QDate(2025, 11, 1), QDate(2026, 10, 31));
        qInfo("Daniel Okafor's reply rate: %.2f in the first year, %.2f in the second", first,
              second);
        QVERIFY(first >= 0 && second >= 0);
        QVERIFY(second > first + 0.2);

        // The table follows the filter: year by year, the second year's rate is higher.
        const auto tableRate = [&] {
            const int row = m_page->tableModel()->rowOf(daniel);
            return m_page->tableModel()
                ->index(row, LeaderTableModel::ReplyRate)
                .data(items::ValueRole)
                .toDouble();
        };
        analytics::DashboardFilter filter = m_session->filter();
        filter.from = QDate(2024, 11, 1);
        filter.to = QDate(2025, 10, 31);
        m_session->setFilter(filter);
        QVERIFY(waitForSnapshot(filter.from, filter.to));
        QVERIFY(waitForDetail(daniel, filter.from, filter.to)); // still him
        QCOMPARE(m_page->cadenceModel()->rowCount(), 12);
        const double firstYear = tableRate();
        filter.from = QDate(2025, 11, 1);
        filter.to = QDate(2026, 10, 31);
        filter.granularity = analytics::Granularity::Quarter;
        m_session->setFilter(filter);
        QVERIFY(waitForSnapshot(filter.from, filter.to));
        QVERIFY(waitForDetail(daniel, filter.from, filter.to));
        // Quarters end 31 December, 31 March, 30 June, 30 September, then 31 October.
        QCOMPARE(m_page->cadenceModel()->rowCount(), 5);
        QCOMPARE(m_page->cadenceModel()->periods().front().from, QDate(2025, 11, 1));
        QCOMPARE(m_page->cadenceModel()->periods().front().to, QDate(2025, 12, 31));
        const double secondYear = tableRate();
        QVERIFY2(secondYear > firstYear + 0.2,
                 qPrintable(QStringLiteral("%1 -> %2").arg(firstYear).arg(secondYear)));
        QCOMPARE(rate(m_page->detail()->periods, filter.from, filter.to), secondYear);
    }

    void enterAndPointsOpenFigures()
    {
        const auto snapshot = m_session->snapshot();
        const std::int32_t daniel = leaderNamed(QStringLiteral("Daniel Okafor"));
        QVERIFY(m_page->selectLeader(daniel));
        QVERIFY(waitForDetail(daniel, snapshot->from, snapshot->to));
        QSignalSpy requested(m_session.get(), &ui::DashboardSession::figureRequested);
        QTableView *view = m_page->tableView();
        const int row =
            m_page->tableProxy()
                ->mapFromSource(m_page->tableModel()->index(m_page->tableModel()->rowOf(daniel), 0))
                .row();
        view->setFocus();
        view->setCurrentIndex(view->model()->index(row, LeaderTableModel::ReplyRate));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(requested.count(), 1);
        auto figure = requested.last().first().value<analytics::FigureRef>();
        QCOMPARE(int(figure.kind), int(analytics::FigureRef::Kind::LeaderFigure));
        QCOMPARE(figure.figure, QStringLiteral("replyRate"));
        QCOMPARE(figure.leader, daniel);
        QCOMPARE(figure.from, snapshot->from);
        QCOMPARE(figure.to, snapshot->to);
        // The name opens nothing.
        view->setCurrentIndex(view->model()->index(row, LeaderTableModel::Name));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(requested.count(), 1);
        // A point of the reply-time trend opens that period's figure.
        Q_EMIT m_page->replyTimeChart()->pointActivated(0, 1);
        QCOMPARE(requested.count(), 2);
        figure = requested.last().first().value<analytics::FigureRef>();
        QCOMPARE(figure.figure, QStringLiteral("medianFirstReplyHours"));
        QCOMPARE(figure.from, m_page->detail()->periods.front().from);
        QCOMPARE(figure.to, m_page->detail()->periods.front().to);
    }
};

QTEST_MAIN(TestLeadersPage)
#include "tst_leaderspage.moc"

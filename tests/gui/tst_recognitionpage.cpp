#include "analytics/figureref.h"
#include "charts/trendchartview.h"
#include "dashboardsession.h"
#include "items/blindspotmodel.h"
#include "items/itemroles.h"
#include "items/recentrecognitionmodel.h"
#include "items/recognisedsharemodel.h"
#include "items/recognitionmatrixmodel.h"
#include "pages/recognitionpage.h"
#include "state/appsettings.h"
#include "testdatabase.h"
#include "widgets/panel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace goodwill;

// The Recognition page on the demo organisation (docs/demo.md): Field Operations is the
// department no leader ever recognises.
class TestRecognitionPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<state::AppSettings> m_settings;
    std::unique_ptr<ui::DashboardSession> m_session;
    std::unique_ptr<ui::RecognitionPage> m_page;

    static int blindSpotRow(const items::BlindSpotModel &model, const QString &name)
    {
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.index(r, items::BlindSpotModel::Department).data().toString() == name)
                return r;
        }
        return -1;
    }
    static int columnOf(const QAbstractItemModel &model, const QString &header)
    {
        for (int c = 0; c < model.columnCount(); ++c) {
            if (model.headerData(c, Qt::Horizontal).toString() == header)
                return c;
        }
        return -1;
    }
    // Waits until the page shows facts for [from, to].
    bool waitFor(QDate from, QDate to)
    {
        return QTest::qWaitFor(
            [&] {
                return m_page->facts() && m_page->facts()->from == from &&
                       m_page->facts()->to == to && !m_page->isBusy();
            },
            60000);
    }
    bool waitForSnapshot()
    {
        return waitFor(m_session->snapshot()->from, m_session->snapshot()->to);
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
        m_page = std::make_unique<ui::RecognitionPage>(*m_session);
        m_page->resize(1400, 1100);
        m_page->show();
    }

    void fillsOnTheDemo()
    {
        QVERIFY(waitForSnapshot());
        QAbstractItemModelTester matrixTester(
            m_page->matrixModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester blindTester(
            m_page->blindSpotModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester recentTester(
            m_page->recentModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester shareTester(
            m_page->shareModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // The story: no leader ever recognised anyone in Field Operations.
        const items::BlindSpotModel &blind = *m_page->blindSpotModel();
        const int field = blindSpotRow(blind, QStringLiteral("Field Operations"));
        QVERIFY(field >= 0);
        QCOMPARE(blind.index(field, items::BlindSpotModel::LastLeaderRecognition).data().toString(),
                 QStringLiteral("never"));
        QVERIFY(blind.index(field, items::BlindSpotModel::FromColleagues)
                    .data(items::ValueRole)
                    .toDouble() > 0); // colleagues from other teams still thank them
        QVERIFY(!m_page->blindSpotPanel()->isShowingEmpty());
        QVERIFY(m_page->summaryLabel()->text().contains(QStringLiteral("Field Operations")));

        // The matrix: every leader, every department, Field Operations' column all zeros.
        const items::RecognitionMatrixModel &matrix = *m_page->matrixModel();
        QVERIFY(matrix.rowCount() > 10);
        QCOMPARE(matrix.columnCount(), 2 + 14);
        const int fieldColumn = columnOf(matrix, QStringLiteral("Field Operations"));
        QVERIFY(fieldColumn >= 2);
        double given = 0;
        for (int r = 0; r < matrix.rowCount(); ++r) {
            QCOMPARE(matrix.index(r, fieldColumn).data(items::ValueRole).toDouble(), 0.0);
            given += matrix.index(r, items::RecognitionMatrixModel::Total)
                         .data(items::ValueRole)
                         .toDouble();
        }
        QVERIFY(given > 100);
        QVERIFY(matrix.maxCount() > 0);
        QVERIFY(!m_page->matrixPanel()->isShowingEmpty());

        // Recent recognitions, with the start of each message read from the database.
        const items::RecentRecognitionModel &recent = *m_page->recentModel();
        QCOMPARE(recent.rowCount(), int(analytics::RecognitionFacts::defaultRecentLimit));
        int withText = 0;
        for (int r = 0; r < recent.rowCount(); ++r)
            withText += !recent.index(r, items::RecentRecognitionModel::Preview)
                             .data()
                             .toString()
                             .isEmpty();
        QCOMPARE(withText, recent.rowCount());

        // Recognised share over time: the selection and six departments, one point a month.
        QVERIFY(m_page->shareModel()->rowCount() >= 24);
        QCOMPARE(m_page->shareModel()->columnCount(), 1 + 1 + 6);
        QCOMPARE(m_page->shareChart()->seriesCount(), 7);
        QVERIFY(m_page->shareChart()->pointCount(1) > 20);

        // The CSV export of the matrix.
        const QString csv = m_dir.filePath(QStringLiteral("matrix.csv"));
        QCOMPARE(m_page->matrixPanel()->exportTo(csv), QString());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readLine().startsWith("Leader,All recognitions,"));
    }

    void enterOnALeadersTotalOpensIt()
    {
        QVERIFY(waitForSnapshot());
        QSignalSpy requested(m_session.get(), &ui::DashboardSession::figureRequested);
        QTableView *view = m_page->matrixView();
        const QModelIndex total = view->model()->index(0, items::RecognitionMatrixModel::Total);
        view->setFocus();
        view->setCurrentIndex(total);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(requested.count(), 1);
        const auto figure = requested.first().first().value<analytics::FigureRef>();
        QCOMPARE(int(figure.kind), int(analytics::FigureRef::Kind::LeaderFigure));
        QCOMPARE(figure.figure, QStringLiteral("recognitions"));
        const int sourceRow = m_page->matrixProxy()->mapToSource(total).row();
        QCOMPARE(figure.leader, m_page->facts()->leaders[size_t(sourceRow)].person);
        QCOMPARE(figure.to, m_session->snapshot()->to);
        // A share point opens its P1 signal.
        Q_EMIT m_page->shareChart()->pointActivated(0, 1);
        QCOMPARE(requested.count(), 2);
        QCOMPARE(requested.last().first().value<analytics::FigureRef>().figure,
                 QStringLiteral("P1"));
    }

    void followsTheDateRange()
    {
        QVERIFY(waitForSnapshot());
        const auto before = m_page->facts();
        analytics::DashboardFilter filter = m_session->filter();
        filter.from = QDate(2026, 10, 1);
        filter.to = QDate(2026, 10, 31);
        m_session->setFilter(filter);
        QVERIFY(waitFor(QDate(2026, 10, 1), QDate(2026, 10, 31)));
        const auto after = m_page->facts();
        QVERIFY(after != before);
        QCOMPARE(after->from, QDate(2026, 10, 1));
        QVERIFY(after->recognitions > 0);
        QVERIFY(after->recognitions < before->recognitions);
        // The matrix and the list follow: totals of one month, recognitions of October only.
        double given = 0;
        const items::RecognitionMatrixModel &matrix = *m_page->matrixModel();
        for (int r = 0; r < matrix.rowCount(); ++r)
            given += matrix.index(r, items::RecognitionMatrixModel::Total)
                         .data(items::ValueRole)
                         .toDouble();
        QCOMPARE(int(given), after->leaderRecognitions);
        const items::RecentRecognitionModel &recent = *m_page->recentModel();
        QVERIFY(recent.rowCount() > 0);
        for (int r = 0; r < recent.rowCount(); ++r) {
            const QDate day = recent.index(r, items::RecentRecognitionModel::Time)
                                  .data(items::SortRole)
                                  .toDateTime()
                                  .date();
            QVERIFY(day >= QDate(2026, 10, 1) && day <= QDate(2026, 10, 31));
        }
        // Field Operations is still a blind spot, and still never recognised by a leader.
        QVERIFY(blindSpotRow(*m_page->blindSpotModel(), QStringLiteral("Field Operations")) >= 0);
        QCOMPARE(m_page->shareModel()->rowCount(), 1);

        // A department filter narrows the columns.
        filter.departments = {0, 1};
        m_session->setFilter(filter);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->facts()->departments.size() == 2 && !m_page->isBusy(),
                                 60000);
        QCOMPARE(m_page->matrixModel()->columnCount(), 4);
    }
};

QTEST_MAIN(TestRecognitionPage)
#include "tst_recognitionpage.moc"

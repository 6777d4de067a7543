#include "analytics/figureref.h"
#include "analytics/recognitionfacts.h"
#include "items/blindspotmodel.h"
#include "items/itemroles.h"
#include "items/recentrecognitionmodel.h"
#include "items/recognisedsharemodel.h"
#include "items/recognitionmatrixmodel.h"
#include "recognitionfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace goodwill;
using namespace goodwill::analytics;
using namespace goodwill::items;

// The Recognition page's item models over the organisation of recognitionfixture.h.
class TestRecognitionModels : public QObject
{
    Q_OBJECT

private:
    testing::RecognitionFixture m_fixture;

    static int rowOf(const QAbstractItemModel &model, const QString &text, int column = 0)
    {
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.index(r, column).data().toString() == text)
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

private Q_SLOTS:
    void matrix()
    {
        RecognitionMatrixModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        const auto snapshot = m_fixture.snapshot(testing::RecognitionFixture::march());
        model.setFacts(RecognitionFacts::compute(*snapshot));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 6); // leader, total, Sales, Ops, Legal, Field
        QCOMPARE(model.maxCount(), 2);
        const int sales = columnOf(model, QStringLiteral("Sales"));
        const int legal = columnOf(model, QStringLiteral("Legal"));
        QCOMPARE(sales, int(RecognitionMatrixModel::FirstDepartment));
        QCOMPARE(model.departmentOfColumn(sales), 0);
        QCOMPARE(model.departmentOfColumn(RecognitionMatrixModel::Total), -1);
        QCOMPARE(model.headerData(sales, Qt::Horizontal, SeriesRole).toInt(), 0);
        QCOMPARE(model.headerData(legal, Qt::Horizontal, SuppressedRole).toBool(), true);
        QVERIFY(model.headerData(legal, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("fewer than 3 staff")));
        QVERIFY(model.headerData(sales, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("3 staff")));

        const int lena = rowOf(model, QStringLiteral("Lena"));
        QVERIFY(lena >= 0);
        QCOMPARE(model.index(lena, sales).data().toString(), QStringLiteral("2"));
        QCOMPARE(model.index(lena, sales).data(ValueRole).toDouble(), 2.0);
        QCOMPARE(model.index(lena, sales).data(SuppressedRole).toBool(), false);
        QVERIFY(model.index(lena, sales).data(Qt::BackgroundRole).isValid());
        const QModelIndex hidden = model.index(lena, legal);
        QVERIFY(hidden.data().toString().isEmpty());
        QVERIFY(!hidden.data(ValueRole).isValid());
        QCOMPARE(hidden.data(SuppressedRole).toBool(), true);
        QVERIFY(hidden.data(Qt::ToolTipRole).toString().contains(QStringLiteral("privacy")));

        const QModelIndex total = model.index(lena, RecognitionMatrixModel::Total);
        QCOMPARE(total.data(ValueRole).toDouble(), 3.0);
        const auto figure = total.data(FigureRole).value<FigureRef>();
        QCOMPARE(int(figure.kind), int(FigureRef::Kind::LeaderFigure));
        QCOMPARE(figure.figure, QStringLiteral("recognitions"));
        QCOMPARE(figure.leader, 0);
        QCOMPARE(figure.from, QDate(2025, 3, 1));
        QCOMPARE(figure.to, QDate(2025, 3, 31));
        QVERIFY(!model.index(lena, sales).data(FigureRole).isValid());

        // Sorted by SortRole: Vic (0 of everything) last either way round.
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(SortRole);
        proxy.sort(RecognitionMatrixModel::Total, Qt::DescendingOrder);
        QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("Vic"));
        proxy.sort(RecognitionMatrixModel::Leader, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Lena"));
        QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("Vic"));

        model.setFacts({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
    }

    void blindSpots()
    {
        BlindSpotModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFacts(
            RecognitionFacts::compute(*m_fixture.snapshot(testing::RecognitionFixture::march())));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, BlindSpotModel::Department).data().toString(),
                 QStringLiteral("Field"));
        QCOMPARE(model.index(0, BlindSpotModel::Department).data(SeriesRole).toInt(), 3);
        QCOMPARE(model.index(0, BlindSpotModel::Staff).data(ValueRole).toDouble(), 3.0);
        QCOMPARE(model.index(0, BlindSpotModel::LastLeaderRecognition).data(SortRole).toDate(),
                 QDate(2025, 1, 5));
        QCOMPARE(model.index(0, BlindSpotModel::DaysSince).data(ValueRole).toDouble(), 85.0);
        QCOMPARE(model.index(0, BlindSpotModel::FromColleagues).data().toString(),
                 QStringLiteral("2"));

        DashboardFilter early;
        early.from = QDate(2025, 1, 1);
        early.to = QDate(2025, 1, 4);
        model.setFacts(RecognitionFacts::compute(*m_fixture.snapshot(early)));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, BlindSpotModel::LastLeaderRecognition).data().toString(),
                 QStringLiteral("never"));
    }

    void recent()
    {
        RecentRecognitionModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFacts(RecognitionFacts::compute(
            *m_fixture.snapshot(testing::RecognitionFixture::march()), 3));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.activityAt(2), 5);
        QCOMPARE(model.activityAt(3), -1);
        QCOMPARE(model.index(2, RecentRecognitionModel::From).data().toString(),
                 QStringLiteral("S1"));
        QCOMPARE(model.index(2, RecentRecognitionModel::To).data().toString(),
                 QStringLiteral("F1, F2"));
        QCOMPARE(model.index(2, RecentRecognitionModel::Department).data().toString(),
                 QStringLiteral("Field"));
        QCOMPARE(model.index(2, RecentRecognitionModel::Time).data(SortRole).toDateTime(),
                 QDateTime(QDate(2025, 3, 18), QTime(9, 0), Qt::UTC));
        QVERIFY(model.index(2, RecentRecognitionModel::Preview).data().toString().isEmpty());

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QString longText = QStringLiteral("Thank you ") + QString(200, QLatin1Char('x'));
        model.setPreviews({{5, QStringLiteral("For @F1\n @F2")}, {8, longText}});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(2, RecentRecognitionModel::Preview).data().toString(),
                 QStringLiteral("For @F1 @F2"));
        const QString cut = model.index(0, RecentRecognitionModel::Preview).data().toString();
        QCOMPARE(cut.size(), int(RecentRecognitionModel::previewLength));
        QVERIFY(cut.endsWith(QChar(0x2026)));
        QCOMPARE(model.index(0, RecentRecognitionModel::Preview).data(Qt::ToolTipRole).toString(),
                 longText);
    }

    void recognisedShare()
    {
        // P1 on each month end, the window 90 days. 28 February: F3 (5 January) is the only
        // recognised member of staff: organisation 1 of 10, Field 1 of 3, Sales 0 of 4.
        // 31 March: Sales S1, S2 of S1-S3; Ops O1, O2, S4 of 4; Field all 3; Legal hidden;
        // organisation S1, S2, S4, O1, O2, F1-F3 = 8 of 10. (The organisation leaves out
        // Legal, hidden: docs/model.md section 5.)
        DashboardFilter filter;
        filter.from = QDate(2025, 2, 1);
        filter.to = QDate(2025, 3, 31);
        const auto snapshot = m_fixture.snapshot(filter);
        RecognisedShareModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const std::vector<std::int32_t> all = RecognisedShareModel::defaultDepartments(*snapshot);
        QCOMPARE(all, (std::vector<std::int32_t>{-1, 0, 1, 2, 3}));
        QCOMPARE(RecognisedShareModel::defaultDepartments(*snapshot, 2),
                 (std::vector<std::int32_t>{-1, 0, 1})); // Sales 66.7% and Ops 75% lowest
        model.setSnapshot(snapshot, {-1, 0, 1, 2, 3, 42});
        QCOMPARE(model.departments(), (std::vector<std::int32_t>{-1, 0, 1, 2, 3}));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 6);
        QCOMPARE(model.index(0, 0).data().toDate(), QDate(2025, 2, 28));
        QCOMPARE(model.index(1, 0).data().toDate(), QDate(2025, 3, 31));
        QCOMPARE(model.headerData(1, Qt::Horizontal, SeriesRole).toInt(), -1);
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Sales"));
        QCOMPARE(model.headerData(2, Qt::Horizontal, SeriesRole).toInt(), 0);
        QCOMPARE(model.index(0, 1).data().toDouble(), 10.0);
        QCOMPARE(model.index(0, 2).data().toDouble(), 0.0);
        QCOMPARE(model.index(0, 5).data().toDouble(), 100.0 / 3);
        QCOMPARE(model.index(1, 1).data().toDouble(), 80.0);
        QCOMPARE(model.index(1, 2).data().toDouble(), 200.0 / 3);
        QCOMPARE(model.index(1, 3).data().toDouble(), 75.0);
        QVERIFY(!model.index(1, 4).data().isValid()); // Legal: hidden
        QCOMPARE(model.index(1, 4).data(SuppressedRole).toBool(), true);
        QVERIFY(
            model.index(1, 4).data(Qt::ToolTipRole).toString().contains(QStringLiteral("privacy")));
        QCOMPARE(model.index(1, 5).data().toDouble(), 100.0);
        QVERIFY(model.index(1, 3)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("75.0% of 4 staff")));
        const auto figure = model.index(1, 2).data(FigureRole).value<FigureRef>();
        QCOMPARE(int(figure.kind), int(FigureRef::Kind::Signal));
        QCOMPARE(figure.figure, QStringLiteral("P1"));
        QCOMPARE(figure.department, 0);
        QCOMPARE(figure.to, QDate(2025, 3, 31));

        // Thin points are gaps too.
        ModelSettings thin = testing::RecognitionFixture::settings();
        thin.thinDenominator = 4; // Sales' and Field's 3 staff are too few
        const testing::RecognitionFixture thinFixture(thin);
        model.setSnapshot(thinFixture.snapshot(filter), {0, 1});
        QVERIFY(!model.index(1, 1).data().isValid());
        QCOMPARE(model.index(1, 2).data().toDouble(), 75.0);

        model.setSnapshot({}, {0});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 1);
    }
};

QTEST_MAIN(TestRecognitionModels)
#include "tst_recognitionmodels.moc"

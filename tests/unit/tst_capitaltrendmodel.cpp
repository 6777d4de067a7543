#include "analytics/figureref.h"
#include "capitalfixture.h"
#include "items/capitaltrendmodel.h"
#include "items/itemroles.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <cmath>

using namespace goodwill;
using namespace goodwill::analytics;
using items::CapitalTrendModel;

// CapitalTrendModel over hand-typed figures and over the worked example (capitalfixture.h).
class TestCapitalTrendModel : public QObject
{
    Q_OBJECT

private:
    static void near(const QVariant &actual, double expected, const char *what)
    {
        QVERIFY2(actual.isValid(), what);
        QVERIFY2(std::abs(actual.toDouble() - expected) < 0.01,
                 qPrintable(QStringLiteral("%1: %2, expected %3")
                                .arg(QLatin1StringView(what))
                                .arg(actual.toDouble())
                                .arg(expected)));
    }

private Q_SLOTS:
    void passesTheModelTester()
    {
        CapitalTrendModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(testing::handSnapshot());
        model.setSeries({-1, 0, 1, 2, 3});
        model.setShowBands(true);
        model.setMeasure(QStringLiteral("fun"));
        model.setSeries({3});
        model.setShowBands(false);
        model.setSnapshot(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 1);
    }

    void columnsFollowTheChosenSeries()
    {
        CapitalTrendModel model;
        model.setSnapshot(testing::handSnapshot());
        model.setShowBands(true);
        model.setSeries({-1, 0, 2, 7}); // 7 is not in the snapshot: no column
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 1 + 3 * 3);
        QCOMPARE(model.seriesCount(), 3);
        QCOMPARE(model.valueColumn(-1), 1);
        QCOMPARE(model.lowColumn(-1), 2);
        QCOMPARE(model.highColumn(-1), 3);
        QCOMPARE(model.valueColumn(0), 4);
        QCOMPARE(model.valueColumn(2), 7);
        QCOMPARE(model.valueColumn(7), -1);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Period end"));
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Organisation"));
        QCOMPARE(model.headerData(4, Qt::Horizontal).toString(), QStringLiteral("Sales"));
        QCOMPARE(model.headerData(5, Qt::Horizontal).toString(), QStringLiteral("Sales (80% low)"));
        QCOMPARE(model.headerData(4, Qt::Horizontal, items::SeriesRole).toInt(), 0);
        QCOMPARE(model.headerData(6, Qt::Horizontal, items::SeriesRole).toInt(), 0);
        QCOMPARE(model.headerData(1, Qt::Horizontal, items::SeriesRole).toInt(), -1);
        // Rows are the period ends.
        QCOMPARE(model.data(model.index(0, 0)).toDate(), QDate(2025, 1, 31));
        QCOMPARE(model.data(model.index(2, 0)).toDate(), QDate(2025, 3, 31));
        // Sales on 31 March: 50, band 45-55.
        near(model.data(model.index(2, 4)), 50, "Sales ECI");
        near(model.data(model.index(2, 5)), 45, "Sales low");
        near(model.data(model.index(2, 6)), 55, "Sales high");
        near(model.data(model.index(0, 1), items::ValueRole), 60, "organisation in January");
        // Legal is hidden: a gap, and the tooltip says why.
        QVERIFY(!model.data(model.index(0, 7)).isValid());
        QVERIFY(model.data(model.index(0, 7), items::SuppressedRole).toBool());
        QVERIFY(model.data(model.index(0, 7), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("fewer than 5 staff")));
        QVERIFY(!model.data(model.index(0, 4), items::SuppressedRole).toBool());
        // What a point opens.
        const auto figure = model.data(model.index(1, 4), items::FigureRole).value<FigureRef>();
        QCOMPARE(figure.kind, FigureRef::Kind::Eci);
        QCOMPARE(figure.department, 0);
        QCOMPARE(figure.to, QDate(2025, 2, 28));
        // Without bands: one column per series.
        model.setShowBands(false);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.valueColumn(2), 3);
        QCOMPARE(model.lowColumn(0), -1);
    }

    void aMissingPointIsAGapWithAReason()
    {
        CapitalTrendModel model;
        model.setSnapshot(testing::handSnapshot());
        model.setSeries({1}); // Ops: no ECI in February
        QVERIFY(!model.data(model.index(1, 1)).isValid());
        QVERIFY(!model.data(model.index(1, 1), items::SuppressedRole).toBool());
        QVERIFY(model.data(model.index(1, 1), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("nothing to measure")));
        near(model.data(model.index(2, 1)), 45, "Ops in March");
    }

    void showsOnePillarInsteadOfTheEci()
    {
        CapitalTrendModel model;
        model.setSnapshot(testing::handSnapshot());
        model.setSeries({0});
        model.setMeasure(QStringLiteral("pride"));
        near(model.data(model.index(2, 1)), 50 - 1, "Sales pride in March");
        const auto figure = model.data(model.index(2, 1), items::FigureRole).value<FigureRef>();
        QCOMPARE(figure.kind, FigureRef::Kind::Pillar);
        QCOMPARE(figure.figure, QStringLiteral("pride"));
        model.setMeasure(CapitalTrendModel::Eci);
        near(model.data(model.index(2, 1)), 50, "Sales ECI in March");
    }

    void theDefaultIsTheOrganisationAndTheTwoLargestFalls()
    {
        // Sales fell 20 (70 -> 50), IT 3 (50 -> 47); Ops rose (40 -> 45); Legal is hidden.
        QCOMPARE(CapitalTrendModel::defaultSeries(*testing::handSnapshot()),
                 (std::vector<std::int32_t>{-1, 0, 3}));
        QCOMPARE(CapitalTrendModel::defaultSeries(*testing::handSnapshot(), 1),
                 (std::vector<std::int32_t>{-1, 0}));
    }

    void followsTheEngineOnTheWorkedExample()
    {
        const testing::CapitalFixture fixture;
        CapitalTrendModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Sales alone: the selection is Sales, so both columns read the same.
        model.setSnapshot(fixture.snapshot(testing::CapitalFixture::twoMonths({0})));
        model.setSeries({-1, 0});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.dateAt(0), QDate(2025, 2, 28));
        QCOMPARE(model.dateAt(1), QDate(2025, 3, 28));
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Selection"));
        near(model.data(model.index(0, 2)), 0.25 * (62.5 + 33.333) / 2, "Sales, 28 February");
        near(model.data(model.index(1, 2)), 59.44, "Sales, 28 March");
        near(model.data(model.index(1, 1)), 59.44, "selection, 28 March");
        QCOMPARE(model.data(model.index(1, 1), items::FigureRole).value<FigureRef>().selection,
                 (std::vector<std::int32_t>{0}));
        // Everyone: Ops has two staff (under k = 3) and is hidden; the total leaves it out,
        // so it is Sales alone (59.44 on 28 March, as above) and Sales stays shown.
        model.setSnapshot(fixture.snapshot(testing::CapitalFixture::twoMonths()));
        model.setSeries({-1, 0, 1});
        QCOMPARE(model.columnCount(), 4);
        near(model.data(model.index(1, 1)), 59.44, "organisation, 28 March");
        near(model.data(model.index(1, 2)), 59.44, "Sales, 28 March");
        QVERIFY(model.data(model.index(1, 1), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral(
                        "The organisation total leaves out Ops (fewer than 3 staff).")));
        QVERIFY(model.data(model.index(1, 3), items::SuppressedRole).toBool());
    }
};

QTEST_GUILESS_MAIN(TestCapitalTrendModel)
#include "tst_capitaltrendmodel.moc"

#include "analytics/figureref.h"
#include "capitalfixture.h"
#include "items/departmentsummarymodel.h"
#include "items/itemroles.h"
#include "items/seriescolors.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSortFilterProxyModel>
#include <QTest>

#include <cmath>

using namespace goodwill;
using namespace goodwill::analytics;
using items::DepartmentSummaryModel;

// DepartmentSummaryModel over hand-typed figures and over the worked example
// (capitalfixture.h).
class TestDepartmentSummaryModel : public QObject
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
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void passesTheModelTester()
    {
        DepartmentSummaryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(testing::handSnapshot());
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(items::SortRole);
        for (int column = 0; column < DepartmentSummaryModel::ColumnCount; ++column)
            proxy.sort(column, Qt::DescendingOrder);
        model.setSnapshot(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void oneRowPerDepartmentWithItsLatestFigures()
    {
        DepartmentSummaryModel model;
        model.setSnapshot(testing::handSnapshot());
        QCOMPARE(model.rowCount(), 4); // Sales, Ops, Legal, IT: not the organisation
        QCOMPARE(model.departmentAt(0), 0);
        QCOMPARE(model.rowOf(3), 3);
        QCOMPARE(model.rowOf(-1), -1);
        const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.data(model.index(row, column), role);
        };
        // Sales: 12 staff, ECI 50 on 31 March, 65 on 28 February: -15; a year before -12.
        QCOMPARE(cell(0, DepartmentSummaryModel::Name).toString(), QStringLiteral("Sales"));
        QCOMPARE(cell(0, DepartmentSummaryModel::Headcount).toString(), QStringLiteral("12"));
        QCOMPARE(cell(0, DepartmentSummaryModel::Eci).toString(), QStringLiteral("50.0"));
        near(cell(0, DepartmentSummaryModel::Eci, items::ValueRole), 50, "Sales ECI");
        near(cell(0, DepartmentSummaryModel::Delta, items::ValueRole), -15, "Sales change");
        QCOMPARE(cell(0, DepartmentSummaryModel::Delta).toString(), QStringLiteral("−15.0"));
        QCOMPARE(cell(0, DepartmentSummaryModel::YearOverYear).toString(), QStringLiteral("−12.0"));
        near(cell(0, DepartmentSummaryModel::Authenticity, items::ValueRole), 51, "authenticity");
        near(cell(0, DepartmentSummaryModel::Pride, items::ValueRole), 49, "pride");
        near(cell(0, DepartmentSummaryModel::Attachment, items::ValueRole), 52, "attachment");
        near(cell(0, DepartmentSummaryModel::Fun, items::ValueRole), 48, "fun");
        QCOMPARE(cell(0, DepartmentSummaryModel::Alerts).toString(), QStringLiteral("2"));
        const QString alerts = cell(0, DepartmentSummaryModel::Alerts, Qt::ToolTipRole).toString();
        QVERIFY2(alerts.contains(QStringLiteral("ECI down 20.0 points")), qPrintable(alerts));
        QVERIFY2(alerts.contains(QStringLiteral("Pride down 15.0 points")), qPrintable(alerts));
        // The sparkline: the ECI at each period end.
        QCOMPARE(cell(0, DepartmentSummaryModel::Trend, items::SparklineRole).toList(),
                 (QVariantList{70.0, 65.0, 50.0}));
        QCOMPARE(cell(0, DepartmentSummaryModel::Trend, items::SeriesRole).toInt(), 0);
        QCOMPARE(cell(0, DepartmentSummaryModel::Name, Qt::DecorationRole).value<QColor>(),
                 items::seriesColor(0));
        // Ops had no ECI in February: no change to show, and a gap in the sparkline.
        QVERIFY(!cell(1, DepartmentSummaryModel::Delta, items::ValueRole).isValid());
        QVERIFY(cell(1, DepartmentSummaryModel::Delta).toString().isEmpty());
        const QVariantList ops =
            cell(1, DepartmentSummaryModel::Trend, items::SparklineRole).toList();
        QCOMPARE(ops.size(), 3);
        QVERIFY(!ops[1].isValid());
        QCOMPARE(ops[2].toDouble(), 45.0);
        QVERIFY(!cell(1, DepartmentSummaryModel::YearOverYear, items::ValueRole).isValid());
        // IT: 47 - 49 = -2.
        near(cell(3, DepartmentSummaryModel::Delta, items::ValueRole), -2, "IT change");
    }

    void aHiddenDepartmentShowsNoNumber()
    {
        DepartmentSummaryModel model;
        model.setSnapshot(testing::handSnapshot());
        const int legal = model.rowOf(2);
        QCOMPARE(model.data(model.index(legal, DepartmentSummaryModel::Name)).toString(),
                 QStringLiteral("Legal"));
        for (int column = DepartmentSummaryModel::Headcount;
             column < DepartmentSummaryModel::ColumnCount; ++column) {
            const QModelIndex index = model.index(legal, column);
            QVERIFY(model.data(index, items::SuppressedRole).toBool());
            QVERIFY(model.data(index).toString().isEmpty());
            QVERIFY(!model.data(index, items::ValueRole).isValid());
            QVERIFY(!model.data(index, items::SparklineRole).isValid());
            QVERIFY(!model.data(index, items::FigureRole).isValid());
            QVERIFY(model.data(index, Qt::ToolTipRole)
                        .toString()
                        .contains(QStringLiteral("fewer than 5 staff")));
        }
    }

    void sortsByNumbersWithHiddenRowsLast()
    {
        DepartmentSummaryModel model;
        model.setSnapshot(testing::handSnapshot());
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(items::SortRole);
        proxy.sort(DepartmentSummaryModel::Eci, Qt::AscendingOrder);
        // Ops 45, IT 47, Sales 50, then Legal (hidden).
        QStringList order;
        for (int row = 0; row < proxy.rowCount(); ++row)
            order << proxy.data(proxy.index(row, DepartmentSummaryModel::Name)).toString();
        QCOMPARE(order, (QStringList{QStringLiteral("Ops"), QStringLiteral("IT"),
                                     QStringLiteral("Sales"), QStringLiteral("Legal")}));
    }

    void cellsOpenTheirFigure()
    {
        DepartmentSummaryModel model;
        model.setSnapshot(testing::handSnapshot());
        const auto figure = [&](int column) {
            return model.data(model.index(0, column), items::FigureRole).value<FigureRef>();
        };
        QCOMPARE(figure(DepartmentSummaryModel::Eci).kind, FigureRef::Kind::Eci);
        QCOMPARE(figure(DepartmentSummaryModel::Eci).to, QDate(2025, 3, 31));
        QCOMPARE(figure(DepartmentSummaryModel::Eci).department, 0);
        QCOMPARE(figure(DepartmentSummaryModel::Headcount).kind, FigureRef::Kind::Headcount);
        QCOMPARE(figure(DepartmentSummaryModel::Fun).kind, FigureRef::Kind::Pillar);
        QCOMPARE(figure(DepartmentSummaryModel::Fun).figure, QStringLiteral("fun"));
    }

    void followsTheEngineOnTheWorkedExample()
    {
        const testing::CapitalFixture fixture;
        DepartmentSummaryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(fixture.snapshot(testing::CapitalFixture::twoMonths({0})));
        QCOMPARE(model.rowCount(), 1);
        const auto value = [&](int column) {
            return model.data(model.index(0, column), items::ValueRole);
        };
        QCOMPARE(value(DepartmentSummaryModel::Headcount).toDouble(), 4.0);
        near(value(DepartmentSummaryModel::Eci), 59.44, "ECI on 28 March");
        near(value(DepartmentSummaryModel::Delta), 59.44 - 11.98, "change since 28 February");
        near(value(DepartmentSummaryModel::Authenticity), 57.43, "authenticity");
        near(value(DepartmentSummaryModel::Pride), 67.86, "pride");
        near(value(DepartmentSummaryModel::Attachment), 46.48, "attachment");
        near(value(DepartmentSummaryModel::Fun), 68.15, "fun");
        QCOMPARE(value(DepartmentSummaryModel::Alerts).toDouble(), 0.0); // it rose
        QVERIFY(!value(DepartmentSummaryModel::YearOverYear).isValid()); // no data a year before
        const QVariantList spark =
            model.data(model.index(0, DepartmentSummaryModel::Trend), items::SparklineRole)
                .toList();
        QCOMPARE(spark.size(), 2);
        near(spark[0], 11.98, "sparkline, 28 February");
        near(spark[1], 59.44, "sparkline, 28 March");
        // Everyone: Ops (two staff, under k = 3) is hidden; Sales is shown (59.44 on 28
        // March, as above), and the organisation's row says it leaves Ops out.
        model.setSnapshot(fixture.snapshot(testing::CapitalFixture::twoMonths()));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.departmentAt(0), 0);
        near(model.data(model.index(0, DepartmentSummaryModel::Eci), items::ValueRole), 59.44,
             "Sales, everyone selected");
        QVERIFY(model.data(model.index(1, DepartmentSummaryModel::Eci), items::SuppressedRole)
                    .toBool());
    }
};

QTEST_GUILESS_MAIN(TestDepartmentSummaryModel)
#include "tst_departmentsummarymodel.moc"

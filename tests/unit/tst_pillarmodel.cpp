#include "analytics/figureref.h"
#include "capitalfixture.h"
#include "items/itemroles.h"
#include "items/pillarmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <cmath>

using namespace goodwill;
using namespace goodwill::analytics;
using items::PillarModel;

// PillarModel over hand-typed figures and the worked example (capitalfixture.h).
class TestPillarModel : public QObject
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
        PillarModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(testing::handSnapshot());
        model.setDepartments({-1, 0, 2});
        model.setPeriodEnd(QDate(2025, 2, 28));
        model.setDepartments({});
        QCOMPARE(model.rowCount(), 0);
        model.setSnapshot(nullptr);
        QCOMPARE(model.columnCount(), 1);
    }

    void pillarsByDepartment()
    {
        PillarModel model;
        model.setSnapshot(testing::handSnapshot());
        model.setDepartments({0, 2, 9}); // 9 is not in the snapshot
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.pillarAt(0), QStringLiteral("authenticity"));
        QCOMPARE(model.data(model.index(3, 0)).toString(), QStringLiteral("Fun"));
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Sales"));
        QCOMPARE(model.headerData(2, Qt::Horizontal, items::SeriesRole).toInt(), 2);
        QCOMPARE(model.departmentOfColumn(1), 0);
        QCOMPARE(model.departmentOfColumn(0), -2);
        // Sales on 31 March (the last): pride 49, band 44-54.
        QCOMPARE(model.periodEnd(), QDate(2025, 3, 31));
        near(model.data(model.index(1, 1)), 49, "pride");
        near(model.data(model.index(1, 1), PillarModel::LowRole), 44, "pride low");
        near(model.data(model.index(1, 1), PillarModel::HighRole), 54, "pride high");
        QVERIFY(model.data(model.index(1, 1), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("80% band 44.0–54.0")));
        const auto figure = model.data(model.index(2, 1), items::FigureRole).value<FigureRef>();
        QCOMPARE(figure.kind, FigureRef::Kind::Pillar);
        QCOMPARE(figure.figure, QStringLiteral("attachment"));
        QCOMPARE(figure.department, 0);
        QCOMPARE(figure.to, QDate(2025, 3, 31));
        // Legal is hidden.
        QVERIFY(!model.data(model.index(0, 2)).isValid());
        QVERIFY(model.data(model.index(0, 2), items::SuppressedRole).toBool());
        QVERIFY(model.headerData(2, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("fewer than 5 staff")));
        // Another period end: Sales on 28 February, authenticity 66.
        model.setPeriodEnd(QDate(2025, 2, 28));
        QCOMPARE(model.periodEnd(), QDate(2025, 2, 28));
        near(model.data(model.index(0, 1)), 66, "authenticity in February");
    }

    void followsTheEngineOnTheWorkedExample()
    {
        const testing::CapitalFixture fixture;
        PillarModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(fixture.snapshot(testing::CapitalFixture::twoMonths({0})));
        model.setDepartments({0});
        near(model.data(model.index(0, 1)), 57.43, "authenticity");
        near(model.data(model.index(1, 1)), 67.86, "pride");
        near(model.data(model.index(2, 1)), 46.48, "attachment");
        near(model.data(model.index(3, 1)), 68.15, "fun");
        model.setPeriodEnd(QDate(2025, 2, 28));
        near(model.data(model.index(0, 1)), 0, "authenticity in February");
        near(model.data(model.index(2, 1)), (62.5 + 33.333) / 2, "attachment in February");
    }
};

QTEST_GUILESS_MAIN(TestPillarModel)
#include "tst_pillarmodel.moc"

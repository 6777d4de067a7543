#include "analytics/figureref.h"
#include "capitalfixture.h"
#include "items/capitalheatmapmodel.h"
#include "items/itemroles.h"
#include "items/tablecsv.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <cmath>

using namespace goodwill;
using namespace goodwill::analytics;
using items::CapitalHeatmapModel;

// CapitalHeatmapModel over hand-typed figures and over the worked example (capitalfixture.h).
class TestCapitalHeatmapModel : public QObject
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
        CapitalHeatmapModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(testing::handSnapshot());
        model.setShowSelection(false);
        model.setShowSelection(true);
        model.setSnapshot(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 1);
    }

    void departmentsByPeriodEnds()
    {
        CapitalHeatmapModel model;
        model.setSnapshot(testing::handSnapshot());
        // The organisation and four departments; the name column and three months.
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.periodCount(), 3);
        QCOMPARE(model.dateAt(1), QDate(2025, 1, 31));
        QCOMPARE(model.dateAt(3), QDate(2025, 3, 31));
        QVERIFY(!model.dateAt(0).isValid());
        QCOMPARE(model.columnOf(QDate(2025, 2, 28)), 2);
        QCOMPARE(model.columnOf(QDate(2025, 2, 27)), -1);
        QCOMPARE(model.departmentAt(0), -1);
        QCOMPARE(model.departmentAt(1), 0);
        QCOMPARE(model.rowOf(3), 4);
        QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("Organisation"));
        QCOMPARE(model.headerData(1, Qt::Vertical).toString(), QStringLiteral("Sales"));
        QCOMPARE(model.headerData(1, Qt::Vertical, items::SeriesRole).toInt(), 0);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Department"));
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Jan 25"));
        QCOMPARE(model.headerData(3, Qt::Horizontal, items::ValueRole).toDate(),
                 QDate(2025, 3, 31));
        QCOMPARE(model.data(model.index(1, 0)).toString(), QStringLiteral("Sales"));
        // Sales on 28 February: 65; the display is rounded.
        near(model.data(model.index(1, 2), items::ValueRole), 65, "Sales, February");
        QCOMPARE(model.data(model.index(1, 2)).toString(), QStringLiteral("65"));
        QVERIFY(model.data(model.index(1, 2), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("80% band 60.0–70.0")));
        const auto figure = model.data(model.index(1, 2), items::FigureRole).value<FigureRef>();
        QCOMPARE(figure.kind, FigureRef::Kind::Eci);
        QCOMPARE(figure.department, 0);
        QCOMPARE(figure.to, QDate(2025, 2, 28));
        // Ops had nothing to measure in February: an empty cell, not hidden.
        QVERIFY(!model.data(model.index(2, 2), items::ValueRole).isValid());
        QVERIFY(!model.data(model.index(2, 2), items::SuppressedRole).toBool());
        // Legal is hidden everywhere, and says why.
        for (int column = 1; column <= 3; ++column) {
            const QModelIndex legal = model.index(3, column);
            QVERIFY(model.data(legal, items::SuppressedRole).toBool());
            QVERIFY(!model.data(legal).isValid());
            QVERIFY(!model.data(legal, items::FigureRole).isValid());
            QVERIFY(model.data(legal, Qt::ToolTipRole)
                        .toString()
                        .contains(QStringLiteral("fewer than 5 staff")));
        }
        // Without the organisation row.
        model.setShowSelection(false);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.departmentAt(0), 0);
    }

    void exportsNamesAndNumbers()
    {
        CapitalHeatmapModel model;
        model.setSnapshot(testing::handSnapshot());
        const QList<QByteArray> lines = items::TableCsv::toCsv(model).split('\n');
        QCOMPARE(lines[0].trimmed(), QByteArray("Department,Jan 25,Feb 25,Mar 25"));
        QCOMPARE(lines[2].trimmed(), QByteArray("Sales,70,65,50"));
        QCOMPARE(lines[3].trimmed(), QByteArray("Ops,40,,45"));
        QCOMPARE(lines[4].trimmed(), QByteArray("Legal,,,"));
    }

    void periodLabelsFollowTheGranularity()
    {
        auto snapshot = std::make_shared<Snapshot>(*testing::handSnapshot());
        snapshot->filter.granularity = Granularity::Quarter;
        CapitalHeatmapModel model;
        model.setSnapshot(snapshot);
        QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("Q1 25"));
        snapshot = std::make_shared<Snapshot>(*snapshot);
        snapshot->filter.granularity = Granularity::Week;
        model.setSnapshot(snapshot);
        QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("31 Mar 25"));
    }

    void followsTheEngineOnTheWorkedExample()
    {
        const testing::CapitalFixture fixture;
        CapitalHeatmapModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(fixture.snapshot(testing::CapitalFixture::twoMonths({0})));
        QCOMPARE(model.rowCount(), 2); // the selection (Sales alone) and Sales
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("Selection"));
        near(model.data(model.index(1, 1), items::ValueRole), 11.98, "Sales, 28 February");
        near(model.data(model.index(1, 2), items::ValueRole), 59.44, "Sales, 28 March");
        QCOMPARE(model.data(model.index(1, 2)).toString(), QStringLiteral("59"));
        QCOMPARE(model.data(model.index(1, 1)).toString(), QStringLiteral("12"));
        // Everyone: Ops (two staff, under k = 3) hidden; Sales shown; the organisation
        // shown, leaving Ops out: it is then Sales alone, 11.98 and 59.44 as above.
        model.setSnapshot(fixture.snapshot(testing::CapitalFixture::twoMonths()));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!model.data(model.index(0, 2), items::SuppressedRole).toBool());
        near(model.data(model.index(0, 1), items::ValueRole), 11.98, "organisation, 28 February");
        near(model.data(model.index(0, 2), items::ValueRole), 59.44, "organisation, 28 March");
        QVERIFY(model.data(model.index(0, 2), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral(
                        "The organisation total leaves out Ops (fewer than 3 staff).")));
        QVERIFY(!model.data(model.index(1, 2), items::SuppressedRole).toBool());
        QVERIFY(!model.data(model.index(1, 2), Qt::ToolTipRole)
                     .toString()
                     .contains(QStringLiteral("leaves out")));
        QVERIFY(model.data(model.index(2, 2), items::SuppressedRole).toBool());
    }
};

QTEST_GUILESS_MAIN(TestCapitalHeatmapModel)
#include "tst_capitalheatmapmodel.moc"

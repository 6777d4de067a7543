// The dashboard's shared pieces: table CSV, panel exports, the chart views bound to item
// models, the filter bar's presets and memory, the session, and page switching.
#include "charts/barchartview.h"
#include "charts/trendchartview.h"
#include "dashboardsession.h"
#include "dashboardview.h"
#include "items/itemroles.h"
#include "items/tablecsv.h"
#include "mainwindow.h"
#include "state/appsettings.h"
#include "testdatabase.h"
#include "widgets/checklistbutton.h"
#include "widgets/filterbar.h"
#include "widgets/panel.h"

#include <QChart>
#include <QFile>
#include <QImage>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QSvgRenderer>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace goodwill;

namespace {

// Three monthly points of two series; the second has a gap in the middle.
QStandardItemModel *trendModel(QObject *parent)
{
    auto *model = new QStandardItemModel(3, 5, parent);
    model->setHorizontalHeaderLabels({QStringLiteral("Month"), QStringLiteral("Sales"),
                                      QStringLiteral("Ops"), QStringLiteral("Low"),
                                      QStringLiteral("High")});
    model->setHeaderData(1, Qt::Horizontal, 0, items::SeriesRole);
    const QDate months[] = {QDate(2025, 1, 31), QDate(2025, 2, 28), QDate(2025, 3, 31)};
    const double sales[] = {50, 55, 61.5};
    const QVariant ops[] = {40.0, QVariant(), 42.0};
    for (int row = 0; row < 3; ++row) {
        model->setData(model->index(row, 0), months[row]);
        model->setData(model->index(row, 1), sales[row]);
        model->setData(model->index(row, 2), ops[row]);
        model->setData(model->index(row, 3), sales[row] - 5);
        model->setData(model->index(row, 4), sales[row] + 5);
    }
    return model;
}

} // namespace

class TestDashboardShell : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_demo = testing::sharedDemo(); }

    void tableCsvQuotesAndKeepsRawNumbers()
    {
        QStandardItemModel model(2, 2);
        model.setHorizontalHeaderLabels({QStringLiteral("Name"), QStringLiteral("Rate")});
        model.setData(model.index(0, 0), QStringLiteral("Sales, \"North\""));
        model.setData(model.index(0, 1), QStringLiteral("33%"));
        model.setData(model.index(0, 1), 1.0 / 3, items::ValueRole);
        model.setData(model.index(1, 0), QStringLiteral("Tiny team"));
        model.setData(model.index(1, 1), QStringLiteral("—"));
        model.setData(model.index(1, 1), true, items::SuppressedRole);
        QCOMPARE(
            items::TableCsv::toCsv(model),
            QByteArray("Name,Rate\r\n\"Sales, \"\"North\"\"\",0.333333333333\r\nTiny team,\r\n"));
        QCOMPARE(items::TableCsv::toTsv(model),
                 QStringLiteral("Name\tRate\nSales, \"North\"\t0.333333333333\nTiny team\t\n"));
    }

    void trendChartFollowsTheModelWithGapsAndBands()
    {
        QWidget host;
        auto *model = trendModel(&host);
        auto *chart = new ui::TrendChartView(&host);
        chart->setModel(model);
        chart->setBand(1, 3, 4);
        QCOMPARE(chart->seriesCount(), 2);
        QCOMPARE(chart->pointCount(1), 3);
        QCOMPARE(chart->pointCount(2), 2);  // the gap is not drawn as zero
        QCOMPARE(chart->pointCount(3), -1); // band columns are no lines of their own
        // Sales: one line and one band; Ops: two segments around the gap.
        QCOMPARE(chart->chart()->series().size(), 4);
        model->setData(model->index(1, 2), 41.0);
        QCOMPARE(chart->pointCount(2), 3);
        QCOMPARE(chart->chart()->series().size(), 3);
        model->removeRow(0);
        QCOMPARE(chart->pointCount(1), 2);
    }

    void barChartFollowsTheModel()
    {
        QStandardItemModel model(2, 3);
        model.setHorizontalHeaderLabels(
            {QStringLiteral("Pillar"), QStringLiteral("Sales"), QStringLiteral("Ops")});
        model.setData(model.index(0, 0), QStringLiteral("Pride"));
        model.setData(model.index(1, 0), QStringLiteral("Fun"));
        ui::BarChartView chart(Qt::Horizontal);
        chart.setModel(&model);
        QCOMPARE(chart.setCount(), 2);
        QCOMPARE(chart.categoryCount(), 2);
        model.insertRow(2);
        QCOMPARE(chart.categoryCount(), 3);
    }

    void panelExportsPngSvgAndCsv()
    {
        QTemporaryDir dir;
        QWidget host;
        auto *chartPanel = new ui::Panel(QStringLiteral("Trend"), &host);
        auto *chart = new ui::TrendChartView;
        chart->setModel(trendModel(&host));
        chartPanel->setChart(chart);
        chartPanel->resize(480, 320);
        host.resize(500, 700);
        host.show();
        const QString png = dir.filePath(QStringLiteral("trend.png"));
        QCOMPARE(chartPanel->exportTo(png), QString());
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), chart->width() * 2); // twice the screen resolution
        const QString svg = dir.filePath(QStringLiteral("trend.svg"));
        QCOMPARE(chartPanel->exportTo(svg), QString());
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QVERIFY(QFile(svg).size() > 1000);

        auto *tablePanel = new ui::Panel(QStringLiteral("Table"), &host);
        auto *table = new QTableView;
        QStandardItemModel model(1, 1);
        model.setHorizontalHeaderLabels({QStringLiteral("A")});
        model.setData(model.index(0, 0), 7);
        table->setModel(&model);
        tablePanel->setTable(table);
        const QString csv = dir.filePath(QStringLiteral("table.csv"));
        QCOMPARE(tablePanel->exportTo(csv), QString());
        QCOMPARE(testing::fileBytes(csv), QByteArray("A\r\n7\r\n"));
        QVERIFY(!tablePanel->exportTo(QStringLiteral("/nonexistent/dir/x.csv")).isEmpty());

        tablePanel->setEmptyText(QStringLiteral("Nothing yet"));
        QVERIFY(tablePanel->isShowingEmpty());
        tablePanel->setEmptyText({});
        QVERIFY(!tablePanel->isShowingEmpty());
    }

    void sessionLoadsAndFollowsTheFilter()
    {
        QTemporaryDir dir;
        state::AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
        ui::DashboardSession session(settings);
        QSignalSpy data(&session, &ui::DashboardSession::dataChanged);
        session.load(m_demo);
        QTRY_VERIFY_WITH_TIMEOUT(session.snapshot() != nullptr, 120000);
        QCOMPARE(data.count(), 1);
        QVERIFY(!session.isBusy());
        const auto all = session.snapshot();
        QVERIFY(all->sources.isComplete());
        analytics::DashboardFilter filter;
        filter.granularity = analytics::Granularity::Quarter;
        filter.departments = {0};
        session.setFilter(filter);
        QVERIFY(session.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(session.snapshot() != all, 60000);
        QCOMPARE(session.snapshot()->filter, filter);
        // The selection (one department) and that department.
        QCOMPARE(session.snapshot()->capital.size(), size_t(2));
    }

    void filterBarPresetsCountBackFromTheLastDayAndAreRemembered()
    {
        QTemporaryDir dir;
        state::AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
        ui::DashboardSession session(settings);
        ui::FilterBar bar(session, settings);
        session.load(m_demo);
        QTRY_VERIFY_WITH_TIMEOUT(session.snapshot() != nullptr, 120000);
        const auto &data = *session.sources().dataset;
        const QDate last = data.lastDay();
        // Default: the last 12 months, monthly.
        QCOMPARE(session.filter().from, last.addMonths(-12).addDays(1));
        QCOMPARE(session.filter().to, last);
        bar.setPeriod(ui::FilterBar::Period::Last90Days);
        QCOMPARE(session.filter().from, last.addDays(-89));
        bar.setPeriod(ui::FilterBar::Period::YearToDate);
        QCOMPARE(session.filter().from, QDate(last.year(), 1, 1));
        bar.setPeriod(ui::FilterBar::Period::All);
        QVERIFY(!session.filter().from.isValid());
        bar.setCustomRange(QDate(2025, 3, 1), QDate(2025, 5, 31));
        QCOMPARE(session.filter().from, QDate(2025, 3, 1));
        QCOMPARE(session.filter().to, QDate(2025, 5, 31));
        bar.setGranularity(analytics::Granularity::Week);
        const QString second = data.departments()[1];
        bar.setDepartments({second});
        QCOMPARE(session.filter().departments, std::vector<std::int32_t>{1});

        // A new window on the same settings starts where this one stopped.
        ui::DashboardSession again(settings);
        ui::FilterBar restored(again, settings);
        again.load(m_demo);
        QTRY_VERIFY_WITH_TIMEOUT(again.snapshot() != nullptr, 120000);
        QCOMPARE(restored.period(), ui::FilterBar::Period::Custom);
        QCOMPARE(again.filter().from, QDate(2025, 3, 1));
        QCOMPARE(again.filter().granularity, analytics::Granularity::Week);
        QCOMPARE(restored.departmentButton()->chosen(), QStringList{second});
        QCOMPARE(again.snapshot()->filter, again.filter());
    }

    void pagesSwitchWithShortcutsAndAreRemembered()
    {
        QTemporaryDir dir;
        state::AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
        {
            ui::MainWindow window(settings);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QSignalSpy ready(&window, &ui::MainWindow::dashboardReady);
            window.openDatabase(m_demo);
            QVERIFY(ready.wait(120000));
            QVERIFY(window.isShowingDashboard());
            ui::DashboardView *dashboard = window.dashboard();
            QVERIFY(dashboard->pageKeys().size() >= 1);
            const QStringList keys = dashboard->pageKeys();
            const QString lastKey = keys.back();
            QTest::keyClick(&window, Qt::Key(Qt::Key_0 + keys.size()), Qt::ControlModifier);
            QCOMPARE(dashboard->currentPageKey(), lastKey);
            QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
            QCOMPARE(dashboard->currentPageKey(), keys.front());
            dashboard->showPage(lastKey);
        }
        ui::MainWindow again(settings);
        QCOMPARE(again.dashboard()->currentPageKey(), again.dashboard()->pageKeys().back());
    }

private:
    QString m_demo;
};

QTEST_MAIN(TestDashboardShell)
#include "tst_dashboardshell.moc"

#include "analytics/figureref.h"
#include "charts/barchartview.h"
#include "charts/trendchartview.h"
#include "dashboardsession.h"
#include "items/capitalheatmapmodel.h"
#include "items/capitallabels.h"
#include "items/capitaltrendmodel.h"
#include "items/itemroles.h"
#include "items/pillarmodel.h"
#include "items/signaltablemodel.h"
#include "pages/departmentspage.h"
#include "palettes.h"
#include "state/appsettings.h"
#include "testdatabase.h"
#include "widgets/heatmapdelegate.h"
#include "widgets/heatmapview.h"
#include "widgets/panel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace goodwill;
using analytics::FigureRef;
using analytics::Granularity;

// The Departments page on the demo organisation (docs/demo.md): 14 departments, Customer
// Support's capital falls after the reorganisation of January 2026.
class TestDepartmentsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<state::AppSettings> m_settings;
    std::unique_ptr<ui::DashboardSession> m_session;
    std::unique_ptr<ui::DepartmentsPage> m_page;

    std::int32_t departmentNamed(const QString &name) const
    {
        for (const analytics::DepartmentCapital &c : m_session->snapshot()->capital) {
            if (c.name == name)
                return c.department;
        }
        return -2;
    }
    // Sets the filter and waits for its figures.
    bool apply(const analytics::DashboardFilter &filter)
    {
        m_session->setFilter(filter);
        return QTest::qWaitFor(
            [&] {
                const auto snapshot = m_session->snapshot();
                return snapshot && snapshot->filter == filter && !m_session->isBusy();
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
        // The page exists before the data: it says so, then fills.
        m_page = std::make_unique<ui::DepartmentsPage>(*m_session);
        m_page->resize(1400, 1300);
        m_page->show();
        QVERIFY(m_page->heatmapPanel()->isShowingEmpty());
        QVERIFY(m_page->heatmapPanel()->emptyText().contains(QStringLiteral("Import")));
        m_session->load(demo);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->snapshot() != nullptr, 60000);
        // A whole year, month by month, everyone.
        analytics::DashboardFilter filter;
        filter.from = QDate(2025, 11, 1);
        filter.to = QDate(2026, 10, 31);
        QVERIFY(apply(filter));
    }

    void modelsFillFromTheSnapshot()
    {
        QAbstractItemModelTester heatmapTester(
            m_page->heatmapModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester trendTester(
            m_page->trendModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto snapshot = m_session->snapshot();
        // The organisation and 14 departments, by 12 month ends.
        QCOMPARE(int(snapshot->capital.size()), 15);
        QCOMPARE(m_page->heatmapModel()->rowCount(), 15);
        QCOMPARE(m_page->heatmapModel()->columnCount(), 1 + 12);
        QCOMPARE(m_page->heatmapModel()->dateAt(12), QDate(2026, 10, 31));
        QVERIFY(!m_page->heatmapPanel()->isShowingEmpty());
        QVERIFY(m_page->heatmapView()->isColumnHidden(0));
        // Every department is large enough to show: a value in each cell.
        for (int row = 0; row < 15; ++row) {
            QVERIFY(!m_page->heatmapModel()->index(row, 12).data(items::SuppressedRole).toBool());
        }
        // The trend: the organisation and the two departments that fell most, with bands.
        const std::vector<std::int32_t> compared = m_page->comparedDepartments();
        QCOMPARE(compared.size(), size_t(3));
        QCOMPARE(compared.front(), -1);
        QCOMPARE(m_page->trendModel()->seriesCount(), 3);
        QCOMPARE(m_page->trendModel()->columnCount(), 1 + 3 * 3);
        QCOMPARE(m_page->trendChart()->seriesCount(), 3);
        QCOMPARE(m_page->trendChart()->pointCount(m_page->trendModel()->valueColumn(-1)), 12);
        // The chosen department at the last period end: pillars and signals.
        QCOMPARE(m_page->chosenPeriod(), QDate(2026, 10, 31));
        // The department chosen first is the one that fell most.
        QCOMPARE(m_page->chosenDepartment(),
                 items::CapitalTrendModel::defaultSeries(*snapshot, 1).at(1));
        QVERIFY(std::find(compared.begin(), compared.end(), m_page->chosenDepartment()) !=
                compared.end());
        QCOMPARE(m_page->signalModel()->rowCount(), 13);
        QCOMPARE(m_page->pillarModel()->rowCount(), 4);
        QCOMPARE(m_page->pillarModel()->columnCount(), 3); // the department and the whole
        QCOMPARE(m_page->pillarChart()->categoryCount(), 4);
        QVERIFY(!m_page->signalPanel()->isShowingEmpty());
        QVERIFY(!m_page->pillarPanel()->isShowingEmpty());
        // The Executive Office (about 7 staff, docs/demo.md) is shown, but its tone comes
        // from 9 writers, under k_text = 10: the total's tone leaves it out, and the note
        // under the heatmap and the total's cells say so (docs/model.md section 5).
        const QString note = QStringLiteral("The organisation total's tone leaves out Executive "
                                            "Office (fewer than 10 authors).");
        QCOMPARE(m_page->leftOutNote()->text(), note);
        QVERIFY(!m_page->leftOutNote()->isHidden());
        QVERIFY(
            m_page->heatmapModel()->index(0, 12).data(Qt::ToolTipRole).toString().contains(note));
        QVERIFY(!m_page->heatmapModel()
                     ->index(1, 12)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .contains(QStringLiteral("leaves out")));
        // The chosen cell is the heatmap's current one.
        const QModelIndex current = m_page->heatmapView()->currentIndex();
        QCOMPARE(m_page->heatmapModel()->departmentAt(current.row()), m_page->chosenDepartment());
        QCOMPARE(m_page->heatmapModel()->dateAt(current.column()), QDate(2026, 10, 31));
    }

    void tickingADepartmentDrawsItsTrend()
    {
        const std::int32_t legal = departmentNamed(QStringLiteral("Legal"));
        QVERIFY(legal >= 0);
        QStandardItemModel *list = m_page->compareModel();
        QCOMPARE(list->rowCount(), 15);
        for (int row = 0; row < list->rowCount(); ++row) {
            if (list->item(row)->text() == QStringLiteral("Legal"))
                list->item(row)->setCheckState(Qt::Checked);
        }
        QCOMPARE(m_page->comparedDepartments().size(), size_t(4));
        QVERIFY(m_page->trendModel()->valueColumn(legal) > 0);
        QCOMPARE(m_page->trendChart()->seriesCount(), 4);
        // Nothing ticked: an empty state that says what to do.
        m_page->setComparedDepartments({});
        QCOMPARE(m_page->trendModel()->seriesCount(), 0);
        QVERIFY(m_page->trendPanel()->isShowingEmpty());
        QVERIFY(m_page->trendPanel()->emptyText().contains(QStringLiteral("Tick")));
        m_page->setComparedDepartments({-1, legal});
        QVERIFY(!m_page->trendPanel()->isShowingEmpty());
        QCOMPARE(m_page->trendChart()->seriesCount(), 2);
    }

    void clickingACellShowsItsSignals()
    {
        const std::int32_t support = departmentNamed(QStringLiteral("Customer Support"));
        QVERIFY(support >= 0);
        ui::HeatmapView *heatmap = m_page->heatmapView();
        const int row = m_page->heatmapModel()->rowOf(support);
        const int column = m_page->heatmapModel()->columnOf(QDate(2026, 3, 31));
        QVERIFY(row >= 0 && column > 0);
        const QModelIndex cell = m_page->heatmapModel()->index(row, column);
        heatmap->scrollTo(cell);
        QTest::mouseClick(heatmap->viewport(), Qt::LeftButton, {},
                          heatmap->visualRect(cell).center());
        QCOMPARE(m_page->chosenDepartment(), support);
        QCOMPARE(m_page->chosenPeriod(), QDate(2026, 3, 31));
        QCOMPARE(m_page->signalModel()->department(), support);
        QCOMPARE(m_page->signalModel()->periodEnd(), QDate(2026, 3, 31));
        QVERIFY(m_page->signalPanel()->title().contains(QStringLiteral("Customer Support")));
        // The table shows the engine's figures for that department and day.
        const analytics::CapitalPoint *point = m_page->signalModel()->point();
        QVERIFY(point && point->end == QDate(2026, 3, 31));
        const analytics::SignalValue *t1 = point->signal(QStringLiteral("T1"));
        QVERIFY(t1 && t1->raw);
        QTableView *table = m_page->signalTable();
        bool found = false;
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (!table->model()->index(r, 0).data().toString().startsWith(QStringLiteral("T1")))
                continue;
            found = true;
            QCOMPARE(table->model()->index(r, items::SignalTableModel::Raw).data().toString(),
                     items::CapitalLabels::formatRaw(QStringLiteral("T1"), *t1->raw));
        }
        QVERIFY(found);
        QCOMPARE(m_page->pillarModel()->periodEnd(), QDate(2026, 3, 31));
        QCOMPARE(m_page->pillarModel()->departmentOfColumn(1), support);

        // Enter on the cell opens how its ECI was computed; so does Enter on a signal.
        QSignalSpy opened(m_session.get(), &ui::DashboardSession::figureRequested);
        heatmap->setFocus();
        QTest::keyClick(heatmap, Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        auto figure = opened.takeFirst().at(0).value<FigureRef>();
        QCOMPARE(figure.kind, FigureRef::Kind::Eci);
        QCOMPARE(figure.department, support);
        QCOMPARE(figure.to, QDate(2026, 3, 31));
        table->setCurrentIndex(table->model()->index(0, items::SignalTableModel::Raw));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        figure = opened.takeFirst().at(0).value<FigureRef>();
        QCOMPARE(figure.kind, FigureRef::Kind::Signal);
        QCOMPARE(figure.figure, QStringLiteral("A1"));
        QCOMPARE(figure.department, support);

        // Arrow keys move the choice too.
        QTest::keyClick(heatmap, Qt::Key_Left);
        QCOMPARE(m_page->chosenPeriod(), QDate(2026, 2, 28));
        QCOMPARE(m_page->signalModel()->periodEnd(), QDate(2026, 2, 28));
    }

    void quartersChangeTheColumns()
    {
        const std::int32_t support = departmentNamed(QStringLiteral("Customer Support"));
        m_page->choose(support, QDate(2026, 3, 31));
        analytics::DashboardFilter filter = m_session->filter();
        filter.granularity = Granularity::Quarter;
        QVERIFY(apply(filter));
        // November 2025 to October 2026: Dec 25, Mar, Jun, Sep 26 and 31 October.
        QCOMPARE(m_page->heatmapModel()->columnCount(), 1 + 5);
        QCOMPARE(m_page->heatmapModel()->headerData(2, Qt::Horizontal).toString(),
                 items::CapitalLabels::periodLabel(QDate(2026, 3, 31), Granularity::Quarter));
        QCOMPARE(m_page->trendModel()->rowCount(), 5);
        // The choice survives: 31 March is a quarter end too.
        QCOMPARE(m_page->chosenDepartment(), support);
        QCOMPARE(m_page->chosenPeriod(), QDate(2026, 3, 31));
        QCOMPARE(m_page->signalModel()->periodEnd(), QDate(2026, 3, 31));
        filter.granularity = Granularity::Month;
        QVERIFY(apply(filter));
        QCOMPARE(m_page->heatmapModel()->columnCount(), 1 + 12);
    }

    void aDepartmentSubsetChangesTheRows()
    {
        const std::int32_t support = departmentNamed(QStringLiteral("Customer Support"));
        const std::int32_t sales = departmentNamed(QStringLiteral("Sales"));
        const std::int32_t legal = departmentNamed(QStringLiteral("Legal"));
        analytics::DashboardFilter filter = m_session->filter();
        filter.departments = {support, sales};
        QVERIFY(apply(filter));
        QCOMPARE(m_page->heatmapModel()->rowCount(), 3); // the selection, then the two
        QCOMPARE(m_page->heatmapModel()->headerData(0, Qt::Vertical).toString(),
                 QStringLiteral("Selection"));
        QCOMPARE(m_page->heatmapModel()->departmentAt(1), support); // in the filter's order
        QCOMPARE(m_page->heatmapModel()->departmentAt(2), sales);
        QCOMPARE(m_page->compareModel()->rowCount(), 3);
        // Legal was compared and is gone; the selection stays.
        const std::vector<std::int32_t> compared = m_page->comparedDepartments();
        QVERIFY(std::find(compared.begin(), compared.end(), legal) == compared.end());
        QVERIFY(m_page->trendModel()->valueColumn(-1) > 0);
        QCOMPARE(m_page->trendModel()
                     ->headerData(m_page->trendModel()->valueColumn(-1), Qt::Horizontal)
                     .toString(),
                 QStringLiteral("Selection"));
        filter.departments.clear();
        QVERIFY(apply(filter));
        QCOMPARE(m_page->heatmapModel()->rowCount(), 15);
        // With everyone back, so is the user's choice.
        QCOMPARE(m_page->comparedDepartments(), (std::vector<std::int32_t>{-1, legal}));
        // A subset without Legal: of what was chosen, the selection is left.
        filter.departments = {support};
        QVERIFY(apply(filter));
        QCOMPARE(m_page->comparedDepartments(), (std::vector<std::int32_t>{-1}));
        QCOMPARE(m_page->trendModel()->seriesCount(), 1);
        filter.departments.clear();
        QVERIFY(apply(filter));
        QCOMPARE(m_page->comparedDepartments(), (std::vector<std::int32_t>{-1, legal}));
    }

    void panelsExport()
    {
        const QString csv = m_dir.filePath(QStringLiteral("heatmap.csv"));
        QCOMPARE(m_page->heatmapPanel()->exportTo(csv), QString());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QVERIFY(lines[0].startsWith("Department,"));
        QCOMPARE(lines[0].count(','), 12);
        QVERIFY2(lines[1].startsWith("Organisation,"), lines[1].constData());
        const QString signalsCsv = m_dir.filePath(QStringLiteral("signals.csv"));
        QCOMPARE(m_page->signalPanel()->exportTo(signalsCsv), QString());
        QCOMPARE(testing::fileBytes(signalsCsv).count('\n'), 14); // header and 13 signals
        const QString png = m_dir.filePath(QStringLiteral("trend.png"));
        QCOMPARE(m_page->trendPanel()->exportTo(png), QString());
        QVERIFY(!QImage(png).isNull());
        const QString svg = m_dir.filePath(QStringLiteral("pillars.svg"));
        QCOMPARE(m_page->pillarPanel()->exportTo(svg), QString());
        QVERIFY(testing::fileBytes(svg).contains("<svg"));
    }

    void coloursReadOnLightAndDark()
    {
        const QPalette light = ui::lightPalette();
        const QPalette dark = ui::darkPalette();
        for (const QPalette &palette : {light, dark}) {
            // Low and high ends differ clearly from each other and from the middle.
            const QColor low = ui::HeatmapDelegate::colorFor(0, palette);
            const QColor mid = ui::HeatmapDelegate::colorFor(50, palette);
            const QColor high = ui::HeatmapDelegate::colorFor(100, palette);
            QVERIFY(low.hue() != high.hue());
            QVERIFY(std::abs(low.lightness() - mid.lightness()) > 40 ||
                    std::abs(low.saturation() - mid.saturation()) > 80);
            // Text on every step has a contrast ratio of at least 4.5 (WCAG AA).
            for (int v = 0; v <= 100; v += 5) {
                const QColor back = ui::HeatmapDelegate::colorFor(v, palette);
                const QColor text = ui::HeatmapDelegate::textColorOn(back);
                const auto lum = [](const QColor &c) {
                    const auto ch = [](double x) {
                        return x <= 0.03928 ? x / 12.92 : std::pow((x + 0.055) / 1.055, 2.4);
                    };
                    return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF());
                };
                const double a = lum(back) + 0.05, b = lum(text) + 0.05;
                QVERIFY2(std::max(a, b) / std::min(a, b) >= 4.5, qPrintable(QString::number(v)));
            }
        }
        // The middle of the dark scale is dark, of the light scale light.
        QVERIFY(ui::HeatmapDelegate::colorFor(50, dark).lightness() < 100);
        QVERIFY(ui::HeatmapDelegate::colorFor(50, light).lightness() > 200);
        // The page paints in both palettes (GOODWILL_SHOT_DIR keeps the images, to look at).
        const QString shots = qEnvironmentVariable("GOODWILL_SHOT_DIR");
        for (const auto &[name, palette] : {std::pair{"light", light}, std::pair{"dark", dark}}) {
            m_page->setPalette(palette);
            QTest::qWait(100); // the charts lay out on the event loop
            const QPixmap image = m_page->grab();
            QVERIFY(!image.isNull());
            if (!shots.isEmpty())
                QVERIFY(image.save(
                    QStringLiteral("%1/departments-%2.png").arg(shots, QLatin1StringView(name))));
        }
        m_page->setPalette(light);
    }
};

QTEST_MAIN(TestDepartmentsPage)
#include "tst_departmentspage.moc"

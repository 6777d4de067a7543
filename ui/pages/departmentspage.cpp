#include "departmentspage.h"

#include "charts/barchartview.h"
#include "charts/trendchartview.h"
#include "dashboardsession.h"
#include "items/capitalheatmapmodel.h"
#include "items/capitallabels.h"
#include "items/capitaltrendmodel.h"
#include "items/pillarmodel.h"
#include "items/seriescolors.h"
#include "items/signaltablemodel.h"
#include "widgets/figuretable.h"
#include "widgets/heatmaplegend.h"
#include "widgets/heatmapview.h"
#include "widgets/panel.h"
#include "widgets/scrollingcontent.h"

#include <QBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QScrollArea>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>

#include <algorithm>

namespace goodwill::ui {
namespace {

constexpr int departmentRole = Qt::UserRole + 1;

} // namespace

DepartmentsPage::DepartmentsPage(DashboardSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_heatmapModel(new items::CapitalHeatmapModel(this)),
      m_trendModel(new items::CapitalTrendModel(this)), m_pillarModel(new items::PillarModel(this)),
      m_signalModel(new items::SignalTableModel(this)),
      m_signalProxy(makeSortProxy(m_signalModel, this)),
      m_compareModel(new QStandardItemModel(this))
{
    setAccessibleName(tr("Departments"));
    m_trendModel->setShowBands(true);

    // The heatmap, with its colour key under it.
    m_heatmap = new HeatmapView(this);
    m_heatmap->setModel(m_heatmapModel);
    m_heatmap->setAccessibleName(tr("ECI by department and period"));
    m_heatmapPanel = new Panel(tr("Emotional capital by department"), this);
    m_heatmapPanel->setTable(m_heatmap);
    auto *legend = new HeatmapLegend(m_heatmapPanel);
    legend->setTitle(tr("ECI"));
    m_leftOutNote = new QLabel(m_heatmapPanel);
    m_leftOutNote->setWordWrap(true);
    m_leftOutNote->setForegroundRole(QPalette::PlaceholderText);
    m_leftOutNote->setAccessibleName(tr("What the total leaves out"));
    m_leftOutNote->hide();
    if (auto *box = qobject_cast<QBoxLayout *>(m_heatmapPanel->layout())) {
        box->addWidget(legend, 0, Qt::AlignLeft);
        box->addWidget(m_leftOutNote);
    }

    // The trend of the departments ticked in the list beside it.
    m_trend = new TrendChartView(this);
    m_trend->setModel(m_trendModel);
    m_trend->setValueRange(0, 100);
    m_trend->setValueTitle(tr("ECI (0–100)"));
    m_trend->setAccessibleName(tr("ECI trend of the compared departments"));
    m_trendPanel = new Panel(tr("ECI trend"), this);
    m_trendPanel->setSubtitle(tr("The ECI at each period end, the shaded band its 80% range. "
                                 "Double-click a point to see how it was computed."));
    m_trendPanel->setChart(m_trend);

    // The chosen department's pillars (beside the organisation's) and signals.
    m_pillars = new BarChartView(Qt::Vertical, this);
    m_pillars->setModel(m_pillarModel);
    m_pillars->setValueRange(0, 100);
    m_pillars->setValueTitle(tr("Score (0–100)"));
    m_pillarPanel = new Panel(tr("Pillars"), this);
    m_pillarPanel->setSubtitle(tr("Pillar scores of the chosen department beside the whole; "
                                  "hover a bar for its 80% band."));
    m_pillarPanel->setChart(m_pillars);

    m_signals = makeFigureTable(this, tr("Signals of the chosen department"), m_signalProxy,
                                {.highlightHeader = true});
    m_signals->setSelectionMode(QAbstractItemView::SingleSelection);
    m_signals->sortByColumn(0, Qt::AscendingOrder);
    m_signals->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_signals->horizontalHeader()->setSectionResizeMode(items::SignalTableModel::Signal,
                                                        QHeaderView::Stretch);
    m_signalPanel = new Panel(tr("Signals"), this);
    m_signalPanel->setSubtitle(tr("Each signal over the trailing window: the raw value, its "
                                  "score between floor and target, the 80% band and what it "
                                  "was computed over. Thin signals are left out of their "
                                  "pillar."));
    m_signalPanel->setTable(m_signals);

    // Layout: a scrolling column of panels.
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(12, 8, 12, 12);
    column->setSpacing(10);
    m_busy = new QLabel(tr("Updating figures…"), content);
    m_busy->setForegroundRole(QPalette::PlaceholderText);
    m_busy->setAccessibleName(tr("Updating figures"));
    m_busy->setVisible(m_session.isBusy());
    column->addWidget(m_busy, 0, Qt::AlignRight);
    column->addWidget(m_heatmapPanel, 3);
    auto *trendRow = new QHBoxLayout;
    trendRow->setSpacing(10);
    trendRow->addWidget(m_trendPanel, 4);
    trendRow->addWidget(makeComparePanel(), 1);
    column->addLayout(trendRow, 3);
    auto *detailRow = new QHBoxLayout;
    detailRow->setSpacing(10);
    detailRow->addWidget(m_pillarPanel, 2);
    detailRow->addWidget(m_signalPanel, 3);
    column->addLayout(detailRow, 3);
    m_heatmapPanel->setMinimumHeight(220);
    m_trendPanel->setMinimumHeight(300);
    m_pillarPanel->setMinimumHeight(340);
    m_signalPanel->setMinimumHeight(340);
    setScrollingContent(this, content);

    // Choosing and opening.
    connect(m_heatmap, &HeatmapView::cellChosen, this, [this](int row, int column) {
        choose(m_heatmapModel->departmentAt(row), m_heatmapModel->dateAt(column));
    });
    connect(m_heatmap, &HeatmapView::figureActivated, &m_session, &DashboardSession::openFigure);
    connect(m_trend, &TrendChartView::pointActivated, this, [this](int row, int column) {
        openFigureAt(m_session, m_trendModel->index(row, column));
    });
    connect(m_pillars, &BarChartView::barActivated, this, [this](int row, int column) {
        openFigureAt(m_session, m_pillarModel->index(row, column));
    });
    openFiguresOnActivate(m_signals, m_session);
    connect(m_compareModel, &QStandardItemModel::itemChanged, this, [this](QStandardItem *item) {
        if (m_rebuildingList)
            return;
        // The user's choice is kept apart from what is shown, so that a department hidden
        // by a filter for a while comes back when the filter does.
        const std::int32_t department = item->data(departmentRole).toInt();
        std::erase(m_wanted, department);
        if (item->checkState() == Qt::Checked)
            m_wanted.push_back(department);
        m_userCompared = true;
        compareChanged();
    });

    // Following the session.
    connect(&m_session, &DashboardSession::snapshotChanged, this, &DepartmentsPage::showSnapshot);
    connect(&m_session, &DashboardSession::dataChanged, this, [this] {
        // Another database: its departments are not these.
        m_hasChoice = false;
        m_userCompared = false;
        m_wanted.clear();
        updateEmptyStates();
    });
    connect(&m_session, &DashboardSession::busyChanged, m_busy, &QWidget::setVisible);
    connect(&m_session, &DashboardSession::loadFailed, this, &DepartmentsPage::updateEmptyStates);
    showSnapshot();
}

DepartmentsPage::~DepartmentsPage() = default;

QWidget *DepartmentsPage::makeComparePanel()
{
    m_compareModel->setHorizontalHeaderLabels({tr("Department")});
    m_compareList = new QListView(this);
    m_compareList->setModel(m_compareModel);
    m_compareList->setAccessibleName(tr("Departments to compare"));
    m_compareList->setToolTip(tr("Tick the departments whose trend to draw"));
    m_compareList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_compareList->setUniformItemSizes(true);
    auto *panel = new Panel(tr("Compare"), this);
    panel->setSubtitle(tr("Tick to draw"));
    panel->setTable(m_compareList);
    panel->setMinimumWidth(170);
    return panel;
}

void DepartmentsPage::showSnapshot()
{
    const auto snapshot = m_session.snapshot();
    m_heatmapModel->setSnapshot(snapshot);
    m_trendModel->setSnapshot(snapshot);
    m_pillarModel->setSnapshot(snapshot);
    m_signalModel->setSnapshot(snapshot);
    rebuildCompareList();
    // The total (the heatmap's first row) leaves the hidden departments out: say which.
    const QString leftOut =
        snapshot ? items::CapitalLabels::leftOutDescription(*snapshot) : QString();
    m_leftOutNote->setText(leftOut);
    m_leftOutNote->setVisible(!leftOut.isEmpty());
    if (snapshot && !snapshot->capital.empty()) {
        const auto &capital = snapshot->capital;
        const bool present = std::any_of(capital.begin(), capital.end(), [&](const auto &c) {
            return c.department == m_department;
        });
        if (!m_hasChoice || !present) {
            const auto defaults = items::CapitalTrendModel::defaultSeries(*snapshot, 1);
            m_department = defaults.size() > 1 ? defaults[1] : -1;
        }
        if (!m_hasChoice || m_heatmapModel->columnOf(m_period) < 0)
            m_period = capital.front().latest().end;
        const int window = snapshot->sources.settings ? snapshot->sources.settings->windowDays
                                                      : analytics::ModelSettings().windowDays;
        m_heatmapPanel->setSubtitle(
            tr("The emotional-capital index (0–100) of each department at each period end, "
               "over the trailing %1 days; hatched cells are hidden because too few staff "
               "were in the department. Click a cell to show its pillars and signals below; "
               "double-click it (or press Enter) to see how it was computed.")
                .arg(window));
        // Tall enough for every row up to about sixteen, then it scrolls.
        const int rows = m_heatmapModel->rowCount();
        const int rowHeight = m_heatmap->verticalHeader()->defaultSectionSize();
        const int wanted = m_heatmap->horizontalHeader()->sizeHint().height() +
                           std::min(rows, 16) * rowHeight + 2 * m_heatmap->frameWidth() +
                           m_heatmap->horizontalScrollBar()->sizeHint().height();
        m_heatmap->setMinimumHeight(std::max(120, wanted));
    }
    showChoice();
}

void DepartmentsPage::rebuildCompareList()
{
    const auto snapshot = m_session.snapshot();
    std::vector<std::int32_t> wanted;
    if (snapshot) {
        const bool anyLeft = std::any_of(m_wanted.begin(), m_wanted.end(), [&](std::int32_t d) {
            return std::any_of(snapshot->capital.begin(), snapshot->capital.end(),
                               [&](const auto &c) { return c.department == d; });
        });
        // Nothing the user chose is in these figures: the default, until they choose again.
        wanted = m_userCompared && anyLeft ? m_wanted
                                           : items::CapitalTrendModel::defaultSeries(*snapshot);
    }
    m_rebuildingList = true;
    m_compareModel->removeRows(0, m_compareModel->rowCount());
    if (snapshot) {
        for (const analytics::DepartmentCapital &capital : snapshot->capital) {
            auto *item = new QStandardItem(items::CapitalLabels::seriesName(*snapshot, capital));
            item->setCheckable(true);
            item->setEditable(false);
            item->setCheckState(std::find(wanted.begin(), wanted.end(), capital.department) !=
                                        wanted.end()
                                    ? Qt::Checked
                                    : Qt::Unchecked);
            item->setData(items::seriesColor(capital.department), Qt::DecorationRole);
            item->setData(capital.department, departmentRole);
            m_compareModel->appendRow(item);
        }
    }
    m_rebuildingList = false;
    compareChanged();
}

void DepartmentsPage::compareChanged()
{
    m_compared.clear();
    for (int row = 0; row < m_compareModel->rowCount(); ++row) {
        const QStandardItem *item = m_compareModel->item(row);
        if (item->checkState() == Qt::Checked)
            m_compared.push_back(item->data(departmentRole).toInt());
    }
    m_trendModel->setSeries(m_compared);
    declareBands();
    updateEmptyStates();
}

std::vector<std::int32_t> DepartmentsPage::comparedDepartments() const
{
    return m_compared;
}

void DepartmentsPage::setComparedDepartments(const std::vector<std::int32_t> &departments)
{
    m_rebuildingList = true;
    for (int row = 0; row < m_compareModel->rowCount(); ++row) {
        QStandardItem *item = m_compareModel->item(row);
        const bool on = std::find(departments.begin(), departments.end(),
                                  item->data(departmentRole).toInt()) != departments.end();
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    m_rebuildingList = false;
    m_wanted = departments;
    m_userCompared = true;
    compareChanged();
}

void DepartmentsPage::declareBands()
{
    // Every series is followed by its band's low and high columns (CapitalTrendModel with
    // bands shown), so the declarations hold whatever the series are.
    for (std::int32_t department : m_compared) {
        const int value = m_trendModel->valueColumn(department);
        if (value > 0)
            m_trend->setBand(value, m_trendModel->lowColumn(department),
                             m_trendModel->highColumn(department));
    }
}

void DepartmentsPage::choose(std::int32_t department, QDate periodEnd)
{
    m_department = department;
    m_period = periodEnd;
    m_hasChoice = true;
    showChoice();
}

void DepartmentsPage::showChoice()
{
    m_signalModel->setDepartment(m_department);
    m_signalModel->setPeriodEnd(m_period);
    std::vector<std::int32_t> pillarDepartments{m_department};
    if (m_department >= 0)
        pillarDepartments.push_back(-1);
    m_pillarModel->setDepartments(pillarDepartments);
    m_pillarModel->setPeriodEnd(m_period);
    const QString shown = m_signalModel->description();
    m_pillarPanel->setTitle(shown.isEmpty() ? tr("Pillars") : tr("Pillars: %1").arg(shown));
    m_signalPanel->setTitle(shown.isEmpty() ? tr("Signals") : tr("Signals: %1").arg(shown));
    const int row = m_heatmapModel->rowOf(m_department);
    const int column = m_heatmapModel->columnOf(m_period);
    if (row >= 0 && column > 0)
        m_heatmap->selectCell(row, column);
    updateEmptyStates();
}

void DepartmentsPage::updateEmptyStates()
{
    const auto snapshot = m_session.snapshot();
    QString none;
    if (!snapshot) {
        none = m_session.hasData() || m_session.isBusy()
                   ? tr("Computing the figures…")
                   : tr("No data yet. Import an export with File > Import…, or open the demo "
                        "organisation with File > Open the Demo Organisation.");
    } else if (m_heatmapModel->periodCount() == 0) {
        none = tr("No figures for the chosen dates. Widen the date range in the filter bar.");
    } else if (std::none_of(snapshot->capital.begin(), snapshot->capital.end(),
                            [](const auto &c) { return c.department >= 0; })) {
        none = tr("No departments in this database. Import a roster CSV (File > Import…) so "
                  "that people belong to departments.");
    }
    if (!none.isEmpty()) {
        for (Panel *panel : {m_heatmapPanel, m_trendPanel, m_pillarPanel, m_signalPanel})
            panel->setEmptyText(none);
        return;
    }
    m_heatmapPanel->setEmptyText({});
    m_trendPanel->setEmptyText(
        m_trendModel->seriesCount() == 0
            ? tr("Nothing ticked. Tick the organisation or a department under Compare to "
                 "draw its trend.")
            : QString());
    const analytics::CapitalPoint *point = m_signalModel->point();
    QString hidden;
    if (!point)
        hidden = tr("Click a cell of the heatmap to show that department's figures here.");
    else if (point->suppressed)
        hidden = tr("%1 is hidden: %2. Click another cell of the heatmap.")
                     .arg(m_signalModel->description(), point->suppressedReason);
    m_pillarPanel->setEmptyText(hidden);
    m_signalPanel->setEmptyText(hidden);
}

} // namespace goodwill::ui

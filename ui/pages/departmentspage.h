#pragma once

#include <QDate>
#include <QWidget>

#include <cstdint>
#include <vector>

class QCheckBox;
class QLabel;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace goodwill::items {
class CapitalHeatmapModel;
class CapitalTrendModel;
class PillarModel;
class SignalTableModel;
} // namespace goodwill::items

namespace goodwill::ui {

class BarChartView;
class DashboardSession;
class HeatmapView;
class Panel;
class TrendChartView;

// Department emotional capital: a heatmap of the ECI (departments × period ends); the trend
// of the departments ticked in a list, with 80% bands (by default the organisation and the
// two departments that fell most); the pillars and the thirteen signals of one department
// at one period end, chosen by clicking a heatmap cell. Everything follows the session's
// snapshot; double-click or Enter on any number opens how it was computed.
class DepartmentsPage : public QWidget
{
    Q_OBJECT

public:
    explicit DepartmentsPage(DashboardSession &session, QWidget *parent = nullptr);
    ~DepartmentsPage() override;

    // The department (-1: the organisation or selection) and period end the pillars and
    // signals show.
    std::int32_t chosenDepartment() const { return m_department; }
    QDate chosenPeriod() const { return m_period; }
    void choose(std::int32_t department, QDate periodEnd);
    // The departments whose trend is drawn, in list order.
    std::vector<std::int32_t> comparedDepartments() const;
    void setComparedDepartments(const std::vector<std::int32_t> &departments);

    items::CapitalHeatmapModel *heatmapModel() const { return m_heatmapModel; }
    items::CapitalTrendModel *trendModel() const { return m_trendModel; }
    items::PillarModel *pillarModel() const { return m_pillarModel; }
    items::SignalTableModel *signalModel() const { return m_signalModel; }
    QStandardItemModel *compareModel() const { return m_compareModel; }
    HeatmapView *heatmapView() const { return m_heatmap; }
    TrendChartView *trendChart() const { return m_trend; }
    BarChartView *pillarChart() const { return m_pillars; }
    QTableView *signalTable() const { return m_signals; }
    Panel *heatmapPanel() const { return m_heatmapPanel; }
    // Under the heatmap: which hidden departments the total leaves out on the last day.
    QLabel *leftOutNote() const { return m_leftOutNote; }
    Panel *trendPanel() const { return m_trendPanel; }
    Panel *pillarPanel() const { return m_pillarPanel; }
    Panel *signalPanel() const { return m_signalPanel; }

private:
    QWidget *makeComparePanel();
    void showSnapshot();
    void rebuildCompareList();
    void compareChanged();
    void declareBands();
    void showChoice();
    void updateEmptyStates();

    DashboardSession &m_session;
    items::CapitalHeatmapModel *m_heatmapModel;
    items::CapitalTrendModel *m_trendModel;
    items::PillarModel *m_pillarModel;
    items::SignalTableModel *m_signalModel;
    QSortFilterProxyModel *m_signalProxy;
    QStandardItemModel *m_compareModel;

    QLabel *m_busy = nullptr;
    QLabel *m_leftOutNote = nullptr;
    Panel *m_heatmapPanel = nullptr;
    Panel *m_trendPanel = nullptr;
    Panel *m_pillarPanel = nullptr;
    Panel *m_signalPanel = nullptr;
    HeatmapView *m_heatmap = nullptr;
    TrendChartView *m_trend = nullptr;
    QListView *m_compareList = nullptr;
    BarChartView *m_pillars = nullptr;
    QTableView *m_signals = nullptr;

    std::int32_t m_department = -1;
    QDate m_period;
    bool m_hasChoice = false;             // the user (or a test) picked a cell
    bool m_userCompared = false;          // the user ticked or unticked a department
    bool m_rebuildingList = false;        // ignore itemChanged while the list is refilled
    std::vector<std::int32_t> m_wanted;   // ticked by the user, in any snapshot
    std::vector<std::int32_t> m_compared; // ticked and in this snapshot, in list order
};

} // namespace goodwill::ui

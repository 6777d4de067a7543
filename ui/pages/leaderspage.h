#pragma once

#include "analytics/leaderdetail.h"

#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QModelIndex;
class QProgressBar;
class QSortFilterProxyModel;
class QTableView;

namespace goodwill::items {
class ColumnSubsetModel;
class DepartmentReachModel;
class LeaderCadenceModel;
class LeaderResponseTrendModel;
class LeaderTableModel;
class UnansweredQuestionsModel;
} // namespace goodwill::items

namespace goodwill::ui {

class BarChartView;
class DashboardSession;
class Panel;
class TrendChartView;

// Every leader's figures in a searchable, sortable table (docs/user-guide.md, "Leaders
// page"); selecting a leader shows their detail (analytics::LeaderDetail, docs/model.md
// section 3.1): cadence, reply rate and time to first reply per period, reach by department,
// departments recognised and not, and their unanswered staff questions. The detail is worked
// out off the GUI thread for the selected leader and the current filter (stale results
// dropped); Enter or a double-click on a figure opens how it was computed.
class LeadersPage : public QWidget
{
    Q_OBJECT

public:
    explicit LeadersPage(DashboardSession &session, QWidget *parent = nullptr);
    ~LeadersPage() override;

    // Selects a leader (person index) in the table, clearing a search that hides them;
    // false when they are not in the table.
    bool selectLeader(std::int32_t person);
    std::int32_t selectedLeader() const { return m_leader; }
    void focusSearch();

    QLineEdit *searchField() const { return m_search; }
    QTableView *tableView() const { return m_table; }
    QSortFilterProxyModel *tableProxy() const { return m_proxy; }
    items::LeaderTableModel *tableModel() const { return m_tableModel; }
    items::LeaderCadenceModel *cadenceModel() const { return m_cadenceModel; }
    items::LeaderResponseTrendModel *responseModel() const { return m_responseModel; }
    items::DepartmentReachModel *reachModel() const { return m_reachModel; }
    items::UnansweredQuestionsModel *unansweredModel() const { return m_unansweredModel; }
    TrendChartView *cadenceChart() const { return m_cadenceChart; }
    TrendChartView *replyRateChart() const { return m_replyRateChart; }
    TrendChartView *replyTimeChart() const { return m_replyTimeChart; }
    BarChartView *reachChart() const { return m_reachChart; }
    QTableView *departmentsView() const { return m_departmentsView; }
    QTableView *unansweredView() const { return m_unansweredView; }
    Panel *tablePanel() const { return m_tablePanel; }
    Panel *cadencePanel() const { return m_cadencePanel; }
    Panel *replyRatePanel() const { return m_replyRatePanel; }
    Panel *replyTimePanel() const { return m_replyTimePanel; }
    Panel *reachPanel() const { return m_reachPanel; }
    Panel *departmentsPanel() const { return m_departmentsPanel; }
    Panel *unansweredPanel() const { return m_unansweredPanel; }
    QLabel *detailTitle() const { return m_detailTitle; }
    // The detail shown (empty before the first is in, or with no leader selected).
    const std::optional<analytics::LeaderDetail> &detail() const { return m_detail; }
    bool isBusy() const { return m_running > 0; }

Q_SIGNALS:
    // A leader's detail is shown (after a selection or a new snapshot).
    void detailShown();

private:
    struct Outcome;
    void refresh();
    void searchChanged(const QString &text);
    void currentChanged(const QModelIndex &current);
    void requestDetail();
    void showDetail(Outcome outcome);
    void clearDetail(const QString &text);
    void setBusy(bool busy);
    QString leaderName() const;

    DashboardSession &m_session;
    QLineEdit *m_search;
    QLabel *m_summary;
    QProgressBar *m_busy;
    QLabel *m_detailTitle;
    Panel *m_tablePanel;
    Panel *m_cadencePanel;
    Panel *m_replyRatePanel;
    Panel *m_replyTimePanel;
    Panel *m_reachPanel;
    Panel *m_departmentsPanel;
    Panel *m_unansweredPanel;
    items::LeaderTableModel *m_tableModel;
    items::LeaderCadenceModel *m_cadenceModel;
    items::LeaderResponseTrendModel *m_responseModel;
    items::DepartmentReachModel *m_reachModel;
    items::UnansweredQuestionsModel *m_unansweredModel;
    QSortFilterProxyModel *m_proxy;
    items::ColumnSubsetModel *m_replyRateSubset;
    items::ColumnSubsetModel *m_replyTimeSubset;
    items::ColumnSubsetModel *m_reachSubset;
    QTableView *m_table;
    QTableView *m_departmentsView;
    QTableView *m_unansweredView;
    TrendChartView *m_cadenceChart;
    TrendChartView *m_replyRateChart;
    TrendChartView *m_replyTimeChart;
    BarChartView *m_reachChart;

    std::int32_t m_leader = -1;  // person index of the selected leader
    std::int64_t m_leaderId = 0; // their people.id, to find them again in a new dataset
    bool m_restoring = false;    // the page itself moves the table's current row
    std::optional<analytics::LeaderDetail> m_detail;
    quint64 m_generation = 0;
    int m_running = 0;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace goodwill::ui

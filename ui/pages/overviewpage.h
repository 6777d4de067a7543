#pragma once

#include "analytics/overviewfigures.h"

#include <QWidget>

#include <memory>

class QAbstractItemModel;
class QLabel;
class QTableView;

namespace goodwill::items {
class AlertsModel;
class CapitalTrendModel;
class DepartmentSummaryModel;
class PillarModel;
} // namespace goodwill::items

namespace goodwill::ui {

class BarChartView;
class DashboardSession;
class Panel;
class StatCard;
class TrendChartView;

// The first page: headline figures with their change, the ECI trend of the organisation
// (and the chosen departments), the four pillars, every department with a sparkline and
// its change, and the alerts. Opening a card, a point, a row or an alert shows how it was
// computed.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(DashboardSession &session, QWidget *parent = nullptr);
    ~OverviewPage() override;

    StatCard *
    card(const QString &key) const; // eci, posts, replies, recognitions, answered, recognised
    Panel *trendPanel() const { return m_trendPanel; }
    Panel *pillarPanel() const { return m_pillarPanel; }
    Panel *departmentPanel() const { return m_departmentPanel; }
    Panel *alertPanel() const { return m_alertPanel; }
    // Under the departments table: which hidden departments the total leaves out.
    QLabel *leftOutNote() const { return m_leftOutNote; }
    TrendChartView *trendChart() const { return m_trend; }
    items::CapitalTrendModel *trendModel() const { return m_trendModel; }
    items::PillarModel *pillarModel() const { return m_pillarModel; }
    items::DepartmentSummaryModel *departmentModel() const { return m_departmentModel; }
    items::AlertsModel *alertModel() const { return m_alertModel; }
    // The headline figures shown (after the snapshot and the previous period are in).
    const analytics::OverviewFigures &figures() const { return m_figures; }

Q_SIGNALS:
    void pageRequested(const QString &key);
    void figuresShown(); // the cards were filled for the current snapshot

private:
    void showSnapshot();
    void showFigures(const analytics::OverviewFigures &figures);
    QTableView *makeTable(QAbstractItemModel *model, int sortColumn);

    DashboardSession &m_session;
    std::vector<std::pair<QString, StatCard *>> m_cards;
    Panel *m_trendPanel;
    Panel *m_pillarPanel;
    Panel *m_departmentPanel;
    Panel *m_alertPanel;
    QLabel *m_leftOutNote;
    TrendChartView *m_trend;
    BarChartView *m_pillars;
    items::CapitalTrendModel *m_trendModel;
    items::PillarModel *m_pillarModel;
    items::DepartmentSummaryModel *m_departmentModel;
    items::AlertsModel *m_alertModel;
    analytics::OverviewFigures m_figures;
    quint64 m_generation = 0;
};

} // namespace goodwill::ui

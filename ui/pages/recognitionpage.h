#pragma once

#include "analytics/recognitionfacts.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QSortFilterProxyModel;
class QTableView;

namespace goodwill::items {
class BlindSpotModel;
class RecentRecognitionModel;
class RecognisedShareModel;
class RecognitionMatrixModel;
} // namespace goodwill::items

namespace goodwill::ui {

class DashboardSession;
class Panel;
class TrendChartView;

// Who recognises whom (docs/user-guide.md, "Recognition page"): the leaders -> departments
// matrix, recognised share by department over time, departments no leader recognised
// (blind spots) and the latest recognitions with the start of each message. The facts are
// worked out off the GUI thread for every new snapshot (stale results dropped); the share
// chart reads the snapshot directly.
class RecognitionPage : public QWidget
{
    Q_OBJECT

public:
    explicit RecognitionPage(DashboardSession &session, QWidget *parent = nullptr);
    ~RecognitionPage() override;

    items::RecognitionMatrixModel *matrixModel() const { return m_matrixModel; }
    items::BlindSpotModel *blindSpotModel() const { return m_blindSpotModel; }
    items::RecentRecognitionModel *recentModel() const { return m_recentModel; }
    items::RecognisedShareModel *shareModel() const { return m_shareModel; }
    QSortFilterProxyModel *matrixProxy() const { return m_matrixProxy; }
    QTableView *matrixView() const { return m_matrixView; }
    QTableView *blindSpotView() const { return m_blindSpotView; }
    QTableView *recentView() const { return m_recentView; }
    TrendChartView *shareChart() const { return m_shareChart; }
    Panel *matrixPanel() const { return m_matrixPanel; }
    Panel *sharePanel() const { return m_sharePanel; }
    Panel *blindSpotPanel() const { return m_blindSpotPanel; }
    Panel *recentPanel() const { return m_recentPanel; }
    QLabel *summaryLabel() const { return m_summary; }
    // The facts shown (null before the first are in).
    std::shared_ptr<const analytics::RecognitionFacts> facts() const { return m_facts; }
    bool isBusy() const;

Q_SIGNALS:
    // New facts are shown (and their previews, when the database could be read).
    void factsShown();

private:
    struct Outcome;
    void refresh();
    void showOutcome(const Outcome &outcome);
    void showEmpty(const QString &text);
    void setBusy(bool busy);

    DashboardSession &m_session;
    QLabel *m_summary;
    QProgressBar *m_busy;
    Panel *m_matrixPanel;
    Panel *m_sharePanel;
    Panel *m_blindSpotPanel;
    Panel *m_recentPanel;
    items::RecognitionMatrixModel *m_matrixModel;
    items::BlindSpotModel *m_blindSpotModel;
    items::RecentRecognitionModel *m_recentModel;
    items::RecognisedShareModel *m_shareModel;
    QSortFilterProxyModel *m_matrixProxy;
    QTableView *m_matrixView;
    QTableView *m_blindSpotView;
    QTableView *m_recentView;
    TrendChartView *m_shareChart;
    std::shared_ptr<const analytics::RecognitionFacts> m_facts;
    quint64 m_generation = 0;
    int m_running = 0;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace goodwill::ui

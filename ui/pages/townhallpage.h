#pragma once

#include "analytics/townhallbrief.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTreeView;

namespace goodwill::analytics {
struct Snapshot;
}

namespace goodwill::items {
class CapitalMoversModel;
class ColumnSubsetModel;
class LeaderResponsivenessModel;
class QuestionThemesModel;
class ShoutOutPeopleModel;
class ShoutOutTeamsModel;
} // namespace goodwill::items

namespace goodwill::state {
class AppSettings;
}

namespace goodwill::ui {

class BarChartView;
class DashboardSession;
class Panel;

// The town-hall brief for the dashboard filter's period and departments (the audience):
// docs/user-guide.md, "Town-hall brief". A summary paragraph made only of figures on the
// page, the departments whose emotional capital rose or fell most with the pillar that
// moved, the themes of the staff questions still waiting for an answer (with examples),
// shout-out candidates (people and teams recognised in public channels) and the leaders'
// responsiveness. Worked out off the GUI thread for every new snapshot (stale results
// dropped); "Export PDF…" writes it as a report with its provenance.
class TownHallPage : public QWidget
{
    Q_OBJECT

public:
    TownHallPage(DashboardSession &session, state::AppSettings &settings,
                 QWidget *parent = nullptr);
    ~TownHallPage() override;

    // The brief shown (null before the first is in).
    std::shared_ptr<const analytics::TownHallBrief> brief() const { return m_brief; }
    bool isBusy() const { return m_running > 0; }
    // Writes the brief shown as a PDF to `path` (the provenance is read off the GUI thread);
    // pdfExported follows.
    void exportPdf(const QString &path, bool pseudonymise);

    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *exportButton() const { return m_export; }
    QCheckBox *pseudonymiseBox() const { return m_pseudonymise; }
    items::CapitalMoversModel *moversModel() const { return m_moversModel; }
    items::QuestionThemesModel *themesModel() const { return m_themesModel; }
    items::ShoutOutPeopleModel *peopleModel() const { return m_peopleModel; }
    items::ShoutOutTeamsModel *teamsModel() const { return m_teamsModel; }
    items::LeaderResponsivenessModel *leadersModel() const { return m_leadersModel; }
    QTableView *moversView() const { return m_moversView; }
    QTreeView *themesView() const { return m_themesView; }
    QTableView *leadersView() const { return m_leadersView; }
    BarChartView *moversChart() const { return m_moversChart; }
    Panel *summaryPanel() const { return m_summaryPanel; }
    Panel *moversPanel() const { return m_moversPanel; }
    Panel *chartPanel() const { return m_chartPanel; }
    Panel *themesPanel() const { return m_themesPanel; }
    Panel *peoplePanel() const { return m_peoplePanel; }
    Panel *teamsPanel() const { return m_teamsPanel; }
    Panel *leadersPanel() const { return m_leadersPanel; }

Q_SIGNALS:
    void briefShown();
    void pdfExported(const QString &path, const QString &error); // error empty on success

private:
    struct Outcome;
    void refresh();
    void showBrief(std::shared_ptr<const analytics::TownHallBrief> brief,
                   std::shared_ptr<const analytics::Snapshot> snapshot, const QString &path);
    void showEmpty(const QString &text);
    void describePanels(const analytics::TownHallBrief &brief);
    void setBusy(bool busy);
    void chooseExport();

    DashboardSession &m_session;
    state::AppSettings &m_settings; // remembers the pseudonymise choice
    QLabel *m_heading;
    QLabel *m_summary;
    QLabel *m_message;
    QProgressBar *m_busy;
    QPushButton *m_export;
    QCheckBox *m_pseudonymise;
    Panel *m_summaryPanel;
    Panel *m_moversPanel;
    Panel *m_chartPanel;
    Panel *m_themesPanel;
    Panel *m_peoplePanel;
    Panel *m_teamsPanel;
    Panel *m_leadersPanel;
    items::CapitalMoversModel *m_moversModel;
    items::CapitalMoversModel *m_chartValues;
    items::ColumnSubsetModel *m_chartModel;
    items::QuestionThemesModel *m_themesModel;
    items::ShoutOutPeopleModel *m_peopleModel;
    items::ShoutOutTeamsModel *m_teamsModel;
    items::LeaderResponsivenessModel *m_leadersModel;
    QTableView *m_moversView;
    QTreeView *m_themesView;
    QTableView *m_peopleView;
    QTableView *m_teamsView;
    QTableView *m_leadersView;
    BarChartView *m_moversChart;
    std::shared_ptr<const analytics::TownHallBrief> m_brief;
    std::shared_ptr<const analytics::Snapshot> m_shownSnapshot;
    QString m_shownPath;
    quint64 m_generation = 0;
    int m_running = 0;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace goodwill::ui

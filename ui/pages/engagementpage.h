#pragma once

#include "analytics/leaderengagement.h"
#include "items/unansweredquestionsmodel.h"

#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QToolButton;
class QUndoStack;

namespace goodwill::state {
class AppSettings;
}

namespace goodwill::items {
class BestPostsModel;
class ColumnSubsetModel;
class EngagementQuestionsModel;
class LeaderPercentileModel;
class LeaderResponseTrendModel;
class NotRecognisedDepartmentsModel;
class NotRecognisedPeopleModel;
class NudgesModel;
} // namespace goodwill::items

namespace goodwill::ui {

namespace report {
class ReportDocument;
struct ReportOptions;
} // namespace report

class DashboardSession;
class LeaderPicker;
class Panel;
class StatCard;
class TrendChartView;

// "My engagement" (docs/user-guide.md): a leader reviewing themselves. The user says who they
// are (a searchable picker, remembered in AppSettings::Key::EngagementLeader); the page follows
// the dashboard filter and shows their cadence against the goals, persona and what would move
// it, percentiles among leaders, the reply-rate and time-to-first-reply trend, their unanswered
// staff questions (with "Mark handled", stored in the database and undoable), who they have not
// recognised in the last 90 days, their best-received posts and the nudges
// (analytics::LeaderEngagement, docs/model.md "My engagement"). Worked out off the GUI thread,
// stale results dropped. "Export PDF…" writes report::EngagementReport with its provenance.
class EngagementPage : public QWidget
{
    Q_OBJECT

public:
    EngagementPage(DashboardSession &session, state::AppSettings &settings,
                   QWidget *parent = nullptr);
    ~EngagementPage() override;

    // The stack "Mark handled" pushes onto: the page's own until another is set (the Data
    // page's, so that Edit > Undo covers both); null sets the page's own again.
    void setUndoStack(QUndoStack *stack);
    QUndoStack *undoStack() const { return m_undo; }

    // Chooses who the user is (a person index of the current dataset) and remembers it; false
    // when they are not a leader of it.
    bool selectLeader(std::int32_t person);
    std::int32_t selectedLeader() const { return m_leader; }
    // Marks the question of `row` of questionsModel() handled (or not) as a user's click would:
    // through the undo stack. False, with the reason shown, when it was refused.
    bool setHandled(int row, bool handled);
    void setShowHandled(bool show);
    // The user's own goals a week (remembered); empty: the model file's.
    void setGoals(std::optional<analytics::GoalSettings> goals);
    std::optional<analytics::GoalSettings> goals() const;
    // The report of what is shown (empty before the figures are in).
    std::optional<report::ReportDocument> report(const report::ReportOptions &options) const;
    // Writes the report with its provenance to `path`: the provenance (the data's hash) is
    // read off the GUI thread, then pdfExported says how it went.
    void exportPdf(const QString &path, bool pseudonymise);

    LeaderPicker *leaderPicker() const { return m_picker; }
    StatCard *goalCard(int index) const { return m_goalCards[size_t(index)]; }
    QLabel *personaLabel() const { return m_persona; }
    QLabel *message() const { return m_message; }
    QPushButton *handledButton() const { return m_handledButton; }
    QCheckBox *showHandledBox() const { return m_showHandled; }
    QToolButton *exportButton() const { return m_export; }
    items::LeaderPercentileModel *percentileModel() const { return m_percentileModel; }
    items::LeaderResponseTrendModel *trendModel() const { return m_trendModel; }
    items::EngagementQuestionsModel *questionsModel() const { return m_questionsModel; }
    items::NotRecognisedDepartmentsModel *departmentsModel() const { return m_departmentsModel; }
    items::NotRecognisedPeopleModel *peopleModel() const { return m_peopleModel; }
    items::BestPostsModel *postsModel() const { return m_postsModel; }
    items::NudgesModel *nudgesModel() const { return m_nudgesModel; }
    QTableView *questionsView() const { return m_questionsView; }
    QTableView *nudgesView() const { return m_nudgesView; }
    TrendChartView *replyRateChart() const { return m_replyRateChart; }
    TrendChartView *replyTimeChart() const { return m_replyTimeChart; }
    QList<Panel *> panels() const;
    Panel *questionsPanel() const { return m_questionsPanel; }
    Panel *nudgesPanel() const { return m_nudgesPanel; }
    // The figures shown (empty before the first are in, or with no leader chosen).
    const std::optional<analytics::LeaderEngagement> &engagement() const { return m_engagement; }
    bool isBusy() const { return m_running > 0; }

Q_SIGNALS:
    // A leader's figures are shown (after a choice, a new snapshot or a mark).
    void engagementShown();
    // exportPdf() is done: `error` is empty when the file was written.
    void pdfExported(const QString &path, const QString &error);

private:
    struct Outcome;
    void fillPicker();
    void refresh();
    void request();
    void showEngagement(Outcome outcome);
    void showQuestions();
    void showNudges();
    void clearFigures(const QString &text);
    void setBusy(bool busy);
    void setMessage(const QString &text, bool problem);
    void updateHandledButton();
    void chooseExport(bool pseudonymise);
    void editGoals();
    void watchUndo();
    // Writes `value` (a stored time, or empty to remove the mark) for one question in the
    // database at `path`; updates the figures shown when they are that leader's.
    bool writeHandled(const QString &path, std::int64_t activityId, std::int64_t personId,
                      const QString &value);

    DashboardSession &m_session;
    state::AppSettings &m_settings;
    LeaderPicker *m_picker;
    QLabel *m_summary;
    QProgressBar *m_busy;
    QLabel *m_title;
    QLabel *m_message;
    QToolButton *m_export;
    std::vector<StatCard *> m_goalCards;
    QLabel *m_persona;
    Panel *m_personaPanel;
    Panel *m_percentilePanel;
    Panel *m_replyRatePanel;
    Panel *m_replyTimePanel;
    Panel *m_nudgesPanel;
    Panel *m_questionsPanel;
    Panel *m_departmentsPanel;
    Panel *m_peoplePanel;
    Panel *m_postsPanel;
    items::LeaderPercentileModel *m_percentileModel;
    items::LeaderResponseTrendModel *m_trendModel;
    items::ColumnSubsetModel *m_replyRateSubset;
    items::ColumnSubsetModel *m_replyTimeSubset;
    items::EngagementQuestionsModel *m_questionsModel;
    items::NotRecognisedDepartmentsModel *m_departmentsModel;
    items::NotRecognisedPeopleModel *m_peopleModel;
    items::BestPostsModel *m_postsModel;
    items::NudgesModel *m_nudgesModel;
    QTableView *m_percentileView;
    QTableView *m_questionsView;
    QTableView *m_departmentsView;
    QTableView *m_peopleView;
    QTableView *m_postsView;
    QTableView *m_nudgesView;
    TrendChartView *m_replyRateChart;
    TrendChartView *m_replyTimeChart;
    QPushButton *m_handledButton;
    QCheckBox *m_showHandled;
    QPushButton *m_undoButton;
    QPushButton *m_goalsButton;
    std::vector<items::UnansweredQuestionsModel::Row> m_questionRows; // every unanswered one
    QUndoStack *m_ownUndo;
    QUndoStack *m_undo;
    QMetaObject::Connection m_undoWatch;

    std::int32_t m_leader = -1;
    std::optional<analytics::LeaderEngagement> m_engagement;
    std::shared_ptr<const analytics::Snapshot> m_shownSnapshot; // what m_engagement came from
    QString m_shownPath;
    quint64 m_generation = 0;
    int m_running = 0;
    bool m_lastWriteOk = false;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace goodwill::ui

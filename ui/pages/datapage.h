#pragma once

#include <QString>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QUndoStack;

namespace goodwill::items {
class ChannelsModel;
class DepartmentsListModel;
class ImportRunsModel;
class PeopleModel;
class SourcesModel;
struct DataTables;
} // namespace goodwill::items

namespace goodwill::ui {

class DashboardSession;
class ModelSettingsForm;
class Panel;

// The Data page (docs/user-guide.md, "Data page"): the imported sources and their import
// reports, people with their role override, departments, channels with their kind override,
// and the model settings. The tables are read off the GUI thread over a read connection of
// their own whenever the session has a new dataset (stale results dropped). An override
// edit is written in a transaction of its own as an undoable command (undoStack()), then
// the session reloads so that every figure counts it; a read-only database refuses edits
// and shows the overrides disabled with the reason.
class DataPage : public QWidget
{
    Q_OBJECT

public:
    explicit DataPage(DashboardSession &session, QWidget *parent = nullptr);
    ~DataPage() override;

    // The page's edits: the lead's Edit menu offers its Undo and Redo.
    QUndoStack *undoStack() const { return m_undo; }

    enum Tab
    {
        SourcesTab,
        PeopleTab,
        DepartmentsTab,
        ChannelsTab,
        ModelTab
    };
    QTabWidget *tabs() const { return m_tabs; }
    items::SourcesModel *sourcesModel() const { return m_sourcesModel; }
    items::ImportRunsModel *runsModel() const { return m_runsModel; }
    items::PeopleModel *peopleModel() const { return m_peopleModel; }
    items::DepartmentsListModel *departmentsModel() const { return m_departmentsModel; }
    items::ChannelsModel *channelsModel() const { return m_channelsModel; }
    QSortFilterProxyModel *sourcesProxy() const { return m_sourcesProxy; }
    QSortFilterProxyModel *runsProxy() const { return m_runsProxy; }
    QSortFilterProxyModel *peopleProxy() const { return m_peopleProxy; }
    QSortFilterProxyModel *departmentsProxy() const { return m_departmentsProxy; }
    QSortFilterProxyModel *channelsProxy() const { return m_channelsProxy; }
    QTableView *sourcesView() const { return m_sourcesView; }
    QTableView *runsView() const { return m_runsView; }
    QTableView *peopleView() const { return m_peopleView; }
    QTableView *departmentsView() const { return m_departmentsView; }
    QTableView *channelsView() const { return m_channelsView; }
    QLineEdit *peopleSearch() const { return m_peopleSearch; }
    QLineEdit *channelSearch() const { return m_channelSearch; }
    QPlainTextEdit *reportView() const { return m_report; }
    Panel *sourcesPanel() const { return m_sourcesPanel; }
    Panel *runsPanel() const { return m_runsPanel; }
    Panel *reportPanel() const { return m_reportPanel; }
    Panel *peoplePanel() const { return m_peoplePanel; }
    Panel *departmentsPanel() const { return m_departmentsPanel; }
    Panel *channelsPanel() const { return m_channelsPanel; }
    ModelSettingsForm *settingsForm() const { return m_settingsForm; }
    // The last edit's outcome or refusal, as shown above the tabs.
    QString message() const;
    bool isBusy() const;

    // Asks for an override as a user's edit would (through the undo stack): "" clears it.
    // False, with the reason shown, when it was refused or could not be written.
    bool requestRoleOverride(qint64 personId, const QString &role);
    bool requestChannelKindOverride(qint64 channelId, const QString &kind);

Q_SIGNALS:
    // The tables of the current dataset are shown.
    void tablesShown();

private:
    struct Outcome;
    void refresh();
    void showTables(items::DataTables &tables);
    void showEmpty(const QString &text);
    void setBusy(bool busy);
    void setMessage(const QString &text, bool problem);
    void updateEditable();
    QString readOnlyReason() const;
    void showRunsOfSelectedSource();
    void showSelectedReport();
    // False, with a message, while the database is read-only or when `settable` is false.
    bool canOverride(bool settable);
    // Pushes the undoable override from `before` to `after`; `write` stores a value in the
    // database at `path` (the one open now). True when its first write went through.
    bool pushOverride(const QString &text, const QString &before, const QString &after,
                      std::function<bool(const QString &path, const QString &value)> write);
    // False, with a message, when `path` is no longer the open database or it is read-only.
    bool canWrite(const QString &path);
    bool writeRoleOverride(const QString &path, qint64 personId, const QString &role);
    bool writeChannelKindOverride(const QString &path, qint64 channelId, const QString &kind);
    QTableView *makeTable(const QString &name, const QString &accessibleName,
                          QSortFilterProxyModel *proxy);

    DashboardSession &m_session;
    QLabel *m_summary;
    QProgressBar *m_busy;
    QLabel *m_message;
    QTabWidget *m_tabs;
    QUndoStack *m_undo;
    items::SourcesModel *m_sourcesModel;
    items::ImportRunsModel *m_runsModel;
    items::PeopleModel *m_peopleModel;
    items::DepartmentsListModel *m_departmentsModel;
    items::ChannelsModel *m_channelsModel;
    QSortFilterProxyModel *m_sourcesProxy;
    QSortFilterProxyModel *m_runsProxy;
    QSortFilterProxyModel *m_peopleProxy;
    QSortFilterProxyModel *m_departmentsProxy;
    QSortFilterProxyModel *m_channelsProxy;
    QTableView *m_sourcesView = nullptr;
    QTableView *m_runsView = nullptr;
    QTableView *m_peopleView = nullptr;
    QTableView *m_departmentsView = nullptr;
    QTableView *m_channelsView = nullptr;
    QLineEdit *m_peopleSearch;
    QLineEdit *m_channelSearch;
    QPlainTextEdit *m_report;
    Panel *m_sourcesPanel;
    Panel *m_runsPanel;
    Panel *m_reportPanel;
    Panel *m_peoplePanel;
    Panel *m_departmentsPanel;
    Panel *m_channelsPanel;
    ModelSettingsForm *m_settingsForm;
    QString m_shownPath; // the database the tables (and the undo stack) belong to
    quint64 m_generation = 0;
    int m_running = 0;
    bool m_lastWriteOk = false; // whether the last override written could be
};

} // namespace goodwill::ui

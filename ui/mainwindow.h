#pragma once

#include <QMainWindow>
#include <QPointer>

#include <atomic>
#include <memory>

class QMenu;
class QStackedWidget;

namespace goodwill::state {
class AppSettings;
}

namespace goodwill::ui {

class DataPage;
class DashboardSession;
class DashboardView;
class ImportWizard;
class SummaryPage;

// The main window: the dashboard on the open database (or a page saying what is going on:
// reading, nothing to show yet, an error), File > Open, recent files and drag-and-drop of
// .goodwill files and exports. All database work runs off the GUI thread; a newer
// request makes the result of an older one stale, and stale results are dropped.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(state::AppSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The last database used, or on first run the demo organisation (created if needed).
    void openStartupDatabase();
    void openDatabase(const QString &path);
    // Opens the demo organisation in the user's data folder, creating it first if needed.
    void openDemo();
    // File > Import…, or an export dropped on the window: the import wizard, with `source`
    // filled in when given. One wizard at a time; when the import succeeds and the wizard
    // closes, the database it went into is opened (or reloaded).
    ImportWizard *openImportWizard(const QString &source = {});
    ImportWizard *importWizard() const;

    QString currentPath() const { return m_currentPath; }
    SummaryPage *summaryPage() const { return m_summary; }
    DashboardSession *session() const { return m_session; }
    DashboardView *dashboard() const { return m_dashboard; }
    // The dashboard is shown (a database with activities is open), not a status page.
    bool isShowingDashboard() const;
    QMenu *recentMenu() const { return m_recentMenu; }
    static QString defaultDemoPath();

Q_SIGNALS:
    void databaseLoaded(const QString &path);
    void loadFailed(const QString &message);
    // The dashboard shows the first figures of the database just opened.
    void dashboardReady(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void chooseDatabase();
    void updateRecentMenu();
    void showAbout();
    void showUserGuide();
    void showPreferences();
    // Starts Goodwill again with the same arguments, then closes this window.
    void restart();
    void saveWindowState();
    void createDemoThenOpen(const QString &path);
    void createPages();

    state::AppSettings &m_settings;
    SummaryPage *m_summary;
    DashboardSession *m_session;
    DashboardView *m_dashboard;
    QStackedWidget *m_central;
    DataPage *m_dataPage = nullptr;
    QMenu *m_recentMenu = nullptr;
    QString m_currentPath;
    bool m_currentReadOnly = false;
    bool m_awaitingDashboard = false; // a load is under way; dashboardReady follows
    QPointer<ImportWizard> m_importWizard;
    quint64 m_generation = 0; // increases with every request; older results are stale
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace goodwill::ui

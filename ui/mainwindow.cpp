#include "mainwindow.h"

#include "aboutdialog.h"
#include "dashboardsession.h"
#include "dashboardview.h"
#include "demo/demogenerator.h"
#include "drilldowndialog.h"
#include "importwizard.h"
#include "pages/datapage.h"
#include "pages/departmentspage.h"
#include "pages/engagementpage.h"
#include "pages/leaderspage.h"
#include "pages/overviewpage.h"
#include "pages/recognitionpage.h"
#include "pages/townhallpage.h"
#include "preferencesdialog.h"
#include "state/appsettings.h"
#include "store/database.h"
#include "store/storesummary.h"
#include "summarypage.h"
#include "userguidedialog.h"
#include "widgets/filterbar.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QtConcurrent>
#include <QUndoStack>

namespace goodwill::ui {
namespace {

struct LoadOutcome
{
    QString path;
    QString error;
    bool readOnly = false;
    store::StoreSummary summary;
};

LoadOutcome loadSummary(const QString &path)
{
    LoadOutcome outcome;
    outcome.path = path;
    auto database = store::Database::open(path, store::Database::Access::ReadWrite);
    if (!database) {
        outcome.error = database.error().message;
        return outcome;
    }
    outcome.readOnly = (*database)->isReadOnly();
    auto summary = store::StoreSummary::read((*database)->connection());
    if (!summary)
        outcome.error = summary.error().message;
    else
        outcome.summary = std::move(summary).value();
    return outcome;
}

QString localFileOf(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            return url.toLocalFile();
    }
    return {};
}

// What a dropped path is: an export goes to the import wizard, anything else is opened
// as a database (which says clearly when it is not one).
bool isExport(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return true;
    static const QStringList exportSuffixes{QStringLiteral("zip"), QStringLiteral("json"),
                                            QStringLiteral("jsonl"), QStringLiteral("ndjson"),
                                            QStringLiteral("csv")};
    return exportSuffixes.contains(info.suffix().toLower());
}

} // namespace

MainWindow::MainWindow(state::AppSettings &settings, QWidget *parent)
    : QMainWindow(parent), m_settings(settings), m_summary(new SummaryPage(this)),
      m_session(new DashboardSession(settings, this)),
      m_dashboard(new DashboardView(*m_session, settings, this)),
      m_central(new QStackedWidget(this))
{
    setWindowTitle(tr("Goodwill"));
    setAcceptDrops(true);
    m_central->addWidget(m_summary);
    m_central->addWidget(m_dashboard);
    setCentralWidget(m_central);
    createPages();
    createMenus();
    connect(m_session, &DashboardSession::loadProgress, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    connect(m_session, &DashboardSession::dataChanged, this, [this] {
        statusBar()->showMessage(m_currentReadOnly ? tr("%1 (opened read-only)").arg(m_currentPath)
                                                   : m_currentPath);
        if (m_awaitingDashboard)
            m_central->setCurrentWidget(m_dashboard);
    });
    connect(m_session, &DashboardSession::snapshotChanged, this, [this] {
        if (!m_awaitingDashboard)
            return;
        m_awaitingDashboard = false;
        Q_EMIT dashboardReady(m_session->databasePath());
    });
    connect(m_session, &DashboardSession::loadFailed, this, [this](const QString &message) {
        m_awaitingDashboard = false;
        m_central->setCurrentWidget(m_summary);
        m_summary->showError(message);
        statusBar()->showMessage(message);
    });
    resize(1200, 780);
    restoreGeometry(m_settings.value(state::AppSettings::Key::WindowGeometry).toByteArray());
    restoreState(m_settings.value(state::AppSettings::Key::WindowState).toByteArray());
    connect(m_summary, &SummaryPage::openRequested, this, &MainWindow::chooseDatabase);
    connect(m_summary, &SummaryPage::openDemoRequested, this, &MainWindow::openDemo);
    connect(m_summary, &SummaryPage::cancelRequested, this, [this] {
        if (m_cancel)
            m_cancel->store(true);
    });
    statusBar()->showMessage(tr("Ready"));
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::chooseDatabase);
    open->setShortcut(QKeySequence::Open);
    open->setToolTip(tr("Open a Goodwill activity database"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Open the &Demo Organisation"), this, &MainWindow::openDemo);
    file->addSeparator();
    QAction *import = file->addAction(tr("&Import…"), this, [this] { openImportWizard(); });
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setToolTip(
        tr("Import an export from Slack, Viva Engage, Mattermost or Teams, or a roster"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_dataPage->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    edit->addAction(undo);
    QAction *redo = m_dataPage->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    // Ctrl+, where the platform has no shortcut of its own for preferences.
    preferences->setShortcuts(QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty()
                                  ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)}
                                  : QKeySequence::keyBindings(QKeySequence::Preferences));
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *filters = view->addAction(tr("&Filters"), this, [this] {
        if (isShowingDashboard())
            m_dashboard->filterBar()->focusFilters();
    });
    filters->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    filters->setToolTip(tr("Move the keyboard focus to the filter bar"));
    view->addSeparator();
    const QStringList keys = m_dashboard->pageKeys();
    for (int i = 0; i < keys.size(); ++i) {
        QListWidgetItem *item = m_dashboard->sidebar()->item(i);
        QAction *page = view->addAction(item->text(), this, [this, key = keys[i]] {
            if (isShowingDashboard())
                m_dashboard->showPage(key);
        });
        page->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User Guide"), this, &MainWindow::showUserGuide);
    guide->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    help->addAction(tr("&About Goodwill"), this, &MainWindow::showAbout);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_settings.recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files[i];
        QAction *action = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()), this,
            [this, path] { openDatabase(path); });
        action->setToolTip(path);
        action->setStatusTip(path);
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    m_recentMenu->setEnabled(true);
}

void MainWindow::chooseDatabase()
{
    const QString start =
        m_currentPath.isEmpty() ? QDir::homePath() : QFileInfo(m_currentPath).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Activity Database"), start,
        tr("Goodwill databases (*.goodwill);;SQLite databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::openDatabase(const QString &path)
{
    const quint64 generation = ++m_generation;
    m_awaitingDashboard = false;
    m_session->cancelLoad();
    m_central->setCurrentWidget(m_summary);
    m_summary->showWorking(tr("Reading %1…").arg(QFileInfo(path).fileName()), -1, false);
    statusBar()->showMessage(tr("Reading %1…").arg(path));
    auto *watcher = new QFutureWatcher<LoadOutcome>(this);
    connect(watcher, &QFutureWatcher<LoadOutcome>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer request superseded this one
        const LoadOutcome outcome = watcher->result();
        if (!outcome.error.isEmpty()) {
            m_summary->showError(outcome.error);
            statusBar()->showMessage(outcome.error);
            Q_EMIT loadFailed(outcome.error);
            return;
        }
        m_currentPath = outcome.path;
        m_currentReadOnly = outcome.readOnly;
        m_settings.setValue(state::AppSettings::Key::LastDatabase,
                            QFileInfo(outcome.path).absoluteFilePath());
        m_settings.addRecentFile(outcome.path);
        updateRecentMenu();
        setWindowTitle(tr("%1 — Goodwill").arg(QFileInfo(outcome.path).fileName()));
        setWindowFilePath(outcome.path);
        m_summary->showSummary(outcome.path, outcome.readOnly, outcome.summary);
        // The counts show while the figures are worked out; then the dashboard.
        if (m_summary->currentStateName() == QStringLiteral("content")) {
            m_awaitingDashboard = true;
            m_session->load(outcome.path);
        }
        statusBar()->showMessage(outcome.readOnly ? tr("%1 (opened read-only)").arg(outcome.path)
                                                  : outcome.path);
        Q_EMIT databaseLoaded(outcome.path);
    });
    watcher->setFuture(QtConcurrent::run(loadSummary, path));
}

void MainWindow::openStartupDatabase()
{
    const QString last = m_settings.value(state::AppSettings::Key::LastDatabase).toString();
    if (!last.isEmpty() && QFileInfo::exists(last))
        openDatabase(last);
    else
        openDemo();
}

QString MainWindow::defaultDemoPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/Brightwater demo.goodwill");
}

void MainWindow::openDemo()
{
    const QString path = defaultDemoPath();
    if (QFileInfo::exists(path))
        openDatabase(path);
    else
        createDemoThenOpen(path);
}

void MainWindow::createDemoThenOpen(const QString &path)
{
    const quint64 generation = ++m_generation;
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const QString message = tr("Creating the demo organisation Brightwater: about 1,200 people "
                               "and two years of conversations…");
    m_summary->showWorking(message, 0, true);
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, generation, path] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const QString error = watcher->result();
        if (error.isEmpty()) {
            openDatabase(path);
        } else {
            m_summary->showError(error);
            Q_EMIT loadFailed(error);
        }
    });
    QPointer<MainWindow> self(this);
    auto cancel = m_cancel;
    watcher->setFuture(QtConcurrent::run([path, cancel, self, message, generation]() -> QString {
        auto result = demo::DemoGenerator::generate(path, demo::DemoOptions{}, [&](int permille) {
            QMetaObject::invokeMethod(
                self,
                [self, message, permille, generation] {
                    if (self && generation == self->m_generation)
                        self->m_summary->showWorking(message, permille, true);
                },
                Qt::QueuedConnection);
            return !cancel->load();
        });
        return result ? QString() : result.error().message;
    }));
}

ImportWizard *MainWindow::openImportWizard(const QString &source)
{
    if (!m_importWizard) {
        m_importWizard = new ImportWizard(m_settings, this);
        m_importWizard->setAttribute(Qt::WA_DeleteOnClose);
        const bool demo =
            !m_currentPath.isEmpty() && QFileInfo(m_currentPath).absoluteFilePath() ==
                                            QFileInfo(defaultDemoPath()).absoluteFilePath();
        m_importWizard->setOpenDatabase(m_currentPath,
                                        m_currentReadOnly ? ImportWizard::OpenDatabase::ReadOnly
                                        : demo            ? ImportWizard::OpenDatabase::Demo
                                                          : ImportWizard::OpenDatabase::Importable);
        ImportWizard *wizard = m_importWizard;
        connect(wizard, &QDialog::finished, this, [this, wizard] {
            if (!wizard->importedDatabase().isEmpty())
                openDatabase(wizard->importedDatabase());
        });
        m_importWizard->open();
    } else if (m_importWizard->currentId() != ImportWizard::SourcePageId) {
        // A drop while an import is under way does not replace its source.
        m_importWizard->raise();
        m_importWizard->activateWindow();
        return m_importWizard;
    }
    if (!source.isEmpty())
        m_importWizard->setSource(source);
    m_importWizard->raise();
    m_importWizard->activateWindow();
    return m_importWizard;
}

bool MainWindow::isShowingDashboard() const
{
    return m_central->currentWidget() == m_dashboard;
}

void MainWindow::createPages()
{
    auto *overview = new OverviewPage(*m_session, m_dashboard);
    connect(overview, &OverviewPage::pageRequested, m_dashboard, &DashboardView::showPage);
    m_dashboard->addPage(QStringLiteral("overview"), tr("Overview"), overview);
    auto *engagement = new EngagementPage(*m_session, m_settings, m_dashboard);
    m_dashboard->addPage(QStringLiteral("engagement"), tr("My engagement"), engagement);
    m_dashboard->addPage(QStringLiteral("townhall"), tr("Town hall"),
                         new TownHallPage(*m_session, m_settings, m_dashboard));
    m_dashboard->addPage(QStringLiteral("leaders"), tr("Leaders"),
                         new LeadersPage(*m_session, m_dashboard));
    m_dashboard->addPage(QStringLiteral("departments"), tr("Departments"),
                         new DepartmentsPage(*m_session, m_dashboard));
    m_dashboard->addPage(QStringLiteral("recognition"), tr("Recognition"),
                         new RecognitionPage(*m_session, m_dashboard));
    m_dataPage = new DataPage(*m_session, m_dashboard);
    m_dashboard->addPage(QStringLiteral("data"), tr("Data"), m_dataPage);
    // One undo history for every edit: marking questions handled undoes like an override.
    engagement->setUndoStack(m_dataPage->undoStack());
    connect(m_session, &DashboardSession::figureRequested, this,
            [this](const analytics::FigureRef &figure) {
                DrillDownDialog::open(*m_session, figure, this);
            });
}

ImportWizard *MainWindow::importWizard() const
{
    return m_importWizard;
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PreferencesDialog::restartRequested, this, &MainWindow::restart);
    dialog->open();
}

void MainWindow::restart()
{
    // The new process reads the settings file: write what is pending there first (QSettings
    // otherwise writes on its next event), the window's geometry included.
    saveWindowState();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::UpdateRequest);
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                 QCoreApplication::arguments().mid(1))) {
        QMessageBox::warning(this, tr("Restart"),
                             tr("Goodwill could not restart. Quit and start it again to use "
                                "the new language."));
        return;
    }
    close();
}

void MainWindow::saveWindowState()
{
    m_settings.setValue(state::AppSettings::Key::WindowGeometry, saveGeometry());
    m_settings.setValue(state::AppSettings::Key::WindowState, saveState());
}

void MainWindow::showUserGuide()
{
    // One guide window, raised again when asked for again; it does not block the dashboard.
    auto *guide = findChild<UserGuideDialog *>();
    if (!guide) {
        guide = new UserGuideDialog(this);
        guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    guide->show();
    guide->raise();
    guide->activateWindow();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    ++m_generation;
    if (m_cancel)
        m_cancel->store(true);
    saveWindowState();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFileOf(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = localFileOf(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    if (isExport(path))
        openImportWizard(path);
    else
        openDatabase(path);
}

} // namespace goodwill::ui

#include "charts/activitychartview.h"
#include "mainwindow.h"
#include "state/appsettings.h"
#include "store/database.h"
#include "summarypage.h"
#include "testdatabase.h"
#include "widgets/statcard.h"

#include <QChart>
#include <QFile>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXYSeries>

using namespace goodwill;
using goodwill::testing::queryInt;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    std::unique_ptr<state::AppSettings> freshSettings(const QString &name)
    {
        return std::make_unique<state::AppSettings>(m_dir.filePath(name));
    }

    static bool waitLoaded(ui::MainWindow &window)
    {
        QSignalSpy loaded(&window, &ui::MainWindow::databaseLoaded);
        QSignalSpy failed(&window, &ui::MainWindow::loadFailed);
        return QTest::qWaitFor([&] { return loaded.count() + failed.count() > 0; }, 60000) &&
               loaded.count() == 1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_demo = testing::sharedDemo(300, 6, 3);
        QVERIFY(!m_demo.isEmpty());
    }

    void showsTheSummaryOfTheDatabase()
    {
        auto settings = freshSettings(QStringLiteral("summary.ini"));
        ui::MainWindow window(*settings);
        window.show();
        QSignalSpy loaded(&window, &ui::MainWindow::databaseLoaded);
        window.openDatabase(m_demo);
        QVERIFY(loaded.wait(60000));
        ui::SummaryPage *page = window.summaryPage();
        QCOMPARE(page->currentStateName(), QStringLiteral("content"));

        auto db = store::Database::open(m_demo, store::Database::Access::ReadOnly);
        QVERIFY(db);
        auto &c = (*db)->connection();
        const QLocale locale;
        QCOMPARE(page->card(QStringLiteral("People"))->value(),
                 locale.toString(
                     qlonglong(queryInt(c, "SELECT count(*) FROM people WHERE role <> 'bot'"))));
        QCOMPARE(page->card(QStringLiteral("Leaders"))->value(),
                 locale.toString(
                     qlonglong(queryInt(c, "SELECT count(*) FROM people WHERE role = 'leader'"))));
        QCOMPARE(page->card(QStringLiteral("Activities"))->value(),
                 locale.toString(qlonglong(queryInt(c, "SELECT count(*) FROM activities"))));
        // One line per kind, one point per month, fed by the model.
        QChart *chart = page->chartView()->chart();
        QCOMPARE(chart->series().size(), 4);
        auto *posts = qobject_cast<QXYSeries *>(chart->series().first());
        QVERIFY(posts);
        QCOMPARE(posts->count(), 6);
        QCOMPARE(qint64(posts->at(0).y()),
                 queryInt(c, "SELECT count(*) FROM activities WHERE kind = 'post' AND "
                             "strftime('%Y-%m', at, 'unixepoch') = '2026-05'"));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(qint64(posts->at(0).x())).date(),
                 QDate(2026, 5, 1));
        QVERIFY(window.windowTitle().contains(QFileInfo(m_demo).fileName()));
        QCOMPARE(settings->recentFiles().first(), QFileInfo(m_demo).absoluteFilePath());
        QCOMPARE(settings->value(state::AppSettings::Key::LastDatabase).toString(),
                 QFileInfo(m_demo).absoluteFilePath());
    }

    void badFileShowsAnErrorNotACrash()
    {
        auto settings = freshSettings(QStringLiteral("error.ini"));
        ui::MainWindow window(*settings);
        const QString path = m_dir.filePath(QStringLiteral("notes.goodwill"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database");
        file.close();
        QSignalSpy failed(&window, &ui::MainWindow::loadFailed);
        window.openDatabase(path);
        QVERIFY(failed.wait(30000));
        QVERIFY(failed.first().first().toString().contains(path));
        QCOMPARE(window.summaryPage()->currentStateName(), QStringLiteral("error"));
        QVERIFY(settings->recentFiles().isEmpty());
    }

    void emptyDatabaseSaysWhatToDo()
    {
        auto settings = freshSettings(QStringLiteral("empty.ini"));
        const QString path = m_dir.filePath(QStringLiteral("empty.goodwill"));
        QVERIFY(store::Database::create(path));
        ui::MainWindow window(*settings);
        window.openDatabase(path);
        QVERIFY(waitLoaded(window));
        QCOMPARE(window.summaryPage()->currentStateName(), QStringLiteral("empty"));
    }

    void droppingAFileOpensIt()
    {
        auto settings = freshSettings(QStringLiteral("drop.ini"));
        ui::MainWindow window(*settings);
        window.show();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(m_demo)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QSignalSpy loaded(&window, &ui::MainWindow::databaseLoaded);
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        QVERIFY(loaded.wait(60000));
        QCOMPARE(window.currentPath(), m_demo);
    }

    void aNewerRequestWins()
    {
        auto settings = freshSettings(QStringLiteral("stale.ini"));
        const QString empty = m_dir.filePath(QStringLiteral("second.goodwill"));
        QVERIFY(store::Database::create(empty));
        ui::MainWindow window(*settings);
        QSignalSpy loaded(&window, &ui::MainWindow::databaseLoaded);
        window.openDatabase(m_demo);
        window.openDatabase(empty);
        QVERIFY(loaded.wait(60000));
        QTest::qWait(500); // give a stale result the chance to arrive, and be dropped
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(window.currentPath(), empty);
    }

    void recentFilesMenuOpensThem()
    {
        auto settings = freshSettings(QStringLiteral("recent.ini"));
        settings->addRecentFile(m_demo);
        ui::MainWindow window(*settings);
        QMenu *recent = window.recentMenu();
        QCOMPARE(recent->actions().size(), 1);
        QSignalSpy loaded(&window, &ui::MainWindow::databaseLoaded);
        recent->actions().first()->trigger();
        QVERIFY(loaded.wait(60000));
        QCOMPARE(QFileInfo(window.currentPath()).absoluteFilePath(),
                 QFileInfo(m_demo).absoluteFilePath());
    }

    void firstRunCreatesAndOpensTheDemo()
    {
        QStandardPaths::setTestModeEnabled(true); // data folder under ~/.qttest, not the user's
        QFile::remove(ui::MainWindow::defaultDemoPath());
        auto settings = freshSettings(QStringLiteral("first-run.ini"));
        ui::MainWindow window(*settings);
        window.openStartupDatabase();
        QVERIFY(window.summaryPage()->currentStateName() == QStringLiteral("working"));
        QVERIFY(waitLoaded(window));
        QCOMPARE(window.currentPath(), ui::MainWindow::defaultDemoPath());
        QCOMPARE(window.summaryPage()->card(QStringLiteral("People"))->value(),
                 QLocale().toString(1198));
        QVERIFY(QFile::remove(ui::MainWindow::defaultDemoPath()));
    }

    void startupReopensTheLastDatabase()
    {
        auto settings = freshSettings(QStringLiteral("startup.ini"));
        settings->setValue(state::AppSettings::Key::LastDatabase, m_demo);
        ui::MainWindow window(*settings);
        window.openStartupDatabase();
        QVERIFY(waitLoaded(window));
        QCOMPARE(window.currentPath(), m_demo);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

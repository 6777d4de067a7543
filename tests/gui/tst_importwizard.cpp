#include "importers/importer.h"
#include "importwizard.h"
#include "importwizardoptionspage.h"
#include "importwizardreportview.h"
#include "importwizardrunpage.h"
#include "importwizardsourcepage.h"
#include "mainwindow.h"
#include "state/appsettings.h"
#include "store/contenthash.h"
#include "store/database.h"
#include "summarypage.h"
#include "testdatabase.h"
#include "testzip.h"
#include "widgets/statcard.h"

#include <QAbstractButton>
#include <QAction>
#include <QDate>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace goodwill;
using goodwill::importers::ImportFormat;
using goodwill::testing::queryInt;
using ui::ImportWizard;
using ui::ImportWizardRunPage;

// The fixture tests/data/wizard/slack, worked out by hand:
// - users.json: Ada, Grace, Alan and a bot (deploybot, is_bot) -> 4 new people; Ada and
//   Grace have the department field Xf01DEPT = Engineering, Alan = Research.
// - channels.json: general, random -> 2 new channels.
// - general/2026-01-05.json: Ada's post (09:00 UTC, reactions tada by Grace and Alan),
//   Grace's reply (+1 by Ada), Alan's reply, a channel_join (system message), a
//   bot_message (bot).
// - general/2026-01-06.json: Alan's post (eyes by Ada and by U999, who is not in
//   users.json), a message by U999.
// - random/2026-01-07.json: Grace's post, Ada's reply at 10:10 UTC.
// Posts 3, replies 3, reactions 2 + 1 + 1 = 4, recognitions 0, activities 10; left out:
// 2 by unknown people (U999's reaction and message), 1 system message, 1 from bots.
// Activity from 2026-01-05 09:00 to 2026-01-07 10:10 UTC.
class TestImportWizard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QString m_data = QStringLiteral(GOODWILL_TEST_DATA "/wizard");
    int m_serial = 0;
    QString m_large; // made once, read by several tests

    QString slack() const { return m_data + QStringLiteral("/slack"); }
    QString fresh(const QString &name)
    {
        return m_dir.filePath(QString::number(++m_serial) + name);
    }
    std::unique_ptr<state::AppSettings> freshSettings()
    {
        return std::make_unique<state::AppSettings>(fresh(QStringLiteral("settings.ini")));
    }

    static bool detected(ImportWizard &wizard)
    {
        return QTest::qWaitFor([&] { return !wizard.sourcePage()->isDetecting(); }, 10000);
    }
    static bool stopped(ImportWizardRunPage *page)
    {
        return QTest::qWaitFor([&] { return !page->isRunning(); }, 60000);
    }
    static bool nextEnabled(ImportWizard &wizard)
    {
        return wizard.button(QWizard::NextButton)->isEnabled();
    }
    static QString figure(ImportWizardRunPage *page, const char *caption)
    {
        return page->reportView()->figure(QString::fromLatin1(caption));
    }
    // Source, target, Next to the options page, the department field, Next to the preview.
    static bool toPreview(ImportWizard &wizard, const QString &source, const QString &target,
                          const QString &departmentField = {})
    {
        wizard.setSource(source);
        if (!detected(wizard))
            return false;
        if (!target.isEmpty())
            wizard.sourcePage()->setNewDatabase(target);
        wizard.next();
        if (wizard.currentId() != ImportWizard::OptionsPageId)
            return false;
        wizard.optionsPage()->departmentFieldEdit()->setText(departmentField);
        wizard.next();
        return wizard.currentId() == ImportWizard::PreviewPageId && stopped(wizard.previewPage());
    }

    // A Slack export large enough (2,000 day files) that a cancel right after the start
    // arrives long before the end.
    QString largeSlackExport()
    {
        if (!m_large.isEmpty())
            return m_large;
        const QString root = fresh(QStringLiteral("large-slack"));
        QDir().mkpath(root + QStringLiteral("/general"));
        QFile::copy(slack() + QStringLiteral("/users.json"), root + QStringLiteral("/users.json"));
        QFile::copy(slack() + QStringLiteral("/channels.json"),
                    root + QStringLiteral("/channels.json"));
        const QDate first(2020, 1, 1);
        for (int day = 0; day < 2000; ++day) {
            const QDate date = first.addDays(day);
            QFile file(root + QStringLiteral("/general/%1.json").arg(date.toString(Qt::ISODate)));
            if (!file.open(QIODevice::WriteOnly))
                return {};
            const qint64 ts = QDateTime(date, QTime(9, 0), Qt::UTC).toSecsSinceEpoch();
            file.write(QStringLiteral("[{\"type\":\"message\",\"ts\":\"%1.000100\",\"user\":"
                                      "\"U001\",\"text\":\"Day %2\"}]")
                           .arg(ts)
                           .arg(day)
                           .toUtf8());
        }
        m_large = root;
        return root;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void theFormatIsDetectedAndShown_data()
    {
        QTest::addColumn<bool>("zipped");
        QTest::newRow("folder") << false;
        QTest::newRow("zip") << true;
    }

    void theFormatIsDetectedAndShown()
    {
        QFETCH(bool, zipped);
        QString source = slack();
        if (zipped) {
            source = fresh(QStringLiteral("slack.zip"));
            QVERIFY(test::zipFolder(slack(), source));
        }
        auto settings = freshSettings();
        ImportWizard wizard(*settings);
        wizard.show();
        QVERIFY(!nextEnabled(wizard)); // no source yet
        wizard.setSource(source);
        QVERIFY(detected(wizard));
        QCOMPARE(wizard.sourcePage()->detectedFormat(), ImportFormat::Slack);
        QCOMPARE(wizard.sourcePage()->statusText(),
                 QStringLiteral("Detected: %1").arg(importers::formatTitle(ImportFormat::Slack)));
        // Nothing is open in the main window: a new database next to the export.
        QVERIFY(wizard.sourcePage()->isNewDatabase());
        const QString name =
            zipped ? QFileInfo(source).completeBaseName() : QStringLiteral("slack");
        QCOMPARE(wizard.sourcePage()->target(), QFileInfo(source).absolutePath() +
                                                    QLatin1Char('/') + name +
                                                    QStringLiteral(".goodwill"));
        QVERIFY(nextEnabled(wizard));
        // The folder is remembered for the next file dialog.
        QCOMPARE(settings->value(state::AppSettings::Key::ImportFolder).toString(),
                 QFileInfo(source).absolutePath());
    }

    void previewShowsExactlyWhatTheImportAdds()
    {
        auto settings = freshSettings();
        ImportWizard wizard(*settings);
        wizard.show();
        const QString target = fresh(QStringLiteral("preview.goodwill"));
        QVERIFY(toPreview(wizard, slack(), target));
        ImportWizardRunPage *preview = wizard.previewPage();
        QCOMPARE(preview->state(), ImportWizardRunPage::State::Succeeded);
        QCOMPARE(figure(preview, "Posts"), QStringLiteral("3"));
        QCOMPARE(figure(preview, "Replies"), QStringLiteral("3"));
        QCOMPARE(figure(preview, "Reactions"), QStringLiteral("4"));
        QCOMPARE(figure(preview, "Recognitions"), QStringLiteral("0"));
        QCOMPARE(figure(preview, "New people"), QStringLiteral("4"));
        QCOMPARE(figure(preview, "New channels"), QStringLiteral("2"));
        // The tests run in the C locale (LC_ALL=C.UTF-8): the long date without a weekday.
        QCOMPARE(preview->reportView()->rangeText(),
                 QStringLiteral("5 January 2026 to 7 January 2026 (UTC)"));
        QCOMPARE(preview->reportView()->skippedText(),
                 QStringLiteral("By people the export does not list: 2\n"
                                "System messages (joins, topic changes, pins): 1\n"
                                "From bots: 1"));
        // No department field and no roster: the reader says so.
        QCOMPARE(preview->reportView()->warnings().size(), 1);
        QVERIFY(preview->reportView()->warnings().first().startsWith(
            QStringLiteral("No departments found")));
        QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
        QVERIFY(!QFileInfo::exists(target)); // a preview writes nothing
    }

    void importIntoANewDatabase()
    {
        auto settings = freshSettings();
        ImportWizard wizard(*settings);
        wizard.show();
        QSignalSpy imported(&wizard, &ImportWizard::imported);
        const QString target = fresh(QStringLiteral("new.goodwill"));
        QVERIFY(toPreview(wizard, slack(), target, QStringLiteral("Xf01DEPT")));
        // With the department field the warning is gone.
        QVERIFY(wizard.previewPage()->reportView()->warnings().isEmpty());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::ImportPageId));
        ImportWizardRunPage *page = wizard.importPage();
        QVERIFY(stopped(page));
        QCOMPARE(page->state(), ImportWizardRunPage::State::Succeeded);
        QCOMPARE(figure(page, "Posts"), QStringLiteral("3"));
        QVERIFY(page->statusText().contains(QStringLiteral("new.goodwill")));
        QVERIFY(
            page->reportText().contains(QStringLiteral("Added: 3 posts, 3 replies, 4 reactions")));
        QCOMPARE(imported.count(), 1);
        QCOMPARE(wizard.importedDatabase(), target);
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());

        auto db = store::Database::open(target, store::Database::Access::ReadOnly);
        QVERIFY(db);
        auto &c = (*db)->connection();
        QCOMPARE(queryInt(c, "SELECT count(*) FROM activities"), 10);
        QCOMPARE(queryInt(c, "SELECT count(*) FROM activities WHERE kind = 'reaction'"), 4);
        QCOMPARE(queryInt(c, "SELECT count(*) FROM departments"), 2); // Engineering, Research
        QCOMPARE(settings->value(state::AppSettings::Key::SlackDepartmentField).toString(),
                 QStringLiteral("Xf01DEPT"));
        // The next wizard offers the field used last.
        ImportWizard again(*settings);
        QCOMPARE(again.optionsPage()->departmentField(), QStringLiteral("Xf01DEPT"));
    }

    void intoTheOpenDatabaseAddsOnlyWhatIsNew()
    {
        const QString database = fresh(QStringLiteral("open.goodwill"));
        importers::ImportRequest request;
        request.sources = {slack()};
        request.target = database;
        QVERIFY(importers::Importer::run(request));
        auto settings = freshSettings();
        ImportWizard wizard(*settings);
        wizard.show();
        wizard.setOpenDatabase(database, ImportWizard::OpenDatabase::Importable);
        QVERIFY(toPreview(wizard, slack(), QString()));
        QCOMPARE(wizard.request().target, database);
        ImportWizardRunPage *preview = wizard.previewPage();
        QCOMPARE(preview->state(), ImportWizardRunPage::State::Succeeded);
        QCOMPARE(figure(preview, "Posts"), QStringLiteral("0"));
        QCOMPARE(figure(preview, "New people"), QStringLiteral("0"));
        // The 10 activities imported before, and the same 4 left out as then.
        QCOMPARE(preview->reportView()->skippedText(),
                 QStringLiteral("Already in the database: 10\n"
                                "By people the export does not list: 2\n"
                                "System messages (joins, topic changes, pins): 1\n"
                                "From bots: 1"));
        QVERIFY(preview->statusText().contains(QStringLiteral("adds nothing")));
    }

    // roster.csv lists Ada, Grace and Alan (one open stint each, by the e-mails users.json
    // gives them), in Engineering and Research.
    void aRosterIsAppliedAfterTheExport()
    {
        auto settings = freshSettings();
        ImportWizard wizard(*settings);
        wizard.show();
        wizard.optionsPage()->setRoster(m_data + QStringLiteral("/roster.csv"));
        QVERIFY(toPreview(wizard, slack(), fresh(QStringLiteral("roster.goodwill"))));
        ImportWizardRunPage *preview = wizard.previewPage();
        QCOMPARE(preview->state(), ImportWizardRunPage::State::Succeeded);
        QCOMPARE(preview->reportView()->rosterText(), QStringLiteral("3 periods in departments"));
        QCOMPARE(figure(preview, "New people"), QStringLiteral("4")); // all matched by e-mail
        QCOMPARE(preview->result().reports.size(), size_t(2));        // the export, the roster
    }

    void aRosterAloneNeedsNoOptions()
    {
        auto settings = freshSettings();
        ImportWizard wizard(*settings);
        wizard.show();
        wizard.setSource(m_data + QStringLiteral("/roster.csv"));
        QVERIFY(detected(wizard));
        QCOMPARE(wizard.sourcePage()->detectedFormat(), ImportFormat::Roster);
        wizard.sourcePage()->setNewDatabase(fresh(QStringLiteral("roster-only.goodwill")));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPageId));
        QVERIFY(stopped(wizard.previewPage()));
        QCOMPARE(wizard.previewPage()->state(), ImportWizardRunPage::State::Succeeded);
        QCOMPARE(figure(wizard.previewPage(), "New people"), QStringLiteral("3"));
        QCOMPARE(wizard.previewPage()->reportView()->rosterText(),
                 QStringLiteral("3 periods in departments"));
    }

    void anUnreadableSourceSaysWhyAndBlocksNext_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        QTest::newRow("damaged zip")
            << QStringLiteral("garbage.zip") << QByteArray() << QStringLiteral("garbage.zip");
        QTest::newRow("unknown json")
            << QStringLiteral("notes.json") << QByteArray("{\"not\": \"an export\"")
            << QStringLiteral("does not recognise this export");
        QTest::newRow("missing") << QStringLiteral("missing.zip") << QByteArray()
                                 << QStringLiteral("There is no file or folder");
    }

    void anUnreadableSourceSaysWhyAndBlocksNext()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        QString path = m_data + QLatin1Char('/') + name;
        if (!bytes.isEmpty()) {
            path = fresh(name);
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        }
        auto settings = freshSettings();
        ImportWizard wizard(*settings);
        wizard.show();
        wizard.setSource(path);
        QVERIFY(detected(wizard));
        QVERIFY2(wizard.sourcePage()->statusText().contains(says),
                 qPrintable(wizard.sourcePage()->statusText()));
        QVERIFY(!wizard.sourcePage()->isComplete());
        QVERIFY(!nextEnabled(wizard));
    }

    void aBrokenExportShowsTheErrorInThePreview()
    {
        auto settings = freshSettings();
        ImportWizard wizard(*settings);
        wizard.show();
        const QString target = fresh(QStringLiteral("broken.goodwill"));
        QVERIFY(toPreview(wizard, m_data + QStringLiteral("/slack-broken"), target));
        ImportWizardRunPage *preview = wizard.previewPage();
        QCOMPARE(preview->state(), ImportWizardRunPage::State::Failed);
        // The day file with the unfinished array is named.
        QVERIFY2(preview->errorText().contains(QStringLiteral("general/2026-01-05.json")),
                 qPrintable(preview->errorText()));
        QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
        QVERIFY(!QFileInfo::exists(target));
    }

    void cancellingTheImportLeavesTheDatabaseUnchanged()
    {
        const QString source = largeSlackExport();
        QVERIFY(!source.isEmpty());
        const QString database = fresh(QStringLiteral("cancel.goodwill"));
        importers::ImportRequest request;
        request.sources = {slack()};
        request.target = database;
        QVERIFY(importers::Importer::run(request));
        QByteArray before;
        {
            auto db = store::Database::open(database, store::Database::Access::ReadOnly);
            QVERIFY(db);
            auto hash = store::contentHash((*db)->connection());
            QVERIFY(hash);
            before = *hash;
        }
        auto settings = freshSettings();
        ImportWizard wizard(*settings);
        wizard.show();
        wizard.setOpenDatabase(database, ImportWizard::OpenDatabase::Importable);
        QVERIFY(toPreview(wizard, source, QString()));
        QCOMPARE(figure(wizard.previewPage(), "Posts"), QLocale().toString(2000));
        wizard.next(); // starts the import
        ImportWizardRunPage *page = wizard.importPage();
        QVERIFY(page->isRunning());
        page->cancel();
        QVERIFY(stopped(page));
        QCOMPARE(page->state(), ImportWizardRunPage::State::Cancelled);
        QCOMPARE(page->statusText(), QStringLiteral("The import was cancelled; %1 is unchanged.")
                                         .arg(QFileInfo(database).fileName()));
        QVERIFY(wizard.importedDatabase().isEmpty());
        auto db = store::Database::open(database, store::Database::Access::ReadOnly);
        QVERIFY(db);
        QCOMPARE(*store::contentHash((*db)->connection()), before);
        QCOMPARE(queryInt((*db)->connection(), "SELECT count(*) FROM import_runs"), 1);
    }

    void escapeClosesTheWizardOnceARunningImportHasStopped()
    {
        const QString source = largeSlackExport();
        QVERIFY(!source.isEmpty());
        auto settings = freshSettings();
        ImportWizard wizard(*settings);
        wizard.show();
        const QString target = fresh(QStringLiteral("escape.goodwill"));
        QVERIFY(toPreview(wizard, source, target));
        wizard.next(); // starts the import
        QVERIFY(wizard.importPage()->isRunning());
        QTest::keyClick(&wizard, Qt::Key_Escape);
        QVERIFY(wizard.isVisible()); // waits for the import to roll back
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isVisible(), 60000);
        QVERIFY(!QFileInfo::exists(target)); // rolled back: no database was created
        QVERIFY(wizard.importedDatabase().isEmpty());
        QCOMPARE(wizard.result(), int(QDialog::Rejected));
    }

    void droppingAZipOnTheMainWindowOpensTheWizardWithIt()
    {
        const QString zip = fresh(QStringLiteral("dropped.zip"));
        QVERIFY(test::zipFolder(slack(), zip, QStringLiteral("export/")));
        auto settings = freshSettings();
        ui::MainWindow window(*settings);
        window.show();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(zip)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        ImportWizard *wizard = window.importWizard();
        QVERIFY(wizard);
        QVERIFY(wizard->isVisible());
        QCOMPARE(wizard->source(), zip);
        QVERIFY(detected(*wizard));
        QCOMPARE(wizard->sourcePage()->detectedFormat(), ImportFormat::Slack);

        // The wizard is window-modal: another export is dropped on the wizard itself.
        QMimeData folder;
        folder.setUrls({QUrl::fromLocalFile(slack())});
        QDragEnterEvent enterWizard(QPoint(10, 10), Qt::CopyAction, &folder, Qt::LeftButton,
                                    Qt::NoModifier);
        QCoreApplication::sendEvent(wizard->sourcePage(), &enterWizard);
        QVERIFY(enterWizard.isAccepted());
        QDropEvent again(QPointF(10, 10), Qt::CopyAction, &folder, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(wizard->sourcePage(), &again);
        QCOMPARE(wizard->source(), slack());
        QVERIFY(detected(*wizard));
        QCOMPARE(wizard->sourcePage()->detectedFormat(), ImportFormat::Slack);
    }

    void fileImportIsCtrlIAndFinishOpensTheImportedDatabase()
    {
        auto settings = freshSettings();
        ui::MainWindow window(*settings);
        window.show();
        QAction *action = nullptr;
        for (QAction *candidate : window.menuBar()->actions().first()->menu()->actions()) {
            if (candidate->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_I))
                action = candidate;
        }
        QVERIFY(action);
        QCOMPARE(action->text(), QStringLiteral("&Import…"));
        action->trigger();
        ImportWizard *wizard = window.importWizard();
        QVERIFY(wizard);
        const QString target = fresh(QStringLiteral("finish.goodwill"));
        QVERIFY(toPreview(*wizard, slack(), target));
        wizard->next();
        QVERIFY(stopped(wizard->importPage()));
        QCOMPARE(wizard->importPage()->state(), ImportWizardRunPage::State::Succeeded);
        QSignalSpy loaded(&window, &ui::MainWindow::databaseLoaded);
        wizard->button(QWizard::FinishButton)->click();
        QVERIFY(loaded.wait(30000));
        QCOMPARE(window.currentPath(), target);
        QCOMPARE(window.summaryPage()->card(QStringLiteral("Activities"))->value(),
                 QStringLiteral("10"));
        QTRY_VERIFY(!window.importWizard()); // closed and deleted
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"

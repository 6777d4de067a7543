#include "shotscommand.h"

#include "commandline.h"
#include "dashboardsession.h"
#include "dashboardview.h"
#include "importwizard.h"
#include "importwizardrunpage.h"
#include "importwizardsourcepage.h"
#include "mainwindow.h"
#include "palettes.h"
#include "state/appsettings.h"
#include "state/languagesetup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>

namespace goodwill::app {

int runShotsCommand(const QStringList &arguments, state::LanguageSetup &language)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("database"),
                                QStringLiteral("file"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("folder"),
                                 QStringLiteral("dir"));
    const QCommandLineOption palette(QStringLiteral("palette"), QStringLiteral("light or dark"),
                                     QStringLiteral("name"), QStringLiteral("light"));
    const QCommandLineOption exportOption(
        QStringLiteral("export"),
        QStringLiteral("also shoot the import wizard's preview and report on this export"),
        QStringLiteral("path"));
    const QCommandLineOption leader(QStringLiteral("leader"),
                                    QStringLiteral("who \"My engagement\" is for (e-mail or name)"),
                                    QStringLiteral("who"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("interface language (en, de, fr, es)"),
                                  QStringLiteral("language"));
    parser.addOptions({db, out, palette, exportOption, leader, lang});
    if (!parser.parse(QStringList{QStringLiteral("goodwill shots")} + arguments) ||
        !parser.isSet(db) || !parser.isSet(out)) {
        printError(QStringLiteral("usage: goodwill shots --db FILE --out DIR [--palette "
                                  "light|dark] [--export PATH] [--leader WHO] [--lang L]"));
        return UsageError;
    }
    if (parser.isSet(lang)) {
        if (!state::LanguageSetup::available().contains(parser.value(lang))) {
            printError(QStringLiteral("goodwill shots: --lang takes one of %1")
                           .arg(state::LanguageSetup::available().join(QStringLiteral(", "))));
            return UsageError;
        }
        language.install(parser.value(lang));
    }
    const bool dark = parser.value(palette) == QStringLiteral("dark");
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(dark ? ui::darkPalette() : ui::lightPalette());

    QTemporaryDir settingsDir;
    state::AppSettings settings(settingsDir.filePath(QStringLiteral("shots.ini")));
    if (parser.isSet(leader))
        settings.setValue(state::AppSettings::Key::EngagementLeader, parser.value(leader));
    ui::MainWindow window(settings);
    window.resize(1440, 900);
    window.show();
    const auto shotPath = [&](const QString &name) {
        return QDir(parser.value(out))
            .filePath(QStringLiteral("%1-%2.png")
                          .arg(name, dark ? QStringLiteral("dark") : QStringLiteral("light")));
    };
    QStringList written;
    int code = Failure;
    const auto save = [&](QWidget *widget, const QString &name) {
        const QString target = shotPath(name);
        QDir().mkpath(parser.value(out));
        if (!widget->grab().save(target)) {
            printError(QCoreApplication::translate("ShotsCommand", "cannot write %1").arg(target));
            code = Failure;
            QApplication::quit();
            return false;
        }
        written << target;
        return true;
    };

    // The import wizard on the export: its preview, then its report after the import into
    // a scratch database (named after the export, as the wizard would propose).
    QTemporaryDir scratch;
    const auto shootWizard = [&] {
        ui::ImportWizard *wizard = window.openImportWizard(parser.value(exportOption));
        // An export the wizard cannot read never gets past its first page.
        QTimer::singleShot(60000, wizard, [wizard] {
            printError(
                QCoreApplication::translate("ShotsCommand", "the import wizard did not finish: %1")
                    .arg(wizard->sourcePage()->statusText()));
            QApplication::quit();
        });
        wizard->sourcePage()->setNewDatabase(
            scratch.filePath(QFileInfo(parser.value(exportOption)).completeBaseName() +
                             QStringLiteral(".goodwill")));
        QObject::connect(wizard->sourcePage(), &QWizardPage::completeChanged, wizard, [wizard] {
            if (wizard->currentId() == ui::ImportWizard::SourcePageId &&
                wizard->sourcePage()->isComplete()) {
                wizard->next();
                if (wizard->currentId() == ui::ImportWizard::OptionsPageId)
                    wizard->next();
            }
        });
        QObject::connect(wizard->previewPage(), &ui::ImportWizardRunPage::stopped, wizard,
                         [&, wizard](bool succeeded) {
                             if (!succeeded) {
                                 printError(wizard->previewPage()->errorText());
                                 QApplication::quit();
                                 return;
                             }
                             QTimer::singleShot(300, wizard, [&, wizard] {
                                 if (save(wizard, QStringLiteral("import-preview")))
                                     wizard->next();
                             });
                         });
        QObject::connect(wizard->importPage(), &ui::ImportWizardRunPage::stopped, wizard,
                         [&, wizard](bool succeeded) {
                             if (!succeeded) {
                                 printError(wizard->importPage()->errorText());
                                 QApplication::quit();
                                 return;
                             }
                             QTimer::singleShot(300, wizard, [&, wizard] {
                                 if (save(wizard, QStringLiteral("import-report")))
                                     code = Success;
                                 QApplication::quit();
                             });
                         });
    };

    // Every dashboard page in turn, once the first figures are in; each page gets time
    // to finish its own work off the GUI thread before it is grabbed.
    std::function<void(int)> shootPage = [&](int index) {
        const QStringList keys = window.dashboard()->pageKeys();
        if (index >= keys.size()) {
            if (parser.isSet(exportOption)) {
                shootWizard();
                return;
            }
            code = Success;
            QApplication::quit();
            return;
        }
        window.dashboard()->showPage(keys[index]);
        QTimer::singleShot(1500, &window, [&, index, keys] {
            if (!window.session()->isBusy() &&
                save(&window, QStringLiteral("page-%1").arg(keys[index])))
                shootPage(index + 1);
            else if (window.session()->isBusy())
                shootPage(index); // still computing: look again
        });
    };
    bool dashboardTaken = false;
    QObject::connect(&window, &ui::MainWindow::dashboardReady, &window, [&] {
        if (dashboardTaken)
            return;
        dashboardTaken = true;
        shootPage(0);
    });
    QObject::connect(&window, &ui::MainWindow::loadFailed, &window, [&](const QString &message) {
        printError(message);
        QApplication::quit();
    });
    window.openDatabase(parser.value(db));
    QApplication::exec();
    if (code == Success)
        printOut(written.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    return code;
}

} // namespace goodwill::app

#include "applicationidentity.h"
#include "checkcommand.h"
#include "commandline.h"
#include "democommand.h"
#include "importcommand.h"
#include "mainwindow.h"
#include "reportcommand.h"
#include "shotscommand.h"
#include "state/appsettings.h"
#include "state/languagesetup.h"

#include <QApplication>
#include <QFileInfo>

#include <cstdlib>

using namespace goodwill;

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("goodwill"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GOODWILL_VERSION));
    // Also names the settings folder on Linux (QSettings uses the domain when there is no
    // organisation name); the data folder stays ~/.local/share/goodwill.
    QCoreApplication::setOrganizationDomain(QString::fromLatin1(ui::organizationDomain));
    const QString verb = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    // The interface language, for the window and the commands alike: the one chosen in
    // Preferences, else the system's (issue 7). Installed once the application exists.
    state::LanguageSetup language;
    const auto speak = [&language] {
        language.install(
            state::AppSettings().value(state::AppSettings::Key::Language).toString());
    };

    if (verb == QStringLiteral("--version") || verb == QStringLiteral("-v")) {
        QCoreApplication app(argc, argv);
        app::printOut(QStringLiteral("goodwill %1\n").arg(QStringLiteral(GOODWILL_VERSION)));
        return app::Success;
    }
    if (verb == QStringLiteral("--help") || verb == QStringLiteral("-h")) {
        QCoreApplication app(argc, argv);
        speak();
        app::printOut(app::helpText());
        return app::Success;
    }
    QStringList arguments;
    for (int i = 2; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (verb == QStringLiteral("report") && app::reportNeedsGui(arguments)) {
        // PDF reports lay text out and draw charts: a GUI application, never on a screen.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        // The offscreen platform's notes (no runtime folder, size hints) are not the user's
        // business; the command's own errors are printed, not logged.
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &) {
            if (type == QtFatalMsg)
                std::abort();
        });
        QApplication app(argc, argv);
        speak();
        return app::runReportCommand(app.arguments().mid(2));
    }
    if (verb == QStringLiteral("demo") || verb == QStringLiteral("check") ||
        verb == QStringLiteral("report") || verb == QStringLiteral("import")) {
        QCoreApplication app(argc, argv);
        speak();
        arguments = app.arguments().mid(2);
        if (verb == QStringLiteral("report"))
            return app::runReportCommand(arguments);
        if (verb == QStringLiteral("import"))
            return app::runImportCommand(arguments);
        return verb == QStringLiteral("demo") ? app::runDemoCommand(arguments)
                                              : app::runCheckCommand(arguments);
    }
    if (verb == QStringLiteral("shots")) {
        QApplication app(argc, argv);
        speak();
        return app::runShotsCommand(app.arguments().mid(2), language);
    }
    if (argc > 2 || (verb.startsWith(QLatin1Char('-')))) {
        QCoreApplication app(argc, argv);
        speak();
        app::printError(
            QCoreApplication::translate("main", "unknown command '%1' (see goodwill --help)")
                .arg(verb));
        return app::UsageError;
    }

    QApplication app(argc, argv);
    speak();
    QApplication::setApplicationDisplayName(QStringLiteral("Goodwill"));
    QGuiApplication::setDesktopFileName(QString::fromLatin1(ui::applicationId));
    QApplication::setWindowIcon(ui::applicationIcon());
    state::AppSettings settings;
    ui::MainWindow window(settings);
    window.show();
    if (!verb.isEmpty())
        window.openDatabase(verb);
    else
        window.openStartupDatabase();
    return app.exec();
}

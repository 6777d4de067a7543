#include "checkcommand.h"
#include "commandline.h"
#include "democommand.h"
#include "importcommand.h"
#include "mainwindow.h"
#include "reportcommand.h"
#include "shotscommand.h"
#include "state/appsettings.h"

#include <QApplication>
#include <QFileInfo>

using namespace goodwill;

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("goodwill"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GOODWILL_VERSION));
    const QString verb = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();

    if (verb == QStringLiteral("--version") || verb == QStringLiteral("-v")) {
        QCoreApplication app(argc, argv);
        app::printOut(QStringLiteral("goodwill %1\n").arg(QStringLiteral(GOODWILL_VERSION)));
        return app::Success;
    }
    if (verb == QStringLiteral("--help") || verb == QStringLiteral("-h")) {
        QCoreApplication app(argc, argv);
        app::printOut(app::helpText());
        return app::Success;
    }
    if (verb == QStringLiteral("demo") || verb == QStringLiteral("check") ||
        verb == QStringLiteral("report") || verb == QStringLiteral("import")) {
        QCoreApplication app(argc, argv);
        const QStringList arguments = app.arguments().mid(2);
        if (verb == QStringLiteral("report"))
            return app::runReportCommand(arguments);
        if (verb == QStringLiteral("import"))
            return app::runImportCommand(arguments);
        return verb == QStringLiteral("demo") ? app::runDemoCommand(arguments)
                                              : app::runCheckCommand(arguments);
    }
    if (verb == QStringLiteral("shots")) {
        QApplication app(argc, argv);
        return app::runShotsCommand(app.arguments().mid(2));
    }
    if (argc > 2 || (verb.startsWith(QLatin1Char('-')))) {
        QCoreApplication app(argc, argv);
        app::printError(
            QCoreApplication::translate("main", "unknown command '%1' (see goodwill --help)")
                .arg(verb));
        return app::UsageError;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Goodwill"));
    state::AppSettings settings;
    ui::MainWindow window(settings);
    window.show();
    if (!verb.isEmpty())
        window.openDatabase(verb);
    else
        window.openStartupDatabase();
    return app.exec();
}

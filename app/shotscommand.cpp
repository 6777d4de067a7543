#include "shotscommand.h"

#include "commandline.h"
#include "mainwindow.h"
#include "palettes.h"
#include "state/appsettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTimer>

namespace goodwill::app {

int runShotsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("database"),
                                QStringLiteral("file"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("folder"),
                                 QStringLiteral("dir"));
    const QCommandLineOption palette(QStringLiteral("palette"), QStringLiteral("light or dark"),
                                     QStringLiteral("name"), QStringLiteral("light"));
    parser.addOptions({db, out, palette});
    if (!parser.parse(QStringList{QStringLiteral("goodwill shots")} + arguments) ||
        !parser.isSet(db) || !parser.isSet(out)) {
        printError(
            QStringLiteral("usage: goodwill shots --db FILE --out DIR [--palette light|dark]"));
        return UsageError;
    }
    const bool dark = parser.value(palette) == QStringLiteral("dark");
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(dark ? ui::darkPalette() : ui::lightPalette());

    QTemporaryDir settingsDir;
    state::AppSettings settings(settingsDir.filePath(QStringLiteral("shots.ini")));
    ui::MainWindow window(settings);
    window.resize(1280, 800);
    window.show();
    const QString target =
        QDir(parser.value(out))
            .filePath(QStringLiteral("summary-%1.png")
                          .arg(dark ? QStringLiteral("dark") : QStringLiteral("light")));
    int code = Failure;
    QObject::connect(&window, &ui::MainWindow::databaseLoaded, &window, [&] {
        // Let layouts and the chart settle before grabbing.
        QTimer::singleShot(400, &window, [&] {
            QDir().mkpath(parser.value(out));
            code = window.grab().save(target) ? Success : Failure;
            if (code != Success)
                printError(
                    QCoreApplication::translate("ShotsCommand", "cannot write %1").arg(target));
            QApplication::quit();
        });
    });
    QObject::connect(&window, &ui::MainWindow::loadFailed, &window, [&](const QString &message) {
        printError(message);
        QApplication::quit();
    });
    window.openDatabase(parser.value(db));
    QApplication::exec();
    if (code == Success)
        printOut(target + QLatin1Char('\n'));
    return code;
}

} // namespace goodwill::app

// Help > About Goodwill and Help > User Guide.
#include "aboutdialog.h"
#include "applicationidentity.h"
#include "mainwindow.h"
#include "state/appsettings.h"
#include "userguidedialog.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>

#include <boost/version.hpp>
#include <csv.h>
#include <simdjson.h>
#include <sqlite3.h>
#include <zipconf.h>

using namespace goodwill;

namespace {

QAction *helpAction(ui::MainWindow &window, const QString &text)
{
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->text() != QStringLiteral("&Help") || !menu->menu())
            continue;
        for (QAction *action : menu->menu()->actions()) {
            if (action->text() == text)
                return action;
        }
    }
    return nullptr;
}

QString labelText(const QWidget &parent, const char *name)
{
    const auto *label = parent.findChild<QLabel *>(QLatin1StringView(name));
    return label ? label->text() : QString();
}

} // namespace

class TestAboutDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void showsVersionLicenceAndIcon()
    {
        ui::AboutDialog dialog;
        QVERIFY(labelText(dialog, "title").contains(QStringLiteral("Goodwill " GOODWILL_VERSION)));
        const QString licence = labelText(dialog, "licence");
        QVERIFY(licence.contains(QStringLiteral("GNU General Public License, version 3 or later")));
        QVERIFY(licence.contains(QStringLiteral("https://www.gnu.org/licenses/gpl-3.0.html")));
        const auto *icon = dialog.findChild<QLabel *>(QStringLiteral("icon"));
        QVERIFY(icon);
        QVERIFY(!icon->pixmap().isNull());
        // The compiled-in icon, not an empty one: the centre of the mark is white.
        const QImage image = icon->pixmap().toImage();
        const QRgb centre = image.pixel(image.width() / 2, image.height() / 2);
        QVERIFY(qAlpha(centre) == 255 && qRed(centre) > 230 && qBlue(centre) > 230);
    }

    void creditsEveryLibraryWithItsVersion()
    {
        // The versions as each library reports them, worked out here independently.
        const QString boost =
            QStringLiteral(BOOST_LIB_VERSION).replace(QLatin1Char('_'), QLatin1Char('.'));
        const QString simdjson = QStringLiteral("%1.%2.%3")
                                     .arg(int(simdjson::SIMDJSON_VERSION_MAJOR))
                                     .arg(int(simdjson::SIMDJSON_VERSION_MINOR))
                                     .arg(int(simdjson::SIMDJSON_VERSION_REVISION));
        const QMap<QString, QString> expected{
            {QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
            {QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion())},
            {QStringLiteral("simdjson"), simdjson},
            {QStringLiteral("libzip"), QStringLiteral(LIBZIP_VERSION)},
            {QStringLiteral("libcsv"),
             QStringLiteral("%1.%2.%3").arg(CSV_MAJOR).arg(CSV_MINOR).arg(CSV_RELEASE)},
        };
        const QList<ui::AboutDialog::Credit> credits = ui::AboutDialog::credits();
        QStringList names;
        for (const auto &credit : credits) {
            names << credit.name;
            QVERIFY2(!credit.licence.isEmpty() && !credit.purpose.isEmpty() &&
                         credit.url.scheme() == QStringLiteral("https"),
                     qPrintable(credit.name));
            if (credit.name == QStringLiteral("Boost")) // 1_74 says major and minor only
                QVERIFY2(credit.version.startsWith(boost + QLatin1Char('.')),
                         qPrintable(credit.version));
            else
                QCOMPARE(credit.version, expected.value(credit.name));
        }
        QCOMPARE(names, (QStringList{QStringLiteral("Qt"), QStringLiteral("SQLite"),
                                     QStringLiteral("simdjson"), QStringLiteral("libzip"),
                                     QStringLiteral("libcsv"), QStringLiteral("Boost")}));
        // The dialog shows every one of them.
        ui::AboutDialog dialog;
        const QString shown = labelText(dialog, "credits");
        for (const auto &credit : credits)
            QVERIFY2(shown.contains(credit.name + QStringLiteral("</a> ") + credit.version),
                     qPrintable(credit.name));
    }

    void helpMenuOpensAboutWithoutBlocking()
    {
        state::AppSettings settings(m_dir.filePath(QStringLiteral("about.ini")));
        ui::MainWindow window(settings);
        window.show();
        QAction *about = helpAction(window, QStringLiteral("&About Goodwill"));
        QVERIFY(about);
        about->trigger();
        auto *dialog = window.findChild<ui::AboutDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        dialog->close();
    }

    void helpMenuOpensTheBundledUserGuide()
    {
        state::AppSettings settings(m_dir.filePath(QStringLiteral("guide.ini")));
        ui::MainWindow window(settings);
        window.show();
        QAction *guide = helpAction(window, QStringLiteral("&User Guide"));
        QVERIFY(guide);
        QCOMPARE(guide->shortcut(), QKeySequence(QKeySequence::HelpContents));
        guide->trigger();
        guide->trigger(); // asked for again: the same window comes forward
        const auto dialogs = window.findChildren<ui::UserGuideDialog *>();
        QCOMPARE(dialogs.size(), 1);
        QVERIFY(dialogs.first()->isVisible());
        // The copy compiled in is docs/user-guide.md as it is in the source tree...
        QFile source(QStringLiteral(GOODWILL_SOURCE_DIR "/docs/user-guide.md"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QCOMPARE(ui::userGuideMarkdown(), QString::fromUtf8(source.readAll()));
        // ...and it is shown as a document, not as Markdown source.
        const QString text = dialogs.first()->browser()->document()->toPlainText();
        QVERIFY(text.startsWith(QStringLiteral("Goodwill user guide")));
        QVERIFY(text.contains(QStringLiteral("First start")));
        QVERIFY(!text.contains(QStringLiteral("## ")));
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"

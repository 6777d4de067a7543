// Edit > Preferences…: the interface language, stored in AppSettings Key::Language.
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "state/appsettings.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace goodwill;
using state::AppSettings;

class TestPreferencesDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The interface in use is English, as LanguageSetup::install("en") leaves it.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void listsTheSystemDefaultAndEveryLanguageInItsOwnName()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("list.ini")));
        ui::PreferencesDialog dialog(settings);
        const QComboBox *box = dialog.languageBox();
        QCOMPARE(box->count(), 5);
        QVERIFY(box->itemText(0).startsWith(QStringLiteral("System default (")));
        QCOMPARE(box->itemData(0).toString(), QString());
        const QStringList names{QStringLiteral("English"), QStringLiteral("Deutsch"),
                                QStringLiteral("Français"), QStringLiteral("Español")};
        const QStringList codes{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"),
                                QStringLiteral("es")};
        for (int i = 0; i < names.size(); ++i) {
            QCOMPARE(box->itemText(i + 1), names[i]);
            QCOMPARE(box->itemData(i + 1).toString(), codes[i]);
        }
        // Nothing stored yet: the system default is chosen.
        QCOMPARE(box->currentIndex(), 0);
    }

    void storesTheChoiceAndReadsItBack()
    {
        const QString file = m_dir.filePath(QStringLiteral("choice.ini"));
        {
            AppSettings settings(file);
            ui::PreferencesDialog dialog(settings);
            dialog.languageBox()->setCurrentIndex(
                dialog.languageBox()->findText(QStringLiteral("Français")));
            QCOMPARE(settings.value(AppSettings::Key::Language).toString(), QStringLiteral("fr"));
        }
        AppSettings reread(file);
        QCOMPARE(reread.value(AppSettings::Key::Language).toString(), QStringLiteral("fr"));
        ui::PreferencesDialog dialog(reread);
        QCOMPARE(dialog.languageBox()->currentText(), QStringLiteral("Français"));

        // Back to the system default: stored as empty.
        dialog.languageBox()->setCurrentIndex(0);
        QCOMPARE(reread.value(AppSettings::Key::Language).toString(), QString());
    }

    void saysARestartIsNeededOnlyForAnotherLanguage()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("restart.ini")));
        settings.setValue(AppSettings::Key::Language, QStringLiteral("en"));
        ui::PreferencesDialog dialog(settings);
        const auto *note = dialog.findChild<QLabel *>(QStringLiteral("restartNote"));
        const auto *restart = dialog.findChild<QPushButton *>(QStringLiteral("restart"));
        QVERIFY(note && restart);
        QVERIFY(!dialog.restartNeeded());
        QVERIFY(note->isHidden());
        QVERIFY(restart->isHidden());

        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("de")));
        QVERIFY(dialog.restartNeeded());
        QVERIFY(!note->isHidden());
        QVERIFY(!restart->isHidden());
        QVERIFY(note->text().contains(QStringLiteral("restarts")));

        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("en")));
        QVERIFY(note->isHidden());
    }

    void editMenuOpensIt()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("menu.ini")));
        ui::MainWindow window(settings);
        QAction *preferences = nullptr;
        for (QAction *menu : window.menuBar()->actions()) {
            if (menu->text() != QStringLiteral("&Edit") || !menu->menu())
                continue;
            for (QAction *action : menu->menu()->actions()) {
                if (action->text() == QStringLiteral("&Preferences…"))
                    preferences = action;
            }
        }
        QVERIFY(preferences);
        const QList<QKeySequence> platform = QKeySequence::keyBindings(QKeySequence::Preferences);
        QCOMPARE(preferences->shortcuts(),
                 platform.isEmpty() ? QList<QKeySequence>{QKeySequence(QStringLiteral("Ctrl+,"))}
                                    : platform);
        preferences->trigger();
        auto *dialog = window.findChild<ui::PreferencesDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        dialog->close();
    }
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"

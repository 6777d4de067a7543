#include "state/appsettings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using goodwill::state::AppSettings;

class TestAppSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString touch(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        return path;
    }

private Q_SLOTS:
    void defaultsComeFromTheTable()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("defaults.ini")));
        QCOMPARE(settings.value(AppSettings::Key::LastDatabase).toString(), QString());
        QVERIFY(settings.recentFiles().isEmpty());
        QVERIFY(settings.value(AppSettings::Key::WindowGeometry).toByteArray().isEmpty());
    }

    void valuesPersistAcrossInstances()
    {
        const QString ini = m_dir.filePath(QStringLiteral("persist.ini"));
        {
            AppSettings settings(ini);
            settings.setValue(AppSettings::Key::LastDatabase, QStringLiteral("/data/org.goodwill"));
        }
        AppSettings again(ini);
        QCOMPARE(again.value(AppSettings::Key::LastDatabase).toString(),
                 QStringLiteral("/data/org.goodwill"));
    }

    void recentFilesAreNewestFirstUniqueAndExisting()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("recent.ini")));
        const QString a = touch(QStringLiteral("a.goodwill"));
        const QString b = touch(QStringLiteral("b.goodwill"));
        const QString gone = touch(QStringLiteral("gone.goodwill"));
        settings.addRecentFile(a);
        settings.addRecentFile(gone);
        settings.addRecentFile(b);
        QFile::remove(gone);
        settings.addRecentFile(a);
        QCOMPARE(settings.recentFiles(), (QStringList{a, b}));
        for (int i = 0; i < 12; ++i)
            settings.addRecentFile(touch(QStringLiteral("f%1.goodwill").arg(i)));
        QCOMPARE(settings.recentFiles().size(), AppSettings::maxRecentFiles);
        QCOMPARE(settings.recentFiles().first(), m_dir.filePath(QStringLiteral("f11.goodwill")));
        settings.removeRecentFile(m_dir.filePath(QStringLiteral("f11.goodwill")));
        QCOMPARE(settings.recentFiles().first(), m_dir.filePath(QStringLiteral("f10.goodwill")));
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"

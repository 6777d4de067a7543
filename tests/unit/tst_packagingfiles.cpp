// The desktop integration files in packaging/ (the .desktop file, AppStream metainfo, the
// MIME type) and the rendered icons: well-formed, and all carrying the one application id
// of ui/applicationidentity.h. CI also runs the validators (packaging/check); here they run
// when installed.
#include "applicationidentity.h"
#include "store/database.h"
#include "store/schema.h"
#include "testdatabase.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QMimeDatabase>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <sqlite3.h>

using namespace goodwill;

namespace {

const QString appId = QString::fromLatin1(ui::applicationId);
const QString mimeType = QString::fromLatin1(ui::databaseMimeType);

QString packagingFile(const QString &suffix)
{
    return QStringLiteral(GOODWILL_SOURCE_DIR "/packaging/") + appId + suffix;
}

// The [Desktop Entry] group's keys (untranslated ones only: no "[xx]" in the key).
QMap<QString, QString> desktopEntry(const QString &path)
{
    QMap<QString, QString> keys;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return keys;
    bool inEntry = false;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(QLatin1Char('['))) {
            inEntry = line == QStringLiteral("[Desktop Entry]");
            continue;
        }
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (inEntry && equals > 0)
            keys.insert(line.left(equals), line.mid(equals + 1));
    }
    return keys;
}

// One XML element as the tests need it: its path from the root, attributes and text.
struct Element
{
    QString path;
    QXmlStreamAttributes attributes;
    QString text;
};

QList<Element> readXml(const QString &path, QString *error)
{
    QList<Element> elements;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return elements;
    }
    QXmlStreamReader xml(&file);
    QStringList stack;
    QList<qsizetype> open;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            stack << xml.name().toString();
            open << elements.size();
            elements.append({stack.join(QLatin1Char('/')), xml.attributes(), QString()});
        } else if (xml.isCharacters() && !open.isEmpty()) {
            elements[open.last()].text += xml.text().toString();
        } else if (xml.isEndElement()) {
            const qsizetype index = open.takeLast();
            elements[index].text = elements[index].text.trimmed();
            stack.removeLast();
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return elements;
}

QList<Element> elementsAt(const QList<Element> &elements, const QString &path)
{
    QList<Element> found;
    for (const Element &e : elements) {
        if (e.path == path)
            found << e;
    }
    return found;
}

// Runs a validator if it is installed: its exit code, or -1 when it is not there.
int runTool(const QString &program, const QStringList &arguments, QString *output,
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty())
        return -1;
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(path, arguments);
    if (!process.waitForFinished(60000))
        return -2;
    *output = QString::fromLocal8Bit(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
}

bool writePlainSqlite(const QString &path)
{
    sqlite3 *db = nullptr;
    const bool ok =
        sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK &&
        sqlite3_exec(db, "CREATE TABLE t (x INTEGER)", nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

} // namespace

class TestPackagingFiles : public QObject
{
    Q_OBJECT

private:
    const QString systemTypes = QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml");
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A MIME database as on a system with Goodwill installed, where every package's
        // types are merged into one: the freedesktop.org types and ours. Qt reads it from
        // XDG_DATA_DIRS the first time it is used. (Two folders would not do: Qt 6.4 lets
        // a later folder's cache override an earlier folder's better magic match.)
        const QString packages = m_dir.filePath(QStringLiteral("share/mime/packages/"));
        QVERIFY(QDir().mkpath(packages));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("home"))));
        QVERIFY(QFile::copy(packagingFile(QStringLiteral(".mime.xml")),
                            packages + appId + QStringLiteral(".xml")));
        // shared-mime-info comes with Qt (libqt6core6 depends on it).
        QVERIFY(QFile::copy(systemTypes, packages + QStringLiteral("freedesktop.org.xml")));
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("home")).toLocal8Bit());
        qputenv("XDG_DATA_DIRS", m_dir.filePath(QStringLiteral("share")).toLocal8Bit());
    }

    void desktopFileLaunchesGoodwillOnDatabases()
    {
        const QMap<QString, QString> entry =
            desktopEntry(packagingFile(QStringLiteral(".desktop")));
        QCOMPARE(entry.value(QStringLiteral("Type")), QStringLiteral("Application"));
        QCOMPARE(entry.value(QStringLiteral("Name")), QStringLiteral("Goodwill"));
        QCOMPARE(entry.value(QStringLiteral("Icon")), appId);
        // One file as argv[1], which main() opens.
        QCOMPARE(entry.value(QStringLiteral("Exec")), QStringLiteral("goodwill %f"));
        QCOMPARE(entry.value(QStringLiteral("TryExec")), QStringLiteral("goodwill"));
        // On X11 the window's WM_CLASS is Qt's application name; docks match it to this.
        QCOMPARE(entry.value(QStringLiteral("StartupWMClass")), QStringLiteral("goodwill"));
        QVERIFY(entry.value(QStringLiteral("MimeType"))
                    .split(QLatin1Char(';'), Qt::SkipEmptyParts)
                    .contains(mimeType));
        QVERIFY(entry.value(QStringLiteral("Categories"))
                    .split(QLatin1Char(';'))
                    .contains(QStringLiteral("Office")));
    }

    void metainfoDescribesTheSameApplication()
    {
        QString error;
        const QList<Element> xml = readXml(packagingFile(QStringLiteral(".metainfo.xml")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(xml.first().path, QStringLiteral("component"));
        QCOMPARE(xml.first().attributes.value(QStringLiteral("type")),
                 QStringLiteral("desktop-application"));
        QCOMPARE(elementsAt(xml, QStringLiteral("component/id")).value(0).text, appId);
        const Element launchable = elementsAt(xml, QStringLiteral("component/launchable")).value(0);
        QCOMPARE(launchable.attributes.value(QStringLiteral("type")), QStringLiteral("desktop-id"));
        QCOMPARE(launchable.text, appId + QStringLiteral(".desktop"));
        QCOMPARE(elementsAt(xml, QStringLiteral("component/provides/binary")).value(0).text,
                 QStringLiteral("goodwill"));
        QCOMPARE(elementsAt(xml, QStringLiteral("component/provides/mediatype")).value(0).text,
                 mimeType);
        QCOMPARE(elementsAt(xml, QStringLiteral("component/project_license")).value(0).text,
                 QString::fromLatin1(ui::licenceId));
        QCOMPARE(elementsAt(xml, QStringLiteral("component/content_rating"))
                     .value(0)
                     .attributes.value(QStringLiteral("type")),
                 QStringLiteral("oars-1.1"));
    }

    void metainfoHasReleaseNotesForThisVersion()
    {
        QString error;
        const QList<Element> releases =
            elementsAt(readXml(packagingFile(QStringLiteral(".metainfo.xml")), &error),
                       QStringLiteral("component/releases/release"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!releases.isEmpty());
        // Newest first, as AppStream wants: the first is the version being built.
        QCOMPARE(releases.first().attributes.value(QStringLiteral("version")),
                 QStringLiteral(GOODWILL_VERSION));
        for (const Element &release : releases) {
            const QDate date = QDate::fromString(
                release.attributes.value(QStringLiteral("date")).toString(), Qt::ISODate);
            QVERIFY2(date.isValid(),
                     qPrintable(release.attributes.value(QStringLiteral("version")).toString()));
        }
    }

    void screenshotsAreTheImagesInDocs()
    {
        QString error;
        const QList<Element> images =
            elementsAt(readXml(packagingFile(QStringLiteral(".metainfo.xml")), &error),
                       QStringLiteral("component/screenshots/screenshot/image"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(images.size() >= 1);
        const QString prefix =
            QStringLiteral("https://raw.githubusercontent.com/goodwill-dashboard/goodwill/main/");
        for (const Element &image : images) {
            QVERIFY2(image.text.startsWith(prefix + QStringLiteral("docs/images/")),
                     qPrintable(image.text));
            const QImage png(QStringLiteral(GOODWILL_SOURCE_DIR "/") +
                             image.text.mid(prefix.size()));
            QVERIFY2(!png.isNull(), qPrintable(image.text));
            // AppStream's guideline: at least 620 × 350, landscape.
            QVERIFY(png.width() >= 620 && png.height() >= 350 && png.width() > png.height());
        }
    }

    void mimeTypeMatchesGoodwillsOwnHeader()
    {
        QString error;
        const QList<Element> xml = readXml(packagingFile(QStringLiteral(".mime.xml")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QList<Element> types = elementsAt(xml, QStringLiteral("mime-info/mime-type"));
        QCOMPARE(types.size(), 1);
        QCOMPARE(types.first().attributes.value(QStringLiteral("type")), mimeType);
        QCOMPARE(elementsAt(xml, QStringLiteral("mime-info/mime-type/glob"))
                     .value(0)
                     .attributes.value(QStringLiteral("pattern")),
                 QStringLiteral("*.goodwill"));
        QCOMPARE(elementsAt(xml, QStringLiteral("mime-info/mime-type/icon"))
                     .value(0)
                     .attributes.value(QStringLiteral("name")),
                 appId);
        const Element outer =
            elementsAt(xml, QStringLiteral("mime-info/mime-type/magic/match")).value(0);
        QCOMPARE(outer.attributes.value(QStringLiteral("value")),
                 QStringLiteral("SQLite format 3"));
        QCOMPARE(outer.attributes.value(QStringLiteral("offset")), QStringLiteral("0"));
        // SQLite stores PRAGMA application_id big-endian at byte 68 of the header.
        const Element inner =
            elementsAt(xml, QStringLiteral("mime-info/mime-type/magic/match/match")).value(0);
        QCOMPARE(inner.attributes.value(QStringLiteral("type")), QStringLiteral("big32"));
        QCOMPARE(inner.attributes.value(QStringLiteral("offset")), QStringLiteral("68"));
        bool ok = false;
        QCOMPARE(inner.attributes.value(QStringLiteral("value")).toString().toUInt(&ok, 16),
                 quint32(store::schema::applicationId));
        QVERIFY(ok);
    }

    void mimeDatabaseRecognisesGoodwillFiles()
    {
        QMimeDatabase mime;
        // By name: a new, empty .goodwill file.
        const QString fresh = m_dir.filePath(QStringLiteral("new.goodwill"));
        QFile(fresh).open(QIODevice::WriteOnly);
        QCOMPARE(mime.mimeTypeForFile(fresh).name(), mimeType);
        // By content: a database Goodwill made, under a name no type claims. Its magic is
        // more specific than SQLite's (priority 60 over 50), so it wins.
        const QString ours = m_dir.filePath(QStringLiteral("renamed.sqlite"));
        QVERIFY(store::Database::create(ours).ok());
        QCOMPARE(testing::fileBytes(ours).mid(68, 4), QByteArray("Good"));
        QCOMPARE(mime.mimeTypeForFile(ours).name(), mimeType);
        // Under SQLite's own suffix the name decides (as in file managers), unless the
        // content alone is asked for; either way it is still an SQLite file.
        const QString suffixed = m_dir.filePath(QStringLiteral("renamed.sqlite3"));
        QVERIFY(QFile::copy(ours, suffixed));
        QCOMPARE(mime.mimeTypeForFile(suffixed, QMimeDatabase::MatchContent).name(), mimeType);
        QVERIFY(mime.mimeTypeForName(mimeType).inherits(QStringLiteral("application/vnd.sqlite3")));
        // Any other SQLite file stays SQLite.
        const QString plain = m_dir.filePath(QStringLiteral("other.sqlite3"));
        QVERIFY(writePlainSqlite(plain));
        QCOMPARE(mime.mimeTypeForFile(plain, QMimeDatabase::MatchContent).name(),
                 QStringLiteral("application/vnd.sqlite3"));
    }

    void renderedIconsHaveEverySize()
    {
        for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
            const QString path = QStringLiteral(GOODWILL_ICON_ROOT "/%1x%1/apps/").arg(size) +
                                 appId + QStringLiteral(".png");
            const QImage icon(path);
            QVERIFY2(!icon.isNull(), qPrintable(path));
            QCOMPARE(icon.size(), QSize(size, size));
            QVERIFY(icon.hasAlphaChannel());
            // The tile's rounded corner is transparent; the centre is the solid white lens.
            QCOMPARE(qAlpha(icon.pixel(0, 0)), 0);
            const QRgb centre = icon.pixel(size / 2, size / 2);
            QCOMPARE(qAlpha(centre), 255);
            QVERIFY2(qRed(centre) > 230 && qGreen(centre) > 230 && qBlue(centre) > 230,
                     qPrintable(QStringLiteral("%1 px: %2").arg(size).arg(centre, 8, 16)));
        }
    }

    void validatorsAcceptTheFiles_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("desktop-file-validate")
            << QStringLiteral("desktop-file-validate")
            << QStringList{packagingFile(QStringLiteral(".desktop"))};
        QTest::newRow("appstreamcli")
            << QStringLiteral("appstreamcli")
            << QStringList{QStringLiteral("validate"), QStringLiteral("--no-net"),
                           packagingFile(QStringLiteral(".metainfo.xml"))};
        QTest::newRow("update-mime-database")
            << QStringLiteral("update-mime-database")
            << QStringList{m_dir.filePath(QStringLiteral("validated/mime"))};
    }

    void validatorsAcceptTheFiles()
    {
        QFETCH(QString, program);
        QFETCH(QStringList, arguments);
        if (program == QStringLiteral("update-mime-database")) {
            // It checks the XML against the shared-mime-info schema as it builds a cache.
            const QString packages = m_dir.filePath(QStringLiteral("validated/mime/packages"));
            QVERIFY(QDir().mkpath(packages));
            QFile::copy(packagingFile(QStringLiteral(".mime.xml")),
                        packages + QStringLiteral("/goodwill.xml"));
        }
        QString output;
        // update-mime-database notes a folder outside XDG_DATA_DIRS: name it there.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_DIRS"),
                           m_dir.filePath(QStringLiteral("validated")));
        const int code = runTool(program, arguments, &output, environment);
        if (code == -1)
            QSKIP(qPrintable(program + QStringLiteral(" is not installed (CI installs it)")));
        QVERIFY2(code == 0, qPrintable(output));
        if (program == QStringLiteral("update-mime-database")) {
            QVERIFY2(output.trimmed().isEmpty(), qPrintable(output));
            QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("validated/mime/application/")) +
                                  QStringLiteral("x-goodwill-database.xml")));
        }
    }
};

QTEST_GUILESS_MAIN(TestPackagingFiles)
#include "tst_packagingfiles.moc"

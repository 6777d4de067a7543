#include "importers/exportarchive.h"
#include "importers/importformat.h"
#include "testzip.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace goodwill;
using namespace goodwill::importers;

class TestExportArchive : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(bytes);
        return path;
    }

    static QString readAll(const ExportArchive &archive, int entry)
    {
        std::string bytes;
        if (auto done = archive.read(entry, bytes, 8); !done)
            return QStringLiteral("error: ") + done.error().message;
        return QString::fromStdString(bytes.substr(0, bytes.size() - 8));
    }

private Q_SLOTS:
    void folderListsFilesSortedWithRelativeNames()
    {
        write(QStringLiteral("slackdir/users.json"), "[]");
        write(QStringLiteral("slackdir/general/2026-01-02.json"), "[2]");
        write(QStringLiteral("slackdir/general/2026-01-01.json"), "[1]");
        auto archive = ExportArchive::open(m_dir.filePath(QStringLiteral("slackdir")));
        QVERIFY2(archive.ok(), qPrintable(archive ? QString() : archive.error().message));
        QCOMPARE(archive.value()->kind(), ExportArchive::Kind::Folder);
        const auto &entries = archive.value()->entries();
        QCOMPARE(entries.size(), size_t(3));
        QCOMPARE(entries[0].name, QStringLiteral("general/2026-01-01.json"));
        QCOMPARE(entries[2].name, QStringLiteral("users.json"));
        QCOMPARE(readAll(**archive, 1), QStringLiteral("[2]"));
        QCOMPARE(archive.value()->totalSize(), 2 + 3 + 3);
    }

    void zipEntriesReadAndStreamed()
    {
        const QString zipPath = m_dir.filePath(QStringLiteral("export.zip"));
        QVERIFY(test::zipEntries(zipPath, {{QStringLiteral("top/users.json"), "[{\"id\":1}]"},
                                           {QStringLiteral("top/channels.json"), "[]"},
                                           {QStringLiteral("users.json.bak"), "x"}}));
        auto archive = ExportArchive::open(zipPath);
        QVERIFY(archive.ok());
        QCOMPARE(archive.value()->kind(), ExportArchive::Kind::Zip);
        const int users = archive.value()->findEnding(QStringLiteral("Users.json"));
        QVERIFY(users >= 0);
        QCOMPARE(archive.value()->entries()[size_t(users)].name, QStringLiteral("top/users.json"));
        QCOMPARE(readAll(**archive, users), QStringLiteral("[{\"id\":1}]"));
        QCOMPARE(archive.value()->displayName(users), QStringLiteral("export.zip: top/users.json"));
        QCOMPARE(detectFormat(**archive), ImportFormat::Slack);

        auto stream = archive.value()->stream(users);
        QVERIFY(stream.ok());
        char buffer[4];
        QByteArray got;
        for (;;) {
            auto n = stream.value()->read(buffer, 4);
            QVERIFY(n.ok());
            if (*n == 0)
                break;
            got.append(buffer, qsizetype(*n));
        }
        QCOMPARE(got, QByteArray("[{\"id\":1}]"));
    }

    void unsafeZipNamesAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("parent") << QStringLiteral("../evil.json");
        QTest::newRow("nested parent") << QStringLiteral("a/../../evil.json");
        QTest::newRow("absolute") << QStringLiteral("/etc/evil.json");
        QTest::newRow("backslash parent") << QStringLiteral("a\\..\\..\\evil.json");
        QTest::newRow("drive") << QStringLiteral("C:/evil.json");
    }
    void unsafeZipNamesAreRefused()
    {
        QFETCH(QString, name);
        const QString zipPath = m_dir.filePath(QStringLiteral("unsafe.zip"));
        QVERIFY(test::zipEntries(zipPath, {{QStringLiteral("users.json"), "[]"}, {name, "[]"}}));
        auto archive = ExportArchive::open(zipPath);
        QVERIFY(!archive.ok());
        QVERIFY2(archive.error().message.contains(QStringLiteral("unsafe path")),
                 qPrintable(archive.error().message));
    }

    void truncatedZipIsAClearError()
    {
        const QString zipPath = m_dir.filePath(QStringLiteral("whole.zip"));
        QVERIFY(test::zipEntries(zipPath, {{QStringLiteral("users.json"), QByteArray(5000, 'x')}}));
        QFile whole(zipPath);
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QByteArray bytes = whole.readAll();
        const QString cut = write(QStringLiteral("cut.zip"), bytes.left(bytes.size() / 2));
        auto archive = ExportArchive::open(cut);
        QVERIFY(!archive.ok());
        QVERIFY2(archive.error().message.contains(QStringLiteral("cut.zip")),
                 qPrintable(archive.error().message));
        QVERIFY(archive.error().message.contains(QStringLiteral("ZIP")));
    }

    void emptyInputsAreClearErrors()
    {
        QDir(m_dir.path()).mkdir(QStringLiteral("empty"));
        auto folder = ExportArchive::open(m_dir.filePath(QStringLiteral("empty")));
        QVERIFY(!folder.ok());
        QVERIFY(folder.error().message.contains(QStringLiteral("empty folder")));
        auto file = ExportArchive::open(write(QStringLiteral("empty.csv"), QByteArray()));
        QVERIFY(!file.ok());
        auto missing = ExportArchive::open(m_dir.filePath(QStringLiteral("nowhere.zip")));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(QStringLiteral("does not exist")));
    }

    void singleFileIsOneEntry()
    {
        const QString path =
            write(QStringLiteral("activities.csv"),
                  "\xEF\xBB\xBFid,time,kind,author\r\n1,2026-01-01T00:00:00Z,post,a@x\r\n");
        auto archive = ExportArchive::open(path);
        QVERIFY(archive.ok());
        QCOMPARE(archive.value()->kind(), ExportArchive::Kind::File);
        QCOMPARE(archive.value()->entries().size(), size_t(1));
        QCOMPARE(archive.value()->displayName(0), QStringLiteral("activities.csv"));
        QCOMPARE(detectFormat(**archive), ImportFormat::Csv);
    }

    void formatsAreDetected_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<ImportFormat>("format");
        QTest::newRow("roster") << QStringLiteral("roster.csv")
                                << QByteArray("Email,Name,Department\na@x,A,Sales\n")
                                << ImportFormat::Roster;
        QTest::newRow("mattermost")
            << QStringLiteral("import.jsonl")
            << QByteArray("{\"type\":\"version\",\"version\":1}\n") << ImportFormat::Mattermost;
        QTest::newRow("jsonl") << QStringLiteral("acts.jsonl")
                               << QByteArray("{\"id\":\"1\",\"time\":0,\"kind\":\"post\"}\n")
                               << ImportFormat::Jsonl;
        QTest::newRow("teams") << QStringLiteral("general.json")
                               << QByteArray(
                                      "{\"value\":[{\"id\":\"1\",\"messageType\":\"message\"}]}")
                               << ImportFormat::Teams;
        QTest::newRow("unknown") << QStringLiteral("notes.txt") << QByteArray("hello")
                                 << ImportFormat::Auto;
    }
    void formatsAreDetected()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(ImportFormat, format);
        auto archive = ExportArchive::open(write(QStringLiteral("detect/") + name, bytes));
        QVERIFY(archive.ok());
        QCOMPARE(detectFormat(**archive), format);
    }
};

QTEST_GUILESS_MAIN(TestExportArchive)
#include "tst_exportarchive.moc"

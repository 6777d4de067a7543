// The fuzz harnesses (tests/fuzz, docs/testing.md "Fuzzing") in the ordinary test suite:
// every input a fuzzer once failed on, kept under tests/data/fuzz-regressions/<harness>/,
// is fed through the same harness function again. A crash, a sanitizer report (in the
// asan build) or a broken property check fails the test; where a file <input>.expect sits
// beside an input, the parser must refuse it with a message containing that text. The
// harnesses are also shown to drive their parsers all the way on the good fixtures.
#include "fuzzharness.h"
#include "fuzzworkspace.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace goodwill;

namespace {

QString regressionsFolder()
{
    return QStringLiteral(GOODWILL_TEST_DATA "/fuzz-regressions");
}

QString data(const QString &path)
{
    return QStringLiteral(GOODWILL_TEST_DATA "/") + path;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QString run(const fuzz::Harness &harness, const QByteArray &input)
{
    return harness.entry(reinterpret_cast<const std::uint8_t *>(input.constData()),
                         std::size_t(input.size()));
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsBundles()
    {
        const std::string input = "--- users.json\n[1]\n--- general/2024-03-04.json\n{}\n\n"
                                  "--- ../outside\nx\n--- a/./b\ny\n--- empty\n--- last\r\nz";
        const std::vector<fuzz::BundleFile> files = fuzz::splitBundle(input);
        QCOMPARE(files.size(), std::size_t(4));
        QCOMPARE(files[0].name, std::string("users.json"));
        QCOMPARE(files[0].bytes, std::string_view("[1]"));
        QCOMPARE(files[1].name, std::string("general/2024-03-04.json"));
        QCOMPARE(files[1].bytes, std::string_view("{}\n"));
        QCOMPARE(files[2].name, std::string("empty"));
        QCOMPARE(files[2].bytes, std::string_view());
        QCOMPARE(files[3].name, std::string("last"));
        QCOMPARE(files[3].bytes, std::string_view("z"));
        QVERIFY(fuzz::splitBundle("[1]\n--- users.json\n").empty());
    }

    void bundlesFolders()
    {
        const std::string bundle = fuzz::makeBundle(data(QStringLiteral("engage/network")));
        const std::vector<fuzz::BundleFile> files = fuzz::splitBundle(bundle);
        QCOMPARE(files.size(), std::size_t(4));
        QCOMPARE(files[0].name, std::string("Groups.csv"));
        QCOMPARE(files[3].name, std::string("Users.csv"));
        QCOMPARE(QByteArray(files[3].bytes.data(), qsizetype(files[3].bytes.size())),
                 readAll(data(QStringLiteral("engage/network/Users.csv"))));
    }

    // Each import harness takes its good fixture all the way through the import (an empty
    // message), and refuses a broken one with the reader's message: the harness really
    // reaches the parser rather than stopping at its own setup.
    void harnessesReachTheirParsers_data()
    {
        QTest::addColumn<QString>("harness");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected"); // empty: accepted
        const auto file = [](const char *path) { return readAll(data(QLatin1StringView(path))); };
        const auto bundle = [](const char *path) {
            return QByteArray::fromStdString(fuzz::makeBundle(data(QLatin1StringView(path))));
        };
        QTest::newRow("slack") << "slack" << bundle("slack/export") << QString();
        QTest::newRow("slack broken")
            << "slack" << bundle("wizard/slack-broken") << "general/2026-01-05.json";
        QTest::newRow("slack single file")
            << "slack" << file("slack/export/users.json") << "channels.json is missing";
        QTest::newRow("engage") << "engage" << bundle("engage/network") << QString();
        QTest::newRow("mattermost")
            << "mattermost" << file("mattermost/basic/import.jsonl") << QString();
        QTest::newRow("mattermost bad")
            << "mattermost" << file("mattermost/bad/invalid-line4.jsonl") << "line 4";
        QTest::newRow("teams") << "teams" << file("teams/channels/general.json") << QString();
        QTest::newRow("teams bundle") << "teams" << bundle("teams/channels") << QString();
        QTest::newRow("activity csv")
            << "activitycsv" << file("activities/activities.csv") << QString();
        QTest::newRow("activity jsonl")
            << "activityjsonl" << file("activities/activities.jsonl") << QString();
        QTest::newRow("roster") << "roster" << file("roster/roster.csv") << QString();
        QTest::newRow("lexicon") << "lexicon" << file("lexicons/afinn-sample.txt") << QString();
        QTest::newRow("lexicon bad")
            << "lexicon" << QByteArray("great\tsix\n") << "the score of 'great' is not a number";
        QTest::newRow("model file")
            << "modelfile" << QByteArray(R"({"privacy": {"k": 7}})") << QString();
        QTest::newRow("model file bad")
            << "modelfile" << QByteArray(R"({"privacy": {"k": 1}})") << "privacy.k";
        QTest::newRow("csv reader")
            << "csvreader" << QByteArray("\x02id,name\n1,\"a\"b\n") << "line 2";
    }

    void harnessesReachTheirParsers()
    {
        QFETCH(QString, harness);
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        const fuzz::Harness *found = fuzz::findHarness(harness);
        QVERIFY(found);
        const QString message = run(*found, input);
        if (expected.isEmpty())
            QVERIFY2(message.isEmpty(), qPrintable(message));
        else
            QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void everyFolderIsAHarness()
    {
        const QStringList folders =
            QDir(regressionsFolder()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &folder : folders)
            QVERIFY2(fuzz::findHarness(folder), qPrintable(folder));
    }

    void replaysKeptInputs_data()
    {
        QTest::addColumn<QString>("harness");
        QTest::addColumn<QString>("path");
        for (const fuzz::Harness &harness : fuzz::harnesses()) {
            const QDir folder(regressionsFolder() + QLatin1Char('/') +
                              QLatin1StringView(harness.name));
            for (const QString &name : folder.entryList(QDir::Files, QDir::Name)) {
                if (!name.endsWith(QLatin1StringView(".expect")))
                    QTest::addRow("%s/%s", harness.name, qPrintable(name))
                        << QString::fromLatin1(harness.name) << folder.filePath(name);
            }
        }
    }

    void replaysKeptInputs()
    {
        QFETCH(QString, harness);
        QFETCH(QString, path);
        const QString message = run(*fuzz::findHarness(harness), readAll(path));
        const QString expectFile = path + QStringLiteral(".expect");
        if (QFile::exists(expectFile)) {
            const QString expected = QString::fromUtf8(readAll(expectFile)).trimmed();
            QVERIFY2(message.contains(expected),
                     qPrintable(message + QStringLiteral(" // expected: ") + expected));
        }
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"

#include "analytics/modelsettings.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace goodwill;
using namespace goodwill::analytics;

// Writing a user model file back: only what differs from resources/model.json, in its
// shape, and load() of it gives the same settings.
class TestModelFileWrite : public QObject
{
    Q_OBJECT

private:
    static QJsonObject parse(const char *json)
    {
        return QJsonDocument::fromJson(QByteArray(json)).object();
    }

private Q_SLOTS:
    void defaultsWriteNothing()
    {
        QCOMPARE(ModelFile::toJson(ModelFile::defaults()), QJsonObject());
    }

    void onlyTheChangedKeys()
    {
        ModelSettings s = ModelFile::defaults();
        s.k = 7;
        s.windowDays = 60;
        s.replyWindowHours = 48.5;
        s.alerts.eciDropPeriods = 3;
        s.pillars[3].weight = 0.5; // fun
        s.signal(QStringLiteral("F2"))->target = 12;
        s.signal(QStringLiteral("A1"))->weight = 2;
        s.signal(QStringLiteral("T4"))->floor = -0.5;
        const QJsonObject expected = parse(R"({
            "privacy": {"k": 7},
            "window_days": 60,
            "reply_window_hours": 48.5,
            "alerts": {"eci_drop_periods": 3},
            "pillars": {
                "authenticity": {"signals": {"A1": {"weight": 2}}},
                "attachment": {"signals": {"T4": {"floor": -0.5}}},
                "fun": {"weight": 0.5, "signals": {"F2": {"target": 12}}}
            }
        })");
        QCOMPARE(ModelFile::toJson(s), expected);
        // Whole numbers are written as such: a count stays a count.
        QCOMPARE(
            QJsonDocument(ModelFile::toJson(s)).toJson(QJsonDocument::Compact).contains("\"k\":7"),
            true);
    }

    void listsAndLanguages()
    {
        ModelSettings s = ModelFile::defaults();
        s.recognitionPhrases[QStringLiteral("nl")] = {QStringLiteral("bedankt")};
        s.recognitionNegations.erase(QStringLiteral("fr"));
        s.celebrationMarkers = {QStringLiteral("yay")};
        s.channelKindPatterns[QStringLiteral("social")] = {QStringLiteral("random")};
        const QJsonObject expected = parse(R"({
            "recognition": {"phrases": {"nl": ["bedankt"]}, "negations": {"fr": []}},
            "celebration_markers": ["yay"],
            "channel_kinds": {"social": ["random"]}
        })");
        QCOMPARE(ModelFile::toJson(s), expected);
    }

    void saveThenLoadGivesTheSettingsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config/goodwill/model.json"));
        ModelSettings s = ModelFile::defaults();
        s.k = 9;
        s.kText = 12;
        s.replyWindowHours = 24;
        s.pillars[0].weight = 0.4;
        s.signal(QStringLiteral("A2"))->floor = 100;
        s.signal(QStringLiteral("P3"))->target = 0.75;
        s.recognitionPhrases[QStringLiteral("nl")] = {QStringLiteral("bedankt")};
        QVERIFY(ModelFile::save(s, path)); // makes the folders
        const ModelLoad load = ModelFile::load(path);
        QVERIFY2(load.problems.isEmpty(),
                 load.problems.isEmpty() ? "" : qPrintable(load.problems.first().message));
        QVERIFY(load.settings == s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject written = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(written.value(QStringLiteral("privacy")).toObject(),
                 parse(R"({"k": 9, "k_text": 12})"));
        QVERIFY(!written.contains(QStringLiteral("window_days")));
    }

    void resetRemovesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("model.json"));
        ModelSettings s = ModelFile::defaults();
        s.k = 3;
        QVERIFY(ModelFile::save(s, path));
        QCOMPARE(ModelFile::load(path).settings.k, 3);
        QVERIFY(ModelFile::reset(path));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(ModelFile::load(path).settings.k, 5);
        QVERIFY(ModelFile::reset(path)); // nothing to remove is no error
    }

    void saveNamesTheFileItCannotWrite()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("file"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QString path = blocker + QStringLiteral("/model.json"); // under a file
        const auto saved = ModelFile::save(ModelFile::defaults(), path);
        QVERIFY(!saved);
        QVERIFY2(saved.error().message.contains(path), qPrintable(saved.error().message));
    }

    void limitsAreWhatLoadAccepts()
    {
        const ModelSettings s = ModelFile::defaults();
        const auto k = ModelFile::limits(QStringLiteral("privacy.k"), s);
        QVERIFY(k);
        QCOMPARE(k->min, 2.0);
        QCOMPARE(k->max, 1000.0);
        QVERIFY(k->integer);
        QVERIFY(k->accepts(5));
        QVERIFY(!k->accepts(5.5));
        QVERIFY(!k->accepts(1));
        const auto window = ModelFile::limits(QStringLiteral("window_days"), s);
        QCOMPARE(window->min, 7.0);
        QCOMPARE(window->max, 730.0);
        const auto hours = ModelFile::limits(QStringLiteral("reply_window_hours"), s);
        QVERIFY(!hours->integer);
        QCOMPARE(hours->max, 1440.0);
        QVERIFY(hours->accepts(1.5));
        const auto weight = ModelFile::limits(QStringLiteral("pillars.fun.weight"), s);
        QCOMPARE(weight->min, 0.0);
        QCOMPARE(weight->max, 1000.0);
        // A2 is on a log scale: its floor and target must be positive.
        const auto a2 =
            ModelFile::limits(QStringLiteral("pillars.authenticity.signals.A2.floor"), s);
        QCOMPARE(a2->min, 0.001);
        QVERIFY(!a2->accepts(0));
        const auto t4 =
            ModelFile::limits(QStringLiteral("pillars.attachment.signals.T4.target"), s);
        QVERIFY(t4->accepts(-0.5));
        QVERIFY(!ModelFile::limits(QStringLiteral("pillars.fun.signals.A1.floor"), s));
        QVERIFY(!ModelFile::limits(QStringLiteral("privacy"), s));
        QVERIFY(!ModelFile::limits(QStringLiteral("celebration_markers"), s));

        // What the limits refuse, load() refuses too.
        const ModelLoad low = ModelFile::fromJson(R"({"privacy": {"k": 1}})", QStringLiteral("x"));
        QCOMPARE(low.problems.size(), 1);
        const ModelLoad log = ModelFile::fromJson(
            R"({"pillars": {"authenticity": {"signals": {"A2": {"floor": 0}}}}})",
            QStringLiteral("x"));
        QCOMPARE(log.problems.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestModelFileWrite)
#include "tst_modelfilewrite.moc"

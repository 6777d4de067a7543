#include "analytics/modelsettings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace goodwill;
using namespace goodwill::analytics;

class TestModelSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsAreMODELmdSection4()
    {
        const ModelSettings s = ModelFile::defaults();
        QCOMPARE(s.k, 5);
        QCOMPARE(s.kText, 10);
        QCOMPARE(s.windowDays, 90);
        QCOMPARE(s.thinDenominator, 10);
        QCOMPARE(s.replyWindowHours, 72.0);
        QCOMPARE(s.pillars.size(), size_t(4));
        QCOMPARE(s.pillars[0].id, QStringLiteral("authenticity"));
        QCOMPARE(s.pillars[0].weight, 0.30);
        QCOMPARE(s.pillars[3].id, QStringLiteral("fun"));
        QCOMPARE(s.pillars[3].weight, 0.20);
        double total = 0;
        int signals = 0;
        for (const PillarSettings &pillar : s.pillars) {
            total += pillar.weight;
            signals += int(pillar.signals.size());
        }
        QCOMPARE(total, 1.0);
        QCOMPARE(signals, 13);
        const SignalSettings *a2 = s.signal(QStringLiteral("A2"));
        QVERIFY(a2);
        QVERIFY(a2->logScale);
        QCOMPARE(a2->floor, 168.0);
        QCOMPARE(a2->target, 4.0);
        QCOMPARE(s.signal(QStringLiteral("T4"))->floor, -0.2);
        QCOMPARE(s.signal(QStringLiteral("F2"))->target, 8.0);
        QVERIFY(!s.signal(QStringLiteral("Z9")));
        for (const char *language : {"en", "de", "fr", "es"}) {
            QVERIFY2(!s.recognitionPhrases.at(QString::fromLatin1(language)).isEmpty(), language);
            QVERIFY2(!s.leaderTitlePatterns.at(QString::fromLatin1(language)).isEmpty(), language);
        }
    }

    void userFileOverridesOnlyWhatItSays()
    {
        const ModelLoad load = ModelFile::fromJson(R"({
            "privacy": {"k": 7},
            "pillars": {"fun": {"weight": 0.5, "signals": {"F2": {"target": 12}}}},
            "recognition": {"phrases": {"nl": ["bedankt", "goed gedaan"]}}
        })",
                                                   QStringLiteral("mine.json"));
        QVERIFY2(load.problems.isEmpty(),
                 load.problems.isEmpty() ? "" : qPrintable(load.problems.first().message));
        QCOMPARE(load.settings.k, 7);
        QCOMPARE(load.settings.kText, 10);
        QCOMPARE(load.settings.pillars[3].weight, 0.5);
        QCOMPARE(load.settings.signal(QStringLiteral("F2"))->target, 12.0);
        QCOMPARE(load.settings.signal(QStringLiteral("F2"))->floor, 0.0);
        QCOMPARE(load.settings.recognitionPhrases.at(QStringLiteral("nl")),
                 (QStringList{QStringLiteral("bedankt"), QStringLiteral("goed gedaan")}));
        QVERIFY(!load.settings.recognitionPhrases.at(QStringLiteral("en")).isEmpty());
    }

    void badKeysAreNamedAndFallBack_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("key");
        QTest::newRow("text for a number")
            << QByteArray(R"({"privacy": {"k": "five"}})") << QStringLiteral("privacy.k");
        QTest::newRow("out of range")
            << QByteArray(R"({"window_days": 0})") << QStringLiteral("window_days");
        QTest::newRow("fraction for a count")
            << QByteArray(R"({"privacy": {"k_text": 2.5}})") << QStringLiteral("privacy.k_text");
        QTest::newRow("unknown key")
            << QByteArray(R"({"privcy": {"k": 3}})") << QStringLiteral("privcy");
        QTest::newRow("list of numbers") << QByteArray(R"({"celebration_markers": [1, 2]})")
                                         << QStringLiteral("celebration_markers");
        QTest::newRow("unknown scale")
            << QByteArray(R"({"pillars": {"pride": {"signals": {"P1": {"scale": "cubic"}}}}})")
            << QStringLiteral("pillars.pride.signals.P1.scale");
        QTest::newRow("floor equals target")
            << QByteArray(R"({"pillars": {"pride": {"signals": {"P1": {"target": 0}}}}})")
            << QStringLiteral("pillars.pride.signals.P1");
        QTest::newRow("object for a number")
            << QByteArray(R"({"confidence": {"value": 0.9}})") << QStringLiteral("confidence");
    }

    void badKeysAreNamedAndFallBack()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, key);
        const ModelLoad load = ModelFile::fromJson(json, QStringLiteral("/home/ana/model.json"));
        QCOMPARE(load.problems.size(), 1);
        const QString message = load.problems.first().message;
        QVERIFY2(message.contains(key), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("/home/ana/model.json")), qPrintable(message));
        // Everything falls back to the defaults.
        const ModelSettings defaults = ModelFile::defaults();
        QCOMPARE(load.settings.k, defaults.k);
        QCOMPARE(load.settings.kText, defaults.kText);
        QCOMPARE(load.settings.windowDays, defaults.windowDays);
        QCOMPARE(load.settings.confidence, defaults.confidence);
        QCOMPARE(load.settings.signal(QStringLiteral("P1"))->target, 0.5);
        QCOMPARE(load.settings.signal(QStringLiteral("P1"))->logScale, false);
        QCOMPARE(load.settings.celebrationMarkers, defaults.celebrationMarkers);
    }

    // Model files of earlier versions carry privacy.complementary_parent_limit, which no
    // longer means anything (totals leave every hidden department out): they load cleanly.
    void retiredKeyIsIgnoredSilently()
    {
        const ModelLoad load =
            ModelFile::fromJson(R"({"privacy": {"k": 6, "complementary_parent_limit": 400}})",
                                QStringLiteral("old.json"));
        QVERIFY2(load.problems.isEmpty(),
                 load.problems.isEmpty() ? "" : qPrintable(load.problems.first().message));
        QCOMPARE(load.settings.k, 6);
        // Any other unknown key in the same place is still named.
        QCOMPARE(ModelFile::fromJson(R"({"privacy": {"complementary_limit": 400}})",
                                     QStringLiteral("old.json"))
                     .problems.size(),
                 1);
    }

    void malformedFileFallsBackEntirely()
    {
        const ModelLoad load =
            ModelFile::fromJson("{\"privacy\": {\"k\": 7,}", QStringLiteral("broken.json"));
        QCOMPARE(load.problems.size(), 1);
        QVERIFY(load.problems.first().message.contains(QStringLiteral("broken.json")));
        QVERIFY(load.problems.first().message.contains(QStringLiteral("offset")));
        QCOMPARE(load.settings.k, 5);
    }

    void missingUserFileIsNoProblem()
    {
        QTemporaryDir dir;
        const ModelLoad load = ModelFile::load(dir.filePath(QStringLiteral("absent.json")));
        QVERIFY(load.problems.isEmpty());
        QCOMPARE(load.settings.k, 5);
    }
};

QTEST_GUILESS_MAIN(TestModelSettings)
#include "tst_modelsettings.moc"

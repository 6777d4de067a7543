// A lexicon per language (docs/model.md section 6): the language guess, which lexicon scores
// a message, the model file's sentiment.lexicons and broken lexicon files. The German
// lexicon is written by the test; English scores come from en-workplace.tsv ("great" 3,
// "excellent" 3; the file's largest |score| is 3.5, so nothing is rescaled).
#include "analytics/languageguess.h"
#include "analytics/modelsettings.h"
#include "analytics/sentimentanalyzer.h"
#include "analytics/tonelexicons.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <thread>
#include <vector>

using namespace goodwill;
using namespace goodwill::analytics;

Q_DECLARE_METATYPE(goodwill::analytics::TextLanguage)

namespace goodwill::analytics {
// For QCOMPARE's failure messages (found by argument-dependent lookup).
char *toString(TextLanguage language)
{
    return qstrdup(qPrintable(LanguageGuess::code(language)));
}
} // namespace goodwill::analytics

namespace {

std::string_view view(const QByteArray &text)
{
    return std::string_view(text.constData(), std::size_t(text.size()));
}

double normalised(double raw)
{
    return raw / std::sqrt(raw * raw + 15);
}

constexpr TextLanguages kAll =
    languageBit(TextLanguage::English) | languageBit(TextLanguage::German) |
    languageBit(TextLanguage::French) | languageBit(TextLanguage::Spanish);

// "excellent" is deliberately negative here, so a message scored with the wrong lexicon shows.
const QByteArray kGermanLexicon = "# German test lexicon\n"
                                  "toll\t3\n"
                                  "schlecht\t-2\n"
                                  "nicht gut\t-2\n"
                                  "excellent\t-1\n";

} // namespace

class TestSentimentLanguages : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_german;

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return QString();
        file.write(content);
        return path;
    }

    SentimentAnalyzer englishAndGerman()
    {
        QStringList warnings;
        auto analyzer = ToneLexicons::load({{QStringLiteral("en"), ToneLexicons::builtinEnglish()},
                                            {QStringLiteral("de"), m_german}},
                                           QString(), &warnings);
        if (!analyzer)
            qFatal("%s", qPrintable(analyzer.error().message));
        if (!warnings.isEmpty())
            qFatal("%s", qPrintable(warnings.join(u'\n')));
        return std::move(analyzer).value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_german = write(QStringLiteral("de.tsv"), kGermanLexicon);
        QVERIFY(!m_german.isEmpty());
    }

    // --- The language guess ---------------------------------------------------------------

    void guess_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("candidates");
        QTest::addColumn<TextLanguage>("expected");
        const int all = kAll;
        // Hits: en for, the, the, it, thanks = 5.
        QTest::newRow("en thanks") << QByteArray("Thanks for the great demo, the team nailed it")
                                   << all << TextLanguage::English;
        // en we, are, this, on = 4; fr on = 1.
        QTest::newRow("en on") << QByteArray("We are shipping this on Friday") << all
                               << TextLanguage::English;
        // de danke, für, die, das, war = 5.
        QTest::newRow("de danke") << QByteArray("Danke für die tolle Arbeit, das war super!") << all
                                  << TextLanguage::German;
        // de ich, sehr, auf, unser = 4.
        QTest::newRow("de stolz") << QByteArray("Ich bin sehr stolz auf unser Team") << all
                                  << TextLanguage::German;
        // Capitals folded, Ü included: de danke, für, die = 3.
        QTest::newRow("de caps") << QByteArray("DANKE FÜR DIE HILFE") << all
                                 << TextLanguage::German;
        // de es, ist = 2; es es = 1.
        QTest::newRow("de es ist") << QByteArray("es ist gut") << all << TextLanguage::German;
        // fr merci, pour, le, est (from c'est), très = 5.
        QTest::newRow("fr merci") << QByteArray("Merci pour le travail, c'est très bien") << all
                                  << TextLanguage::French;
        // Typographic apostrophe separates: fr l, un = 2; es un = 1.
        QTest::newRow("fr l’équipe")
            << QByteArray("L’équipe a fait un travail formidable") << all << TextLanguage::French;
        // es gracias, por, el, el, está, muy = 6.
        QTest::newRow("es gracias")
            << QByteArray("Gracias por el trabajo, el equipo está muy contento") << all
            << TextLanguage::Spanish;
        // es gracias, todos, por, la = 4; fr la = 1.
        QTest::newRow("es todos") << QByteArray("Muchas gracias a todos por la ayuda") << all
                                  << TextLanguage::Spanish;
        // fr de, la = 2; es de, la = 2: a tie is English.
        QTest::newRow("tie") << QByteArray("de la") << all << TextLanguage::English;
        QTest::newRow("no hit") << QByteArray("ok 👍 :tada:") << all << TextLanguage::English;
        QTest::newRow("empty") << QByteArray() << all << TextLanguage::English;
        // German is not a candidate; nothing else has a hit.
        QTest::newRow("de not loaded")
            << QByteArray("Danke für die tolle Arbeit")
            << int(languageBit(TextLanguage::English) | languageBit(TextLanguage::French))
            << TextLanguage::English;
        // Spanish is not a candidate, so "la" counts for French alone: fr 1.
        QTest::newRow("la without es")
            << QByteArray("la")
            << int(languageBit(TextLanguage::English) | languageBit(TextLanguage::French))
            << TextLanguage::French;
        // With English alone there is nothing to guess.
        QTest::newRow("english only")
            << QByteArray("Danke für die tolle Arbeit") << int(languageBit(TextLanguage::English))
            << TextLanguage::English;
    }

    void guess()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, candidates);
        QFETCH(TextLanguage, expected);
        QCOMPARE(LanguageGuess::guess(view(text), TextLanguages(candidates)), expected);
    }

    void codes()
    {
        QCOMPARE(LanguageGuess::code(TextLanguage::German), QStringLiteral("de"));
        QVERIFY(LanguageGuess::fromCode(u"es") == TextLanguage::Spanish);
        QVERIFY(!LanguageGuess::fromCode(u"it"));
        QCOMPARE(LanguageGuess::knownCodes(), QStringLiteral("en, de, fr, es"));
    }

    // --- Which lexicon scores a message ---------------------------------------------------

    void germanMessageUsesTheGermanLexicon()
    {
        const SentimentAnalyzer analyzer = englishAndGerman();
        QCOMPARE(analyzer.languages(), TextLanguages(languageBit(TextLanguage::English) |
                                                     languageBit(TextLanguage::German)));
        // de das, ist = 2: "toll" 3, no modifier.
        const QByteArray toll("Das ist toll");
        QCOMPARE(analyzer.languageOf(view(toll)), TextLanguage::German);
        QCOMPARE(analyzer.compound(view(toll)), normalised(3));
        // The phrase "nicht gut" -2, matched before anything else.
        const SentimentResult nichtGut = analyzer.analyse(view(QByteArray("Das ist nicht gut")));
        QCOMPARE(nichtGut.language, TextLanguage::German);
        QCOMPARE(nichtGut.raw, -2.0);
        QCOMPARE(nichtGut.compound, normalised(-2));
        QCOMPARE(nichtGut.contributions.size(), 1);
        QCOMPARE(nichtGut.contributions[0].token, QStringLiteral("nicht gut"));
        // "excellent" is -1 in German: de die, ist = 2.
        QCOMPARE(analyzer.compound(view(QByteArray("Die Idee ist excellent"))), normalised(-1));
    }

    void englishMessageUsesTheEnglishLexicon()
    {
        const SentimentAnalyzer analyzer = englishAndGerman();
        // en the, was = 2; de was = 1: "excellent" 3 from en-workplace.tsv.
        const QByteArray text("the demo was excellent");
        QCOMPARE(analyzer.languageOf(view(text)), TextLanguage::English);
        QCOMPARE(analyzer.compound(view(text)), normalised(3));
        // "great" 3, intensified by "very" (+0.293) and negated by "not" (× -0.74).
        const QByteArray negated("this is not very great");
        QCOMPARE(analyzer.compound(view(negated)), normalised((3 + 0.293) * -0.74));
    }

    void otherLanguagesFallBackToEnglish()
    {
        const SentimentAnalyzer analyzer = englishAndGerman();
        // French has no lexicon: candidates en (0 hits) and de (0 hits), so English, where
        // "excellent" is 3 (German would give -1).
        const QByteArray french("C'est un travail excellent");
        QCOMPARE(analyzer.languageOf(view(french)), TextLanguage::English);
        QCOMPARE(analyzer.compound(view(french)), normalised(3));
        QCOMPARE(analyzer.analyse(view(french)).language, TextLanguage::English);
    }

    void englishAloneScoresEveryMessageInEnglish()
    {
        QStringList warnings;
        auto viaModel =
            ToneLexicons::load(ModelFile::defaults().sentimentLexicons, QString(), &warnings);
        QVERIFY(viaModel);
        QVERIFY(warnings.isEmpty());
        QCOMPARE(viaModel->languages(), languageBit(TextLanguage::English));
        // "toll" is not English: 0, whatever the language of the message.
        QCOMPARE(viaModel->compound(view(QByteArray("Das ist toll"))), 0.0);
        QCOMPARE(viaModel->compound(view(QByteArray("Das ist excellent"))), normalised(3));
        QCOMPARE(viaModel->lexicon().source(), SentimentLexicon::englishWorkplaceResource());
    }

    void analyserIsSharedAcrossThreads()
    {
        const SentimentAnalyzer analyzer = englishAndGerman();
        const std::vector<QByteArray> messages = {"Das ist toll", "the demo was excellent",
                                                  "Das ist nicht gut",
                                                  "C'est un travail excellent"};
        const std::vector<double> expected = {normalised(3), normalised(3), normalised(-2),
                                              normalised(3)};
        std::vector<int> wrong(4, 0);
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&, t] {
                for (int round = 0; round < 2000; ++round) {
                    const std::size_t i = std::size_t(round + t) % messages.size();
                    if (analyzer.compound(view(messages[i])) != expected[i])
                        ++wrong[std::size_t(t)];
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QVERIFY(wrong == std::vector<int>(4, 0));
    }

    // --- Loading --------------------------------------------------------------------------

    void brokenLexiconNamesFileAndLine()
    {
        const QString broken =
            write(QStringLiteral("broken.tsv"), "# comment\ntoll\t3\nschlecht\tbad\n");
        QStringList warnings;
        auto analyzer = ToneLexicons::load({{QStringLiteral("en"), ToneLexicons::builtinEnglish()},
                                            {QStringLiteral("de"), broken}},
                                           QString(), &warnings);
        QVERIFY(analyzer);
        QCOMPARE(analyzer->languages(), languageBit(TextLanguage::English));
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings[0].contains(broken), qPrintable(warnings[0]));
        QVERIFY2(warnings[0].contains(QStringLiteral("line 3")), qPrintable(warnings[0]));
        QVERIFY2(warnings[0].contains(QStringLiteral("'de'")), qPrintable(warnings[0]));
        // German messages now score with English: "toll" is no English word.
        QCOMPARE(analyzer->compound(view(QByteArray("Das ist toll"))), 0.0);
    }

    void missingFileIsNamed()
    {
        QStringList warnings;
        const QString missing = m_dir.filePath(QStringLiteral("missing.tsv"));
        auto analyzer = ToneLexicons::load({{QStringLiteral("fr"), missing}}, QString(), &warnings);
        QVERIFY(analyzer);
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings[0].contains(missing), qPrintable(warnings[0]));
        // No English entry: the built-in lexicon.
        QCOMPARE(analyzer->lexicon().source(), SentimentLexicon::englishWorkplaceResource());
    }

    void relativePathsAreFromTheModelFilesFolder()
    {
        QStringList warnings;
        auto analyzer = ToneLexicons::load({{QStringLiteral("de"), QStringLiteral("de.tsv")}},
                                           m_dir.path(), &warnings);
        QVERIFY(analyzer);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
        QVERIFY(analyzer->lexicon(TextLanguage::German));
        QCOMPARE(analyzer->lexicon(TextLanguage::German)->size(), 4);
        QVERIFY(!analyzer->lexicon(TextLanguage::French));
    }

    void vaderFormatLoads()
    {
        const QString vader = write(QStringLiteral("es-vader.tsv"),
                                    "genial\t2.5\t0.5\t[2, 3, 3, 2, 2, 3, 2, 3, 3, 2]\n");
        QStringList warnings;
        auto analyzer = ToneLexicons::load({{QStringLiteral("es"), vader}}, QString(), &warnings);
        QVERIFY(analyzer);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
        // es es, muy = 2 (German is no candidate): "genial" 2.5; "muy" is no modifier (the
        // rule words are English).
        QCOMPARE(analyzer->compound(view(QByteArray("es muy genial"))), normalised(2.5));
    }

    // --- The model file -------------------------------------------------------------------

    void modelFileNamesLexiconsPerLanguage()
    {
        const QByteArray json = R"({"sentiment": {"lexicons": {
            "de": "lexicons/de.tsv", "it": "it.tsv", "fr": 5, "es": " "}}})";
        const ModelLoad load = ModelFile::fromJson(json, QStringLiteral("user.json"));
        const std::map<QString, QString> expected = {
            {QStringLiteral("en"), QStringLiteral("builtin:en-workplace")},
            {QStringLiteral("de"), QStringLiteral("lexicons/de.tsv")}};
        QVERIFY(load.settings.sentimentLexicons == expected);
        QStringList problems;
        for (const Error &problem : load.problems)
            problems << problem.message;
        QCOMPARE(problems.size(), 3);
        for (const char *key :
             {"sentiment.lexicons.it", "sentiment.lexicons.fr", "sentiment.lexicons.es"}) {
            QVERIFY2(problems.filter(QString::fromLatin1(key)).size() == 1,
                     qPrintable(problems.join(u'\n')));
        }
        QVERIFY(problems.filter(QStringLiteral("user.json")).size() == 3);

        // Written back, only the German entry differs from the defaults.
        const QJsonObject written = ModelFile::toJson(load.settings);
        QCOMPARE(QJsonDocument(written).toJson(QJsonDocument::Compact),
                 QByteArray(R"({"sentiment":{"lexicons":{"de":"lexicons/de.tsv"}}})"));
        QVERIFY(ModelFile::fromJson(QJsonDocument(written).toJson(), QStringLiteral("w.json"))
                    .settings.sentimentLexicons == expected);
    }

    void englishEntryOfWrongTypeKeepsTheDefault()
    {
        const ModelLoad load =
            ModelFile::fromJson(R"({"sentiment": {"lexicons": {"en": 3}}})", QStringLiteral("u"));
        QCOMPARE(load.settings.sentimentLexicons.at(QStringLiteral("en")),
                 ToneLexicons::builtinEnglish());
        QCOMPARE(load.problems.size(), 1);
        QVERIFY(load.problems[0].message.contains(QStringLiteral("sentiment.lexicons.en")));
    }
};

QTEST_GUILESS_MAIN(TestSentimentLanguages)
#include "tst_sentimentlanguages.moc"

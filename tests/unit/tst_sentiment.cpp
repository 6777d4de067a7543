#include "analytics/sentimentanalyzer.h"
#include "analytics/sentimentlexicon.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <cmath>
#include <optional>
#include <thread>
#include <vector>

using namespace goodwill::analytics;

namespace {

std::string_view view(const QByteArray &text)
{
    return std::string_view(text.constData(), std::size_t(text.size()));
}

QString fixture(const char *name)
{
    return QStringLiteral(GOODWILL_TEST_DATA "/lexicons/") + QString::fromUtf8(name);
}

QString shippedLexiconPath()
{
    return QStringLiteral(GOODWILL_SOURCE_DIR "/resources/lexicons/en-workplace.tsv");
}

// The normalisation every expected compound goes through: x / sqrt(x² + 15).
double normalised(double raw)
{
    return raw / std::sqrt(raw * raw + 15);
}

// One line per contribution, "token | score to 4 places | rule", for QCOMPARE.
QStringList printContributions(const SentimentResult &result)
{
    QStringList lines;
    for (const SentimentContribution &c : result.contributions)
        lines.append(c.token + QStringLiteral(" | ") + QString::number(c.score, 'f', 4) +
                     QStringLiteral(" | ") + c.rule);
    return lines;
}

} // namespace

class TestSentiment : public QObject
{
    Q_OBJECT

private:
    // Built from the AFINN fixture, so the rule tests do not move when the shipped lexicon
    // is edited. Its scores are the file's times 0.8 (the file's largest |score| is 5).
    std::optional<SentimentAnalyzer> m_analyzer;
    std::optional<SentimentAnalyzer> m_shipped;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto lexicon = SentimentLexicon::loadWordScore(fixture("afinn-sample.txt"));
        QVERIFY2(lexicon, qPrintable(lexicon ? QString() : lexicon.error().message));
        m_analyzer.emplace(std::move(*lexicon));
        auto shipped = SentimentLexicon::loadWordScore(shippedLexiconPath());
        QVERIFY2(shipped, qPrintable(shipped ? QString() : shipped.error().message));
        m_shipped.emplace(std::move(*shipped));
    }

    // --- Loading --------------------------------------------------------------------------

    void wordScoreFileIsRescaledToFourPoints_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<double>("expected");
        // The file's largest |score| is 5 (superb, catastrophic), so each score is * 0.8.
        QTest::newRow("integer") << QByteArray("good") << 2.4;            // 3 * 0.8
        QTest::newRow("negative") << QByteArray("bad") << -2.4;           // -3 * 0.8
        QTest::newRow("top of the scale") << QByteArray("superb") << 4.0; // 5 * 0.8
        QTest::newRow("bottom of the scale") << QByteArray("catastrophic") << -4.0;
        QTest::newRow("decimal") << QByteArray("meh") << -1.2;     // -1.5 * 0.8
        QTest::newRow("phrase") << QByteArray("shout out") << 2.4; // 3 * 0.8
        QTest::newRow("shortcode") << QByteArray(":tada:") << 3.2; // 4 * 0.8
        QTest::newRow("emoji") << QByteArray("🎉") << 3.2;          // 4 * 0.8
        // Stored without its variation selector; both spellings find it.
        QTest::newRow("emoji folded") << QByteArray("❤") << 2.4;
        QTest::newRow("emoji as written") << QByteArray("❤️") << 2.4;
        QTest::newRow("emoticon") << QByteArray(":)") << 1.6; // 2 * 0.8
    }

    void wordScoreFileIsRescaledToFourPoints()
    {
        QFETCH(QByteArray, token);
        QFETCH(double, expected);
        auto lexicon = SentimentLexicon::loadWordScore(fixture("afinn-sample.txt"));
        QVERIFY2(lexicon, qPrintable(lexicon ? QString() : lexicon.error().message));
        const auto score = lexicon->score(view(token));
        QVERIFY(score.has_value());
        QCOMPARE(*score, expected);
    }

    void wordScoreFileShape()
    {
        auto lexicon = SentimentLexicon::loadWordScore(fixture("afinn-sample.txt"));
        QVERIFY2(lexicon, qPrintable(lexicon ? QString() : lexicon.error().message));
        QCOMPARE(lexicon->size(), 19);
        QVERIFY(lexicon->wasRescaled());
        QVERIFY(lexicon->duplicates().isEmpty());
        QVERIFY(lexicon->startsPhrase("shout"));
        QVERIFY(lexicon->startsPhrase("well"));
        QVERIFY(!lexicon->startsPhrase("good"));
        const std::array<std::string_view, 2> wellDone = {"well", "done"};
        QCOMPARE(lexicon->phraseScore(wellDone).value_or(0), 3.2); // 4 * 0.8
        QVERIFY(lexicon->isEmoticon(":)"));
        QVERIFY(!lexicon->isEmoticon("good"));
        // Whole entries only: neither a plural nor a longer word holding the entry matches.
        QVERIFY(!lexicon->score("layoffs").has_value());
        QVERIFY(!lexicon->score("playoff").has_value());
        QVERIFY(!lexicon->score("well").has_value());
    }

    void vaderFileUsesTheMeanColumn_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<double>("expected");
        // The mean of the ten ratings, as written in the second column; no rescaling.
        QTest::newRow("good") << QByteArray("good") << 1.9;
        QTest::newRow("bad") << QByteArray("bad") << -2.5;
        QTest::newRow("superb") << QByteArray("superb") << 3.2;
        QTest::newRow("emoticon") << QByteArray(":)") << 1.9;
        QTest::newRow("emoticon with angle") << QByteArray("</3") << -2.6;
        QTest::newRow("emoticon with letter") << QByteArray("d:") << -2.1;
    }

    void vaderFileUsesTheMeanColumn()
    {
        QFETCH(QByteArray, token);
        QFETCH(double, expected);
        auto lexicon = SentimentLexicon::loadVader(fixture("vader-sample.txt"));
        QVERIFY2(lexicon, qPrintable(lexicon ? QString() : lexicon.error().message));
        QCOMPARE(lexicon->size(), 11);
        QVERIFY(!lexicon->wasRescaled());
        const auto score = lexicon->score(view(token));
        QVERIFY(score.has_value());
        QCOMPARE(*score, expected);
    }

    // VADER's own lexicon has emoticons such as "#-)"; in VADER format only a '#' line without
    // columns is a comment.
    void vaderHashEmoticonIsAnEntry()
    {
        auto lexicon =
            SentimentLexicon::parse("# a comment\n#-)\t-1.5\t0.5\t[-1, -2]\n",
                                    SentimentLexicon::Format::Vader, QStringLiteral("inline"));
        QVERIFY2(lexicon, qPrintable(lexicon ? QString() : lexicon.error().message));
        QCOMPARE(lexicon->size(), 1);
        QVERIFY(lexicon->isEmoticon("#-)"));
        QCOMPARE(lexicon->score("#-)").value_or(0), -1.5);
    }

    void detectsFormat_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("vader");
        QTest::newRow("vader") << QByteArray("good\t1.9\t0.5\t[2, 2]\n") << true;
        QTest::newRow("vader after comments")
            << QByteArray("# header\n\n:)\t1.9\t0.5\t[2, 2]\n") << true;
        QTest::newRow("word score") << QByteArray("good\t3\n") << false;
        QTest::newRow("word score phrase")
            << QByteArray("# x\nwell done\t3\nx\t1\t1\t[1]\n") << false;
        QTest::newRow("four columns without ratings") << QByteArray("good\t1\t2\t3\n") << false;
        QTest::newRow("empty") << QByteArray() << false;
    }

    void detectsFormat()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, vader);
        QCOMPARE(SentimentLexicon::detectFormat(content) == SentimentLexicon::Format::Vader, vader);
    }

    void loadPicksTheFormatOfTheFile()
    {
        auto afinn = SentimentLexicon::load(fixture("afinn-sample.txt"));
        QVERIFY2(afinn, qPrintable(afinn ? QString() : afinn.error().message));
        QCOMPARE(afinn->score("good").value_or(0), 2.4); // word<TAB>score, rescaled
        auto vader = SentimentLexicon::load(fixture("vader-sample.txt"));
        QVERIFY2(vader, qPrintable(vader ? QString() : vader.error().message));
        QCOMPARE(vader->score("good").value_or(0), 1.9); // the mean column
        QCOMPARE(vader->size(), 11);
    }

    void vaderFileIsNotAWordScoreFile()
    {
        const QString path = fixture("vader-sample.txt");
        auto lexicon = SentimentLexicon::loadWordScore(path);
        QVERIFY(!lexicon);
        QCOMPARE(lexicon.error().message,
                 QStringLiteral("'%1' line 1: 'good' has 4 tab-separated columns; expected the "
                                "word and its score")
                     .arg(path));
    }

    void malformedLineNamesFileAndLine_data()
    {
        QTest::addColumn<bool>("vader");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected"); // after "'<path>' "
        QTest::newRow("no score") << false << QByteArray("great\n")
                                  << QStringLiteral("line 1: 'great' has no score");
        QTest::newRow("no score after comments")
            << false << QByteArray("# comment\n\ngood\t2\ngreat\n")
            << QStringLiteral("line 4: 'great' has no score");
        QTest::newRow("not a number")
            << false << QByteArray("good\t2\ngreat\tlots\n")
            << QStringLiteral("line 2: the score of 'great' is not a number: 'lots'");
        QTest::newRow("windows line ends")
            << false << QByteArray("good\t2\r\nbad\tx\r\n")
            << QStringLiteral("line 2: the score of 'bad' is not a number: 'x'");
        QTest::newRow("out of range")
            << false << QByteArray("good\t7\n")
            << QStringLiteral("line 1: the score of 'good' is 7, outside -5..5");
        QTest::newRow("empty word")
            << false << QByteArray("\t2\n") << QStringLiteral("line 1: the word is empty");
        QTest::newRow("too many words")
            << false << QByteArray("one two three four\t1\n")
            << QStringLiteral("line 1: 'one two three four' has more than 3 words");
        QTest::newRow("nothing to match")
            << false << QByteArray(": )\t1\n")
            << QStringLiteral("line 1: ': )' has no word a message could "
                              "contain");
        QTest::newRow("extra column")
            << false << QByteArray("good\t1\t2\n")
            << QStringLiteral(
                   "line 1: 'good' has 3 tab-separated columns; expected the word and its score");
        QTest::newRow("not utf-8") << false << QByteArray("good\t1\ncaf\xE9\t1\n")
                                   << QStringLiteral("line 2: the line is not valid UTF-8");
        QTest::newRow("only comments") << false << QByteArray("# nothing here\n\n")
                                       << QStringLiteral("contains no lexicon entries");
        QTest::newRow("vader out of range")
            << true << QByteArray("good\t1.9\t0.5\t[2]\nbest\t4.5\t0.5\t[4, 5]\n")
            << QStringLiteral("line 2: the score of 'best' is 4.5, outside -4..4");
        QTest::newRow("vader without mean")
            << true << QByteArray("good\n") << QStringLiteral("line 1: 'good' has no score");
    }

    void malformedLineNamesFileAndLine()
    {
        QFETCH(bool, vader);
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(QStringLiteral("malformed.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();
        auto lexicon =
            vader ? SentimentLexicon::loadVader(path) : SentimentLexicon::loadWordScore(path);
        QVERIFY(!lexicon);
        QCOMPARE(lexicon.error().message, QStringLiteral("'%1' ").arg(path) + expected);
    }

    void missingFileIsAnError()
    {
        const QString path = m_dir.filePath(QStringLiteral("absent.tsv"));
        auto lexicon = SentimentLexicon::load(path);
        QVERIFY(!lexicon);
        QVERIFY2(lexicon.error().message.startsWith(
                     QStringLiteral("'%1': cannot read the lexicon").arg(path)),
                 qPrintable(lexicon.error().message));
    }

    // Linked into the application through a .qrc; a build without it says so plainly.
    void englishWorkplaceComesFromResources()
    {
        auto lexicon = SentimentLexicon::englishWorkplace();
        if (QFile::exists(SentimentLexicon::englishWorkplaceResource())) {
            QVERIFY2(lexicon, qPrintable(lexicon ? QString() : lexicon.error().message));
            QCOMPARE(lexicon->size(), m_shipped->lexicon().size());
        } else {
            QVERIFY(!lexicon);
            QVERIFY2(lexicon.error().message.contains(SentimentLexicon::englishWorkplaceResource()),
                     qPrintable(lexicon.error().message));
        }
    }

    // --- Rules ----------------------------------------------------------------------------

    void scores_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<double>("raw");      // the sum, from the rules by hand
        QTest::addColumn<double>("compound"); // raw / sqrt(raw² + 15), by hand to 6 places
        // good = 2.4: 2.4 / sqrt(5.76 + 15) = 2.4 / 4.556314 = 0.526742
        QTest::newRow("single word") << QByteArray("good") << 2.4 << 0.526742;
        QTest::newRow("capitalised word") << QByteArray("Good.") << 2.4 << 0.526742;
        // Negation: 2.4 * -0.74 = -1.776; -1.776 / sqrt(3.154176 + 15) = -0.416826
        QTest::newRow("not") << QByteArray("not good") << -1.776 << -0.416826;
        QTest::newRow("n't") << QByteArray("it isn't good") << -1.776 << -0.416826;
        QTest::newRow("curly n't two back")
            << QByteArray("I don’t feel good") << -1.776 << -0.416826;
        QTest::newRow("never three back") << QByteArray("never a good day") << -1.776 << -0.416826;
        // Four tokens back is outside the window: 2.4 again.
        QTest::newRow("negation too far") << QByteArray("not that it was good") << 2.4 << 0.526742;
        // A full stop ends the clause, so "not" does not reach "good".
        QTest::newRow("negation stops at clause")
            << QByteArray("Not sure. Good") << 2.4 << 0.526742;
        // Intensifiers: 2.4 + 0.293 = 2.693 -> 0.570886
        QTest::newRow("very") << QByteArray("very good") << 2.693 << 0.570886;
        // Two boosters: 2.4 + 0.293 + 0.293 * 0.95 = 2.97135 -> 0.608698
        QTest::newRow("really very") << QByteArray("really very good") << 2.97135 << 0.608698;
        // Dampeners move towards zero: -(2.4 - 0.293) = -2.107 -> -0.477884
        QTest::newRow("slightly") << QByteArray("slightly bad") << -2.107 << -0.477884;
        QTest::newRow("kind of") << QByteArray("kind of bad") << -2.107 << -0.477884;
        // Boost, then negate: (2.4 + 0.293) * -0.74 = -1.99282 -> -0.457530
        QTest::newRow("not very") << QByteArray("not very good") << -1.99282 << -0.457530;
        // "but": 0.5 * 2.4 + 1.5 * -2.4 = -2.4 -> -0.526742, and the mirror image
        QTest::newRow("but, negative after") << QByteArray("good but bad") << -2.4 << -0.526742;
        QTest::newRow("but, positive after") << QByteArray("bad but good") << 2.4 << 0.526742;
        // Exclamations: 2.4 + 0.292 = 2.692 -> 0.570743
        QTest::newRow("one !") << QByteArray("good!") << 2.692 << 0.570743;
        // At most four count: 2.4 + 4 * 0.292 = 3.568 -> 0.677556
        QTest::newRow("six !") << QByteArray("good!!!!!!") << 3.568 << 0.677556;
        // They follow the sign of the sum: -2.4 - 2 * 0.292 = -2.984 -> -0.610325
        QTest::newRow("negative !!") << QByteArray("bad!!") << -2.984 << -0.610325;
        // Capitals among lowercase: 2.4 + 0.733 = 3.133 -> 0.628923
        QTest::newRow("shouted word") << QByteArray("GOOD work") << 3.133 << 0.628923;
        // A message all in capitals is not shouting any one word.
        QTest::newRow("all capitals") << QByteArray("GOOD") << 2.4 << 0.526742;
        // Emoji: 3.2 / sqrt(10.24 + 15) = 0.636950
        QTest::newRow("shortcode") << QByteArray(":tada:") << 3.2 << 0.636950;
        QTest::newRow("emoji") << QByteArray("🎉") << 3.2 << 0.636950;
        QTest::newRow("emoji glued to a word") << QByteArray("launch🎉") << 3.2 << 0.636950;
        // A skin tone does not change the meaning: 1.6 -> 0.381819
        QTest::newRow("emoji with skin tone") << QByteArray("👍🏽") << 1.6 << 0.381819;
        QTest::newRow("emoji with selector") << QByteArray("❤️") << 2.4 << 0.526742;
        QTest::newRow("emoticon") << QByteArray("nice :)") << 1.6 << 0.381819;
        // 1.6 + 0.292 = 1.892 -> 0.438937
        QTest::newRow("emoticon then !") << QByteArray(":)!") << 1.892 << 0.438937;
        // 2.4 + 3.2 + 1.6 = 7.2 -> 7.2 / sqrt(51.84 + 15) = 0.880672
        QTest::newRow("word and emoji") << QByteArray("good 🎉 👍") << 7.2 << 0.880672;
        // Phrases: "shout out" 2.4, "well done" 3.2 -> 0.636950
        QTest::newRow("hyphenated phrase")
            << QByteArray("Shout-out to the team") << 2.4 << 0.526742;
        QTest::newRow("phrase") << QByteArray("well done") << 3.2 << 0.636950;
        // "no way" is an entry (-1.6 -> -0.381819), not a negation of "way".
        QTest::newRow("phrase starting with no") << QByteArray("no way") << -1.6 << -0.381819;
        // "kind" scores on its own (1.6 -> 0.381819) but not as "kind of".
        QTest::newRow("kind alone") << QByteArray("so kind") << 1.6 + 0.293 << normalised(1.893);
        // Tokens are whole: "playoff" is not "layoff" (-2.4 -> -0.526742).
        QTest::newRow("playoff") << QByteArray("playoff") << 0.0 << 0.0;
        QTest::newRow("layoff") << QByteArray("layoff") << -2.4 << -0.526742;
        // URL paths and names carry no sentiment.
        QTest::newRow("url") << QByteArray("see https://good.example/happy-superb") << 0.0 << 0.0;
        QTest::newRow("slack url") << QByteArray("<https://x.example/bad|docs>") << 0.0 << 0.0;
        QTest::newRow("mention with display name") << QByteArray("@Good Happy") << 0.0 << 0.0;
        // thanks 1.6 + good 2.4 = 4.0 -> 4 / sqrt(31) = 0.718421
        QTest::newRow("mention between words")
            << QByteArray("thanks @maya good") << 4.0 << 0.718421;
        QTest::newRow("mention then lowercase")
            << QByteArray("thanks @Maya good") << 4.0 << 0.718421;
    }

    void scores()
    {
        QFETCH(QByteArray, text);
        QFETCH(double, raw);
        QFETCH(double, compound);
        const SentimentResult result = m_analyzer->analyse(view(text));
        QVERIFY2(std::abs(result.raw - raw) < 1e-9,
                 qPrintable(QString::number(result.raw, 'g', 12) + QLatin1Char(' ') +
                            printContributions(result).join(QStringLiteral("; "))));
        QVERIFY2(std::abs(result.compound - compound) < 1e-6,
                 qPrintable(QString::number(result.compound, 'g', 12)));
        QVERIFY(std::abs(result.compound - normalised(raw)) < 1e-12);
        QCOMPARE(result.hasSentiment(), raw != 0);
        QCOMPARE(m_analyzer->compound(view(text)), result.compound);
    }

    void noSentiment_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("spaces") << QByteArray("  \n\t ");
        QTest::newRow("neutral") << QByteArray("The meeting is at 3pm in room B");
        QTest::newRow("only punctuation") << QByteArray("?!... -- !!");
        QTest::newRow("unknown emoji") << QByteArray("🐶 ☕");
        QTest::newRow("invalid utf-8") << QByteArray("\xFF\xFE caf\xC3 \xE2\x82");
    }

    void noSentiment()
    {
        QFETCH(QByteArray, text);
        const SentimentResult result = m_analyzer->analyse(view(text));
        QCOMPARE(result.compound, 0.0);
        QVERIFY(!result.hasSentiment());
        QVERIFY(result.contributions.isEmpty());
        QCOMPARE(m_analyzer->compound(view(text)), 0.0);
    }

    // --- Explanation ----------------------------------------------------------------------

    void explanation_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("expected");
        // good: 2.4 * -0.74 = -1.776, before "but" * 0.5 = -0.888
        // happy: 2.4 + 0.293 = 2.693, after "but" * 1.5 = 4.0395
        // '!': the sum -0.888 + 4.0395 = 3.1515 is positive, so +0.292
        QTest::newRow("negation, but, intensifier, exclamation")
            << QByteArray("This is not good but really happy!")
            << QStringList{
                   QStringLiteral("good | -0.8880 | negated by 'not', before 'but'"),
                   QStringLiteral("happy | 4.0395 | intensified by 'really', after 'but'"),
                   QStringLiteral("! | 0.2920 | exclamation"),
               };
        // Shout-out 2.4; GOOD 2.4 + 0.733 = 3.133 shouted among lowercase words; 🎉 3.2
        QTest::newRow("phrase, capitals, emoji")
            << QByteArray("Shout-out, GOOD work @Maya Okafor 🎉")
            << QStringList{
                   QStringLiteral("Shout-out | 2.4000 | lexicon"),
                   QStringLiteral("GOOD | 3.1330 | all caps"),
                   QStringLiteral("🎉 | 3.2000 | lexicon"),
               };
        // The dampener pair sits one back and the negation three back:
        // (2.4 - 0.293) * -0.74 = -1.55918
        QTest::newRow("dampener pair and negation")
            << QByteArray("not kind of good")
            << QStringList{
                   QStringLiteral("good | -1.5592 | negated by 'not', dampened by 'kind of'"),
               };
        QTest::newRow("emoji as written") << QByteArray("👍🏽 :tada: Don't")
                                          << QStringList{
                                                 QStringLiteral("👍🏽 | 1.6000 | lexicon"),
                                                 QStringLiteral(":tada: | 3.2000 | lexicon"),
                                             };
    }

    void explanation()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, expected);
        const SentimentResult result = m_analyzer->analyse(view(text));
        QCOMPARE(printContributions(result), expected);
        double sum = 0;
        for (const SentimentContribution &c : result.contributions)
            sum += c.score;
        QVERIFY(std::abs(sum - result.raw) < 1e-9);
    }

    void explanationKeepsLexiconScores()
    {
        const SentimentResult result = m_analyzer->analyse("not very good");
        QCOMPARE(result.contributions.size(), 1);
        QCOMPARE(result.contributions[0].lexiconScore, 2.4);
        // (2.4 + 0.293) * -0.74 = -1.99282
        QVERIFY(std::abs(result.contributions[0].score - -1.99282) < 1e-9);
        // Modifiers are named in the order they appear in the text.
        QCOMPARE(result.contributions[0].rule,
                 QStringLiteral("negated by 'not', intensified by 'very'"));
    }

    // --- Fast path and threads ------------------------------------------------------------

    void compoundMatchesAnalyse_data()
    {
        QTest::addColumn<QByteArray>("text");
        const char *sentences[] = {
            "Huge thanks to @Maya Okafor for staying late, over the line 🙏",
            "Honestly frustrating that the VPN is broken again. Third time this week 😩",
            "Shipped dark mode to staging. Rolling out on Friday.",
            "We did it! The SSO rollout is live 🎉🎉",
            "Not great, but the team handled it really well :thumbsup:",
            "The layoffs rumours make it really hard to focus.",
            "Feeling completely burnt out after 6 weeks of back-to-back deadlines",
            "Does anyone know who owns the build farm now?",
            "Great job on the write-up, thank you!!!",
            "ugh, same 😤 wasted half a day on it",
            "I'm not unhappy with it, kind of impressed actually",
            "THIS IS AMAZING",
            "This is AMAZING work",
            "See https://wiki.brightwater.example/eng/great-news for details",
            "no worries, happy to help :)",
            "Another outage. Blocked since Monday and nobody cares.",
            "Kudos to the Platform team 👏👏 smooth release",
            "meh",
            "It’s fine I guess, not ideal but not a disaster either",
            "",
        };
        for (const char *sentence : sentences)
            QTest::newRow(sentence) << QByteArray(sentence);
    }

    void compoundMatchesAnalyse()
    {
        QFETCH(QByteArray, text);
        QCOMPARE(m_shipped->compound(view(text)), m_shipped->analyse(view(text)).compound);
        QCOMPARE(m_analyzer->compound(view(text)), m_analyzer->analyse(view(text)).compound);
    }

    void concurrentAnalysisMatchesSingleThreaded()
    {
        const char *fragments[] = {
            "Great job",
            "not bad",
            "really frustrated",
            "🎉",
            ":rage:",
            "thanks!",
            "the outage",
            "but",
            "kind of",
            "burnt out",
            "well done",
            "@Sam Lee",
            "https://x.example",
            "SUPER",
            "happy",
            "slightly",
            "blocked again.",
            "👍🏽",
            "no way",
            "shout-out",
            "exhausted",
            "proud of you",
            "meh",
            "on track",
            "playoffs",
        };
        constexpr int kFragments = int(std::size(fragments));
        std::vector<QByteArray> sentences;
        for (int k = 0; k < 1000; ++k) {
            sentences.push_back(QByteArray(fragments[k % kFragments]) + ' ' +
                                fragments[(k * 7 + 3) % kFragments] + ' ' +
                                fragments[(k * 13 + 5) % kFragments] + ' ' +
                                fragments[(k / kFragments) % kFragments]);
        }
        struct Outcome
        {
            double compound = 0;
            double fast = 0;
            qsizetype contributions = 0;
        };
        const auto analyseAll = [&](const SentimentAnalyzer &analyzer) {
            std::vector<Outcome> outcomes;
            outcomes.reserve(sentences.size());
            for (const QByteArray &sentence : sentences) {
                const SentimentResult result = analyzer.analyse(view(sentence));
                outcomes.push_back({result.compound, analyzer.compound(view(sentence)),
                                    result.contributions.size()});
            }
            return outcomes;
        };
        const std::vector<Outcome> expected = analyseAll(*m_shipped);
        std::array<std::vector<Outcome>, 4> results;
        std::vector<std::thread> threads;
        for (auto &result : results)
            threads.emplace_back([&] { result = analyseAll(*m_shipped); });
        for (std::thread &thread : threads)
            thread.join();
        int scored = 0;
        for (const auto &result : results) {
            QCOMPARE(result.size(), expected.size());
            for (std::size_t k = 0; k < expected.size(); ++k) {
                QCOMPARE(result[k].compound, expected[k].compound);
                QCOMPARE(result[k].fast, expected[k].compound);
                QCOMPARE(result[k].contributions, expected[k].contributions);
            }
        }
        for (const Outcome &outcome : expected)
            scored += outcome.compound != 0;
        QVERIFY(scored > 900); // the fragments nearly always carry sentiment
    }

    // --- The shipped lexicon --------------------------------------------------------------

    void shippedLexiconIsWellFormed()
    {
        const SentimentLexicon &lexicon = m_shipped->lexicon();
        QVERIFY2(lexicon.size() >= 500, qPrintable(QString::number(lexicon.size())));
        QVERIFY2(lexicon.duplicates().isEmpty(),
                 qPrintable(lexicon.duplicates().join(QStringLiteral(", "))));
        QVERIFY(!lexicon.wasRescaled());
        for (const SentimentLexicon::Entry &entry : lexicon.entries()) {
            QVERIFY2(entry.score >= -4 && entry.score <= 4 && entry.score != 0, entry.key.c_str());
        }
        // The workplace words the brief names, at their intended scores.
        QCOMPARE(lexicon.score("blocker").value_or(0), -2.0);
        QCOMPARE(lexicon.score("layoffs").value_or(0), -3.0);
        QCOMPARE(lexicon.score("burnout").value_or(0), -3.0);
        QCOMPARE(lexicon.score("shout out").value_or(0), 2.5);
        QCOMPARE(lexicon.score("shoutout").value_or(0), 2.5);
        QCOMPARE(lexicon.score("great job").value_or(0), 3.0);
        QCOMPARE(lexicon.score("🎉").value_or(0), 3.0);
        QCOMPARE(lexicon.score(":tada:").value_or(0), 3.0);
        QCOMPARE(lexicon.score(":+1:").value_or(0), 1.5);
        QCOMPARE(lexicon.score("❤️").value_or(0), 2.5);
        QCOMPARE(lexicon.score(":rage:").value_or(0), -3.0);
        QVERIFY(lexicon.isEmoticon(":)"));
    }

    void shippedLexiconScoresWorkplaceMessages_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("sign");
        QTest::newRow("praise") << QByteArray("Huge thanks to the team, great job shipping this! 🎉")
                                << 1;
        QTest::newRow("complaint")
            << QByteArray("Another outage, I'm exhausted and frustrated") << -1;
        QTest::newRow("neutral") << QByteArray("The meeting is at 3pm in room B") << 0;
        QTest::newRow("layoffs") << QByteArray("More layoffs announced") << -1;
        QTest::newRow("playoffs") << QByteArray("Watching the playoffs tonight") << 0;
        QTest::newRow("recognition with mention")
            << QByteArray("Shout-out to @Maya Okafor for untangling the VPN") << 1;
        QTest::newRow("negated blocker") << QByteArray("No blockers this sprint") << 1;
        QTest::newRow("slack emoji") << QByteArray(":rage: :rage:") << -1;
        QTest::newRow("reply") << QByteArray("Not surprised, but still disappointing.") << -1;
    }

    void shippedLexiconScoresWorkplaceMessages()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, sign);
        const SentimentResult result = m_shipped->analyse(view(text));
        const int actual = result.compound > 0 ? 1 : result.compound < 0 ? -1 : 0;
        QVERIFY2(actual == sign, qPrintable(QString::number(result.compound) + QLatin1Char(' ') +
                                            printContributions(result).join(QStringLiteral("; "))));
        QCOMPARE(result.hasSentiment(), sign != 0);
    }
};

QTEST_GUILESS_MAIN(TestSentiment)
#include "tst_sentiment.moc"

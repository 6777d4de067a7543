#include "analytics/modelsettings.h"
#include "analytics/textrules.h"

#include <QTest>

using namespace goodwill;
using namespace goodwill::analytics;
using Reason = RecognitionDetector::Reason;

Q_DECLARE_METATYPE(goodwill::store::ChannelKind)
Q_DECLARE_METATYPE(goodwill::analytics::RecognitionDetector::Reason)

class TestTextRules : public QObject
{
    Q_OBJECT

private:
    const ModelSettings m_settings = ModelFile::defaults();

private Q_SLOTS:
    void questions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("question");
        QTest::newRow("plain") << QStringLiteral("When is the release?") << true;
        QTest::newRow("none") << QStringLiteral("The release is on Friday.") << false;
        QTest::newRow("only in a URL")
            << QStringLiteral("See https://wiki.example/page?id=4 for details") << false;
        QTest::newRow("URL and a real one")
            << QStringLiteral("Is https://wiki.example/page?id=4 current?") << true;
        QTest::newRow("slack link")
            << QStringLiteral("Read <https://x.example/?a=1|this>") << false;
        QTest::newRow("inline code") << QStringLiteral("Run `grep -c '?' log` daily") << false;
        QTest::newRow("code block") << QStringLiteral("```\nif (a ? b : c)\n```\nDone.") << false;
        QTest::newRow("after code") << QStringLiteral("Why does `x?.y` fail?") << true;
    }

    void questions()
    {
        QFETCH(QString, text);
        QFETCH(bool, question);
        QCOMPARE(QuestionDetector::hasQuestionMark(text), question);
    }

    void leaderTitles_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("leader");
        QTest::newRow("vp") << QStringLiteral("VP Sales") << true;
        QTest::newRow("vice president") << QStringLiteral("Vice President, Finance") << true;
        QTest::newRow("head of") << QStringLiteral("Head of Design") << true;
        QTest::newRow("chief") << QStringLiteral("Chief People Officer") << true;
        QTest::newRow("director") << QStringLiteral("Director of Field Operations") << true;
        QTest::newRow("german") << QStringLiteral("Bereichsleiterin Vertrieb") << true;
        QTest::newRow("french") << QStringLiteral("Directrice financière") << true;
        QTest::newRow("spanish") << QStringLiteral("Jefa de Ventas") << true;
        QTest::newRow("engineer") << QStringLiteral("Senior Software Engineer") << false;
        QTest::newRow("mvp is not vp") << QStringLiteral("MVP Programme Coordinator") << false;
        QTest::newRow("head alone") << QStringLiteral("Head Chef") << false;
        QTest::newRow("manager") << QStringLiteral("Engineering Manager") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void leaderTitles()
    {
        QFETCH(QString, title);
        QFETCH(bool, leader);
        QCOMPARE(LeaderTitleMatcher(m_settings).isLeaderTitle(title), leader);
    }

    void channelKinds_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<store::ChannelKind>("kind");
        using K = store::ChannelKind;
        QTest::newRow("random") << QStringLiteral("random") << K::Social;
        QTest::newRow("part of a name") << QStringLiteral("eng-random") << K::Social;
        QTest::newRow("kudos") << QStringLiteral("#kudos") << K::Recognition;
        QTest::newRow("shoutouts") << QStringLiteral("sales_shoutouts") << K::Recognition;
        QTest::newRow("ask wildcard") << QStringLiteral("ask-hr") << K::Qa;
        QTest::newRow("town hall") << QStringLiteral("town-hall") << K::Qa;
        QTest::newRow("announce wildcard") << QStringLiteral("announcements") << K::Announcement;
        QTest::newRow("news") << QStringLiteral("company-news") << K::Announcement;
        QTest::newRow("work") << QStringLiteral("field-operations") << K::Work;
        QTest::newRow("no substring") << QStringLiteral("randomised-trials") << K::Work;
        QTest::newRow("ask is a prefix only") << QStringLiteral("task-force") << K::Work;
    }

    void channelKinds()
    {
        QFETCH(QString, name);
        QFETCH(store::ChannelKind, kind);
        QCOMPARE(int(ChannelKindClassifier(m_settings).kindOf(name)), int(kind));
    }

    void recognition_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("recipients");
        QTest::addColumn<bool>("marked");
        QTest::addColumn<bool>("recognitionChannel");
        QTest::addColumn<Reason>("reason");
        const auto row = [](const char *name, const char *text, int recipients, bool marked,
                            bool channel, Reason reason) {
            QTest::newRow(name) << QString::fromUtf8(text) << recipients << marked << channel
                                << reason;
        };
        row("thanks with mention", "Thanks @Maya Okafor for the review!", 1, false, false,
            Reason::Phrase);
        row("kudos later in sentence", "Huge kudos to @Ben Ito and the team.", 1, false, false,
            Reason::Phrase);
        row("no mention", "Thanks everyone for coming!", 0, false, false, Reason::None);
        row("phrase in another sentence", "@Ben Ito can you check the build. Thanks.", 1, false,
            false, Reason::None);
        row("negated", "No thanks @Ben Ito, I have one already", 1, false, false, Reason::None);
        row("not proud", "I'm not proud of this one @Ben Ito", 1, false, false, Reason::None);
        row("emoji shortcode", "@Ana Lima shipped it :clap:", 1, false, false, Reason::Emoji);
        row("unicode emoji", "@Ana Lima shipped it 🙌", 1, false, false, Reason::Emoji);
        row("recognition channel", "@Ana Lima for the migration", 1, false, true,
            Reason::RecognitionChannel);
        row("marked by source", "Praise for @Ana Lima", 1, true, false, Reason::MarkedBySource);
        row("marked but nobody to recognise", "Praise", 0, true, false, Reason::None);
        row("german", "Vielen Dank @Jonas Weber für die Hilfe", 1, false, false, Reason::Phrase);
        row("spanish", "¡Buen trabajo @Lucía Pérez!", 1, false, false, Reason::Phrase);
        row("question to a person", "@Ana Lima can you look at this?", 1, false, false,
            Reason::None);
        row("thanks inside a URL", "@Ana Lima see https://x.example/thanks-page", 1, false, false,
            Reason::None);
    }

    void recognition()
    {
        QFETCH(QString, text);
        QFETCH(int, recipients);
        QFETCH(bool, marked);
        QFETCH(bool, recognitionChannel);
        QFETCH(Reason, reason);
        QCOMPARE(int(RecognitionDetector(m_settings)
                         .classify(text, recipients, marked, recognitionChannel)),
                 int(reason));
    }

    void tokensAreWholeWords()
    {
        QCOMPARE(
            PhraseMatcher::tokenize(QStringLiteral("Shout-out to @Ana! 🎉 :tada: don't")),
            (QStringList{QStringLiteral("shout-out"), QStringLiteral("to"), QStringLiteral("ana"),
                         QStringLiteral("🎉"), QStringLiteral("tada"), QStringLiteral("don't")}));
        const PhraseMatcher layoffs(QStringList{QStringLiteral("layoff*")});
        QVERIFY(layoffs.containsIn(QStringLiteral("More layoffs coming")));
        QVERIFY(!layoffs.containsIn(QStringLiteral("The playoffs start")));
    }
};

QTEST_GUILESS_MAIN(TestTextRules)
#include "tst_textrules.moc"

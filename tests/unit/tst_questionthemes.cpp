#include "analytics/questionthemes.h"

#include <QTest>

using namespace goodwill::analytics;

// Keyword themes (docs/model.md, "Town-hall brief"), worked out by hand on short texts.
class TestQuestionThemes : public QObject
{
    Q_OBJECT

private:
    static ThemeQuestion question(std::int32_t author, const char *text)
    {
        ThemeQuestion q;
        q.author = author;
        q.text = QString::fromUtf8(text);
        return q;
    }

private Q_SLOTS:
    void stopwordsAreCompiledIn()
    {
        const QSet<QString> &words = QuestionThemes::stopwords();
        QVERIFY(words.contains(QStringLiteral("the")));
        QVERIFY(words.contains(QStringLiteral("anyone")));
        QVERIFY(words.contains(QStringLiteral("doesn't")));
        QVERIFY(!words.contains(QStringLiteral("laptop")));
        QVERIFY(!words.contains(QStringLiteral("# articles, pronouns, determiners")));
    }

    void termsOfOneQuestion()
    {
        // The mention, URL, inline code and Slack link go; "When's" is "when" (a stop word);
        // "Budget's" is "budget"; "Q3" is too short and "2025" has no letter.
        QCOMPARE(
            QuestionThemes::terms(QStringLiteral("@Lena Berg When's the new build going to "
                                                 "https://ci.example.com/x be ready? `make all` "
                                                 "<https://wiki|the wiki> Budget's Q3 2025 budget"),
                                  {QStringLiteral("Lena Berg")}),
            (QStringList{QStringLiteral("build"), QStringLiteral("ready"),
                         QStringLiteral("budget")}));
        // Hyphenated words stay whole; curly apostrophes read as straight ones.
        QCOMPARE(QuestionThemes::terms(QStringLiteral("Mid-market OKRs? Who’s on it")),
                 (QStringList{QStringLiteral("mid-market"), QStringLiteral("okrs")}));
        // Without the name, the mention's words are terms.
        QCOMPARE(QuestionThemes::terms(QStringLiteral("@Lena Berg parking?")),
                 (QStringList{QStringLiteral("lena"), QStringLiteral("berg"),
                              QStringLiteral("parking")}));
    }

    void greedyThemes()
    {
        // Terms: 0 hybrid policy final; 1 hybrid policy ops; 2 hybrid rules change;
        // 3 budget conference(s); 4 conference budget; 5 conference travel policy; 6 budget.
        const std::vector<ThemeQuestion> questions{
            question(1, "Is the hybrid policy final?"),
            question(2, "Hybrid policy for Ops?"),
            question(3, "Will the hybrid rules change?"),
            question(3, "Budget for conferences?"),
            question(4, "Is there a conference budget?"),
            question(5, "Conference travel policy?"),
            question(1, "Budget again?"),
        };
        // Round 1: budget, conference, hybrid and policy each have 3 askers and 3 questions;
        // "budget" is first alphabetically and takes 3, 4, 6. Round 2 over 0, 1, 2, 5:
        // hybrid and policy 3 askers each, "hybrid" takes 0, 1, 2. Round 3: only question 5
        // is left, every term with one asker: done.
        const std::vector<QuestionTheme> themes = QuestionThemes::group(questions, 3);
        QCOMPARE(themes.size(), size_t(2));
        QCOMPARE(themes[0].term, QStringLiteral("budget"));
        QCOMPARE(themes[0].questions, (std::vector<int>{3, 4, 6}));
        QCOMPARE(themes[0].authors, 3);
        // "conferences" is read as "conference", which question 4 uses.
        QCOMPARE(themes[0].relatedTerms, QStringList{QStringLiteral("conference")});
        QCOMPARE(themes[1].term, QStringLiteral("hybrid"));
        QCOMPARE(themes[1].questions, (std::vector<int>{0, 1, 2}));
        QCOMPARE(themes[1].relatedTerms, QStringList{QStringLiteral("policy")});

        QCOMPARE(QuestionThemes::group(questions, 3, 1).size(), size_t(1));
        QVERIFY(QuestionThemes::group(questions, 4).empty());
    }

    void moreQuestionsBeatTheAlphabet()
    {
        // Two askers each; "zebra" in three questions, "apple" in two.
        const std::vector<ThemeQuestion> questions{
            question(1, "zebra crossing?"),
            question(2, "zebra apple?"),
            question(2, "zebra again?"),
            question(1, "apple pie?"),
        };
        const auto themes = QuestionThemes::group(questions, 2);
        QCOMPARE(themes.size(), size_t(1)); // only question 3 is left: "apple" has one asker
        QCOMPARE(themes[0].term, QStringLiteral("zebra"));
        QCOMPARE(themes[0].questions, (std::vector<int>{0, 1, 2}));
        QVERIFY(themes[0].relatedTerms.isEmpty());
    }

    void oneAskerIsNoTheme()
    {
        // Even with k_text 1, a theme needs two askers.
        const std::vector<ThemeQuestion> questions{question(9, "Parking permits?"),
                                                   question(9, "Parking again?")};
        QVERIFY(QuestionThemes::group(questions, 1).empty());
        QVERIFY(QuestionThemes::group({}, 2).empty());
    }

    void pluralsFoldOnlyWhenTheSingularIsUsed()
    {
        // "stations" stays as it is (no "station"); "access" is never a plural.
        const std::vector<ThemeQuestion> questions{question(1, "stations access?"),
                                                   question(2, "stations access?")};
        const auto themes = QuestionThemes::group(questions, 2);
        QCOMPARE(themes.size(), size_t(1));
        QCOMPARE(themes[0].term, QStringLiteral("access"));
        QCOMPARE(themes[0].relatedTerms, QStringList{QStringLiteral("stations")});
    }
};

QTEST_GUILESS_MAIN(TestQuestionThemes)
#include "tst_questionthemes.moc"

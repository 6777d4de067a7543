#include "analytics/figureref.h"
#include "analytics/townhallbrief.h"
#include "items/capitalmoversmodel.h"
#include "items/itemroles.h"
#include "items/leaderresponsivenessmodel.h"
#include "items/questionthemesmodel.h"
#include "items/shoutoutpeoplemodel.h"
#include "items/shoutoutteamsmodel.h"
#include "items/townhallsummary.h"
#include "state/languagesetup.h"
#include "summarytrace.h"
#include "townhallfixture.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace goodwill;
using namespace goodwill::items;
using analytics::FigureRef;
using testing::TownHallFixture;

// The town-hall brief's table models and summary over townhallfixture.h (figures worked out
// there and in tst_townhallbrief); the tests run in the C locale, whose lists read "a, b".
class TestTownHallModels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TownHallFixture> m_fixture;
    std::shared_ptr<const analytics::TownHallBrief> m_brief;

    static QString text(const QAbstractItemModel &model, int row, int column,
                        const QModelIndex &parent = {})
    {
        return model.index(row, column, parent).data().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = std::make_unique<TownHallFixture>();
        const auto snapshot = m_fixture->snapshot(TownHallFixture::march());
        m_brief = analytics::TownHallBrief::compute(*snapshot, &m_fixture->database().connection());
        QVERIFY(m_brief);
    }

    void movers()
    {
        CapitalMoversModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBrief(m_brief);
        // The organisation, then the faller, then the risers.
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(CapitalMoversModel::ColumnCount));
        const QStringList organisation{QStringLiteral("Organisation"), QStringLiteral("Rose"),
                                       QStringLiteral("45.5"),         QStringLiteral("54.5"),
                                       QStringLiteral("+9.1"),         QStringLiteral("Pride"),
                                       QStringLiteral("+18.2")};
        const QStringList sales{QStringLiteral("Sales"), QStringLiteral("Fell"),
                                QStringLiteral("75.0"),  QStringLiteral("12.5"),
                                QStringLiteral("−62.5"), QStringLiteral("Attachment"),
                                QStringLiteral("−75.0")};
        for (int column = 0; column < model.columnCount(); ++column) {
            QCOMPARE(text(model, 0, column), organisation[column]);
            QCOMPARE(text(model, 1, column), sales[column]);
        }
        QCOMPARE(text(model, 2, CapitalMoversModel::Department), QStringLiteral("Ops"));
        QCOMPARE(text(model, 3, CapitalMoversModel::Department), QStringLiteral("Field"));
        QCOMPARE(text(model, 3, CapitalMoversModel::After), QStringLiteral("83.3"));
        QCOMPARE(text(model, 3, CapitalMoversModel::Change), QStringLiteral("+33.3"));
        QCOMPARE(model.index(1, CapitalMoversModel::Change).data(ValueRole).toDouble(), -62.5);

        // Drill-down: the ECI on the day before the period, the pillar on the last day.
        const auto before =
            model.index(1, CapitalMoversModel::Before).data(FigureRole).value<FigureRef>();
        QCOMPARE(before.kind, FigureRef::Kind::Eci);
        QCOMPARE(before.department, TownHallFixture::sales);
        QCOMPARE(before.to, QDate(2025, 2, 28));
        const auto pillar =
            model.index(1, CapitalMoversModel::PillarChange).data(FigureRole).value<FigureRef>();
        QCOMPARE(pillar.kind, FigureRef::Kind::Pillar);
        QCOMPARE(pillar.figure, QStringLiteral("attachment"));
        QCOMPARE(pillar.to, QDate(2025, 3, 31));
        QVERIFY(!model.index(1, CapitalMoversModel::Direction).data(FigureRole).isValid());
        QVERIFY(
            !model.index(0, CapitalMoversModel::After).data(Qt::ToolTipRole).toString().isEmpty());

        // For a chart the numbers are numbers.
        model.setDisplayValues(true);
        QCOMPARE(model.index(1, CapitalMoversModel::Change).data().toDouble(), -62.5);
        model.setBrief({});
        QCOMPARE(model.rowCount(), 0);
    }

    void themes()
    {
        QuestionThemesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBrief(m_brief);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(text(model, 0, QuestionThemesModel::Theme), QStringLiteral("laptop"));
        QCOMPARE(text(model, 0, QuestionThemesModel::Questions), QStringLiteral("3"));
        QCOMPARE(text(model, 0, QuestionThemesModel::Askers), QStringLiteral("3"));
        QCOMPARE(text(model, 0, QuestionThemesModel::Related), QStringLiteral("docking, station"));
        const QModelIndex theme = model.index(0, 0);
        QCOMPARE(model.rowCount(theme), 3);
        QCOMPARE(model.parent(model.index(2, 0, theme)), theme);
        QCOMPARE(text(model, 0, 0, theme),
                 QStringLiteral("\u201c@Lena Berg when will the laptops arrive for Sales?\u201d — "
                                "asked 5 Mar 2025, waiting 27 d 23 h"));
        QVERIFY(text(model, 0, QuestionThemesModel::Questions, theme).isEmpty());
    }

    void shoutOuts()
    {
        ShoutOutPeopleModel people;
        QAbstractItemModelTester peopleTester(
            &people, QAbstractItemModelTester::FailureReportingMode::QtTest);
        people.setBrief(m_brief);
        QCOMPARE(people.rowCount(), 2);
        QCOMPARE(text(people, 0, ShoutOutPeopleModel::Person), QStringLiteral("Oda One"));
        QCOMPARE(text(people, 0, ShoutOutPeopleModel::Department), QStringLiteral("Ops"));
        QCOMPARE(text(people, 0, ShoutOutPeopleModel::Recognisers), QStringLiteral("3"));
        QCOMPARE(text(people, 1, ShoutOutPeopleModel::Recognitions), QStringLiteral("2"));
        people.setBrief(m_brief, true);
        QCOMPARE(text(people, 0, ShoutOutPeopleModel::Person),
                 QStringLiteral("Staff member (Ops)"));

        ShoutOutTeamsModel teams;
        QAbstractItemModelTester teamsTester(
            &teams, QAbstractItemModelTester::FailureReportingMode::QtTest);
        teams.setBrief(m_brief);
        QCOMPARE(teams.rowCount(), 2);
        const QStringList ops{QStringLiteral("Ops"), QStringLiteral("4"), QStringLiteral("5"),
                              QStringLiteral("2"), QStringLiteral("1.25")};
        for (int column = 0; column < teams.columnCount(); ++column)
            QCOMPARE(text(teams, 0, column), ops[column]);
        QCOMPARE(text(teams, 1, ShoutOutTeamsModel::PerMember), QStringLiteral("0.67"));
        const auto headcount =
            teams.index(1, ShoutOutTeamsModel::Staff).data(FigureRole).value<FigureRef>();
        QCOMPARE(headcount.kind, FigureRef::Kind::Headcount);
        QCOMPARE(headcount.department, TownHallFixture::field);
        QCOMPARE(headcount.to, QDate(2025, 3, 31));
    }

    void leaders()
    {
        LeaderResponsivenessModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBrief(m_brief);
        QCOMPARE(model.rowCount(), 2);
        const QStringList lena{QStringLiteral("Lena Berg"), QStringLiteral("Sales"),
                               QStringLiteral("4"),         QStringLiteral("0%"),
                               QStringLiteral("–"),         QStringLiteral("3"),
                               QStringLiteral("3")};
        const QStringList mark{QStringLiteral("Mark Holt"), QStringLiteral("Ops"),
                               QStringLiteral("3"),         QStringLiteral("33%"),
                               QStringLiteral("2.0 h"),     QStringLiteral("3"),
                               QStringLiteral("2")};
        for (int column = 0; column < model.columnCount(); ++column) {
            QCOMPARE(text(model, 0, column), lena[column]);
            QCOMPARE(text(model, 1, column), mark[column]);
        }
        const auto rate = model.index(1, LeaderResponsivenessModel::ReplyRate)
                              .data(FigureRole)
                              .value<FigureRef>();
        QCOMPARE(rate.kind, FigureRef::Kind::LeaderFigure);
        QCOMPARE(rate.figure, QStringLiteral("replyRate"));
        QCOMPARE(rate.leader, TownHallFixture::mark);
        QCOMPARE(rate.from, QDate(2025, 3, 1));
        QVERIFY(!model.index(1, LeaderResponsivenessModel::Unanswered).data(FigureRole).isValid());
        // An empty rate sorts below every rate.
        QVERIFY(
            model.index(0, LeaderResponsivenessModel::MedianFirstReply).data(SortRole).toDouble() <
            0);
    }

    void summaryByHand()
    {
        const auto sentences = TownHallSummary::sentences(*m_brief);
        QStringList texts;
        for (const auto &sentence : sentences)
            texts << sentence.text;
        QCOMPARE(texts,
                 (QStringList{
                     QStringLiteral("From 28 Feb 2025 to 31 Mar 2025, the emotional capital (ECI) "
                                    "of the organisation went from 45.5 to 54.5 (+9.1 points)."),
                     QStringLiteral("Sales fell most (−62.5 points, to 12.5), led by attachment "
                                    "(−75.0 points)."),
                     QStringLiteral("Ops rose most (+62.5 points, to 75.0), led by attachment "
                                    "(+75.0 points). Also rising: Field (+33.3)."),
                     QStringLiteral("Among the staff questions still waiting for a leader's "
                                    "answer, the most common theme is \u201claptop\u201d: 3 "
                                    "questions from 3 people."),
                     QStringLiteral("Lena Berg has the most unanswered staff questions (3) and a "
                                    "reply rate of 0%."),
                     QStringLiteral("Mark Holt answered staff fastest, with a median of 2.0 h to "
                                    "the first reply."),
                     QStringLiteral("Ops received the most public recognitions per member (1.25)."),
                     QStringLiteral("Shout-out candidates, each recognised in public channels by "
                                    "at least two people: Oda One, Oli Two."),
                 }));
        const auto pseudonymised = TownHallSummary::sentences(*m_brief, true);
        QCOMPARE(pseudonymised.back().text,
                 QStringLiteral("Shout-out candidates, each recognised in public channels by at "
                                "least two people, come from Ops."));
    }

    void summaryInEachLanguage_data()
    {
        // The whole organisation has a sentence of its own, so that each language gives it
        // its article and case (German once said "von die Organisation"); a named selection
        // keeps its names. Figures as in summaryByHand, with each language's decimal comma.
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("organisation");
        QTest::addColumn<QString>("selection");
        QTest::newRow("de") << QStringLiteral("de")
                            << QStringLiteral("Vom %1 bis %2 ging das emotionale Kapital (ECI) "
                                              "der Organisation von 45,5 auf 54,5 (+9,1 Punkte).")
                            << QStringLiteral("Vom %1 bis %2 ging das emotionale Kapital (ECI) "
                                              "der Auswahl (Ops und Field) von 28,6 auf 78,6 "
                                              "(+50,0 Punkte).");
        QTest::newRow("fr") << QStringLiteral("fr")
                            << QStringLiteral("Du %1 au %2, le capital émotionnel (ECI) de "
                                              "l'organisation est passé de 45,5 à 54,5 (+9,1 "
                                              "points).")
                            << QStringLiteral("Du %1 au %2, le capital émotionnel (ECI) de la "
                                              "sélection (Ops et Field) est passé de 28,6 à 78,6 "
                                              "(+50,0 points).");
        QTest::newRow("es") << QStringLiteral("es")
                            << QStringLiteral("Del %1 al %2, el capital emocional (ECI) de la "
                                              "organización pasó de 45,5 a 54,5 (+9,1 puntos).")
                            << QStringLiteral("Del %1 al %2, el capital emocional (ECI) de Ops y "
                                              "Field pasó de 28,6 a 78,6 (+50,0 puntos).");
    }

    void summaryInEachLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, organisation);
        QFETCH(QString, selection);
        const auto audience =
            analytics::TownHallBrief::compute(*m_fixture->snapshot(TownHallFixture::march(
                                                  {TownHallFixture::ops, TownHallFixture::field})),
                                              &m_fixture->database().connection());
        const QLocale before;
        QString whole, named;
        {
            state::LanguageSetup setup;
            QCOMPARE(setup.install(language), language);
            // The dates are the locale's (tested elsewhere); the sentence is what is tested.
            const auto filled = [](const QString &text, const analytics::TownHallBrief &brief) {
                return text.arg(TownHallSummary::dateText(brief.movers.before),
                                TownHallSummary::dateText(brief.movers.after));
            };
            organisation = filled(organisation, *m_brief);
            selection = filled(selection, *audience);
            whole = TownHallSummary::sentences(*m_brief).front().text;
            named = TownHallSummary::sentences(*audience).front().text;
        }
        QLocale::setDefault(before);
        QCOMPARE(whole, organisation);
        QCOMPARE(named, selection);
    }

    void summaryIsTraceable()
    {
        // Every figure of every sentence is a cell of one of the page's tables, and no other
        // number is said (the dates are the period's).
        CapitalMoversModel movers;
        QuestionThemesModel themes;
        ShoutOutPeopleModel people;
        ShoutOutTeamsModel teams;
        LeaderResponsivenessModel leaders;
        movers.setBrief(m_brief);
        themes.setBrief(m_brief);
        people.setBrief(m_brief);
        teams.setBrief(m_brief);
        leaders.setBrief(m_brief);
        QStringList cells;
        for (const QAbstractItemModel *model : std::initializer_list<const QAbstractItemModel *>{
                 &movers, &themes, &people, &teams, &leaders})
            cells << testing::cellTexts(*model);
        const QStringList dates{TownHallSummary::dateText(m_brief->movers.before),
                                TownHallSummary::dateText(m_brief->movers.after),
                                TownHallSummary::dateText(m_brief->from)};
        const auto sentences = TownHallSummary::sentences(*m_brief);
        QCOMPARE(testing::untraceable(sentences, cells, dates), QString());
        // The check can fail: a figure no table shows, a number that is not a figure.
        auto invented = sentences;
        invented[0].figures << QStringLiteral("99.9");
        invented[0].text += QStringLiteral(" 99.9");
        QVERIFY(!testing::untraceable(invented, cells, dates).isEmpty());
        auto unlisted = sentences;
        unlisted[1].text += QStringLiteral(" (7 people)");
        QVERIFY(!testing::untraceable(unlisted, cells, dates).isEmpty());

        // An audience with no theme and no faller says so, still traceably.
        const auto snapshot = m_fixture->snapshot(
            TownHallFixture::march({TownHallFixture::ops, TownHallFixture::field}));
        const auto audience =
            analytics::TownHallBrief::compute(*snapshot, &m_fixture->database().connection());
        movers.setBrief(audience);
        themes.setBrief(audience);
        people.setBrief(audience);
        teams.setBrief(audience);
        leaders.setBrief(audience);
        cells.clear();
        for (const QAbstractItemModel *model : std::initializer_list<const QAbstractItemModel *>{
                 &movers, &themes, &people, &teams, &leaders})
            cells << testing::cellTexts(*model);
        const auto audienceSentences = TownHallSummary::sentences(*audience);
        QCOMPARE(testing::untraceable(audienceSentences, cells, dates), QString());
        QCOMPARE(audienceSentences[0].text,
                 QStringLiteral("From 28 Feb 2025 to 31 Mar 2025, the emotional capital (ECI) of "
                                "Ops, Field went from 28.6 to 78.6 (+50.0 points)."));
        QCOMPARE(audienceSentences[2].text,
                 QStringLiteral("The staff questions waiting for an answer share no theme with "
                                "enough different askers to be shown."));
    }
};

QTEST_GUILESS_MAIN(TestTownHallModels)
#include "tst_townhallmodels.moc"

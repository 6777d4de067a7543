#include "analytics/leaderdetail.h"
#include "analytics/townhallbrief.h"
#include "townhallfixture.h"

#include <QTest>

using namespace goodwill;
using namespace goodwill::analytics;
using testing::TownHallFixture;

// The town-hall brief over the hand-made organisation of townhallfixture.h; every number
// below is worked out from the table at the top of that file.
class TestTownHallBrief : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const TownHallBrief> brief(const TownHallFixture &fixture,
                                               const DashboardFilter &filter)
    {
        const auto snapshot = fixture.snapshot(filter);
        if (!snapshot)
            return {};
        return TownHallBrief::compute(*snapshot, &fixture.database().connection());
    }

private Q_SLOTS:
    void moversByHand()
    {
        const TownHallFixture fixture;
        const auto b = brief(fixture, TownHallFixture::march());
        QVERIFY(b);
        const CapitalMovers &m = b->movers;
        // The data starts on 20 January: the window ending 28 February (1-28 Feb) is whole.
        QCOMPARE(m.before, QDate(2025, 2, 28));
        QCOMPARE(m.after, QDate(2025, 3, 31));

        // Organisation: 11 staff, Legal (hidden) left out
        // (docs/model.md section 5). 28 Feb S1, S2 recognised, 8 active: (18.18 + 72.73) / 2;
        // 31 Mar O1, O2, F1, F3 recognised, 8 active: (36.36 + 72.73) / 2.
        QVERIFY(m.whole);
        QCOMPARE(m.whole->department, -1);
        QVERIFY(qAbs(m.whole->eciBefore - 500.0 / 11) < 1e-9);
        QVERIFY(qAbs(m.whole->eciAfter - 600.0 / 11) < 1e-9);
        QVERIFY(m.whole->pillar);
        QCOMPARE(m.whole->pillar->pillar, QStringLiteral("pride"));
        QVERIFY(qAbs(m.whole->pillar->change() - 200.0 / 11) < 1e-9);

        // Sales: 75 (pride 50, attachment 100) -> 12.5 (0, 25): the pillar that fell most is
        // attachment, -75.
        QCOMPARE(m.fallers.size(), size_t(1));
        QCOMPARE(m.fallers[0].name, QStringLiteral("Sales"));
        QCOMPARE(m.fallers[0].department, TownHallFixture::sales);
        QCOMPARE(m.fallers[0].eciBefore, 75.0);
        QCOMPARE(m.fallers[0].eciAfter, 12.5);
        QCOMPARE(m.fallers[0].change(), -62.5);
        QCOMPARE(m.fallers[0].pillar->pillar, QStringLiteral("attachment"));
        QCOMPARE(m.fallers[0].pillar->before, 100.0);
        QCOMPARE(m.fallers[0].pillar->after, 25.0);

        // Ops: 12.5 (0, 25) -> 75 (50, 100), attachment +75; Field: 50 (0, 100) -> 83.33
        // (66.67, 100), pride +66.67. Most risen first.
        QCOMPARE(m.risers.size(), size_t(2));
        QCOMPARE(m.risers[0].name, QStringLiteral("Ops"));
        QCOMPARE(m.risers[0].change(), 62.5);
        QCOMPARE(m.risers[0].pillar->pillar, QStringLiteral("attachment"));
        QCOMPARE(m.risers[0].pillar->change(), 75.0);
        QCOMPARE(m.risers[1].name, QStringLiteral("Field"));
        QVERIFY(qAbs(m.risers[1].eciAfter - 250.0 / 3) < 1e-9);
        QVERIFY(qAbs(m.risers[1].change() - 100.0 / 3) < 1e-9);
        QCOMPARE(m.risers[1].pillar->pillar, QStringLiteral("pride"));
        QVERIFY(qAbs(m.risers[1].pillar->change() - 200.0 / 3) < 1e-9);
        QVERIFY(m.others.empty());

        // Legal has one member of staff (k = 3): named as hidden, never with a value.
        QCOMPARE(m.hidden, QStringList{QStringLiteral("Legal")});
    }

    void moversForAnAudience()
    {
        const TownHallFixture fixture;
        const auto b =
            brief(fixture, TownHallFixture::march({TownHallFixture::ops, TownHallFixture::field}));
        QVERIFY(b);
        QCOMPARE(b->audienceNames, (QStringList{QStringLiteral("Ops"), QStringLiteral("Field")}));
        const CapitalMovers &m = b->movers;
        // The selection, 7 staff: 28 Feb nobody recognised, O1 and F1-F3 active:
        // (0 + 57.14) / 2; 31 Mar four recognised, all active: (57.14 + 100) / 2.
        QVERIFY(qAbs(m.whole->eciBefore - 200.0 / 7) < 1e-9);
        QVERIFY(qAbs(m.whole->eciAfter - 550.0 / 7) < 1e-9);
        QCOMPARE(m.whole->pillar->pillar, QStringLiteral("pride")); // +57.14 against +42.86
        QCOMPARE(m.risers.size(), size_t(2));
        QVERIFY(m.fallers.empty());
        QVERIFY(m.hidden.isEmpty());
    }

    void moversFromTheFirstWholeWindow()
    {
        // From 1 February the window ending the day before starts before the data (20
        // January); the first weekly period end with a whole window (20 Jan - 16 Feb) is
        // Sunday 16 February, whose figures equal 28 February's.
        const TownHallFixture fixture;
        DashboardFilter filter = TownHallFixture::march();
        filter.from = QDate(2025, 2, 1);
        filter.granularity = Granularity::Week;
        const auto b = brief(fixture, filter);
        QCOMPARE(b->movers.before, QDate(2025, 2, 16));
        QCOMPARE(b->movers.fallers.size(), size_t(1));
        QCOMPARE(b->movers.fallers[0].change(), -62.5);

        // Up to 10 February no period end before the last day has a whole window: nothing is
        // compared.
        filter.to = QDate(2025, 2, 10);
        const auto early = brief(fixture, filter);
        QVERIFY(!early->movers.before.isValid());
        QVERIFY(!early->movers.whole);
        QVERIFY(early->movers.risers.empty() && early->movers.fallers.empty());
    }

    void shoutOutsPublicOnly()
    {
        TownHallFixture fixture;
        const auto b = brief(fixture, TownHallFixture::march());
        const ShoutOutCandidates &s = b->shoutOuts;
        // Public recognitions in March: a15, a18, a22, a23, a24, a25 (a21 is in #sales, a
        // work channel; a9 is in February).
        QCOMPARE(s.recognitions, 6);
        // O1: by Mark, O3, O4; O2: by Mark, F2. F3 twice, both by Mark: one recogniser. F1
        // only in #sales. Listed by name.
        QCOMPARE(s.people.size(), size_t(2));
        QCOMPARE(s.people[0].name, QStringLiteral("Oda One"));
        QCOMPARE(s.people[0].person, TownHallFixture::oda);
        QCOMPARE(s.people[0].departmentName, QStringLiteral("Ops"));
        QCOMPARE(s.people[0].recognitions, 3);
        QCOMPARE(s.people[0].recognisers, 3);
        QVERIFY(!s.people[0].leader);
        QCOMPARE(s.people[1].name, QStringLiteral("Oli Two"));
        QCOMPARE(s.people[1].recognitions, 2);
        QCOMPARE(s.people[1].recognisers, 2);
        // Teams, one per person recognised: Ops 5 of 4 staff (1.25 each), Field 2 of 3.
        QCOMPARE(s.teams.size(), size_t(2));
        QCOMPARE(s.teams[0].name, QStringLiteral("Ops"));
        QCOMPARE(s.teams[0].recognitions, 5);
        QCOMPARE(s.teams[0].peopleRecognised, 2);
        QCOMPARE(s.teams[0].headcount, 4);
        QCOMPARE(s.teams[0].perMember(), 1.25);
        QCOMPARE(s.teams[1].name, QStringLiteral("Field"));
        QCOMPARE(s.teams[1].recognitions, 2);
        QCOMPARE(s.teams[1].peopleRecognised, 1);
        QCOMPARE(s.teams[1].headcount, 3);

        // Marking #sales a recognition channel makes F1's thanks public: Field then has 3.
        QVERIFY(testing::execute(fixture.database().connection(),
                                 "UPDATE channels SET kind_override = 'recognition' WHERE id = 4"));
        fixture.reload();
        const auto after =
            TownHallBrief::compute(*fixture.snapshot(TownHallFixture::march()), nullptr);
        QCOMPARE(after->shoutOuts.recognitions, 7);
        QCOMPARE(after->shoutOuts.teams[1].recognitions, 3);
    }

    void shoutOutsForAnAudience()
    {
        const TownHallFixture fixture;
        const auto b = brief(fixture, TownHallFixture::march({TownHallFixture::ops}));
        // Recognitions naming someone in Ops: a15, a18, a22, a23.
        QCOMPARE(b->shoutOuts.recognitions, 4);
        QCOMPARE(b->shoutOuts.people.size(), size_t(2));
        QCOMPARE(b->shoutOuts.teams.size(), size_t(1));
        QCOMPARE(b->shoutOuts.teams[0].name, QStringLiteral("Ops"));
    }

    void openQuestionsAndThemes()
    {
        const TownHallFixture fixture;
        const auto b = brief(fixture, TownHallFixture::march());
        // a12, a13, a14, a16, a17 are open; a19 was answered by Mark.
        QCOMPARE(b->openQuestions, 5);
        QCOMPARE(b->openQuestionAuthors, 5);
        QVERIFY(b->textsRead);
        QCOMPARE(b->kText, 3);
        // "laptop" (a14; "laptops" folded) is asked by S1, O1, O2: three askers (k_text 3).
        // "parking" has two askers (F1, F2) and "docking" two: not shown.
        QCOMPARE(b->themes.size(), size_t(1));
        const TownHallTheme &theme = b->themes[0];
        QCOMPARE(theme.term, QStringLiteral("laptop"));
        QCOMPARE(theme.relatedTerms,
                 (QStringList{QStringLiteral("docking"), QStringLiteral("station")}));
        QCOMPARE(theme.questions, 3);
        QCOMPARE(theme.authors, 3);
        QCOMPARE(theme.samples.size(), size_t(3));
        QCOMPARE(theme.samples[0].text,
                 QStringLiteral("@Lena Berg when will the laptops arrive for Sales?"));
        QCOMPARE(theme.samples[0].at, QDateTime(QDate(2025, 3, 5), QTime(10, 0), Qt::UTC));
        // From 5 March 10:00 to the end of the data, 2 April 09:00.
        QCOMPARE(theme.samples[0].hoursWaiting, 28 * 24 - 1.0);
        QCOMPARE(b->questionsInThemes, 3);

        // For Ops and Field the laptop questions come from two askers only: no theme.
        const auto audience =
            brief(fixture, TownHallFixture::march({TownHallFixture::ops, TownHallFixture::field}));
        QCOMPARE(audience->openQuestions, 4);
        QVERIFY(audience->themes.empty());

        // Without the database there are no themes, and the brief says so.
        const auto snapshot = fixture.snapshot(TownHallFixture::march());
        const auto noTexts = TownHallBrief::compute(*snapshot, nullptr);
        QCOMPARE(noTexts->openQuestions, 5);
        QVERIFY(!noTexts->textsRead);
        QVERIFY(noTexts->themes.empty());
    }

    void responsivenessByHand()
    {
        const TownHallFixture fixture;
        const auto b = brief(fixture, TownHallFixture::march());
        // Lena: staff comments a11 (her thread), a12, a16, a17 (naming her), none answered,
        // three questions open. Mark: a13, a14, a19, a19 answered after 2 h.
        QCOMPARE(b->leaders.size(), size_t(2));
        const LeaderResponsiveness &lena = b->leaders[0];
        QCOMPARE(lena.name, QStringLiteral("Lena Berg"));
        QCOMPARE(lena.department, QStringLiteral("Sales"));
        QCOMPARE(lena.staffComments, 4);
        QCOMPARE(*lena.replyRate, 0.0);
        QVERIFY(!lena.medianFirstReplyHours);
        QCOMPARE(lena.questions, 3);
        QCOMPARE(lena.unanswered, 3);
        const LeaderResponsiveness &mark = b->leaders[1];
        QCOMPARE(mark.name, QStringLiteral("Mark Holt"));
        QCOMPARE(mark.staffComments, 3);
        QCOMPARE(*mark.replyRate, 1.0 / 3);
        QCOMPARE(*mark.medianFirstReplyHours, 2.0);
        QCOMPARE(mark.questions, 3);
        QCOMPARE(mark.unanswered, 2);

        // For Ops: Mark leads it and was asked a13, a14; Lena neither leads nor was asked.
        const auto ops = brief(fixture, TownHallFixture::march({TownHallFixture::ops}));
        QCOMPARE(ops->leaders.size(), size_t(1));
        QCOMPARE(ops->leaders[0].name, QStringLiteral("Mark Holt"));
        QCOMPARE(ops->leaders[0].questions, 2);
        QCOMPARE(ops->leaders[0].unanswered, 2);
        // For Ops and Field: both have two open questions; Lena's lower reply rate first.
        const auto two =
            brief(fixture, TownHallFixture::march({TownHallFixture::ops, TownHallFixture::field}));
        QCOMPARE(two->leaders.size(), size_t(2));
        QCOMPARE(two->leaders[0].name, QStringLiteral("Lena Berg"));
        QCOMPARE(two->leaders[0].questions, 2);
        QCOMPARE(two->leaders[1].questions, 3);
        QCOMPARE(two->leaders[1].unanswered, 2);
    }

    void inboxIsTheLeaderDetailsInbox()
    {
        // LeaderDetail takes its unanswered questions from the same LeaderInbox.
        const TownHallFixture fixture;
        const auto snapshot = fixture.snapshot(TownHallFixture::march());
        LeaderDetailQuery query;
        query.leader = TownHallFixture::mark;
        query.from = QDate(2025, 3, 1);
        query.to = QDate(2025, 3, 31);
        const auto detail =
            LeaderDetail::compute(fixture.data(), *snapshot->sources.leaders, query);
        QVERIFY(detail);
        QCOMPARE(detail->unanswered.size(), size_t(2));
        QCOMPARE(detail->unanswered[0].activity, 12); // a13
        QCOMPARE(detail->unanswered[0].leader, TownHallFixture::mark);
        QCOMPARE(detail->unanswered[1].activity, 13); // a14
        QCOMPARE(detail->dataEnd, QDateTime(QDate(2025, 4, 2), QTime(9, 0), Qt::UTC));

        LeaderInboxQuery all;
        all.from = query.from;
        all.to = query.to;
        const auto inbox = LeaderInbox::compute(fixture.data(), all);
        QCOMPARE(inbox->questions.size(), size_t(6));
        QCOMPARE(inbox->unanswered().size(), size_t(5));
        QCOMPARE(inbox->questions[5].activity, 18); // a19, answered
        QVERIFY(inbox->questions[5].answered);
        QCOMPARE(inbox->questions[5].hoursWaiting, 0.0);
    }

    void cancelled()
    {
        const TownHallFixture fixture;
        const auto snapshot = fixture.snapshot(TownHallFixture::march());
        const std::atomic<bool> cancel{true};
        QVERIFY(!TownHallBrief::compute(*snapshot, nullptr, &cancel));
    }
};

QTEST_GUILESS_MAIN(TestTownHallBrief)
#include "tst_townhallbrief.moc"

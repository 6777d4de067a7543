#include "analytics/engagementnudges.h"
#include "analytics/leaderengagement.h"
#include "engagementfixture.h"
#include "items/localeformat.h"

#include <QTest>

#include <cmath>

using namespace goodwill;
using namespace goodwill::analytics;
using Fixture = goodwill::testing::EngagementFixture;
using goodwill::items::LocaleFormat;

// LeaderEngagement and its nudges over the organisation of engagementfixture.h; every
// number below is worked out by hand from the table at the top of that file.
class TestLeaderEngagement : public QObject
{
    Q_OBJECT

private:
    Fixture m_fixture;

    LeaderEngagement engagement(std::int32_t leader,
                                const DashboardFilter &filter = Fixture::march(),
                                const std::map<std::int32_t, QDateTime> &handled = {}) const
    {
        const auto snapshot = m_fixture.snapshot(filter);
        if (!snapshot)
            qFatal("no snapshot");
        auto e = LeaderEngagement::compute(*snapshot, leader, handled);
        if (!e)
            qFatal("no engagement");
        return std::move(*e);
    }
    static const LeaderPercentile &percentile(const LeaderEngagement &e, const char *figure)
    {
        for (const LeaderPercentile &p : e.percentiles) {
            if (p.figure == QLatin1StringView(figure))
                return p;
        }
        qFatal("no percentile for %s", figure);
    }
    // The activity index of database id `id` (ids 1-15, 20, 21, 23-28, 30-35, 40).
    std::int32_t activity(std::int64_t id) const { return m_fixture.data().indexOfActivityId(id); }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void statsAndGoals()
    {
        const LeaderEngagement e = engagement(Fixture::lena);
        QCOMPARE(e.from, QDate(2025, 3, 1));
        QCOMPARE(e.to, QDate(2025, 3, 31));
        QCOMPARE(e.days, 31);
        QCOMPARE(e.windowFrom, QDate(2025, 1, 1)); // the 90 days to 31 March
        QCOMPARE(e.stats.posts, 3);                // a1, a7, a10
        QCOMPARE(e.stats.replies, 1);              // a3
        QCOMPARE(e.stats.recognitions, 1);         // a10
        QCOMPARE(e.goals.size(), size_t(3));
        // 31 days are 31/7 weeks: 3 posts are 0.677 a week against 0.6, which needs
        // ceil(0.6 × 31/7 = 2.657) = 3 posts: met, exactly.
        const GoalProgress &posts = e.goals[0];
        QCOMPARE(posts.figure, QStringLiteral("posts"));
        QCOMPARE(posts.count, 3);
        QVERIFY(std::abs(posts.perWeek - 21.0 / 31.0) < 1e-12);
        QCOMPARE(posts.goal, 0.6);
        QCOMPARE(posts.target, 3);
        QVERIFY(posts.met());
        QCOMPARE(posts.shortfall(), 0);
        // One reply against 5 a week: ceil(5 × 31/7 = 22.14) = 23 needed, 22 short.
        const GoalProgress &replies = e.goals[1];
        QCOMPARE(replies.figure, QStringLiteral("replies"));
        QVERIFY(std::abs(replies.perWeek - 7.0 / 31.0) < 1e-12);
        QCOMPARE(replies.target, 23);
        QVERIFY(!replies.met());
        QCOMPARE(replies.shortfall(), 22);
        // One recognition against 2 a week: ceil(8.857) = 9, 8 short.
        const GoalProgress &recognitions = e.goals[2];
        QCOMPARE(recognitions.figure, QStringLiteral("recognitions"));
        QCOMPARE(recognitions.target, 9);
        QCOMPARE(recognitions.shortfall(), 8);
    }

    void ownGoals()
    {
        // 1 post, 0.2 replies and 0 recognitions a week over 31 days: targets ceil(4.43) = 5
        // posts (3: 2 short), ceil(0.89) = 1 reply (met), 0 recognitions (met).
        GoalSettings mine;
        mine.postsPerWeek = 1;
        mine.repliesPerWeek = 0.2;
        mine.recognitionsPerWeek = 0;
        const auto snapshot = m_fixture.snapshot(Fixture::march());
        const auto e = LeaderEngagement::compute(*snapshot, Fixture::lena, {}, nullptr, mine);
        QVERIFY(e);
        QVERIFY(e->ownGoals);
        QCOMPARE(e->goals[0].target, 5);
        QCOMPARE(e->goals[0].shortfall(), 2);
        QVERIFY(e->goals[1].met());
        QCOMPARE(e->goals[1].target, 1);
        QVERIFY(e->goals[2].met());
        QCOMPARE(e->goals[2].target, 0);
        std::vector<Nudge> goals;
        for (const Nudge &n : EngagementNudges::of(*e, LocaleFormat::mediumDateFormat())) {
            if (n.kind == Nudge::Kind::Goal)
                goals.push_back(n);
        }
        QCOMPARE(goals.size(), size_t(1));
        // 3 posts are 0.68 a week, 0.32 short of 1.
        QCOMPARE(goals[0].text, QStringLiteral("You posted 0.7 times a week; your goal is 1. "
                                               "About 0.3 more posts a week would meet it."));
        QVERIFY(goals[0].rule.contains(QStringLiteral("set on this page")));
    }

    void percentilesAmongFourLeaders()
    {
        const LeaderEngagement e = engagement(Fixture::lena);
        // Posts: Lena 3, Noah 2, Vic 3, Ida 1: two lower, two equal (her included).
        const LeaderPercentile &posts = percentile(e, "posts");
        QCOMPARE(posts.compared, 4);
        QCOMPARE(posts.worse, 2);
        QCOMPARE(posts.equal, 2);
        QCOMPARE(*posts.percentile, 75.0);
        // Replies: 1, 1, 0, 4.
        QCOMPARE(*percentile(e, "replies").percentile, 50.0);
        // Recognitions and people recognised: 1, 1, 0, 0.
        QCOMPARE(*percentile(e, "recognitions").percentile, 75.0);
        QCOMPARE(*percentile(e, "peopleRecognised").percentile, 75.0);
        // Reply rate: Lena 1 of 6 comments, Noah 1 of 1, Vic 0 of 1, Ida 1 of 1.
        const LeaderPercentile &rate = percentile(e, "replyRate");
        QCOMPARE(*rate.value, 1.0 / 6.0);
        QCOMPARE(rate.worse, 1);
        QCOMPARE(*rate.percentile, 37.5);
        // Answered questions: only Lena (1 of 4) and Noah (1 of 1) had staff questions.
        const LeaderPercentile &questions = percentile(e, "answeredQuestionRate");
        QCOMPARE(questions.compared, 2);
        QCOMPARE(*questions.percentile, 25.0);
        // Time to first reply, lower is better: Lena 2 h, Noah 1 h, Ida 0.5 h; Vic answered
        // no one. Nobody is slower than her: 100 × (0 + 1/2) / 3.
        const LeaderPercentile &hours = percentile(e, "medianFirstReplyHours");
        QVERIFY(hours.lowerIsBetter);
        QCOMPARE(*hours.value, 2.0);
        QCOMPARE(hours.compared, 3);
        QCOMPARE(hours.worse, 0);
        QVERIFY(std::abs(*hours.percentile - 100.0 / 6.0) < 1e-9);
        // Reach 7 against 1, 1, 1; active weeks 2 of 5 against 1 of 5 each.
        QCOMPARE(*percentile(e, "reach").percentile, 87.5);
        QCOMPARE(*percentile(e, "activeWeeks").value, 0.4);
        QCOMPARE(*percentile(e, "activeWeeks").percentile, 87.5);

        // Vic answered no one: no value, no percentile (and he is still compared with).
        const LeaderEngagement vic = engagement(Fixture::vic);
        const LeaderPercentile &vicHours = percentile(vic, "medianFirstReplyHours");
        QVERIFY(!vicHours.value);
        QVERIFY(!vicHours.percentile);
        QCOMPARE(vicHours.compared, 3);
        QCOMPARE(*percentile(vic, "replyRate").percentile, 12.5); // the only 0: (0 + 1/2) / 4
    }

    void personaAndWhatWouldMoveIt()
    {
        // Responses per post: Lena 7/3, Noah 1/2, Vic 1/3, Ida 1/1: median (1/2 + 1) / 2.
        const LeaderEngagement lena = engagement(Fixture::lena);
        QCOMPARE(int(lena.persona.persona), int(Persona::Catalyst));
        QCOMPARE(lena.persona.medianResponsesPerPost, 0.75);
        QCOMPARE(lena.persona.catalystResponsesPerPost, 1.5);
        QCOMPARE(*lena.persona.responsesPerPost, 7.0 / 3.0);
        QCOMPARE(*lena.persona.ratio, 0.25);
        QVERIFY(std::abs(lena.persona.messagesPer4Weeks - 4 * 28.0 / 31.0) < 1e-12);

        // Noah: 2 posts, 1 reply (ratio 1/3), 0.5 responses a post: an Engager whose ratio
        // is already at most 0.5, so only the responses stand between him and Catalyst.
        const LeaderEngagement noah = engagement(Fixture::noah);
        QCOMPARE(int(noah.persona.persona), int(Persona::Engager));
        QCOMPARE(noah.persona.morePosts, 0);
        const PersonaSettings &rules = noah.settings->personas;
        QVERIFY(EngagementNudges::personaMove(noah.persona, rules).contains(QStringLiteral("1.5")));

        // Vic: 3 posts, no reply: a Broadcaster; 1 reply makes 1/4 = 0.25, out of it.
        const LeaderEngagement vic = engagement(Fixture::vic);
        QCOMPARE(int(vic.persona.persona), int(Persona::Broadcaster));
        QCOMPARE(vic.persona.moreReplies, 1);

        // Ida: 1 post, 4 replies (0.8): a Responder; a second post makes 4/6 = 0.67 <= 0.75.
        const LeaderEngagement ida = engagement(Fixture::ida);
        QCOMPARE(int(ida.persona.persona), int(Persona::Responder));
        QCOMPARE(ida.persona.morePosts, 1);

        // February: Lena's one post (a12) is 1 per 4 weeks, under 2: an Observer; one more
        // message makes 2.
        const LeaderEngagement february =
            engagement(Fixture::lena, Fixture::period(QDate(2025, 2, 1), QDate(2025, 2, 28)));
        QCOMPARE(int(february.persona.persona), int(Persona::Observer));
        QCOMPARE(february.persona.messagesPer4Weeks, 1.0);
        QCOMPARE(february.persona.moreMessages, 1);
        QVERIFY(EngagementNudges::personaMeaning(february.persona, rules)
                    .startsWith(QStringLiteral("Observer")));
        QVERIFY(EngagementNudges::personaMove(february.persona, rules)
                    .endsWith(QStringLiteral("out of Observer: 1 more in this period.")));
    }

    void notRecognisedInNinetyDays()
    {
        const LeaderEngagement e = engagement(Fixture::lena);
        // Sales was recognised on 10 February and 20 March; Legal has one member of staff
        // (under k) and is not listed; Ops last on 10 December 2024, before the window; Field
        // never. Noah recognised O1 on 6 March; no leader recognised anyone in Field.
        QCOMPARE(e.departmentsNotRecognised.size(), size_t(2));
        const NotRecognisedDepartment &ops = e.departmentsNotRecognised[0];
        QCOMPARE(ops.name, QStringLiteral("Ops"));
        QCOMPARE(*ops.lastRecognised, QDate(2024, 12, 10));
        QVERIFY(!ops.noLeader);
        const NotRecognisedDepartment &field = e.departmentsNotRecognised[1];
        QCOMPARE(field.name, QStringLiteral("Field"));
        QVERIFY(!field.lastRecognised);
        QVERIFY(field.noLeader);

        // Her contacts from 1 January: S1 and S2 were recognised in the window; the other
        // seven were not. By department name, then name.
        const auto &people = e.peopleNotRecognised;
        QStringList names;
        for (const NotRecognisedPerson &p : people)
            names << p.name;
        QCOMPARE(names.join(QLatin1Char(' ')), QStringLiteral("F1 F2 L1 O1 O2 O3 S3"));
        QCOMPARE(people[0].lastContact, QDate(2025, 3, 17)); // a8
        QCOMPARE(people[1].lastContact, QDate(2025, 3, 18)); // a9, a reaction
        QCOMPARE(people[2].departmentName, QStringLiteral("Legal"));
        QCOMPARE(people[4].person, Fixture::o2);
        QCOMPARE(*people[4].lastRecognised, QDate(2024, 12, 10)); // a11, before the window
        QVERIFY(!people[3].lastRecognised);                       // O1: never by her
        QCOMPARE(people[5].lastContact, QDate(2025, 3, 25));      // a13 names her

        // The department filter limits both lists.
        DashboardFilter chosen = Fixture::march();
        chosen.departments = {Fixture::ops};
        const LeaderEngagement limited = engagement(Fixture::lena, chosen);
        QCOMPARE(limited.departmentsNotRecognised.size(), size_t(1));
        QCOMPARE(limited.departmentsNotRecognised[0].name, QStringLiteral("Ops"));
        names.clear();
        for (const NotRecognisedPerson &p : limited.peopleNotRecognised)
            names << p.name;
        QCOMPARE(names.join(QLatin1Char(' ')), QStringLiteral("O1 O2 O3"));
        QCOMPARE(limited.detail.unanswered.size(), size_t(3)); // her inbox is not limited
    }

    void bestReceivedPosts()
    {
        const LeaderEngagement e = engagement(Fixture::lena);
        // a1: replies a2, a4, reactions a5, a6 (4 people); a7: replies a8, a15, reaction a9;
        // a10 drew nothing and is left out.
        QCOMPARE(e.bestPosts.size(), size_t(2));
        const BestPost &first = e.bestPosts[0];
        QCOMPARE(first.activity, activity(1));
        QCOMPARE(first.replies, 2);
        QCOMPARE(first.reactions, 2);
        QCOMPARE(first.responders, 4);
        QCOMPARE(first.channel, 0);
        // Tone: "When do we start?" 0, "Great plan" 3 / sqrt(3² + 15); two writers = k_text.
        QVERIFY(first.tone);
        QVERIFY(std::abs(*first.tone - 3 / std::sqrt(24.0) / 2) < 1e-4);
        const BestPost &second = e.bestPosts[1];
        QCOMPARE(second.activity, activity(7));
        QCOMPARE(second.responses(), 3);
        // "Is this final?" 0, "Thanks for that" 2 / sqrt(2² + 15).
        QVERIFY(std::abs(*second.tone - 2 / std::sqrt(19.0) / 2) < 1e-4);

        // With k_text 3 no tone is shown: two people wrote each set of replies.
        Fixture strict(false, [] {
            ModelSettings s = Fixture::settings();
            s.kText = 3;
            return s;
        }());
        const auto snapshot = strict.snapshot(Fixture::march());
        const auto hidden = LeaderEngagement::compute(*snapshot, Fixture::lena);
        QVERIFY(hidden);
        QCOMPARE(hidden->bestPosts.size(), size_t(2));
        QVERIFY(!hidden->bestPosts[0].tone && !hidden->bestPosts[1].tone);
        QCOMPARE(hidden->bestPosts[0].replyAuthors, 2);
    }

    void nudgesForMarch()
    {
        const LeaderEngagement e = engagement(Fixture::lena);
        // a8, a13, a14 are open; the data ends 5 April 12:00, so they have waited 458 h,
        // 267 h and 243 h, all at least 7 days.
        QCOMPARE(e.detail.unanswered.size(), size_t(3));
        QCOMPARE(e.detail.unanswered[0].hoursWaiting, 458.0);
        const auto nudges = EngagementNudges::of(e, LocaleFormat::mediumDateFormat());
        QStringList texts;
        for (const Nudge &n : nudges)
            texts << n.text;
        const QStringList expected = {
            // N1
            QStringLiteral("Staff questions waiting 7 days or more for your answer: 3. The "
                           "oldest was asked on 17 Mar 2025."),
            // N2: Field wrote (a8) and never heard from her; Ops wrote (a13, a15) and last
            // heard on 10 December 2024 (a11), 111 days before 31 March: 15 weeks. Sales heard
            // on 20 March (a10).
            QStringLiteral("Nobody in Field has heard from you in this data, though they wrote "
                           "to you in this period."),
            QStringLiteral("Nobody in Ops has heard from you in 15 weeks, though they wrote to "
                           "you in this period."),
            // N3
            QStringLiteral("No leader has recognised anyone in Field in the last 90 days: a "
                           "recognition from you would be the first."),
            // N5: 1 reply is 7/31 = 0.23 a week, 4.77 short of 5; the posts goal is met.
            QStringLiteral("You replied 0.2 times a week; your goal is 5. About 4.8 more "
                           "replies a week would meet it."),
            QStringLiteral("You recognised someone 0.2 times a week; your goal is 2. About 1.8 "
                           "more recognitions a week would meet it."),
            // N6
            QStringLiteral("People who wrote to you or responded to your posts in the last 90 "
                           "days and have had no recognition from you in that time: 7."),
        };
        QCOMPARE(texts, expected);
        QCOMPARE(int(nudges[0].kind), int(Nudge::Kind::OpenQuestions));
        QCOMPARE(nudges[1].department, Fixture::field);
        QCOMPARE(nudges[2].department, Fixture::ops);
        QCOMPARE(int(nudges[3].figure.kind), int(FigureRef::Kind::Signal));
        QCOMPARE(nudges[3].figure.figure, QStringLiteral("P2"));
        QCOMPARE(nudges[3].figure.department, Fixture::field);
        QCOMPARE(nudges[4].figure.figure, QStringLiteral("replies"));
        QCOMPARE(nudges[4].figure.leader, Fixture::lena);
        QVERIFY(nudges[4].rule.contains(QStringLiteral("31 days")));

        // Marked handled, a8 leaves the count; the oldest open one is a13.
        const LeaderEngagement handled =
            engagement(Fixture::lena, Fixture::march(),
                       {{activity(8), QDateTime(QDate(2025, 4, 1), QTime(8, 0), Qt::UTC)}});
        QCOMPARE(handled.openQuestions().size(), size_t(2));
        QCOMPARE(handled.detail.unanswered.size(), size_t(3)); // still listed when shown
        QCOMPARE(EngagementNudges::of(handled, LocaleFormat::mediumDateFormat()).front().text,
                 QStringLiteral("Staff questions waiting 7 days or more for your answer: 2. The "
                                "oldest was asked on 25 Mar 2025."));
    }

    void nudgeDatesFollowTheLocale()
    {
        // The dates in the nudges are the interface language's (the text stays English: no
        // translator here), "17. März 2025" in German rather than a fixed "17 März 2025".
        const LeaderEngagement e = engagement(Fixture::lena);
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const auto nudges = EngagementNudges::of(e, LocaleFormat::mediumDateFormat());
        QLocale::setDefault(before);
        QVERIFY(!nudges.empty());
        QVERIFY2(nudges[0].text.endsWith(QStringLiteral("asked on 17. März 2025.")),
                 qPrintable(nudges[0].text));
        // N2's rule names the end of the data, 31 March.
        QVERIFY2(nudges[1].rule.contains(QStringLiteral("weeks to 31. März 2025")),
                 qPrintable(nudges[1].rule));
    }

    void replyRateNudge()
    {
        // Weeks to 23 March: 3-9 March 1 of 2 comments answered (a2; a4 not), 10-16 none,
        // 17-23 none of 2 (a8, a15).
        const DashboardFilter weeks =
            Fixture::period(QDate(2025, 3, 1), QDate(2025, 3, 23), Granularity::Week);
        const LeaderEngagement e = engagement(Fixture::lena, weeks);
        const auto nudges = EngagementNudges::of(e, LocaleFormat::mediumDateFormat());
        const auto fell = std::find_if(nudges.begin(), nudges.end(), [](const Nudge &n) {
            return n.kind == Nudge::Kind::ReplyRateFell;
        });
        QVERIFY(fell != nudges.end());
        QCOMPARE(fell->text, QStringLiteral("Your reply rate fell from 50% (3 Mar 2025 – 9 Mar "
                                            "2025) to 0% (17 Mar 2025 – 23 Mar 2025)."));
        QCOMPARE(fell->figure.figure, QStringLiteral("replyRate"));
        QCOMPARE(fell->figure.from, QDate(2025, 3, 17));
        QCOMPARE(fell->figure.to, QDate(2025, 3, 23));

        // A 50-point change is under a 60-point threshold: no nudge.
        Fixture calm(false, [] {
            ModelSettings s = Fixture::settings();
            s.engagement.replyRateChangePoints = 60;
            return s;
        }());
        const auto snapshot = calm.snapshot(weeks);
        const auto quiet = LeaderEngagement::compute(*snapshot, Fixture::lena);
        QVERIFY(quiet);
        for (const Nudge &n : EngagementNudges::of(*quiet, LocaleFormat::mediumDateFormat()))
            QVERIFY(n.kind != Nudge::Kind::ReplyRateFell && n.kind != Nudge::Kind::ReplyRateRose);
    }

    void edges()
    {
        const auto snapshot = m_fixture.snapshot(Fixture::march());
        QVERIFY(!LeaderEngagement::compute(*snapshot, Fixture::s1)); // staff
        QVERIFY(!LeaderEngagement::compute(*snapshot, 999));
        std::atomic<bool> stop{true};
        QVERIFY(!LeaderEngagement::compute(*snapshot, Fixture::lena, {}, &stop));
        // Ida recognised no one and nobody wrote to her but F3 (answered): no silence, no
        // open question; Field is still a blind spot for her too.
        const LeaderEngagement ida = engagement(Fixture::ida);
        QVERIFY(ida.detail.unanswered.empty());
        const auto nudges = EngagementNudges::of(ida, LocaleFormat::mediumDateFormat());
        QVERIFY(std::none_of(nudges.begin(), nudges.end(), [](const Nudge &n) {
            return n.kind == Nudge::Kind::OpenQuestions || n.kind == Nudge::Kind::SilentDepartment;
        }));
        QVERIFY(std::any_of(nudges.begin(), nudges.end(), [](const Nudge &n) {
            return n.kind == Nudge::Kind::BlindSpot && n.department == Fixture::field;
        }));
    }
};

QTEST_GUILESS_MAIN(TestLeaderEngagement)
#include "tst_leaderengagement.moc"

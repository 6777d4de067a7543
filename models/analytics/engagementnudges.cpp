#include "engagementnudges.h"

#include <QLocale>
#include <QStringList>

#include <cmath>
#include <tuple>

namespace goodwill::analytics {
namespace {

QString percentText(double share)
{
    return EngagementNudges::tr("%1%").arg(QLocale().toString(share * 100, 'f', 0));
}

QString numberText(double value)
{
    return QLocale().toString(value, 'f', 1);
}

// The dates of one call of EngagementNudges::of, in the caller's format.
struct Dates
{
    QString format;
    QString operator()(QDate date) const { return QLocale().toString(date, format); }
    QString period(const LeaderPeriod &p) const
    {
        return EngagementNudges::tr("%1 – %2").arg((*this)(p.from), (*this)(p.to));
    }
};

FigureRef leaderFigure(const LeaderEngagement &e, const char *figure, QDate from, QDate to)
{
    FigureRef ref;
    ref.kind = FigureRef::Kind::LeaderFigure;
    ref.figure = QString::fromLatin1(figure);
    ref.leader = e.leader;
    ref.from = from;
    ref.to = to;
    return ref;
}

// N1: open questions waiting at least question_wait_days.
void openQuestions(const LeaderEngagement &e, const Dates &dateText, std::vector<Nudge> &nudges)
{
    const int days = e.settings->engagement.questionWaitDays;
    std::vector<UnansweredQuestion> waiting;
    for (const UnansweredQuestion &q : e.openQuestions()) {
        if (q.hoursWaiting >= days * 24.0)
            waiting.push_back(q);
    }
    if (waiting.empty())
        return;
    Nudge &n = nudges.emplace_back();
    n.kind = Nudge::Kind::OpenQuestions;
    n.text = EngagementNudges::tr("Staff questions waiting %1 days or more for your answer: %2. "
                                  "The oldest was asked on %3.")
                 .arg(days)
                 .arg(QLocale().toString(qlonglong(waiting.size())))
                 .arg(dateText(waiting.front().at.date()));
    n.rule = EngagementNudges::tr(
                 "Staff questions to you asked in the period with no reply of yours in the "
                 "thread since and not marked handled, waiting at least %1 days to the end of "
                 "the data (engagement.question_wait_days).")
                 .arg(days);
}

// N2: departments that wrote to the leader and have not heard from them in silent_weeks.
void silentDepartments(const LeaderEngagement &e, const Dates &dateText, std::vector<Nudge> &nudges)
{
    const int weeks = e.settings->engagement.silentWeeks;
    std::vector<const DepartmentSilence *> silent;
    for (const DepartmentSilence &s : e.silences) {
        if (!s.lastHeard || s.lastHeard->daysTo(e.to) >= weeks * 7)
            silent.push_back(&s);
    }
    // Never heard first, then the longest silence; ties by name.
    std::sort(silent.begin(), silent.end(), [](const auto *x, const auto *y) {
        return std::tuple(x->lastHeard.has_value(), x->lastHeard.value_or(QDate()), x->name) <
               std::tuple(y->lastHeard.has_value(), y->lastHeard.value_or(QDate()), y->name);
    });
    const QString rule =
        EngagementNudges::tr("Departments with at least %1 staff whose staff wrote to you in the "
                             "period (replies in your threads, messages naming you) and had no "
                             "reply of yours to one of them, message of yours naming one or "
                             "recognition of one in the %2 weeks to %3 "
                             "(engagement.silent_weeks).")
            .arg(e.settings->k)
            .arg(weeks)
            .arg(dateText(e.to));
    QStringList rest;
    for (size_t i = 0; i < silent.size(); ++i) {
        const DepartmentSilence &s = *silent[i];
        if (i >= size_t(EngagementNudges::departmentNudgeLimit)) {
            rest << s.name;
            continue;
        }
        Nudge &n = nudges.emplace_back();
        n.kind = Nudge::Kind::SilentDepartment;
        n.department = s.department;
        n.rule = rule;
        n.text = s.lastHeard
                     ? EngagementNudges::tr("Nobody in %1 has heard from you in %2 weeks, though "
                                            "they wrote to you in this period.")
                           .arg(s.name)
                           .arg(s.lastHeard->daysTo(e.to) / 7)
                     : EngagementNudges::tr("Nobody in %1 has heard from you in this data, though "
                                            "they wrote to you in this period.")
                           .arg(s.name);
    }
    if (!rest.isEmpty()) {
        Nudge &n = nudges.emplace_back();
        n.kind = Nudge::Kind::SilentDepartment;
        n.rule = rule;
        n.text = EngagementNudges::tr("Other departments that wrote to you and have not heard "
                                      "from you in %1 weeks or more: %2.")
                     .arg(weeks)
                     .arg(QLocale().createSeparatedList(rest));
    }
}

// N3: departments no leader recognised in the window.
void blindSpots(const LeaderEngagement &e, const Dates &dateText, std::vector<Nudge> &nudges)
{
    const int days = e.settings->engagement.notRecognisedDays;
    const QString rule =
        EngagementNudges::tr("Departments with at least %1 staff on %2 in which no leader "
                             "recognised anyone in the %3 days to %2 "
                             "(engagement.not_recognised_days).")
            .arg(e.settings->k)
            .arg(dateText(e.to))
            .arg(days);
    QStringList rest;
    int shown = 0;
    for (const NotRecognisedDepartment &d : e.departmentsNotRecognised) {
        if (!d.noLeader)
            continue;
        if (shown == EngagementNudges::departmentNudgeLimit) {
            rest << d.name;
            continue;
        }
        ++shown;
        Nudge &n = nudges.emplace_back();
        n.kind = Nudge::Kind::BlindSpot;
        n.department = d.department;
        n.rule = rule;
        n.text = EngagementNudges::tr("No leader has recognised anyone in %1 in the last %2 days: "
                                      "a recognition from you would be the first.")
                     .arg(d.name)
                     .arg(days);
        n.figure.kind = FigureRef::Kind::Signal;
        n.figure.figure = QStringLiteral("P2");
        n.figure.department = d.department;
        n.figure.to = e.to;
    }
    if (!rest.isEmpty()) {
        Nudge &n = nudges.emplace_back();
        n.kind = Nudge::Kind::BlindSpot;
        n.rule = rule;
        n.text = EngagementNudges::tr("Other departments no leader has recognised in the last %1 "
                                      "days: %2.")
                     .arg(days)
                     .arg(QLocale().createSeparatedList(rest));
    }
}

// N4: the last period's reply rate against the one before.
void replyRateChange(const LeaderEngagement &e, const Dates &dateText, std::vector<Nudge> &nudges)
{
    const LeaderPeriod *last = nullptr;
    const LeaderPeriod *before = nullptr;
    for (auto it = e.detail.periods.rbegin(); it != e.detail.periods.rend() && !before; ++it) {
        if (!it->replyRate)
            continue;
        (last ? before : last) = &*it;
    }
    if (!before)
        return;
    const double points = e.settings->engagement.replyRateChangePoints;
    const double change = (*last->replyRate - *before->replyRate) * 100;
    if (std::abs(change) < points)
        return;
    Nudge &n = nudges.emplace_back();
    const bool rose = change > 0;
    n.kind = rose ? Nudge::Kind::ReplyRateRose : Nudge::Kind::ReplyRateFell;
    n.text =
        (rose ? EngagementNudges::tr("Your reply rate rose from %1 (%2) to %3 (%4): keep it up.")
              : EngagementNudges::tr("Your reply rate fell from %1 (%2) to %3 (%4)."))
            .arg(percentText(*before->replyRate), dateText.period(*before),
                 percentText(*last->replyRate), dateText.period(*last));
    n.rule = EngagementNudges::tr("The reply rate of the last period with staff comments to you "
                                  "against the period before it with any, when it moved by at "
                                  "least %1 points (engagement.reply_rate_change_points).")
                 .arg(QLocale().toString(points, 'g', 4));
    n.figure = leaderFigure(e, "replyRate", last->from, last->to);
}

// N5: goals not met.
void goals(const LeaderEngagement &e, std::vector<Nudge> &nudges)
{
    for (const GoalProgress &g : e.goals) {
        if (g.met() || g.goal <= 0)
            continue;
        Nudge &n = nudges.emplace_back();
        n.kind = Nudge::Kind::Goal;
        const QString rate = numberText(g.perWeek);
        const QString goal = QLocale().toString(g.goal, 'g', 4);
        const QString gap = numberText(g.goal - g.perWeek);
        if (g.figure == u"posts")
            n.text = EngagementNudges::tr("You posted %1 times a week; your goal is %2. About %3 "
                                          "more posts a week would meet it.")
                         .arg(rate, goal, gap);
        else if (g.figure == u"replies")
            n.text = EngagementNudges::tr("You replied %1 times a week; your goal is %2. About %3 "
                                          "more replies a week would meet it.")
                         .arg(rate, goal, gap);
        else
            n.text = EngagementNudges::tr("You recognised someone %1 times a week; your goal is "
                                          "%2. About %3 more recognitions a week would meet it.")
                         .arg(rate, goal, gap);
        n.rule = (e.ownGoals ? EngagementNudges::tr("%1 in the period (%2) divided by its weeks "
                                                    "(%3 days / 7), against your goal of %4 a "
                                                    "week (set on this page).")
                             : EngagementNudges::tr("%1 in the period (%2) divided by its weeks "
                                                    "(%3 days / 7), against your goal of %4 a "
                                                    "week (goals in the model file)."))
                     .arg(g.figure, QLocale().toString(g.count), QLocale().toString(e.days), goal);
        n.figure = leaderFigure(e, g.figure.toLatin1().constData(), e.from, e.to);
    }
}

// N6: the leader's contacts not recognised in the window.
void people(const LeaderEngagement &e, const Dates &dateText, std::vector<Nudge> &nudges)
{
    if (e.peopleNotRecognised.empty())
        return;
    const int days = e.settings->engagement.notRecognisedDays;
    Nudge &n = nudges.emplace_back();
    n.kind = Nudge::Kind::PeopleNotRecognised;
    n.text = EngagementNudges::tr("People who wrote to you or responded to your posts in the last "
                                  "%1 days and have had no recognition from you in that time: %2.")
                 .arg(days)
                 .arg(QLocale().toString(qlonglong(e.peopleNotRecognised.size())));
    n.rule = EngagementNudges::tr("Staff who replied or reacted to your posts, or wrote a comment "
                                  "to you, in the %1 days to %2, and whom you did not recognise "
                                  "in them (engagement.not_recognised_days).")
                 .arg(days)
                 .arg(dateText(e.to));
}

} // namespace

std::vector<Nudge> EngagementNudges::of(const LeaderEngagement &engagement,
                                        const QString &dateFormat)
{
    std::vector<Nudge> nudges;
    if (!engagement.settings)
        return nudges;
    const Dates dates{dateFormat};
    openQuestions(engagement, dates, nudges);
    silentDepartments(engagement, dates, nudges);
    blindSpots(engagement, dates, nudges);
    replyRateChange(engagement, dates, nudges);
    goals(engagement, nudges);
    people(engagement, dates, nudges);
    return nudges;
}

QString EngagementNudges::personaMeaning(const PersonaOutlook &o, const PersonaSettings &rules)
{
    const QLocale locale;
    switch (o.persona) {
    case Persona::Observer:
        return tr("Observer: fewer than %1 posts and replies per 4 weeks (you: %2).")
            .arg(locale.toString(rules.observerMessagesPer4Weeks, 'g', 4),
                 numberText(o.messagesPer4Weeks));
    case Persona::Broadcaster:
        return tr("Broadcaster: under %1 of your messages are replies (you: %2).")
            .arg(percentText(rules.broadcasterRatioBelow), percentText(o.ratio.value_or(0)));
    case Persona::Responder:
        return tr("Responder: over %1 of your messages are replies (you: %2).")
            .arg(percentText(rules.responderRatioAbove), percentText(o.ratio.value_or(0)));
    case Persona::Catalyst:
        return tr("Catalyst: your posts draw %1 staff responses each, at least %2 times the "
                  "leaders' median of %3, and at most %4 of your messages are replies.")
            .arg(numberText(o.responsesPerPost.value_or(0)),
                 locale.toString(rules.catalystResponseMultiple, 'g', 4),
                 numberText(o.medianResponsesPerPost), percentText(rules.catalystRatioAtMost));
    case Persona::Engager:
        return tr("Engager: a mix of posts and replies (%1 of your messages are replies).")
            .arg(percentText(o.ratio.value_or(0)));
    }
    return {};
}

QString EngagementNudges::personaMove(const PersonaOutlook &o, const PersonaSettings &rules)
{
    switch (o.persona) {
    case Persona::Observer:
        return tr("Posts or replies that would take you to %1 per 4 weeks, out of Observer: %2 "
                  "more in this period.")
            .arg(QLocale().toString(rules.observerMessagesPer4Weeks, 'g', 4))
            .arg(o.moreMessages);
    case Persona::Broadcaster:
        return tr("Replies to staff that would bring your replies to %1 of your messages (an "
                  "Engager, or a Catalyst if your posts draw enough responses): %2 more in this "
                  "period.")
            .arg(percentText(rules.broadcasterRatioBelow))
            .arg(o.moreReplies);
    case Persona::Responder:
        return tr("Posts of your own that would bring your replies to %1 of your messages or "
                  "fewer (an Engager, or a Catalyst if your posts draw enough responses): %2 more "
                  "in this period.")
            .arg(percentText(rules.responderRatioAbove))
            .arg(o.morePosts);
    case Persona::Engager: {
        QString text = tr("A Catalyst's posts draw at least %1 staff responses each (%2 times "
                          "the leaders' median); yours draw %3.")
                           .arg(numberText(o.catalystResponsesPerPost),
                                QLocale().toString(rules.catalystResponseMultiple, 'g', 4),
                                numberText(o.responsesPerPost.value_or(0)));
        if (o.morePosts > 0)
            text += QLatin1Char(' ') +
                    tr("Posts of your own that would bring your replies to %1 of your messages: "
                       "%2 more.")
                        .arg(percentText(rules.catalystRatioAtMost))
                        .arg(o.morePosts);
        return text;
    }
    case Persona::Catalyst:
        return tr("Keep starting conversations: a Catalyst stays one while the posts draw at least "
                  "%1 staff responses each.")
            .arg(numberText(o.catalystResponsesPerPost));
    }
    return {};
}

} // namespace goodwill::analytics

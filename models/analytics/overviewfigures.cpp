#include "overviewfigures.h"

namespace goodwill::analytics {
namespace {

struct Totals
{
    double posts = 0, replies = 0, recognitions = 0, questions = 0, answered = 0;
};

Totals totalsOf(const std::vector<LeaderStats> &leaders)
{
    Totals totals;
    for (const LeaderStats &leader : leaders) {
        totals.posts += leader.posts;
        totals.replies += leader.replies;
        totals.recognitions += leader.recognitions;
        totals.questions += leader.staffQuestions;
        totals.answered += leader.answeredQuestions;
    }
    return totals;
}

std::optional<double> rate(double part, double whole)
{
    return whole > 0 ? std::optional(part / whole) : std::nullopt;
}

std::optional<double> recognisedShareAt(const CapitalPoint &point)
{
    const SignalValue *p1 = point.signal(QStringLiteral("P1"));
    return p1 && !point.suppressed ? p1->raw : std::nullopt;
}

} // namespace

std::pair<QDate, QDate> OverviewFigures::previousPeriod(QDate from, QDate to)
{
    const qint64 days = from.daysTo(to) + 1;
    return {from.addDays(-days), from.addDays(-1)};
}

OverviewFigures OverviewFigures::compute(const Snapshot &snapshot,
                                         const std::vector<LeaderStats> &previous)
{
    OverviewFigures figures;
    figures.from = snapshot.from;
    figures.to = snapshot.to;
    if (snapshot.from.isValid() && snapshot.to.isValid())
        std::tie(figures.previousFrom, figures.previousTo) =
            previousPeriod(snapshot.from, snapshot.to);
    const Totals now = totalsOf(snapshot.leaders);
    const Totals before = totalsOf(previous);
    const bool hasBefore = !previous.empty();
    const auto pair = [&](double a, double b) {
        return Pair{a, hasBefore ? std::optional(b) : std::nullopt};
    };
    figures.posts = pair(now.posts, before.posts);
    figures.replies = pair(now.replies, before.replies);
    figures.recognitions = pair(now.recognitions, before.recognitions);
    figures.answeredQuestionRate = {rate(now.answered, now.questions),
                                    rate(before.answered, before.questions)};
    figures.leaders = int(snapshot.leaders.size());
    if (!snapshot.capital.empty() && !snapshot.capital.front().trend.empty()) {
        const DepartmentCapital &whole = snapshot.capital.front();
        const CapitalPoint &last = whole.latest();
        figures.eci.now = last.eci;
        figures.recognisedShare.now = recognisedShareAt(last);
        if (whole.trend.size() >= 2) {
            const CapitalPoint &earlier = whole.trend[whole.trend.size() - 2];
            figures.eci.before = earlier.eci;
            figures.recognisedShare.before = recognisedShareAt(earlier);
        }
        figures.eciYearOverYear = whole.yearOverYear;
    }
    return figures;
}

} // namespace goodwill::analytics

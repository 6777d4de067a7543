#pragma once

#include "snapshot.h"

#include <optional>

namespace goodwill::analytics {

// The Overview page's headline figures for a snapshot, each with the same figure for the
// period of equal length just before (for the change): the organisation's (or selection's)
// ECI on the last day with its change since the previous period end and over a year;
// all leaders' posts, replies and recognitions; the answered-question rate over all their
// staff questions; and the recognised share of staff (signal P1 on the last day).
struct OverviewFigures
{
    struct Pair
    {
        std::optional<double> now;
        std::optional<double> before;
        std::optional<double> change() const
        {
            return now && before ? std::optional(*now - *before) : std::nullopt;
        }
    };

    QDate from, to;                 // the snapshot's period
    QDate previousFrom, previousTo; // the period of equal length just before
    Pair eci;                       // before: the previous period end's ECI
    std::optional<double> eciYearOverYear;
    Pair posts, replies, recognitions;
    Pair answeredQuestionRate; // answered / asked, over all leaders
    Pair recognisedShare;      // P1 raw; before: at the previous period end
    int leaders = 0;           // leaders with figures in the period

    // `previous` are the leaders' figures over [previousFrom, previousTo] (see
    // previousPeriod); empty when the data starts later.
    static OverviewFigures compute(const Snapshot &snapshot,
                                   const std::vector<LeaderStats> &previous);
    // The period of equal length ending the day before `from`.
    static std::pair<QDate, QDate> previousPeriod(QDate from, QDate to);
};

} // namespace goodwill::analytics

#pragma once

#include "figureref.h"
#include "leaderengagement.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace goodwill::analytics {

// One plain-language suggestion worked out from a leader's engagement figures
// (docs/model.md, "My engagement", nudge rules N1-N6).
struct Nudge
{
    enum class Kind
    {
        OpenQuestions,       // N1
        SilentDepartment,    // N2
        BlindSpot,           // N3
        ReplyRateFell,       // N4
        ReplyRateRose,       // N4
        Goal,                // N5
        PeopleNotRecognised, // N6
    };

    Kind kind = Kind::Goal;
    QString text;                 // one or two sentences, addressed to the leader
    QString rule;                 // how it was worked out, with the threshold (a tooltip)
    FigureRef figure;             // what it opens, when a figure fits; invalid otherwise
    std::int32_t department = -1; // the department it is about, if one
};

// The nudges and the persona's words, shared by the page and the report so both say the same.
class EngagementNudges
{
    Q_DECLARE_TR_FUNCTIONS(EngagementNudges)

public:
    // Every nudge that applies, in the order of the rules (N1 first). Dates are written with
    // `dateFormat` (a QLocale format for QLocale(): the page and the report pass
    // items::LocaleFormat::mediumDateFormat(), "12. März 2026" in German).
    static std::vector<Nudge> of(const LeaderEngagement &engagement, const QString &dateFormat);

    // What the persona means, with the thresholds of the model file ("under 25% of your
    // messages are replies").
    static QString personaMeaning(const PersonaOutlook &outlook, const PersonaSettings &rules);
    // What would move the persona across the nearest threshold, in numbers.
    static QString personaMove(const PersonaOutlook &outlook, const PersonaSettings &rules);

    // At most this many nudges of one kind about single departments; the rest are named in
    // one more nudge.
    static constexpr int departmentNudgeLimit = 3;
};

} // namespace goodwill::analytics

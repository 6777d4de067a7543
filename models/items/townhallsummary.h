#pragma once

#include "analytics/townhallbrief.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace goodwill::items {

// The words and number formats of the town-hall brief, shared by its table models, its
// summary paragraph and its report, so that a number in a sentence reads exactly as it
// does in the table it comes from.
//
// The summary (docs/model.md, "Town-hall brief") is a few sentences, each a fixed template
// filled with figures the page's tables show (the ECI before and after, a change, a
// pillar's change, a theme's questions and askers, a leader's unanswered questions and
// reply rate, a team's recognitions per member) and names (departments, leaders, the
// theme's term, shout-out candidates); dates are the period's. Nothing else is said.
class TownHallSummary
{
    Q_DECLARE_TR_FUNCTIONS(TownHallSummary)

public:
    struct Sentence
    {
        QString text;
        QStringList figures; // the numbers filled in, as written
    };

    // `pseudonymise`: staff among the shout-out candidates are not named (leaders are).
    static std::vector<Sentence> sentences(const analytics::TownHallBrief &brief,
                                           bool pseudonymise = false);
    static QString paragraph(const std::vector<Sentence> &sentences);

    static QString formatScore(double score);   // "59.4"
    static QString formatChange(double points); // "+2.1", "−1.3"
    static QString formatShare(double share);   // "33%"
    static QString formatHours(double hours);   // "2.0 h"
    static QString formatCount(int count);
    static QString formatPerMember(double value); // "1.25"
    static QString dateText(QDate date);          // "31 Mar 2025"
    // The audience's departments ("Ops and Field"); empty for the whole organisation, which
    // each sentence names in words of its own (a language's article and case).
    static QString audienceText(const analytics::TownHallBrief &brief);
    static QString pillarName(const QString &id);
    // "Not compared, to protect privacy (…): Legal." for the departments the movers leave out,
    // and whose tone the audience's ECI leaves out; empty when none.
    static QString hiddenText(const analytics::TownHallBrief &brief);
    // The name, or "Staff member (Department)" for staff when pseudonymised ("Staff member"
    // without a department).
    static QString personName(const analytics::ShoutOutPerson &person, bool pseudonymise);
};

} // namespace goodwill::items

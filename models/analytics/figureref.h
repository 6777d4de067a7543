#pragma once

#include <QDate>
#include <QMetaType>
#include <QString>

#include <cstdint>
#include <vector>

namespace goodwill::analytics {

// A number on screen that the user asked to open ("how was this computed?"): which figure,
// for whom, over which days. Item models hand one out under items::FigureRole for every
// cell that can be drilled into; the drill-down turns it into the formula, its inputs and
// the messages behind it.
struct FigureRef
{
    enum class Kind
    {
        None,
        LeaderFigure, // `figure` is a LeaderStats field name, for `leader` over [from, to]
        Signal,       // `figure` is a signal id (A1 ... F3), for a department on `to`
        Pillar,       // `figure` is a pillar id (authenticity ...), for a department on `to`
        Eci,          // the emotional-capital index of a department on `to`
        Headcount,    // a department's staff on `to`
    };

    Kind kind = Kind::None;
    // LeaderFigure: posts, replies, repliesToStaff, recognitions, peopleRecognised,
    // departmentsRecognised, staffComments, answeredComments, staffQuestions,
    // answeredQuestions, reach, responsesReceived, replyRate, answeredQuestionRate,
    // medianFirstReplyHours, conversationRatio, activeWeeks, persona.
    QString figure;
    std::int32_t leader = -1;     // person index (LeaderFigure)
    std::int32_t department = -1; // department index; -1: the organisation or selection
    // The departments the selection is made of when `department` is -1 (empty: all).
    std::vector<std::int32_t> selection;
    QDate from; // LeaderFigure: the period's first day; capital: unused (the window ends on `to`)
    QDate to;

    bool isValid() const { return kind != Kind::None; }
    bool operator==(const FigureRef &other) const = default;
};

} // namespace goodwill::analytics

Q_DECLARE_METATYPE(goodwill::analytics::FigureRef)

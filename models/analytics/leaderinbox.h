#pragma once

#include "activitydataset.h"
#include "activityscope.h"

#include <QDate>
#include <QDateTime>

#include <atomic>
#include <optional>
#include <vector>

namespace goodwill::analytics {

// A staff question to one leader (docs/model.md section 3.1): a question by a staff member
// that is a staff comment to the leader (a reply in a thread the leader started, or a post
// or reply naming them), with whether the leader ever replied in the thread after it.
struct StaffQuestion
{
    std::int32_t activity = -1;   // activity index
    QDateTime at;                 // UTC
    std::int32_t author = -1;     // person index
    std::int32_t leader = -1;     // person index of the leader it is addressed to
    std::int32_t department = -1; // the author's on the day; -1 when none
    std::int32_t channel = -1;
    bool answered = false;   // a later reply of the leader in the same thread, ever
    double hoursWaiting = 0; // unanswered: from the question to the end of the data
};
// The leader's inbox lists the questions that are not answered.
using UnansweredQuestion = StaffQuestion;

struct LeaderInboxQuery
{
    QDate from; // the questions' days, both included
    QDate to;
    ActivityScope scope;               // channels and sources (empty: all)
    std::vector<std::int32_t> leaders; // person indexes; empty: every leader
};

// The staff questions to leaders over a period, found in one pass over the activities:
// shared by the Leaders page (one leader's unanswered questions, LeaderDetail) and the
// town-hall brief (every leader's, for an audience).
struct LeaderInbox
{
    // One entry per question and leader it is addressed to (a question naming two leaders
    // comes twice), oldest first (by time, then activity index, then leader).
    std::vector<StaffQuestion> questions;
    QDateTime dataEnd; // the latest activity of the dataset: what "waiting" is measured to

    // The questions not answered, in the same order.
    std::vector<StaffQuestion> unanswered() const;

    // Empty when the days are invalid or `cancel` became true.
    static std::optional<LeaderInbox> compute(const ActivityDataset &data,
                                              const LeaderInboxQuery &query,
                                              const std::atomic<bool> *cancel = nullptr);
};

} // namespace goodwill::analytics

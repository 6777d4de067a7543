#pragma once

#include "activitydataset.h"
#include "activityscope.h"
#include "modelsettings.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace goodwill::analytics {

enum class Persona
{
    Observer,
    Broadcaster,
    Responder,
    Catalyst,
    Engager
};
QString personaName(Persona persona);
// The English key used in exports ("observer", ...), never translated.
QString personaKey(Persona persona);

// One leader's figures over a period (MODEL.md section 3; docs/model.md says exactly how
// each is counted). Rates are empty when there was nothing to rate.
struct LeaderStats
{
    std::int32_t person = -1;
    QString name;
    QString email;
    QString department; // at the end of the period
    int posts = 0;
    int replies = 0;
    int repliesToStaff = 0;
    int recognitions = 0;
    int peopleRecognised = 0;
    int departmentsRecognised = 0;
    int staffComments = 0;    // staff replies on the leader's threads + staff messages naming them
    int answeredComments = 0; // ... answered by the leader in the thread within the reply window
    int staffQuestions = 0;
    int answeredQuestions = 0;
    int reach = 0;             // distinct staff who replied or reacted to the leader's posts
    int responsesReceived = 0; // staff replies and reactions on the leader's posts
    std::optional<double> replyRate;
    std::optional<double> answeredQuestionRate;
    std::optional<double> medianFirstReplyHours;
    std::optional<double> conversationRatio;
    double activeWeeks = 0; // share of the period's weeks with a post, reply or recognition
    Persona persona = Persona::Observer;
};

// How much of one department a leader reached: distinct staff who replied or reacted to the
// leader's posts, as a share of the department's staff on the last day. Empty for a
// department under the minimum group size.
struct DepartmentReach
{
    std::int32_t department = -1;
    QString name;
    int headcount = 0;
    std::optional<double> share;
};

// Built once over a dataset: per leader, daily counts (prefix sums) and the days on which
// each responder, recipient and reply delay occurred, so that any period's figures cost a
// few subtractions and binary searches per leader, not a pass over every activity.
class LeaderFigures
{
public:
    // Only activities in `scope` count.
    LeaderFigures(const ActivityDataset &data, const ModelSettings &settings,
                  const ActivityScope &scope = {});
    ~LeaderFigures();
    LeaderFigures(const LeaderFigures &) = delete;
    LeaderFigures &operator=(const LeaderFigures &) = delete;

    // Every leader's figures for [from, to] (both days included).
    std::vector<LeaderStats> compute(QDate from, QDate to) const;
    // One leader's figures for [from, to], the same as compute() gives for them (the persona
    // still compares them with every leader); empty when `person` is not a leader.
    std::optional<LeaderStats> compute(std::int32_t person, QDate from, QDate to) const;
    // One leader's reach by department over [from, to], for every department with staff.
    std::vector<DepartmentReach> reachByDepartment(std::int32_t person, QDate from, QDate to) const;
    // The median, over the leaders who posted in [from, to], of staff responses (replies and
    // reactions) per post: the persona rule's yardstick for a Catalyst.
    double medianResponsesPerPost(QDate from, QDate to) const;

    // The leaders (person indexes) a message is a staff comment to: a staff reply in a
    // thread a leader started, and a staff post or reply naming a leader; each leader once,
    // the thread's leader first. Empty for anything else. Scope is the caller's business.
    static std::vector<std::int32_t> commentedLeaders(const ActivityDataset &data,
                                                      std::int32_t activity);

private:
    struct Leader;
    LeaderStats figures(const Leader &leader, std::int32_t firstDay, std::int32_t lastDay) const;
    double medianResponsesPerPost(std::int32_t firstDay, std::int32_t lastDay) const;
    Persona persona(const LeaderStats &stats, std::int32_t firstDay, std::int32_t lastDay,
                    double medianResponses) const;
    std::int32_t total(const Leader &leader, int count, std::int32_t firstDay,
                       std::int32_t lastDay) const;
    const ActivityDataset &m_data;
    const ModelSettings &m_settings;
    std::int32_t m_firstDay = 0;
    std::int32_t m_days = 0;
    std::vector<Leader> m_leaders;
};

} // namespace goodwill::analytics

#pragma once

#include "capitalmovers.h"
#include "leaderinbox.h"
#include "shoutoutcandidates.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace goodwill::store {
class SqliteConnection;
}

namespace goodwill::analytics {

struct Snapshot;

// One question shown as an example of a theme (no author: the brief names no staff).
struct ThemeSample
{
    std::int32_t activity = -1;
    QDateTime at; // UTC
    double hoursWaiting = 0;
    QString text;
};

// A keyword theme of the open staff questions (QuestionThemes), with at least k_text
// distinct askers.
struct TownHallTheme
{
    QString term;
    QStringList relatedTerms;
    int questions = 0;
    int authors = 0;
    std::vector<std::int32_t> activities; // the questions, oldest first
    std::vector<ThemeSample> samples;     // the oldest, one per asker, at most sampleCount
};

// One leader's responsiveness for the brief: the section-3 figures over the period (all
// staff), and the staff questions from the audience addressed to them.
struct LeaderResponsiveness
{
    std::int32_t person = -1;
    QString name;
    QString department; // at the end of the period
    int staffComments = 0;
    std::optional<double> replyRate;
    std::optional<double> medianFirstReplyHours;
    int questions = 0;  // staff questions from the audience in the period
    int unanswered = 0; // ... with no reply of the leader in the thread, to the end of the data
};

// What a communications team needs to prepare a town hall for a period and an audience
// (the snapshot's departments; docs/model.md, "Town-hall brief"): the departments whose
// emotional capital rose or fell most, the themes of the staff questions still open, the
// people and teams recognised in public, and how responsive the leaders are.
struct TownHallBrief
{
    QDate from;
    QDate to;
    std::vector<std::int32_t> audience; // department indexes; empty: everyone
    QStringList audienceNames;          // their names, in dataset order
    int k = 0;                          // the smallest group shown
    int kText = 0;                      // the distinct askers a theme needs
    int windowDays = 0;                 // of the capital figures
    double replyWindowHours = 0;

    CapitalMovers movers;

    // Open questions: staff questions to leaders (LeaderInbox) by the audience's staff in the
    // period that no leader they were addressed to has answered, each question once.
    int openQuestions = 0;
    int openQuestionAuthors = 0;
    bool textsRead = false; // false: the database could not be read, so no themes
    std::vector<TownHallTheme> themes;
    int questionsInThemes = 0;

    ShoutOutCandidates shoutOuts;
    // Leaders the audience wrote to or who lead part of it (every leader with staff comments
    // when there is no audience); the most unanswered first, then the lowest reply rate.
    std::vector<LeaderResponsiveness> leaders;

    static constexpr int sampleCount = 3;

    // Needs the snapshot's sources. Question texts are read through `texts` (the database
    // the dataset came from); without it there are no themes. Null when `cancel` became true.
    static std::shared_ptr<const TownHallBrief> compute(const Snapshot &snapshot,
                                                        store::SqliteConnection *texts,
                                                        const std::atomic<bool> *cancel = nullptr);
};

} // namespace goodwill::analytics

#pragma once

#include "store/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace goodwill::analytics {

// One signal of a pillar (MODEL.md section 4): its score is
// 100 * clamp((raw - floor) / (target - floor), 0, 1), on log(hours) when logScale.
struct SignalSettings
{
    QString id; // A1 ... F3
    double floor = 0;
    double target = 1;
    double weight = 1;
    bool logScale = false;
};

struct PillarSettings
{
    QString id; // authenticity, pride, attachment, fun
    double weight = 0;
    std::vector<SignalSettings> signals;
};

struct PersonaSettings
{
    double observerMessagesPer4Weeks = 2;
    double broadcasterRatioBelow = 0.25;
    double responderRatioAbove = 0.75;
    double catalystResponseMultiple = 2;
    double catalystRatioAtMost = 0.5;
};

struct AlertSettings
{
    double eciDropPoints = 8;
    int eciDropPeriods = 2;
    double pillarDropPoints = 15;
};

struct GoalSettings
{
    double postsPerWeek = 2;
    double repliesPerWeek = 5;
    double recognitionsPerWeek = 2;
};

// Every threshold, target, weight, window, pattern and phrase list of the model. The
// defaults live in resources/model.json; a user file overrides any subset of its keys.
struct ModelSettings
{
    int k = 5;
    int kText = 10;
    int complementaryParentLimit = 400;
    int windowDays = 90;
    int thinDenominator = 10;
    double replyWindowHours = 72;
    double confidence = 0.8;
    PersonaSettings personas;
    AlertSettings alerts;
    GoalSettings goals;
    std::vector<PillarSettings> pillars;
    std::map<QString, QStringList> leaderTitlePatterns;  // by language
    std::map<QString, QStringList> channelKindPatterns;  // by channel kind
    std::map<QString, QStringList> recognitionPhrases;   // by language
    std::map<QString, QStringList> recognitionNegations; // by language
    QStringList recognitionEmoji;
    QStringList celebrationMarkers;

    const SignalSettings *signal(const QString &id) const;
};

// What loading a model file gives: the settings to use and, for each key that could not
// be used, an error naming the file and the key (that key keeps its default).
struct ModelLoad
{
    ModelSettings settings;
    QList<Error> problems;
};

class ModelFile
{
public:
    // The defaults shipped in resources/model.json.
    static ModelSettings defaults();
    static QJsonObject defaultsJson();
    // The defaults overlaid with the user's file (a missing file is no problem).
    static ModelLoad load(const QString &userFile);
    // The defaults overlaid with a JSON document; `name` is used in error messages.
    static ModelLoad fromJson(const QByteArray &json, const QString &name);
};

} // namespace goodwill::analytics

#pragma once

#include "store/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
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

    bool operator==(const SignalSettings &) const = default;
};

struct PillarSettings
{
    QString id; // authenticity, pride, attachment, fun
    double weight = 0;
    std::vector<SignalSettings> signals;

    bool operator==(const PillarSettings &) const = default;
};

struct PersonaSettings
{
    double observerMessagesPer4Weeks = 2;
    double broadcasterRatioBelow = 0.25;
    double responderRatioAbove = 0.75;
    double catalystResponseMultiple = 2;
    double catalystRatioAtMost = 0.5;

    bool operator==(const PersonaSettings &) const = default;
};

struct AlertSettings
{
    double eciDropPoints = 8;
    int eciDropPeriods = 2;
    double pillarDropPoints = 15;

    bool operator==(const AlertSettings &) const = default;
};

struct GoalSettings
{
    double postsPerWeek = 2;
    double repliesPerWeek = 5;
    double recognitionsPerWeek = 2;

    bool operator==(const GoalSettings &) const = default;
};

// My engagement (docs/model.md, "My engagement"): its windows and nudge thresholds.
struct EngagementSettings
{
    int notRecognisedDays = 90;        // "not recognised in the last N days"
    int silentWeeks = 6;               // a department silent this long gets a nudge
    int questionWaitDays = 7;          // an open question waiting this long gets a nudge
    double replyRateChangePoints = 10; // a change of the reply rate worth a nudge
    int bestPosts = 5;                 // how many best-received posts are listed

    bool operator==(const EngagementSettings &) const = default;
};

// Every threshold, target, weight, window, pattern and phrase list of the model. The
// defaults live in resources/model.json; a user file overrides any subset of its keys.
struct ModelSettings
{
    int k = 5;
    int kText = 10;
    int windowDays = 90;
    int thinDenominator = 10;
    double replyWindowHours = 72;
    double confidence = 0.8;
    PersonaSettings personas;
    AlertSettings alerts;
    GoalSettings goals;
    EngagementSettings engagement;
    std::vector<PillarSettings> pillars;
    std::map<QString, QStringList> leaderTitlePatterns;  // by language
    std::map<QString, QStringList> channelKindPatterns;  // by channel kind
    std::map<QString, QStringList> recognitionPhrases;   // by language
    std::map<QString, QStringList> recognitionNegations; // by language
    QStringList recognitionEmoji;
    QStringList celebrationMarkers;
    // sentiment.lexicons: language code -> "builtin:en-workplace" or a lexicon file (a
    // relative path is relative to the model file's folder). See ToneLexicons.
    std::map<QString, QString> sentimentLexicons;

    const SignalSettings *signal(const QString &id) const;
    SignalSettings *signal(const QString &id);

    bool operator==(const ModelSettings &) const = default;
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

    // What a number of the model file must be for load() to take it.
    struct Limits
    {
        double min = 0;
        double max = 0;
        bool integer = false;

        bool accepts(double value) const;
    };
    // The limits of the number at `path` ("privacy.k", "pillars.fun.weight",
    // "pillars.fun.signals.F2.floor" ...); a signal's floor and target depend on its scale
    // in `settings`. Nullopt when `path` names no number. (A signal's floor must also differ
    // from its target.)
    static std::optional<Limits> limits(const QString &path, const ModelSettings &settings);

    // A user file for `settings`: only the keys whose values differ from the defaults, in
    // the model file's shape (an empty object for the defaults); load() of it gives
    // `settings` back.
    static QJsonObject toJson(const ModelSettings &settings);
    // Writes toJson(settings) to `userFile` (creating its folder), replacing the file whole
    // or not at all; an error naming the file.
    static Result<void> save(const ModelSettings &settings, const QString &userFile);
    // Removes the user's file, so that the defaults count again (no file is no error).
    static Result<void> reset(const QString &userFile);
};

} // namespace goodwill::analytics

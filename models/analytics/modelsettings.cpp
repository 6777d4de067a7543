#include "modelsettings.h"

#include "languageguess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <type_traits>

namespace goodwill::analytics {
namespace {

// Keys whose children are open-ended (languages, channel kinds are fixed but languages
// are not): a user file may add entries there.
bool isOpenMap(const QString &path)
{
    return path == u"leader_title_patterns" || path == u"recognition.phrases" ||
           path == u"recognition.negations" || path == u"sentiment.lexicons";
}

// Keys of earlier model files that no longer mean anything: accepted and ignored without a
// word, so that those files still load cleanly. (privacy.complementary_parent_limit: totals
// now leave every hidden department out, docs/decisions.md.)
bool isRetired(const QString &key)
{
    return key == u"privacy.complementary_parent_limit";
}

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

// Lays `user` over `base`, key by key. Unknown keys and keys whose type does not match
// the default's are reported and ignored.
QJsonObject overlay(const QJsonObject &base, const QJsonObject &user, const QString &path,
                    const QString &file, QList<Error> &problems)
{
    QJsonObject merged = base;
    for (auto it = user.begin(); it != user.end(); ++it) {
        const QString key = join(path, it.key());
        if (!base.contains(it.key()) && !isOpenMap(path)) {
            if (isRetired(key))
                continue;
            problems << Error{
                QCoreApplication::translate("ModelFile", "'%1': unknown key %2 (ignored)")
                    .arg(file, key)};
            continue;
        }
        const QJsonValue defaultValue = base.value(it.key());
        if (defaultValue.isObject() && it->isObject()) {
            merged[it.key()] =
                overlay(defaultValue.toObject(), it->toObject(), key, file, problems);
        } else if (defaultValue.isObject() ||
                   (!defaultValue.isUndefined() && defaultValue.type() != it->type())) {
            problems << Error{QCoreApplication::translate(
                                  "ModelFile", "'%1': %2 has the wrong type (using the default)")
                                  .arg(file, key)};
        } else {
            merged[it.key()] = *it;
        }
    }
    return merged;
}

class Reader
{
public:
    Reader(const QJsonObject &merged, const QJsonObject &defaults, const QString &file,
           QList<Error> &problems)
        : m_merged(merged), m_defaults(defaults), m_file(file), m_problems(problems)
    {}

    double number(const QString &path, double min, double max)
    {
        const QJsonValue value = at(m_merged, path);
        if (value.isDouble() && std::isfinite(value.toDouble()) && value.toDouble() >= min &&
            value.toDouble() <= max)
            return value.toDouble();
        m_problems << Error{
            QCoreApplication::translate(
                "ModelFile", "'%1': %2 must be a number from %3 to %4 (using the default)")
                .arg(m_file, path)
                .arg(min)
                .arg(max)};
        return at(m_defaults, path).toDouble();
    }

    int integer(const QString &path, int min, int max)
    {
        const QJsonValue value = at(m_merged, path);
        const double number = value.toDouble(-1);
        if (value.isDouble() && number == std::floor(number) && number >= min && number <= max)
            return int(number);
        m_problems << Error{
            QCoreApplication::translate(
                "ModelFile", "'%1': %2 must be a whole number from %3 to %4 (using the default)")
                .arg(m_file, path)
                .arg(min)
                .arg(max)};
        return at(m_defaults, path).toInt();
    }

    QStringList strings(const QString &path)
    {
        const QJsonValue value = at(m_merged, path);
        if (auto list = stringList(value))
            return *list;
        m_problems << Error{QCoreApplication::translate(
                                "ModelFile", "'%1': %2 must be a list of texts (using the default)")
                                .arg(m_file, path)};
        return *stringList(at(m_defaults, path));
    }

    std::map<QString, QStringList> stringMap(const QString &path)
    {
        std::map<QString, QStringList> result;
        const QJsonObject object = at(m_merged, path).toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            result[it.key()] = strings(join(path, it.key()));
        return result;
    }

    // Language code -> lexicon: a known language (LanguageGuess) and a non-empty text each.
    std::map<QString, QString> lexicons(const QString &path)
    {
        std::map<QString, QString> result;
        const QJsonObject object = at(m_merged, path).toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString key = join(path, it.key());
            const QString value = it->toString().trimmed();
            if (!LanguageGuess::fromCode(it.key())) {
                m_problems << Error{QCoreApplication::translate(
                                        "ModelFile", "'%1': %2 is not one of the languages %3 "
                                                     "(ignored)")
                                        .arg(m_file, key, LanguageGuess::knownCodes())};
            } else if (!it->isString() || value.isEmpty()) {
                m_problems << Error{QCoreApplication::translate(
                                        "ModelFile", "'%1': %2 must name a lexicon file (ignored)")
                                        .arg(m_file, key)};
            } else {
                result[it.key()] = value;
            }
        }
        const QJsonObject fallback = at(m_defaults, path).toObject();
        for (auto it = fallback.begin(); it != fallback.end(); ++it) {
            if (!result.contains(it.key()))
                result[it.key()] = it->toString();
        }
        return result;
    }

    QString choice(const QString &path, const QStringList &allowed)
    {
        const QString value = at(m_merged, path).toString();
        if (allowed.contains(value))
            return value;
        m_problems << Error{QCoreApplication::translate(
                                "ModelFile", "'%1': %2 must be one of %3 (using the default)")
                                .arg(m_file, path, allowed.join(QStringLiteral(", ")))};
        return at(m_defaults, path).toString();
    }

    void report(const QString &message) { m_problems << Error{message.arg(m_file)}; }

private:
    static QJsonValue at(const QJsonObject &root, const QString &path)
    {
        QJsonValue value = root;
        for (const QString &part : path.split(QLatin1Char('.')))
            value = value.toObject().value(part);
        return value;
    }

    static std::optional<QStringList> stringList(const QJsonValue &value)
    {
        if (!value.isArray())
            return std::nullopt;
        QStringList list;
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString() || item.toString().trimmed().isEmpty())
                return std::nullopt;
            list << item.toString().trimmed().toLower();
        }
        return list;
    }

    const QJsonObject &m_merged;
    const QJsonObject &m_defaults;
    QString m_file;
    QList<Error> &m_problems;
};

// Every single number of the model file with the range load() accepts: one table for
// reading, writing and the editors. `visit(path, field, min, max)` gets an int or a double.
template <typename Settings, typename Visit> void forEachNumber(Settings &s, Visit &&visit)
{
    visit("privacy.k", s.k, 2, 1000);
    visit("privacy.k_text", s.kText, 2, 1000);
    visit("window_days", s.windowDays, 7, 730);
    visit("thin_denominator", s.thinDenominator, 1, 10'000);
    visit("reply_window_hours", s.replyWindowHours, 1, 24 * 60);
    visit("confidence", s.confidence, 0.5, 0.999);
    visit("personas.observer_messages_per_4_weeks", s.personas.observerMessagesPer4Weeks, 0, 1000);
    visit("personas.broadcaster_ratio_below", s.personas.broadcasterRatioBelow, 0, 1);
    visit("personas.responder_ratio_above", s.personas.responderRatioAbove, 0, 1);
    visit("personas.catalyst_response_multiple", s.personas.catalystResponseMultiple, 0, 100);
    visit("personas.catalyst_ratio_at_most", s.personas.catalystRatioAtMost, 0, 1);
    visit("alerts.eci_drop_points", s.alerts.eciDropPoints, 0, 100);
    visit("alerts.eci_drop_periods", s.alerts.eciDropPeriods, 1, 52);
    visit("alerts.pillar_drop_points", s.alerts.pillarDropPoints, 0, 100);
    visit("goals.posts_per_week", s.goals.postsPerWeek, 0, 1000);
    visit("goals.replies_per_week", s.goals.repliesPerWeek, 0, 1000);
    visit("goals.recognitions_per_week", s.goals.recognitionsPerWeek, 0, 1000);
    visit("engagement.not_recognised_days", s.engagement.notRecognisedDays, 7, 730);
    visit("engagement.silent_weeks", s.engagement.silentWeeks, 1, 104);
    visit("engagement.question_wait_days", s.engagement.questionWaitDays, 1, 365);
    visit("engagement.reply_rate_change_points", s.engagement.replyRateChangePoints, 1, 100);
    visit("engagement.best_posts", s.engagement.bestPosts, 1, 50);
}

constexpr double weightMax = 1000;
constexpr double signalValueMax = 1e9;

ModelFile::Limits signalValueLimits(bool logScale)
{
    return {logScale ? 0.001 : -signalValueMax, signalValueMax, false};
}

const QStringList &pillarIds()
{
    static const QStringList ids{QStringLiteral("authenticity"), QStringLiteral("pride"),
                                 QStringLiteral("attachment"), QStringLiteral("fun")};
    return ids;
}

QString pillarPath(const QString &pillar)
{
    return QStringLiteral("pillars.") + pillar;
}

QString signalPath(const QString &pillar, const QString &signal)
{
    return pillarPath(pillar) + QStringLiteral(".signals.") + signal;
}

ModelSettings read(const QJsonObject &merged, const QJsonObject &defaults, const QString &file,
                   QList<Error> &problems)
{
    Reader r(merged, defaults, file, problems);
    ModelSettings s;
    forEachNumber(s, [&r](const char *path, auto &field, double min, double max) {
        if constexpr (std::is_same_v<std::decay_t<decltype(field)>, int>)
            field = r.integer(QString::fromLatin1(path), int(min), int(max));
        else
            field = r.number(QString::fromLatin1(path), min, max);
    });

    // Pillars and signals keep the order of the defaults, whatever order the user wrote.
    const QJsonObject defaultPillars = defaults.value(QStringLiteral("pillars")).toObject();
    for (const QString &pillarId : pillarIds()) {
        PillarSettings pillar;
        pillar.id = pillarId;
        pillar.weight = r.number(pillarPath(pillarId) + QStringLiteral(".weight"), 0, weightMax);
        const QJsonObject signalObjects =
            defaultPillars.value(pillarId).toObject().value(QStringLiteral("signals")).toObject();
        for (const QString &signalId : signalObjects.keys()) {
            const QString path = signalPath(pillarId, signalId);
            SignalSettings signal;
            signal.id = signalId;
            signal.logScale = r.choice(path + QStringLiteral(".scale"),
                                       {QStringLiteral("linear"), QStringLiteral("log")}) == u"log";
            const ModelFile::Limits value = signalValueLimits(signal.logScale);
            signal.floor = r.number(path + QStringLiteral(".floor"), value.min, value.max);
            signal.target = r.number(path + QStringLiteral(".target"), value.min, value.max);
            signal.weight = r.number(path + QStringLiteral(".weight"), 0, weightMax);
            if (signal.floor == signal.target) {
                // report() puts the file into %1.
                r.report(
                    QCoreApplication::translate(
                        "ModelFile", "'%1': %2 has the same floor and target (using the defaults)")
                        .arg(QStringLiteral("%1"), path));
                const QJsonObject fallback = signalObjects.value(signalId).toObject();
                signal.floor = fallback.value(QStringLiteral("floor")).toDouble();
                signal.target = fallback.value(QStringLiteral("target")).toDouble();
            }
            pillar.signals.push_back(signal);
        }
        s.pillars.push_back(pillar);
    }
    s.leaderTitlePatterns = r.stringMap(QStringLiteral("leader_title_patterns"));
    s.channelKindPatterns = r.stringMap(QStringLiteral("channel_kinds"));
    s.recognitionPhrases = r.stringMap(QStringLiteral("recognition.phrases"));
    s.recognitionNegations = r.stringMap(QStringLiteral("recognition.negations"));
    s.recognitionEmoji = r.strings(QStringLiteral("recognition.emoji"));
    s.celebrationMarkers = r.strings(QStringLiteral("celebration_markers"));
    s.sentimentLexicons = r.lexicons(QStringLiteral("sentiment.lexicons"));
    return s;
}

// Sets `value` at a dotted path, making the objects on the way.
void insertAt(QJsonObject &root, const QStringList &parts, qsizetype at, const QJsonValue &value)
{
    if (at == parts.size() - 1) {
        root.insert(parts[at], value);
        return;
    }
    QJsonObject child = root.value(parts[at]).toObject();
    insertAt(child, parts, at + 1, value);
    root.insert(parts[at], child);
}

void insertAt(QJsonObject &root, const QString &path, const QJsonValue &value)
{
    insertAt(root, path.split(QLatin1Char('.')), 0, value);
}

// The entries of `map` that differ from `defaults`; an entry the defaults have and `map`
// lacks becomes an empty list (an overlay cannot remove a key).
void insertMapDifferences(QJsonObject &root, const QString &path,
                          const std::map<QString, QStringList> &map,
                          const std::map<QString, QStringList> &defaults)
{
    for (const auto &[key, list] : map) {
        const auto known = defaults.find(key);
        if (known == defaults.end() || known->second != list)
            insertAt(root, path + QLatin1Char('.') + key, QJsonArray::fromStringList(list));
    }
    for (const auto &[key, list] : defaults) {
        if (!map.contains(key))
            insertAt(root, path + QLatin1Char('.') + key, QJsonArray());
    }
}

} // namespace

bool ModelFile::Limits::accepts(double value) const
{
    return std::isfinite(value) && value >= min && value <= max &&
           (!integer || value == std::floor(value));
}

std::optional<ModelFile::Limits> ModelFile::limits(const QString &path,
                                                   const ModelSettings &settings)
{
    std::optional<Limits> found;
    forEachNumber(settings, [&](const char *numberPath, const auto &field, double min, double max) {
        if (path == QLatin1StringView(numberPath))
            found = Limits{min, max, std::is_same_v<std::decay_t<decltype(field)>, int>};
    });
    if (found)
        return found;
    for (const PillarSettings &pillar : settings.pillars) {
        if (path == pillarPath(pillar.id) + QStringLiteral(".weight"))
            return Limits{0, weightMax, false};
        for (const SignalSettings &signal : pillar.signals) {
            const QString base = signalPath(pillar.id, signal.id) + QLatin1Char('.');
            if (path == base + QStringLiteral("weight"))
                return Limits{0, weightMax, false};
            if (path == base + QStringLiteral("floor") || path == base + QStringLiteral("target"))
                return signalValueLimits(signal.logScale);
        }
    }
    return std::nullopt;
}

QJsonObject ModelFile::toJson(const ModelSettings &settings)
{
    const ModelSettings base = defaults();
    QJsonObject root;
    // The two tables are walked side by side: the same fields in the same order.
    std::vector<std::pair<const char *, QJsonValue>> values, defaultValues;
    const auto collect = [](std::vector<std::pair<const char *, QJsonValue>> &into) {
        return [&into](const char *path, const auto &field, double, double) {
            into.emplace_back(path, QJsonValue(field));
        };
    };
    forEachNumber(settings, collect(values));
    forEachNumber(base, collect(defaultValues));
    for (size_t i = 0; i < values.size(); ++i) {
        if (values[i].second != defaultValues[i].second)
            insertAt(root, QString::fromLatin1(values[i].first), values[i].second);
    }
    for (const PillarSettings &pillar : settings.pillars) {
        const auto basePillar = std::find_if(base.pillars.begin(), base.pillars.end(),
                                             [&](const auto &p) { return p.id == pillar.id; });
        if (basePillar == base.pillars.end())
            continue; // not a pillar of the model: load() would not read it
        if (pillar.weight != basePillar->weight)
            insertAt(root, pillarPath(pillar.id) + QStringLiteral(".weight"), pillar.weight);
        for (const SignalSettings &signal : pillar.signals) {
            const SignalSettings *baseSignal = base.signal(signal.id);
            if (!baseSignal)
                continue;
            const QString path = signalPath(pillar.id, signal.id) + QLatin1Char('.');
            if (signal.logScale != baseSignal->logScale)
                insertAt(root, path + QStringLiteral("scale"),
                         signal.logScale ? QStringLiteral("log") : QStringLiteral("linear"));
            if (signal.floor != baseSignal->floor)
                insertAt(root, path + QStringLiteral("floor"), signal.floor);
            if (signal.target != baseSignal->target)
                insertAt(root, path + QStringLiteral("target"), signal.target);
            if (signal.weight != baseSignal->weight)
                insertAt(root, path + QStringLiteral("weight"), signal.weight);
        }
    }
    insertMapDifferences(root, QStringLiteral("leader_title_patterns"),
                         settings.leaderTitlePatterns, base.leaderTitlePatterns);
    insertMapDifferences(root, QStringLiteral("channel_kinds"), settings.channelKindPatterns,
                         base.channelKindPatterns);
    insertMapDifferences(root, QStringLiteral("recognition.phrases"), settings.recognitionPhrases,
                         base.recognitionPhrases);
    insertMapDifferences(root, QStringLiteral("recognition.negations"),
                         settings.recognitionNegations, base.recognitionNegations);
    if (settings.recognitionEmoji != base.recognitionEmoji)
        insertAt(root, QStringLiteral("recognition.emoji"),
                 QJsonArray::fromStringList(settings.recognitionEmoji));
    for (const auto &[language, lexicon] : settings.sentimentLexicons) {
        const auto known = base.sentimentLexicons.find(language);
        if (known == base.sentimentLexicons.end() || known->second != lexicon)
            insertAt(root, QStringLiteral("sentiment.lexicons.") + language, lexicon);
    }
    if (settings.celebrationMarkers != base.celebrationMarkers)
        insertAt(root, QStringLiteral("celebration_markers"),
                 QJsonArray::fromStringList(settings.celebrationMarkers));
    return root;
}

Result<void> ModelFile::save(const ModelSettings &settings, const QString &userFile)
{
    const QFileInfo info(userFile);
    if (!QDir().mkpath(info.absolutePath()))
        return Error{QCoreApplication::translate(
                         "ModelFile", "'%1' cannot be written: its folder cannot be made")
                         .arg(userFile)};
    QSaveFile file(userFile);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QCoreApplication::translate("ModelFile", "'%1' cannot be written: %2")
                         .arg(userFile, file.errorString())};
    file.write(QJsonDocument(toJson(settings)).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error{QCoreApplication::translate("ModelFile", "'%1' cannot be written: %2")
                         .arg(userFile, file.errorString())};
    return {};
}

Result<void> ModelFile::reset(const QString &userFile)
{
    QFile file(userFile);
    if (userFile.isEmpty() || !file.exists())
        return {};
    if (!file.remove())
        return Error{QCoreApplication::translate("ModelFile", "'%1' cannot be removed: %2")
                         .arg(userFile, file.errorString())};
    return {};
}

SignalSettings *ModelSettings::signal(const QString &id)
{
    return const_cast<SignalSettings *>(std::as_const(*this).signal(id));
}

const SignalSettings *ModelSettings::signal(const QString &id) const
{
    for (const PillarSettings &pillar : pillars) {
        for (const SignalSettings &s : pillar.signals) {
            if (s.id == id)
                return &s;
        }
    }
    return nullptr;
}

QJsonObject ModelFile::defaultsJson()
{
    QFile file(QStringLiteral(":/goodwill/model.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the default model file is missing from the resources");
    return QJsonDocument::fromJson(file.readAll()).object();
}

ModelSettings ModelFile::defaults()
{
    QList<Error> problems;
    const QJsonObject json = defaultsJson();
    ModelSettings settings = read(json, json, QStringLiteral("model.json"), problems);
    Q_ASSERT(problems.isEmpty());
    return settings;
}

ModelLoad ModelFile::load(const QString &userFile)
{
    QFile file(userFile);
    if (userFile.isEmpty() || !file.exists())
        return {defaults(), {}};
    if (!file.open(QIODevice::ReadOnly))
        return {defaults(),
                {Error{QCoreApplication::translate(
                           "ModelFile", "'%1' cannot be read: %2 (using the default model)")
                           .arg(userFile, file.errorString())}}};
    return fromJson(file.readAll(), userFile);
}

ModelLoad ModelFile::fromJson(const QByteArray &json, const QString &name)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        const QString why =
            parseError.error != QJsonParseError::NoError
                ? parseError.errorString()
                : QCoreApplication::translate("ModelFile", "the top level is not an object");
        return {defaults(),
                {Error{QCoreApplication::translate(
                           "ModelFile",
                           "'%1' is not a valid model file at offset %2: %3 (using the default "
                           "model)")
                           .arg(name)
                           .arg(parseError.offset)
                           .arg(why)}}};
    }
    ModelLoad result;
    const QJsonObject defaults = defaultsJson();
    const QJsonObject merged =
        overlay(defaults, document.object(), QString(), name, result.problems);
    result.settings = read(merged, defaults, name, result.problems);
    return result;
}

} // namespace goodwill::analytics

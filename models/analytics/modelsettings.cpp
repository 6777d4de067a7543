#include "modelsettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace goodwill::analytics {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ModelFile", text);
}

// Keys whose children are open-ended (languages, channel kinds are fixed but languages
// are not): a user file may add entries there.
bool isOpenMap(const QString &path)
{
    return path == u"leader_title_patterns" || path == u"recognition.phrases" ||
           path == u"recognition.negations";
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
            problems << Error{tr("'%1': unknown key %2 (ignored)").arg(file, key)};
            continue;
        }
        const QJsonValue defaultValue = base.value(it.key());
        if (defaultValue.isObject() && it->isObject()) {
            merged[it.key()] =
                overlay(defaultValue.toObject(), it->toObject(), key, file, problems);
        } else if (defaultValue.isObject() ||
                   (!defaultValue.isUndefined() && defaultValue.type() != it->type())) {
            problems << Error{tr("'%1': %2 has the wrong type (using the default)").arg(file, key)};
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
        m_problems << Error{tr("'%1': %2 must be a number from %3 to %4 (using the default)")
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
        m_problems << Error{tr("'%1': %2 must be a whole number from %3 to %4 (using the default)")
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
        m_problems << Error{
            tr("'%1': %2 must be a list of texts (using the default)").arg(m_file, path)};
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

    QString choice(const QString &path, const QStringList &allowed)
    {
        const QString value = at(m_merged, path).toString();
        if (allowed.contains(value))
            return value;
        m_problems << Error{tr("'%1': %2 must be one of %3 (using the default)")
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

ModelSettings read(const QJsonObject &merged, const QJsonObject &defaults, const QString &file,
                   QList<Error> &problems)
{
    Reader r(merged, defaults, file, problems);
    ModelSettings s;
    s.k = r.integer(QStringLiteral("privacy.k"), 2, 1000);
    s.kText = r.integer(QStringLiteral("privacy.k_text"), 2, 1000);
    s.complementaryParentLimit =
        r.integer(QStringLiteral("privacy.complementary_parent_limit"), 0, 1'000'000);
    s.windowDays = r.integer(QStringLiteral("window_days"), 7, 730);
    s.thinDenominator = r.integer(QStringLiteral("thin_denominator"), 1, 10'000);
    s.replyWindowHours = r.number(QStringLiteral("reply_window_hours"), 1, 24 * 60);
    s.confidence = r.number(QStringLiteral("confidence"), 0.5, 0.999);
    s.personas.observerMessagesPer4Weeks =
        r.number(QStringLiteral("personas.observer_messages_per_4_weeks"), 0, 1000);
    s.personas.broadcasterRatioBelow =
        r.number(QStringLiteral("personas.broadcaster_ratio_below"), 0, 1);
    s.personas.responderRatioAbove =
        r.number(QStringLiteral("personas.responder_ratio_above"), 0, 1);
    s.personas.catalystResponseMultiple =
        r.number(QStringLiteral("personas.catalyst_response_multiple"), 0, 100);
    s.personas.catalystRatioAtMost =
        r.number(QStringLiteral("personas.catalyst_ratio_at_most"), 0, 1);
    s.alerts.eciDropPoints = r.number(QStringLiteral("alerts.eci_drop_points"), 0, 100);
    s.alerts.eciDropPeriods = r.integer(QStringLiteral("alerts.eci_drop_periods"), 1, 52);
    s.alerts.pillarDropPoints = r.number(QStringLiteral("alerts.pillar_drop_points"), 0, 100);
    s.goals.postsPerWeek = r.number(QStringLiteral("goals.posts_per_week"), 0, 1000);
    s.goals.repliesPerWeek = r.number(QStringLiteral("goals.replies_per_week"), 0, 1000);
    s.goals.recognitionsPerWeek = r.number(QStringLiteral("goals.recognitions_per_week"), 0, 1000);

    // Pillars and signals keep the order of the defaults, whatever order the user wrote.
    const QJsonObject defaultPillars = defaults.value(QStringLiteral("pillars")).toObject();
    for (const QString &pillarId : {QStringLiteral("authenticity"), QStringLiteral("pride"),
                                    QStringLiteral("attachment"), QStringLiteral("fun")}) {
        PillarSettings pillar;
        pillar.id = pillarId;
        const QString base = QStringLiteral("pillars.") + pillarId;
        pillar.weight = r.number(base + QStringLiteral(".weight"), 0, 1000);
        const QJsonObject signalObjects =
            defaultPillars.value(pillarId).toObject().value(QStringLiteral("signals")).toObject();
        for (const QString &signalId : signalObjects.keys()) {
            const QString path = base + QStringLiteral(".signals.") + signalId;
            SignalSettings signal;
            signal.id = signalId;
            signal.logScale = r.choice(path + QStringLiteral(".scale"),
                                       {QStringLiteral("linear"), QStringLiteral("log")}) == u"log";
            const double lowest = signal.logScale ? 0.001 : -1e9;
            signal.floor = r.number(path + QStringLiteral(".floor"), lowest, 1e9);
            signal.target = r.number(path + QStringLiteral(".target"), lowest, 1e9);
            signal.weight = r.number(path + QStringLiteral(".weight"), 0, 1000);
            if (signal.floor == signal.target) {
                r.report(tr("'%1': ") + path +
                         tr(" has the same floor and target (using the defaults)"));
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
    return s;
}

} // namespace

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
                {Error{tr("'%1' cannot be read: %2 (using the default model)")
                           .arg(userFile, file.errorString())}}};
    return fromJson(file.readAll(), userFile);
}

ModelLoad ModelFile::fromJson(const QByteArray &json, const QString &name)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        const QString why = parseError.error != QJsonParseError::NoError
                                ? parseError.errorString()
                                : tr("the top level is not an object");
        return {defaults(),
                {Error{tr("'%1' is not a valid model file at offset %2: %3 (using the default "
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

#include "importreport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <iterator>

namespace goodwill::importers {
namespace {

QString isoTime(std::int64_t seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

// The reasons' stable names, in SkipReason order; the report translates them for people.
constexpr const char *reasonNames[] = {
    QT_TRANSLATE_NOOP("ImportReport", "already imported"),
    QT_TRANSLATE_NOOP("ImportReport", "unknown user"),
    QT_TRANSLATE_NOOP("ImportReport", "missing parent"),
    QT_TRANSLATE_NOOP("ImportReport", "system message"),
    QT_TRANSLATE_NOOP("ImportReport", "bot"),
    QT_TRANSLATE_NOOP("ImportReport", "deleted"),
    QT_TRANSLATE_NOOP("ImportReport", "empty"),
};
static_assert(std::size(reasonNames) == std::size_t(SkipReason::Count));

QString reasonText(SkipReason reason)
{
    return QCoreApplication::translate("ImportReport", skipReasonName(reason));
}

} // namespace

const char *skipReasonName(SkipReason reason)
{
    return reason < SkipReason::Count ? reasonNames[std::size_t(reason)] : "";
}

std::int64_t ImportReport::skippedTotal() const
{
    std::int64_t total = 0;
    for (const std::int64_t n : skipped)
        total += n;
    return total;
}

void ImportReport::add(const ImportReport &other)
{
    posts += other.posts;
    replies += other.replies;
    reactions += other.reactions;
    recognitions += other.recognitions;
    people += other.people;
    channels += other.channels;
    stints += other.stints;
    first = std::min(first, other.first);
    last = std::max(last, other.last);
    for (size_t i = 0; i < skipped.size(); ++i)
        skipped[i] += other.skipped[i];
    for (const QString &warning : other.warnings) {
        if (!warnings.contains(warning))
            warnings.append(warning);
    }
}

QByteArray ImportReport::toJson() const
{
    QJsonObject skippedObject;
    for (size_t i = 0; i < skipped.size(); ++i) {
        if (skipped[i] > 0)
            skippedObject.insert(QString::fromLatin1(skipReasonName(SkipReason(i))),
                                 qint64(skipped[i]));
    }
    QJsonObject object{
        {QStringLiteral("posts"), qint64(posts)},
        {QStringLiteral("replies"), qint64(replies)},
        {QStringLiteral("reactions"), qint64(reactions)},
        {QStringLiteral("recognitions"), qint64(recognitions)},
        {QStringLiteral("people"), qint64(people)},
        {QStringLiteral("channels"), qint64(channels)},
        {QStringLiteral("first"), hasActivities() ? QJsonValue(isoTime(first)) : QJsonValue()},
        {QStringLiteral("last"), hasActivities() ? QJsonValue(isoTime(last)) : QJsonValue()},
        {QStringLiteral("skipped"), skippedObject},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
    };
    if (stints > 0)
        object.insert(QStringLiteral("roster_stints"), qint64(stints));
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

std::optional<ImportReport> ImportReport::fromJson(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    ImportReport report;
    const std::pair<const char *, std::int64_t *> counts[] = {
        {"posts", &report.posts},          {"replies", &report.replies},
        {"reactions", &report.reactions},  {"recognitions", &report.recognitions},
        {"people", &report.people},        {"channels", &report.channels},
        {"roster_stints", &report.stints},
    };
    for (const auto &[key, field] : counts)
        *field = object.value(QLatin1StringView(key)).toInteger();
    const QDateTime first =
        QDateTime::fromString(object.value(QStringLiteral("first")).toString(), Qt::ISODate);
    const QDateTime last =
        QDateTime::fromString(object.value(QStringLiteral("last")).toString(), Qt::ISODate);
    if (first.isValid() && last.isValid()) {
        report.first = first.toSecsSinceEpoch();
        report.last = last.toSecsSinceEpoch();
    }
    const QJsonObject skippedObject = object.value(QStringLiteral("skipped")).toObject();
    for (size_t i = 0; i < report.skipped.size(); ++i)
        report.skipped[i] =
            skippedObject.value(QLatin1StringView(skipReasonName(SkipReason(i)))).toInteger();
    for (const QJsonValue &warning : object.value(QStringLiteral("warnings")).toArray())
        report.warnings << warning.toString();
    return report;
}

QString ImportReport::toText() const
{
    const QLocale locale;
    QString text;
    if (!source.isEmpty())
        text += QCoreApplication::translate("ImportReport", "%1 (%2)").arg(source, format) +
                QLatin1Char('\n');
    text += QCoreApplication::translate(
                "ImportReport", "Added: %1 posts, %2 replies, %3 reactions, %4 recognitions")
                .arg(locale.toString(qint64(posts)), locale.toString(qint64(replies)),
                     locale.toString(qint64(reactions)), locale.toString(qint64(recognitions))) +
            QLatin1Char('\n');
    text += QCoreApplication::translate("ImportReport", "New people: %1, new channels: %2")
                .arg(locale.toString(qint64(people)), locale.toString(qint64(channels))) +
            QLatin1Char('\n');
    if (stints > 0)
        text += QCoreApplication::translate("ImportReport", "Roster: %1 stints")
                    .arg(locale.toString(qint64(stints))) +
                QLatin1Char('\n');
    if (hasActivities())
        text += QCoreApplication::translate("ImportReport", "Activity from %1 to %2 (UTC)")
                    .arg(QDateTime::fromSecsSinceEpoch(first, Qt::UTC).toString(Qt::ISODate),
                         QDateTime::fromSecsSinceEpoch(last, Qt::UTC).toString(Qt::ISODate)) +
                QLatin1Char('\n');
    if (skippedTotal() > 0) {
        QStringList parts;
        for (size_t i = 0; i < skipped.size(); ++i) {
            if (skipped[i] > 0)
                parts << QCoreApplication::translate("ImportReport", "%1 %2")
                             .arg(locale.toString(qint64(skipped[i])), reasonText(SkipReason(i)));
        }
        text += QCoreApplication::translate("ImportReport", "Skipped: %1")
                    .arg(parts.join(QStringLiteral(", "))) +
                QLatin1Char('\n');
    }
    for (const QString &warning : warnings)
        text += QCoreApplication::translate("ImportReport", "Warning: %1").arg(warning) +
                QLatin1Char('\n');
    return text;
}

} // namespace goodwill::importers

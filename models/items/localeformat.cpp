#include "localeformat.h"

#include <QRegularExpression>

namespace goodwill::items {

QString LocaleFormat::longDateFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::LongFormat);
    // The weekday with the separator that follows or precedes it: "dddd, " "dddd " ", dddd".
    static const QRegularExpression weekday(QStringLiteral("dddd[,.]?\\s*|\\s*,?\\s*dddd"));
    format.remove(weekday);
    return format.trimmed();
}

QString LocaleFormat::mediumDateFormat(const QLocale &locale)
{
    QString format = longDateFormat(locale);
    // The full month name abbreviated (MMMM -> MMM); a lone MMM stays.
    static const QRegularExpression fullMonth(QStringLiteral("(?<!M)MMMM(?!M)"));
    format.replace(fullMonth, QStringLiteral("MMM"));
    return format;
}

QString LocaleFormat::longDate(QDate date)
{
    const QLocale locale;
    return locale.toString(date, longDateFormat(locale));
}

QString LocaleFormat::mediumDate(QDate date)
{
    const QLocale locale;
    return locale.toString(date, mediumDateFormat(locale));
}

QString LocaleFormat::mediumDateTime(const QDateTime &at)
{
    const QLocale locale;
    // Hours and minutes (the C locale's short time has seconds too).
    static const QRegularExpression seconds(QStringLiteral("[:.]ss"));
    QString time = locale.timeFormat(QLocale::ShortFormat);
    time.remove(seconds);
    return locale.toString(at, mediumDateFormat(locale) + QLatin1Char(' ') + time);
}

} // namespace goodwill::items

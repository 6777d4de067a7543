#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace goodwill::items {

// Dates as people read them in the interface's language (QLocale(), set by
// state::LanguageSetup): the locale's long date without the weekday, month abbreviated —
// "12 Mar 2026", "12. März 2026", "12 mars 2026", "12 de mar de 2026". For tables, tooltips
// and sentences where ShortFormat ("12.03.26") reads too terse. Machine output (CSV, JSON,
// file names) stays ISO and never comes through here.
class LocaleFormat
{
public:
    static QString mediumDateFormat(const QLocale &locale = QLocale());
    static QString mediumDate(QDate date);
    // The same with the month in full: "12 March 2026", "12. März 2026".
    static QString longDateFormat(const QLocale &locale = QLocale());
    static QString longDate(QDate date);
    // The medium date and the locale's short time: "12 Mar 2026 14:05".
    static QString mediumDateTime(const QDateTime &at);
};

} // namespace goodwill::items

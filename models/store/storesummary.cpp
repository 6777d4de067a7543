#include "storesummary.h"

#include "sqliteconnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <map>

namespace goodwill::store {
namespace {

QDate dateOf(std::int64_t seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()).date();
}

} // namespace

Result<StoreSummary> StoreSummary::read(SqliteConnection &connection)
{
    StoreSummary summary;
    // A person's role is their override when set.
    const std::pair<std::int64_t *, const char *> counts[] = {
        {&summary.people,
         "SELECT count(*) FROM people WHERE coalesce(role_override, role) <> 'bot'"},
        {&summary.leaders,
         "SELECT count(*) FROM people WHERE coalesce(role_override, role) = 'leader'"},
        {&summary.departments, "SELECT count(*) FROM departments"},
        {&summary.channels, "SELECT count(*) FROM channels"},
        {&summary.activities, "SELECT count(*) FROM activities"},
        {&summary.sources, "SELECT count(*) FROM sources"},
    };
    for (const auto &[target, sql] : counts) {
        auto value = connection.queryInt(sql);
        if (!value)
            return value.error();
        *target = *value;
    }
    if (summary.activities == 0)
        return summary;

    auto range = connection.prepare("SELECT min(at), max(at) FROM activities");
    if (!range || range->step() != SqliteStatement::Step::Row)
        return connection.error(
            QCoreApplication::translate("StoreSummary", "cannot read activities"));
    summary.firstDay = dateOf(range->int64(0));
    summary.lastDay = dateOf(range->int64(1));

    // Month keys as year * 12 + month - 1, computed in SQL so 10 million rows stay in SQLite.
    auto monthly = connection.prepare(R"sql(
        SELECT CAST(strftime('%Y', at, 'unixepoch') AS INTEGER) * 12
                   + CAST(strftime('%m', at, 'unixepoch') AS INTEGER) - 1 AS month,
               sum(kind = 'post'), sum(kind = 'reply'), sum(kind = 'reaction'),
               sum(kind = 'recognition'
                   OR EXISTS (SELECT 1 FROM recognition_recipients r WHERE r.activity_id = a.id))
        FROM activities a GROUP BY month ORDER BY month)sql");
    if (!monthly)
        return monthly.error();
    std::map<int, MonthActivity> byMonth;
    for (auto step = monthly->step(); step == SqliteStatement::Step::Row; step = monthly->step()) {
        const int key = int(monthly->int64(0));
        MonthActivity &month = byMonth[key];
        month.posts = monthly->int64(1);
        month.replies = monthly->int64(2);
        month.reactions = monthly->int64(3);
        month.recognitions = monthly->int64(4);
    }
    const int firstKey = summary.firstDay.year() * 12 + summary.firstDay.month() - 1;
    const int lastKey = summary.lastDay.year() * 12 + summary.lastDay.month() - 1;
    for (int key = firstKey; key <= lastKey; ++key) {
        MonthActivity month = byMonth.count(key) ? byMonth[key] : MonthActivity{};
        month.month = QDate(key / 12, key % 12 + 1, 1);
        summary.months.push_back(month);
    }
    return summary;
}

} // namespace goodwill::store

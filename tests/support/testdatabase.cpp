#include "testdatabase.h"

#include "demo/demogenerator.h"
#include "store/sqliteconnection.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <tuple>

namespace goodwill::testing {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

std::int64_t queryInt(store::SqliteConnection &connection, const std::string &sql)
{
    auto value = connection.queryInt(sql);
    if (!value) {
        qWarning("query failed: %s: %s", sql.c_str(), qPrintable(value.error().message));
        return -1;
    }
    return *value;
}

double queryDouble(store::SqliteConnection &connection, const std::string &sql)
{
    auto statement = connection.prepare(sql);
    if (!statement || statement->step() != store::SqliteStatement::Step::Row) {
        qWarning("query failed: %s: %s", sql.c_str(), qPrintable(connection.lastMessage()));
        return -1;
    }
    return statement->real(0);
}

bool execute(store::SqliteConnection &connection, const std::string &sql)
{
    auto done = connection.execute(sql);
    if (!done)
        qWarning("%s", qPrintable(done.error().message));
    return done.ok();
}

QString sharedDemo(int people, int months, std::uint64_t seed)
{
    static QTemporaryDir folder;
    static std::map<std::tuple<int, int, std::uint64_t>, QString> made;
    const auto key = std::make_tuple(people, months, seed);
    if (auto found = made.find(key); found != made.end())
        return found->second;
    const QString path =
        folder.filePath(QStringLiteral("demo-%1-%2-%3.goodwill").arg(people).arg(months).arg(seed));
    demo::DemoOptions options;
    options.people = people;
    options.months = months;
    options.seed = seed;
    auto result = demo::DemoGenerator::generate(path, options);
    if (!result) {
        qWarning("demo failed: %s", qPrintable(result.error().message));
        return {};
    }
    made[key] = path;
    return path;
}

} // namespace goodwill::testing

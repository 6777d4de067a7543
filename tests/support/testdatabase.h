#pragma once

#include "store/database.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <memory>
#include <string>

// Small helpers shared by the tests: read a file's bytes, run one-number queries, make
// a demo database once per test run.
namespace goodwill::testing {

QByteArray fileBytes(const QString &path);
// The single integer a query returns; fails the calling test (returns -1) on error.
std::int64_t queryInt(store::SqliteConnection &connection, const std::string &sql);
double queryDouble(store::SqliteConnection &connection, const std::string &sql);
// Executes SQL or fails with the connection's message.
bool execute(store::SqliteConnection &connection, const std::string &sql);
// Creates (once per process) a demo database in a temporary folder and returns its path.
QString sharedDemo(int people = 1200, int months = 24, std::uint64_t seed = 42);

} // namespace goodwill::testing

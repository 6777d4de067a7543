#pragma once

#include "result.h"

#include <QDateTime>
#include <QString>

#include <cstdint>
#include <vector>

namespace goodwill::store {

class SqliteConnection;

// A staff question a leader marked handled on the My engagement page (handled_questions,
// schema v2; docs/schema.md): it leaves the leader's list of unanswered questions.
struct HandledMark
{
    std::int64_t activityId = 0; // activities.id of the question
    std::int64_t personId = 0;   // people.id of the leader it is handled for
    QDateTime handledAt;         // UTC
};

// Reads and writes the marks. Each write is one user edit in a transaction of its own,
// through StoreWriter (OverrideEdit::write): a file that opens read-only (not created by
// Goodwill, or not writable) is refused with a sentence saying why and never changed.
class HandledQuestions
{
public:
    // The marks of one leader (people.id), in activity id order. None when the file has no
    // handled_questions table (a schema v1 file read as it stands).
    static Result<std::vector<HandledMark>> read(SqliteConnection &connection,
                                                 std::int64_t personId);
    // Marks question `activityId` handled for leader `personId` at `at` (kept to the second);
    // marking it again keeps the first time.
    static Result<void> mark(const QString &path, std::int64_t activityId, std::int64_t personId,
                             const QDateTime &at);
    // Removes the mark (an error when there is none).
    static Result<void> unmark(const QString &path, std::int64_t activityId, std::int64_t personId);

    // `at` as stored: ISO 8601 in UTC to the second, "2026-10-02T09:30:00Z".
    static QString storedTime(const QDateTime &at);
};

} // namespace goodwill::store

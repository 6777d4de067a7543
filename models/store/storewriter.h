#pragma once

#include "records.h"
#include "result.h"
#include "sqlitestatement.h"

#include <cstddef>
#include <optional>

namespace goodwill::store {

class SqliteConnection;

// The one place rows are written. Prepared statements are made once and reused, so a
// bulk load (the demo, an import) costs one bind-and-step per row. The caller owns the
// transaction; every insert reports failure as an error naming the record.
class StoreWriter
{
public:
    static Result<StoreWriter> create(SqliteConnection &connection);

    Result<void> insert(const SourceRecord &source);
    Result<void> insert(const DepartmentRecord &department);
    Result<void> insert(const PersonRecord &person);
    Result<void> insert(const PersonSourceIdRecord &sourceId);
    Result<void> insert(const RosterRecord &roster);
    Result<void> insert(const ChannelRecord &channel);
    Result<void> insert(const ActivityRecord &activity);
    // Many activities, `activityGroup` rows to a statement: a bulk load's per-statement
    // cost (cursor, journal, VDBE set-up) paid once a group instead of once a row.
    Result<void> insert(const ActivityRecord *activities, std::size_t count);
    static constexpr std::size_t activityGroup = 16;
    Result<void> insertRecognitionRecipient(std::int64_t activityId, std::int64_t personId,
                                            bool detected = false);
    Result<void> insertMention(std::int64_t activityId, std::int64_t personId);
    Result<void> insert(const ImportRunRecord &run);
    // Roster edits of imports: a stint ends, or a roster file replaces a person's stints.
    Result<void> closeStint(std::int64_t personId, std::string_view validFrom,
                            std::string_view validTo);
    Result<void> removeStints(std::int64_t personId);
    // The user's overrides (people.role_override, channels.kind_override); nullopt clears
    // the override, so the stored role or kind counts again. An error when no such row.
    Result<void> setRoleOverride(std::int64_t personId, std::optional<PersonRole> role);
    Result<void> setChannelKindOverride(std::int64_t channelId, std::optional<ChannelKind> kind);
    // A leader's "mark handled" on an unanswered staff question (handled_questions, schema
    // v2): `handledAt` is ISO 8601 UTC ("2026-10-02T09:30:00Z"). Marking again keeps the
    // first time; unmarking a question that is not marked is an error naming it.
    Result<void> markQuestionHandled(std::int64_t activityId, std::int64_t personId,
                                     std::string_view handledAt);
    Result<void> unmarkQuestionHandled(std::int64_t activityId, std::int64_t personId);

private:
    explicit StoreWriter(SqliteConnection &connection) : m_connection(&connection) {}
    Result<void> run(SqliteStatement &statement, const char *table, std::int64_t id);
    Result<void> update(SqliteStatement &statement, const char *table, std::int64_t id,
                        std::optional<std::string_view> value);

    SqliteConnection *m_connection;
    SqliteStatement m_source, m_department, m_person, m_personSourceId, m_roster, m_channel,
        m_activity, m_recipient, m_mention, m_importRun, m_closeStint, m_removeStints,
        m_activityGroup, m_roleOverride, m_kindOverride, m_markHandled, m_unmarkHandled;
};

} // namespace goodwill::store

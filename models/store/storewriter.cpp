#include "storewriter.h"

#include "sqliteconnection.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <string>

namespace goodwill::store {

std::string_view toString(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::Post:
        return "post";
    case ActivityKind::Reply:
        return "reply";
    case ActivityKind::Reaction:
        return "reaction";
    case ActivityKind::Recognition:
        return "recognition";
    }
    return {};
}

std::string_view toString(PersonRole role)
{
    switch (role) {
    case PersonRole::Leader:
        return "leader";
    case PersonRole::Staff:
        return "staff";
    case PersonRole::Bot:
        return "bot";
    case PersonRole::Guest:
        return "guest";
    }
    return {};
}

std::string_view toString(ChannelKind kind)
{
    switch (kind) {
    case ChannelKind::Work:
        return "work";
    case ChannelKind::Announcement:
        return "announcement";
    case ChannelKind::Social:
        return "social";
    case ChannelKind::Recognition:
        return "recognition";
    case ChannelKind::Qa:
        return "qa";
    }
    return {};
}

namespace {
// INSERT of `rows` activities in one statement.
std::string activityInsert(std::size_t rows)
{
    std::string sql = "INSERT INTO activities (id, source_id, source_activity_id, kind, at, "
                      "author_id, channel_id, thread_root_id, parent_id, text, emoji) VALUES ";
    for (std::size_t row = 0; row < rows; ++row)
        sql.append(row == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    return sql;
}
} // namespace

Result<StoreWriter> StoreWriter::create(SqliteConnection &connection)
{
    StoreWriter writer(connection);
    const std::pair<SqliteStatement *, const char *> statements[] = {
        {&writer.m_source, "INSERT INTO sources (id, kind, name) VALUES (?, ?, ?)"},
        {&writer.m_department, "INSERT INTO departments (id, name, parent_id) VALUES (?, ?, ?)"},
        {&writer.m_person, "INSERT INTO people (id, display_name, email, title, role, manager_id) "
                           "VALUES (?, ?, ?, ?, ?, ?)"},
        {&writer.m_personSourceId,
         "INSERT INTO person_source_ids (source_id, source_user_id, person_id) VALUES (?, ?, ?)"},
        {&writer.m_roster, "INSERT INTO roster (person_id, valid_from, valid_to, department_id, "
                           "title, is_leader) VALUES (?, ?, ?, ?, ?, ?)"},
        {&writer.m_channel, "INSERT INTO channels (id, source_id, source_channel_id, name, kind) "
                            "VALUES (?, ?, ?, ?, ?)"},
        {&writer.m_recipient, "INSERT INTO recognition_recipients (activity_id, person_id, origin) "
                              "VALUES (?, ?, ?)"},
        {&writer.m_mention, "INSERT INTO mentions (activity_id, person_id) VALUES (?, ?)"},
        {&writer.m_importRun,
         "INSERT INTO import_runs (source_id, source_kind, file_name, content_hash, started_at, "
         "finished_at, posts, replies, reactions, recognitions, people, channels, skipped, report) "
         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
        {&writer.m_closeStint,
         "UPDATE roster SET valid_to = ? WHERE person_id = ? AND valid_from = ?"},
        {&writer.m_removeStints, "DELETE FROM roster WHERE person_id = ?"},
        {&writer.m_roleOverride, "UPDATE people SET role_override = ? WHERE id = ?"},
        {&writer.m_kindOverride, "UPDATE channels SET kind_override = ? WHERE id = ?"},
        {&writer.m_markHandled,
         "INSERT INTO handled_questions (activity_id, person_id, handled_at) VALUES (?, ?, ?) "
         "ON CONFLICT (activity_id, person_id) DO NOTHING"},
        {&writer.m_unmarkHandled,
         "DELETE FROM handled_questions WHERE activity_id = ? AND person_id = ?"},
    };
    for (const auto &[statement, sql] : statements) {
        auto prepared = connection.prepare(sql);
        if (!prepared)
            return prepared.error();
        *statement = std::move(prepared).value();
    }
    auto activity = connection.prepare(activityInsert(1));
    if (!activity)
        return activity.error();
    writer.m_activity = std::move(activity).value();
    return writer;
}

Result<void> StoreWriter::run(SqliteStatement &statement, const char *table, std::int64_t id)
{
    if (statement.execute())
        return {};
    return m_connection->error(QCoreApplication::translate("StoreWriter", "cannot write %1 row %2")
                                   .arg(QString::fromUtf8(table))
                                   .arg(id));
}

namespace {
void bindId(SqliteStatement &statement, int index, std::int64_t id)
{
    statement.bindOptional(index, id, id != 0);
}
} // namespace

Result<void> StoreWriter::insert(const SourceRecord &source)
{
    bindId(m_source, 1, source.id);
    m_source.bind(2, source.kind);
    m_source.bind(3, source.name);
    return run(m_source, "sources", source.id);
}

Result<void> StoreWriter::insert(const DepartmentRecord &department)
{
    bindId(m_department, 1, department.id);
    m_department.bind(2, department.name);
    bindId(m_department, 3, department.parentId);
    return run(m_department, "departments", department.id);
}

Result<void> StoreWriter::insert(const PersonRecord &person)
{
    bindId(m_person, 1, person.id);
    m_person.bind(2, person.displayName);
    m_person.bindOptional(3, person.email);
    m_person.bindOptional(4, person.title);
    m_person.bind(5, toString(person.role));
    bindId(m_person, 6, person.managerId);
    return run(m_person, "people", person.id);
}

Result<void> StoreWriter::insert(const PersonSourceIdRecord &sourceId)
{
    m_personSourceId.bind(1, sourceId.sourceId);
    m_personSourceId.bind(2, sourceId.sourceUserId);
    m_personSourceId.bind(3, sourceId.personId);
    return run(m_personSourceId, "person_source_ids", sourceId.personId);
}

Result<void> StoreWriter::insert(const RosterRecord &roster)
{
    m_roster.bind(1, roster.personId);
    m_roster.bind(2, roster.validFrom);
    m_roster.bindOptional(3, roster.validTo);
    m_roster.bind(4, roster.departmentId);
    m_roster.bindOptional(5, roster.title);
    m_roster.bindOptional(6, std::int64_t(roster.isLeader.value_or(false) ? 1 : 0),
                          roster.isLeader.has_value());
    return run(m_roster, "roster", roster.personId);
}

Result<void> StoreWriter::insert(const ChannelRecord &channel)
{
    bindId(m_channel, 1, channel.id);
    m_channel.bind(2, channel.sourceId);
    m_channel.bind(3, channel.sourceChannelId);
    m_channel.bind(4, channel.name);
    m_channel.bind(5, toString(channel.kind));
    return run(m_channel, "channels", channel.id);
}

namespace {
constexpr int activityColumns = 11;

void bindActivity(SqliteStatement &statement, int first, const ActivityRecord &activity)
{
    bindId(statement, first, activity.id);
    statement.bind(first + 1, activity.sourceId);
    statement.bind(first + 2, activity.sourceActivityId);
    statement.bind(first + 3, toString(activity.kind));
    statement.bind(first + 4, activity.at);
    statement.bind(first + 5, activity.authorId);
    bindId(statement, first + 6, activity.channelId);
    bindId(statement, first + 7, activity.threadRootId);
    bindId(statement, first + 8, activity.parentId);
    statement.bindOptional(first + 9, activity.text);
    statement.bindOptional(first + 10, activity.emoji);
}
} // namespace

Result<void> StoreWriter::insert(const ActivityRecord &activity)
{
    bindActivity(m_activity, 1, activity);
    return run(m_activity, "activities", activity.id);
}

Result<void> StoreWriter::insert(const ActivityRecord *activities, std::size_t count)
{
    if (!m_activityGroup.isValid()) {
        auto prepared = m_connection->prepare(activityInsert(activityGroup));
        if (!prepared)
            return prepared.error();
        m_activityGroup = std::move(prepared).value();
    }
    std::size_t done = 0;
    for (; done + activityGroup <= count; done += activityGroup) {
        for (std::size_t row = 0; row < activityGroup; ++row)
            bindActivity(m_activityGroup, 1 + int(row) * activityColumns, activities[done + row]);
        if (auto written = run(m_activityGroup, "activities", activities[done].id); !written)
            return written;
    }
    for (; done < count; ++done) {
        if (auto written = insert(activities[done]); !written)
            return written;
    }
    return {};
}

Result<void> StoreWriter::insertRecognitionRecipient(std::int64_t activityId, std::int64_t personId,
                                                     bool detected)
{
    m_recipient.bind(1, activityId);
    m_recipient.bind(2, personId);
    m_recipient.bind(3, std::string_view(detected ? "detected" : "source"));
    return run(m_recipient, "recognition_recipients", activityId);
}

Result<void> StoreWriter::insertMention(std::int64_t activityId, std::int64_t personId)
{
    m_mention.bind(1, activityId);
    m_mention.bind(2, personId);
    return run(m_mention, "mentions", activityId);
}

Result<void> StoreWriter::insert(const ImportRunRecord &run)
{
    bindId(m_importRun, 1, run.sourceId);
    m_importRun.bind(2, run.sourceKind);
    m_importRun.bind(3, run.fileName);
    m_importRun.bindOptional(4, run.contentHash);
    m_importRun.bind(5, run.startedAt);
    m_importRun.bindOptional(6, run.finishedAt);
    const std::int64_t counts[] = {run.posts,  run.replies,  run.reactions, run.recognitions,
                                   run.people, run.channels, run.skipped};
    for (int i = 0; i < 7; ++i)
        m_importRun.bind(7 + i, counts[i]);
    m_importRun.bindOptional(14, run.report);
    return this->run(m_importRun, "import_runs", run.sourceId);
}

Result<void> StoreWriter::closeStint(std::int64_t personId, std::string_view validFrom,
                                     std::string_view validTo)
{
    m_closeStint.bind(1, validTo);
    m_closeStint.bind(2, personId);
    m_closeStint.bind(3, validFrom);
    return run(m_closeStint, "roster", personId);
}

Result<void> StoreWriter::removeStints(std::int64_t personId)
{
    m_removeStints.bind(1, personId);
    return run(m_removeStints, "roster", personId);
}

Result<void> StoreWriter::update(SqliteStatement &statement, const char *table, std::int64_t id,
                                 std::optional<std::string_view> value)
{
    if (value)
        statement.bind(1, *value);
    else
        statement.bindNull(1);
    statement.bind(2, id);
    if (auto written = run(statement, table, id); !written)
        return written;
    if (sqlite3_changes(m_connection->handle()) == 0)
        return Error{QCoreApplication::translate("StoreWriter", "%1: there is no %2 row %3")
                         .arg(m_connection->displayName(), QString::fromUtf8(table))
                         .arg(id)};
    return {};
}

Result<void> StoreWriter::setRoleOverride(std::int64_t personId, std::optional<PersonRole> role)
{
    return update(m_roleOverride, "people", personId,
                  role ? std::optional(toString(*role)) : std::nullopt);
}

Result<void> StoreWriter::setChannelKindOverride(std::int64_t channelId,
                                                 std::optional<ChannelKind> kind)
{
    return update(m_kindOverride, "channels", channelId,
                  kind ? std::optional(toString(*kind)) : std::nullopt);
}

Result<void> StoreWriter::markQuestionHandled(std::int64_t activityId, std::int64_t personId,
                                              std::string_view handledAt)
{
    m_markHandled.bind(1, activityId);
    m_markHandled.bind(2, personId);
    m_markHandled.bind(3, handledAt);
    return run(m_markHandled, "handled_questions", activityId);
}

Result<void> StoreWriter::unmarkQuestionHandled(std::int64_t activityId, std::int64_t personId)
{
    m_unmarkHandled.bind(1, activityId);
    m_unmarkHandled.bind(2, personId);
    if (auto removed = run(m_unmarkHandled, "handled_questions", activityId); !removed)
        return removed;
    if (sqlite3_changes(m_connection->handle()) == 0)
        return Error{QCoreApplication::translate(
                         "StoreWriter", "%1: question %2 is not marked handled for person %3")
                         .arg(m_connection->displayName())
                         .arg(activityId)
                         .arg(personId)};
    return {};
}

} // namespace goodwill::store

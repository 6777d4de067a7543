#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

// Plain rows as the store writer takes them. Ids of 0 mean NULL; text views must stay
// valid only for the duration of the insert call.
namespace goodwill::store {

enum class ActivityKind : std::uint8_t
{
    Post,
    Reply,
    Reaction,
    Recognition
};
enum class PersonRole
{
    Leader,
    Staff,
    Bot,
    Guest
};
enum class ChannelKind
{
    Work,
    Announcement,
    Social,
    Recognition,
    Qa
};

std::string_view toString(ActivityKind kind);
std::string_view toString(PersonRole role);
std::string_view toString(ChannelKind kind);

struct SourceRecord
{
    std::int64_t id = 0;
    std::string_view kind; // slack, engage, mattermost, teams, csv, jsonl, roster, demo, warehouse
    std::string_view name;
};

struct DepartmentRecord
{
    std::int64_t id = 0;
    std::string_view name;
    std::int64_t parentId = 0;
};

struct PersonRecord
{
    std::int64_t id = 0;
    std::string_view displayName;
    std::string_view email;
    std::string_view title;
    PersonRole role = PersonRole::Staff;
    std::int64_t managerId = 0;
};

struct PersonSourceIdRecord
{
    std::int64_t sourceId = 0;
    std::string_view sourceUserId;
    std::int64_t personId = 0;
};

// valid_from inclusive, valid_to exclusive (empty: still current), both YYYY-MM-DD.
struct RosterRecord
{
    std::int64_t personId = 0;
    std::string_view validFrom;
    std::string_view validTo;
    std::int64_t departmentId = 0;
    std::string_view title;
    std::optional<bool> isLeader; // NULL: the roster does not say
};

struct ChannelRecord
{
    std::int64_t id = 0;
    std::int64_t sourceId = 0;
    std::string_view sourceChannelId;
    std::string_view name;
    ChannelKind kind = ChannelKind::Work;
};

struct ActivityRecord
{
    std::int64_t id = 0;
    std::int64_t sourceId = 0;
    std::string_view sourceActivityId;
    ActivityKind kind = ActivityKind::Post;
    std::int64_t at = 0; // seconds since 1970-01-01T00:00:00Z
    std::int64_t authorId = 0;
    std::int64_t channelId = 0;
    std::int64_t threadRootId = 0;
    std::int64_t parentId = 0;
    std::string_view text;
    std::string_view emoji;
};

// One import run (the import_runs table): what arrived, from where, and its report.
struct ImportRunRecord
{
    std::int64_t sourceId = 0;
    std::string_view sourceKind;
    std::string_view fileName;
    std::string_view contentHash;           // SHA-256 of the export's bytes, hex
    std::string_view startedAt, finishedAt; // ISO 8601 UTC
    std::int64_t posts = 0, replies = 0, reactions = 0, recognitions = 0, people = 0, channels = 0,
                 skipped = 0;
    std::string_view report; // the JSON report
};

} // namespace goodwill::store

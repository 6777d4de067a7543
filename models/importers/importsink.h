#pragma once

#include "analytics/textrules.h"
#include "importedrecords.h"
#include "importreport.h"
#include "keyindex.h"
#include "store/result.h"
#include "stringindex.h"
#include "stringmap.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace goodwill::store {
class BulkWriter;
class SqliteConnection;
class SqliteStatement;
class StoreWriter;
} // namespace goodwill::store

namespace goodwill::importers {

// Where every reader's records go. Within the caller's transaction it
// - keeps one source row per workspace (kind + name), so a newer export of it adds only
//   what is new: keys the database already holds are counted as "already imported";
// - maps source user ids to people, merging with a person of any source by e-mail, and
//   keeps each person's current department from the export as an open roster stint;
// - gives channels their kind from the name rules;
// - resolves parents and thread roots by key (a reply met before its parent waits for it
//   until finish(); one whose parent never comes is skipped as "missing parent");
// - skips activities by unknown users and bots, and counts everything in the report.
// Errors (a duplicate key within one export, a time out of range, a write failure) come
// back without the file name: readers put it in front (ExportReader::inRecord).
class ImportSink
{
public:
    static Result<std::unique_ptr<ImportSink>>
    create(store::SqliteConnection &connection, const analytics::ModelSettings &settings,
           const QString &today, std::size_t keyBudget = KeyIndex::defaultMaxEntries);
    ~ImportSink();
    ImportSink(const ImportSink &) = delete;
    ImportSink &operator=(const ImportSink &) = delete;

    // Starts a source: `kind` one of slack, engage, mattermost, teams, csv, jsonl, roster;
    // `name` identifies the workspace (a Slack team id, an Engage network id, a file name).
    Result<void> beginSource(std::string_view kind, std::string_view name);
    Result<void> addPerson(const ImportedPerson &person);
    Result<void> addChannel(const ImportedChannel &channel);
    Result<void> addMessage(const ImportedMessage &message);
    // A roster row: the first row of a person in this run replaces their stints.
    Result<void> addStint(const ImportedStint &stint);
    void skip(SkipReason reason, std::int64_t count = 1);
    void warn(const QString &warning); // each distinct warning once

    bool knowsUser(std::string_view sourceUserId) const;
    // A hint that a message with this key (and parent) will be added soon: starts loading
    // their slots of the key table, a cache miss each, while the reader works on the text.
    void prefetch(std::string_view key, std::string_view parent) const;
    // The display name of a person of the current source, empty when unknown.
    std::string_view nameOf(std::string_view sourceUserId) const;

    // Resolves waiting replies, writes what is pending and returns this source's report.
    // beginSource may follow for the next source.
    Result<ImportReport> finishSource();

    // Times accepted: 1990-01-01 up to 2100-01-01 (UTC).
    static bool timeInRange(std::int64_t seconds);
    // The largest value of any record (a text, a name, an id), whatever the format: the
    // same as a CSV value's (CsvReader::maxFieldSize). Larger is refused, naming the field.
    static constexpr std::size_t maxFieldSize = std::size_t(16) << 20;

    // Where key tables past their memory budget of `keyBudget` entries go
    // (KeyIndex::spillTo): beside the database, not in a temporary directory that may be
    // memory (tmpfs). Readers' own key tables (ActivityFields) take the same.
    const std::string &keyDirectory() const { return m_keyDirectory; }
    std::size_t keyBudget() const { return m_keyBudget; }

    // The source of the last finished source (its import run row names it).
    std::int64_t lastSourceId() const { return m_lastSourceId; }

private:
    struct Known
    {
        std::int64_t id = 0;
        std::int64_t root = 0; // its thread's post (itself for a post)
        std::int64_t channel = 0;
    };
    struct Waiting
    {
        std::string key, author, channel, parent, root, text, emoji;
        std::vector<std::string> mentions, recipients;
        store::ActivityKind kind;
        std::int64_t at;
    };
    struct Stint
    {
        bool any = false;     // the person has roster rows
        std::string openFrom; // the open stint's start, empty when none
        std::int64_t department = 0;
    };
    struct SourceUser
    {
        std::int64_t person = 0;
        std::string name;
    };

    ImportSink(store::SqliteConnection &connection, const analytics::ModelSettings &settings,
               const QString &today);
    Result<void> load();
    Result<void> loadSource();
    Result<std::int64_t> departmentId(std::string_view name);
    void keepDepartment(std::int64_t person, std::int64_t department, const std::string &title);
    std::int64_t channelOf(std::string_view sourceChannelId, std::string_view name);
    Result<void> write(const ImportedMessage &message, std::uint64_t hash, const Known &parent,
                       std::int64_t author);
    Result<void> resolveWaiting();
    void markSkipped(std::uint64_t hash, SkipReason reason);
    std::int64_t personOf(std::string_view sourceUserId) const;
    const SourceUser *userOf(std::string_view sourceUserId) const;

    store::SqliteConnection &m_connection;
    std::unique_ptr<store::StoreWriter> m_writer;
    std::unique_ptr<store::BulkWriter> m_bulk; // owns the connection while a source runs
    analytics::ChannelKindClassifier m_channelKinds;
    QString m_today;

    std::int64_t m_sourceId = 0, m_nextSource = 1, m_lastSourceId = 0;
    std::int64_t m_nextPerson = 1, m_nextChannel = 1, m_nextActivity = 1, m_nextDepartment = 1,
                 m_firstNewActivity = 1;
    std::unordered_map<std::string, std::int64_t> m_peopleByEmail; // lower-case e-mail
    std::unordered_map<std::string, std::int64_t> m_departments;   // lower-case name
    std::unordered_set<std::int64_t> m_botPeople;
    std::unordered_map<std::int64_t, Stint> m_stints;  // by person
    std::unordered_set<std::int64_t> m_rosterReplaced; // people whose stints a roster set
    StringIndex m_userIds;                             // of the current source, numbered
    std::vector<SourceUser> m_users;                   // ... by that number
    mutable std::string m_lastUser;                    // personOf()'s last hit
    mutable std::int64_t m_lastPerson = 0;             // ... and its person, 0 for none
    StringMap<std::int64_t> m_channels;                // of the current source
    std::string m_keyDirectory;
    std::size_t m_keyBudget = KeyIndex::defaultMaxEntries;
    KeyIndex m_keys; // the activity keys of the current source, by hash
    std::vector<Waiting> m_waiting;
    ImportReport m_report;
};

} // namespace goodwill::importers

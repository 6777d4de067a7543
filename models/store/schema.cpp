#include "schema.h"

#include "sqliteconnection.h"

#include <QCoreApplication>

#include <iterator>
#include <vector>

namespace goodwill::store::schema {
namespace {

constexpr const char *tablesV1 = R"sql(
CREATE TABLE schema_version (
    version    INTEGER PRIMARY KEY,
    applied_at TEXT NOT NULL
);
CREATE TABLE sources (
    id   INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('slack', 'engage', 'mattermost', 'teams', 'csv',
                                       'jsonl', 'roster', 'demo', 'warehouse')),
    name TEXT NOT NULL,
    UNIQUE (kind, name)
);
CREATE TABLE departments (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL UNIQUE COLLATE NOCASE,
    parent_id INTEGER REFERENCES departments(id)
);
CREATE TABLE people (
    id            INTEGER PRIMARY KEY,
    display_name  TEXT NOT NULL,
    email         TEXT UNIQUE COLLATE NOCASE,
    title         TEXT,
    role          TEXT NOT NULL DEFAULT 'staff'
                  CHECK (role IN ('leader', 'staff', 'bot', 'guest')),
    role_override TEXT CHECK (role_override IN ('leader', 'staff', 'bot', 'guest')),
    manager_id    INTEGER REFERENCES people(id)
);
CREATE TABLE person_source_ids (
    source_id      INTEGER NOT NULL REFERENCES sources(id),
    source_user_id TEXT NOT NULL,
    person_id      INTEGER NOT NULL REFERENCES people(id),
    PRIMARY KEY (source_id, source_user_id)
) WITHOUT ROWID;
CREATE TABLE roster (
    person_id     INTEGER NOT NULL REFERENCES people(id),
    valid_from    TEXT NOT NULL,
    valid_to      TEXT,
    department_id INTEGER NOT NULL REFERENCES departments(id),
    title         TEXT,
    is_leader     INTEGER CHECK (is_leader IN (0, 1)),
    PRIMARY KEY (person_id, valid_from),
    CHECK (valid_to IS NULL OR valid_to > valid_from)
) WITHOUT ROWID;
CREATE TABLE channels (
    id                INTEGER PRIMARY KEY,
    source_id         INTEGER NOT NULL REFERENCES sources(id),
    source_channel_id TEXT NOT NULL,
    name              TEXT NOT NULL,
    kind              TEXT NOT NULL DEFAULT 'work'
                      CHECK (kind IN ('work', 'announcement', 'social', 'recognition', 'qa')),
    kind_override     TEXT
                      CHECK (kind_override IN ('work', 'announcement', 'social', 'recognition', 'qa')),
    UNIQUE (source_id, source_channel_id)
);
CREATE TABLE activities (
    id                 INTEGER PRIMARY KEY,
    source_id          INTEGER NOT NULL REFERENCES sources(id),
    source_activity_id TEXT NOT NULL,
    kind               TEXT NOT NULL CHECK (kind IN ('post', 'reply', 'reaction', 'recognition')),
    at                 INTEGER NOT NULL,
    author_id          INTEGER NOT NULL REFERENCES people(id),
    channel_id         INTEGER REFERENCES channels(id),
    thread_root_id     INTEGER REFERENCES activities(id),
    parent_id          INTEGER REFERENCES activities(id),
    text               TEXT,
    emoji              TEXT
);
CREATE TABLE recognition_recipients (
    activity_id INTEGER NOT NULL REFERENCES activities(id),
    person_id   INTEGER NOT NULL REFERENCES people(id),
    origin      TEXT NOT NULL DEFAULT 'source' CHECK (origin IN ('source', 'detected')),
    PRIMARY KEY (activity_id, person_id)
) WITHOUT ROWID;
CREATE TABLE mentions (
    activity_id INTEGER NOT NULL REFERENCES activities(id),
    person_id   INTEGER NOT NULL REFERENCES people(id),
    PRIMARY KEY (activity_id, person_id)
) WITHOUT ROWID;
CREATE TABLE import_runs (
    id           INTEGER PRIMARY KEY,
    source_id    INTEGER REFERENCES sources(id),
    source_kind  TEXT NOT NULL,
    file_name    TEXT NOT NULL,
    content_hash TEXT,
    started_at   TEXT NOT NULL,
    finished_at  TEXT,
    posts        INTEGER NOT NULL DEFAULT 0,
    replies      INTEGER NOT NULL DEFAULT 0,
    reactions    INTEGER NOT NULL DEFAULT 0,
    recognitions INTEGER NOT NULL DEFAULT 0,
    people       INTEGER NOT NULL DEFAULT 0,
    channels     INTEGER NOT NULL DEFAULT 0,
    skipped      INTEGER NOT NULL DEFAULT 0,
    report       TEXT
);
)sql";

// v2: the leader's "mark handled" on an unanswered staff question (My engagement). A user's
// annotation, kept per leader: the same question may be addressed to several leaders.
constexpr const char *tablesV2 = R"sql(
CREATE TABLE handled_questions (
    activity_id INTEGER NOT NULL REFERENCES activities(id),
    person_id   INTEGER NOT NULL REFERENCES people(id),
    handled_at  TEXT NOT NULL,
    PRIMARY KEY (activity_id, person_id)
) WITHOUT ROWID;
)sql";

// v3 dropped activities_author_at (author_id, at) and activities_thread (thread_root_id):
// nothing reads activities by author or by thread (the dashboard scans the table once, and
// drill-downs read messages by id), and building them took more than half of a large
// import (docs/decisions.md, "Import speed").
constexpr const char *indexes = R"sql(
CREATE UNIQUE INDEX IF NOT EXISTS activities_source_key ON activities(source_id, source_activity_id);
CREATE INDEX IF NOT EXISTS roster_department ON roster(department_id, valid_from);
CREATE INDEX IF NOT EXISTS person_source_ids_person ON person_source_ids(person_id);
CREATE INDEX IF NOT EXISTS recognition_recipients_person ON recognition_recipients(person_id);
CREATE INDEX IF NOT EXISTS mentions_person ON mentions(person_id);
)sql";

constexpr const char *migrationV2toV3 = R"sql(
DROP INDEX IF EXISTS activities_author_at;
DROP INDEX IF EXISTS activities_thread;
)sql";

// v0 was the pre-release draft (autumn 2026): a department name on each person, an
// is_leader flag, channels without a source, activities with parent only.
constexpr const char *migrationV0toV1 = R"sql(
ALTER TABLE people RENAME TO people_v0;
ALTER TABLE channels RENAME TO channels_v0;
ALTER TABLE activities RENAME TO activities_v0;
DROP TABLE schema_version;
)sql";

constexpr const char *migrationV0toV1Copy = R"sql(
INSERT INTO sources (id, kind, name) VALUES (1, 'warehouse', 'Goodwill v0 database');
INSERT INTO departments (name)
    SELECT DISTINCT department FROM people_v0
    WHERE department IS NOT NULL AND department <> '' ORDER BY department;
INSERT INTO people (id, display_name, email, title, role)
    SELECT id, display_name, email, title, CASE WHEN is_leader THEN 'leader' ELSE 'staff' END
    FROM people_v0;
INSERT INTO roster (person_id, valid_from, valid_to, department_id, title, is_leader)
    SELECT p.id, '1970-01-01', NULL, d.id, p.title, p.is_leader
    FROM people_v0 p JOIN departments d ON d.name = p.department;
INSERT INTO channels (id, source_id, source_channel_id, name, kind)
    SELECT id, 1, CAST(id AS TEXT), name, kind FROM channels_v0;
INSERT INTO activities (id, source_id, source_activity_id, kind, at, author_id, channel_id,
                        thread_root_id, parent_id, text)
    WITH RECURSIVE roots(id, root) AS (
        SELECT id, id FROM activities_v0 WHERE parent_id IS NULL
        UNION ALL
        SELECT v.id, roots.root FROM activities_v0 v JOIN roots ON v.parent_id = roots.id)
    SELECT a.id, 1, CAST(a.id AS TEXT), a.kind, a.at, a.author_id, a.channel_id,
           CASE WHEN a.parent_id IS NULL THEN NULL ELSE r.root END, a.parent_id, a.text
    FROM activities_v0 a LEFT JOIN roots r ON r.id = a.id;
DROP TABLE people_v0;
DROP TABLE channels_v0;
DROP TABLE activities_v0;
)sql";

Result<void> recordVersion(SqliteConnection &connection, int version)
{
    auto insert = connection.prepare("INSERT INTO schema_version (version, applied_at) "
                                     "VALUES (?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))");
    if (!insert)
        return insert.error();
    insert->bind(1, version);
    if (!insert->execute())
        return connection.error(
            QCoreApplication::translate("Schema", "cannot record the schema version"));
    return {};
}

} // namespace

Result<void> createTables(SqliteConnection &connection)
{
    for (const char *step : {tablesV1, tablesV2}) {
        if (auto created = connection.execute(step); !created)
            return created;
    }
    return recordVersion(connection, currentVersion);
}

Result<void> createIndexes(SqliteConnection &connection)
{
    return connection.execute(indexes);
}

Result<int> storedVersion(SqliteConnection &connection)
{
    if (!connection.tableExists("schema_version"))
        return -1;
    auto version = connection.queryInt("SELECT coalesce(max(version), 0) FROM schema_version");
    if (!version)
        return version.error();
    return int(*version);
}

Result<void> migrate(SqliteConnection &connection, int from)
{
    // Step n takes a file from version n to n + 1: its statements, then the version row.
    // A later migration (v3 -> v4 ...) is one more step.
    static const std::vector<const char *> steps[] = {
        {migrationV0toV1, tablesV1, migrationV0toV1Copy, indexes},
        {tablesV2},
        {migrationV2toV3},
    };
    static_assert(std::size(steps) == currentVersion);
    for (; from >= 0 && from < currentVersion; ++from) {
        for (const char *statement : steps[from]) {
            if (auto done = connection.execute(statement); !done)
                return done;
        }
        if (auto recorded = recordVersion(connection, from + 1); !recorded)
            return recorded;
    }
    if (from != currentVersion)
        return Error{
            QCoreApplication::translate("Schema", "%1: no migration from schema version %2")
                .arg(connection.displayName())
                .arg(from)};
    return {};
}

const std::vector<Table> &tables()
{
    static const std::vector<Table> all = {
        {"schema_version", "version", true},
        {"sources", "id", false},
        {"departments", "id", false},
        {"people", "id", false},
        {"person_source_ids", "source_id, source_user_id", false},
        {"roster", "person_id, valid_from", false},
        {"channels", "id", false},
        {"activities", "id", false},
        {"recognition_recipients", "activity_id, person_id", false},
        {"mentions", "activity_id, person_id", false},
        {"import_runs", "id", true},
        {"handled_questions", "activity_id, person_id", false, 2},
    };
    return all;
}

} // namespace goodwill::store::schema

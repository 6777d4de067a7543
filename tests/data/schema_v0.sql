-- A Goodwill database of schema version 0, the pre-release draft: a department name on
-- each person, an is_leader flag, channels without a source, activities with a parent
-- only. Used by tst_migration.
PRAGMA application_id = 1198485348;
CREATE TABLE schema_version (version INTEGER NOT NULL);
INSERT INTO schema_version VALUES (0);
CREATE TABLE people (
    id INTEGER PRIMARY KEY, display_name TEXT NOT NULL, email TEXT, title TEXT,
    department TEXT, is_leader INTEGER NOT NULL DEFAULT 0);
CREATE TABLE channels (id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL);
CREATE TABLE activities (
    id INTEGER PRIMARY KEY, kind TEXT NOT NULL, at INTEGER NOT NULL, author_id INTEGER NOT NULL,
    channel_id INTEGER, parent_id INTEGER, text TEXT);
INSERT INTO people VALUES
    (1, 'Rosa Diaz', 'rosa@example.com', 'VP Operations', 'Operations', 1),
    (2, 'Tom Berg', 'tom@example.com', 'Planner', 'Operations', 0),
    (3, 'Ines Vale', 'ines@example.com', 'Accountant', 'Finance', 0),
    (4, 'Old Account', NULL, NULL, NULL, 0);
INSERT INTO channels VALUES (1, 'general', 'work'), (2, 'kudos', 'recognition');
INSERT INTO activities VALUES
    (1, 'post', 1735718400, 1, 1, NULL, 'Welcome to the new planning board'),
    (2, 'reply', 1735722000, 2, 1, 1, 'Where do we log overtime?'),
    (3, 'reply', 1735725600, 1, 1, 2, 'In the board, under Hours'),
    (4, 'reaction', 1735729200, 3, 1, 3, NULL),
    (5, 'post', 1735804800, 3, 2, NULL, 'Thanks @Tom Berg for the plan');

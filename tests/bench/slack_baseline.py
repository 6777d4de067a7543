"""Baseline for the import benchmark: a straightforward Slack importer in Python (json and
sqlite3 from the standard library) writing the same tables and indexes as Goodwill's
schema: people, source ids, channels, activities (posts, replies, reactions), mentions.
Usage: slack_baseline.py EXPORT_DIR OUT.sqlite"""
import json
import os
import re
import sqlite3
import sys

export, path = sys.argv[1], sys.argv[2]
db = sqlite3.connect(path, isolation_level=None)
db.executescript("""
PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA page_size = 16384;
CREATE TABLE people (id INTEGER PRIMARY KEY, display_name TEXT NOT NULL,
    email TEXT UNIQUE COLLATE NOCASE, title TEXT, role TEXT NOT NULL DEFAULT 'staff');
CREATE TABLE person_source_ids (source_id INTEGER NOT NULL, source_user_id TEXT NOT NULL,
    person_id INTEGER NOT NULL, PRIMARY KEY (source_id, source_user_id)) WITHOUT ROWID;
CREATE TABLE channels (id INTEGER PRIMARY KEY, source_id INTEGER NOT NULL,
    source_channel_id TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL DEFAULT 'work',
    UNIQUE (source_id, source_channel_id));
CREATE TABLE activities (id INTEGER PRIMARY KEY, source_id INTEGER NOT NULL,
    source_activity_id TEXT NOT NULL, kind TEXT NOT NULL, at INTEGER NOT NULL,
    author_id INTEGER NOT NULL, channel_id INTEGER, thread_root_id INTEGER, parent_id INTEGER,
    text TEXT, emoji TEXT);
CREATE TABLE mentions (activity_id INTEGER NOT NULL, person_id INTEGER NOT NULL,
    PRIMARY KEY (activity_id, person_id)) WITHOUT ROWID;
""")
db.execute("BEGIN")
with open(os.path.join(export, "users.json")) as f:
    users = json.load(f)
person = {}
bots = set()
for i, user in enumerate(users, 1):
    profile = user.get("profile", {})
    role = "bot" if user.get("is_bot") else "staff"
    if role == "bot":
        bots.add(user["id"])
    db.execute("INSERT INTO people VALUES (?, ?, ?, ?, ?)",
               (i, profile.get("real_name") or user.get("name", user["id"]),
                profile.get("email"), profile.get("title"), role))
    db.execute("INSERT INTO person_source_ids VALUES (1, ?, ?)", (user["id"], i))
    person[user["id"]] = i
with open(os.path.join(export, "channels.json")) as f:
    channels = json.load(f)
system = {"channel_join", "channel_leave", "channel_topic", "channel_purpose", "channel_name",
          "channel_archive", "channel_unarchive", "pinned_item", "bot_add", "bot_remove",
          "tombstone", "bot_message"}
mention = re.compile(r"<@(U[A-Z0-9]+)(?:\|[^>]*)?>")
next_id = 1
messages = 0
for c, channel in enumerate(channels, 1):
    db.execute("INSERT INTO channels VALUES (?, 1, ?, ?, 'work')", (c, channel["id"], channel["name"]))
    folder = os.path.join(export, channel["name"])
    if not os.path.isdir(folder):
        continue
    ids = {}
    for day in sorted(os.listdir(folder)):
        with open(os.path.join(folder, day)) as f:
            day_messages = json.load(f)
        for m in day_messages:
            if m.get("subtype") in system or m.get("bot_id") or m.get("user") in bots:
                continue
            author = person.get(m.get("user"))
            if author is None:
                continue
            ts = m["ts"]
            key = channel["id"] + "/" + ts
            thread = m.get("thread_ts")
            root = None
            if thread and thread != ts:
                root = ids.get(thread)
                if root is None:
                    continue
            activity = next_id
            next_id += 1
            ids[ts] = activity
            messages += 1
            at = int(float(ts))
            text = m.get("text", "")
            db.execute("INSERT INTO activities VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, NULL)",
                       (activity, key, "reply" if root else "post", at, author, c, root, root,
                        text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")))
            for user in set(mention.findall(text)):
                if user in person:
                    db.execute("INSERT INTO mentions VALUES (?, ?)", (activity, person[user]))
            for reaction in m.get("reactions", []):
                for user in set(reaction.get("users", [])):
                    if user in person:
                        db.execute("INSERT INTO activities VALUES (?, 1, ?, 'reaction', ?, ?, ?, ?, "
                                   "?, NULL, ?)",
                                   (next_id, key + "/" + user + "/" + reaction["name"], at,
                                    person[user], c, root or activity, activity, reaction["name"]))
                        next_id += 1
for statement in (
        "CREATE UNIQUE INDEX activities_source_key ON activities(source_id, source_activity_id)",
        "CREATE INDEX mentions_person ON mentions(person_id)",
        "CREATE INDEX person_source_ids_person ON person_source_ids(person_id)",
        "COMMIT"):
    db.execute(statement)
print(messages)

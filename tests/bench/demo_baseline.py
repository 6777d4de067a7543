"""Baseline for the demo benchmark: write N activity rows of the demo's shape with Python's
sqlite3 (executemany, one transaction, the same indexes), without any simulation."""
import random
import sqlite3
import sys

path, count = sys.argv[1], int(sys.argv[2])
db = sqlite3.connect(path, isolation_level=None)
db.executescript("""
PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA page_size = 16384;
CREATE TABLE activities (
    id INTEGER PRIMARY KEY, source_id INTEGER NOT NULL, source_activity_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('post', 'reply', 'reaction', 'recognition')),
    at INTEGER NOT NULL, author_id INTEGER NOT NULL, channel_id INTEGER,
    thread_root_id INTEGER, parent_id INTEGER, text TEXT, emoji TEXT);
""")
rng = random.Random(42)
text = "Shipped the new billing export to staging, please give it a spin before Friday"


def rows():
    for i in range(1, count + 1):
        kind = ("post", "reply", "reaction", "reaction")[i % 4]
        root = None if kind == "post" else i - (i % 4)
        yield (i, 1, str(i), kind, 1730419200 + i * 10, rng.randrange(50000), 1 + i % 300,
               root or None, root or None, None if kind == "reaction" else text,
               "thumbsup" if kind == "reaction" else None)


db.execute("BEGIN")
db.executemany("INSERT INTO activities VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows())
for statement in (
        "CREATE UNIQUE INDEX activities_source_key ON activities(source_id, source_activity_id)",
        "COMMIT"):
    db.execute(statement)

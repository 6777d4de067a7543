"""Writes a synthetic Slack workspace export (unpacked folder) for the import benchmark:
users.json, channels.json and one YYYY-MM-DD.json per channel and day, with threads,
thread_broadcast replies, reactions, mentions, file shares, joins and a bot.
Usage: slack_generate.py OUT_DIR MESSAGES [SEED]"""
import json
import os
import random
import sys

out, total = sys.argv[1], int(sys.argv[2])
rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 7)
os.makedirs(out, exist_ok=True)

people = 5000
users = [{"id": f"U{i:06d}", "team_id": "TBENCH", "name": f"user{i}",
          "real_name": f"Person {i}", "deleted": False, "is_bot": False,
          "profile": {"real_name": f"Person {i}", "email": f"user{i}@bench.example",
                      "title": "Director of Things" if i % 50 == 0 else "Engineer",
                      "fields": {"XfDEPT": {"value": f"Department {i % 40}", "alt": ""}}}}
         for i in range(people)]
users.append({"id": "UBOT", "team_id": "TBENCH", "name": "deploybot", "is_bot": True,
              "profile": {"real_name": "Deploy bot"}})
with open(os.path.join(out, "users.json"), "w") as f:
    json.dump(users, f)

channel_count = 100
names = ["general", "random", "kudos", "ask-hr", "announcements"] + \
        [f"team-{i}" for i in range(channel_count - 5)]
channels = [{"id": f"C{i:05d}", "name": name, "created": 1700000000, "creator": "U000000",
             "is_archived": False, "is_general": name == "general", "members": [],
             "topic": {"value": ""}, "purpose": {"value": ""}}
            for i, name in enumerate(names)]
with open(os.path.join(out, "channels.json"), "w") as f:
    json.dump(channels, f)

days = 730
start = 1704067200  # 2024-01-01T00:00:00Z
emoji = ["thumbsup", "tada", "heart", "eyes", "raised_hands", "100"]
words = ("the release plan looks good and thanks for the quick review of the billing export "
         "we will ship it on friday after the demo with the customer team").split()
per_file = total // (channel_count * days) + 1
written = 0
for c, channel in enumerate(channels):
    folder = os.path.join(out, channel["name"])
    os.makedirs(folder, exist_ok=True)
    open_threads = []
    for day in range(days):
        if written >= total:
            break
        messages = []
        base = start + day * 86400 + 8 * 3600
        for k in range(per_file):
            if written >= total:
                break
            ts = f"{base + k * 97 + c}.{k:06d}"
            user = users[rng.randrange(people)]["id"]
            text = " ".join(rng.choice(words) for _ in range(rng.randint(6, 24)))
            message = {"type": "message", "user": user, "text": text, "ts": ts}
            roll = rng.random()
            if roll < 0.05:
                other = users[rng.randrange(people)]["id"]
                message["text"] = f"<@{other}> thanks for this, &amp; great work on it"
            elif roll < 0.06:
                message["subtype"] = "channel_join"
                message["text"] = f"<@{user}> has joined the channel"
            elif roll < 0.065:
                message = {"type": "message", "subtype": "bot_message", "bot_id": "B1",
                           "text": "deploy finished", "ts": ts}
            elif roll < 0.08:
                message["subtype"] = "file_share"
                message["files"] = [{"id": "F1", "name": "plan.pdf"}]
            if open_threads and rng.random() < 0.6 and "subtype" not in message:
                message["thread_ts"] = rng.choice(open_threads)
                message["parent_user_id"] = "U000000"
                if rng.random() < 0.03:
                    message["subtype"] = "thread_broadcast"
            elif "subtype" not in message or message["subtype"] == "file_share":
                message["thread_ts"] = ts
                open_threads.append(ts)
                if len(open_threads) > 8:
                    open_threads.pop(0)
            if rng.random() < 0.3:
                message["reactions"] = [
                    {"name": rng.choice(emoji),
                     "users": [users[rng.randrange(people)]["id"] for _ in range(rng.randint(1, 3))],
                     "count": 3}]
            messages.append(message)
            written += 1
        if messages:
            date = __import__("datetime").datetime.utcfromtimestamp(base).strftime("%Y-%m-%d")
            with open(os.path.join(folder, date + ".json"), "w") as f:
                json.dump(messages, f)
print(written)

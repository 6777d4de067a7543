"""Writes a synthetic Goodwill activity CSV (docs/formats.md section 6) of about the given
size, for the bounded-memory benchmark: threads of a post, three replies and two reactions
by 20,000 people in 200 channels, with texts of 40-200 characters, some quoted with commas
and line breaks.
Usage: csv_generate.py OUT_FILE BYTES [SEED]"""
import random
import sys

out, target = sys.argv[1], int(sys.argv[2])
rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 11)
words = ("thanks team release review plan great help update meeting launch idea question "
         "budget design customer support well done shipping numbers quarter goal").split()
texts = []
for i in range(4096):
    text = " ".join(rng.choice(words) for _ in range(rng.randint(6, 30)))
    if i % 7 == 0:
        text = f'"{text}, and ""more"",\non a second line"'
    texts.append(text)
people = 20000
channels = [f"channel-{i}" for i in range(200)]
emoji = ("thumbsup", "tada", "heart", "eyes")

written = 0
thread = 0
start = 1640995200  # 2022-01-01T00:00:00Z
with open(out, "w", encoding="utf-8", newline="") as f:
    f.write("id,time,kind,author,author_name,channel,parent_id,text,emoji\n")
    while written < target:
        rows = []
        for _ in range(2000):
            at = start + thread * 7
            author = rng.randrange(people)
            post = f"p{thread}"
            rows.append(f"{post},{at},post,user{author}@bench.example,Person {author},"
                        f"{channels[thread % 200]},,{texts[thread & 4095]},\n")
            for r in range(3):
                who = (author + r + 1) % people
                rows.append(f"r{thread}-{r},{at + 60 * (r + 1)},reply,user{who}@bench.example,"
                            f"Person {who},,{post},{texts[(thread + r + 1) & 4095]},\n")
            for x in range(2):
                who = (author + x + 7) % people
                rows.append(f"x{thread}-{x},{at + 30},reaction,user{who}@bench.example,"
                            f"Person {who},,{post},,{emoji[(thread + x) & 3]}\n")
            thread += 1
        chunk = "".join(rows)
        f.write(chunk)
        written += len(chunk)
print(thread * 6)

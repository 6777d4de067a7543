"""pandas baseline for the snapshot benchmark: the same figures the GROUP BY baseline
computes (leader posts and replies per leader over the whole period; each department's
distinct active staff in the 90-day window at every month end), from CSV files of the same
rows. Prints the time to read the CSVs and the median time of the computation."""
import statistics
import sys
import time

import pandas as pd

folder = sys.argv[1]
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3

start = time.perf_counter()
acts = pd.read_csv(f"{folder}/activities.csv")
people = pd.read_csv(f"{folder}/people.csv")
roster = pd.read_csv(f"{folder}/roster.csv", parse_dates=["valid_from", "valid_to"])
read_seconds = time.perf_counter() - start

acts["day"] = pd.to_datetime(acts["at"], unit="s").dt.normalize()
leaders = set(people.loc[people["role"] == "leader", "id"])
staff = set(people.loc[people["role"] == "staff", "id"])
first, last = acts["day"].min(), acts["day"].max()
ends = list(pd.date_range(first, last, freq="M")) + [last]


def compute():
    mine = acts[acts["author_id"].isin(leaders)]
    per_leader = mine.groupby("author_id")["kind"].value_counts().unstack(fill_value=0)
    participation = []
    staff_acts = acts[acts["author_id"].isin(staff)]
    for end in ends:
        window = staff_acts[(staff_acts["day"] > end - pd.Timedelta(days=90)) & (staff_acts["day"] <= end)]
        active = pd.Series(window["author_id"].unique(), name="person_id")
        current = roster[(roster["valid_from"] <= end) & (roster["valid_to"].isna() | (roster["valid_to"] > end))]
        counted = current.merge(active, on="person_id").groupby("department_id")["person_id"].nunique()
        participation.append(counted)
    return per_leader, participation


times = []
for _ in range(runs):
    start = time.perf_counter()
    compute()
    times.append((time.perf_counter() - start) * 1000)
print(f"  pandas {pd.__version__}: CSV read {read_seconds:.1f} s; leader counts and month-end "
      f"participation for everything: median {statistics.median(times):.0f} ms over {runs} runs")

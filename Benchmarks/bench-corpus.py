#!/usr/bin/env python3
"""The corpus at scale: builds corpora of made-up articles and prints import and index speed,
file size, time to reopen, search, entities --all and timeline latency, and peak memory.

    swift build -c release
    Benchmarks/bench-corpus.py                    # 10,000 and 100,000 articles
    Benchmarks/bench-corpus.py --sizes 2000 --queries 20

The articles are generated here (fictional people, places and organisations in news-like
sentences, each article unique); nothing is downloaded. Latencies come from lede's own
`set timing on` (one process, many commands), so process start-up is not counted in them;
reopen is the whole `lede --corpus FILE -c echo` run, start-up included. Figures are medians (and
p90) over --queries commands; peak memory is the largest resident set of any lede run.
"""

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

FIRST = ["Ana", "Bruno", "Chiara", "Dmitri", "Elif", "Farid", "Greta", "Hiro", "Ines", "Jonas", "Kemi", "Lars",
         "Mira", "Nadia", "Omar", "Petra", "Quentin", "Rosa", "Sven", "Tariq", "Ulla", "Viktor", "Wanda", "Yusuf"]
LAST = ["Okafor", "Eriksen", "Marchetti", "Voss", "Hartling", "Kugler", "Valadares", "Amadi", "Terlinden",
        "Jansen", "Costa", "Reinholt", "Moreau", "Novak", "Lindqvist", "Haddad", "Petrov", "Sato", "Ortega",
        "Brennan", "Kowalski", "Mensah", "Duarte", "Falk", "Quist", "Ilves", "Barros", "Tanaka"]
PLACES = ["Lisbon", "Vienna", "Rotterdam", "Nairobi", "Oslo", "Lyon", "Gdansk", "Porto", "Tallinn", "Bergen",
          "Valletta", "Kraków", "Antwerp", "Bilbao", "Turku", "Split"]
ORGS = ["the Ministry of Fisheries", "Noordkade Logistics", "the Port Authority", "the Coastal Fishers Union",
        "the European Commission", "Harbour Energy Group", "the National Audit Office", "Meridian Airlines",
        "the Supreme Court", "Polar Research Institute", "the Workers' Federation", "Atlas Telecom"]
ROLES = ["the foreign minister", "the chief executive", "the union leader", "the mayor", "the prime minister",
         "a senior judge", "the party chair", "the regulator's head"]
TOPICS = ["fishing quotas", "the dock strike", "fuel prices", "the airline merger", "a coastal sand mine",
          "sea ice", "the climate fund", "data protection", "the cup final", "housing costs", "rail fares"]
VERBS_POS = ["praised", "backed", "thanked", "welcomed a proposal from", "defended"]
VERBS_NEG = ["criticised", "attacked", "accused", "condemned", "blamed"]
SOURCES = ["Lede Wire", "Harbour Times", "Polar Desk", "Metro Daily", "Coastal Post", "Capital Review",
           "Evening Ledger", "North Star"]


def person(rng):
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def article(number, rng):
    a, b, c = person(rng), person(rng), person(rng)
    place, org, topic = rng.choice(PLACES), rng.choice(ORGS), rng.choice(TOPICS)
    day = 1 + number % 28
    month = 1 + (number // 28) % 12
    year = 2025 + (number // 336) % 2
    sentences = [
        f"{place.upper()} — {a}, {rng.choice(ROLES)}, on {['Monday', 'Tuesday', 'Friday'][number % 3]} "
        f"{rng.choice(VERBS_NEG)} {b} over {topic}, in report number {number}.",
        f"\"We will not accept a deal that leaves {place} behind,\" {a.split()[1]} said at a meeting with {org}.",
        f"{b} {rng.choice(VERBS_POS)} {c} and said the plan for {topic} was \"fair and overdue\".",
        f"Officials at {org} said {rng.randint(2, 900)} people had written to them about {topic} since "
        f"{rng.choice(['March', 'June', 'October'])}.",
        f"{c.split()[1]}, who leads {rng.choice(ORGS)}, told reporters in {rng.choice(PLACES)}: "
        f"\"The numbers speak for themselves.\"",
    ]
    filler = [
        f"The talks on {topic} resumed after a break of {rng.randint(2, 40)} days, with delegations from "
        f"{rng.choice(PLACES)} and {rng.choice(PLACES)} at the table.",
        f"Analysts said the outcome would shape {topic} for years, though few expected a quick agreement.",
        f"{rng.choice([a, b, c]).split()[1]} declined to comment on the figures released by {rng.choice(ORGS)}.",
        f"A spokesperson for {rng.choice(ORGS)} said the proposal had been sent to members on {day} "
        f"{['January', 'April', 'July', 'November'][number % 4]}.",
    ]
    body = sentences + [rng.choice(filler) for _ in range(rng.randint(10, 16))]
    paragraphs = ["\n\n".join(body[i:i + 2]) for i in range(0, len(body), 2)]
    return {
        "id": f"bench-{number}",
        "title": f"{a} {rng.choice(VERBS_NEG)} {b} over {topic} ({number})",
        "text": "\n\n".join(paragraphs),
        "date": f"{year}-{month:02d}-{day:02d}",
        "source": SOURCES[number % len(SOURCES)],
    }


def write_articles(folder, count, per_file=1000, seed=7):
    """Writes the articles as JSONL files of `per_file` each (a scrape's shape); returns the words."""
    rng = random.Random(seed)
    words = 0
    os.makedirs(folder, exist_ok=True)
    for first in range(0, count, per_file):
        with open(os.path.join(folder, f"articles-{first // per_file:05d}.jsonl"), "w") as out:
            for number in range(first, min(count, first + per_file)):
                item = article(number, rng)
                words += len(item["text"].split())
                out.write(json.dumps(item) + "\n")
    return words


class Runner:
    def __init__(self, lede):
        self.lede = lede
        self.peak_kb = 0
        self.last_kb = 0
        self.query_kb = 0

    def run(self, args, stdin_text=""):
        """Runs lede; returns (seconds, stdout, stderr). Keeps the run's peak resident set (KB) in
        last_kb, measured by /usr/bin/time."""
        started = time.perf_counter()
        env = dict(os.environ, NO_COLOR="1")
        with tempfile.NamedTemporaryFile("r") as rss:
            done = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", rss.name, self.lede, "--no-rc", *args],
                                  input=stdin_text, capture_output=True, text=True, env=env)
            seconds = time.perf_counter() - started
            self.last_kb = int(rss.read().strip().splitlines()[-1])
        self.peak_kb = max(self.peak_kb, self.last_kb)
        if done.returncode != 0:
            sys.exit(f"bench-corpus: lede {' '.join(args)} failed:\n{done.stderr[-2000:]}")
        return seconds, done.stdout, done.stderr

    def timings(self, corpus, commands):
        """Runs commands in one lede with `set timing on`; returns each command's milliseconds."""
        script = "set timing on\n" + "\n".join(commands) + "\n"
        _, _, err = self.run(["--corpus", corpus], stdin_text=script)
        self.query_kb = max(self.query_kb, self.last_kb)
        times = [float(line.split()[1]) for line in err.splitlines() if line.startswith("Time: ")]
        return times[1:]  # the first is `set` itself


def stats(values):
    ordered = sorted(values)
    p90 = ordered[min(len(ordered) - 1, int(round(0.9 * (len(ordered) - 1))))]
    return f"median {statistics.median(ordered):8.1f} ms   p90 {p90:8.1f} ms"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lede", default=".build/release/lede")
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--queries", type=int, default=30)
    parser.add_argument("--one-core-up-to", type=int, default=10000,
                        help="index on one core too for corpora up to this size")
    args = parser.parse_args()
    runner = Runner(os.path.abspath(args.lede))
    rng = random.Random(11)
    work = tempfile.mkdtemp(prefix="lede-bench-corpus-")
    try:
        for size in (int(s) for s in args.sizes.split(",")):
            print(f"\n== {size:,} articles ==")
            source = os.path.join(work, f"articles-{size}")
            words = write_articles(source, size)
            print(f"generated        {words:,} words ({words / size:.0f} per article), files of 1,000")
            corpus = os.path.join(work, f"corpus-{size}.db")
            seconds, _, _ = runner.run(["--corpus", corpus, "-c", f"load '{source}'"])
            print(f"import           {seconds:8.2f} s   {size / seconds:10,.0f} articles/s   {words / seconds:12,.0f} words/s")
            print(f"peak RSS import  {runner.last_kb / 1024:8.1f} MB")
            cores = [2, 1] if size <= args.one_core_up_to else [2]
            for jobs in cores:
                target = corpus if jobs == cores[-1] else corpus + f".{jobs}"
                if target != corpus:
                    shutil.copy(corpus, target)
                seconds, _, _ = runner.run(["--corpus", target, "-c", f"index --jobs {jobs} --with entities,quotes,stance,summary"])
                print(f"index, {jobs} core{'s' if jobs > 1 else ' '}   {seconds:8.2f} s   {size / seconds:10,.0f} articles/s   {words / seconds:12,.0f} words/s   peak RSS {runner.last_kb / 1024:6.1f} MB")
                if target != corpus:
                    os.remove(target)
            size_mb = sum(os.path.getsize(corpus + s) for s in ("", "-wal") if os.path.exists(corpus + s)) / 1e6
            print(f"file size        {size_mb:8.1f} MB   ({size_mb * 1e6 / size:,.0f} bytes per article)")
            reopen = [runner.run(["--corpus", corpus, "-c", "echo"])[0] * 1000 for _ in range(10)]
            print(f"reopen (-c echo) {stats(reopen)}")
            word_queries = [rng.choice(LAST + PLACES).lower() for _ in range(args.queries)]
            phrase_queries = [f'\'"{rng.choice(["fishing quotas", "dock strike", "sea ice", "fuel prices", "housing costs"])}"\''
                              for _ in range(args.queries)]
            bool_queries = [f"'{rng.choice(LAST)} AND {rng.choice(PLACES)} NOT {rng.choice(['strike', 'merger', 'fund'])}'"
                            for _ in range(args.queries)]
            prefix_queries = [f"'{rng.choice(LAST)[:4].lower()}*'" for _ in range(args.queries)]
            for name, queries in (("word", word_queries), ("phrase", phrase_queries), ("boolean", bool_queries),
                                  ("prefix", prefix_queries)):
                times = runner.timings(corpus, [f"search {q} > /dev/null" for q in queries])
                print(f"search {name:9} {stats(times)}")
            times = runner.timings(corpus, ["entities --all > /dev/null"] * 5)
            print(f"entities --all   {stats(times)}")
            people = [person(rng) for _ in range(args.queries // 3 or 1)]
            times = runner.timings(corpus, [f"timeline '{p}' --by month > /dev/null" for p in people])
            print(f"timeline         {stats(times)}")
            times = runner.timings(corpus, [f"entity '{p}' > /dev/null" for p in people[:5]])
            print(f"entity NAME      {stats(times)}")
            print(f"peak RSS queries {runner.query_kb / 1024:8.1f} MB (the largest of the query runs above)")
            runner.query_kb = 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

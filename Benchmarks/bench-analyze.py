#!/usr/bin/env python3
"""Throughput of `lede analyze`: articles/s, words/s and peak memory per plugin, on one core and
on all cores, and the round trip of a warm external plugin.

    flock /tmp/lede-build.lock swift build -c release
    Benchmarks/bench-analyze.py                      # every built-in, all four, the examples
    Benchmarks/bench-analyze.py --plugins summary --repeat 20 --runs 5

Input: the evaluation sets /work/shared/eval/*/dev.jsonl (or --input FILE…), read at run time and
repeated --repeat times into a temporary file that is deleted afterwards. Each figure is the
median of --runs runs of `lede analyze --stats`; peak memory is the largest seen.
"""

import argparse
import glob
import json
import os
import statistics
import subprocess
import sys
import tempfile

BUILTINS = ["entities", "quotes", "stance", "summary"]


def run_lede(lede, plugins, jobs, source, extra=()):
    """One `lede analyze --stats` run; returns its stats as a dict of numbers."""
    command = [lede, "analyze", "--with", plugins, "--jobs", str(jobs), "--input", source,
               "--output", os.devnull, "--stats", "--no-progress", *extra]
    finished = subprocess.run(command, capture_output=True, text=True)
    if finished.returncode != 0:
        sys.exit(f"bench-analyze: {' '.join(command)} failed:\n{finished.stderr}")
    line = next(l for l in finished.stderr.splitlines() if l.startswith("stats: "))
    return {key: float(value) for key, value in (pair.split("=", 1) for pair in line[7:].split())}


def measure(lede, plugins, jobs, source, runs, extra=()):
    results = [run_lede(lede, plugins, jobs, source, extra) for _ in range(runs)]
    median = lambda key: statistics.median(r[key] for r in results)  # noqa: E731
    return {
        "articles_per_s": median("articles_per_s"),
        "words_per_s": median("words_per_s"),
        "peak_memory_mb": max(r["peak_memory_mb"] for r in results),
        "errors": max(r["errors"] for r in results),
        "articles": results[0]["articles"],
        "per_plugin": {k: median(k) for k in results[0] if k.endswith("_us_per_article")},
    }


def write_repeated(paths, repeat, target):
    count = 0
    with open(target, "w", encoding="utf-8") as out:
        for _ in range(repeat):
            for path in paths:
                with open(path, encoding="utf-8") as source:
                    for line in source:
                        if line.strip():
                            out.write(line if line.endswith("\n") else line + "\n")
                            count += 1
    return count


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lede", default=".build/release/lede")
    parser.add_argument("--input", nargs="*", default=sorted(glob.glob("/work/shared/eval/*/dev.jsonl")))
    parser.add_argument("--plugins", default=",".join(BUILTINS + ["all", "numbers", "readability"]),
                        help="comma-separated; 'all' means the four built-ins together")
    parser.add_argument("--repeat", type=int, default=5, help="copies of the input in one stream")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="'all cores' job count")
    parser.add_argument("--round-trips", type=int, default=20000, help="tiny articles for the round-trip figure")
    options = parser.parse_args()
    if not os.access(options.lede, os.X_OK):
        sys.exit(f"bench-analyze: no executable at {options.lede}; build with swift build -c release")

    with tempfile.TemporaryDirectory(prefix="lede-bench-") as work:
        stream = os.path.join(work, "stream.jsonl")
        articles = write_repeated(options.input, options.repeat, stream)
        print(f"input: {len(options.input)} files x {options.repeat} = {articles} articles; "
              f"median of {options.runs} runs; all cores = {options.jobs} jobs\n")
        print("| plugins | jobs | articles/s | words/s | peak MB | errors |")
        print("|---|---:|---:|---:|---:|---:|")
        for name in options.plugins.split(","):
            plugins = ",".join(BUILTINS) if name == "all" else name
            for jobs in sorted({1, options.jobs}):
                figures = measure(options.lede, plugins, jobs, stream, options.runs)
                label = "all four" if name == "all" else name
                print(f"| {label} | {jobs} | {figures['articles_per_s']:,.0f} | {figures['words_per_s']:,.0f} | "
                      f"{figures['peak_memory_mb']:.1f} | {figures['errors']:.0f} |", flush=True)

        # Constant memory: the same plugins over a stream ten times longer.
        long_stream = os.path.join(work, "long.jsonl")
        long_articles = write_repeated(options.input, options.repeat * 10, long_stream)
        short = measure(options.lede, "summary", options.jobs, stream, 1)
        long = measure(options.lede, "summary", options.jobs, long_stream, 1)
        print(f"\npeak memory, summary on {articles} articles: {short['peak_memory_mb']:.1f} MB; "
              f"on {long_articles}: {long['peak_memory_mb']:.1f} MB")
        os.remove(long_stream)

        # Round trip of a warm external plugin: tiny articles, one job, time inside the call.
        tiny = os.path.join(work, "tiny.jsonl")
        with open(tiny, "w", encoding="utf-8") as out:
            for index in range(options.round_trips):
                out.write(json.dumps({"id": f"t{index}", "text": "It rained."}) + "\n")
        for plugin in ["numbers", "readability"]:
            figures = measure(options.lede, plugin, 1, tiny, options.runs)
            microseconds = figures["per_plugin"].get(f"{plugin}_us_per_article", float("nan"))
            print(f"round trip, {plugin} (warm, {options.round_trips} tiny articles, 1 job): "
                  f"{microseconds:.0f} us per call; {figures['articles_per_s']:,.0f} articles/s")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Speed of lede's HTML extraction against trafilatura's on the same pages, in one run.

    flock /tmp/lede-build.lock swift build -c release --product lede
    python3 -m venv /tmp/venv-traf && /tmp/venv-traf/bin/pip install trafilatura lxml_html_clean
    Benchmarks/bench-html.py /work/shared/eval/html/pages --python /tmp/venv-traf/bin/python

For each tool, the median of --runs runs of
  whole process:  `lede --no-rc -c "load DIR; show --all --format jsonl"` writing to /dev/null,
                  and a Python process that imports trafilatura and extracts every page;
  in process:     `lede bench-load DIR` (load alone, timed inside lede, files parsed on all
                  cores; and again with --jobs 1), and the extraction loop alone inside that
                  Python process (import and start-up left out; trafilatura uses one core).
MB/s counts the pages' bytes on disk.
"""

import argparse
import os
import statistics
import subprocess
import sys
import time

TRAFILATURA = r"""
import os, sys, time
start = time.perf_counter()
import trafilatura
folder = sys.argv[1]
names = sorted(n for n in os.listdir(folder) if n.endswith((".html", ".htm")))
loop = time.perf_counter()
for name in names:
    with open(os.path.join(folder, name), "rb") as page:
        trafilatura.extract(page.read())
print(time.perf_counter() - loop)
"""


def timed(command, keep_output=True):
    start = time.perf_counter()
    stdout = subprocess.PIPE if keep_output else subprocess.DEVNULL
    finished = subprocess.run(command, stdout=stdout, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    if finished.returncode != 0:
        sys.exit(f"bench-html: {' '.join(command)} failed:\n{finished.stderr}")
    return elapsed, finished.stdout


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder")
    parser.add_argument("--lede", default=".build/release/lede")
    parser.add_argument("--python", default=sys.executable, help="a Python with trafilatura installed")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    names = [n for n in os.listdir(args.folder) if n.endswith((".html", ".htm"))]
    size = sum(os.path.getsize(os.path.join(args.folder, n)) for n in names) / 1e6
    lede_whole, lede_inside, lede_one, traf_whole, traf_inside = [], [], [], [], []
    for _ in range(args.runs):
        command = [args.lede, "--no-rc", "-c", f"load '{args.folder}'; show --all --format jsonl"]
        elapsed, _ = timed(command, keep_output=False)
        lede_whole.append(elapsed)
        _, out = timed([args.lede, "bench-load", args.folder, "--runs", "1"])
        lede_inside.append(float(out.split("median_s=")[1].split()[0]))
        _, out = timed([args.lede, "bench-load", args.folder, "--runs", "1", "--jobs", "1"])
        lede_one.append(float(out.split("median_s=")[1].split()[0]))
        elapsed, out = timed([args.python, "-c", TRAFILATURA, args.folder])
        traf_whole.append(elapsed)
        traf_inside.append(float(out.strip()))

    def row(label, lede, traf):
        a, b = statistics.median(lede), statistics.median(traf)
        print(f"{label:14} lede {a:7.3f} s {size / a:7.1f} MB/s   trafilatura {b:7.3f} s {size / b:6.1f} MB/s"
              f"   lede is {b / a:5.1f}x faster")

    print(f"{len(names)} pages, {size:.1f} MB, median of {args.runs} runs")
    row("in process", lede_inside, traf_inside)
    row("  on one core", lede_one, traf_inside)
    row("whole process", lede_whole, traf_whole)


if __name__ == "__main__":
    main()

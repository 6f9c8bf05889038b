#!/usr/bin/env python3
"""Scores lede's entities on Benchmarks/ner-domains.txt, made-up texts of several domains.

    python3 Benchmarks/ner-domains.py [LEDE]      (default .build/release/lede)

Prints exact span+label precision, recall and F1 overall and per domain, and the names missed or
wrong. The texts are small (about 130 names): a check of kinds, not a benchmark of quality.
"""
import collections
import json
import os
import re
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
lede = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(here), ".build/release/lede")
labels = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
mark = re.compile(r"\[(PER|ORG|LOC|MISC) ([^\]]+)\]")

articles = []
domain = ""
for paragraph in open(os.path.join(here, "ner-domains.txt"), encoding="utf-8").read().split("\n\n"):
    lines = [l for l in paragraph.strip().split("\n") if not l.startswith("#") or l.startswith("##")]
    text_lines = []
    for line in lines:
        if line.startswith("## "):
            domain = line[3:].strip()
        elif line.strip():
            text_lines.append(line)
    if not text_lines:
        continue
    source = "\n".join(text_lines)
    text, gold, last = "", set(), 0
    for m in mark.finditer(source):
        text += source[last:m.start()]
        start = len(text)
        text += m.group(2)
        gold.add((start, len(text), labels[m.group(1)]))
        last = m.end()
    text += source[last:]
    articles.append({"id": f"d{len(articles) + 1:02d}", "domain": domain, "text": text, "gold": gold})

request = "".join(json.dumps({"id": a["id"], "text": a["text"]}) + "\n" for a in articles)
out = subprocess.run([lede, "analyze", "--with", "entities"], input=request, capture_output=True, text=True, check=True)
predicted = {}
for line in out.stdout.splitlines():
    record = json.loads(line)
    predicted[record["id"]] = {(e["start"], e["end"], e["label"]) for e in record["entities"]}

totals = collections.defaultdict(lambda: [0, 0, 0])
misses = []
for a in articles:
    found = predicted.get(a["id"], set())
    for key in ("all", a["domain"]):
        totals[key][0] += len(found & a["gold"])
        totals[key][1] += len(found)
        totals[key][2] += len(a["gold"])
    for s in sorted(a["gold"] - found):
        misses.append(f"  missed {a['text'][s[0]:s[1]]!r} {s[2]}")
    for s in sorted(found - a["gold"]):
        misses.append(f"  wrong  {a['text'][s[0]:s[1]]!r} {s[2]}")


def f1(c, p, g):
    precision = c / p if p else 0
    recall = c / g if g else 0
    return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0)


for key in ["all"] + sorted(k for k in totals if k != "all"):
    c, p, g = totals[key]
    precision, recall, f = f1(c, p, g)
    print(f"{key:28} P {precision:.3f}  R {recall:.3f}  F1 {f:.3f}  ({g} names)")
print("\n".join(misses))

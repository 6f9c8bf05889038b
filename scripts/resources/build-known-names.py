#!/usr/bin/env python3
"""Builds Sources/LedePlugins/Resources/known-names.tsv, the names lede's entities plugin knows
without being told: companies of the world's main stock indices and their key people (the PyPI
package pytickersymbols, MIT; its company facts come from Wikipedia), and the people and
organisations in known-names-extra.tsv.

    python3 -m venv /tmp/kn && /tmp/kn/bin/pip install pytickersymbols==1.17.10
    /tmp/kn/bin/python scripts/resources/build-known-names.py [/usr/share/dict/words]

A one-word name whose lower-case form is an ordinary English word (Debian's `wamerican` word
list) is marked ambiguous: lede takes it only where the text supports a name. Output: one line per
name, `name<TAB>label<TAB>flags` (`a` ambiguous, `s` a person's surname used alone, `w` from the
written list), sorted.
"""
import os
import re
import sys

from pytickersymbols import PyTickerSymbols

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))
out_path = os.path.join(root, "Sources/LedePlugins/Resources/known-names.tsv")
dictionary = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/dict/words"
common = {w.strip() for w in open(dictionary, encoding="utf-8") if w.strip() and w.strip().islower()}

LEGAL = {
    "inc", "inc.", "corp", "corp.", "corporation", "company", "co", "co.", "plc", "ag", "se", "sa", "s.a.",
    "nv", "n.v.", "ltd", "ltd.", "limited", "group", "holdings", "holding", "kgaa", "asa", "ab", "oyj",
    "spa", "s.p.a.", "the", "&", "incorporated", "llc", "l.p.", "lp", "reit", "(the)",
}
TITLES = {"sir", "dame", "dr", "dr.", "lord", "baroness", "prof.", "professor", "mr", "mr.", "mrs", "ms"}


def short_forms(name):
    """The name as listed, and without its legal-form words at the end (`Apple Inc.` -> `Apple`)."""
    name = re.sub(r"\s*\(.*?\)\s*", " ", name).strip().rstrip(",")
    forms = [name]
    words = name.replace(",", " ").split()
    while len(words) > 1 and words[-1].lower() in LEGAL:
        words.pop()
    while len(words) > 1 and words[0].lower() == "the":
        words.pop(0)
    short = " ".join(words)
    if short != name:
        forms.append(short)
    return forms


def people(key_people):
    """`Tim Cook ( CEO ) Arthur Levinson ( chairman )` -> the names."""
    found = []
    for part in re.split(r"\(.*?\)", key_people or ""):
        words = [w for w in part.replace(",", " ").split() if w.lower() not in TITLES]
        if 2 <= len(words) <= 4 and all(w[0].isupper() for w in words if w[0].isalpha()):
            found.append(" ".join(words))
    return found


entries = {}


def add(name, label, flags=""):
    name = " ".join(name.split())
    if not name or len(name) < 2 or not any(c.isalpha() for c in name):
        return
    key = (name, label)
    if " " not in name and name.lower() in common:
        flags += "a"
    entries[key] = "".join(sorted(set(entries.get(key, "") + flags)))


tickers = PyTickerSymbols()
for company in sorted(tickers.get_all_stocks(), key=lambda c: c["name"]):
    for form in short_forms(company["name"]):
        add(form, "ORG")
    for person in people((company.get("metadata") or {}).get("key_people")):
        add(person, "PERSON")

for line in open(os.path.join(here, "known-names-extra.tsv"), encoding="utf-8"):
    if line.startswith("#") or line.startswith("name\t") or not line.strip():
        continue
    name, label, surname = (line.rstrip("\n").split("\t") + ["", ""])[:3]
    add(name, label, "w")
    if surname:
        add(surname, label, "sw")

# A name listed both ways keeps the label the extra list gives it, else it is left out.
labels = {}
for name, label in entries:
    labels.setdefault(name, set()).add(label)
with open(out_path, "w", encoding="utf-8") as out:
    out.write("# name\tlabel\tflags (a: also an ordinary word; s: a surname used alone; w: written list). Built by scripts/resources/build-known-names.py\n")
    for (name, label), flags in sorted(entries.items()):
        if len(labels[name]) > 1:
            continue
        out.write(f"{name}\t{label}\t{flags}\n")
print(f"wrote {out_path}: {sum(1 for n in labels if len(labels[n]) == 1)} names", file=sys.stderr)

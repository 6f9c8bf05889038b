"""Tests of the readability plugin: python3 -m unittest discover plugins/readability"""

import io
import json
import os
import sys
import unittest

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
sys.path.insert(0, os.path.join(here, "..", "python"))

import readability  # noqa: E402
from lede_plugin import serve  # noqa: E402


def article(text):
    return {"id": "t", "title": "", "text": text, "metadata": {}, "target": None}


class ReadabilityTests(unittest.TestCase):
    def test_short_plain_sentences_read_easily(self):
        text = "The cat sat. The dog ran. We had fun."
        result = readability.analyze(article(text), {})
        self.assertEqual(result["words"], 9)
        self.assertEqual(result["level"], "easy")

    def test_uses_the_sentences_lede_sends(self):
        text = "Short one. A considerably longer sentence follows here."
        result = readability.analyze(article(text), {"sentences": [{"start": 0, "end": 10}, {"start": 11, "end": 55}]})
        self.assertEqual(result["sentences"], 2)
        self.assertEqual(result["longest_sentence"], {"start": 11, "end": 55, "words": 6})

    def test_long_words_raise_the_grade(self):
        easy = readability.analyze(article("I see a big red dog."), {})
        hard = readability.analyze(article("Institutional accountability necessitates comprehensive deliberation."), {})
        self.assertGreater(hard["grade"], easy["grade"])

    def test_empty_and_punctuation_only_text(self):
        for text in ["", "?!... --- ,,,"]:
            result = readability.analyze(article(text), {})
            self.assertEqual(result["words"], 0)
            self.assertIsNone(result["grade"])

    def test_syllables(self):
        self.assertEqual(readability.syllables("cake"), 1)
        self.assertEqual(readability.syllables("table"), 2)
        self.assertEqual(readability.syllables("a"), 1)

    def test_serves_the_protocol(self):
        requests = [
            {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"protocol_version": 1}},
            {"jsonrpc": "2.0", "id": 2, "method": "analyze", "params": {"article": article("Go now."), "inputs": {}}},
            {"jsonrpc": "2.0", "id": 3, "method": "shutdown", "params": None},
        ]
        stdin = io.StringIO("".join(json.dumps(r) + "\n" for r in requests))
        stdout = io.StringIO()
        saved = sys.stdout
        try:
            serve(readability.analyze, name="readability", version="1.0.0", stdin=stdin, stdout=stdout)
        finally:
            sys.stdout = saved
        replies = [json.loads(line) for line in stdout.getvalue().splitlines()]
        self.assertEqual([r["id"] for r in replies], [1, 2, 3])
        self.assertEqual(replies[0]["result"]["capabilities"], {"command": False})
        self.assertEqual(replies[1]["result"]["words"], 2)


if __name__ == "__main__":
    unittest.main()

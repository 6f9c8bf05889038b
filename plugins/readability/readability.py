"""lede plugin: how hard an article is to read (Flesch reading ease, Flesch-Kincaid grade)."""

import os
import re
import sys

sys.path.append(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "python"))
from lede_plugin import serve  # noqa: E402

WORD = re.compile(r"[^\W\d_]+(?:['\u2019\-][^\W\d_]+)*")
VOWEL_GROUP = re.compile(r"[aeiouy]+")


def syllables(word):
    """English syllables by vowel groups, with a silent final e; at least one."""
    word = word.lower()
    count = len(VOWEL_GROUP.findall(word))
    if word.endswith("e") and not word.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1
    return max(1, count)


def level(ease):
    if ease >= 70:
        return "easy"
    if ease >= 50:
        return "standard"
    if ease >= 30:
        return "difficult"
    return "very difficult"


def analyze(article, inputs):
    text = article["text"]
    spans = [(s["start"], s["end"]) for s in inputs.get("sentences") or []] or [(0, len(text))]
    words = syllable_count = counted_sentences = 0
    longest = None
    for start, end in spans:
        sentence_words = WORD.findall(text[start:end])
        if not sentence_words:
            continue
        counted_sentences += 1
        words += len(sentence_words)
        syllable_count += sum(syllables(w) for w in sentence_words)
        if longest is None or len(sentence_words) > longest["words"]:
            longest = {"start": start, "end": end, "words": len(sentence_words)}
    if words == 0:
        return {"sentences": 0, "words": 0, "syllables": 0, "reading_ease": None, "grade": None,
                "level": None, "longest_sentence": None}
    per_sentence = words / counted_sentences
    per_word = syllable_count / words
    ease = 206.835 - 1.015 * per_sentence - 84.6 * per_word
    grade = 0.39 * per_sentence + 11.8 * per_word - 15.59
    return {
        "sentences": counted_sentences,
        "words": words,
        "syllables": syllable_count,
        "reading_ease": round(ease, 1),
        "grade": round(grade, 1),
        "level": level(ease),
        "longest_sentence": longest,
    }


if __name__ == "__main__":
    serve(analyze, name="readability", version="1.0.0")

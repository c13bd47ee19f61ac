"""Which language an article is written in, from stopword counts in the language tables."""

from __future__ import annotations

import re
from collections import Counter

from warta.lang import TABLES

_WORD = re.compile(r"[^\W\d_]+")
# ASCII characters that are not letters: always word separators, so replacing them with
# spaces lets str.split() find the words without running the Unicode word regex over
# every character (the regex stays for the rare chunks holding non-ASCII characters).
_ASCII_NON_LETTERS = re.compile(r"[\x00-\x40\x5b-\x60\x7b-\x7f]+")


def detect_language(text: str, default: str = "id") -> str:
    """The ISO 639-1 code whose stopwords are most frequent in ``text``."""
    words = _word_counts(text[:20000].lower())
    counts = {
        code: sum([words[w] for w in words.keys() & table.stopwords])
        for code, table in TABLES.items()
    }
    best = max(counts, key=lambda c: counts[c])
    return best if counts[best] > 0 else default


def _word_counts(text: str) -> Counter[str]:
    """How often each maximal run of letters (``[^\\W\\d_]+``) occurs in ``text``."""
    words: list[str] = []
    for chunk in _ASCII_NON_LETTERS.sub(" ", text).split():
        if chunk.isascii():  # only ASCII letters are left in it: one word
            words.append(chunk)
        else:
            words.extend(_WORD.findall(chunk))
    return Counter(words)

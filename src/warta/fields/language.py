"""Which language an article is written in, from stopword counts in the language tables."""

from __future__ import annotations

import re

from warta.lang import TABLES

_WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str, default: str = "id") -> str:
    """The ISO 639-1 code whose stopwords are most frequent in ``text``."""
    counts = dict.fromkeys(TABLES, 0)
    for word in _WORD.findall(text[:20000].lower()):
        for code, table in TABLES.items():
            if word in table.stopwords:
                counts[code] += 1
    best = max(counts, key=lambda c: counts[c])
    return best if counts[best] > 0 else default

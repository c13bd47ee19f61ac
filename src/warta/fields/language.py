"""Which language an article is written in, from stopword counts in the language tables."""

from __future__ import annotations

import re
from functools import lru_cache

from warta.lang import TABLES

_WORD = re.compile(r"[^\W\d_]+")
# Every ASCII byte that is not a letter becomes a space; the other bytes stay. The words
# are found in UTF-8 bytes because bytes.translate, bytes.split and the stopword counts
# over the ASCII words are each one C pass, where str needed a regex substitution, a
# Python loop over the words and a Counter of them all (together most of the time).
_SEPARATORS = bytes(b if b >= 0x80 or chr(b).isalpha() else 0x20 for b in range(256))
# Punctuation that news prose glues to its words (curly quotes, dashes, ellipsis): no
# letters, so spaces too, which spares the words they touch the Unicode regex.
_PUNCTUATION = tuple(c.encode() for c in "‘’“”–—…")


def detect_language(text: str, default: str = "id") -> str:
    """The ISO 639-1 code whose stopwords are most frequent in ``text``."""
    best = _most_frequent(text[:20000])
    return best if best is not None else default


# An HTML page asks twice, for the body table and for the article's language, and for
# most pages (a body under 4,000 characters) with the same text: the last answers are kept.
@lru_cache(maxsize=2)
def _most_frequent(text: str) -> str | None:
    """The code whose stopwords ``text`` uses most, or None when it uses none."""
    ascii_words, other_words = _words(text.lower())
    # Most words are no stopword of any table: they are dropped in one pass first.
    ascii_stops = list(filter(_ALL_ENCODED.__contains__, ascii_words))
    other_stops = list(filter(_ALL_STOPWORDS.__contains__, other_words))
    counts = {
        code: sum(map(_ENCODED[code].__contains__, ascii_stops))
        + sum(map(table.stopwords.__contains__, other_stops))
        for code, table in TABLES.items()
    }
    best = max(counts, key=lambda c: counts[c])
    return best if counts[best] > 0 else None


_ALL_STOPWORDS = frozenset().union(*(table.stopwords for table in TABLES.values()))
# The stopwords as UTF-8 bytes, for the ASCII words: every table's, and each table's.
_ALL_ENCODED = frozenset(w.encode() for w in _ALL_STOPWORDS)
_ENCODED = {code: frozenset(w.encode() for w in t.stopwords) for code, t in TABLES.items()}


def _words(text: str) -> tuple[list[bytes], list[str]]:
    """Every maximal run of letters (``[^\\W\\d_]+``) in ``text``, in no particular order.

    Runs of ASCII letters come as UTF-8 bytes, the others as ``str``.
    """
    # surrogatepass: a lone surrogate in a caller's str is no letter, never an error here.
    data = text.encode("utf-8", "surrogatepass")
    for mark in _PUNCTUATION:
        data = data.replace(mark, b" ")
    chunks = data.translate(_SEPARATORS).split()
    ascii_words = list(filter(bytes.isascii, chunks))  # ASCII letters only: one word each
    # The other chunks hold whole characters (a UTF-8 sequence holds no ASCII byte, so no
    # split falls inside one); joined by spaces, one regex pass finds their words.
    if len(ascii_words) == len(chunks):
        return ascii_words, []
    others = b" ".join([chunk for chunk in chunks if not chunk.isascii()]).decode(
        "utf-8", "surrogatepass"
    )
    return ascii_words, _WORD.findall(others)

"""Language detection: stopword counts over the words of the text, whatever characters it holds."""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from warta.fields.language import detect_language
from warta.lang import TABLES

_WORD = re.compile(r"[^\W\d_]+")


def reference(text: str, default: str) -> str:
    """The plain definition: count each table's stopwords among the text's letter runs."""
    words = Counter(_WORD.findall(text[:20000].lower()))
    counts = {code: sum(words[w] for w in table.stopwords) for code, table in TABLES.items()}
    best = max(counts, key=lambda c: counts[c])
    return best if counts[best] > 0 else default


def test_indonesian_and_english_prose() -> None:
    assert detect_language("Ia mengatakan bahwa jalan itu akan dibangun dan diperbaiki.") == "id"
    assert detect_language("He said that the road will be built and repaired.") == "en"


def test_no_stopword_gives_the_default() -> None:
    assert detect_language("12345 !!! ???", default="xx") == "xx"
    assert detect_language("", default="") == ""


def test_a_lone_surrogate_is_no_error() -> None:
    assert detect_language("yang dan di \ud800 itu ini") == "id"


def test_words_glued_to_curly_quotes_and_dashes_count() -> None:
    assert detect_language("“yang—dan…itu” ‘ini’", default="xx") == "id"


_STOPWORDS = sorted({w for table in TABLES.values() for w in table.stopwords})
_OTHERS = ["Jakarta", "é", "İ", "ı", "ſ", "straße", "—", "“", "”", "…", "2015", "_", " ", "\n", "-"]
_PIECES = st.sampled_from([*_STOPWORDS, *_OTHERS])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=40))
def test_agrees_with_the_plain_definition(pieces: list[str]) -> None:
    text = " ".join(pieces)
    assert detect_language(text, default="?") == reference(text, "?")

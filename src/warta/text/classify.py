"""What one line of a dump looks like: prose, a title, a label, a date line.

These are cheap shape tests over a single :class:`~warta.text.lines.Line`;
the layout step (:mod:`warta.text.layout`) combines them with the lines'
positions. Words (month names, credit labels, boilerplate phrases) come from
the language tables through the shared field modules.
"""

from __future__ import annotations

import re

from warta.fields.boilerplate import strip_bullet, words_upto
from warta.fields.byline import credit_shape as _credit_shape
from warta.fields.byline import parse_byline as _parse_byline
from warta.fields.comments import is_comment_marker as _is_comment_marker
from warta.lang import TABLES, LanguageTable
from warta.text.memo import per_text

_TERMINAL = ".!?…\"”’'»)"
_LETTER = re.compile(r"[^\W\d_]")
_DATE_DIGITS = re.compile(r"\d\d\d\d|\d/\d")
"""What every date shape holds: a four-digit year ('5 November 2015', 'Feb 16, 2016')
or digits around a slash ('02/11/2023')."""
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
_NUMERIC_DATE = r"\b\d{1,2}/\d{1,2}/\d{2,4}\b"
_DATE_LINE_MAX_WORDS = 14
_PROSE_MIN_WORDS = 8
_BODY_MIN_WORDS = 3
_LONG_WORDS = 18


def is_prose(text: str) -> bool:
    """A sentence-like line strong enough to start or anchor an article body."""
    words = len(text.split(None, _LONG_WORDS))  # words_upto, inline: asked of every line
    if words < _PROSE_MIN_WORDS or _LETTER.search(text) is None:
        return False
    return text.rstrip()[-1] in _TERMINAL or words >= _LONG_WORDS


def is_body_prose(text: str) -> bool:
    """A line that can continue a body already started: a short sentence will do."""
    words = len(text.split(None, _LONG_WORDS))  # words_upto, inline: asked of every line
    if words < _BODY_MIN_WORDS or _LETTER.search(text) is None:
        return False
    return text.rstrip()[-1] in _TERMINAL or words >= _LONG_WORDS


def is_title(text: str) -> bool:
    """A headline-shaped line: 3-30 words, starting with a capital, no closing full stop."""
    text = text.strip()
    words = text.split()
    if not 3 <= len(words) <= 30 or text.endswith((".", ",", ":", ";")):
        return False
    first = text.lstrip("\"“'‘[(")[:1]
    return bool(first) and (first.isupper() or first.isdigit())


def is_label(text: str) -> bool:
    """A short label line (section, kicker, breadcrumb): 1-6 words, no sentence punctuation."""
    words = strip_bullet(text).split()
    if not 1 <= len(words) <= 6 or text.rstrip().endswith((".", ",", ":", ";", "?", "!")):
        return False
    return _LETTER.search(text) is not None


@per_text
def is_date_line(text: str, table: LanguageTable) -> bool:
    """A short line that states a date ('Rabu, 4 November 2015 | 21:04 WIB', 'on 16 Feb 2016')."""
    if (
        _DATE_DIGITS.search(text) is None
        or words_upto(text, _DATE_LINE_MAX_WORDS + 1) > _DATE_LINE_MAX_WORDS
    ):
        return False  # most lines leave here: the month names' scan costs ten times more
    return _date_pattern(table).search(text) is not None


is_comment_marker = per_text(_is_comment_marker)
"""The comment-marker test, remembered per document: the header, credit, body and
comment rules all ask it of the same lines."""

credit_shape = per_text(_credit_shape)
""":func:`warta.fields.byline.credit_shape`, remembered per document (header and trailer rules)."""

parse_byline = per_text(_parse_byline)
""":func:`warta.fields.byline.parse_byline` with bare names, remembered per document.

The header, body-end and trailer rules read the same credit lines; the bylines
returned are shared, and no rule changes them."""


def has_time(text: str) -> bool:
    return _TIME.search(text) is not None


def _date_pattern(table: LanguageTable) -> re.Pattern[str]:
    """'5 November 2015', 'Feb 16, 2016', '02/11/2023' with this table's and other tables' months."""
    cached = _PATTERNS.get(id(table))
    if cached is None:
        cached = _PATTERNS[id(table)] = _build_date_pattern(table)
    return cached


_PATTERNS: dict[int, re.Pattern[str]] = {}


def _build_date_pattern(table: LanguageTable) -> re.Pattern[str]:
    months: set[str] = set(table.months) | set(table.foreign_months)
    for other in TABLES.values():
        months |= set(other.months)
    names = "|".join(sorted((re.escape(m) for m in months), key=len, reverse=True))
    spelled = (
        rf"\b\d{{1,2}}\s+(?:{names})\.?,?\s+\d{{4}}\b|\b(?:{names})\.?\s+\d{{1,2}},?\s+\d{{4}}\b"
    )
    return re.compile(rf"{spelled}|{_NUMERIC_DATE}", re.I)

"""Boilerplate lines: 'Baca juga', share bars, ads, tags, related lists (section 6).

Phrase patterns live in the language tables. Portals in one language print
labels of another ('ADVERTISEMENT', '0 Comments', 'Related News' on Indonesian
pages), so a line is checked against its own table first and then the others.
All tables' patterns are compiled once into one scan that also names the
reason (:class:`~warta.fields.pattern_sets.FirstLabel`), so a whole-page dump
of thousands of lines stays cheap.
"""

from __future__ import annotations

import re

from warta.fields.pattern_sets import AnyPattern, FirstLabel
from warta.lang import TABLES, LanguageTable

BULLETS = "•□☆*◦▪‣-·"
_BULLET_SET = frozenset(BULLETS)


def strip_bullet(line: str) -> str:
    """The line without a leading list bullet ('• komentar' -> 'komentar')."""
    text = line.strip()
    # A bullet, then whitespace (the regex ^[•...]\s+), by character tests: most
    # callers ask this of every line. \s and str.isspace agree on every character;
    # slices, not indexes, so a short text needs no length test ('' is no bullet).
    if text[:1] in _BULLET_SET and text[1:2].isspace():
        return text[1:].lstrip()
    return text  # no bullet: nothing to remove, and the text is already stripped


def words_upto(text: str, limit: int) -> int:
    """The number of words, counted only up to ``limit`` (long paragraphs are not split whole).

    ``split(None, limit)`` gives at most ``limit + 1`` pieces, so the result is
    ``min(words, limit + 1)``: exact for every comparison with numbers up to ``limit``.
    """
    return len(text.split(None, limit))


def boilerplate_reason(line: str, table: LanguageTable) -> str | None:
    """The reason a line is boilerplate ('baca-juga', 'share', ...), or None.

    The first reason, in table order (the article's table first), with a pattern
    that matches: what trying each reason's patterns in turn would answer.
    """
    text = strip_bullet(line)
    return _reason_finder(table).find(text) if text else None


def ends_body(line: str, table: LanguageTable) -> bool:
    """True for a list header or footer line after which the article body cannot continue."""
    return any_pattern("body_end_patterns", re.I).test(strip_bullet(line))


def is_caption(line: str, table: LanguageTable) -> bool:
    """True for a photo caption, alt text or photo credit ('... (ANTARA FOTO/Name)').

    Caption patterns are case-sensitive: credits are told apart by their capitals.
    """
    return any_pattern("caption_patterns", 0).test(line.strip())


def tables_for(table: LanguageTable) -> list[LanguageTable]:
    """The article's table first, then the others."""
    return [table, *(t for t in TABLES.values() if t is not table)]


_FINDERS: dict[int, FirstLabel] = {}


def _reason_finder(table: LanguageTable) -> FirstLabel:
    """Every table's boilerplate patterns, by reason, the article's table first (cached)."""
    found = _FINDERS.get(id(table))
    if found is None:
        groups = [
            (reason, tuple(patterns))
            for source in tables_for(table)
            for reason, patterns in source.boilerplate_patterns.items()
        ]
        found = _FINDERS[id(table)] = FirstLabel.of(groups, re.I)
    return found


_ANY: dict[tuple[object, int], AnyPattern] = {}


def any_pattern(attribute: str, flags: int) -> AnyPattern:
    """Any of the pattern tuple ``attribute`` of every language table (cached).

    Every table is asked because portals print other languages' labels, and
    ``any`` over the tables does not depend on their order.
    """
    key = (attribute, flags)
    found = _ANY.get(key)
    if found is None:
        patterns = [p for t in TABLES.values() for p in getattr(t, attribute)]
        found = _ANY[key] = AnyPattern.of(patterns, flags)
    return found

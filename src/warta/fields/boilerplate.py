"""Boilerplate lines: 'Baca juga', share bars, ads, tags, related lists (section 6).

Phrase patterns live in the language tables. Portals in one language print
labels of another ('ADVERTISEMENT', '0 Comments', 'Related News' on Indonesian
pages), so a line is checked against its own table first and then the others.
Each table's patterns are compiled once into one alternation per reason, so a
whole-page dump of thousands of lines stays cheap.
"""

from __future__ import annotations

import re

from warta.lang import TABLES, LanguageTable

BULLETS = "•□☆*◦▪‣-·"
_LEADING_BULLET = re.compile(rf"^[{re.escape(BULLETS)}]\s+")


def strip_bullet(line: str) -> str:
    """The line without a leading list bullet ('• komentar' -> 'komentar')."""
    return _LEADING_BULLET.sub("", line.strip()).strip()


def boilerplate_reason(line: str, table: LanguageTable) -> str | None:
    """The reason a line is boilerplate ('baca-juga', 'share', ...), or None."""
    text = strip_bullet(line)
    if not text:
        return None
    for source in tables_for(table):
        for reason, pattern in _reasons(source):
            if pattern.search(text):
                return reason
    return None


def ends_body(line: str, table: LanguageTable) -> bool:
    """True for a list header or footer line after which the article body cannot continue."""
    text = strip_bullet(line)
    return any(alternation(t.body_end_patterns, re.I).search(text) for t in tables_for(table))


def is_caption(line: str, table: LanguageTable) -> bool:
    """True for a photo caption, alt text or photo credit ('... (ANTARA FOTO/Name)').

    Caption patterns are case-sensitive: credits are told apart by their capitals.
    """
    text = line.strip()
    return any(alternation(t.caption_patterns, 0).search(text) for t in tables_for(table))


def tables_for(table: LanguageTable) -> list[LanguageTable]:
    """The article's table first, then the others."""
    return [table, *(t for t in TABLES.values() if t is not table)]


_NEVER = re.compile(r"(?!)")
_ALTERNATIONS: dict[tuple[tuple[str, ...], int], re.Pattern[str]] = {}
_REASONS: dict[int, list[tuple[str, re.Pattern[str]]]] = {}


def alternation(patterns: tuple[str, ...], flags: int) -> re.Pattern[str]:
    """One compiled regular expression matching any of ``patterns`` (cached)."""
    key = (patterns, flags)
    compiled = _ALTERNATIONS.get(key)
    if compiled is None:
        body = "|".join(f"(?:{p})" for p in patterns)
        compiled = _ALTERNATIONS[key] = re.compile(body, flags) if patterns else _NEVER
    return compiled


def _reasons(table: LanguageTable) -> list[tuple[str, re.Pattern[str]]]:
    cached = _REASONS.get(id(table))
    if cached is None:
        cached = _REASONS[id(table)] = [
            (reason, alternation(tuple(patterns), re.I))
            for reason, patterns in table.boilerplate_patterns.items()
        ]
    return cached

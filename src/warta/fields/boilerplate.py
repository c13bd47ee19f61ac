"""Boilerplate lines: 'Baca juga', share bars, ads, tags, related lists (section 6).

Phrase patterns live in the language tables. Portals in one language print
labels of another ('ADVERTISEMENT', '0 Comments', 'Related News' on Indonesian
pages), so a line is checked against its own table first and then the others.
Each table's patterns are compiled once into one alternation per reason, so a
whole-page dump of thousands of lines stays cheap.
"""

from __future__ import annotations

import re

from warta.fields.pattern_sets import AnyPattern
from warta.lang import TABLES, LanguageTable

BULLETS = "•□☆*◦▪‣-·"
_LEADING_BULLET = re.compile(rf"^[{re.escape(BULLETS)}]\s+")


def strip_bullet(line: str) -> str:
    """The line without a leading list bullet ('• komentar' -> 'komentar')."""
    text = line.strip()
    if text[:1] not in BULLETS or not text:
        return text  # no bullet: nothing to remove, and the text is already stripped
    return _LEADING_BULLET.sub("", text).strip()


def boilerplate_reason(line: str, table: LanguageTable) -> str | None:
    """The reason a line is boilerplate ('baca-juga', 'share', ...), or None."""
    text = strip_bullet(line)
    if not text or not _any_reason(re.I).test(text):
        return None
    for source in tables_for(table):
        for reason, pattern in _reasons(source):
            if pattern.search(text):
                return reason
    return None


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


def _any_reason(flags: int) -> AnyPattern:
    """Any boilerplate pattern of any table: most lines match none and leave early."""
    key = ("boilerplate_patterns", flags)
    found = _ANY.get(key)
    if found is None:
        patterns = [
            p for t in TABLES.values() for group in t.boilerplate_patterns.values() for p in group
        ]
        found = _ANY[key] = AnyPattern.of(patterns, flags)
    return found

"""Boilerplate lines: 'Baca juga', share bars, ads, tags, related lists (section 6).

Phrase patterns live in the language tables. Portals in one language print
labels of another ('ADVERTISEMENT', '0 Comments', 'Related News' on Indonesian
pages), so a line is checked against its own table first and then the others.
Each table's patterns are compiled once into one alternation per reason, so a
whole-page dump of thousands of lines stays cheap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

try:  # Python 3.11+ renamed the parser module; only its parse() is used
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_parse as _sre_parse

from warta.lang import TABLES, LanguageTable

BULLETS = "•□☆*◦▪‣-·"
_LEADING_BULLET = re.compile(rf"^[{re.escape(BULLETS)}]\s+")


def strip_bullet(line: str) -> str:
    """The line without a leading list bullet ('• komentar' -> 'komentar')."""
    return _LEADING_BULLET.sub("", line.strip()).strip()


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


@dataclass(frozen=True, slots=True)
class AnyPattern:
    """Whether any of many patterns matches, tested in two scans instead of one per pattern.

    Patterns anchored at the start ('^Baca juga') are tried only at position 0
    (``match``); the rest share one ``search``. A regex that mixes both kinds
    tries every anchored branch at every position of the line, which made the
    line tests the dearest step of a dump.
    """

    anchored: re.Pattern[str]
    floating: re.Pattern[str]

    def test(self, text: str) -> bool:
        """True when at least one of the patterns matches somewhere in ``text``."""
        return self.anchored.match(text) is not None or self.floating.search(text) is not None


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
        found = _ANY[key] = _split_anchored(patterns, flags)
    return found


def _any_reason(flags: int) -> AnyPattern:
    """Any boilerplate pattern of any table: most lines match none and leave early."""
    key = ("boilerplate_patterns", flags)
    found = _ANY.get(key)
    if found is None:
        patterns = [
            p for t in TABLES.values() for group in t.boilerplate_patterns.values() for p in group
        ]
        found = _ANY[key] = _split_anchored(patterns, flags)
    return found


def _split_anchored(patterns: list[str], flags: int) -> AnyPattern:
    anchored = tuple(p for p in patterns if _starts_anchored(p, flags))
    floating = tuple(p for p in patterns if p not in anchored)
    return AnyPattern(alternation(anchored, flags), alternation(floating, flags))


def _starts_anchored(pattern: str, flags: int) -> bool:
    """True when every match of ``pattern`` starts at the beginning of the text.

    Read from the parsed pattern, not its spelling: '^a|b' is a top-level
    branch and floats; a MULTILINE '^' matches after every newline and floats.
    """
    parsed = _sre_parse.parse(pattern, flags)
    if parsed.state.flags & re.MULTILINE or not len(parsed):
        return False
    op, arg = parsed[0]
    return bool(op == _sre_parse.AT and arg == _sre_parse.AT_BEGINNING)

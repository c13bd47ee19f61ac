"""Boilerplate lines: 'Baca juga', share bars, ads, tags, related lists (section 6).

Phrase patterns live in the language tables. Portals in one language print
labels of another ('ADVERTISEMENT', '0 Comments', 'Related News' on Indonesian
pages), so a line is checked against its own table first and then the others.
"""

from __future__ import annotations

import re
from functools import lru_cache

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
    for source in _tables(table):
        for reason, patterns in source.boilerplate_patterns.items():
            if any(_compiled(p).search(text) for p in patterns):
                return reason
    return None


def ends_body(line: str, table: LanguageTable) -> bool:
    """True for a list header or footer line after which the article body cannot continue."""
    text = strip_bullet(line)
    return any(
        _compiled(p).search(text) for source in _tables(table) for p in source.body_end_patterns
    )


def is_caption(line: str, table: LanguageTable) -> bool:
    """True for a photo caption, alt text or photo credit ('... (ANTARA FOTO/Name)')."""
    text = line.strip()
    return any(re.search(p, text) for source in _tables(table) for p in source.caption_patterns)


def _tables(table: LanguageTable) -> list[LanguageTable]:
    return [table, *(t for t in TABLES.values() if t is not table)]


@lru_cache(maxsize=1024)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)

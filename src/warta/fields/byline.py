"""Bylines and closing credits: who wrote the article (docs/indonesian-news.md section 5)."""

from __future__ import annotations

from warta.lang import LanguageTable
from warta.model import Byline


def parse_byline(text: str, table: LanguageTable) -> Byline | None:
    """Read one credit line ('Penulis: X', 'Rep: X Red: Y', 'Humas/Ragil Hadiwibowo').

    STUB: to be implemented (issue 2).
    """
    return Byline(raw=text) if text else None


def split_trailing_credit(text: str, table: LanguageTable) -> tuple[str, Byline | None, str | None]:
    """Split a byline or a signature glued to the end of the last paragraph.

    Returns (paragraph without them, byline, signature). STUB (issue 2).
    """
    return text, None, None

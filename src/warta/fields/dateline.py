"""Datelines: the 'PLACE, PUBLISHER -' prefix of the lead (docs/indonesian-news.md section 2)."""

from __future__ import annotations

from warta.lang import LanguageTable
from warta.model import Dateline


def split_dateline(
    text: str, table: LanguageTable, *, publisher_hint: str | None = None
) -> tuple[Dateline | None, str]:
    """Split a dateline off the start of ``text``; return it and the rest of the paragraph.

    STUB: to be implemented (issue 2).
    """
    return None, text

"""Language tables: all language knowledge warta uses, as data."""

from __future__ import annotations

from warta.lang.en import EN
from warta.lang.id import ID
from warta.lang.table import LanguageTable

TABLES: dict[str, LanguageTable] = {"id": ID, "en": EN}


def table_for(code: str) -> LanguageTable:
    """The table for an ISO 639-1 code; Indonesian when the language is unknown."""
    return TABLES.get(code, ID)


__all__ = ["EN", "ID", "TABLES", "LanguageTable", "table_for"]

"""The one date grammar, used for date lines, datelines, metadata and in-body dates.

STUB: to be implemented (issues 2 and 8).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from warta.lang import LanguageTable
from warta.model import DatedMention, Notice


@dataclass(frozen=True, slots=True)
class DateReading:
    value: dt.date | dt.datetime
    raw: str
    start: int = 0
    end: int = 0


def parse_iso_datetime(value: str, *, notices: list[Notice]) -> dt.date | dt.datetime | None:
    """Read a machine-readable date from metadata (ISO 8601 and the portals' variants)."""
    try:
        parsed = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed


def parse_date_line(text: str, table: LanguageTable, *, notices: list[Notice]) -> DateReading | None:
    """Read the article's own date line ('Rabu, 4 November 2015 | 21:04 WIB')."""
    return None


def first_body_date(paragraph: str, table: LanguageTable, *, notices: list[Notice]) -> DateReading | None:
    """The first in-body date of the lead ('Selasa (2/9/2015)')."""
    return None


def find_dated_mentions(
    paragraphs: list[str], table: LanguageTable, *, reference: dt.date | None, notices: list[Notice]
) -> list[DatedMention]:
    """Every dated mention in the body, resolved against the publication date."""
    return []

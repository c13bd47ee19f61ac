"""Relative time stamps: '35 detik lalu', '3 menit yang lalu', 'kemarin', '2 hours ago'.

Portals print these in lists and widgets, rarely on the article itself
(section 3.9 of the portal reference). They say nothing without the moment
the page was seen, so they are read only against a caller's ``now`` (the
crawl time) and only used when no real date exists. Words come from the
language table (``relative_units``, ``ago_words``, ``relative_days``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from warta.lang import LanguageTable
from warta.model import Notice


@dataclass(frozen=True)
class _Relative:
    stamp: re.Pattern[str]
    day: re.Pattern[str]


_CACHE: dict[int, tuple[LanguageTable, _Relative]] = {}
_DAY = 86400


def _alt(words: list[str] | tuple[str, ...]) -> str:
    unique = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s{1,4}") for w in unique) or r"(?!x)x"


def _patterns(table: LanguageTable) -> _Relative:
    hit = _CACHE.get(id(table))
    if hit is not None and hit[0] is table:
        return hit[1]
    stamp = re.compile(
        rf"(?<![\w.])(?P<n>-?\d{{1,9}})\s{{0,4}}(?P<unit>{_alt(list(table.relative_units))})"
        rf"(?!\w)\s{{0,4}}(?:{_alt(table.ago_words)})(?!\w)",
        re.IGNORECASE,
    )
    day = re.compile(rf"(?<!\w)(?P<word>{_alt(list(table.relative_days))})(?!\w)", re.IGNORECASE)
    compiled = _Relative(stamp=stamp, day=day)
    _CACHE[id(table)] = (table, compiled)
    return compiled


@dataclass(frozen=True, slots=True)
class RelativeReading:
    """A relative stamp resolved against ``now``: a datetime for units below a day, else a date."""

    value: dt.date | dt.datetime
    raw: str
    start: int
    end: int


def parse_relative(
    text: str, table: LanguageTable, *, now: dt.datetime, notices: list[Notice]
) -> RelativeReading | None:
    """The first relative stamp in ``text`` resolved against the aware ``now``.

    A negative count (Kompasiana's ``-22823 detik yang lalu``) is a clock
    error on the site: a ``date.negative_relative`` warning and no value.
    """
    patterns = _patterns(table)
    stamp = patterns.stamp.search(text)
    if stamp is not None:
        count = int(stamp["n"])
        raw = stamp.group(0)
        if count < 0:
            notices.append(
                Notice(code="date.negative_relative", message=f"{raw!r}: a negative age; not used")
            )
            return None
        seconds = table.relative_units[re.sub(r"\s+", " ", stamp["unit"].lower())] * count
        try:
            moment = now - dt.timedelta(seconds=seconds)
        except OverflowError:
            return None
        value: dt.date | dt.datetime = moment if seconds < _DAY else moment.date()
        return RelativeReading(value=value, raw=raw, start=stamp.start(), end=stamp.end())
    day = patterns.day.search(text)
    if day is not None:
        offset = table.relative_days[re.sub(r"\s+", " ", day["word"].lower())]
        value = now.date() + dt.timedelta(days=offset)
        return RelativeReading(value=value, raw=day.group(0), start=day.start(), end=day.end())
    return None

"""The one date grammar, used for date lines, datelines, metadata and in-body dates.

Indonesian portals print dates in a handful of shapes (see
``docs/dates.md`` and section 3 of the shared portal reference): a date line
under the headline (``Rabu, 4 November 2015 | 21:04 WIB``), the house form of
in-body dates (``Selasa (2/9/2015)``, ``Rabu (4/11)``), Tempo's spelled form
(``Rabu, 4 November 2015``) and machine-readable metadata. All of them are
read here, with the words taken from the language table, so that every field
and both languages share one set of rules.

Odd input never raises and is never silently "fixed": a weekday that does not
match its date, an impossible day, a year typo or an out-of-range metadata
value each add a :class:`~warta.model.Notice` and keep the raw text.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from warta.fields.date_grammar import Grammar, grammar_for, may_hold_weekday
from warta.fields.date_iso import parse_iso_datetime, reconcile
from warta.fields.date_relative import RelativeReading, parse_relative
from warta.lang import LanguageTable
from warta.model import DatedMention, Notice

__all__ = [
    "DateReading",
    "RelativeReading",
    "find_date",
    "find_dated_mentions",
    "first_body_date",
    "parse_date_line",
    "parse_iso_datetime",
    "parse_relative",
    "reconcile",
]

# How far after publication an in-body date without a year may lie (announcements).
_AFTER_REFERENCE = dt.timedelta(days=7)
# How close to the reference a date with a mistyped year must be to borrow its year.
_TYPO_NEIGHBOURHOOD = dt.timedelta(days=45)


@dataclass(frozen=True, slots=True)
class DateReading:
    """A date read from text: its value, the raw text and where that text lies.

    ``value`` is a timezone-aware datetime when a time is shown (a time without
    a zone takes the table's home offset), else a date. ``time``,
    ``utc_offset`` and ``zone`` say what the text itself stated.
    """

    value: dt.date | dt.datetime
    raw: str
    start: int = 0
    end: int = 0
    time: dt.time | None = None
    utc_offset: str | None = None
    zone: str | None = None


@dataclass(frozen=True, slots=True)
class _Match:
    """One date expression found in text, before it is turned into a reading."""

    start: int
    core_end: int
    end: int
    date: dt.date | None
    year_written: bool
    weekday_written: bool
    time: dt.time | None
    zone: str | None
    offset: str | None


# ---------------------------------------------------------------- public API


def parse_date_line(
    text: str, table: LanguageTable, *, notices: list[Notice]
) -> DateReading | None:
    """Read the article's own date line ('Rabu, 4 November 2015 | 21:04 WIB').

    The first complete date (with a year) on the line wins; text around it
    (a byline or section before ``|``, ``Kompas.com -``, ``| 1.229 Views``)
    is left out of ``raw``. A time with no zone counts as the table's home
    zone (WIB); ``00:00`` is an archive placeholder and gives a date.
    """
    if not _digits_in(text):
        return None  # every date line holds a digit; most blocks tried here do not
    best: tuple[_Match, list[Notice]] | None = None
    for candidate in _tables_for_lines(table):
        heard: list[Notice] = []  # only the chosen reading's warnings are kept
        mark = 0
        for m in _scan(text, candidate, mode="line", reference=None, notices=heard):
            if m.date is not None and m.year_written:
                if best is None or (m.start, -m.end) < (best[0].start, -best[0].end):
                    best = (m, heard[mark:])
                break
            mark = len(heard)
    if best is None:
        return None
    for notice in best[1]:
        _warn(notices, notice.code, notice.message)
    return _reading(text, _time_before(text, best[0], table), table)


def find_date(
    text: str,
    table: LanguageTable,
    *,
    reference: dt.date | None = None,
    notices: list[Notice],
) -> DateReading | None:
    """The first date anywhere in ``text``, e.g. inside a dateline.

    Accepts what a dateline may carry: ``Mataram, 7/12 (Antara) -`` (day and
    month, the year from ``reference``), ``ISTANBUL, 23 Februari 2016
    (Antara/PRNewswire) --``, ``Jakarta, Feb 24 (ANTARA) -``. Returns None
    when no date can be resolved.
    """
    for m in _scan(text, table, mode="any", reference=reference, notices=notices):
        if m.date is not None:
            return _reading(text, m, table)
    return None


def first_body_date(
    paragraph: str, table: LanguageTable, *, notices: list[Notice]
) -> DateReading | None:
    """The first weekday-dated in-body date of the lead ('Selasa (2/9/2015)').

    A weekday is required: it is what marks the news day (a bare
    ``pada 11 Juli 2015`` in a lead is usually history), and the year must be
    written because there is no publication date to borrow it from yet. The
    reading is a date: a time after it belongs to the event, not to the
    publication.
    """
    heard: list[Notice] = []  # warnings about other dates come again with the body's mentions
    mark = 0
    for m in _scan(paragraph, table, mode="body", reference=None, notices=heard):
        if m.date is not None and m.year_written and m.weekday_written:
            for notice in heard[mark:]:
                _warn(notices, notice.code, notice.message)
            return DateReading(
                value=m.date, raw=paragraph[m.start : m.core_end], start=m.start, end=m.core_end
            )
        mark = len(heard)
    return None


def find_dated_mentions(
    paragraphs: list[str], table: LanguageTable, *, reference: dt.date | None, notices: list[Notice]
) -> list[DatedMention]:
    """Every dated mention in the body, resolved against the publication date.

    A missing year is taken from ``reference`` (the nearest such date on or
    before publication, up to a week after); a bare weekday (``di Mataram,
    Kamis,``) is the most recent such day on or before publication. Spans
    slice exactly ``raw`` out of the paragraph.
    """
    mentions: list[DatedMention] = []
    # Most bodies name no weekday, and most paragraphs hold no digit (so no date): one
    # test on the whole body and one per paragraph skip their scans, which were about
    # half of this function. (Lower-casing is per character, and the hints are ASCII, so
    # no paragraph holds a hint the joined body does not.)
    weekdays = may_hold_weekday("\n".join(paragraphs), grammar_for(table))
    for index, paragraph in enumerate(paragraphs):
        taken: list[tuple[int, int]] = []
        if _digits_in(paragraph):
            for m in _scan(paragraph, table, mode="body", reference=reference, notices=notices):
                taken.append((m.start, m.end))
                mentions.append(_mention(paragraph, index, m))
        if weekdays:
            for m in _bare_weekdays(paragraph, table, reference, taken):
                mentions.append(_mention(paragraph, index, m))
    mentions.sort(key=lambda e: (e.paragraph, e.span))
    return mentions


# ------------------------------------------------------------------ scanning


def _scan(
    text: str,
    table: LanguageTable,
    *,
    mode: str,
    reference: dt.date | None,
    notices: list[Notice],
) -> Iterator[_Match]:
    """The date expressions of ``text`` in order; ``mode`` is 'line', 'body' or 'any'."""
    g = grammar_for(table)
    pos = 0
    while pos <= len(text):
        core = _next_core(g, text, pos)
        if core is None:
            break
        m = _read(text, core, g, table, mode=mode, reference=reference, notices=notices)
        if m is None:
            pos = core.start() + 1
            continue
        yield m
        pos = max(m.end, core.start() + 1)


# '\d\d*', not '\d+': the same runs, but the engine then scans for a first digit with a
# character test instead of entering a repeat at every position (about 3x faster over
# text without digits). In ASCII text '\d' is '[0-9]', which scans faster still.
_DIGITS = re.compile(r"\d\d*")
_ASCII_DIGITS = re.compile(r"[0-9][0-9]*")


def _digit_run(text: str, pos: int = 0) -> re.Match[str] | None:
    """The first run of digits at or after ``pos`` (what ``\\d+`` finds)."""
    return (_ASCII_DIGITS if text.isascii() else _DIGITS).search(text, pos)


def _digits_in(text: str) -> bool:
    """Whether ``text`` holds a digit: ten substring scans for ASCII text, else the regex."""
    if text.isascii():
        return any(digit in text for digit in "0123456789")
    return _DIGITS.search(text) is not None


_SPACE = re.compile(r"\s")
# Every date holds a digit; the core starts at most _REACH_BEFORE characters before its
# first digit (weekday, day part, '(', weekday, month name) and is never longer than
# _MAX_CORE. Windows reach _WINDOW past the digits, then end at the next whitespace.
_REACH_BEFORE = 80
_MAX_CORE = 120
_WINDOW = 200


def _next_core(g: Grammar, text: str, pos: int) -> re.Match[str] | None:
    """The next core match at or after ``pos``, searched only in windows around digits.

    Searching the whole text with the core pattern costs a full regex attempt
    per character; windows around date-like digit runs cut that ten-fold. A
    failed window proves that no match starts before its end minus the longest
    possible match (``floor``), so windows never overlap much: the scan stays
    linear even on text that is all digits and slashes. A window ends at
    whitespace so that the pattern's look-aheads see the same as in the full
    text.
    """
    floor = pos
    while True:
        digits = _digit_run(text, pos)
        if digits is None:
            return None
        pos = digits.end()
        if digits.start() < floor or not _date_like(g, text, digits):
            continue  # a match led by these digits would start before floor: none exists
        start = max(floor, digits.start() - _REACH_BEFORE)
        reach = digits.end() + _WINDOW
        cut = _SPACE.search(text, reach, reach + _REACH_BEFORE)
        end = cut.start() if cut else min(len(text), reach + _REACH_BEFORE)
        core = g.core.search(text, start, end)
        if core is not None:
            return core
        floor = max(floor, end - _MAX_CORE)


_AFTER_DIGITS = re.compile(r"\s{0,4}/|-\d|(?:st|nd|rd|th)?\.?\s{1,4}([^\W\d_]+)")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\.?\s{1,4}$")


def _date_like(g: Grammar, text: str, digits: re.Match[str]) -> bool:
    """Whether a digit run can be part of a date: a '/' or '-' follows, or a month is beside it."""
    after = _AFTER_DIGITS.match(text, digits.end())
    if after is not None and (after.group(1) is None or after.group(1).lower() in g.months):
        return True
    before = _WORD_BEFORE.search(text, max(0, digits.start() - 16), digits.start())
    return before is not None and before.group(1).lower() in g.months


def _read(
    text: str,
    core: re.Match[str],
    g: Grammar,
    table: LanguageTable,
    *,
    mode: str,
    reference: dt.date | None,
    notices: list[Notice],
) -> _Match | None:
    """Turn one core match plus what follows it into a :class:`_Match`, or reject it."""
    weekday_word = core["wd"] or core["wd_in"]
    start = core.start()
    if core["wd"] and not _weekday_ok(core["wd"], table):
        return None  # 'minggu' (week) before a date-like token: skip the weekday part
    if core["wd_in"] and not _weekday_ok(core["wd_in"], table):
        return None
    month_word = core["m1"] or core["m2"]
    if month_word and month_word.lower() in table.ambiguous_months and month_word.islower():
        return None  # 'may', 'mar': words before they are months
    if not _shape_ok(core, mode):
        return None
    raw = text[start : core.end()]
    future = bool(g.future_after.match(text, core.end()))  # '9 Desember mendatang'
    date, year_written = _resolve_date(
        core, g, table, reference, weekday_word, raw, notices, future=future
    )
    time, zone, offset, end = _read_tail(text, core.end(), g, table, mode=mode)
    if weekday_word and date is not None:
        _check_weekday(weekday_word, date, g, table, raw, notices)
    return _Match(
        start=start,
        core_end=core.end(),
        end=end,
        date=date,
        year_written=year_written,
        weekday_written=weekday_word is not None,
        time=time,
        zone=zone,
        offset=offset,
    )


def _weekday_ok(word: str, table: LanguageTable) -> bool:
    """An ambiguous weekday word ('minggu' = week) counts only when capitalised."""
    key = word.rstrip(".").lower()
    return key not in table.ambiguous_weekdays or word[:1].isupper()


def _shape_ok(core: re.Match[str], mode: str) -> bool:
    """Reject shapes that are dates only in some places.

    A numeric ``d/m`` without a year is a date only inside parentheses, after
    a weekday or in a dateline (else it is a fraction or a score); a month
    named before the day without a year is a date only where the table says
    so (checked in resolution); a date line needs a year.
    """
    if core["n1"] is not None and core["n3"] is None and mode != "any":
        return bool(core["po"] or core["wd"])
    return True


# ---------------------------------------------------------------- resolution


def _resolve_date(
    core: re.Match[str],
    g: Grammar,
    table: LanguageTable,
    reference: dt.date | None,
    weekday_word: str | None,
    raw: str,
    notices: list[Notice],
    *,
    future: bool = False,
) -> tuple[dt.date | None, bool]:
    """The calendar date of a core match and whether its year was written."""
    weekday = g.weekdays.get(weekday_word.rstrip(".").lower()) if weekday_word else None
    if core["m1"] is not None:
        return _from_parts(
            int(_digits(core["d1"])),
            g.months[_month_key(core["m1"])],
            core["y1"],
            reference,
            weekday,
            raw,
            notices,
            future=future,
        )
    if core["m2"] is not None:
        year = core["y2"] or core["y2b"]
        if year is None and not table.month_first_text:
            return None, False
        return _from_parts(
            int(_digits(core["d2"])),
            g.months[_month_key(core["m2"])],
            year,
            reference,
            weekday,
            raw,
            notices,
            future=future,
        )
    if core["i1"] is not None:  # ISO order in text: '2023-11-02 20:59'
        return _from_parts(
            int(core["i3"]),
            int(core["i2"]),
            core["i1"],
            reference,
            weekday,
            raw,
            notices,
            future=future,
        )
    if core["k1"] is not None:
        first, second, year = int(core["k1"]), int(core["k2"]), core["k3"]
    else:
        first, second, year = int(core["n1"]), int(core["n2"]), core["n3"]
    return _numeric(first, second, year, table, reference, weekday, raw, notices, future=future)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _month_key(word: str) -> str:
    return re.sub(r"\s+", " ", word.rstrip(".").lower())


def _numeric(
    first: int,
    second: int,
    year: str | None,
    table: LanguageTable,
    reference: dt.date | None,
    weekday: int | None,
    raw: str,
    notices: list[Notice],
    *,
    future: bool = False,
) -> tuple[dt.date | None, bool]:
    """A numeric date in the table's order; either order only where the table allows it."""
    day_first = table.numeric_date_order == "dmy"
    orders = [(first, second), (second, first)] if day_first else [(second, first), (first, second)]
    if not table.numeric_order_flexible:
        orders = orders[:1]
    valid = [(d, m) for d, m in orders if 1 <= m <= 12 and 1 <= d <= _days_in(m, year)]
    if not valid:
        order = "day-first" if day_first else "month-first"
        _warn(notices, "date.impossible", f"{raw!r} is not a calendar date ({table.code}: {order})")
        return None, year is not None
    if len(valid) > 1 and weekday is not None:
        for d, m in valid:
            quiet: list[Notice] = []
            date, _ = _from_parts(d, m, year, reference, None, raw, quiet, future=future)
            if date is not None and date.isoweekday() == weekday:
                return _from_parts(d, m, year, reference, weekday, raw, notices, future=future)
    d, m = valid[0]
    return _from_parts(d, m, year, reference, weekday, raw, notices, future=future)


def _days_in(month: int, year: str | None) -> int:
    """Days in a month; February gets 29 unless a plausible written year says otherwise."""
    if month == 2:
        if year is not None and len(year) == 4:
            y = int(year)
            return 29 if (y % 4 == 0 and y % 100 != 0) or y % 400 == 0 else 28
        return 29
    return 30 if month in (4, 6, 9, 11) else 31


def _from_parts(
    day: int,
    month: int,
    year: str | None,
    reference: dt.date | None,
    weekday: int | None,
    raw: str,
    notices: list[Notice],
    *,
    future: bool = False,
) -> tuple[dt.date | None, bool]:
    """Build the date from day, month and the year as written (or missing)."""
    if not (1 <= month <= 12 and 1 <= day <= _days_in(month, None)):
        _warn(notices, "date.impossible", f"{raw!r}: day {day} of month {month} does not exist")
        return None, year is not None
    if year is None:
        if future:
            return _nearest_after(day, month, reference), False
        return _nearest_before(day, month, reference), False
    full = _full_year(year, reference)
    if full is None:
        return _year_typo(day, month, year, reference, raw, notices), True
    try:
        return dt.date(full, month, day), True
    except ValueError:
        _warn(notices, "date.impossible", f"{raw!r}: {day}/{month}/{full} does not exist")
        return None, True


def _full_year(year: str, reference: dt.date | None) -> int | None:
    """A written year as a full year; None for a typo (one or three digits, out of range)."""
    if len(year) == 2:
        pivot = (reference or dt.date.today()).year + 1
        value = 2000 + int(year)
        return value if value <= pivot else 1900 + int(year)
    if len(year) == 4 and 1800 <= int(year) <= 2200:
        return int(year)
    return None


def _year_typo(
    day: int, month: int, year: str, reference: dt.date | None, raw: str, notices: list[Notice]
) -> dt.date | None:
    """A mistyped year ('4/11/205'): borrow the reference year when day and month fit it."""
    if reference is not None:
        for candidate_year in (reference.year, reference.year - 1, reference.year + 1):
            try:
                candidate = dt.date(candidate_year, month, day)
            except ValueError:
                continue
            if abs(candidate - reference) <= _TYPO_NEIGHBOURHOOD:
                _warn(
                    notices,
                    "date.year_typo",
                    f"{raw!r}: year {year!r} is not a year; read as {candidate.isoformat()} "
                    f"from the publication date",
                )
                return candidate
    _warn(notices, "date.year_typo", f"{raw!r}: year {year!r} is not a year; no date read")
    return None


def _nearest_after(day: int, month: int, reference: dt.date | None) -> dt.date | None:
    """The first date with this day and month on or after ``reference`` ('mendatang')."""
    if reference is None:
        return None
    for year in (reference.year, reference.year + 1, reference.year + 4):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate >= reference:
            return candidate
    return None


def _nearest_before(day: int, month: int, reference: dt.date | None) -> dt.date | None:
    """The latest date with this day and month on or before ``reference`` (+ a week)."""
    if reference is None:
        return None
    limit = reference + _AFTER_REFERENCE
    for year in (reference.year + 1, reference.year, reference.year - 1, reference.year - 4):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate <= limit:
            return candidate
    return None


def _check_weekday(
    word: str, date: dt.date, g: Grammar, table: LanguageTable, raw: str, notices: list[Notice]
) -> None:
    """Warn (naming both days) when the written weekday is not the date's weekday."""
    written = g.weekdays.get(word.rstrip(".").lower())
    actual = date.isoweekday()
    if written is None or written == actual:
        return
    actual_name = _name_of(table.weekdays, actual)
    month_name = _name_of(table.months, date.month)
    _warn(
        notices,
        "date.weekday_mismatch",
        f"{raw!r}: {word.rstrip('.')} is written, but {date.day} {month_name} {date.year} "
        f"was a {actual_name}; the numeric date is kept{_year_hint(date, written, word)}",
    )


def _year_hint(date: dt.date, weekday: int, word: str) -> str:
    """Say which neighbouring year's same day has the written weekday (a year typo?)."""
    for year in (date.year + 1, date.year - 1):
        try:
            other = date.replace(year=year)
        except ValueError:
            continue
        if other.isoweekday() == weekday:
            return f" (the same day in {year} was a {word.rstrip('.')})"
    return ""


def _name_of(names: dict[str, int], number: int) -> str:
    """The table's first (standard) spelling for a weekday or month number."""
    for name, value in names.items():
        if value == number:
            return name[:1].upper() + name[1:]
    return str(number)


# ---------------------------------------------------------------------- time


def _read_tail(
    text: str, pos: int, g: Grammar, table: LanguageTable, *, mode: str
) -> tuple[dt.time | None, str | None, str | None, int]:
    """The clock time and zone right after a date: (time, zone token, offset, end)."""
    tail = g.tail.match(text, pos)
    if tail is None:
        return None, None, None, pos
    if tail["hs"] == "." and mode == "body" and not (tail["tw"] or tail["zone"]):
        return None, None, None, pos  # '08.45' alone may be a decimal number
    if mode == "body" and not tail["tw"] and "," not in tail["sep"] and tail["sep"].strip():
        return None, None, None, pos
    hour, minute = int(tail["h"]), int(tail["mi"])
    second = int(tail["sec"]) if tail["sec"] else 0
    hour = _adjust_hour(hour, tail["mer"], tail["dp2"] or tail["dp"], table)
    if hour > 23 or minute > 59 or second > 59:
        return None, None, None, pos
    zone = tail["zone"]
    token = zone.split()[0] if zone else None
    offset = g.zones.get(token.upper()) if token else None
    if offset is not None and tail["zoff"]:
        offset = _shift(offset, tail["zoff"])  # 'GMT+7', 'UTC+0000'
    end = tail.end()
    if mode == "line" and hour == minute == second == 0:
        return None, token, offset, end  # '00.00 WIB' on archives: time unknown
    return dt.time(hour, minute, second), token, offset, end


def _adjust_hour(
    hour: int, meridiem: str | None, day_part: str | None, table: LanguageTable
) -> int:
    """Apply 'pm' or a day part ('pukul 08.00 malam' = 20:00) to a 12-hour reading."""
    if meridiem:
        shift = table.meridiems.get(meridiem.lower(), 0)
        if hour == 12:
            return 0 if shift == 0 else 12
        return hour + shift if hour < 12 else hour
    if day_part:
        span = table.day_parts.get(re.sub(r"\s+", " ", day_part.lower()))
        if span and not span[0] <= hour < span[1] and span[0] <= hour + 12 < span[1]:
            return hour + 12
    return hour


def _time_before(text: str, m: _Match, table: LanguageTable) -> _Match:
    """A date line with its time in front ('3:45 PM EST, Tue November 19, 2019')."""
    if m.time is not None or m.date is None:
        return m
    for candidate in _tables_for_lines(table):
        g = grammar_for(candidate)
        head = g.head.search(text, max(0, m.start - 24), m.start)
        if head is None:
            continue
        hour = _adjust_hour(int(head["h"]), head["mer"], None, candidate)
        minute = int(head["mi"])
        if hour > 23 or minute > 59:
            return m
        token = head["zone"]
        offset = g.zones.get(token.upper()) if token else None
        return _Match(
            start=head.start(),
            core_end=m.core_end,
            end=m.end,
            date=m.date,
            year_written=m.year_written,
            weekday_written=m.weekday_written,
            time=dt.time(hour, minute),
            zone=token,
            offset=offset,
        )
    return m


# ------------------------------------------------------------------ building


def _reading(text: str, m: _Match, table: LanguageTable) -> DateReading:
    """A DateReading from a match; a shown time makes an aware datetime."""
    assert m.date is not None
    end = m.end
    raw = text[m.start : end]
    if m.time is None:
        return DateReading(value=m.date, raw=raw, start=m.start, end=end, zone=m.zone)
    offset = m.offset or table.default_utc_offset
    value = dt.datetime.combine(m.date, m.time, tzinfo=_tz(offset))
    return DateReading(
        value=value, raw=raw, start=m.start, end=end, time=m.time, utc_offset=offset, zone=m.zone
    )


def _mention(paragraph: str, index: int, m: _Match) -> DatedMention:
    return DatedMention(
        raw=paragraph[m.start : m.end],
        paragraph=index,
        span=(m.start, m.end),
        value=m.date,
        time=m.time,
        utc_offset=m.offset,
    )


def _disjoint(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """The union of ``spans`` as sorted, disjoint [start, end) ranges, split for bisecting."""
    starts: list[int] = []
    ends: list[int] = []
    if not spans:
        return starts, ends  # most paragraphs hold no dated span
    for s, e in sorted(span for span in spans if span[0] < span[1]):
        if ends and s <= ends[-1]:
            ends[-1] = max(ends[-1], e)
        else:
            starts.append(s)
            ends.append(e)
    return starts, ends


def _bare_weekdays(
    paragraph: str, table: LanguageTable, reference: dt.date | None, taken: list[tuple[int, int]]
) -> list[_Match]:
    """Weekdays written without a date ('di Mataram, Kamis,').

    The date is the latest such day on or before publication, or the next one
    after it when a future word stands beside the weekday ('Kamis depan').
    """
    g = grammar_for(table)
    if not may_hold_weekday(paragraph, g):
        return []
    found = []
    starts, ends = _disjoint(taken)
    for hit in g.weekday.finditer(paragraph):
        start, end = hit.span()
        word = hit["wd"]
        if not word[:1].isupper():
            continue
        i = bisect.bisect_right(starts, start) - 1
        if i >= 0 and start < ends[i]:  # inside a span already taken (O(log n), not O(n))
            continue
        if not _bare_context(paragraph, start, end, word, g, table):
            continue
        future = bool(
            g.future_after.match(paragraph, end)
            or g.future_before.search(paragraph, max(0, start - 15), start)
        )
        date = _weekday_date(g.weekdays.get(word.lower()), reference, future=future)
        found.append(_Match(start, end, end, date, False, True, None, None, None))
    return found


def _weekday_date(
    weekday: int | None, reference: dt.date | None, *, future: bool
) -> dt.date | None:
    if reference is None or weekday is None:
        return None
    if future:
        return reference + dt.timedelta(days=(weekday - reference.isoweekday() - 1) % 7 + 1)
    return reference - dt.timedelta(days=(reference.isoweekday() - weekday) % 7)


_AFTER_BARE = re.compile(r"\s*[,.;:)]|\s+\w|\s*$")
_AFTER_AMBIGUOUS = re.compile(r"\s*[,(]")


def _bare_context(
    text: str, start: int, end: int, word: str, g: Grammar, table: LanguageTable
) -> bool:
    """A bare weekday is a date after a comma or a lead word ('pada', 'on').

    Words that also mean something else ('minggu' = week) must further be
    followed by a comma or '('.
    """
    if not g.bare_before.search(text, max(0, start - 12), start):
        return False
    if word.lower() in table.ambiguous_weekdays:
        return bool(_AFTER_AMBIGUOUS.match(text, end))
    return bool(_AFTER_BARE.match(text, end))


def _shift(offset: str, extra: str) -> str | None:
    """A zone's offset moved by a written '+7', '+0700' or '-05:00'; None if out of range."""
    sign = -1 if extra.startswith("-") else 1
    digits = extra[1:].replace(":", "")
    hours, minutes = (int(digits[:-2]), int(digits[-2:])) if len(digits) > 2 else (int(digits), 0)
    total = _tz(offset).utcoffset(None) + sign * dt.timedelta(hours=hours, minutes=minutes)
    if minutes > 59 or abs(total) > dt.timedelta(hours=14):
        return None
    whole = int(abs(total).total_seconds()) // 60
    return f"{'-' if total < dt.timedelta(0) else '+'}{whole // 60:02d}:{whole % 60:02d}"


def _tz(offset: str) -> dt.timezone:
    sign = -1 if offset.startswith("-") else 1
    hours, _, minutes = offset.lstrip("+-").partition(":")
    return dt.timezone(sign * dt.timedelta(hours=int(hours), minutes=int(minutes or 0)))


def _tables_for_lines(table: LanguageTable) -> list[LanguageTable]:
    """The article's table first, then the others: date lines mix languages ('on 16 Feb 2016')."""
    from warta.lang import TABLES

    return [table, *(t for t in TABLES.values() if t is not table)]


def _warn(notices: list[Notice], code: str, message: str) -> None:
    """Add a notice once: the same date is read by several fields."""
    if not any(n.code == code and n.message == message for n in notices):
        notices.append(Notice(code=code, message=message))

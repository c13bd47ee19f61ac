"""Machine-readable dates from page metadata, and how far to trust them.

Portals fill ``datePublished``, ``article:published_time``, ``pubdate`` and
friends with ISO 8601, but also with zone-less local times
(``2023-11-02 21:34:19``), slashes (``2023/11/02 20:59:53``), epoch
milliseconds (``1698933593000``) and malformed values whose ``Z`` does not
mean UTC (Detik: ``2023-11-02T20-59-53Z`` and ``2016-02-23 T16:00:20Z`` are
both WIB wall-clock times). The rule used here is generic: a ``Z`` is trusted
only on a well-formed ISO value, because a template that writes the time
badly has glued the ``Z`` on as decoration; zone-less values are local time
(WIB, +07:00). :func:`reconcile` then checks a metadata value against the
visible date line: a gap of exactly the zone offset means one was UTC read as
local, and the visible line, whose zone is printed, wins.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re

from warta.model import Notice

_WIB = dt.timezone(dt.timedelta(hours=7))
_EARLIEST = dt.date(1991, 1, 1)  # before the web there are no web articles
_FUTURE_SLACK = dt.timedelta(days=2)

_ISO = re.compile(
    r"""^(?P<y>\d{4})(?P<ds>[-/.])(?P<mo>\d{1,2})(?P=ds)(?P<d>\d{1,2})
    (?:(?P<tsep>\s*T\s*|\s+)
       (?P<h>\d{1,2})(?P<s1>[:\-.])(?P<mi>\d{2})(?:(?P<s2>[:\-.])(?P<s>\d{2})(?:[.,](?P<frac>\d{1,9}))?)?
    )?
    \s*(?P<tz>Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$""",
    re.VERBOSE | re.IGNORECASE,
)
_STRICT = re.compile(
    r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$", re.IGNORECASE
)
_EPOCH = re.compile(r"^\d{9,13}$")
_COMPACT = re.compile(r"^(?:19|20)\d{6}$")  # '20191119'
# RFC 2822 as RSS and HTTP write it; anything looser is read with the date-line grammar,
# because email.utils guesses wildly on free text ('November 19, 2019, 07:47 PM EST').
_RFC2822 = re.compile(
    r"^(?:[A-Za-z]{3},?\s+)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?"
    r"\s*(?:[+-]\d{4}|[A-Za-z]{1,5})?$"
)


def parse_iso_datetime(
    value: str,
    *,
    notices: list[Notice],
    default_offset: str = "+07:00",
    now: dt.datetime | None = None,
) -> dt.date | dt.datetime | None:
    """Read a machine-readable date from metadata (ISO 8601 and the portals' variants).

    Returns an aware datetime when a time is given, a date for a date-only
    value, and None (with a notice when the text looked like a date) for
    anything else. A value before 1991 or more than two days in the future
    is a warning, not a value. Human text in a date property
    (``Selasa, 16 Februari 2016 | 13:01 WIB``) is read with the date-line
    grammar.
    """
    text = value.strip()
    if not text or len(text) > 200:
        return None
    parsed = _parse(text, notices, _offset(default_offset))
    if parsed is None:
        return None
    return _in_range(parsed, text, notices, now)


def reconcile(
    metadata: dt.date | dt.datetime,
    visible: dt.date | dt.datetime,
    *,
    notices: list[Notice],
) -> dt.date | dt.datetime:
    """Choose between a metadata value and the page's visible date line.

    Metadata is usually more precise (seconds) and is kept when it names the
    same minute as the visible line (or the same day, for a bare metadata
    date). Only a visible *datetime* with a known offset can overrule it (a
    bare date, or a time whose zone was only assumed, is too weak); the caller
    decides that and passes such a line. When the two disagree the visible
    line wins, because it is what the reader sees: a gap of exactly an
    Indonesian zone offset (7, 8 or 9 hours) means a UTC time was read as
    local (``date.utc_as_local``); any other gap is a stale or update time in
    the metadata (``date.metadata_disagrees``, Detik photo pages).
    """
    if not isinstance(visible, dt.datetime) or visible.utcoffset() is None:
        return metadata
    if not isinstance(metadata, dt.datetime):
        if metadata == visible.date():
            return metadata
    elif metadata.utcoffset() is not None and abs(
        metadata.replace(second=0, microsecond=0) - visible.replace(second=0, microsecond=0)
    ) < dt.timedelta(minutes=1):
        return metadata
    gap = (
        abs(metadata - visible)
        if isinstance(metadata, dt.datetime) and metadata.utcoffset() is not None
        else None
    )
    if gap is not None and gap in (dt.timedelta(hours=h) for h in (7, 8, 9)):
        _warn(
            notices,
            "date.utc_as_local",
            f"metadata {metadata.isoformat()} and date line {visible.isoformat()} differ by "
            f"{gap}: one was UTC read as local time; the date line is kept",
        )
    else:
        _warn(
            notices,
            "date.metadata_disagrees",
            f"metadata {metadata.isoformat()} disagrees with the date line "
            f"{visible.isoformat()}; the page's date line is used",
        )
    return visible


def _parse(text: str, notices: list[Notice], local: dt.timezone) -> dt.date | dt.datetime | None:
    if _EPOCH.match(text):
        return _from_epoch(text, local)
    m = _ISO.match(text)
    if m is not None:
        return _from_iso(m, text, notices, local)
    if _COMPACT.match(text):
        return _from_compact(text, notices)
    if _RFC2822.match(text):
        try:
            rfc = email.utils.parsedate_to_datetime(text)  # RSS: 'Wed, 25 Nov 2015 06:24:00 +0700'
        except (TypeError, ValueError, IndexError, OverflowError):
            rfc = None
        if rfc is not None:
            return rfc if rfc.tzinfo is not None else rfc.replace(tzinfo=local)
    return _from_text(text, notices)


def _from_compact(text: str, notices: list[Notice]) -> dt.date | None:
    try:
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        _warn(notices, "date.impossible", f"metadata date {text!r} is not a calendar date")
        return None


def _from_epoch(text: str, local: dt.timezone) -> dt.datetime | None:
    """Epoch seconds or milliseconds: an instant, shown in the local zone."""
    seconds = int(text) / (1000 if len(text) > 11 else 1)
    try:
        return dt.datetime.fromtimestamp(seconds, tz=dt.timezone.utc).astimezone(local)
    except (OverflowError, OSError, ValueError):
        return None


def _from_iso(
    m: re.Match[str], text: str, notices: list[Notice], local: dt.timezone
) -> dt.date | dt.datetime | None:
    try:
        date = dt.date(int(m["y"]), int(m["mo"]), int(m["d"]))
    except ValueError:
        _warn(notices, "date.impossible", f"metadata date {text!r} is not a calendar date")
        return None
    if m["h"] is None:
        return date
    hour, minute = int(m["h"]), int(m["mi"])
    second = int(m["s"]) if m["s"] else 0
    micro = int((m["frac"] or "0")[:6].ljust(6, "0"))
    if hour > 23 or minute > 59 or second > 59:
        _warn(notices, "date.impossible", f"metadata time {text!r} is not a clock time")
        return None
    return dt.datetime.combine(
        date, dt.time(hour, minute, second, micro), _zone(m, text, notices, local)
    )


def _zone(m: re.Match[str], text: str, notices: list[Notice], local: dt.timezone) -> dt.timezone:
    """The value's zone: explicit offsets are trusted, a 'Z' only on well-formed ISO."""
    token = (m["tz"] or "").upper()
    if not token:
        return local
    if token in ("Z", "UTC", "GMT"):
        if token == "Z" and not _STRICT.match(text):
            _warn(
                notices,
                "date.untrusted_utc",
                f"metadata {text!r} is malformed, so its 'Z' is not trusted; read as local time",
            )
            return local
        return dt.timezone.utc
    return _offset(token)


def _offset(token: str) -> dt.timezone:
    sign = -1 if token.startswith("-") else 1
    digits = token.lstrip("+-").replace(":", "")
    hours, minutes = int(digits[:2] or 0), int(digits[2:4] or 0)
    if hours > 14 or minutes > 59:
        return _WIB
    return dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))


def _from_text(text: str, notices: list[Notice]) -> dt.date | dt.datetime | None:
    """Human text in a date property: read it as a date line in any known language."""
    from warta.fields.dates import parse_date_line
    from warta.lang import ID

    reading = parse_date_line(text, ID, notices=notices)
    return reading.value if reading is not None else None


def _in_range(
    value: dt.date | dt.datetime, raw: str, notices: list[Notice], now: dt.datetime | None
) -> dt.date | dt.datetime | None:
    """Refuse dates before the web or in the future (a wrong clock, a template default)."""
    current = now or dt.datetime.now(dt.timezone.utc)
    day = value.date() if isinstance(value, dt.datetime) else value
    if day < _EARLIEST:
        _warn(notices, "date.out_of_range", f"metadata date {raw!r} is before 1991; not used")
        return None
    limit = current + _FUTURE_SLACK
    too_late = value > limit if isinstance(value, dt.datetime) else day > limit.date()
    if too_late:
        _warn(notices, "date.future", f"metadata date {raw!r} lies in the future; not used")
        return None
    return value


def _warn(notices: list[Notice], code: str, message: str) -> None:
    if not any(n.code == code and n.message == message for n in notices):
        notices.append(Notice(code=code, message=message))

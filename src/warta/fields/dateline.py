"""Datelines: the 'PLACE, PUBLISHER -' prefix of the lead (docs/indonesian-news.md section 2).

A dateline is a short head (place and/or outlet) closed by a dash, rarely a
colon, before the lead sentence. Four shapes cover the portals:
``PLACE, PUBLISHER -``, ``PUBLISHER, PLACE -``, ``PLACE (PUBLISHER) -`` and
``PLACE -`` / ``PUBLISHER -``. The head must look like names (capitalised
words, a domain or a known brand) and hold no sentence, or a hyphenated
phrase such as ``Jokowi-Ahok`` would be taken for one.
"""

from __future__ import annotations

import datetime as dt
import re

from warta.lang import LanguageTable
from warta.model import Dateline

# The closing separator: '--', em/en dash or hyphen with a space after it, or a colon.
_HEAD = re.compile(r"^(?P<head>[^\n]{2,90}?)\s*(?P<dash>--|—|–|-)\s+(?=\S)")
_HEAD_GLUED = re.compile(r"^(?P<head>[^\s\n][^\n]{1,60}?)\s*(?P<dash>--|—|–|-)(?=[A-Z])")
_HEAD_COLON = re.compile(r"^(?P<head>[A-Z][\w .,]{1,40}?):\s+(?=[A-Z])")
_NO_DASH = re.compile(r"^(?P<pub>[^\s,]{3,40}),\s+(?P<rest>[A-Z].{0,80})")
_PARENS = re.compile(r"^(?P<place>.*?)[\s,]*\((?P<pub>[^()]{1,40})\)$")
_DOMAIN = re.compile(r"\b[\w-]+(?:\.[\w-]+)*\.(?:com|co\.id|co|id|net|org|news|tv|click)\b", re.I)
_DATELINE_LINE = re.compile(r"^(?P<head>.{2,90}?)\s*(?:--|—|–|-|:)$")
_LINE_ENDS = ("-", "—", "–", ":")
_NUMERIC_DATE = re.compile(r"\d{1,2}/\d{1,2}(?:/\d{2,4})?")
_WORD = re.compile(r"[^\s,]+")
_TRAILING_DATE = re.compile(
    r",?\s*(?P<date>\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}\s+[^\W\d_]{3,9}\.?,?\s+\d{4}"
    r"|[^\W\d_]{3,9}\.?\s+\d{1,2}(?:,\s*\d{4})?)$"
)
# Small words that may sit inside a place name ('Sorong Papua Barat', 'Pekanbaru dan Pelalawan').
_PLACE_GLUE = frozenset({"dan", "and", "of", "de", "da", "di"})
_MAX_PLACE_WORDS = 6
_MAX_COLON_WORDS = 3
_MIN_COLON_LEAD_WORDS = 10


def split_dateline(
    text: str, table: LanguageTable, *, publisher_hint: str | None = None
) -> tuple[Dateline | None, str]:
    """Split a dateline off the start of ``text``; return it and the rest of the paragraph.

    The rest is ``text`` after the dateline and the whitespace that follows it.
    """
    for pattern in (_HEAD, _HEAD_GLUED, _HEAD_COLON):
        match = pattern.match(text)
        if match is None:
            continue
        head = match.group("head").strip()
        glued = pattern is _HEAD_GLUED
        parts = _read_head(head, table, publisher_hint)
        # Glued to the lead ('Kabar6-Aktivis'), a hyphen could be a compound
        # ('Jokowi-Ahok'): only a known publisher, or a capitals place before an em
        # dash ('JAKARTA—PT Telekomunikasi'), makes it a dateline.
        loose = glued and not (match.group("dash") == "—" and head.isupper())
        if pattern is _HEAD_COLON and (
            len(head.split()) > _MAX_COLON_WORDS
            or len(text[match.end() :].split()) < _MIN_COLON_LEAD_WORDS
        ):
            # 'Menhub: 1 Oktober ...', 'FOTO: Dian ...?' are headlines' colons, not
            # 'Jakarta: Coordinating Minister ... said ...' before a whole lead sentence.
            continue

        if parts is None or (loose and parts[0] is None):
            continue
        publisher, place = parts
        rest = text[match.end() :].lstrip()
        if publisher is None and not _starts_sentence(rest):
            continue  # a place-only head needs a sentence after it ('Jakarta - Polisi ...')
        raw = text[: match.end()].rstrip()
        place, date = _split_date(place, table)
        return Dateline(raw=raw, publisher=publisher, place=place, date=date), rest
    return _without_dash(text, table, publisher_hint)


def _without_dash(text: str, table: LanguageTable, hint: str | None) -> tuple[Dateline | None, str]:
    """'Liputan6.com, Jakarta London Love Story, ...': a certain publisher and a known city.

    With no dash the end of the dateline is only known when the place is a city
    the table knows; the dateline is then reported without a separator.
    """
    match = _NO_DASH.match(text)
    if match is None or not is_publisher(match.group("pub"), table, hint):
        return None, text
    words = match.group("rest").split(" ")
    for size in (2, 1):
        place = " ".join(words[:size])
        if len(words) > size and place.lower() in table.dateline_places and place[:1].isupper():
            end = match.start("rest") + len(place)
            raw = text[:end]
            return Dateline(raw=raw, publisher=match.group("pub"), place=place), text[end:].lstrip()
    return None, text


def read_dateline_line(
    line: str, table: LanguageTable, *, publisher_hint: str | None = None
) -> Dateline | None:
    """Read a line that holds only a dateline ('Jakarta -', Detik dumps), or None."""
    text = line.strip()
    if not text.endswith(_LINE_ENDS):
        return None  # the pattern ends with the separator: most lines leave here
    match = _DATELINE_LINE.match(text)
    if match is None:
        return None
    parts = _read_head(match.group("head").strip(), table, publisher_hint)
    if parts is None:
        return None
    return Dateline(raw=text, publisher=parts[0], place=parts[1])


def _split_date(place: str | None, table: LanguageTable) -> tuple[str | None, dt.date | None]:
    """'ISTANBUL, 23 Februari 2016' -> ('ISTANBUL', 2016-02-23): a date is not part of the place.

    A date without a year ('Jakarta, Feb 24', 'Mataram, 7/12') is cut off the place
    too; its value is left to the body's dates, which know the publication year.
    """
    if place is None:
        return None, None
    match = _TRAILING_DATE.search(place)
    if match is None or not _names_a_month(match.group("date"), table):
        return place, None
    from warta.fields.dates import parse_date_line  # the one date grammar

    reading = parse_date_line(match.group("date"), table, notices=[])
    value = reading.value if reading is not None else None
    day = value.date() if isinstance(value, dt.datetime) else value
    return place[: match.start()].strip() or None, day


def _names_a_month(text: str, table: LanguageTable) -> bool:
    if "/" in text:
        return True
    months = set(table.months) | set(table.foreign_months)
    return any(w.strip(".,").lower() in months for w in text.split())


def is_publisher(token: str, table: LanguageTable, publisher_hint: str | None = None) -> bool:
    """True for an outlet token: a domain, a known brand, or the page's own publisher."""
    low = token.strip().lower()
    if not low:
        return False
    if _DOMAIN.search(low) and " " not in low.strip():
        return True
    if publisher_hint and low == publisher_hint.strip().lower():
        return True
    return low in table.publishers


def _read_head(
    head: str, table: LanguageTable, hint: str | None
) -> tuple[str | None, str | None] | None:
    """(publisher, place) of a dateline head, or None when the head is not a dateline."""
    if not head or head[0] in "\"'“”(" or len(head) > 80:
        return None
    parens = _PARENS.match(head)
    if parens:  # Shape C: PLACE (PUBLISHER)
        pub = parens.group("pub").strip()
        place = parens.group("place").strip().rstrip(",").strip() or None
        if not _looks_like_outlet(pub):
            return None
        if place is not None and not _is_place(place):
            return None
        return pub, place
    pieces = [p.strip() for p in head.split(",")]
    if any(not p for p in pieces) or len(pieces) > 3:
        return None
    pub_index = next((i for i, p in enumerate(pieces) if is_publisher(p, table, hint)), None)
    if pub_index is None and len(pieces) == 1:
        # 'Gagasanriau.com Tembilahan': an outlet token followed by a place, no comma.
        first, _, rest = head.partition(" ")
        if rest and is_publisher(first, table, hint) and _is_place(rest):
            return first, rest
        return (None, head) if _is_place(head) else None
    if pub_index is None:
        return (None, head) if all(_is_place(p) for p in pieces) else None
    publisher = pieces[pub_index]
    others = pieces[:pub_index] + pieces[pub_index + 1 :]
    if not all(_is_place(p) for p in others):
        return None
    place = ", ".join(others) or None
    return publisher, place


def _starts_sentence(text: str) -> bool:
    return bool(text) and (text[0].isupper() or text[0].isdigit() or text[0] in "\"“”'‘")


def _looks_like_outlet(token: str) -> bool:
    """A parenthesised outlet: 'ANTARA News', 'RIAUPOS.CO', 'SL', 'Antara/PRNewswire'."""
    words = token.split()
    return 0 < len(words) <= 3 and all(w[0].isupper() or _DOMAIN.search(w) for w in words)


def _is_place(text: str) -> bool:
    """Capitalised words (a city, optionally a province or a date), no sentence."""
    words = _WORD.findall(text)
    if not words or len(words) > _MAX_PLACE_WORDS:
        return False
    if not (words[0][0].isupper()):
        return False
    for word in words:
        if word.lower() in _PLACE_GLUE or _NUMERIC_DATE.fullmatch(word) or word.isdigit():
            continue
        if not (word[0].isupper() or word[0].isdigit()):
            return False
    return True

"""Bylines and closing credits: who wrote the article (docs/indonesian-news.md section 5).

Credits come in a few shapes: a labelled line (``Penulis: X``, ``Pewarta: X
dan Y``, ``Rep: X/ Red: Y``, ``Oleh : X``), ``Name - desk`` (Detik),
``Desk/Name`` (``Humas/Ragil Hadiwibowo``), a bare name line after the body
(``DINI TEJA``), and initials codes (``(vyp/kna)``), which are kept apart as
the signature. Labels and desk words come from the language tables.
"""

from __future__ import annotations

import re

from warta.fields.boilerplate import words_upto
from warta.lang import TABLES, LanguageTable
from warta.model import Byline, BylineRole

SIGNATURE = re.compile(r"\((?=[^()]*[A-Za-z*])[A-Za-z0-9*][\w*-]{0,7}(?:\s*/\s*[\w-]{1,10}){0,4}\)")
_SIGNATURE_LINE = re.compile(rf"^{SIGNATURE.pattern}$")
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’.-]*|[A-Z]\.?|(?:de|van|bin|binti|al|el)|[a-z]{1,3}\.)$")
_CODE = re.compile(r"^[A-Z]{0,3}\d+[A-Z]?$")
_DASH_DESK = re.compile(r"^(?P<name>[^-–—|/]{3,60}?)\s+[-–—]\s+(?P<desk>\S{2,30})$")
_SLASH = re.compile(r"^(?P<left>[^/]{2,40}?)\s*/\s*(?P<right>[^/]{2,60})$")
_SENTENCE_END = re.compile(r"[.!?…\"”’)]\s+")
_MAX_NAME_WORDS = 5
_MAX_DESK_WORDS = 4


def is_signature(line: str) -> bool:
    """True for a line that is only an initials code: '(fyk/ash)', '(kpl/pur/tch)', '(*)'."""
    return bool(_SIGNATURE_LINE.match(line.strip()))


def credit_label(text: str, table: LanguageTable) -> tuple[str, BylineRole, str] | None:
    """(label as written, role, the rest) when ``text`` opens with a credit label."""
    labels = _labels(table)
    starts = _label_starts(table)
    if starts is not None and text[:1].lower()[:1] not in starts:
        return None  # the first letter opens no label: most lines leave here
    low = text.lower()
    if _label_prefix(table).match(low) is None:
        return None  # no label opens the line: one scan instead of a startswith per label
    for label in labels:
        if not low.startswith(label):
            continue
        after = text[len(label) :]
        colon = re.match(r"^\s*:\s*", after)
        role = labels[label]
        if colon:
            return text[: len(label)], role, after[colon.end() :].strip()
        if role in ("author", "reporter") and re.match(r"^\s+[A-Z]", after):
            # No colon ('Oleh Desca Lidya Natalia', 'Laporan Wartawan Tribun Medan, Jefri
            # Susetio'): only names and desks may follow, or it is a sentence ('Oleh karena').
            parts = _people_and_desks(after.strip(), table)
            if parts is not None and parts[0]:
                return text[: len(label)], role, after.strip()
    return None


def bare_label(text: str, table: LanguageTable) -> BylineRole | None:
    """The role of a line that is only a credit label ('Penulis', 'Editor :')."""
    return _labels(table).get(text.strip().rstrip(":").strip().lower())


def is_source_credit(text: str, table: LanguageTable) -> bool:
    """'Sumber : Antara': names the source agency, not the writer."""
    return _source_label(table).match(text.strip().lower()) is not None


def credit_shape(text: str, table: LanguageTable) -> str | None:
    """Which credit shape a line has: 'label', 'dash' (Name - desk), 'slash' (Desk/Name), or None.

    The layout step uses it to decide where a shape is trusted: near the headline
    'Antara/Teresia May' is a photo credit, after the body 'Humas/Name' is the byline.
    """
    text = text.strip()
    if parse_byline(text, table, bare_names=False) is None:
        return None
    if credit_label(text, table) is not None:
        return "label"
    return "dash" if _DASH_DESK.match(text) else "slash"


def agency_credit(text: str, table: LanguageTable) -> Byline | None:
    """A bare news-agency credit on its own line ('ANTARA'): no person, the agency as desk."""
    text = text.strip()
    if " " in text or not text.isupper() or text.lower() not in table.publishers:
        return None
    return Byline(raw=text, people=[], desk=text, role="agency")


def parse_byline(text: str, table: LanguageTable, *, bare_names: bool = True) -> Byline | None:
    """Read one credit line ('Penulis: X', 'Rep: X Red: Y', 'Humas/Ragil Hadiwibowo').

    ``bare_names`` allows a line that is only a name ('DINI TEJA'); callers turn
    it off near the headline, where a bare name is usually a photo's subject.
    """
    text = text.strip().rstrip("|").strip()  # 'Vania Ika Aldida |' (split off a date line)
    if not text or len(text) > 160:
        return None
    labelled = credit_label(text, table)
    if labelled is None and not _may_be_unlabelled(text, bare_names):
        return None  # no shape fits: most lines leave here, before the signature tests
    if is_signature(text) or is_source_credit(text, table):
        return None
    if labelled is not None:
        return _labelled(text, labelled, table)
    dash = _DASH_DESK.match(text)
    if dash and _name_like(dash.group("name"), table):
        return Byline(
            raw=text, people=[dash.group("name").strip()], desk=dash.group("desk"), role="author"
        )
    slash = _SLASH.match(text)
    if slash:
        return _slashed(text, slash.group("left").strip(), slash.group("right").strip(), table)
    if bare_names and _name_like(text, table) and len(text.split()) >= 2:
        return Byline(raw=text, people=[text], role="author")
    return None


def _may_be_unlabelled(text: str, bare_names: bool) -> bool:
    """False when no unlabelled shape can match: 'Name - desk' needs a dash, 'Desk/Name'
    a slash, a bare name at most five words."""
    if "/" in text or "-" in text or "–" in text or "—" in text:
        return True
    return bare_names and words_upto(text, _MAX_NAME_WORDS) <= _MAX_NAME_WORDS


def split_trailing_credit(text: str, table: LanguageTable) -> tuple[str, Byline | None, str | None]:
    """Split a byline or a signature glued to the end of the last paragraph.

    Returns (paragraph without them, byline, signature). The credit must follow
    the last sentence ('... 100-0-100. Humas/Ragil Hadiwibowo').
    """
    rest, signature = _split_signature(text)
    ends = list(_SENTENCE_END.finditer(rest))
    if not ends:
        return rest, None, signature
    tail = rest[ends[-1].end() :].strip()
    if not tail or len(tail.split()) > 6 or tail[-1] in '.!?,;:"”':
        return rest, None, signature
    byline = parse_byline(tail, table)
    if byline is None:
        return rest, None, signature
    return rest[: ends[-1].end()].rstrip(), byline, signature


def _split_signature(text: str) -> tuple[str, str | None]:
    match = re.search(rf"(?<=[.!?\"”])\s*({SIGNATURE.pattern})\s*$", text)
    if match is None:
        return text, None
    return text[: match.start()].rstrip(), match.group(1)


def _labels(table: LanguageTable) -> dict[str, BylineRole]:
    """Labels of this table, then of the others ('By' in an Indonesian page), longest first."""
    cached = _LABELS.get(id(table))
    if cached is None:
        merged: dict[str, BylineRole] = {}
        for source in (table, *TABLES.values()):
            for label, role in source.byline_labels.items():
                merged.setdefault(label, role)  # type: ignore[arg-type]
        cached = _LABELS[id(table)] = dict(sorted(merged.items(), key=lambda item: -len(item[0])))
    return cached


_LABELS: dict[int, dict[str, BylineRole]] = {}
_STARTS: dict[int, frozenset[str] | None] = {}
_SOURCE_LABELS: dict[int, re.Pattern[str]] = {}


def _label_prefix(table: LanguageTable) -> re.Pattern[str]:
    """Matches at the start of a lower-cased line exactly when some label is its prefix."""
    found = _PREFIXES.get(id(table))
    if found is None:
        labels = "|".join(re.escape(label) for label in _labels(table))
        found = _PREFIXES[id(table)] = re.compile(labels if _labels(table) else "(?!)")
    return found


_PREFIXES: dict[int, re.Pattern[str]] = {}


def _label_starts(table: LanguageTable) -> frozenset[str] | None:
    """The first letters of the labels (None when an empty label would match anything)."""
    key = id(table)
    if key not in _STARTS:
        labels = _labels(table)
        _STARTS[key] = None if "" in labels else frozenset(label[0] for label in labels)
    return _STARTS[key]


def _source_label(table: LanguageTable) -> re.Pattern[str]:
    """'sumber :' and the like: any of the table's source labels, then a colon."""
    found = _SOURCE_LABELS.get(id(table))
    if found is None:
        labels = "|".join(re.escape(label) for label in table.source_labels)
        found = _SOURCE_LABELS[id(table)] = re.compile(rf"^(?:{labels})\s*:" if labels else "(?!)")
    return found


def _labelled(
    text: str, labelled: tuple[str, BylineRole, str], table: LanguageTable
) -> Byline | None:
    """A labelled credit; None when what follows the label is not names and desks."""
    _, role, rest = labelled
    if not rest:
        return None
    # 'Rep: X/ Red: Y': a second label after a slash or a pipe.
    segments = re.split(r"\s*[/|]\s*(?=[A-Za-z ]{2,20}\s*:)", rest)
    people: list[str] = []
    desks: list[str] = []
    for i, segment in enumerate(segments):
        if i:
            inner = credit_label(segment, table)
            segment = inner[2] if inner else segment
        parts = _people_and_desks(segment, table)
        if parts is None:
            return None
        people += parts[0]
        desks += parts[1]
    return Byline(raw=text, people=people, desk=", ".join(desks) or None, role=role)


def _slashed(text: str, left: str, right: str, table: LanguageTable) -> Byline | None:
    """'Humas/Ragil Hadiwibowo' (desk/name) or 'Ragil Hadiwibowo/Humas' (name/desk)."""
    if _is_desk(left, table) and _name_like(right, table):
        return Byline(raw=text, people=[right], desk=left, role="author")
    if _is_desk(right, table) and _name_like(left, table):
        return Byline(raw=text, people=[left], desk=right, role="author")
    return None


def _people_and_desks(text: str, table: LanguageTable) -> tuple[list[str], list[str]] | None:
    """Split a credit body into personal names and the parts that are not persons.

    None when a part is neither (a sentence, a headline): then it is no credit.
    """
    parts = [p.strip() for p in _part_separator(table).split(text) if p.strip()]
    people: list[str] = []
    desks: list[str] = []
    for part in parts:
        if _CODE.match(part):
            continue  # reporter codes such as 'C31' are neither names nor desks
        if _is_desk(part, table) and len(part.split()) <= _MAX_DESK_WORDS:
            desks.append(part)
        elif _name_like(part, table):
            people.append(part)
        else:
            return None
    return people, desks


def _part_separator(table: LanguageTable) -> re.Pattern[str]:
    """A comma, a slash or a joiner word ('dan'): what separates the parts of a credit (cached)."""
    found = _SEPARATORS.get(id(table))
    if found is None:
        joiners = "|".join(re.escape(j) for j in table.byline_joiners) or "dan"
        found = _SEPARATORS[id(table)] = re.compile(rf",\s*|\s+(?:{joiners})\s+|\s*/\s*")
    return found


_SEPARATORS: dict[int, re.Pattern[str]] = {}


def _is_desk(text: str, table: LanguageTable) -> bool:
    """A desk, office, outlet or handle: a desk word, a brand ('detikHealth'), a lowercase handle."""
    words = text.lower().split()
    if any(w in table.byline_desk_words for w in words):
        return True
    if len(words) == 1 and (text[0].islower() or re.search(r"[a-z][A-Z]", text) or "." in text):
        return True
    return text.isupper() and len(words) == 1 and len(text) <= 8


def _name_like(text: str, table: LanguageTable) -> bool:
    """Capitalised words only, at most five: 'Budisantoso Budiman', 'DINI TEJA', 'Agus S'."""
    words = text.split()
    if not words or len(words) > _MAX_NAME_WORDS:
        return False
    if any(w.lower() in table.byline_joiners for w in words):
        return False
    return all(_NAME_WORD.match(w) for w in words) and any(len(w.strip(".")) > 1 for w in words)

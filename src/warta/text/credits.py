"""Credits, signature and comment marker of a dump.

Byline candidates come from the header (labelled credits, ``Name - desk``, a
name split off the date line, a name over its label) and from the lines after
the body (also ``Desk/Name``, a bare name or agency right after the body); the
first writer credit wins, then an editor's, a photographer's, an agency's.
The signature is the first initials code after the body; the comment marker
the first marker line outside the body that is not in a most-commented list.
"""

from __future__ import annotations

import re

from warta.fields import byline as credits
from warta.fields.boilerplate import boilerplate_reason, ends_body, is_caption, strip_bullet
from warta.fields.comments import comment_count
from warta.fields.pattern_sets import AnyPattern
from warta.lang import LanguageTable
from warta.text.classify import credit_shape, is_comment_marker, parse_byline
from warta.text.header import header_credit, prefix_credit
from warta.text.lines import Line
from warta.text.roles import Layout, set_role

_TRAILER = 25
"""Lines after the body searched for credits and the signature."""
_MOST_COMMENTED_REACH = 30


_PRIORITY = {"author": 0, "reporter": 0, "editor": 1, "photographer": 2, "agency": 3}
_UNKNOWN = 9


def mark_credits(
    lines: list[Line],
    layout: Layout,
    headline: int | None,
    top: int,
    end: int,
    table: LanguageTable,
) -> None:
    """Pick the byline among header and trailer credits; mark the signature."""
    found: list[tuple[int, int]] = []  # (priority, line)
    start = max(0, (headline if headline is not None else top) - 3)
    for i in range(start, top):
        if layout.roles[i] != "boilerplate":
            continue
        if header_credit(lines[i].text, table) or prefix_credit(lines, i, table):
            found.append((_role_priority(lines[i].text, table), i))
        elif (role := _label_below(lines, i, top, table)) is not None:
            found.append((_PRIORITY.get(role, _UNKNOWN), i))
    trailer = range(end + 1, min(len(lines), end + 1 + _TRAILER))
    signature_seen = False
    for rank, i in enumerate(trailer):
        text = lines[i].text
        if layout.roles[i] != "boilerplate":
            continue
        if is_comment_marker(text, table):
            break
        if credits.is_signature(text) and not signature_seen:
            set_role(layout, i, "signature", "signature")
            signature_seen = True
            continue
        if credit_shape(text, table) is not None or (
            rank == 0 and _first_trailer_credit(text, table)
        ):
            found.append((_role_priority(text, table), i))
    for priority, i in sorted(found):
        if priority < _UNKNOWN:
            set_role(layout, i, "byline", "byline")
            break
    for _, i in found:
        if layout.roles[i] == "boilerplate":
            layout.reasons[i] = "credit"


def _first_trailer_credit(text: str, table: LanguageTable) -> bool:
    """A bare name ('DINI TEJA') or agency ('ANTARA') on the line right after the body."""
    if ends_body(text, table) or boilerplate_reason(text, table) or is_caption(text, table):
        return False
    return parse_byline(text, table) is not None or credits.agency_credit(text, table) is not None


def _role(text: str, table: LanguageTable) -> str | None:
    byline = parse_byline(text, table) or credits.agency_credit(text, table)
    return byline.role if byline is not None else None


def _label_below(lines: list[Line], i: int, top: int, table: LanguageTable) -> str | None:
    """The role of a bare label under a name ('Isna Rifka Sri Rahayu' / 'Penulis', Kompas 2023)."""
    if i + 1 >= top or parse_byline(lines[i].text, table) is None:
        return None
    return credits.bare_label(strip_bullet(lines[i + 1].text), table)


def _role_priority(text: str, table: LanguageTable) -> int:
    return _PRIORITY.get(_role(text, table) or "", _UNKNOWN)


def mark_comments(lines: list[Line], layout: Layout, table: LanguageTable) -> None:
    """The first comment marker outside the body that is not in a most-commented list."""
    for i, line in enumerate(lines):
        if layout.roles[i] != "boilerplate" or not is_comment_marker(line.text, table):
            continue
        if _in_popular_list(lines, i, table):
            continue
        set_role(layout, i, "comments", "comments")
        return


def _in_popular_list(lines: list[Line], i: int, table: LanguageTable) -> bool:
    """A count such as '74 komentar' under a 'Terkomentari' header belongs to that list."""
    if comment_count(lines[i].text) is None:
        return False
    reach = range(i - 1, max(-1, i - _MOST_COMMENTED_REACH), -1)
    header = _list_header(table)
    return any(header.test(lines[k].text) for k in reach)


_LIST_HEADERS: dict[int, AnyPattern] = {}


def _list_header(table: LanguageTable) -> AnyPattern:
    """Any of this table's ``not_comment_patterns`` (compiled once, not looked up per line)."""
    found = _LIST_HEADERS.get(id(table))
    if found is None:
        found = _LIST_HEADERS[id(table)] = AnyPattern.of(list(table.not_comment_patterns), re.I)
    return found

"""Give every line of a dump its role: the layout rules for text dumps.

The body is found first, because it is the one part with a strong shape:
a run of sentence lines. The lead is the first line of that run, or a line
that opens with a dateline (``LHOKSEUMAWE, KOMPAS.com –``), or the line after
a dateline standing alone (``Jakarta -``). From the lead the body runs on over
inserts (``Baca juga``, ads, captions, intertitles) until a hard end (credit,
signature, list header, comment marker) or until no sentence follows for a
while. Everything above the lead is the header, where the headline is the
title-shaped line best supported by its neighbours (a date line or credit
under it, a copy of it elsewhere, a label above it); the section is the label
just above the headline. Credits and the signature are looked for in the
header and after the body. Every other line is boilerplate, with a reason.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from warta.blocks import Role
from warta.fields import byline as credits
from warta.fields.boilerplate import boilerplate_reason, ends_body, is_caption, strip_bullet
from warta.fields.comments import comment_count, is_comment_marker
from warta.fields.dateline import read_dateline_line, split_dateline
from warta.lang import LanguageTable
from warta.text.classify import is_body_prose, is_date_line, is_label, is_prose, is_title
from warta.text.lines import Line

_LOOKAHEAD = 6
"""Non-sentence lines the body may run over before it is taken to have ended."""
_LEAD_SHARE = 0.1
"""A dateline lead wins when its body is at least this share of the largest prose run."""
_TRAILER = 25
"""Lines after the body searched for credits and the signature."""
_HEADING_MAX_WORDS = 10
_NEAR_LEAD = 15
"""Lines above the lead within which a headline candidate counts as near the article."""
_BREADCRUMB_MAX_ITEMS = 4
_MOST_COMMENTED_REACH = 30


_CACHES: list[dict[tuple[str, int], Any]] = []
T = TypeVar("T")


def _per_text(fn: Callable[[str, LanguageTable], T]) -> Callable[[str, LanguageTable], T]:
    """Remember a line test's answer for the document being laid out.

    The header and body rules ask the same questions about the same lines many
    times; :func:`lay_out` clears the memory for every document.
    """
    cache: dict[tuple[str, int], Any] = {}
    _CACHES.append(cache)

    def wrapper(text: str, table: LanguageTable) -> T:
        key = (text, id(table))
        if key not in cache:
            cache[key] = fn(text, table)
        result: T = cache[key]
        return result

    return wrapper


@dataclass(slots=True)
class Layout:
    """Roles and reasons, one per line."""

    roles: list[Role]
    reasons: list[str]
    body: list[int] = field(default_factory=list)


def split_date_prefixes(lines: list[Line], table: LanguageTable) -> list[Line]:
    """Split 'Name | date' and 'Section | date' lines into two lines.

    Okezone prints the writer before the date (``Vania Ika Aldida | Jum'at, 17
    Februari 2017 - 13:30 wib``), Riau Pos the section (``Riau | Rabu, 09 Desember
    2015 - 09:52 WIB``). Split, the prefix can be a credit or a section while the
    date stays a date line. The separator stays with the prefix.
    """
    out: list[Line] = []
    for line in lines:
        prefix, sep, rest = line.text.partition(" | ")
        if (
            sep
            and is_date_line(rest, table)
            and not is_date_line(prefix, table)
            and not any(c.isdigit() for c in prefix)
            and 1 <= len(prefix.split()) <= _PREFIX_MAX_WORDS
        ):
            out.append(Line(prefix + " |", line.start, line.gap))
            out.append(Line(rest, line.start + len(prefix) + len(sep), 0))
        else:
            out.append(line)
    return out


_PREFIX_MAX_WORDS = 5


def lay_out(lines: list[Line], table: LanguageTable) -> Layout:
    """Assign a role and a reason to every line."""
    for cache in _CACHES:
        cache.clear()
    n = len(lines)
    layout = Layout(["boilerplate"] * n, [""] * n)
    lead, standalone = _find_lead(lines, table)
    if lead is None:
        _fill_reasons(lines, layout, table, 0, n)
        return layout
    body, headings, end = _walk_body(lines, lead, table)
    for i in body:
        layout.roles[i] = "body"
    for i in headings:
        layout.roles[i] = "heading"
    layout.body = body
    top = standalone if standalone is not None else lead
    if standalone is not None:
        _set(layout, standalone, "dateline", "dateline")
    headline = _headline(lines, top, table)
    if headline is not None:
        _set(layout, headline, "headline", "headline")
        _header(lines, layout, headline, top, table)
    _credits(lines, layout, headline, top, end, table)
    _comments(lines, layout, table)
    _fill_reasons(lines, layout, table, lead, end)
    return layout


def _set(layout: Layout, i: int, role: Role, reason: str) -> None:
    layout.roles[i] = role
    layout.reasons[i] = reason


# --- the body ---------------------------------------------------------------------------------


def _find_lead(lines: list[Line], table: LanguageTable) -> tuple[int | None, int | None]:
    """(lead line, standalone dateline line or None)."""
    runs = _prose_runs(lines, table)
    if not runs:
        return None, None
    best_start, best_score = max(runs, key=lambda run: run[1])
    walked = -1  # a rejected lead's body: later leads inside it have smaller bodies
    for i in range(len(lines)):
        if i <= walked:
            continue
        candidate = _dateline_lead(lines, i, table)
        if candidate is None:
            continue
        body, _, end = _walk_body(lines, candidate[0], table)
        if _score(lines, body) >= _LEAD_SHARE * best_score:
            return candidate
        walked = end
    return best_start, None


def _dateline_lead(
    lines: list[Line], i: int, table: LanguageTable
) -> tuple[int, int | None] | None:
    text = lines[i].text
    if i + 1 < len(lines) and read_dateline_line(text, table) is not None:
        nxt = lines[i + 1].text
        if is_prose(nxt) and not _insert_reason(nxt, table):
            return i + 1, i
    if lines[i].bullet or not is_body_prose(text) or len(text.split()) < 6:
        return None
    dateline, rest = split_dateline(text, table)
    if dateline is None or not rest:
        return None
    return i, None


def _prose_runs(lines: list[Line], table: LanguageTable) -> list[tuple[int, int]]:
    """(start, score) of each run of prose: the candidate bodies of the dump."""
    runs: list[tuple[int, int]] = []
    covered = -1
    for i, line in enumerate(lines):
        if (
            i <= covered
            or not is_prose(line.text)
            or line.bullet
            or _insert_reason(line.text, table)
        ):
            continue
        if _hard_end(line.text, table):
            continue
        body, _, end = _walk_body(lines, i, table)
        runs.append((i, _score(lines, body)))
        covered = end
    return runs


def _score(lines: list[Line], body: list[int]) -> int:
    return sum(len(lines[i].text) for i in body)


def _walk_body(
    lines: list[Line], lead: int, table: LanguageTable
) -> tuple[list[int], list[int], int]:
    """(body lines, intertitle lines, last body line) of the body that starts at ``lead``."""
    body = [lead]
    headings: list[int] = []
    pending: list[int] = []
    since = 0
    for j in range(lead + 1, len(lines)):
        text = lines[j].text
        if _hard_end(text, table):
            break
        kind = _body_kind(lines, j, table)
        if kind == "prose":
            headings += pending
            pending = []
            body.append(j)
            since = 0
            continue
        if kind == "heading":
            pending.append(j)
        since += 1
        if since > _LOOKAHEAD:
            break
    return body, headings, body[-1]


def _body_kind(lines: list[Line], j: int, table: LanguageTable) -> str:
    line = lines[j]
    if _insert_reason(line.text, table) or (line.bullet and line.words < _LONG_BULLET):
        return "insert"
    if is_body_prose(line.text):
        return "prose"
    if _heading_shape(line.text) and j + 1 < len(lines):
        nxt = lines[j + 1].text
        if is_body_prose(nxt) and not _insert_reason(nxt, table) and not _hard_end(nxt, table):
            return "heading"
    return "insert"


_LONG_BULLET = 15


def _heading_shape(text: str) -> bool:
    """An intertitle: 1-10 words, a capital first, no closing full stop or comma."""
    words = text.split()
    if not 1 <= len(words) <= _HEADING_MAX_WORDS or text.endswith((".", ",", ":", ";")):
        return False
    return text[0].isupper() or text[0].isdigit()


@_per_text
def _insert_reason(text: str, table: LanguageTable) -> str | None:
    """Why a line inside the body is not a paragraph (a 'Baca juga' line, a caption, an ad)."""
    reason = boilerplate_reason(text, table)
    if reason is not None:
        return reason
    return "caption" if is_caption(text, table) else None


@_per_text
def _hard_end(text: str, table: LanguageTable) -> bool:
    """A line after which the body cannot continue: credits, signature, list headers, comments."""
    if credits.is_signature(text) or is_comment_marker(text, table) or ends_body(text, table):
        return True
    if credits.is_source_credit(text, table):
        return True
    label = credits.credit_label(text, table)
    return (
        label is not None
        and label[1] != "photographer"
        and credits.parse_byline(text, table) is not None
    )


# --- the header -------------------------------------------------------------------------------


def _headline(lines: list[Line], top: int, table: LanguageTable) -> int | None:
    """The title-shaped header line with the most support from its neighbours."""
    best: tuple[int, int] | None = None
    copies = Counter(line.text for line in lines[:top])
    for i in range(top):
        text = lines[i].text
        if lines[i].bullet or not is_title(text) or _not_headline(text, table):
            continue
        if _is_date_prefix(lines, i, table):
            continue
        score = 3 if _dated_below(lines, i, top, table) else 0
        if copies[text] > 1:
            score += 2
        if top - i <= _NEAR_LEAD:
            score += 2
        above = _above(lines, i, table)
        if above is not None and is_label(lines[above].text):
            score += 1
        if best is None or score >= best[1]:
            best = (i, score)
    # The winning copy is the headline (its neighbours made it win); other copies are repeats.
    return best[0] if best is not None else None


def _dated_below(lines: list[Line], i: int, top: int, table: LanguageTable) -> bool:
    """A date line or credit follows within four lines, before any other title.

    A kicker above the headline has the headline between it and the date line.
    """
    for k in range(i + 1, min(top, i + 5)):
        text = lines[k].text
        if (
            is_date_line(text, table)
            or _header_credit(text, table)
            or _is_date_prefix(lines, k, table)
        ):
            return True
        if is_title(text) and text != lines[i].text and not _not_headline(text, table):
            return False
    return False


@_per_text
def _not_headline(text: str, table: LanguageTable) -> bool:
    return (
        is_date_line(text, table)
        or is_caption(text, table)
        or boilerplate_reason(text, table) is not None
        or is_comment_marker(text, table)
        or credits.credit_shape(text, table) is not None
        or ends_body(text, table)
    )


def _above(lines: list[Line], i: int, table: LanguageTable) -> int | None:
    """The nearest line above ``i`` that is not a date line."""
    for k in range(i - 1, -1, -1):
        if not is_date_line(lines[k].text, table):
            return k
    return None


def _header(
    lines: list[Line], layout: Layout, headline: int, top: int, table: LanguageTable
) -> None:
    """Section, date line and deck around the headline; repeats of the headline."""
    title = lines[headline].text
    for i in range(top):
        if i != headline and lines[i].text == title:
            _set(layout, i, "boilerplate", "repeated-headline")
    section, kicker = _section(lines, headline, table)
    if kicker is not None:
        _set(layout, kicker, "kicker", "kicker")
    date = _date_line(lines, headline, top, table)
    if date is not None:
        _set(layout, date, "date", "date")
        prefix = date - 1 if date and _is_date_prefix(lines, date - 1, table) else None
        if section is None and prefix is not None and not _prefix_credit(lines, prefix, table):
            section = prefix  # 'Riau | Rabu, 09 Desember 2015 - 09:52 WIB'
    if section is not None:
        _set(layout, section, "section", "section")
    nxt = headline + 1
    if nxt < top and layout.roles[nxt] == "boilerplate" and _is_deck(lines[nxt].text, table):
        _set(layout, nxt, "deck", "deck")


def _section(
    lines: list[Line], headline: int, table: LanguageTable
) -> tuple[int | None, int | None]:
    """(section line, kicker line) above the headline.

    The section is the rubric label nearest above the headline, unless it closes a
    site-wide menu. When that label is a plain topic line and a breadcrumb sits
    just above it (``Home » Regional » Medan`` then ``Pos Polisi Dirusak``), the
    breadcrumb names the section and the label is a kicker.
    """
    above = _above(lines, headline, table)
    if above is None or not _rubric(lines, above, table):
        return None, None
    crumb = above - 1
    if (
        not _breadcrumb(lines, above)
        and crumb >= 0
        and _breadcrumb(lines, crumb)
        and _rubric(lines, crumb, table)
    ):
        return crumb, above
    return above, None


def _rubric(lines: list[Line], i: int, table: LanguageTable) -> bool:
    """A label line that can name the section (not a menu's last item, not 'Home')."""
    from warta.fields.assemble import section_value

    text = lines[i].text
    if not is_label(text) or boilerplate_reason(text, table) or is_comment_marker(text, table):
        return False
    if lines[i].bullet and _list_items(lines, i) > _BREADCRUMB_MAX_ITEMS:
        return False
    return section_value(text, table) is not None


def _breadcrumb(lines: list[Line], i: int) -> bool:
    """Items joined by separators on one line, or a short list of items."""
    text = lines[i].text
    return lines[i].bullet or bool(re.search(r"\S\s*(?:»|>|›)\s*\S", text))


def _list_items(lines: list[Line], last: int) -> int:
    """How many list items run up to ``last`` (a breadcrumb has few, a menu many).

    A list is a run of item lines with no blank line between them (sub-items and
    wrapped entries included), or a run of items each set apart by one blank line.
    """
    count = 0
    spaced = lines[last].gap == 1
    k = last
    while k >= 0:
        count += lines[k].bullet
        gap = lines[k].gap
        if k == 0 or (gap and not (spaced and gap == 1 and lines[k - 1].bullet)):
            break
        k -= 1
    return count


def _date_line(lines: list[Line], headline: int, top: int, table: LanguageTable) -> int | None:
    """The date line under the headline, else one just above it (Republika prints it first)."""
    for i in range(headline + 1, top):
        if is_date_line(lines[i].text, table):
            return i
    for i in range(headline - 1, max(-1, headline - 4), -1):
        if is_date_line(lines[i].text, table):
            return i
    return None


def _is_deck(text: str, table: LanguageTable) -> bool:
    """A standfirst: one sentence right under the headline."""
    return (
        is_prose(text)
        and text.endswith((".", "!", "?"))
        and not is_caption(text, table)
        and not is_date_line(text, table)
        and len(text.split()) <= 40
    )


# --- credits, signature, comments -------------------------------------------------------------


@_per_text
def _header_credit(text: str, table: LanguageTable) -> bool:
    return credits.credit_shape(text, table) in ("label", "dash")


def _is_date_prefix(lines: list[Line], i: int, table: LanguageTable) -> bool:
    """A piece split off the front of the next line, a date line ('Riau |')."""
    return (
        i + 1 < len(lines)
        and lines[i].text.endswith(" |")
        and lines[i + 1].gap == 0
        and is_date_line(lines[i + 1].text, table)
        and is_label(lines[i].text.rstrip("| "))
    )


def _prefix_credit(lines: list[Line], i: int, table: LanguageTable) -> bool:
    """A writer's name in front of the date line ('Vania Ika Aldida | Jum'at, ...')."""
    text = lines[i].text
    return (
        _is_date_prefix(lines, i, table)
        and len(text.split()) >= _NAME_MIN_WORDS + 1
        and (credits.parse_byline(text, table) is not None)
    )


_NAME_MIN_WORDS = 2


_PRIORITY = {"author": 0, "reporter": 0, "editor": 1, "photographer": 2, "agency": 3}
_UNKNOWN = 9


def _credits(
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
        if _header_credit(lines[i].text, table) or _prefix_credit(lines, i, table):
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
            _set(layout, i, "signature", "signature")
            signature_seen = True
            continue
        if credits.credit_shape(text, table) is not None or (
            rank == 0 and _first_trailer_credit(text, table)
        ):
            found.append((_role_priority(text, table), i))
    for priority, i in sorted(found):
        if priority < _UNKNOWN:
            _set(layout, i, "byline", "byline")
            break
    for _, i in found:
        if layout.roles[i] == "boilerplate":
            layout.reasons[i] = "credit"


def _first_trailer_credit(text: str, table: LanguageTable) -> bool:
    """A bare name ('DINI TEJA') or agency ('ANTARA') on the line right after the body."""
    if ends_body(text, table) or boilerplate_reason(text, table) or is_caption(text, table):
        return False
    return (
        credits.parse_byline(text, table) is not None
        or credits.agency_credit(text, table) is not None
    )


def _role(text: str, table: LanguageTable) -> str | None:
    byline = credits.parse_byline(text, table) or credits.agency_credit(text, table)
    return byline.role if byline is not None else None


def _label_below(lines: list[Line], i: int, top: int, table: LanguageTable) -> str | None:
    """The role of a bare label under a name ('Isna Rifka Sri Rahayu' / 'Penulis', Kompas 2023)."""
    if i + 1 >= top or credits.parse_byline(lines[i].text, table) is None:
        return None
    return credits.bare_label(strip_bullet(lines[i + 1].text), table)


def _role_priority(text: str, table: LanguageTable) -> int:
    return _PRIORITY.get(_role(text, table) or "", _UNKNOWN)


def _comments(lines: list[Line], layout: Layout, table: LanguageTable) -> None:
    """The first comment marker outside the body that is not in a most-commented list."""
    for i, line in enumerate(lines):
        if layout.roles[i] != "boilerplate" or not is_comment_marker(line.text, table):
            continue
        if _in_popular_list(lines, i, table):
            continue
        _set(layout, i, "comments", "comments")
        return


def _in_popular_list(lines: list[Line], i: int, table: LanguageTable) -> bool:
    """A count such as '74 komentar' under a 'Terkomentari' header belongs to that list."""
    if comment_count(lines[i].text) is None:
        return False
    reach = range(i - 1, max(-1, i - _MOST_COMMENTED_REACH), -1)
    return any(re.search(p, lines[k].text, re.I) for k in reach for p in table.not_comment_patterns)


def _fill_reasons(
    lines: list[Line], layout: Layout, table: LanguageTable, lead: int, end: int
) -> None:
    """A reason for every boilerplate line: the pattern it matched, or where it sits."""
    for i, line in enumerate(lines):
        if layout.roles[i] != "boilerplate" or layout.reasons[i]:
            continue
        reason = _insert_reason(line.text, table)
        if reason is None and is_date_line(line.text, table):
            reason = "date-line"
        if reason is None:
            reason = "header" if i < lead else "insert" if i <= end else "after-body"
        layout.reasons[i] = reason

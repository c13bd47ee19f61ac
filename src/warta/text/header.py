"""The header of a dump: headline, section and kicker, date line, deck.

Everything above the lead is the header. The headline is the title-shaped
line best supported by its neighbours (a date line or credit under it, a copy
of it elsewhere, a label above it, nearness to the lead); the section is the
label just above it, or the breadcrumb above a kicker; the date line is the
first one under the headline.
"""

from __future__ import annotations

import re
from collections import Counter

from warta.fields.boilerplate import boilerplate_reason, ends_body, is_caption
from warta.lang import LanguageTable
from warta.text.classify import (
    credit_shape,
    is_comment_marker,
    is_date_line,
    is_label,
    is_prose,
    is_title,
    parse_byline,
)
from warta.text.lines import Line
from warta.text.memo import per_text
from warta.text.roles import Layout, set_role

_NEAR_LEAD = 15
"""Lines above the lead within which a headline candidate counts as near the article."""
_BREADCRUMB_MAX_ITEMS = 4


def split_date_prefixes(lines: list[Line], table: LanguageTable) -> list[Line]:
    """Split 'Name | date' and 'Section | date' lines into two lines.

    Okezone prints the writer before the date (``Vania Ika Aldida | Jum'at, 17
    Februari 2017 - 13:30 wib``), Riau Pos the section (``Riau | Rabu, 09 Desember
    2015 - 09:52 WIB``). Split, the prefix can be a credit or a section while the
    date stays a date line. The separator stays with the prefix. The same list
    comes back when no line is split.
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
    return out if len(out) != len(lines) else lines


_PREFIX_MAX_WORDS = 5


def find_headline(lines: list[Line], top: int, table: LanguageTable) -> int | None:
    """The title-shaped header line with the most support from its neighbours.

    Ties go to the later line, so the lines are scored from the lead upwards and
    an earlier one must score strictly higher to win. A line whose best possible
    score cannot do that is not tested at all: whole-page dumps have hundreds of
    title-shaped menu and teaser lines far above the article.
    """
    best: tuple[int, int] | None = None
    copies = Counter(line.text for line in lines[:top])
    for i in range(top - 1, -1, -1):
        text = lines[i].text
        sure = (2 if copies[text] > 1 else 0) + (2 if top - i <= _NEAR_LEAD else 0)
        if best is not None and sure + _DATED + _LABELLED <= best[1]:
            continue  # it cannot win even with a date line below and a label above
        if lines[i].bullet or not is_title(text) or _not_headline(text, table):
            continue
        if is_date_prefix(lines, i, table):
            continue
        score = sure + (_DATED if _dated_below(lines, i, top, table) else 0)
        above = line_above(lines, i, table)
        if above is not None and is_label(lines[above].text):
            score += _LABELLED
        if best is None or score > best[1]:
            best = (i, score)
    # The winning copy is the headline (its neighbours made it win); other copies are repeats.
    return best[0] if best is not None else None


_DATED = 3
"""Score for a date line or credit under the line."""
_LABELLED = 1
"""Score for a label (section, kicker) above the line."""


def _dated_below(lines: list[Line], i: int, top: int, table: LanguageTable) -> bool:
    """A date line or credit follows within four lines, before any other title.

    A kicker above the headline has the headline between it and the date line.
    """
    for k in range(i + 1, min(top, i + 5)):
        text = lines[k].text
        if (
            is_date_line(text, table)
            or header_credit(text, table)
            or is_date_prefix(lines, k, table)
        ):
            return True
        if is_title(text) and text != lines[i].text and not _not_headline(text, table):
            return False
    return False


@per_text
def _not_headline(text: str, table: LanguageTable) -> bool:
    return (
        is_date_line(text, table)
        or is_caption(text, table)
        or boilerplate_reason(text, table) is not None
        or is_comment_marker(text, table)
        or credit_shape(text, table) is not None
        or ends_body(text, table)
    )


def line_above(lines: list[Line], i: int, table: LanguageTable) -> int | None:
    """The nearest line above ``i`` that is not a date line."""
    for k in range(i - 1, -1, -1):
        if not is_date_line(lines[k].text, table):
            return k
    return None


def mark_header(
    lines: list[Line], layout: Layout, headline: int, top: int, table: LanguageTable
) -> None:
    """Section, date line and deck around the headline; repeats of the headline."""
    title = lines[headline].text
    for i in range(top):
        if i != headline and lines[i].text == title:
            set_role(layout, i, "boilerplate", "repeated-headline")
    section, kicker = _section(lines, headline, table)
    if kicker is not None:
        set_role(layout, kicker, "kicker", "kicker")
    date = _date_line(lines, headline, top, table)
    if date is not None:
        set_role(layout, date, "date", "date")
        prefix = date - 1 if date and is_date_prefix(lines, date - 1, table) else None
        if section is None and prefix is not None and not prefix_credit(lines, prefix, table):
            section = prefix  # 'Riau | Rabu, 09 Desember 2015 - 09:52 WIB'
    if section is not None:
        set_role(layout, section, "section", "section")
    nxt = headline + 1
    if nxt < top and layout.roles[nxt] == "boilerplate" and _is_deck(lines[nxt].text, table):
        set_role(layout, nxt, "deck", "deck")


def _section(
    lines: list[Line], headline: int, table: LanguageTable
) -> tuple[int | None, int | None]:
    """(section line, kicker line) above the headline.

    The section is the rubric label nearest above the headline, unless it closes a
    site-wide menu. When that label is a plain topic line and a breadcrumb sits
    just above it (``Home » Regional » Medan`` then ``Pos Polisi Dirusak``), the
    breadcrumb names the section and the label is a kicker.
    """
    above = line_above(lines, headline, table)
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


@per_text
def header_credit(text: str, table: LanguageTable) -> bool:
    """A credit trusted near the headline: labelled or 'Name - desk' ('Desk/Name' is a photo credit)."""
    return credit_shape(text, table) in ("label", "dash")


def is_date_prefix(lines: list[Line], i: int, table: LanguageTable) -> bool:
    """A piece split off the front of the next line, a date line ('Riau |')."""
    return (
        i + 1 < len(lines)
        and lines[i].text.endswith(" |")
        and lines[i + 1].gap == 0
        and is_date_line(lines[i + 1].text, table)
        and is_label(lines[i].text.rstrip("| "))
    )


def prefix_credit(lines: list[Line], i: int, table: LanguageTable) -> bool:
    """A writer's name in front of the date line ('Vania Ika Aldida | Jum'at, ...')."""
    text = lines[i].text
    return (
        is_date_prefix(lines, i, table)
        and len(text.split()) >= _NAME_MIN_WORDS + 1
        and (parse_byline(text, table) is not None)
    )


_NAME_MIN_WORDS = 2

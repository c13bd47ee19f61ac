"""Give every line of a dump its role: the layout rules for text dumps.

The body is found first (:mod:`warta.text.body`), because it is the one part
with a strong shape: a run of sentence lines. Everything above its lead is the
header (:mod:`warta.text.header`: headline, section, date line, deck); credits,
signature and comment marker come from the header and the lines after the
body (:mod:`warta.text.credits`). Every other line is boilerplate, with a reason.
See docs/text-dumps.md.
"""

from __future__ import annotations

from warta.lang import LanguageTable
from warta.text.body import find_lead, insert_reason
from warta.text.classify import is_date_line
from warta.text.credits import mark_comments, mark_credits
from warta.text.header import find_headline, mark_header, split_date_prefixes
from warta.text.lines import Line
from warta.text.memo import forget
from warta.text.roles import Layout, set_role

__all__ = ["Layout", "lay_out", "split_date_prefixes"]


def lay_out(lines: list[Line], table: LanguageTable, prose: list[bool]) -> Layout:
    """Assign a role and a reason to every line (``prose``: :func:`~warta.text.classify.is_prose`
    of each line, which the caller has asked already)."""
    forget()
    n = len(lines)
    layout = Layout(["boilerplate"] * n, [""] * n)
    lead, standalone, walk = find_lead(lines, table, prose)
    if lead is None or walk is None:
        _fill_reasons(lines, layout, table, 0, n)
        return layout
    body, headings, end = walk
    for i in body:
        layout.roles[i] = "body"
    for i in headings:
        layout.roles[i] = "heading"
    layout.body = body
    top = standalone if standalone is not None else lead
    if standalone is not None:
        set_role(layout, standalone, "dateline", "dateline")
    headline = find_headline(lines, top, table)
    if headline is not None:
        set_role(layout, headline, "headline", "headline")
        mark_header(lines, layout, headline, top, table)
    mark_credits(lines, layout, headline, top, end, table)
    mark_comments(lines, layout, table)
    _fill_reasons(lines, layout, table, lead, end)
    return layout


def _fill_reasons(
    lines: list[Line], layout: Layout, table: LanguageTable, lead: int, end: int
) -> None:
    """A reason for every boilerplate line: the pattern it matched, or where it sits."""
    roles, reasons = layout.roles, layout.reasons
    for i, line in enumerate(lines):
        if roles[i] != "boilerplate" or reasons[i]:
            continue
        reason = insert_reason(line.text, table)
        if reason is None and is_date_line(line.text, table):
            reason = "date-line"
        if reason is None:
            reason = "header" if i < lead else "insert" if i <= end else "after-body"
        reasons[i] = reason

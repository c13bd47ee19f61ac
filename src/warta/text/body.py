"""The article body of a dump: where it starts and how far it runs.

The body is the one part of a dump with a strong shape: a run of sentence
lines. The lead is the first line of the largest run, or a line that opens
with a dateline (``LHOKSEUMAWE, KOMPAS.com –``), or the line after a dateline
standing alone (``Jakarta -``). From the lead the body runs on over inserts
(``Baca juga``, ads, captions, intertitles) until a hard end (a credit, a
signature, a list header, a comment marker) or until no sentence follows for
a while.
"""

from __future__ import annotations

from warta.fields import byline as credits
from warta.fields.boilerplate import boilerplate_reason, ends_body, is_caption, words_upto
from warta.fields.dateline import read_dateline_line, split_dateline
from warta.lang import LanguageTable
from warta.text.classify import is_body_prose, is_comment_marker, is_prose, parse_byline
from warta.text.lines import Line
from warta.text.memo import per_text

_LOOKAHEAD = 6
"""Non-sentence lines the body may run over before it is taken to have ended."""
_LEAD_SHARE = 0.1
"""A dateline lead wins when its body is at least this share of the largest prose run."""
_HEADING_MAX_WORDS = 10


Walk = tuple[list[int], list[int], int]
"""What :func:`walk_body` returns: body lines, intertitle lines, last body line."""


def find_lead(
    lines: list[Line], table: LanguageTable, prose: list[bool]
) -> tuple[int | None, int | None, Walk | None]:
    """(lead line, standalone dateline line or None, the body walked from the lead).

    ``prose`` is :func:`~warta.text.classify.is_prose` of each line. The walk is
    handed back so the layout does not walk the chosen body twice.
    """
    runs = _prose_runs(lines, table, prose)
    if not runs:
        return None, None, None
    best_start, best_score, best_walk = max(runs, key=lambda run: run[1])
    walks = {start: walk for start, _, walk in runs}  # a dateline lead often opens a run
    walked = -1  # a rejected lead's body: later leads inside it have smaller bodies
    for i in range(len(lines)):
        if i <= walked:
            continue
        candidate = _dateline_lead(lines, i, table)
        if candidate is None:
            continue
        walk = walks.get(candidate[0]) or walk_body(lines, candidate[0], table)
        if _score(lines, walk[0]) >= _LEAD_SHARE * best_score:
            return candidate[0], candidate[1], walk
        walked = walk[2]
    return best_start, None, best_walk


def _dateline_lead(
    lines: list[Line], i: int, table: LanguageTable
) -> tuple[int, int | None] | None:
    text = lines[i].text
    if i + 1 < len(lines) and read_dateline_line(text, table) is not None:
        nxt = lines[i + 1].text
        if is_prose(nxt) and not insert_reason(nxt, table):
            return i + 1, i
    if lines[i].bullet or not is_body_prose(text) or words_upto(text, 6) < 6:
        return None
    dateline, rest = split_dateline(text, table)
    if dateline is None or not rest:
        return None
    return i, None


def _prose_runs(
    lines: list[Line], table: LanguageTable, prose: list[bool]
) -> list[tuple[int, int, Walk]]:
    """(start, score, walk) of each run of prose: the candidate bodies of the dump."""
    runs: list[tuple[int, int, Walk]] = []
    covered = -1
    for i, line in enumerate(lines):
        if i <= covered or not prose[i] or line.bullet or insert_reason(line.text, table):
            continue
        if _hard_end(line.text, table):
            continue
        walk = walk_body(lines, i, table)
        runs.append((i, _score(lines, walk[0]), walk))
        covered = walk[2]
    return runs


def _score(lines: list[Line], body: list[int]) -> int:
    return sum(len(lines[i].text) for i in body)


def walk_body(lines: list[Line], lead: int, table: LanguageTable) -> Walk:
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
    if insert_reason(line.text, table) or (line.bullet and line.words < _LONG_BULLET):
        return "insert"
    if is_body_prose(line.text):
        return "prose"
    if _heading_shape(line.text) and j + 1 < len(lines):
        nxt = lines[j + 1].text
        if is_body_prose(nxt) and not insert_reason(nxt, table) and not _hard_end(nxt, table):
            return "heading"
    return "insert"


_LONG_BULLET = 15


def _heading_shape(text: str) -> bool:
    """An intertitle: 1-10 words, a capital first, no closing full stop or comma."""
    words = text.split()
    if not 1 <= len(words) <= _HEADING_MAX_WORDS or text.endswith((".", ",", ":", ";")):
        return False
    return text[0].isupper() or text[0].isdigit()


@per_text
def insert_reason(text: str, table: LanguageTable) -> str | None:
    """Why a line inside the body is not a paragraph (a 'Baca juga' line, a caption, an ad)."""
    reason = boilerplate_reason(text, table)
    if reason is not None:
        return reason
    return "caption" if is_caption(text, table) else None


@per_text
def _hard_end(text: str, table: LanguageTable) -> bool:
    """A line after which the body cannot continue: credits, signature, list headers, comments."""
    if credits.is_signature(text) or is_comment_marker(text, table) or ends_body(text, table):
        return True
    if credits.is_source_credit(text, table):
        return True
    label = credits.credit_label(text, table)
    return (
        label is not None and label[1] != "photographer" and parse_byline(text, table) is not None
    )

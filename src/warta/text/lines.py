"""Split a text dump into lines: the raw material of text blocks.

w3m dumps give one line per paragraph, heading or list item, indented by
layout (hundreds of spaces on fixed-width pages) and separated by blank lines
of varying count. A :class:`Line` keeps the text with its whitespace runs
collapsed (every other character is kept: the lossless accounting needs it),
its offset in the dump, and the layout evidence the roles use: blank lines
before it and a list bullet.

Some dumps keep a source's hard line breaks at about 80 characters; a group
of such lines is joined back into one paragraph (see :func:`_wrapped`).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from warta.fields.boilerplate import BULLETS

_SPACES = re.compile(r"[^\S\n]+|\u200b")
_BULLET_CHARS = frozenset(BULLETS)
_WRAP_MIN = 55
_WRAP_MAX = 100


@dataclass(slots=True)
class Line:
    """One non-blank line (or a re-joined hard-wrapped paragraph) of a dump."""

    text: str
    start: int
    gap: int
    """Blank lines before it (0 when it follows another line directly)."""

    @property
    def bullet(self) -> bool:
        """True for a list item ('• News', '□ Terpopuler'): a bullet, then a space or nothing.

        Two character tests, not a regex: the layout rules ask this of most lines
        several times (``str.isspace`` is the regex engine's ``\\s``).
        """
        text = self.text
        return text[:1] in _BULLET_CHARS and (len(text) == 1 or text[1].isspace())

    @property
    def words(self) -> int:
        return len(self.text.split())


def split_lines(text: str) -> list[Line]:
    """The dump's non-blank lines, in order, with hard-wrapped paragraphs joined."""
    lines: list[Line] = []
    gap = 0
    pos = 0
    # Without zero-width spaces, splitting on whitespace collapses exactly as _SPACES
    # does (str.split and the regex's \s share one definition), at a fraction of the cost.
    plain = "\u200b" not in text
    for raw in text.splitlines(keepends=True):
        collapsed = raw.strip()
        if not plain:
            collapsed = _SPACES.sub(" ", raw).strip()
        elif not _collapsed(collapsed):
            collapsed = " ".join(collapsed.split())
        if collapsed:
            lines.append(Line(collapsed, pos, gap))
            gap = 0
        else:
            gap += 1
        pos += len(raw)
    return _join_wrapped(lines)


def _collapsed(text: str) -> bool:
    """True when a stripped line has no whitespace run to collapse: an ASCII line
    without double spaces, tabs or unit separators (its only whitespace inside a
    line; line breaks end it). Splitting every line into words cost more."""
    return text.isascii() and "  " not in text and "\t" not in text and "\x1f" not in text


def _join_wrapped(lines: list[Line]) -> list[Line]:
    """Join runs of lines that are one paragraph hard-wrapped at a fixed width."""
    out: list[Line] = []
    group: list[Line] = []
    for line in lines:
        if group and line.gap:
            out += _merge(group)
            group = []
        group.append(line)
    out += _merge(group)
    return out


def _merge(group: list[Line]) -> list[Line]:
    if len(group) < 2 or not _wrapped(group):
        return group
    text = " ".join(line.text for line in group)
    return [Line(text, group[0].start, group[0].gap)]


def _wrapped(group: list[Line]) -> bool:
    """Every line but the last is 55-100 characters, none is a list item, and the
    lines run on: at least half of the breaks fall mid-sentence, before a lower-case
    word (a list of headlines has the same widths but every line starts a title)."""
    body = group[:-1]
    if any(not _WRAP_MIN <= len(line.text) <= _WRAP_MAX for line in body):
        return False
    if len(group[-1].text) > _WRAP_MAX or any(line.bullet for line in group):
        return False
    run_on = sum(
        1
        for a, b in itertools.pairwise(group)
        if a.text[-1] not in '.!?:"”' and b.text[0].islower()
    )
    return run_on * 2 >= len(body)

"""Test whether ANY of many regular expressions matches a line, fast.

The language tables hold dozens of phrase patterns per question (is this line
boilerplate? a caption? the end of the body?), and the text layout asks each
question of most lines of a dump. One alternation of all patterns is slow in
Python's regex engine when it mixes anchored and floating branches or starts
with a word boundary: every branch is tried at every position. So the
patterns are read (not by their spelling, but parsed) and split:

- anchored ones ('^Baca juga') are tried once, at position 0;
- floating ones share one search.

Each of the two sits behind a lookahead on the characters a match can start
with (when the parsed patterns tell them for sure), so a position that
cannot start a match is skipped by one character-set test.

The answer is the same as ``any(re.search(p, text, flags) for p in patterns)``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

try:  # Python 3.11 renamed the parser module
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_parse as _sre_parse

_MAX_RANGE = 64
"""A character range wider than this gives up the start-character lookahead."""


@dataclass(frozen=True, slots=True)
class AnyPattern:
    """Whether any of a tuple of patterns matches, in at most two scans."""

    anchored: re.Pattern[str] | None
    floating: re.Pattern[str] | None
    needles: tuple[str, ...] | None = None
    """Literals one of which every floating match contains, when all are known."""
    folded: bool = False
    """True when the needles are lower-case and are looked for in a lower-cased ASCII text."""

    @classmethod
    def of(cls, patterns: list[str], flags: int) -> AnyPattern:
        """Compile ``patterns`` (duplicates dropped, order kept) for :meth:`test`."""
        unique = list(dict.fromkeys(patterns))
        parsed = {p: _sre_parse.parse(p, flags) for p in unique}
        anchored = [p for p in unique if _starts_anchored(parsed[p])]
        floating = [p for p in unique if p not in anchored]
        needles = _needles([parsed[p] for p in floating], flags)
        return cls(
            _compile(anchored, parsed, flags),
            _compile(floating, parsed, flags),
            needles,
            bool(flags & re.IGNORECASE),
        )

    def test(self, text: str) -> bool:
        """True when at least one of the patterns matches somewhere in ``text``."""
        if self.anchored is not None and self.anchored.match(text) is not None:
            return True
        if self.floating is None:
            return False
        if self.needles is not None and not self._may_float(text):
            return False
        return self.floating.search(text) is not None

    def _may_float(self, text: str) -> bool:
        """False only when no floating match can exist: the text holds none of the needles.

        Case-insensitive needles are ASCII or caseless and only looked for in ASCII
        text, where the regex engine's case folding and ``str.lower`` agree.
        """
        assert self.needles is not None
        if self.folded:
            if not text.isascii():
                return True
            text = text.lower()
        return any(needle in text for needle in self.needles)


def _compile(patterns: list[str], parsed: dict[str, Any], flags: int) -> re.Pattern[str] | None:
    """One alternation, behind a lookahead on its start characters when they are all known."""
    if not patterns:
        return None
    starts: set[str] | None = set()
    for p in patterns:
        first = _first_chars(parsed[p], flags)
        starts = None if first is None or starts is None else starts | first
    body = "|".join(f"(?:{p})" for p in patterns)
    if starts:
        chars = "".join(c if len(c) > 1 else re.escape(c) for c in sorted(starts))
        body = f"(?=[{chars}])(?:{body})"
    return re.compile(body, flags)


def _needles(parsed: list[Any], flags: int) -> tuple[str, ...] | None:
    """Literals one of which every match of every pattern contains, or None.

    A pattern's needles are the literal characters its matches start with (after
    zero-width assertions), one per top-level branch. With IGNORECASE they must
    be ASCII and are kept lower-case (see :meth:`AnyPattern._may_float`).
    """
    needles: set[str] = set()
    for one in parsed:
        if one.state.flags & ~flags & (re.IGNORECASE | re.MULTILINE | re.VERBOSE):
            return None
        found = _leading_literals(list(one), bool(flags & re.IGNORECASE))
        if found is None:
            return None
        needles |= found
    return tuple(sorted(needles)) if needles else None


def _leading_literals(items: list[tuple[Any, Any]], folded: bool) -> set[str] | None:
    run = ""
    for op, arg in items:
        if op == _sre_parse.LITERAL and (not folded or _foldable(chr(arg))):
            run += chr(arg).lower() if folded else chr(arg)
            continue
        if run:
            break  # the run is what every match starts with: enough
        if op == _sre_parse.AT:
            continue  # zero-width before the first literal
        if op == _sre_parse.SUBPATTERN:
            _group, add_flags, del_flags, sub = arg
            return None if add_flags or del_flags else _leading_literals(list(sub), folded)
        if op == _sre_parse.BRANCH:
            return _branch_literals(arg[1], folded)
        return None
    return {run} if run else None


def _foldable(char: str) -> bool:
    """ASCII, or a character without case ('©'): ``str.lower`` and the engine agree on it."""
    return char.isascii() or char.lower() == char == char.upper() == char.casefold()


def _branch_literals(branches: list[Any], folded: bool) -> set[str] | None:
    found: set[str] = set()
    for branch in branches:
        one = _leading_literals(list(branch), folded)
        if one is None:
            return None
        found |= one
    return found


def _starts_anchored(parsed: Any) -> bool:
    """True when every match starts at the beginning of the text.

    '^a|b' parses as a top-level branch and floats; a MULTILINE '^' matches
    after every newline and floats.
    """
    if parsed.state.flags & re.MULTILINE or not len(parsed):
        return False
    op, arg = parsed[0]
    return bool(op == _sre_parse.AT and arg == _sre_parse.AT_BEGINNING)


def _first_chars(parsed: Any, flags: int) -> set[str] | None:
    """Every character a match can start with, or None when that is not known for sure."""
    if parsed.state.flags & ~flags & (re.IGNORECASE | re.MULTILINE | re.VERBOSE):
        return None  # inline flags the combined pattern would not share
    found = _first_of_sequence(list(parsed))
    if found is None or found[1]:
        return None  # unknown, or the pattern can match the empty string anywhere
    return found[0]


_First = tuple[set[str], bool]
"""(characters a match can start with, whether it can also be empty)."""


def _first_of_sequence(items: list[tuple[Any, Any]]) -> _First | None:
    chars: set[str] = set()
    for item in items:
        found = _first_of_item(*item)
        if found is None:
            return None
        chars |= found[0]
        if not found[1]:
            return chars, False
    return chars, True


def _first_of_item(op: Any, arg: Any) -> _First | None:
    if op == _sre_parse.AT:
        return set(), True  # zero-width: what follows decides
    if op == _sre_parse.LITERAL:
        return {chr(arg)}, False
    if op == _sre_parse.IN:
        chars = _class_chars(arg)
        return None if chars is None else (chars, False)
    if op == _sre_parse.SUBPATTERN:
        _group, add_flags, del_flags, sub = arg
        return None if add_flags or del_flags else _first_of_sequence(list(sub))
    if op == _sre_parse.BRANCH:
        return _first_of_branches(arg[1])
    if op in (_sre_parse.MAX_REPEAT, _sre_parse.MIN_REPEAT):
        low, _high, sub = arg
        found = _first_of_sequence(list(sub))
        return None if found is None else (found[0], found[1] or low == 0)
    return None


def _first_of_branches(branches: list[Any]) -> _First | None:
    chars: set[str] = set()
    empty = False
    for branch in branches:
        found = _first_of_sequence(list(branch))
        if found is None:
            return None
        chars |= found[0]
        empty = empty or found[1]
    return chars, empty


_CATEGORIES = {
    _sre_parse.CATEGORY_DIGIT: r"\d",
    _sre_parse.CATEGORY_SPACE: r"\s",
    _sre_parse.CATEGORY_WORD: r"\w",
}
"""Class escapes kept as they are in the lookahead: the engine gives them the same meaning."""


def _class_chars(items: list[tuple[Any, Any]]) -> set[str] | None:
    found: set[str] = set()
    for op, arg in items:
        if op == _sre_parse.LITERAL:
            found.add(chr(arg))
        elif op == _sre_parse.RANGE and arg[1] - arg[0] <= _MAX_RANGE:
            found.update(chr(c) for c in range(arg[0], arg[1] + 1))
        elif op == _sre_parse.CATEGORY and arg in _CATEGORIES:
            found.add(_CATEGORIES[arg])
        else:
            return None  # a negated class ([^x], \\S): almost anything may start
    return found

"""Test whether ANY of many regular expressions matches a line, fast.

The language tables hold dozens of phrase patterns per question (is this line
boilerplate? a caption? the end of the body?), and the text layout asks each
question of most lines of a dump. One alternation of all patterns is slow in
Python's regex engine when it mixes anchored and floating branches or starts
with a word boundary: every branch is tried at every position. So the
patterns are read (not by their spelling, but parsed) and split:

- anchored ones ('^Baca juga') are tried once, at position 0, and only those
  that can start with the text's first character (:class:`StartIndex`);
- floating ones share one search, skipped when the text holds none of the
  literals every floating match starts with (the needles).

The floating search sits behind a lookahead on the characters a match can
start with (when the parsed patterns tell them for sure), so a position that
cannot start a match is skipped by one character-set test.

The answer is the same as ``any(re.search(p, text, flags) for p in patterns)``.
:class:`FirstLabel` answers, the same way, which of several labelled groups of
patterns matches first (the boilerplate reason of a line).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

try:  # Python 3.11 renamed the parser module
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_parse as _sre_parse

FOLD_TRAPS = ("\u0130", "\u0131", "\u017f")
"""The non-ASCII characters that IGNORECASE matches to an ASCII letter which ``str.lower``
does not turn them into: 'İ' (lowers to 'i' and a combining dot), 'ı' and 'ſ'. (The
Kelvin sign, the fourth such character, lowers to 'k'.) A test checks every code point.
Three ``in`` scans: a regex character class scans a line ten times slower."""


def holds_fold_trap(text: str) -> bool:
    """True when ``text`` holds one of :data:`FOLD_TRAPS` (spelled out: no generator)."""
    first, second, third = FOLD_TRAPS
    return first in text or second in text or third in text


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
    by_start: StartIndex | None = None
    """The anchored patterns again, only those that can start with the text's first character."""

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
            StartIndex([(None, anchored)], parsed, flags) if anchored else None,
        )

    def test(self, text: str) -> bool:
        """True when at least one of the patterns matches somewhere in ``text``."""
        by_start = self.by_start
        if by_start is not None and by_start.match(text) is not None:
            return True
        floating = self.floating
        if floating is None:
            return False
        if self.needles is not None and not self._may_float(text):
            return False
        return floating.search(text) is not None

    def _may_float(self, text: str) -> bool:
        """False only when no floating match can exist: the text holds none of the needles.

        Case-insensitive needles are ASCII or caseless, and are looked for in the
        lower-cased text. Where the regex engine's case folding matches a needle,
        ``str.lower`` gives the needle too, except for the few letters in
        :data:`FOLD_TRAPS`: a text holding one of them may always float. (Most
        article lines are not ASCII: curly quotes, dashes.)
        """
        assert self.needles is not None
        if self.folded:
            if not text.isascii() and holds_fold_trap(text):
                return True
            text = text.lower()
        for needle in self.needles:  # noqa: SIM110 - a plain loop: any() over a generator is 2x slower
            if needle in text:
                return True
        return False


@dataclass(frozen=True, slots=True)
class FirstLabel:
    """The first label, in order, one of whose patterns matches a line.

    The answer is the same as trying each label's patterns in turn, in one scan
    for most lines: anchored patterns can only match at position 0, where a
    regex alternation tries its branches in order, so one ``match`` of all of
    them, one named group per label, names the first label that matches there.
    When a floating pattern matches too (rare), the labels are tried in turn.
    """

    labels: tuple[str, ...]
    anchored: StartIndex | None
    """All anchored patterns, grouped ``(?P<gN>...)`` by label, in label order."""
    floating: AnyPattern
    each: tuple[tuple[str, re.Pattern[str]], ...]
    """(label, alternation of its patterns): the exact answer, tried in turn."""

    @classmethod
    def of(cls, groups: list[tuple[str, tuple[str, ...]]], flags: int) -> FirstLabel:
        labels = tuple(label for label, _ in groups)
        each = tuple(
            (label, re.compile("|".join(f"(?:{p})" for p in patterns), flags))
            for label, patterns in groups
            if patterns
        )
        patterns = list(dict.fromkeys(p for _, group in groups for p in group))
        parsed = {p: _sre_parse.parse(p, flags) for p in patterns}
        anchored = {p for p in patterns if _starts_anchored(parsed[p])}
        if any(_refers_to_groups(p) for p in anchored):
            anchored = set()  # named groups would renumber its backreferences: no shortcut
        floating = AnyPattern.of([p for p in patterns if p not in anchored], flags)
        branches: list[tuple[str | None, list[str]]] = [
            (f"g{n}", [p for p in group if p in anchored]) for n, (_, group) in enumerate(groups)
        ]
        index = StartIndex(branches, parsed, flags) if anchored else None
        return cls(labels, index, floating, each)

    def find(self, text: str) -> str | None:
        """The first label whose patterns match somewhere in ``text``, or None."""
        if self.floating.test(text):
            return next((label for label, pattern in self.each if pattern.search(text)), None)
        if self.anchored is None:
            return None
        match = self.anchored.match(text)
        # The label's group is the outermost one and closes last: it is ``lastgroup``.
        return None if match is None else self.labels[int(match.lastgroup[1:])]  # type: ignore[index]


def _refers_to_groups(pattern: str) -> bool:
    """A backreference or a conditional on a group: wrapping it in new groups would break it."""
    return re.search(r"\\[1-9]|\(\?P=|\(\?\(", pattern) is not None


_INDEX_MAX_CHARS = 4096
"""First characters remembered per index; past that the candidates are worked out per call."""


class StartIndex:
    """Anchored patterns, tried only where they can match: by the text's first character.

    An anchored pattern can only match at position 0, so only if the text's first
    character is one its matches can start with. A regex alternation tries every
    branch, so one of 60 phrases costs 60 tries; this index keeps, per first
    character, the alternation of the candidate patterns, in their order (so the
    first branch that matches is the same), with the label groups they sit in.
    Whether a pattern can start with a character is asked of the regex engine
    itself (a class of the pattern's start characters, same flags): case folding
    agrees with the full alternation's by construction.
    """

    __slots__ = ("_by_char", "_by_subset", "_flags", "_full", "_items")

    def __init__(
        self, branches: list[tuple[str | None, list[str]]], parsed: dict[str, Any], flags: int
    ) -> None:
        self._items = [
            (name, p, _start_class(parsed[p], flags)) for name, group in branches for p in group
        ]
        self._flags = flags
        self._full = self._compile(tuple(range(len(self._items))))
        self._by_char: dict[str, re.Pattern[str] | None] = {}
        self._by_subset: dict[tuple[int, ...], re.Pattern[str] | None] = {}

    def match(self, text: str) -> re.Match[str] | None:
        """The first anchored pattern's match at position 0, as the full alternation finds it."""
        if not text:
            return None if self._full is None else self._full.match(text)
        first = text[0]
        try:
            candidates = self._by_char[first]
        except KeyError:
            candidates = self._for_char(first)
        return None if candidates is None else candidates.match(text)

    def _for_char(self, char: str) -> re.Pattern[str] | None:
        keep = tuple(
            i
            for i, (_, _, start) in enumerate(self._items)
            if start is None or start.match(char) is not None
        )
        if keep not in self._by_subset:
            self._by_subset[keep] = self._compile(keep)
        found = self._by_subset[keep]
        if len(self._by_char) < _INDEX_MAX_CHARS:
            self._by_char[char] = found
        return found

    def _compile(self, keep: tuple[int, ...]) -> re.Pattern[str] | None:
        if not keep:
            return None
        groups: dict[str | None, list[str]] = {}
        for i in keep:
            name, pattern, _ = self._items[i]
            groups.setdefault(name, []).append(f"(?:{pattern})")
        body = "|".join(
            "|".join(ps) if name is None else f"(?P<{name}>{'|'.join(ps)})"
            for name, ps in groups.items()
        )
        return re.compile(body, self._flags)


def _start_class(parsed: Any, flags: int) -> re.Pattern[str] | None:
    """A one-character class of what a match can start with, or None when that is not known."""
    starts = _first_chars(parsed, flags)
    return re.compile(_char_class(starts), flags) if starts else None


def _compile(patterns: list[str], parsed: dict[str, Any], flags: int) -> re.Pattern[str] | None:
    """One alternation, behind a lookahead on its start characters when they are all known."""
    if not patterns:
        return None
    body = "|".join(f"(?:{p})" for p in patterns)
    starts: set[str] | None = set()
    for p in patterns:
        first = _first_chars(parsed[p], flags)
        starts = None if first is None or starts is None else starts | first
    if starts:
        body = f"(?={_char_class(starts)})(?:{body})"
    return re.compile(body, flags)


def _char_class(starts: set[str]) -> str:
    """``[...]`` of the start characters (categories such as ``\\d`` kept as written)."""
    return "[" + "".join(c if len(c) > 1 else re.escape(c) for c in sorted(starts)) + "]"


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
    kept: list[str] = []
    for needle in sorted(needles, key=len):  # '[Foto' holds 'Foto': one scan finds both
        if not any(shorter in needle for shorter in kept):
            kept.append(needle)
    return tuple(kept) or None


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

"""AnyPattern answers exactly like trying every pattern in turn, only faster."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.fields import pattern_sets
from warta.fields.boilerplate import any_pattern, strip_bullet
from warta.fields.pattern_sets import FOLD_TRAPS, AnyPattern, FirstLabel
from warta.lang import TABLES

from .conftest import FIXTURES

_TUPLES = [
    ("body_end_patterns", re.I),
    ("caption_patterns", 0),
    ("comment_patterns", re.I),
    ("not_comment_patterns", re.I),
]


def _naive(patterns: list[str], flags: int, text: str) -> bool:
    return any(re.search(p, text, flags) for p in patterns)


def _fixture_lines() -> list[str]:
    lines: list[str] = []
    for path in sorted(FIXTURES.rglob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        lines += [line.strip() for line in text.splitlines() if line.strip()]
    return lines


@pytest.mark.parametrize(("attribute", "flags"), _TUPLES)
def test_table_patterns_agree_with_trying_each_on_fixture_lines(attribute: str, flags: int) -> None:
    patterns = [p for t in TABLES.values() for p in getattr(t, attribute)]
    fast = any_pattern(attribute, flags)
    lines = _fixture_lines()
    assert lines
    for line in lines:
        text = strip_bullet(line)
        assert fast.test(text) == _naive(patterns, flags, text), text


@pytest.mark.parametrize(
    "text",
    [
        "© 2024 ALL RIGHTS RESERVED",
        "Tautan Telah Disalin",
        "Ikuti kami di Google News",
        "(Foto: X)",
    ],
)
def test_needles_find_matches_in_any_case(text: str) -> None:
    patterns = [p for t in TABLES.values() for g in t.boilerplate_patterns.values() for p in g]
    patterns += [p for t in TABLES.values() for p in t.caption_patterns + t.body_end_patterns]
    for flags in (0, re.I):
        assert AnyPattern.of(patterns, flags).test(text) == _naive(patterns, flags, text)
    assert AnyPattern.of(patterns, re.I).test(text)


def test_boilerplate_patterns_agree_on_fixture_lines() -> None:
    patterns = [p for t in TABLES.values() for g in t.boilerplate_patterns.values() for p in g]
    fast = AnyPattern.of(patterns, re.I)
    for line in _fixture_lines():
        assert fast.test(line) == _naive(patterns, re.I, line), line


@pytest.mark.parametrize(
    ("patterns", "flags", "anchored_start", "floating_start"),
    [
        (["^a|b", "^c"], 0, True, True),  # a top-level branch floats
        (["^x", "y"], re.M, None, True),  # a MULTILINE '^' floats
        (["^\\d+ foto$", "x?"], 0, True, False),  # 'x?' can match empty: no start characters
        (["[^a]b", "^\\s*baca"], 0, True, False),  # a negated class: no start characters
    ],
)
def test_split_and_lookahead_follow_the_parsed_pattern(
    patterns: list[str], flags: int, anchored_start: bool | None, floating_start: bool
) -> None:
    fast = AnyPattern.of(patterns, flags)
    if anchored_start is None:
        assert fast.anchored is None
    else:
        assert fast.anchored is not None
        assert fast.anchored.pattern.startswith("(?=[") == anchored_start
    assert fast.floating is not None
    assert fast.floating.pattern.startswith("(?=[") == floating_start


_ALPHABET = st.sampled_from(
    [
        *"aAbB cC12\n|:©([])•-İıKk\u212aſs.",
        *("baca juga", "foto", "komentar", "ALL RIGHTS Reserved", "Google News", "(Foto", "Dok"),
        *("Copyright", "MOST COMMENTED", "tAUTAN telah DISALIN"),
    ]
)


@settings(max_examples=200, deadline=2000)
@given(st.lists(_ALPHABET, max_size=12).map("".join))
def test_any_pattern_agrees_on_generated_text(text: str) -> None:
    for attribute, flags in _TUPLES:
        patterns = [p for t in TABLES.values() for p in getattr(t, attribute)]
        assert any_pattern(attribute, flags).test(text) == _naive(patterns, flags, text)
    mixed = ["^\\s*baca\\b", "k$", "(?:^|\\s)ſ", "\\bİ", "[a-c]{2}", "^\\d+\\s*x?$"]
    for flags in (0, re.I):
        assert AnyPattern.of(mixed, flags).test(text) == _naive(mixed, flags, text)


def _naive_first(groups: list[tuple[str, tuple[str, ...]]], flags: int, text: str) -> str | None:
    return next((label for label, ps in groups if any(re.search(p, text, flags) for p in ps)), None)


def _reason_groups(first: str) -> list[tuple[str, tuple[str, ...]]]:
    tables = [TABLES[first], *(t for code, t in TABLES.items() if code != first)]
    return [(r, tuple(ps)) for t in tables for r, ps in t.boilerplate_patterns.items()]


@pytest.mark.parametrize("first", sorted(TABLES))
def test_first_label_agrees_with_trying_each_reason_on_fixture_lines(first: str) -> None:
    groups = _reason_groups(first)
    fast = FirstLabel.of(groups, re.I)
    for line in _fixture_lines():
        text = strip_bullet(line)
        assert fast.find(text) == _naive_first(groups, re.I, text), text


@settings(max_examples=200, deadline=2000)
@given(st.lists(_ALPHABET, max_size=12).map("".join))
def test_first_label_and_start_index_agree_on_generated_text(text: str) -> None:
    for first in TABLES:
        groups = _reason_groups(first)
        assert FirstLabel.of(groups, re.I).find(text) == _naive_first(groups, re.I, text)
    # Anchored patterns only, several per label, starting with classes, folds and spaces.
    mixed = [
        ("a", ("^k", "^\\s*baca\\b")),
        ("b", ("^[a-c]{2}", "^ſ", "^İ")),
        ("c", ("^\\d+\\s*x?$", "^(?:foto|dok)\\b", "^(c)")),
        ("d", ("^", "^x?")),
    ]
    backref = [*mixed[:2], ("e", ("^(\\w)\\1",)), *mixed[2:]]  # no shortcut: tried in turn
    for flags in (0, re.I):
        assert FirstLabel.of(mixed, flags).find(text) == _naive_first(mixed, flags, text)
        assert FirstLabel.of(backref, flags).find(text) == _naive_first(backref, flags, text)
        flat = [p for _, ps in mixed[:2] for p in ps]
        assert AnyPattern.of(flat, flags).test(text) == _naive(flat, flags, text)


def test_fold_traps_are_every_letter_where_lower_and_ignorecase_disagree() -> None:
    ascii_letter = re.compile("[a-z]", re.I)
    disagree = {
        char
        for char in map(chr, range(128, sys.maxunicode + 1))
        if ascii_letter.fullmatch(char) and not (len(char.lower()) == 1 and char.lower().isascii())
    }
    # Every other character IGNORECASE matches to an ASCII letter lowers to that letter.
    assert disagree == set(FOLD_TRAPS)


def test_start_index_past_its_memory_bound_answers_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pattern_sets, "_INDEX_MAX_CHARS", 1)
    groups = _reason_groups("id")
    fast = FirstLabel.of(groups, re.I)  # a fresh index: its memory fills after one character
    for line in _fixture_lines()[:400]:
        text = strip_bullet(line)
        assert fast.find(text) == _naive_first(groups, re.I, text), text

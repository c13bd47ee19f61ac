"""AnyPattern answers exactly like trying every pattern in turn, only faster."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.fields.boilerplate import any_pattern, strip_bullet
from warta.fields.pattern_sets import AnyPattern
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

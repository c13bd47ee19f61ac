"""The 15 real id-portals dumps parse, and the 6 hand-checked ones score >= 0.9.

The dumps and records are copies of ../shared/data/id-portals (see
fixtures/README.md); the scoring is benchmarks/idscore.py, which implements
expected/README.md (fixtures/id-portals/expected/SCORING.md).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

import warta
from tests.conftest import FIXTURES, ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
from idscore import score

PORTALS = FIXTURES / "id-portals"
DUMPS = sorted((PORTALS / "text").glob("*.txt"))
RECORDS = sorted((PORTALS / "expected").glob("*.json"))
TARGET = 0.9


def test_the_fixture_copies_are_complete() -> None:
    assert len(DUMPS) == 15 and len(RECORDS) == 6


@pytest.mark.parametrize("path", DUMPS, ids=lambda p: p.stem)
def test_every_dump_parses(path: Path) -> None:
    article = warta.parse(path)
    assert article.source.kind == "text"
    assert article.body and article.headline


def test_hand_checked_records_score_at_least_target() -> None:
    passed = total = 0
    lines = []
    for path in RECORDS:
        record = json.loads(path.read_text(encoding="utf-8"))
        result = score(record, warta.parse(PORTALS / "text" / record["file"]))
        passed += result.passed
        total += result.total
        failed = [
            f"{c.field}: want {c.expected!r} got {c.got!r}" for c in result.checks if not c.passed
        ]
        lines.append(f"{record['file']}: {result.passed}/{result.total} {failed}")
    assert passed / total >= TARGET, "\n".join([f"{passed}/{total}", *lines])


NON_QUOTE_FIELDS_TARGET = 1.0


def test_fields_owned_by_the_text_parser_are_all_right() -> None:
    """Everything but quotes (scored above, owned by the quotes module) matches exactly."""
    failed = []
    for path in RECORDS:
        record = json.loads(path.read_text(encoding="utf-8"))
        result = score(record, warta.parse(PORTALS / "text" / record["file"]))
        failed += [
            f"{path.stem} {c.field}" for c in result.checks if c.field != "quotes" and not c.passed
        ]
    assert not failed

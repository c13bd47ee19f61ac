"""Own text fixtures in other real layouts (fixtures/text) match their hand-checked records.

Each ``fixtures/text/<name>.txt`` has ``<name>.json`` beside it in the id-portals
record format (values chosen by hand in fixtures/text/make_expected.py). The
fields the text parser owns are compared strictly with the id-portals scorer;
quotes (the quotes module's work) are compared in their own test.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

import warta
from tests.conftest import FIXTURES, ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
from idscore import N, score

TEXT = FIXTURES / "text"
RECORDS = sorted(TEXT.glob("*.json"))


def load(path: Path) -> tuple[dict[str, Any], warta.Article]:
    record = json.loads(path.read_text(encoding="utf-8"))
    return record, warta.parse(TEXT / record["file"])


def test_there_are_at_least_ten_fixtures() -> None:
    assert len(RECORDS) >= 10
    assert all((TEXT / json.loads(p.read_text(encoding="utf-8"))["file"]).exists() for p in RECORDS)


@pytest.mark.parametrize("path", RECORDS, ids=lambda p: p.stem)
def test_owned_fields_match(path: Path) -> None:
    record, article = load(path)
    result = score(record, article)
    failed = [
        f"{c.field}: want {c.expected!r}, got {c.got!r}"
        for c in result.checks
        if c.field != "quotes" and not c.passed
    ]
    assert not failed


@pytest.mark.parametrize("path", RECORDS, ids=lambda p: p.stem)
def test_boilerplate_keeps_what_the_record_lists(path: Path) -> None:
    record, article = load(path)
    removed = [N(r.text) or "" for r in article.boilerplate]
    missing = [s for s in record["boilerplate_contains"] if not any(N(s) in r for r in removed)]
    assert not missing, removed


@pytest.mark.parametrize("path", RECORDS, ids=lambda p: p.stem)
def test_quotes_match(path: Path) -> None:
    record, article = load(path)
    result = score(record, article)
    failed = [
        f"{c.expected} -> {c.got}" for c in result.checks if c.field == "quotes" and not c.passed
    ]
    assert not failed

"""Replay every input the fuzzer ever flagged (``fixtures/fuzz-regressions/``).

``benchmarks/fuzz_parse.py`` saves each distinct finding as
``<mode>-<signature>.bin`` (the input) plus a ``.txt`` note (what went wrong,
with the traceback). Once fixed, a finding stays here so that it cannot come
back: each input must give an Article or a clean WartaError, in time.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

import warta
from warta.errors import InternalError, WartaError

from .conftest import FIXTURES

REGRESSIONS = sorted((FIXTURES / "fuzz-regressions").glob("*.bin"))
LIMITS = warta.Limits(timeout_seconds=10.0)
BOUND = 20.0


def _call(mode: str, data: bytes) -> warta.Article:
    if mode == "bytes":
        return warta.parse(data, limits=LIMITS)
    if mode == "str":
        return warta.parse(data.decode("utf-8", errors="replace"), limits=LIMITS)
    if mode == "text":
        return warta.parse_text(data, limits=LIMITS)
    return warta.parse_html(data, limits=LIMITS)


@pytest.mark.parametrize("path", REGRESSIONS, ids=[p.stem for p in REGRESSIONS])
def test_fuzz_finding_stays_fixed(path: Path) -> None:
    mode = path.stem.split("-", 1)[0]
    started = time.monotonic()
    try:
        article = _call(mode, path.read_bytes())
    except InternalError as exc:
        note = path.with_suffix(".txt").read_text(encoding="utf-8").splitlines()[:2]
        raise AssertionError(f"{path.name} ({' '.join(note)}) is still a bug: {exc!r}") from exc
    except WartaError:
        pass
    else:
        assert warta.Article.model_validate_json(article.model_dump_json()) == article
    assert time.monotonic() - started < BOUND


def test_the_regression_folder_is_well_formed() -> None:
    for path in REGRESSIONS:
        assert path.stem.split("-", 1)[0] in ("bytes", "str", "text", "html"), path.name
        assert path.with_suffix(".txt").exists(), f"{path.name} has no note"

"""mypy (strict on the package) and ruff run as part of the test suite, so CI enforces them."""

from __future__ import annotations

import subprocess
import sys

from .conftest import ROOT

CODE = ("src", "tests", "benchmarks")


def _check(*args: str) -> None:
    """Run ``python -m ARGS`` in the repository and fail with its output if it fails."""
    result = subprocess.run(
        [sys.executable, "-m", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_passes_on_the_package() -> None:
    _check("mypy")


def test_ruff_is_clean() -> None:
    _check("ruff", "check", *CODE)


def test_ruff_format_is_clean() -> None:
    _check("ruff", "format", "--check", *CODE)

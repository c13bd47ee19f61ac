"""The CLI's common behaviour: inspect, schema, one-line errors, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from warta.cli import main
from warta.schema import schema_json

from .conftest import SEED


def run_cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "warta.cli", *args],
        input=stdin.decode() if stdin is not None else None,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_inspect_json_is_an_article(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["inspect", str(SEED), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema_version"] == "1.0"
    assert data["source"]["kind"] == "text"


def test_inspect_shows_headline_and_body(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["inspect", str(SEED)]) == 0
    out = capsys.readouterr().out
    assert "Asisten III Setda Inhil" in out
    assert "body (" in out


def test_schema_writes_the_generated_schema(tmp_path: Path) -> None:
    target = tmp_path / "schema.json"
    assert main(["schema", "-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8") == schema_json()


def test_missing_file_is_one_line_usage_error() -> None:
    result = run_cli("inspect", "/no/such/file.txt")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0, result.stderr


def test_empty_input_is_a_clear_error() -> None:
    result = run_cli("inspect", "-", stdin=b"   \n\n ")
    assert result.returncode == 1
    assert "input.empty" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_command_is_usage_error() -> None:
    result = run_cli("frobnicate")
    assert result.returncode == 2


def test_long_error_stays_one_line(tmp_path: Path) -> None:
    long_name = tmp_path / ("x" * 150 + ".txt")
    result = run_cli("inspect", str(long_name))
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0, result.stderr

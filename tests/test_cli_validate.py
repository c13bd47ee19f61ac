"""``warta validate`` for CI: thresholds, exit codes, reports, JUnit, GitHub annotations, --converted."""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest

from warta.cli import main

from .conftest import Run
from .test_archive_support import TEXT_DUMPS, read_jsonl


def _dump(tmp_path: Path, blanks: int = 0) -> Path:
    root = tmp_path / "dump"
    root.mkdir()
    for dump in TEXT_DUMPS:
        shutil.copy(dump, root / dump.name)
    for n in range(blanks):
        (root / f"zz-blank-{n:02d}.txt").write_text(" \n")
    return root


def test_a_clean_dump_is_valid_with_a_table_and_a_stable_line(
    tmp_path: Path, warta: Callable[..., Run]
) -> None:
    done = warta("validate", str(_dump(tmp_path)))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "coverage: byline" in done.stdout
    last = done.stdout.strip().splitlines()[-1]
    assert last == "warta validate: PASSED records=3 ok=3 failed=0 failure_rate=0.0000 skipped=0"


def test_thresholds_decide_the_exit_code(tmp_path: Path, warta: Callable[..., Run]) -> None:
    root = _dump(tmp_path, blanks=1)
    assert warta("validate", str(root)).returncode == 1  # default: no failure allowed
    assert warta("validate", str(root), "--max-failures", "1").returncode == 0
    assert warta("validate", str(root), "--max-failure-rate", "25%").returncode == 0
    assert warta("validate", str(root), "--max-failure-rate", "0.2").returncode == 1


def test_required_fields_fail_records_that_lack_them(
    tmp_path: Path, warta: Callable[..., Run]
) -> None:
    root = _dump(tmp_path)
    report = tmp_path / "r.json"
    done = warta("validate", str(root), "--require", "headline,next_page", "--report", str(report))
    assert done.returncode == 1
    data = json.loads(report.read_text())
    assert data["failures_by_code"] == {"model.missing": 3}
    assert data["failures"][0]["message"] == "required field missing: next_page"


def test_no_records_is_exit_4_unless_allowed(tmp_path: Path, warta: Callable[..., Run]) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    assert warta("validate", str(empty)).returncode == 4
    assert warta("validate", str(empty), "--allow-empty").returncode == 0


def test_usage_errors_exit_2(tmp_path: Path, warta: Callable[..., Run]) -> None:
    assert warta("validate", str(tmp_path / "nope")).returncode == 2
    assert warta("validate", str(TEXT_DUMPS[0]), "--require", "headlines").returncode == 2
    assert warta("validate", str(TEXT_DUMPS[0]), "--max-failure-rate", "150%").returncode == 2


def test_an_internal_error_exits_3(monkeypatch: pytest.MonkeyPatch) -> None:
    from warta.cli import validate_cmd

    def broken(*args: object) -> object:
        raise RuntimeError("a bug")

    monkeypatch.setattr(validate_cmd, "_outcomes", broken)
    assert main(["validate", str(TEXT_DUMPS[0])]) == 3


def test_report_json_and_junit_xml(tmp_path: Path, warta: Callable[..., Run]) -> None:
    root = _dump(tmp_path, blanks=2)
    report, junit = tmp_path / "report.json", tmp_path / "junit.xml"
    done = warta("validate", str(root), "--report", str(report), "--junit-xml", str(junit))
    assert done.returncode == 1
    data = json.loads(report.read_text())
    assert data["report_version"] == 1 and data["passed"] is False and data["exit_code"] == 1
    assert (data["records"], data["ok"], data["failed"]) == (5, 3, 2)
    assert data["failures_by_code"] == {"input.empty": 2}
    assert set(data["coverage"]) == {
        "section",
        "published",
        "dateline",
        "byline",
        "quotes",
        "comments",
    }
    assert data["per_input"] == [{"input": str(root), "records": 5, "ok": 3, "failed": 2}]
    suite = ET.parse(junit).getroot().find("testsuite")
    assert suite is not None
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == [
        f"summary: {root}",
        *(str(root / f"zz-blank-{n:02d}.txt") for n in range(2)),
    ]
    assert all(c.find("failure") is not None for c in cases)
    assert cases[1].find("failure").get("type") == "input.empty"  # type: ignore[union-attr]


def test_github_annotations_are_capped_at_ten_with_one_note(
    tmp_path: Path, warta: Callable[..., Run]
) -> None:
    root = _dump(tmp_path, blanks=12)
    summary = tmp_path / "summary.md"
    env = {"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)}
    done = warta("validate", str(root), env=env)
    assert done.returncode == 1
    errors = [line for line in done.stdout.splitlines() if line.startswith("::error ")]
    notes = [line for line in done.stdout.splitlines() if line.startswith("::notice ")]
    assert len(errors) == 10 and len(notes) == 1
    assert "2 more failed records" in notes[0]
    assert errors[0].startswith(
        f"::error file={root}/zz-blank-00.txt,title=warta validate%3A input.empty::"
    )
    markdown = summary.read_text()
    assert "### warta validate: FAILED" in markdown and "| `input.empty` | 12 |" in markdown
    quiet = warta("validate", str(root))
    assert "::error" not in quiet.stdout  # only inside GitHub Actions


def test_converted_output_is_checked_against_the_schema(
    tmp_path: Path, warta: Callable[..., Run]
) -> None:
    pytest.importorskip("jsonschema", reason="--converted needs jsonschema")
    out = tmp_path / "out.jsonl"
    convert = warta("convert", *map(str, TEXT_DUMPS), "-o", str(out))
    assert convert.returncode == 0, convert.stderr
    assert warta("validate", "--converted", str(out)).returncode == 0

    articles = read_jsonl(out)
    secret = "RAHASIA-TIDAK-BOLEH-BOCOR"
    articles[0]["headline"] = ""  # breaks minLength
    articles[1]["body"][0]["text"] = secret + " " + str(articles[1]["body"][0]["text"])  # type: ignore[index]
    articles[1]["quotes"] = [
        {"text": secret, "paragraph": 0, "span": [1, 5]}
    ]  # span does not slice its text
    broken = tmp_path / "broken.jsonl"
    broken.write_text("\n".join(json.dumps(a) for a in articles) + "\n{oops\n", encoding="utf-8")
    report = tmp_path / "r.json"
    done = warta("validate", "--converted", str(broken), "--report", str(report))
    assert done.returncode == 1
    data = json.loads(report.read_text())
    codes = [f["code"] for f in data["failures"]]
    assert codes == ["model.minLength", "model.value_error", "container.malformed"]
    assert data["failures"][0]["identity"] == str(TEXT_DUMPS[0])
    assert secret not in done.stdout + done.stderr + report.read_text()  # no input echoed

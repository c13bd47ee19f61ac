"""Summary, thresholds and the CI formats, on hand-made results."""

from __future__ import annotations

import json

from warta.archive.convert import Result
from warta.archive.report import (
    KEPT_FAILURES,
    Summary,
    Thresholds,
    github_annotations,
    report_json,
    step_summary_markdown,
)

ARTICLE = {
    "headline": "h",
    "section": "News",
    "published": {"value": "2016-02-23", "raw": "23/02/2016", "source": "header"},
    "byline": None,
    "quotes": [],
    "comments": {"present": True},
    "warnings": [{"code": "date.year_typo", "message": "m"}],
}


def _ok(identity: str) -> Result:
    return Result(identity, json=json.dumps(ARTICLE), origin="in")


def _failed(identity: str, code: str = "input.empty") -> Result:
    return Result(identity, code=code, message="the input holds no text", origin="in")


def test_counts_coverage_and_warnings() -> None:
    summary = Summary()
    for result in (_ok("a"), _ok("b"), _failed("c")):
        summary.add(result)
    assert (summary.records, summary.ok, summary.failed) == (3, 2, 1)
    assert summary.coverage() == {
        "section": 1.0,
        "published": 1.0,
        "dateline": 0.0,
        "byline": 0.0,
        "quotes": 0.0,
        "comments": 1.0,
    }
    assert summary.warnings_by_code == {"date.year_typo": 2}
    assert not summary.passed()


def test_thresholds() -> None:
    summary = Summary(Thresholds(max_failures=1))
    summary.add(_ok("a"))
    summary.add(_failed("b"))
    assert summary.passed()
    summary.thresholds = Thresholds(max_failure_rate=0.4)
    assert not summary.passed()
    summary.thresholds = Thresholds(max_failures=5, max_failure_rate=0.5)
    assert summary.passed()


def test_required_fields_turn_an_article_into_a_failure() -> None:
    summary = Summary(Thresholds(require=("headline", "byline", "comments")))
    failure = summary.add(_ok("a"))
    assert failure is not None and failure.code == "model.missing"
    assert failure.message == "required field missing: byline"


def test_failures_kept_by_name_are_capped_but_all_are_counted() -> None:
    summary = Summary()
    for n in range(KEPT_FAILURES + 5):
        summary.add(_failed(f"r{n}"))
    data = report_json(summary, inputs=["in"], converted=False, exit_code=1)
    assert data["failed"] == KEPT_FAILURES + 5
    assert len(data["failures"]) == KEPT_FAILURES and data["failures_not_listed"] == 5


def test_annotations_escape_workflow_command_characters() -> None:
    summary = Summary()
    summary.add(
        Result("urn:x,1", code="container.malformed", message="50% bad\nline two", origin="in")
    )
    (line,) = github_annotations(summary)
    assert (
        line == "::error title=warta validate%3A container.malformed::urn:x,1: 50%25 bad%0Aline two"
    )


def test_step_summary_is_a_markdown_table() -> None:
    summary = Summary()
    summary.add(_ok("a"))
    text = step_summary_markdown(summary)
    assert text.startswith("### warta validate: passed")
    assert "| 1 | 1 | 0 | 0.00% | 0 |" in text

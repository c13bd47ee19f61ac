"""Validation summaries and the files CI systems read.

:class:`Summary` counts one run (records, failures by code, warnings by
kind, field coverage, per-input tallies) in constant memory: only the first
:data:`KEPT_FAILURES` failures are kept by name. From it come the versioned
report JSON, JUnit XML (one test case per failing record plus one summary
case per input), GitHub Actions annotations (at most ten ``::error`` lines,
the number GitHub shows per step, plus one note for the rest) and the
Markdown table for ``$GITHUB_STEP_SUMMARY``.
"""

from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from warta.archive.convert import Result

REPORT_VERSION = 1
KEPT_FAILURES = 1000
MAX_ANNOTATIONS = 10
COVERAGE: dict[str, Callable[[dict[str, Any]], bool]] = {
    "section": lambda a: bool(a.get("section")),
    "published": lambda a: a.get("published") is not None,
    "dateline": lambda a: a.get("dateline") is not None,
    "byline": lambda a: a.get("byline") is not None,
    "quotes": lambda a: bool(a.get("quotes")),
    "comments": lambda a: bool((a.get("comments") or {}).get("present")),
}
"""Field coverage: the share of converted articles that carry each of these."""
MISSING_CODE = "model.missing"
"""A required field (``--require``) is absent: pydantic's own type name for a missing field."""


@dataclass(frozen=True, slots=True)
class Failure:
    identity: str
    code: str
    message: str
    origin: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "identity": self.identity,
            "code": self.code,
            "message": self.message,
            "input": self.origin,
        }


@dataclass
class InputTally:
    records: int = 0
    ok: int = 0
    failed: int = 0


@dataclass
class Thresholds:
    max_failures: int | None = None
    max_failure_rate: float | None = None
    require: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "max_failures": self.max_failures,
            "max_failure_rate": self.max_failure_rate,
            "require": list(self.require),
        }


@dataclass
class Summary:
    """Counts of one validation run; :meth:`add` takes each result once."""

    thresholds: Thresholds = field(default_factory=Thresholds)
    records: int = 0
    ok: int = 0
    failed: int = 0
    failures_by_code: Counter[str] = field(default_factory=Counter)
    warnings_by_code: Counter[str] = field(default_factory=Counter)
    covered: Counter[str] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)
    per_input: dict[str, InputTally] = field(default_factory=dict)
    failures: list[Failure] = field(default_factory=list)

    def add(self, result: Result, article: dict[str, Any] | None = None) -> Failure | None:
        """Count one result; returns its failure (conversion error or missing required field)."""
        self.records += 1
        tally = self.per_input.setdefault(result.origin or "-", InputTally())
        tally.records += 1
        failure = self._failure(result, article)
        if failure is None:
            self.ok += 1
            tally.ok += 1
            return None
        self.failed += 1
        tally.failed += 1
        self.failures_by_code[failure.code] += 1
        if len(self.failures) < KEPT_FAILURES:
            self.failures.append(failure)
        return failure

    def _failure(self, result: Result, article: dict[str, Any] | None) -> Failure | None:
        if result.json is None:
            return Failure(
                result.identity, result.code or "unknown", result.message or "", result.origin
            )
        if article is None:
            article = json.loads(result.json)
        for notice in article.get("warnings") or ():
            self.warnings_by_code[str(notice.get("code"))] += 1
        for name, test in COVERAGE.items():
            if test(article):
                self.covered[name] += 1
        missing = [name for name in self.thresholds.require if not _present(article.get(name))]
        if missing:
            message = (
                f"required field{'s' if len(missing) > 1 else ''} missing: {', '.join(missing)}"
            )
            return Failure(result.identity, MISSING_CODE, message, result.origin)
        return None

    @property
    def failure_rate(self) -> float:
        return self.failed / self.records if self.records else 0.0

    def coverage(self) -> dict[str, float]:
        return {
            name: round(self.covered[name] / self.ok, 4) if self.ok else 0.0 for name in COVERAGE
        }

    def passed(self) -> bool:
        limits = self.thresholds
        if limits.max_failures is None and limits.max_failure_rate is None:
            return self.failed == 0
        if limits.max_failures is not None and self.failed > limits.max_failures:
            return False
        return not (
            limits.max_failure_rate is not None and self.failure_rate > limits.max_failure_rate
        )

    def line(self) -> str:
        """The one stable summary line CI logs can grep."""
        verdict = "PASSED" if self.passed() else "FAILED"
        return (
            f"warta validate: {verdict} records={self.records} ok={self.ok} failed={self.failed} "
            f"failure_rate={self.failure_rate:.4f} skipped={sum(self.skipped.values())}"
        )


def _present(value: Any) -> bool:
    if isinstance(value, dict) and "present" in value:
        return bool(value["present"])
    return value not in (None, "", [], {})


def report_json(
    summary: Summary, *, inputs: list[str], converted: bool, exit_code: int
) -> dict[str, Any]:
    """The versioned machine-readable report (``--report``)."""
    from warta import __version__
    from warta.model import SCHEMA_VERSION

    return {
        "report_version": REPORT_VERSION,
        "tool": "warta validate",
        "warta_version": __version__,
        "schema_version": SCHEMA_VERSION,
        "inputs": inputs,
        "converted": converted,
        "passed": summary.passed(),
        "exit_code": exit_code,
        "records": summary.records,
        "ok": summary.ok,
        "failed": summary.failed,
        "failure_rate": round(summary.failure_rate, 6),
        "skipped": dict(summary.skipped.most_common()),
        "failures_by_code": dict(summary.failures_by_code.most_common()),
        "warnings_by_code": dict(summary.warnings_by_code.most_common()),
        "coverage": summary.coverage(),
        "thresholds": summary.thresholds.as_dict(),
        "per_input": [
            {"input": name, "records": t.records, "ok": t.ok, "failed": t.failed}
            for name, t in summary.per_input.items()
        ],
        "failures": [f.as_dict() for f in summary.failures],
        "failures_not_listed": summary.failed - len(summary.failures),
    }


def junit_xml(summary: Summary) -> str:
    """JUnit XML: a failing case per failing record (first :data:`KEPT_FAILURES`), a summary case per input."""
    suite = ET.Element(
        "testsuite",
        name="warta validate",
        tests=str(len(summary.per_input) + len(summary.failures)),
        failures=str(
            sum(1 for t in summary.per_input.values() if t.failed) + len(summary.failures)
        ),
        errors="0",
    )
    for name, tally in summary.per_input.items():
        case = ET.SubElement(
            suite, "testcase", classname="warta.validate.inputs", name=f"summary: {name}"
        )
        ET.SubElement(
            case, "system-out"
        ).text = f"{tally.records} records, {tally.ok} ok, {tally.failed} failed"
        if tally.failed:
            ET.SubElement(
                case,
                "failure",
                type="thresholds",
                message=f"{tally.failed} of {tally.records} records failed",
            )
    for failure in summary.failures:
        case = ET.SubElement(
            suite,
            "testcase",
            classname=f"warta.validate.{failure.origin or 'input'}",
            name=failure.identity,
        )
        node = ET.SubElement(case, "failure", type=failure.code, message=failure.message)
        node.text = f"{failure.code}: {failure.message}"
    root = ET.Element("testsuites")
    root.append(suite)
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def github_annotations(summary: Summary) -> list[str]:
    """Workflow commands: at most :data:`MAX_ANNOTATIONS` errors, then one note for the rest."""
    lines = []
    for failure in summary.failures[:MAX_ANNOTATIONS]:
        props = _location_properties(failure.identity)
        props.append(f"title={_escape_property(f'warta validate: {failure.code}')}")
        lines.append(
            f"::error {','.join(props)}::{_escape_data(f'{failure.identity}: {failure.message}')}"
        )
    rest = summary.failed - min(summary.failed, MAX_ANNOTATIONS)
    if rest > 0:
        lines.append(
            f"::notice title=warta validate::{rest} more failed records are not annotated "
            "(GitHub shows at most 10 error annotations per step); see the report or the job summary"
        )
    return lines


def _location_properties(identity: str) -> list[str]:
    """file= (and line= for a JSON Lines record) when the identity names a file in the workspace."""
    path, _, line = identity.rpartition(":")
    if path and line.isdigit() and os.path.isfile(path):
        return [f"file={_escape_property(path)}", f"line={line}"]
    if os.path.isfile(identity):
        return [f"file={_escape_property(identity)}"]
    return []


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def step_summary_markdown(summary: Summary) -> str:
    """A Markdown section for ``$GITHUB_STEP_SUMMARY``."""
    verdict = "passed" if summary.passed() else "FAILED"
    rows = [
        f"### warta validate: {verdict}",
        "",
        "| records | ok | failed | failure rate | skipped |",
        "| ---: | ---: | ---: | ---: | ---: |",
        f"| {summary.records} | {summary.ok} | {summary.failed} | {summary.failure_rate:.2%} | {sum(summary.skipped.values())} |",
        "",
    ]
    if summary.failures_by_code:
        rows += ["| error code | records |", "| --- | ---: |"]
        rows += [f"| `{code}` | {n} |" for code, n in summary.failures_by_code.most_common()]
        rows.append("")
    rows += ["| field | coverage |", "| --- | ---: |"]
    rows += [f"| {name} | {share:.0%} |" for name, share in summary.coverage().items()]
    return "\n".join(rows) + "\n"

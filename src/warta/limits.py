"""Per-record limits with documented, adjustable defaults, and the parse deadline.

A bad record must never stop or hang a run over millions, so every parse is
bounded. Pass a :class:`Limits` to :func:`warta.parse` (or ``--max-bytes``,
``--timeout`` on the CLI) to change them; ``docs/limits-and-errors.md`` lists
them all.

The time limit is enforced in-process by a cheap cooperative *deadline*:
:func:`warta.pipeline.parse` opens a :func:`record_scope` for each record, and
the stages call :func:`check_deadline` between steps and every few hundred
blocks (a ``time.monotonic()`` comparison, so the checks cost nothing
measurable). A stage that overruns raises
:class:`~warta.errors.ParseTimeoutError` at its next check. Work inside one C
call (libxml2 parsing a page) cannot be interrupted this way; it is bounded
by the input size limits instead, and the archive runner adds a process-level
timeout on top.

The same scope collects :class:`~warta.model.Notice` warnings raised deep in a
stage (e.g. the HTML parser hitting libxml2's depth limit) that have no
return path of their own: :func:`notify` adds one, and the pipeline copies
them into the Article's ``warnings``.
"""

from __future__ import annotations

import contextvars
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from warta.errors import ParseTimeoutError, UsageError
from warta.model import Notice

MiB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    """Bounds applied to one input record."""

    max_input_bytes: int = 20 * MiB
    """Raw input larger than this is rejected with ``input.too_large`` before decoding."""

    max_text_chars: int = 5 * MiB
    """Decoded text longer than this is rejected with ``input.too_large``."""

    timeout_seconds: float = 10.0
    """Wall-clock budget per record (``record.timeout``): in-process deadline and batch runs."""

    max_depth: int = 2000
    """Deepest HTML element nesting kept; deeper nesting is flattened, with a warning."""

    def __post_init__(self) -> None:
        for name in ("max_input_bytes", "max_text_chars", "max_depth"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
                raise UsageError(f"Limits.{name} must be a positive integer, not {value!r}")
        if not self.timeout_seconds > 0:
            raise UsageError(
                f"Limits.timeout_seconds must be positive, not {self.timeout_seconds!r}"
            )


DEFAULT_LIMITS = Limits()


@dataclass(slots=True)
class RecordScope:
    """What one record's parse carries through the stages: its deadline and stray notices."""

    deadline: float
    """``time.monotonic()`` value after which the parse must stop."""
    budget: float
    identity: str | None = None
    notices: list[Notice] = field(default_factory=list)

    def check(self, stage: str) -> None:
        if time.monotonic() > self.deadline:
            raise ParseTimeoutError(
                f"parsing took longer than the {self.budget:g} s limit (stopped during {stage}); "
                "raise Limits.timeout_seconds (CLI: --timeout) if such records are expected",
                identity=self.identity,
            )


_SCOPE: contextvars.ContextVar[RecordScope | None] = contextvars.ContextVar(
    "warta_record_scope", default=None
)


@contextmanager
def record_scope(limits: Limits, identity: str | None = None) -> Iterator[RecordScope]:
    """Open the deadline and notice collection for one record (nested scopes reuse the outer one)."""
    outer = _SCOPE.get()
    if outer is not None:
        yield outer
        return
    scope = RecordScope(time.monotonic() + limits.timeout_seconds, limits.timeout_seconds, identity)
    token = _SCOPE.set(scope)
    try:
        yield scope
    finally:
        _SCOPE.reset(token)


def check_deadline(stage: str) -> None:
    """Raise :class:`~warta.errors.ParseTimeoutError` if the current record is over its budget.

    Cheap enough to call per block; a no-op outside a record scope.
    """
    scope = _SCOPE.get()
    if scope is not None:
        scope.check(stage)


def notify(notice: Notice) -> None:
    """Record a warning for the current record from a stage that cannot return one."""
    scope = _SCOPE.get()
    if scope is not None and notice not in scope.notices:
        scope.notices.append(notice)


# An opening tag (with whitespace after it) that is immediately repeated:
# the shape of "article wrapped in 300 divs" and of 100,000 nested inline
# tags. Single-tag patterns with a back-reference run at C speed in one pass,
# unlike a repeated group, which is slow and memory-hungry on long runs.
_TAG = r"<[A-Za-z][A-Za-z0-9]{0,15}\b[^<>]{0,500}>\s*"
_REPEATED_TAG = re.compile(rf"({_TAG})(?=\1)")
_REPEATED_PAIR = re.compile(rf"({_TAG}{_TAG})(?=\1)")
_WRAPPER_TAG = re.compile(
    r"</?(?:div|span|font|center|section|article|main|aside|header|footer|nav|b|i|u|s|em|strong|"
    r"small|big|sub|sup|mark|a|abbr|cite|q|tt|ins|del|blockquote|dl|dd|dt|ul|ol|li|form|label|"
    r"table|tbody|thead|tfoot|tr|td|th|figure|figcaption|details|summary)\b[^<>]{0,500}>",
    re.I,
)


def flatten_nesting(markup: str, *, strip_wrappers: bool = False) -> str:
    """Drop directly repeated opening tags (``<div><div><div>`` -> ``<div>``).

    Used when libxml2 reports that a page nests deeper than it can parse
    (everything past that point would otherwise be lost). Only opening tags
    that are followed by an identical opening tag (or pair of tags, for
    ``<b><i><b><i>``) with no text between are dropped, so no text and no
    class hint is lost; the then unmatched closing tags are ignored by the
    HTML parser's recovery.

    ``strip_wrappers`` is the last resort for deep nesting with text at every
    level: every wrapper tag (``div``, ``span``, ``font``, ``b``, ...) is
    removed, opening and closing, leaving paragraphs, headings and the text
    in document order.
    """
    if strip_wrappers:
        return _WRAPPER_TAG.sub(" ", markup)
    return _REPEATED_PAIR.sub("", _REPEATED_TAG.sub("", markup))

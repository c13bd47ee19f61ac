"""Per-record limits with documented, adjustable defaults, and the parse deadline.

A bad record must never stop or hang a run over millions, so every parse is
bounded. Pass a :class:`Limits` to :func:`warta.parse` (or ``--max-bytes``,
``--timeout`` on the CLI) to change them; ``docs/limits-and-errors.md`` lists
them all.

The time limit is enforced in-process, twice: :func:`warta.pipeline.parse`
runs each record through :func:`run_record`, whose deadline the stages check
cooperatively with :func:`check_deadline` (a ``time.monotonic()``
comparison: free to call per block), and which arms
:mod:`warta.watchdog`, which interrupts any pure-Python loop that forgot to
check. Either way the record fails with
:class:`~warta.errors.ParseTimeoutError`. Work inside one C call (libxml2
parsing a page) cannot be interrupted; it is bounded by the input size
limits instead, and the archive runner adds a process-level timeout on top.

The same scope collects :class:`~warta.model.Notice` warnings raised deep in a
stage (e.g. the HTML parser hitting libxml2's depth limit) that have no
return path of their own: :func:`notify` adds one, and the pipeline copies
them into the Article's ``warnings``.
"""

from __future__ import annotations

import contextvars
import re
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from warta import watchdog
from warta.errors import ParseTimeoutError, UsageError
from warta.model import Notice
from warta.watchdog import DeadlineExpired

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
    """HTML nesting kept exactly as written (the guarantee; libxml2's own cap is 2,048 levels).

    Deeper pages are not cut: the parser's depth error is detected and the
    nesting flattened, with an ``html.nesting_flattened`` warning.
    """

    max_blocks: int = 5000
    """Most text blocks (paragraph-like units) one record may have (``input.too_large``).

    Real article pages have a few hundred (the largest seen in the shared
    corpora: 518); a page with thousands is a dump, a feed or an attack, and
    every block costs the field extractors time.
    """

    def __post_init__(self) -> None:
        for name in ("max_input_bytes", "max_text_chars", "max_depth", "max_blocks"):
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
            raise self.timeout_error(stage)

    def timeout_error(self, stage: str) -> ParseTimeoutError:
        return ParseTimeoutError(
            f"parsing took longer than the {self.budget:g} s limit (stopped in {stage}); "
            "raise Limits.timeout_seconds (CLI: --timeout) if such records are expected",
            identity=self.identity,
        )


_SCOPE: contextvars.ContextVar[RecordScope | None] = contextvars.ContextVar(
    "warta_record_scope", default=None
)
T = TypeVar("T")


def run_record(limits: Limits, identity: str | None, work: Callable[[RecordScope], T]) -> T:
    """Run one record's ``work`` under its deadline, collecting its notices.

    Nested calls (the pipeline's stages calling each other) share the
    outermost record's scope. The scope lives in a copy of the caller's
    context, so nothing of it can leak out even when the deadline interrupts
    the clean-up; an expired deadline always leaves as
    :class:`~warta.errors.ParseTimeoutError`.
    """
    outer = _SCOPE.get()
    if outer is not None:
        return work(outer)
    scope = RecordScope(time.monotonic() + limits.timeout_seconds, limits.timeout_seconds, identity)
    try:
        return contextvars.copy_context().run(_run_scoped, scope, work)
    except DeadlineExpired as exc:
        raise scope.timeout_error(_where(exc)) from None


def _run_scoped(scope: RecordScope, work: Callable[[RecordScope], T]) -> T:
    _SCOPE.set(scope)
    alarm = watchdog.arm(scope.budget)
    try:
        return work(scope)
    finally:
        expired: DeadlineExpired | None = None
        while True:  # the alarm may surface here once; retry so it is always disarmed
            try:
                alarm.disarm()
                break
            except DeadlineExpired as exc:
                expired = exc
        if expired is not None:
            raise expired


def _where(exc: BaseException) -> str:
    """The innermost project function the deadline interrupted, for the error message."""
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if "/lib/python" not in f.filename and "<" not in f.filename]
    if not ours:
        return "native code"
    inner = ours[-1]
    return f"{Path(inner.filename).parent.name}/{Path(inner.filename).name}:{inner.name}"


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


# libxml2 checks each new attribute against all earlier ones of its element:
# quadratic in native code, where the deadline cannot interrupt (30,000
# attributes take seconds, 100,000 take most of a minute). Real elements have
# a few dozen, so tags long enough to hold thousands are capped before parsing.
MAX_ATTRIBUTES = 1000
_LONG_TAG = re.compile(r"<[A-Za-z][^<>]{8000,}>")
_ATTRIBUTE = re.compile(r"""\s+[^\s=<>"'/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?""")


def cap_attributes(markup: str) -> tuple[str, int]:
    """Keep the first :data:`MAX_ATTRIBUTES` attributes of every element; return markup and drops.

    The regex walks every tag of the page (5 % of an HTML parse), so a page
    is first probed for the only thing it can match: a run of 8,000 or more
    characters without ``<`` or ``>`` inside a tag. Such a run covers a
    multiple of 8,000, so a probe every 8,000 characters finds it: the
    bracket before the probe must open a tag and the next bracket must be
    8,000 characters away. Each probe looks back only as far as the previous
    one (a run that reaches further back holds that probe too, which was
    already judged), so the probes read each character at most three times,
    at C speed. A page where no probe finds such a tag (almost all) is
    returned as it is.
    """
    span = 8000  # the shortest tag interior _LONG_TAG matches
    lower = 0
    for probe in range(span, len(markup), span):
        before = max(markup.rfind("<", lower, probe), markup.rfind(">", lower, probe))
        lower = probe
        if before < 0:
            continue  # the run around this probe holds the previous one: judged already
        opener = markup[before : before + 2]
        if opener[0] == ">" or not (opener[1].isascii() and opener[1].isalpha()):
            continue  # the run around the probe is text, or follows a '<' that opens no tag
        if not any(markup.find(c, probe, before + span + 2) >= 0 for c in "<>"):
            break  # the tag opened at `before` runs on for 8,000 characters
    else:
        return markup, 0
    dropped = 0

    def cap(match: re.Match[str]) -> str:
        nonlocal dropped
        tag = match.group(0)
        ends = [m.end() for m in _ATTRIBUTE.finditer(tag, 1, len(tag) - 1)]
        if len(ends) <= MAX_ATTRIBUTES:
            return tag
        dropped += len(ends) - MAX_ATTRIBUTES
        return tag[: ends[MAX_ATTRIBUTES - 1]] + ">"

    return _LONG_TAG.sub(cap, markup), dropped

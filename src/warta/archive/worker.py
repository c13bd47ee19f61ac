"""Converting one record: the code that runs inside a worker process.

Kept apart from the pool so that the forkserver preloads only this and the
parser. A task is a plain tuple (cheap to pickle); the reply is the Article
as JSON (serialised once, in the worker, where the CPU is spare) or an error
code and message. Nothing here ever raises: every failure becomes a reply.
"""

from __future__ import annotations

import datetime as dt
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from warta.errors import InternalError, ParseTimeoutError, WartaError
from warta.limits import Limits
from warta.model import Article, InputKind, Notice
from warta.pipeline import parse, parse_html, parse_text

Task = tuple[int, str, bytes | str, InputKind | None, str | None, str | None, str | None]
"""(seq, identity, data, kind, url, warc_date, http_charset)."""
Reply = tuple[int, str | None, str | None, str | None]
"""(seq, article JSON, error code, error message)."""

MAX_MESSAGE = 500
CRAWL_SLACK = dt.timedelta(days=1)
"""Time zones: a date may read one day later than the crawl's UTC date and still be fine."""


class _Expired(BaseException):
    """Raised by the alarm inside a parse; BaseException so the parser's own handlers miss it."""


def convert_task(task: Task, limits: Limits, *, use_alarm: bool = True) -> Reply:
    """Parse one record; every outcome, including a bug, becomes a reply."""
    seq, identity, data, kind, url, warc_date, charset = task
    try:
        with _time_budget(limits.timeout_seconds if use_alarm else 0.0):
            article = _parse(data, kind, url, identity, limits, charset)
            if warc_date:
                article = with_crawl_date(article, warc_date)
            return seq, article.model_dump_json(), None, None
    except _Expired:
        return (
            seq,
            None,
            ParseTimeoutError.code,
            f"parsing took longer than {limits.timeout_seconds:g} s",
        )
    except WartaError as exc:
        return seq, None, exc.code, exc.message[:MAX_MESSAGE]
    except Exception as exc:  # a bug in warta: counted, never fatal to the run
        return (
            seq,
            None,
            InternalError.code,
            f"unexpected {type(exc).__name__}: {exc}"[:MAX_MESSAGE],
        )


def _parse(
    data: bytes | str,
    kind: InputKind | None,
    url: str | None,
    identity: str,
    limits: Limits,
    charset: str | None = None,
) -> Article:
    if isinstance(data, str):
        # A str is content here, never a path: call the kind-specific parsers.
        if kind == "html":
            return parse_html(data, url=url, source=identity, limits=limits)
        if kind == "text":
            return parse_text(data, source=identity, limits=limits)
        data = data.encode("utf-8", "surrogatepass")
    return parse(data, kind=kind, url=url, location=identity, limits=limits, http_charset=charset)


def with_crawl_date(article: Article, warc_date: str) -> Article:
    """Record the crawl date as weak evidence: provenance, and a warning if published after it."""
    crawled = _parse_warc_date(warc_date)
    provenance = {**article.provenance, "crawled": warc_date}
    warnings = list(article.warnings)
    if (
        crawled is not None
        and article.published is not None
        and _after(article.published.value, crawled)
    ):
        warnings.append(
            Notice(
                code="date.after_crawl",
                message=f"published date is later than the crawl date {warc_date}",
            )
        )
    return article.model_copy(update={"provenance": provenance, "warnings": warnings})


def _parse_warc_date(value: str) -> dt.datetime | None:
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.timezone.utc)


def _after(published: dt.datetime | dt.date, crawled: dt.datetime) -> bool:
    if isinstance(published, dt.datetime):
        if published.tzinfo is None:
            return published.date() > crawled.date() + CRAWL_SLACK
        return published > crawled + CRAWL_SLACK
    return published > crawled.date() + CRAWL_SLACK


@contextmanager
def _time_budget(seconds: float) -> Iterator[None]:
    """A SIGALRM budget for pure-Python work; the pool's hard kill covers native code."""
    if (
        seconds <= 0
        or not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
    ):
        yield
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        raise _Expired()

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)

"""Score an Article against a hand-checked id-portals record.

This implements, check by check, the rules of ../shared/data/id-portals/expected/README.md
(copied as fixtures/id-portals/expected/SCORING.md): the normalisation N(), one
check per scalar field, a collapsed single check where the expected value is
null, body anchors, quote checks with speaker-token matching, and the
secondary title checks and quote precision reported apart.

Body paragraphs marked ``heading`` (intertitles) are not counted as
paragraphs: the record's definition leaves subheadings out of the body.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from warta.model import Article, Quote

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\ufeff"))
_WIB = dt.timezone(dt.timedelta(hours=7))
_ANCHOR = 60
_QUOTE_PREFIX = 40


def N(s: str | None) -> str | None:
    """Delete zero-width characters, collapse whitespace runs to one space, trim."""
    if s is None:
        return None
    return " ".join(s.translate(_INVISIBLE).split())


@dataclass
class Check:
    field: str
    passed: bool
    expected: Any = None
    got: Any = None


@dataclass
class Score:
    record: str
    checks: list[Check] = field(default_factory=list)
    titles: list[Check] = field(default_factory=list)
    predicted_quotes: int = 0
    matched_quotes: int = 0

    @property
    def passed(self) -> int:
        return sum(c.passed for c in self.checks)

    @property
    def total(self) -> int:
        return len(self.checks)


def score(expected: dict[str, Any], article: Article) -> Score:
    """All field checks of one record."""
    result = Score(expected["file"])
    add = result.checks.append
    add(_section(expected, article))
    add(
        Check(
            "headline",
            N(article.headline) == N(expected["headline"]),
            expected["headline"],
            article.headline,
        )
    )
    result.checks += _dateline(expected["dateline"], article)
    result.checks += _published(expected["published"], article)
    result.checks += _body(expected["body"], article)
    _quotes(expected["quotes"], article, result)
    result.checks += _byline(expected["byline"], article)
    add(_equal_or_null("signature", expected["signature"], article.signature))
    result.checks += _comments(expected["comments"], article)
    add(
        Check(
            "language",
            article.language == expected["language"],
            expected["language"],
            article.language,
        )
    )
    return result


def _equal_or_null(name: str, want: str | None, got: str | None) -> Check:
    if want is None:
        return Check(name, got is None, None, got)
    return Check(name, N(got) == N(want), want, got)


def _section(expected: dict[str, Any], article: Article) -> Check:
    want = expected["section"]
    if want is None:
        return Check("section", article.section is None, None, article.section)
    options = [want, *expected.get("section_alternatives", [])]
    got = N(article.section)
    ok = got is not None and any(got.casefold() == (N(o) or "").casefold() for o in options)
    return Check("section", ok, want, article.section)


def _dateline(want: dict[str, Any] | None, article: Article) -> list[Check]:
    got = article.dateline
    if want is None:
        return [Check("dateline", got is None, None, got.raw if got else None)]
    return [
        Check(
            "dateline.raw",
            got is not None and N(got.raw) == N(want["raw"]),
            want["raw"],
            got and got.raw,
        ),
        _equal_or_null("dateline.publisher", want["publisher"], got.publisher if got else None),
        _equal_or_null("dateline.place", want["place"], got.place if got else None),
    ]


def _published(want: dict[str, Any] | None, article: Article) -> list[Check]:
    got = article.published
    if want is None:
        return [Check("published", got is None, None, got.raw if got else None)]
    value = got.value if got else None
    return [
        Check(
            "published.value",
            _same_time(want["value"], value),
            want["value"],
            value and value.isoformat(),
        ),
        Check(
            "published.raw",
            got is not None and N(got.raw) == N(want["raw"]),
            want["raw"],
            got and got.raw,
        ),
    ]


def _same_time(want: str, got: dt.date | dt.datetime | None) -> bool:
    """Same instant; for an expected date, the extractor's date in +07:00 must be that date."""
    if got is None:
        return False
    expected = dt.datetime.fromisoformat(want) if "T" in want else dt.date.fromisoformat(want)
    if not isinstance(expected, dt.datetime):
        if isinstance(got, dt.datetime):
            local = got.astimezone(_WIB) if got.tzinfo else got
            return local.date() == expected
        return got == expected
    if not isinstance(got, dt.datetime):
        return False
    return (got if got.tzinfo else got.replace(tzinfo=_WIB)) == expected


def _body(want: dict[str, Any], article: Article) -> list[Check]:
    paragraphs = [N(p.text) or "" for p in article.body if not p.heading]
    first = paragraphs[0][:_ANCHOR] if paragraphs else None
    last = paragraphs[-1][-_ANCHOR:] if paragraphs else None
    return [
        Check("body.count", len(paragraphs) == want["count"], want["count"], len(paragraphs)),
        Check("body.first", first == want["first"], want["first"], first),
        Check("body.last", last == want["last"], want["last"], last),
    ]


def _tokens(name: str | None) -> set[str]:
    return {t.strip(".,").casefold() for t in (name or "").split() if t.strip(".,")}


def speaker_matches(predicted: str | None, speaker: str, aliases: list[str]) -> bool:
    """Token sets, case-insensitive, '.,' trimmed: one a non-empty subset of the other."""
    got = _tokens(predicted)
    if not got:
        return False
    return any(
        got <= _tokens(name) or _tokens(name) <= got
        for name in [speaker, *aliases]
        if _tokens(name)
    )


def _text_matches(quote: Quote, start: str) -> bool:
    text = N(quote.text) or ""
    return text == start if len(start) < _QUOTE_PREFIX else text.startswith(start)


def _quotes(wanted: list[dict[str, Any]], article: Article, result: Score) -> None:
    matched: set[int] = set()
    for want in wanted:
        aliases = want.get("speaker_aliases", [])
        hit = next(
            (
                i
                for i, q in enumerate(article.quotes)
                if _text_matches(q, want["text_start"])
                and speaker_matches(q.speaker_name or q.speaker, want["speaker"], aliases)
            ),
            None,
        )
        label = f"quote:{want['text_start'][:20]}"
        got = None
        if hit is not None:
            matched.add(hit)
            quote = article.quotes[hit]
            got = quote.speaker_name or quote.speaker
            result.titles.append(
                _title_check(label, want.get("speaker_title"), quote.speaker_title)
            )
        else:
            text_only = [q for q in article.quotes if _text_matches(q, want["text_start"])]
            got = (
                (text_only[0].speaker_name or text_only[0].speaker)
                if text_only
                else "(no such quote)"
            )
            result.titles.append(Check(label, False, want.get("speaker_title"), None))
        result.checks.append(
            Check("quotes", hit is not None, f"{want['text_start'][:25]}… / {want['speaker']}", got)
        )
    # Precision: predicted quotes that some expected quote's text accounts for.
    result.predicted_quotes = len(article.quotes)
    result.matched_quotes = sum(
        1 for q in article.quotes if any(_text_matches(q, w["text_start"]) for w in wanted)
    )


def _title_check(label: str, want: str | None, got: str | None) -> Check:
    if want is None or got is None:
        return Check(label, want is None and got is None, want, got)
    a, b = (N(want) or "").casefold(), (N(got) or "").casefold()
    return Check(label, a in b or b in a, want, got)


def _byline(want: dict[str, Any] | None, article: Article) -> list[Check]:
    got = article.byline
    if want is None:
        return [Check("byline", got is None, None, got.raw if got else None)]
    people = {N(p) for p in got.people} if got else None
    return [
        Check(
            "byline.raw",
            got is not None and N(got.raw) == N(want["raw"]),
            want["raw"],
            got and got.raw,
        ),
        Check(
            "byline.people",
            people == {N(p) for p in want["people"]},
            want["people"],
            got and got.people,
        ),
        _equal_or_null("byline.desk", want["desk"], got.desk if got else None),
    ]


def _comments(want: dict[str, Any], article: Article) -> list[Check]:
    got = article.comments
    checks = [
        Check("comments.present", got.present == want["present"], want["present"], got.present)
    ]
    if want["present"]:
        checks.append(
            Check("comments.marker", N(got.marker) == N(want["marker"]), want["marker"], got.marker)
        )
    return checks

"""The compiled date grammar of one language table.

Every date in warta (date lines, datelines, in-body mentions, text in
metadata) is read with the same three regular expressions, built here once
per :class:`~warta.lang.LanguageTable` from its month, weekday, zone, time
and day-part words and cached: the rules in :mod:`warta.fields.dates` run on
every article and must not rebuild patterns per call.

``core`` matches a calendar date with an optional weekday in front
(``Selasa (2/9/2015)``, ``Rabu, 4 November 2015``, ``Thu, November 19,
2015``, ``02/11/2023``); ``tail`` is matched right after it and reads the
clock time, meridiem, day part and zone that may follow (``, 21:34 WIB``,
``pukul 08.45 WITA``, ``| 06:24 pm``); ``weekday`` finds bare weekdays.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from warta.fields.pattern_sets import holds_fold_trap
from warta.lang import LanguageTable


@dataclass(frozen=True)
class Grammar:
    """Compiled patterns and lookup maps for one language table."""

    core: re.Pattern[str]
    tail: re.Pattern[str]
    head: re.Pattern[str]
    weekday: re.Pattern[str]
    bare_before: re.Pattern[str]
    future_before: re.Pattern[str]
    future_after: re.Pattern[str]
    months: dict[str, int]
    weekdays: dict[str, int]
    zones: dict[str, str]
    weekday_hints: tuple[str, ...] = ()
    """The leading ASCII letters of each bare weekday, lower-cased ('jum' of 'jum’at'):
    a text holds a ``weekday`` match only if its lower-cased form holds one of them
    (see :func:`may_hold_weekday`). Empty when some weekday starts otherwise."""


def may_hold_weekday(text: str, g: Grammar) -> bool:
    """False only when ``g.weekday`` cannot match in ``text``.

    Searching the weekday pattern costs a regex attempt per character (its
    look-behind and case-folding leave the engine no fast scan); a plain
    substring test on the lower-cased text rules most paragraphs out first.
    It holds wherever ``str.lower`` folds as the regex engine's ``re.I`` does:
    everywhere but the letters :func:`~warta.fields.pattern_sets.holds_fold_trap`
    looks for.
    """
    if not g.weekday_hints or holds_fold_trap(text):
        return True
    low = text.lower()
    return any(hint in low for hint in g.weekday_hints)


def _hints(words: Iterable[str]) -> tuple[str, ...]:
    hints = []
    for word in words:
        lead = re.match(r"[A-Za-z]+", word)
        if lead is None:
            return ()  # a word that starts with anything else: no hint, always search
        hints.append(lead.group().lower())
    # 'jumat' holds 'jum' (of 'jum’at'): the shorter hint alone says as much
    return tuple(sorted({h for h in hints if not any(o != h and o in h for o in hints)}))


_CACHE: dict[int, tuple[LanguageTable, Grammar]] = {}


def grammar_for(table: LanguageTable) -> Grammar:
    """The grammar of ``table``, compiled on first use and cached for the process."""
    hit = _CACHE.get(id(table))
    if hit is not None and hit[0] is table:
        return hit[1]
    grammar = _compile(table)
    _CACHE[id(table)] = (table, grammar)
    return grammar


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first so 'WITA' wins over 'WIT'.

    Words that start with the same letter share one branch ('j(?:anuari|uni|uli)'):
    the engine tries a branch per word at every position it searches, and with dozens
    of month and weekday names that was most of the cost of the date patterns (about
    half of their instructions). It matches the same: two words that start with
    different letters never match at one position (no character folds to two ASCII
    letters), and within a branch the words keep their longest-first order. Every
    pattern built from it is case-insensitive, so 'Mei' and 'mei' share a branch. A list
    with a word that starts otherwise (a non-ASCII letter may fold to an ASCII one)
    keeps the plain alternation.
    """
    unique = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    if not unique:
        return r"(?!x)x"
    if not all(w[0].isascii() and w[0].isalpha() for w in unique):
        return "|".join(map(_literal, unique))
    branches: dict[str, list[str]] = {}
    for word in unique:
        branches.setdefault(word[0].lower(), []).append(word)
    return "|".join(_branch(group) for group in branches.values())


def _branch(words: list[str]) -> str:
    """One alternation branch for ``words``, which share their first (ASCII) letter."""
    if len(words) == 1:
        return _literal(words[0])
    rest = "|".join(_literal(w[1:]) for w in words)
    return f"{re.escape(words[0][0])}(?:{rest})"


def _literal(word: str) -> str:
    """A literal word as a pattern; its spaces match any short run of whitespace."""
    return re.escape(word).replace(r"\ ", r"\s+")


def _compile_bounded(pattern: str, flags: re.RegexFlag) -> re.Pattern[str]:
    """Compile with whitespace runs capped at four characters.

    Unbounded ``\\s*`` next to optional parts backtracks quadratically on long
    whitespace runs; dates never need more than a few spaces.
    """
    return re.compile(pattern.replace(r"\s*", r"\s{0,4}").replace(r"\s+", r"\s{1,4}"), flags)


def _compile(table: LanguageTable) -> Grammar:
    months = {k.lower(): v for k, v in {**table.foreign_months, **table.months}.items()}
    weekdays = {k.lower(): v for k, v in table.weekdays.items()}
    zones = {k.upper(): v for k, v in table.zones.items()}
    # An abbreviation's period is part of the date only when the date goes on after it;
    # a period after 'Juli' at the end of a sentence is not.
    wd = rf"(?<!\w)(?:{_alt(weekdays)})(?!\w)(?:\.(?=\s*[,(]|\s+\w))?"
    mon = rf"(?<!\w)(?:{_alt(months)})(?!\w)(?:\.(?=\s*,?\s*\d))?"
    dp = rf"(?<!\w)(?:{_alt(table.day_parts)})(?!\w)"
    zone = rf"(?<!\w)(?:{_alt(zones)})(?!\w)"
    day = r"(?<![\d.,/:])\d{1,2}(?!\d)(?:st|nd|rd|th)?"
    year = r"\d{4}(?!\d)"
    core = rf"""
        (?:(?<!\w)|(?=\())  # starts a word or a parenthesis: fails fast inside words
        (?:(?P<wd>{wd})(?:\s*,\s*|\s+)(?:(?P<dp0>{dp})\s*,?\s*)?)?
        (?P<po>\(\s*(?:(?P<wd_in>{wd})\s*,?\s*)?)?
        (?:
            (?P<d1>{day})\.?\s+(?P<m1>{mon})(?:\s*,?\s*(?P<y1>{year}))?
          | (?P<m2>{mon})\s+(?P<d2>{day})(?:\s*,\s*(?P<y2>{year})|\s+(?P<y2b>{year}))?
          | (?P<n1>(?<![\d.,/:])\d{{1,2}})\s*/\s*(?P<n2>\d{{1,2}})
            (?:\s*/\s*(?P<n3>\d{{1,4}}))?(?![\d/])
          | (?P<k1>(?<![\d.,/:-])\d{{1,2}})-(?P<k2>\d{{1,2}})-(?P<k3>{year})(?!-)
          | (?P<i1>(?<![\d.,/:-])(?:19|20)\d\d)(?P<isep>[-/])(?P<i2>\d{{1,2}})(?P=isep)(?P<i3>\d{{1,2}})(?![\d/-])
        )
        (?(po)(?P<pc>\s*\))?)
    """
    tail = rf"""
        (?:\s*,?\s*(?P<dp>{dp}))?
        (?P<sep>(?:\s*[,|/\-\u2013\u2014\u2022\u00b7]){{0,6}}\s*(?:(?P<tw>{_alt(table.time_words)})\s+)?)
        (?:T(?=\d{{1,2}}:))?(?P<h>(?<![\d/])\d{{1,2}})(?P<hs>[:.])(?P<mi>\d{{2}})(?![\d.,])
        (?:[:.](?P<sec>\d{{2}})(?!\d))?
        (?:\s*(?P<mer>(?<!\w)(?:{_alt(table.meridiems)})(?![^\W\d_])))?
        (?:\s*(?P<dp2>{dp}))?
        (?:\s*(?P<zone>{zone})(?P<zoff>[+-]\d{{1,2}}(?::?\d{{2}})?(?!\d))?(?:\s+{zone})?)?
    """
    # A time printed before the date ('3:45 PM EST, Tue November 19, 2019'), read on date
    # lines only: searched in the few characters before a date that has no time after it.
    head = rf"""
        (?P<h>(?<![\d.:])\d{{1,2}}):(?P<mi>\d{{2}})(?!\d)
        (?:\s*(?P<mer>(?<!\w)(?:{_alt(table.meridiems)})(?![^\W\d_])))?
        (?:\s*(?P<zone>{zone}))?
        \s*[,|\-\u2013\u2014\u2022\u00b7]?\s*$
    """
    flags = re.IGNORECASE | re.VERBOSE
    return Grammar(
        core=_compile_bounded(core, flags),
        tail=_compile_bounded(tail, flags),
        head=_compile_bounded(head, flags),
        weekday=re.compile(rf"(?<!\w)(?P<wd>{_alt(table.bare_weekdays)})(?!\w)", re.IGNORECASE),
        bare_before=_compile_bounded(
            rf"(?:,\s*|(?<!\w)(?:{_alt(table.weekday_lead_words)})\s+)$", re.IGNORECASE
        ),
        future_before=_compile_bounded(
            rf"(?<!\w)(?:{_alt(table.future_words)})\s+$", re.IGNORECASE
        ),
        future_after=_compile_bounded(rf"\s+(?:{_alt(table.future_words)})(?!\w)", re.IGNORECASE),
        months=months,
        weekdays=weekdays,
        zones=zones,
        weekday_hints=_hints(table.bare_weekdays),
    )

"""The shape of a language table.

Language knowledge (month names, speech verbs, titles, byline labels,
boilerplate phrases, ...) is data, one table per language
(:mod:`warta.lang.id`, :mod:`warta.lang.en`). Rules in :mod:`warta.fields`
read these tables and never hard-code words of one language. Phrase lists
are matched case-insensitively unless a field says otherwise; fields that
hold regular-expression fragments say so in their name (``*_patterns``).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class LanguageTable:
    code: str
    """ISO 639-1 code."""
    stopwords: frozenset[str]
    """Frequent function words, used to detect the language of a text."""
    months: dict[str, int]
    """Lower-cased month names, abbreviations and spelling variants -> month number."""
    weekdays: dict[str, int]
    """Lower-cased weekday names and variants -> ISO weekday (Monday = 1)."""
    zones: dict[str, str]
    """Upper-cased zone tokens -> UTC offset, e.g. 'WIB' -> '+07:00'."""
    numeric_date_order: str = "dmy"
    """Order of numeric dates: 'dmy' (Indonesian) or 'mdy' (US English)."""
    speech_verbs: tuple[str, ...] = ()
    """Attribution verbs that follow a quote (kata, ujar, said, ...)."""
    pre_quote_verbs: tuple[str, ...] = ()
    """Verbs that introduce a quote or indirect speech (mengatakan, said:)."""
    pronoun_suffixes: tuple[str, ...] = ()
    """Suffixes that make a speech verb refer back to the previous speaker (-nya)."""
    pronouns: tuple[str, ...] = ()
    """Personal pronouns that can stand for a speaker (dia, ia, beliau, he, she)."""
    titles: tuple[str, ...] = ()
    """Offices, ranks and job titles that precede or follow a name."""
    honorifics: tuple[str, ...] = ()
    """Honorifics and academic titles that are not part of a name (H, Hj, dr, Prof, Mr)."""
    byline_labels: dict[str, str] = field(default_factory=dict)
    """Lower-cased credit labels -> byline role ('penulis' -> 'author')."""
    publishers: tuple[str, ...] = ()
    """Known outlet brands that appear in datelines (lower-cased)."""
    boilerplate_patterns: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Reason -> regular expressions for lines that are boilerplate ('baca-juga', 'share', ...)."""
    comment_patterns: tuple[str, ...] = ()
    """Regular expressions for lines that mark a comment section."""
    not_comment_patterns: tuple[str, ...] = ()
    """Regular expressions for lines that look like comment markers but are not (most-commented lists)."""

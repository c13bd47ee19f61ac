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
    speech_particles: tuple[str, ...] = ()
    """Words after a speech verb or speaker that do not change who speaks ('lagi', 'again')."""
    source_markers: tuple[str, ...] = ()
    """Words before a name that make it a source in narrative ('menurut', 'according to')."""
    anaphors: tuple[str, ...] = ()
    """Words that end a description referring back to someone named before ('itu', 'this')."""
    anonymous_speakers: tuple[str, ...] = ()
    """Heads of descriptions of unnamed speakers ('salah satu', 'a source')."""
    ranks: tuple[str, ...] = ()
    """Police and military ranks, spelled out and abbreviated ('komisaris besar', 'akbp')."""
    org_words: tuple[str, ...] = ()
    """Words of office and organisation names, never part of a person's name ('dinas', 'ministry')."""
    place_heads: tuple[str, ...] = ()
    """Words after which the next capitalised words name a place ('kota', 'kapolda')."""
    place_tails: tuple[str, ...] = ()
    """Words that continue a place name ('timur' in 'Jawa Timur', 'jaya' in 'Metro Jaya')."""
    speaker_stops: tuple[str, ...] = ()
    """Words that end a speaker phrase after the verb ('di', 'kepada', 'on')."""
    not_quote_cues: tuple[str, ...] = ()
    """Words right before an opening quote mark that announce a title or term ('bertajuk')."""
    apposition_markers: tuple[str, ...] = ()
    """Words between a name and its title in an apposition ('selaku', 'sebagai', 'as')."""
    verb_prefixes: tuple[str, ...] = ()
    """Prefixes of active verbs, to tell 'X, mengingatkan' (a subject) from other commas ('me', 'be')."""
    title_linkers: tuple[str, ...] = ()
    """Words that link an office to its organisation inside a title ('dari' in 'Ketua X dari Fraksi Y')."""
    object_markers: tuple[str, ...] = ()
    """Words before someone spoken to or about, who is not the speaker ('kepada', 'dengan')."""
    institution_heads: tuple[str, ...] = ()
    """Words that precede an institution's proper name ('masjid' in 'Masjid Istiqlal', 'universitas')."""
    name_prefixes: tuple[str, ...] = ()
    """First words of personal names that are never a place or office ('muhammad', 'i', 'lalu')."""
    document_cues: tuple[str, ...] = ()
    """Words before quoted text of a law, sign or letter, which is nobody's speech ('berbunyi')."""
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
    # --- dates and times (read by warta.fields.dates) ---
    ambiguous_weekdays: frozenset[str] = frozenset()
    """Weekday names that are also common words ('minggu' = week): a weekday only when capitalised."""
    ambiguous_months: frozenset[str] = frozenset()
    """Month names that are also common words ('may', 'mar'): a month only when capitalised."""
    bare_weekdays: tuple[str, ...] = ()
    """Full weekday names that date an event on their own ('di Mataram, Kamis,'), lower-cased."""
    foreign_months: dict[str, int] = field(default_factory=dict)
    """Month names of other languages that pages in this language print ('17 February 2017')."""
    month_first_text: bool = False
    """Whether 'Month Day' without a year is a date ('Feb 24'); else a year must follow."""
    numeric_order_flexible: bool = False
    """Whether outlets write numeric dates either way ('9/20' and '26/06'): validity/weekday decide."""
    default_utc_offset: str = "+07:00"
    """Offset for a clock time printed without a zone (the portals' home zone, WIB)."""
    time_words: tuple[str, ...] = ()
    """Words that introduce a clock time ('pukul', 'jam', 'at'); 'HH.MM' is a time only after them."""
    meridiems: dict[str, int] = field(default_factory=dict)
    """Lower-cased 12-hour markers -> hours to add to 1-11 ('pm' -> 12, 'am' -> 0)."""
    day_parts: dict[str, tuple[int, int]] = field(default_factory=dict)
    """Lower-cased parts of the day -> hour range [start, end) they cover ('malam' -> (18, 24))."""
    relative_days: dict[str, int] = field(default_factory=dict)
    """Lower-cased relative day words -> offset in days from publication ('kemarin' -> -1)."""
    weekday_lead_words: tuple[str, ...] = ()
    """Words before a bare weekday that make it a date ('pada Kamis', 'on Tuesday')."""
    future_words: tuple[str, ...] = ()
    """Words beside a bare weekday that point forward ('Kamis depan', 'next Monday')."""
    relative_units: dict[str, int] = field(default_factory=dict)
    """Lower-cased time units of relative stamps -> seconds ('menit' -> 60 in '3 menit lalu')."""
    ago_words: tuple[str, ...] = ()
    """Words after a relative stamp that make it past ('yang lalu', 'lalu', 'ago')."""
    byline_desk_words: tuple[str, ...] = ()
    """Lower-cased words that mark a credit part as a desk, office or outlet, not a person."""
    byline_joiners: tuple[str, ...] = ()
    """Lower-cased words that join two names in one credit ('dan', 'and')."""
    source_labels: tuple[str, ...] = ()
    """Lower-cased labels of source credits that are not bylines ('sumber', 'source')."""
    home_words: tuple[str, ...] = ()
    """Lower-cased breadcrumb items that are never the section ('home', 'beranda')."""
    caption_patterns: tuple[str, ...] = ()
    """Regular expressions for photo captions, alt texts and photo credits (never body)."""
    body_end_patterns: tuple[str, ...] = ()
    """Regular expressions for lines after which the article body cannot continue (list headers)."""
    organisation_words: tuple[str, ...] = ()
    """Lower-cased words that make an author value a company or team, not a person ('pt', 'media')."""
    next_page_phrases: tuple[str, ...] = ()
    """Regular expressions for the link text that leads to the next page of a multi-page article."""
    dateline_places: tuple[str, ...] = ()
    """Lower-cased cities that end a dateline printed without a dash ('Liputan6.com, Jakarta ...')."""

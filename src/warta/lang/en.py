"""English: the language table (data only)."""

from __future__ import annotations

from warta.lang import en_quotes as _q
from warta.lang.table import LanguageTable

EN = LanguageTable(
    code="en",
    stopwords=frozenset(
        "the of and to in is that for it was on with as by at from he his she her they be "
        "this are have has said were which an not but had their will would been".split()
    ),
    months={
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
        "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
        "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10,
        "november": 11, "nov": 11, "december": 12, "dec": 12,
    },
    weekdays={
        "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
        "thursday": 4, "thu": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6, "sat": 6,
        "sunday": 7, "sun": 7,
    },
    zones={"WIB": "+07:00", "WITA": "+08:00", "WIT": "+09:00", "UTC": "+00:00", "GMT": "+00:00"},
    numeric_date_order="mdy",
    # --- quotes and speakers (warta.fields.quotes, warta.fields.speakers; data in en_quotes) ---
    speech_verbs=_q.SPEECH_VERBS,
    pre_quote_verbs=_q.PRE_QUOTE_VERBS,
    pronouns=_q.PRONOUNS,
    titles=_q.TITLES,
    honorifics=_q.HONORIFICS,
    speech_particles=_q.SPEECH_PARTICLES,
    source_markers=_q.SOURCE_MARKERS,
    anaphors=_q.ANAPHORS,
    anonymous_speakers=_q.ANONYMOUS,
    ranks=_q.RANKS,
    org_words=_q.ORG_WORDS,
    speaker_stops=_q.SPEAKER_STOPS,
    not_quote_cues=_q.NOT_QUOTE_CUES,
    apposition_markers=_q.APPOSITION_MARKERS,
    document_cues=_q.DOCUMENT_CUES,
    byline_labels={"by": "author", "editor": "editor", "edited by": "editor", "reporting by": "reporter",
                   "photo": "photographer", "photos": "photographer"},
    ambiguous_weekdays=frozenset({"sun", "sat", "wed", "mon"}),
    ambiguous_months=frozenset({"may", "mar"}),
    bare_weekdays=("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    month_first_text=True,
    numeric_order_flexible=True,
    default_utc_offset="+07:00",
    time_words=("at", "around", "about"),
    meridiems={"am": 0, "a.m.": 0, "pm": 12, "p.m.": 12},
    day_parts={"morning": (4, 12), "afternoon": (12, 18), "evening": (17, 22), "night": (18, 24)},
    relative_days={"yesterday": -1, "today": 0, "tomorrow": 1},
    weekday_lead_words=("on", "last", "this", "since", "until", "by", "next", "coming"),
    future_words=("next", "coming"),
    # --- text layout: datelines, credits, boilerplate, comments (read by warta.text and fields) ---
    publishers=(
        "tempo.co",
        "antara",
        "the jakarta post",
        "jakarta globe",
        "medcom",
        "voi",
        "kontan",
    ),
    byline_desk_words=("staff", "desk", "team", "bureau", "antara", "reuters", "ap", "afp"),
    byline_joiners=("and", "&"),
    source_labels=("source",),
    home_words=("home", "index"),
    caption_patterns=(
        r"\((?:Photo|AP Photo|Reuters|AFP|Getty Images)\b[^()]{0,80}\)\s*$",
        r"^Photo\s*:",
    ),
    body_end_patterns=(
        r"^(?:related (?:news|stories|articles)|read more|tags?\s*:?|most (?:popular|commented))$",
        r"^copyright\b|^©|\ball rights? reserved\b",
    ),
    boilerplate_patterns={
        "baca-juga": (r"^\(?\s*(?:read also|also read|read more)\s*:",),
        "ads": (r"^advertisement$",),
        "share": (r"^(?:share(?: on)? (?:facebook|twitter)|tweet|share)$",),
        "related": (r"^related (?:news|stories|articles)$",),
        "copyright": (r"^copyright\b", r"^©", r"\ball rights? reserved\b"),
        "source": (r"^source\s*:",),
    },
    comment_patterns=(
        r"^\d+\s*comments?$",
        r"^(?:leave a |post a |write a )?comments?$",
        r"^comments?\s*:?\s*\d*$",
    ),
    not_comment_patterns=(r"most commented",),
    organisation_words=(
        "inc",
        "inc.",
        "ltd",
        "llc",
        "corp",
        "media",
        "group",
        "network",
        "staff",
        "team",
        "online",
        "news",
        "newsroom",
        "desk",
        "editors",
        "editorial",
    ),
    next_page_phrases=(r"^next page\b", r"^continue reading\b", r"^next$"),
)

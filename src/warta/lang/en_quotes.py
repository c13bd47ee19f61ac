"""English quote and speaker vocabulary (data only; docs/indonesian-news.md section 4.13)."""

from __future__ import annotations

# fmt: off

SPEECH_VERBS = (
    "said", "says", "told", "added", "explained", "asked", "stated", "noted", "wrote", "argued",
    "insisted", "recalled", "continued", "replied", "warned", "claimed", "remarked", "affirmed",
    "emphasized", "emphasised", "stressed", "confessed", "urged", "admitted", "answered",
    "declared", "announced", "concluded", "commented", "observed", "acknowledged", "conceded",
    "tweeted", "posted", "joked", "pointed out", "outlined", "suggested",
)
"""Attribution verbs next to a quote (``"...," said X`` / ``"...," X said``)."""

PRE_QUOTE_VERBS = SPEECH_VERBS
"""Verbs that introduce a quote after their subject (``X said: "..."``)."""

SPEECH_PARTICLES = (
    "again", "also", "later", "then",
)
"""Words that may follow the verb without changing who speaks."""

SOURCE_MARKERS = (
    "according to",
)
"""Words before a name that mark it as a source in narrative."""

PRONOUNS = (
    "he", "she", "they", "i", "we",
)
"""Personal pronouns that stand for the last person mentioned."""

ANAPHORS = (
    "this", "that",
)
"""A description ending in one of these refers back to someone named before."""

ANONYMOUS = (
    "a source", "one source", "an official", "a resident", "a spokesperson", "a witness",
)
"""Heads of descriptions of unnamed speakers."""

HONORIFICS = (
    "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "rev", "h", "hj",
)
"""Honorifics written before a name, not part of it."""

RANKS = (
    "gen", "general", "lt", "lieutenant", "col", "colonel", "maj", "major", "capt", "captain",
    "sgt", "sergeant", "adm", "admiral", "brig", "brigadier", "comr", "commissioner", "insp",
    "inspector", "sr", "police", "chief",
)
"""Police and military ranks (and their abbreviations)."""

TITLES = (
    "president", "vice", "minister", "secretary", "governor", "mayor", "regent", "spokesperson",
    "spokesman", "spokeswoman", "chairman", "chairwoman", "chair", "director", "head", "chief",
    "executive", "ceo", "cfo", "officer", "manager", "professor", "analyst", "economist",
    "researcher", "lawyer", "senator", "lawmaker", "deputy", "coordinating", "state", "general",
    "ambassador", "commander", "coach", "founder", "expert", "official", "senior", "leader",
    "member", "former", "acting", "prime",
)
"""Offices and roles: words of a speaker's title, not of a name."""

ORG_WORDS = (
    "of", "the", "ministry", "agency", "office", "department", "council", "commission", "police",
    "national", "regional", "university", "institute", "bank", "company", "group", "foreign",
    "affairs", "finance", "health", "defense", "defence", "trade", "industry", "and", "for",
    "indonesia", "indonesian", "jakarta", "house", "representatives", "party", "corruption",
    "eradication", "kpk", "bi", "tni", "polri", "tourism", "economy", "cabinet",
)
"""Words of office and organisation names: part of a title, never of a person's name."""

SPEAKER_STOPS = (
    "on", "in", "at", "after", "before", "during", "while", "when", "as", "to", "via", "through",
    "from", "who", "which", "that", "with", "last", "this", "yesterday", "today", "earlier",
    "later", "recently", "again", "also", "adding", "explaining", "reporters",
)
"""Words that end a speaker phrase after the verb (``said X on Tuesday``)."""

NOT_QUOTE_CUES = (
    "titled", "entitled", "called", "named", "dubbed", "theme", "slogan", "hashtag", "film",
    "movie", "song", "album", "book", "program", "programme", "campaign", "term", "word",
    "nicknamed", "known as", "the", "a", "an", "so-called", "app", "show", "series",
)
"""Words right before an opening mark that announce a title, name or term, not speech."""

DOCUMENT_CUES = (
    "reads", "read", "reading", "stating", "inscribed",
)
"""Words before quoted text of a law, sign or letter."""

APPOSITION_MARKERS = ("as",)
"""Words between a name and its title in an apposition (``Retno Marsudi as Foreign Minister``)."""

TITLE_LINKERS = ("of", "at")
"""Words that link an office to its organisation inside a title (``Head of Research at X``)."""

OBJECT_MARKERS = ("to", "with", "for", "by", "against")
"""Words before someone spoken to or about: not a speaker."""

"""Who said it: speaker phrases, person mentions and speaker resolution.

A reader finds the speaker of a quote in three steps, and so does this
module (docs/quotes.md has worked examples):

1. **Read the speaker phrase** after the attribution verb
   (``kata Kapolsek Kebayoran Lama, Kompol Widya Agustiono di Jakarta``): cut it at the
   first complement (``di``, ``kepada``, a weekday, an age in brackets) and
   split it into office, rank and name with the language table's word lists
   (:func:`parse_phrase`). Office words, organisation words, acronyms and
   place names after a place word (``Kota Surabaya``) belong to the title;
   the capitalised run after them is the name.
2. **Collect the article's mentions of people** (:func:`find_mentions`):
   names after a title or a source word (``Menurut Basuki``), subjects of
   speech verbs (``Gatot menuturkan``), later repeats of those names' words,
   offices that stand for a person (``Presiden``), and pronouns.
3. **Resolve**: a ``-nya`` verb or a pronoun takes the nearest mention before
   the quote (pronouns pass through to the name they stand for); a name or
   office becomes ``speaker_name`` through the fullest registered name that
   contains it (``Tito`` -> ``Muhammad Tito Karnavian``) or whose title starts
   with it (``Asisten`` -> ``Afrizal``) (:class:`People`).

No trained model: every decision is a rule over table words and positions.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress
from operator import attrgetter

from warta.lang import LanguageTable
from warta.memo import WordMemo

_TOKEN = re.compile(r"[(),;]|[^\s(),;]+")
_ROMAN = re.compile(r"^(?:[IVX]+|\d[\w/.-]*)$")
# Word shapes of institutions, not names: derived nouns (Kesehatan, Perindustrian, Organisasi)
# and ministry/government abbreviations (Kemenkes, Kemenperin, Pemkab).
_NOUN = re.compile(
    r"^(?:ke|pe|pem|pen|peng|peny|per)\w{3,}an$|\w{3,}(?:asi|isme|itas)$|^(?:kemen|pemkab|pemkot|pemprov)\w+$",
    re.IGNORECASE,
)
_EDGE = ".,:;\"'“”‘’"
_DATE_OR_AGE = re.compile(r"^\d+$|\d{1,2}/\d{1,2}")
_NAME_PARTICLES = frozenset({"bin", "binti", "van", "de", "der", "da", "al", "el", "von"})
_MAX_PHRASE = 30
_LOOKAHEAD = 8  # tokens phrase_tokens may look at past its last one (_dated_brackets: 7)
_MAX_OFFICE_WORDS = 3
_NAME_WORDS = 2  # a given name and a family name
_MAX_MATCH = 4  # the longest table phrase Vocab.match looks for, in words


class Token:
    """A word (or ``( ) , ;``) with its offsets; its stripped, lower-cased forms are computed once."""

    __slots__ = ("capitalised", "core", "end", "low", "start", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        forms = _FORMS.get(text)
        self.core, self.low, self.capitalised = forms if forms is not None else _forms(text)

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"


# A word's stripped and lower-cased forms, shared by its every occurrence: an article
# repeats most of its words, so computing them once per word measured ~10 % faster.
_FORMS: dict[str, tuple[str, str, bool]] = {}
_MAX_FORMS = 50_000  # bounded: a long-running process reads unbounded vocabularies


def _forms(text: str) -> tuple[str, str, bool]:
    core = text.strip(_EDGE)
    capitalised = bool(core) and (core[0].isupper() or (core[0].isdigit() and len(core) > 1))
    forms = (core, core.lower(), capitalised)
    if len(_FORMS) >= _MAX_FORMS:
        _FORMS.clear()
    _FORMS[text] = forms
    return forms


# Room for every paragraph of a long article: each pass walks the paragraphs in order, and
# past the bound an LRU memo misses every time (a 295-paragraph page was tokenised once per
# pass). release_tokens empties both memos after each article.
_PARAGRAPHS = 4096


@lru_cache(maxsize=_PARAGRAPHS)
def _paragraph_tokens(text: str) -> tuple[Token, ...]:
    # Token.__init__ inlined: every word of every paragraph passes here, and the call
    # per token measured ~15 % of tokenising. The words come from str.split once the
    # brackets, commas and semicolons stand apart (the token pattern's split cost as
    # much as building the tokens); each word is found after the previous one, and only
    # spaces lie between them, so the first match is the word itself.
    words = _spaced(text).split()
    out = []
    new = Token.__new__
    find = text.find
    end = 0
    for word, forms in zip(words, map(_FORMS.get, words), strict=True):
        tok = new(Token)
        start = find(word, end)
        end = start + len(word)
        tok.text, tok.start, tok.end = word, start, end
        tok.core, tok.low, tok.capitalised = forms if forms is not None else _forms(word)
        out.append(tok)
    return tuple(out)


def _spaced(text: str) -> str:
    """The text with a space on either side of each ``( ) , ;`` (tokens by themselves)."""
    return text.replace(",", " , ").replace("(", " ( ").replace(")", " ) ").replace(";", " ; ")


@lru_cache(maxsize=_PARAGRAPHS)
def _capitalised_at(text: str) -> tuple[int, ...]:
    """Indices of the paragraph's capitalised tokens: several passes look only at those."""
    whole = _paragraph_tokens(text)
    return tuple(compress(range(len(whole)), map(_CAPITALISED, whole)))  # C loops, no Python


_CAPITALISED = attrgetter("capitalised")
_TEXT = attrgetter("text")


def release_tokens() -> None:
    """Forget the paragraph tokens: the memo serves one article's extraction.

    Kept across articles, the last article's paragraph tokens (tens of thousands of
    objects that no later article asks for) stay alive and every full garbage
    collection walks them: clearing after each article measured 2-4 % faster.
    """
    _paragraph_tokens.cache_clear()
    _capitalised_at.cache_clear()
    _bounds.cache_clear()
    _parse_phrase.cache_clear()


def tokens(
    text: str, start: int = 0, end: int | None = None, limit: int | None = None
) -> list[Token]:
    """Words and the punctuation that matters for phrases, with offsets into ``text``.

    A paragraph is tokenised once; a range is a slice of that (tokens that lie
    wholly inside ``[start, end)``), so reading many phrases stays linear.
    ``limit`` keeps only the first tokens of the range.
    """
    stop = len(text) if end is None else end
    if start == 0 and stop == len(text) and limit is None:
        return list(_paragraph_tokens(text))
    whole = _paragraph_tokens(text)
    starts, ends = _bounds(text)
    lo = bisect.bisect_left(starts, start)
    out: list[Token] = []
    if lo > 0 and whole[lo - 1].end > start:  # the range starts inside a token: `2015,”kata`
        cut = whole[lo - 1]
        out.extend(
            Token(m.group(), m.start(), m.end())
            for m in _TOKEN.finditer(text, start, min(cut.end, stop))
        )
    # The tokens end in order: the first to end past ``stop`` is found by bisection.
    hi = bisect.bisect_right(ends, stop, lo)
    if limit is not None:
        hi = min(hi, lo + max(0, limit - len(out)))
    out.extend(whole[lo:hi])
    return out


@lru_cache(maxsize=_PARAGRAPHS)
def _bounds(text: str) -> tuple[list[int], list[int]]:
    """Where the paragraph's tokens start and end, for :func:`tokens` to bisect."""
    whole = _paragraph_tokens(text)
    return [t.start for t in whole], [t.end for t in whole]


class Vocab:
    """The table's word lists as sets of word tuples, for longest-match lookups."""

    def __init__(self, table: LanguageTable) -> None:
        self.table = table
        self.titles = _phrases(table.titles)
        self.ranks = _phrases(table.ranks)
        self.orgs = _phrases(table.org_words)
        self.place_heads = _phrases(table.place_heads)
        self.place_tails = _phrases(table.place_tails)
        self.honorifics = {w.rstrip(".") for w in table.honorifics}
        self.stops = set(table.speaker_stops)
        self.pronouns = set(table.pronouns)
        self.anaphors = set(table.anaphors)
        self.anonymous = _phrases(table.anonymous_speakers)
        self.weekdays = {w.lower() for w in table.weekdays}
        self.verbs = set(table.speech_verbs)
        self.pre_verbs = set(table.pre_quote_verbs)
        self.particles = set(table.speech_particles)
        self.sources = _phrases(table.source_markers)
        self.suffixes = tuple(table.pronoun_suffixes)
        self.name_prefixes = set(table.name_prefixes)
        self.joiners = set(table.byline_joiners) | {"/"}
        self.appositions = set(table.apposition_markers)
        self.verb_prefixes = tuple(table.verb_prefixes)
        self.title_linkers = set(table.title_linkers)
        self.institutions = _phrases(table.institution_heads)
        self.objects = set(table.object_markers)
        self.document_words = {c for c in table.document_cues if " " not in c}
        self._lengths: dict[int, dict[str, tuple[int, ...]]] = {}
        # word tests asked of the same words again and again: answered once per word
        self._org_words = WordMemo(self._is_org, _MAX_FORMS)
        self._common_nouns = WordMemo(self._is_common_noun, _MAX_FORMS)
        self._coded = WordMemo(_has_digit_or_slash, _MAX_FORMS)
        self._mention_words: dict[str, bool] = {}
        # every word of an office, rank or organisation phrase ('epidemiologi' of 'ahli epidemiologi')
        self.title_words = {w for p in self.titles | self.ranks | self.orgs for w in p}
        self.strong_words = self.pronouns | self.title_words | self.pre_verbs
        # the words that are no common noun (Vocab.is_common_noun)
        self.function_words = (
            self.stops
            | self.objects
            | self.verbs
            | self.pre_verbs
            | self.particles
            | self.joiners
            | self.title_words
        )
        self.office_firsts = frozenset(p[0] for p in self.titles | self.ranks if p)
        # the words after which a name is used alone: a speech verb or a one-word source marker
        self.name_cues = self.verbs | {p[0] for p in self.sources if len(p) == 1}
        # the first words of every phrase _roles matches at each token
        self.role_firsts = frozenset(
            p[0] for p in self.ranks | self.titles | self.place_heads | self.institutions if p
        )

    def match(self, phrases: frozenset[tuple[str, ...]], toks: Sequence[Token], i: int) -> int:
        """Length of the longest phrase of ``phrases`` starting at ``toks[i]`` (0 if none)."""
        if i >= len(toks):
            return 0
        by_first = self._lengths.get(id(phrases))  # inline: match runs once per token
        if by_first is None:
            by_first = self._by_first(phrases)
        # Only the lengths of the phrases that start with this word are tried (longest
        # first): most start words begin one phrase, so one tuple is built, not four.
        lengths = by_first.get(toks[i].low)
        if lengths is None:
            return 0
        for n in lengths:
            if i + n <= len(toks) and tuple([t.low for t in toks[i : i + n]]) in phrases:
                return n
        return 0

    def _by_first(self, phrases: frozenset[tuple[str, ...]]) -> dict[str, tuple[int, ...]]:
        """The lengths of ``phrases`` by first word, longest first (built once per set).

        Phrases of more than :data:`_MAX_MATCH` words are never matched.
        """
        found: dict[str, set[int]] = {}
        for p in phrases:
            if 0 < len(p) <= _MAX_MATCH:
                found.setdefault(p[0], set()).add(len(p))
        by_first = {w: tuple(sorted(ns, reverse=True)) for w, ns in found.items()}
        self._lengths[id(phrases)] = by_first
        return by_first

    def is_title_word(self, tok: Token) -> bool:
        return tok.low in self.title_words

    def is_org(self, tok: Token) -> bool:
        return self._org_words[tok.core]  # asked ~200 times per article, of few words

    def mention_candidates(self, toks: Sequence[Token]) -> list[int]:
        """Indices of the words that may start or mark a mention (:func:`_strong_mentions`).

        A capitalised word, a pronoun, title word or pre-quote verb, or a lower-case
        word with a verb prefix. Judged once per word; the pass over the paragraph
        runs in C (map, compress) with a Python step only for words not seen before.
        """
        flags = list(map(self._mention_words.get, map(_TEXT, toks)))
        if None in flags:
            if len(self._mention_words) >= _MAX_FORMS:
                self._mention_words.clear()
            for k, flag in enumerate(flags):
                if flag is None:
                    flags[k] = self._mention_words[toks[k].text] = self._may_mention(toks[k])
        return list(compress(range(len(toks)), flags))

    def _may_mention(self, tok: Token) -> bool:
        low = tok.low
        return (
            tok.capitalised
            or low in self.strong_words  # a pronoun, title word or pre-quote verb
            or (len(low) > 5 and low.startswith(self.verb_prefixes) and tok.core.islower())
        )

    def has_digit_or_slash(self, tok: Token) -> bool:
        """A number, a date or a code (``2020``, ``19/11``): title material, never a name."""
        return self._coded[tok.core]

    def is_common_noun(self, tok: Token) -> bool:
        """A lower-case word that is no verb, function word or title word (``aplikasi``)."""
        return self._common_nouns[tok.core]

    def _is_common_noun(self, core: str) -> bool:
        low = core.lower()  # what Token.low is
        if not (core.isalpha() and core.islower()) or low.startswith(self.verb_prefixes):
            return False
        return low not in self.function_words and (low,) not in self.sources

    def _is_org(self, core: str) -> bool:
        if (core.lower(),) in self.orgs or _ROMAN.match(core):
            return True
        if len(core) >= 3 and core.isupper() and core.isalpha():
            return True  # an acronym: DKI, LIPI, BNPB
        return bool(_NOUN.match(core)) and core[0].isupper()


def _has_digit_or_slash(core: str) -> bool:
    return "/" in core or any(c.isdigit() for c in core)


_VOCABS: dict[int, Vocab] = {}


def vocab(table: LanguageTable) -> Vocab:
    """The table's vocabulary, built once per table (tables are immutable)."""
    cached = _VOCABS.get(id(table))
    if cached is None or cached.table is not table:
        cached = _VOCABS[id(table)] = Vocab(table)
    return cached


def _phrases(words: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(w.lower().rstrip(".").split()) for w in words if w.strip())


# ---------------------------------------------------------------- speaker phrases


@dataclass(frozen=True)
class Phrase:
    """A parsed speaker phrase: what kind of speaker, the name and the title, as written."""

    kind: str
    """'name', 'office', 'pronoun', 'anonymous', 'description' or 'none'."""
    start: int
    end: int
    name: str | None = None
    name_span: tuple[int, int] | None = None
    title: str | None = None
    rank: str | None = None

    @property
    def office(self) -> str | None:
        return self.title or self.rank


NONE = Phrase("none", 0, 0)


def phrase_tokens(text: str, start: int, v: Vocab) -> list[Token]:
    """The tokens of a speaker phrase starting at ``start``, cut at the first complement."""
    # The loop below reads at most _MAX_PHRASE tokens and looks _LOOKAHEAD past them.
    toks = tokens(text, start, min(len(text), start + 400), limit=_MAX_PHRASE + _LOOKAHEAD)
    out: list[Token] = []
    i = 0
    while i < len(toks) and len(out) < _MAX_PHRASE:
        tok = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if tok.text == ";" or (tok.text == "(" and _dated_brackets(toks, i)):
            break
        if tok.text == ",":
            if nxt is None or not _continues_after_comma(nxt, v):
                break
            seg = _last_segment(out)
            office_next = v.match(v.titles, toks, i + 1) > 0
            if office_next and seg and not all(r == "N" for r in _roles(seg, v)):
                # A list of people ('Menteri Sosial Juliari Batubara, Gubernur Banten ...',
                # 'Presiden, Menteri Perhubungan Budi Karya'); after a bare name the title is its
                # apposition ('Raymond Goh, Director ...') and the phrase goes on.
                break

            out.append(tok)
            i += 1
            continue
        if _is_stop(tok, v, first=not out) and not _inside_title(out, tok, nxt, v):
            break
        if tok.low in v.joiners and nxt is not None and _two_people(out, nxt, v):
            break  # 'Neil Portnow dan artis Common', 'Juda Agung dan Aida S Budiman': two people
        if tok.text.endswith((".", "!", "?")) and not _abbreviation(tok, v):
            out.append(
                Token(
                    tok.text.rstrip(".!?"),
                    tok.start,
                    tok.end - (len(tok.text) - len(tok.text.rstrip(".!?"))),
                )
            )
            break
        out.append(tok)
        i += 1
    while out and (
        out[-1].text in (",", "(") or out[-1].low in v.joiners or out[-1].low in v.title_linkers
    ):
        out.pop()  # '... Retno L.P. Marsudi and' ends before 'and'
    return [t for t in out if t.text]


def _dated_brackets(toks: list[Token], i: int) -> bool:
    """Brackets holding a date, an age or a source (``(22)``, ``(13/4)``, ``(Kompas, 11/11/2017)``).

    They end a phrase; brackets around an acronym (``(P2P)``, ``(KAI Commuter)``) do not.
    """
    inside: list[str] = []
    for tok in toks[i + 1 : i + 8]:
        if tok.text == ")":
            break
        inside.append(tok.text)
    content = " ".join(inside)
    return bool(_DATE_OR_AGE.search(content)) or (
        "," in inside and any(c.isdigit() for c in content)
    )


def _ends_with_name(out: list[Token], v: Vocab) -> bool:
    """The phrase so far ends with a title and a name (a trailing comma aside)."""
    seg: list[Token] = []
    for tok in reversed(out[:-1] if out and out[-1].text == "," else out):
        if tok.text == ",":
            break
        seg.insert(0, tok)
    roles = _roles(seg, v) if seg else []
    return bool(roles) and roles[-1] == "N" and any(r == "T" for r in roles)


def _two_people(out: list[Token], nxt: Token, v: Vocab) -> bool:
    """Before 'dan': a name that ends the phrase so far; after it: a title or another name."""
    if v.is_title_word(nxt):
        return _ends_with_name(out, v)
    seg = _last_segment(out)
    return nxt.capitalised and bool(seg) and all(r == "N" for r in _roles(seg, v))


def _last_segment(out: list[Token]) -> list[Token]:
    seg: list[Token] = []
    for tok in reversed(out):
        if tok.text == ",":
            break
        seg.insert(0, tok)
    return seg


def _continues_after_comma(nxt: Token, v: Vocab) -> bool:
    if nxt.low in v.weekdays or nxt.low in v.stops:
        return False
    return (
        nxt.capitalised or v.is_title_word(nxt) or nxt.low in v.honorifics or nxt.low in v.joiners
    )


def _inside_title(out: list[Token], tok: Token, nxt: Token | None, v: Vocab) -> bool:
    """A lower-case word that continues a title before its name is written.

    ``Wakil Ketua Baleg DPR dari Fraksi Nasdem Willy Aditya`` (a linking word
    before an organisation), ``Pengamat penerbangan Alvin Lie`` (a field
    before a name); not a verb (``Presiden meminta Gubernur ...``).
    """
    if nxt is None:
        return False
    # The word tests first: the segment's roles are asked for only when they decide
    # (most stops end a phrase before a lower-case word: 'Budi Santoso mengatakan bahwa').
    if (
        tok.low in v.title_linkers
    ):  # after a name the phrase is over: 'kata Budi dari Universitas X'
        if not v.is_title_word(nxt):
            return False
        seg = _last_segment(out)
        return bool(seg) and _roles(seg, v)[-1] != "N"
    if not (nxt.capitalised or v.is_title_word(nxt)):
        return False
    if tok.low in v.stops or tok.low.startswith(v.verb_prefixes) or not tok.core.isalpha():
        return False
    # 'Pengamat penerbangan sekaligus anggota Ombudsman, Alvin Lie' goes on: no name yet
    seg = _last_segment(out)
    return bool(seg) and "N" not in _roles(seg, v)


def _is_stop(tok: Token, v: Vocab, first: bool) -> bool:
    if tok.text in ("(", ")"):
        return False
    if tok.low in v.weekdays and tok.capitalised:
        return True
    if tok.capitalised or not tok.core or any(c.isdigit() for c in tok.core):
        return False
    if tok.low in v.pronouns and first:
        return False
    if tok.low in v.stops:
        return True
    return not (v.is_title_word(tok) or tok.low in v.honorifics or tok.low in v.joiners)


def _abbreviation(tok: Token, v: Vocab) -> bool:
    """A period that belongs to the word (``Dr.``, ``M.``, ``S.H.``), not the sentence."""
    core = tok.text.rstrip(".")
    return len(core) <= 2 or core.lower() in v.honorifics or "." in core


def parse_phrase(
    text: str, start: int, table: LanguageTable, known: frozenset[str] = frozenset()
) -> Phrase:
    """Read the speaker phrase at ``text[start:]``: kind, name and title, as written.

    ``known`` holds lower-cased name words the article uses alone elsewhere;
    they mark where a name starts when a place name could be read as one.
    """
    places = known.places if isinstance(known, Lexicon) else frozenset()
    things = known.things if isinstance(known, Lexicon) else frozenset()
    return _parse_phrase(text, start, vocab(table), known, places, things)


@lru_cache(maxsize=1024)
def _parse_phrase(
    text: str,
    start: int,
    v: Vocab,
    known: frozenset[str],
    places: frozenset[str],
    things: frozenset[str],
) -> Phrase:
    """:func:`parse_phrase`, memoised: an article reads about a fifth of its phrases twice.

    ``places`` and ``things`` (the :class:`Lexicon` parts of ``known``) are in the key
    because frozenset equality ignores them; the Vocab is hashed by identity.
    """
    toks = phrase_tokens(text, start, v)
    if not toks:
        return NONE
    first = toks[0]
    end = toks[-1].end
    if (first.low in v.pronouns and not first.capitalised) or (
        first.low in v.pronouns and len(toks) == 1
    ):
        return Phrase("pronoun", first.start, first.end, name=first.core)
    if v.match(v.anonymous, toks, 0):
        return Phrase("anonymous", first.start, end, name=text[first.start : end])
    segments = _segments(toks)
    parts = [_split(seg, v, known) for seg in segments]
    name_seg = _name_segment(segments, parts, v)
    described = _described_until(text, first, end, v)
    if described is not None:
        # 'kata politisi Partai Golkar ini', 'kata dokter di Puskesmas Palmerah ini':
        # a description of someone named before.
        return Phrase("description", first.start, described, title=text[first.start : described])
    if name_seg is None:
        office = _span_text(text, [t for p in parts for t in p[0]])
        kind = "office" if first.capitalised else "description"
        if not office:
            return NONE
        return Phrase(kind, first.start, end, title=office)
    _, name_toks, _ = parts[name_seg]
    title_toks = [t for p in parts[:name_seg] for t in (*p[0], *p[1], *p[2])] + parts[name_seg][0]
    if not title_toks and len(segments) > name_seg + 1:
        title_toks = _split(segments[name_seg + 1], v, known)[0]
    office_toks, rank_toks = _office_and_rank(title_toks, v)
    name = _span_text(text, name_toks)
    return Phrase(
        "name",
        first.start,
        end,
        name=name,
        name_span=(name_toks[0].start, name_toks[-1].end),
        title=_span_text(text, office_toks) or None,
        rank=_span_text(text, rank_toks) or None,
    )


def _name_segment(
    segments: list[list[Token]],
    parts: list[tuple[list[Token], list[Token], list[Token]]],
    v: Vocab,
) -> int | None:
    """Which comma segment holds the name.

    A segment that is nothing but a name wins (``Kepala Puskesmas Cilincing,
    Jakarta Utara, Edison Sahputra``); else the last segment that ends with a
    name; else a segment that starts with one (``M Yasir Camat Gondang``).
    """
    for k, (title, name, rest) in enumerate(parts):
        enumerated = any(seg and seg[0].low in v.joiners for seg in segments[k + 1 :])
        if name and not title and not rest and not enumerated:
            return k  # not 'Dinas Pertanian, Pangan, dan Perikanan': an enumeration inside a title
    ends = [k for k, (_, name, rest) in enumerate(parts) if name and not rest]
    if ends:
        return ends[-1]
    starts = [k for k, (title, name, _) in enumerate(parts) if name and not title]
    return starts[0] if starts else None


def _described_until(text: str, first: Token, end: int, v: Vocab) -> int | None:
    """Where a lower-case description that ends with 'ini'/'itu' stops, if the phrase is one."""
    if first.capitalised:
        return None
    clause = tokens(text, end, min(len(text), end + 80))
    words: list[Token] = []
    for tok in clause:
        if tok.text in (",", ";", "(") or (
            tok.text.endswith((".", "!", "?")) and tok.low not in v.anaphors
        ):
            break
        if tok.low in v.anaphors:
            return words[-1].end if words else end
        words.append(tok)
    return None


def _segments(toks: list[Token]) -> list[list[Token]]:
    segs: list[list[Token]] = [[]]
    for t in toks:
        if t.text == ",":
            segs.append([])
        else:
            segs[-1].append(t)
    return [s for s in segs if s]


def _split(
    seg: list[Token], v: Vocab, known: frozenset[str]
) -> tuple[list[Token], list[Token], list[Token]]:
    """Split one comma-free segment into title tokens, name tokens and trailing title tokens.

    Every token is first marked as title material (office, rank, organisation
    word, acronym, number, bracketed acronym, place after a place word) or as a
    name candidate; the name is the *last* run of name candidates, so that
    capitalised words inside an organisation name (``PT Kereta Commuter
    Indonesia``) are not taken for one.
    """
    roles = _roles(seg, v, known)
    if "N" not in roles:
        return seg, [], []
    end = len(roles) - roles[::-1].index("N")  # just past the last name candidate
    start = end
    while start - 1 >= 0 and roles[start - 1] in ("N", "H"):
        start -= 1
    while start < end and roles[start] == "H":
        start += 1
    name = seg[start:end]
    while name and _name_particle(name[-1]):
        name.pop()
    while name and _name_particle(name[0]):
        name.pop(0)
    if len(name) > 1 and known and name[0].low not in v.name_prefixes:
        for j in range(1, len(name)):
            if all(t.low in v.name_prefixes for t in name[:j]):
                continue  # 'Muhammad Tito Karnavian' keeps 'Muhammad' though 'Tito' is used alone
            if name[j].low in known and name[0].low not in known and j < len(name) - 1:
                start += j
                name = name[j:]
                break
    if (
        len(name) > _NAME_WORDS
        and name[-1].low in known
        and not any(t.low in known or t.low in v.name_prefixes for t in name[:-1])
    ):
        # Known by its last word ('kata Simanjuntak'): a name of two words, after the institution,
        # and the given name before initials ('Retno L.P. Marsudi').
        keep = _NAME_WORDS
        while keep < len(name) and _initial(name[-keep]):
            keep += 1
        start += len(name) - keep
        name = name[-keep:]
    places = known.places if isinstance(known, Lexicon) else frozenset()
    things = known.things if isinstance(known, Lexicon) else frozenset()
    while len(name) > 1 and name[0].low not in known and name[0].low not in v.name_prefixes:
        if name[0].low not in places and name[0].low not in things:
            break
        # 'Kepala Puskesmas Margadana Wahidin' when the article also says 'di Margadana';
        # 'CEO Gojek Xcelerate Yoanita Simanjuntak' when it also says 'layanan Gojek'.
        start += 1
        name = name[1:]
    title = [t for t, r in zip(seg[:start], roles[:start], strict=True) if r != "H"]
    return title, name, seg[end:]


def _institution_name(
    seg: list[Token], i: int, roles: list[str], v: Vocab, known: frozenset[str]
) -> int:
    """Mark the proper name after an institution word (``Masjid Istiqlal``) as title material.

    It runs over the capitalised words that follow, up to a word the article uses alone as a
    name or a name's first word (``Universitas Lambung Mangkurat Muhammad Handry Imansyah``);
    without one, a run of three or more words leaves its last two as the person's name
    (``Taman Impian Jaya Ancol Rika Lestari``). Returns the index after the institution's name.
    """
    j = i
    while j < len(seg) and seg[j].capitalised and not v.is_org(seg[j]) and seg[j].text != "(":
        j += 1
    end = j
    for k in range(i, j):
        if seg[k].low in known or (seg[k].low in v.name_prefixes and k > i):
            end = k
            break
    else:
        if j - i >= _NAME_WORDS + 1:
            end = j - _NAME_WORDS
    roles[i:end] = ["T"] * (end - i)
    return end


def _roles(seg: list[Token], v: Vocab, known: frozenset[str] = frozenset()) -> list[str]:
    """'T' title material, 'N' name candidate, 'H' honorific, for each token of a segment.

    A word the article uses alone as a name is never read as the place after an
    office (``Wali Kota Arief Wismansyah`` when it also writes ``kata Arief``).
    """
    roles = ["N"] * len(seg)
    i, place_slot = 0, False
    while i < len(seg):
        tok = seg[i]
        # Most words start no rank, title, place or institution: one set lookup rules
        # out all four phrase matches (they were a third of the time of _roles).
        lead = tok.low in v.role_firsts
        n = lead and (
            v.match(v.ranks, seg, i) or v.match(v.titles, seg, i) or v.match(v.place_heads, seg, i)
        )
        if n:
            place_slot = (seg[i + n - 1].low,) in v.place_heads or v.match(
                v.place_heads, seg, i
            ) == n
            roles[i : i + n] = ["T"] * n
            i += n
            continue
        if lead and v.match(v.institutions, seg, i):
            n = v.match(v.institutions, seg, i)
            roles[i : i + n] = ["T"] * n
            i += n
            i = _institution_name(seg, i, roles, v, known)
            place_slot = False
            continue
        if tok.text == "(":
            close = next(
                (k for k in range(i, min(len(seg), i + 8)) if seg[k].text == ")"), len(seg) - 1
            )
            roles[i : close + 1] = ["T"] * (close + 1 - i)
            i = close + 1
            continue
        if (
            place_slot
            and tok.capitalised
            and not v.is_org(tok)
            and tok.low not in v.name_prefixes
            and tok.low not in known
        ):
            roles[i] = "T"
            i += 1
            while i < len(seg) and v.match(v.place_tails, seg, i):
                n = v.match(v.place_tails, seg, i)
                roles[i : i + n] = ["T"] * n
                i += n
            place_slot = False
            continue
        place_slot = False
        if tok.low in v.honorifics and i + 1 < len(seg) and seg[i + 1].capitalised:
            roles[i] = "H"
        elif (
            tok.low in v.name_prefixes
            and i + 1 < len(seg)
            and seg[i + 1].capitalised
            and not v.is_org(seg[i + 1])
            and not v.is_title_word(seg[i + 1])
        ):
            pass  # a name's first word, even one that is also a common word: 'I Gusti', 'Lalu Kusnawan'
        elif v.is_org(tok) or v.has_digit_or_slash(tok):
            roles[i] = "T"
            while i + 1 < len(seg) and v.match(v.place_tails, seg, i + 1) == 1:
                i += 1
                roles[i] = "T"  # 'Sulawesi Utara', 'Jakarta Pusat'
        elif not tok.capitalised and not _name_particle(tok):
            roles[i] = "T"
        i += 1
    for k in range(1, len(seg)):  # 'Tubagus Utama', 'Jaka Utama': a title word as a family name
        last_or_named = k == len(seg) - 1 or roles[k + 1] == "N"
        after_name = roles[k] == "T" and roles[k - 1] == "N" and seg[k].capitalised
        modifier = (seg[k].low,) in v.titles and (seg[k].low,) not in v.place_heads
        if after_name and last_or_named and modifier:
            roles[k] = "N"
    return roles


def _initial(tok: Token) -> bool:
    """An initial or a run of initials: 'M', 'L.P.', 'PS'."""
    core = tok.text.rstrip(".,")
    return "." in core or (len(core) <= 2 and core.isupper())


def _name_particle(tok: Token) -> bool:
    return tok.low in _NAME_PARTICLES


def _office_and_rank(title: list[Token], v: Vocab) -> tuple[list[Token], list[Token]]:
    """Separate rank words from office words; honorifics belong to neither."""
    office: list[Token] = []
    rank: list[Token] = []
    i = 0
    while i < len(title):
        n = v.match(v.ranks, title, i)
        if n and (office or i == 0 or title[i - 1].text != "("):
            rank.extend(title[i : i + n])
            i += n
            continue
        if title[i].low in v.honorifics and not v.is_title_word(title[i]):
            i += 1
            continue
        office.append(title[i])
        i += 1
    return office, rank


def _span_text(text: str, toks: list[Token]) -> str:
    if not toks:
        return ""
    return text[toks[0].start : toks[-1].end].strip(" ,")


# ---------------------------------------------------------------- mentions


@dataclass(frozen=True)
class Mention:
    """A reference to a person in the narrative (outside every quote)."""

    paragraph: int
    start: int
    end: int
    kind: str
    """'name', 'office' or 'pronoun'."""
    text: str
    title: str | None = None
    sentence: int = 0
    """Index of the sentence within its paragraph."""
    object: bool = False
    """True after 'kepada', 'dengan', ...: someone spoken to or about, not the speaker."""


@dataclass
class Person:
    """One person of the article: the name forms seen and the titles written with them."""

    names: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)

    @property
    def fullest(self) -> str:
        return max(self.names, key=lambda n: (len(n.split()), len(n)))


def _words(s: str) -> list[str]:
    return [w.strip(_EDGE).lower() for w in s.split() if w.strip(_EDGE)]


def _contains(longer: list[str], shorter: list[str]) -> bool:
    n = len(shorter)
    if n == 0 or n > len(longer):
        return False
    if n == 1:  # most name forms are one or two words: no slices for those
        return shorter[0] in longer
    first = shorter[0]
    return any(
        longer[i : i + n] == shorter for i in range(len(longer) - n + 1) if longer[i] == first
    )


def _same_person(a: list[str], b: list[str]) -> bool:
    """One name form contains the other, or one word is a short form of the other's (Risma, Rismaharini)."""
    if _contains(a, b) or _contains(b, a):
        return True
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    return (
        len(shorter) == 1 and len(shorter[0]) >= 4 and any(w.startswith(shorter[0]) for w in longer)
    )


class People:
    """The article's people, built from its mentions; answers 'what is this person's full name'."""

    def __init__(self, table: LanguageTable) -> None:
        self.table = table
        self.persons: list[Person] = []
        # Every lookup compares the words of every name and title seen so far: split
        # each string once (re-splitting them was most of the time of add and by_name).
        self._split: dict[str, list[str]] = {}

    def _words(self, s: str) -> list[str]:
        words = self._split.get(s)
        if words is None:
            words = self._split[s] = _words(s)
        return words

    def add(self, name: str, title: str | None) -> Person:
        words = self._words(name)
        for person in reversed(self.persons):
            if any(_same_person(self._words(n), words) for n in person.names):
                if name not in person.names:
                    person.names.append(name)
                if title and title not in person.titles:
                    person.titles.append(title)
                return person
        person = Person([name], [title] if title else [])
        self.persons.append(person)
        return person

    def by_name(self, name: str) -> Person | None:
        words = self._words(name)
        if not words:
            return None
        for person in reversed(self.persons):
            if any(_contains(self._words(n), words) for n in person.names):
                return person
        for person in reversed(self.persons):  # a short form: Risma -> Rismaharini
            for n in person.names:
                if any(
                    len(w) >= 4
                    and any(
                        x.startswith(w) or w.startswith(x) for x in self._words(n) if len(x) >= 4
                    )
                    for w in words
                ):
                    return person
        return None

    def by_office(self, office: str) -> Person | None:
        words = self._words(office)
        if not words:
            return None
        for person in reversed(self.persons):
            if any(self._words(t)[: len(words)] == words for t in person.titles):
                return person
        for person in reversed(self.persons):
            if any(_contains(self._words(t), words) for t in person.titles):
                return person
        return None

    def name_words(self) -> set[str]:
        return {w for p in self.persons for n in p.names for w in self._words(n)}


def find_mentions(
    paragraphs: list[str],
    quoted: list[list[tuple[int, int]]],
    table: LanguageTable,
    known: frozenset[str] | None = None,
) -> tuple[list[Mention], People]:
    """Every person mention outside the quoted ranges, in reading order, and the people they name."""
    v = vocab(table)
    people = People(table)
    strong: list[Mention] = []
    quoted = [_merged(ranges) for ranges in quoted]  # sorted and disjoint: _outside bisects
    if known is None:
        known = short_names(paragraphs, quoted, table)
    for index, text in enumerate(paragraphs):
        strong.extend(_strong_mentions(index, text, quoted[index], table, v, known, people))
    weak = _repeat_mentions(paragraphs, quoted, strong, people, v, known)
    mentions = sorted(
        {(m.paragraph, m.start, m.end): m for m in strong + weak}.values(),
        key=lambda m: (m.paragraph, m.start),
    )
    return [_with_sentence(m, paragraphs[m.paragraph], v) for m in mentions], people


_SENTENCE_BREAK = re.compile(r"[.!?][\"”’]?\s+(?=[\"“”A-Z])")


@lru_cache(maxsize=64)
def _sentence_ends(text: str) -> tuple[int, ...]:
    """Where each sentence break ends (its lookahead character), once per paragraph."""
    return tuple(b.end() for b in _SENTENCE_BREAK.finditer(text))


def _with_sentence(m: Mention, text: str, v: Vocab) -> Mention:
    # The breaks wholly before m.start (their lookahead character too): the same
    # count as finditer(text, 0, m.start), without rescanning the paragraph for
    # every mention (quadratic on a one-line 1 MB dump).
    count = bisect.bisect_left(_sentence_ends(text), m.start)
    before = text[max(0, m.start - 20) : m.start].split()
    obj = bool(before) and before[-1].lower() in v.objects
    return Mention(m.paragraph, m.start, m.end, m.kind, m.text, m.title, count, obj)


def _index_before(toks: list[Token], i: int, tok: Token) -> int:
    """``toks.index(tok)`` for a token at or before ``i``, searched backwards from ``i``."""
    for j in range(i, -1, -1):
        if toks[j] is tok:
            return j
    return toks.index(tok)


def _merged(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The same set of positions as sorted, disjoint ranges (so lookups can bisect)."""
    merged: list[tuple[int, int]] = []
    if not ranges:
        return merged  # most paragraphs: asked twice per paragraph, so no sort for nothing
    for a, b in sorted(r for r in ranges if r[0] < r[1]):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


def _outside_tokens(toks: list[Token], ranges: list[tuple[int, int]]) -> list[Token]:
    """The tokens that start outside every range (sorted, disjoint), cut out by slices.

    Same as filtering with :func:`_outside`, without a bisection per token.
    """
    starts = [t.start for t in toks]
    out: list[Token] = []
    kept = 0
    for a, b in ranges:
        lo = max(bisect.bisect_left(starts, a), kept)
        out.extend(toks[kept:lo])
        kept = max(kept, bisect.bisect_left(starts, b))
    out.extend(toks[kept:])
    return out


def _outside(pos: int, ranges: list[tuple[int, int]]) -> bool:
    # ranges are sorted and disjoint (find_mentions merges them): O(log n), not O(n)
    # per token, which made a one-paragraph page with thousands of quotes quadratic.
    i = bisect.bisect_right(ranges, (pos, math.inf)) - 1
    return i < 0 or not ranges[i][0] <= pos < ranges[i][1]


class Lexicon(frozenset[str]):
    """Name words an article uses alone, plus what else it knows about its capitalised words.

    ``places``: words written after a place word (``di Boyolali``). ``things``: words written
    after a common noun (``layanan Gojek``, ``aplikasi Tokopedia``), which name a thing; in
    front of a name (``CEO Gojek Xcelerate Yoanita Simanjuntak``) they belong to the title.
    """

    places: frozenset[str] = frozenset()
    things: frozenset[str] = frozenset()


def short_names(
    paragraphs: list[str], quoted: list[list[tuple[int, int]]], table: LanguageTable
) -> frozenset[str]:
    """Name words the article uses alone after a verb or before a speech verb (``kata Febria.``).

    The result also carries (as :class:`Lexicon`) the capitalised words the article writes
    after a place word (``di Boyolali``, ``Kabupaten Boyolali``): such a word in front of a
    name belongs to the title.
    """
    v = vocab(table)
    quoted = [_merged(ranges) for ranges in quoted]
    known: set[str] = set()
    places: set[str] = set()
    things: set[str] = set()
    title_words, honorifics, is_org = v.title_words, v.honorifics, v.is_org
    name_cues = v.name_cues
    for index, text in enumerate(paragraphs):
        ranges = quoted[index]
        toks: Sequence[Token] = _paragraph_tokens(text)
        caps: Sequence[int] = _capitalised_at(text)
        things.update(_things_in(toks, caps, v))  # in the same pass, quoted words too
        if ranges:
            toks = _outside_tokens(list(toks), ranges)
            caps = [i for i, tok in enumerate(toks) if tok.capitalised]
        # (most paragraphs quote no one: their memoised tokens serve as they are)
        places.update(_places_in(toks, caps, v))
        for i in caps:  # only a capitalised word can be a name
            # Its neighbours first: most capitalised words stand next to no verb, and
            # the word tests below are then not asked.
            prev = toks[i - 1].low if i else ""
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if not (
                (prev in name_cues and (nxt is None or not nxt.capitalised))
                or (
                    nxt is not None
                    and nxt.low in v.pre_verbs
                    and (i == 0 or not toks[i - 1].capitalised)
                )
            ):
                continue
            tok = toks[i]
            if not (tok.low in title_words or is_org(tok) or tok.low in honorifics):
                known.add(tok.low)
    lexicon = Lexicon(known)
    lexicon.places = frozenset(places - known)
    lexicon.things = frozenset(things - known)
    return lexicon


def _things_in(toks: Sequence[Token], caps: Sequence[int], v: Vocab) -> set[str]:
    """Capitalised words right after a common noun (``aplikasi Sipetruk``, ``layanan Gojek``)."""
    common = v.is_common_noun
    return {toks[i].low for i in caps if i and common(toks[i - 1])}


def _places_in(toks: Sequence[Token], caps: Sequence[int], v: Vocab) -> set[str]:
    """Capitalised words right after a preposition or an area word ('di Boyolali', 'Kota Bogor').

    ``caps`` indexes the capitalised tokens of ``toks``, the only ones that can qualify.
    """
    found = set()
    for i in caps:
        if i == 0:
            continue
        tok, prev = toks[i], toks[i - 1]
        if tok.low in v.name_prefixes or (prev.low,) not in v.place_heads:
            continue
        if (prev.low,) in v.titles or (i >= 2 and v.match(v.titles, toks, i - 2) == 2):
            continue  # 'Bupati Sleman', 'Wali Kota Risma': an office, which may precede a name
        found.add(tok.low)
    return found


def _strong_mentions(
    index: int,
    text: str,
    quoted: list[tuple[int, int]],
    table: LanguageTable,
    v: Vocab,
    known: frozenset[str],
    people: People,
) -> list[Mention]:
    out: list[Mention] = []
    toks = tokens(text)
    skip_until = -1
    # Plain lower-case words (most of a paragraph) are dropped first: none of the
    # branches below takes them, and the per-token loop dominated.
    for i in v.mention_candidates(toks):
        tok = toks[i]
        if tok.start < skip_until or (quoted and not _outside(tok.start, quoted)):
            continue
        if tok.low in v.pronouns and (tok.capitalised or tok.text == tok.low):
            if not (i + 1 < len(toks) and toks[i + 1].capitalised and not tok.capitalised):
                out.append(Mention(index, tok.start, tok.end, "pronoun", tok.core))
            continue
        starts = None
        prev = toks[i - 1] if i else None
        if (
            tok.capitalised
            and tok.low in v.office_firsts  # rules out both matches for most names
            and (v.match(v.titles, toks, i) or v.match(v.ranks, toks, i))
        ):
            k = i  # start at the organisation words before the title ('Foreign Minister', 'Peraturan Presiden')
            while (
                k > 0
                and toks[k - 1].capitalised
                and v.is_org(toks[k - 1])
                and toks[k - 1].start >= skip_until
            ):
                k -= 1
            starts = toks[k].start
        elif (
            (tok.capitalised or v.is_title_word(tok))
            and prev is not None
            and (prev.low in v.verbs or (prev.low,) in v.sources)
        ):
            starts = tok.start
        elif (
            (tok.low,) in v.titles and not tok.capitalised and not (prev and v.is_title_word(prev))
        ):
            # 'pakar epidemiologi UI, Pandu Riono'; most such phrases ('kata ketua itu')
            # hold no capitalised word, and so no name: they are not read.
            if _capital_ahead(toks, i, v):
                lowered = parse_phrase(text, tok.start, table, known)
                if lowered.kind == "name":
                    starts = tok.start
        elif tok.low in v.pre_verbs and not tok.capitalised:
            subject = _subject_before(toks, i, v)
            if subject is not None:
                starts = subject.start
        elif tok.core.islower() and tok.low.startswith(v.verb_prefixes) and len(tok.low) > 5:
            # 'Imam Besar Masjid Istiqlal Nasaruddin Umar memaklumi ...': any active verb's subject
            subject = _subject_before(toks, i, v)
            # Registered for its full name only: as a mention it would compete with the
            # speakers that katanya/ujarnya refer back to.
            if subject is not None and i - _index_before(toks, i, subject) >= 2:
                named = parse_phrase(text, subject.start, table, known)
                if named.kind == "name" and named.name and named.end <= tok.start:
                    people.add(named.name, named.office)
        elif tok.capitalised and (
            prev is None or prev.text in (",", "-", "–", "—") or prev.text.endswith(".")
        ):
            appositive = _apposition_name(text, toks, i, table, known)
            if appositive is not None:
                mention = _mention_of(index, text, appositive, people)
                if mention is not None:
                    out.append(mention)
                    skip_until = appositive.end
                continue
        if starts is None:
            continue
        phrase = parse_phrase(text, starts, table, known)
        mention = _mention_of(index, text, phrase, people)
        if mention is not None:
            out.append(mention)
            skip_until = phrase.end
    return out


def _capital_ahead(toks: Sequence[Token], i: int, v: Vocab) -> bool:
    """Whether the phrase that starts at ``toks[i]`` can reach a capitalised word.

    :func:`phrase_tokens` stops at a lower-case word that is no title,
    honorific or joiner (or is a stop word) unless the next word is
    capitalised or a title word (see :func:`_is_stop`, :func:`_inside_title`);
    a name needs a capitalised word before that stop (:func:`_roles`).
    """
    for k in range(i + 1, len(toks)):
        tok = toks[k]
        if tok.capitalised:
            return True
        core = tok.core
        if not core or tok.text in ("(", ")") or any(c.isdigit() for c in core):
            continue
        low = tok.low
        if low in v.stops or not (low in v.title_words or low in v.honorifics or low in v.joiners):
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if nxt is None or not (nxt.capitalised or nxt.low in v.title_words):
                return False
    return False


def _apposition_name(
    text: str, toks: list[Token], i: int, table: LanguageTable, known: frozenset[str]
) -> Phrase | None:
    """``Anies Baswedan, Gubernur DKI``, ``Saiful Tomi selaku Ketua``, ``, Devie Rahmawati, mengamini``.

    A short run of name-like words that opens a clause and is followed by a
    title (after a comma or ``selaku``/``sebagai``) or, between commas, by a
    verb, names a person.
    """
    v = vocab(table)
    if toks[i].low in v.stops or (toks[i].low,) in v.sources:
        return None  # 'Menurut Subairi, ...' is a source marker, handled elsewhere
    j = i
    while j < len(toks) and j - i < 5 and (toks[j].capitalised or _name_particle(toks[j])):
        j += 1
    if j == i or j >= len(toks) - 1:
        return None
    if (i == 0 or toks[i - 1].text != ",") and j - i < 2:
        return None  # a clause opener such as 'Namun,' or 'Sebab,' is not a name
    nxt, after = toks[j], toks[j + 1]
    titled = (after.low,) in v.titles or (after.low,) in v.ranks
    verb_like = after.low.startswith(v.verb_prefixes) and len(after.low) > 5
    plain = after.core.isalpha() and after.core.islower() and after.low not in v.stops
    aged = nxt.text == "(" and after.core.isdigit()  # 'Abdul Aziz (40), pendiri ...'
    described = nxt.text == "," and (verb_like or (plain and j - i >= 2))
    if (
        not (titled and (nxt.text == "," or nxt.low in v.appositions))
        and not described
        and not aged
    ):
        return None  # needs ', Title', 'selaku Title', ', verb', ', description' or '(age)'
    # The run's roles last: the word tests above turn most runs away for less.
    if any(role != "N" for role in _roles(toks[i:j], v)):
        return None
    name = text[toks[i].start : toks[j - 1].end]
    title, end = None, toks[j - 1].end
    if (
        titled and not aged
    ):  # the title after the name describes it: skip it ('Koordinator Ekajaya Fast Boat')
        tail = parse_phrase(text, after.start, table, known)
        title, end = _span_text(text, tokens(text, tail.start, tail.end)), tail.end
    return Phrase(
        "name",
        toks[i].start,
        end,
        name=name,
        name_span=(toks[i].start, toks[j - 1].end),
        title=title,
    )


def _complement_start(toks: list[Token], k: int, v: Vocab) -> int | None:
    """The comma that opens a complement clause ending at ``toks[k]`` (``, saat dihubungi``), if any."""
    j = k
    while j >= 0 and toks[j].text != "," and k - j < 8:
        j -= 1
    if (
        j >= 0
        and toks[j].text == ","
        and j + 1 <= k
        and toks[j + 1].low in v.stops
        and not toks[j + 1].capitalised
    ):
        return j
    return None


def _subject_before(toks: list[Token], i: int, v: Vocab) -> Token | None:
    """The first token of the capitalised run right before a speech verb (``Dicky Budiman, mengingatkan``)."""
    k = i - 1
    while k >= 0:
        tok = toks[k]
        if tok.text == ")":  # ', Kamis (19/11/2020), mengatakan'
            while k >= 0 and toks[k].text != "(":
                k -= 1
        elif not (tok.low in v.particles or tok.text == "," or tok.low in v.weekdays):
            comma = _complement_start(toks, k, v)  # ', saat dihubungi, mengatakan'
            if comma is None:
                break
            k = comma
        k -= 1
    if k < 0 or not toks[k].capitalised:
        return None
    j = k
    while j - 1 >= 0 and (toks[j - 1].capitalised or _name_particle(toks[j - 1])) and k - j < 8:
        j -= 1
    while j < k and (toks[j].low in v.stops or (toks[j].low,) in v.sources):
        j += 1  # 'Sementara Andri mengatakan'
    before = toks[j - 1] if j else None
    if (
        before is not None
        and before.core.isalpha()
        and before.core.islower()
        and not v.is_title_word(before)
        and before.low not in v.stops
    ):
        return None  # 'aplikasi Sipetruk menyebutkan': a thing named by a common noun, not a person
    return toks[j]


def _bare_office(office: str, v: Vocab) -> bool:
    """'Presiden', 'Wali Kota', 'Kapolda': an office alone, which stands for the person holding it."""
    toks = tokens(office)
    if not toks or len(toks) > _MAX_OFFICE_WORDS:
        return False
    i, has_office = 0, False
    while i < len(toks):
        n = v.match(v.titles, toks, i)
        has_office = has_office or n > 0
        n = n or v.match(v.ranks, toks, i)
        if not n:
            return False
        i += n
    return has_office  # a rank or corps word alone ('TNI', 'Polisi') names no one


def _mention_of(index: int, text: str, phrase: Phrase, people: People) -> Mention | None:
    if phrase.kind == "name" and phrase.name and phrase.name_span:
        people.add(phrase.name, phrase.office)
        a, b = phrase.name_span
        return Mention(index, a, b, "name", phrase.name, phrase.office)
    if phrase.kind == "office" and phrase.title and _bare_office(phrase.title, vocab(people.table)):
        # A bare office stands for a person ('Presiden'); a long one names a body or a document.
        return Mention(index, phrase.start, phrase.end, "office", phrase.title)
    return None


def _repeat_mentions(
    paragraphs: list[str],
    quoted: list[list[tuple[int, int]]],
    strong: list[Mention],
    people: People,
    v: Vocab,
    known: frozenset[str],
) -> list[Mention]:
    """Later repeats of a known person's name words, standing alone (``Basuki``, ``Sri Mulyani``)."""
    words = {w for w in people.name_words() if len(w) >= 3 and w in known}
    if not words:
        return []  # a run is made of these words only
    # per paragraph, the strong mentions' spans as sorted disjoint ranges (a set of every
    # covered character offset cost more to build than all the lookups it served)
    spans: dict[int, list[tuple[int, int]]] = {}
    for m in strong:
        spans.setdefault(m.paragraph, []).append((m.start, m.end))
    covering = {index: _merged(ranges) for index, ranges in spans.items()}
    out: list[Mention] = []
    for index, text in enumerate(paragraphs):
        toks = _paragraph_tokens(text)
        ranges = quoted[index]
        covered = covering.get(index)
        i = 0
        for at in _capitalised_at(text):  # a run starts only at a capitalised word
            if at < i or toks[at].low not in words:
                continue  # (a word that starts no run changes nothing: skipped first)
            i = at
            tok = toks[i]
            if (covered and not _outside(tok.start, covered)) or (
                ranges and not _outside(tok.start, ranges)
            ):
                continue
            j = i
            while (
                j < len(toks)
                and toks[j].capitalised
                and toks[j].low in words
                and (not covered or _outside(toks[j].start, covered))
            ):
                j += 1
            after_place = (
                i > 0 and (toks[i - 1].low,) in v.place_heads and not toks[i - 1].capitalised
            )
            glued = after_place or (
                j < len(toks) and toks[j].capitalised and not v.is_title_word(toks[j])
            )
            glued = glued or (
                i > 0
                and toks[i - 1].capitalised
                and toks[i - 1].low not in words
                and not toks[i - 1].text.endswith((".", ","))
            )
            if j > i and not glued:
                run = text[toks[i].start : toks[j - 1].end].strip(_EDGE)
                out.append(Mention(index, toks[i].start, toks[j - 1].end, "name", run))
            i = max(j, i + 1)
    return out


def nearest_mention(mentions: list[Mention], paragraph: int, offset: int) -> Mention | None:
    """The person a reader takes 'he/she' to be at ``(paragraph, offset)``.

    That is the subject of the nearest earlier sentence that names someone:
    its first name or office mention (``Brandon Nicholas Salim, putra sulung
    aktor Fery Salim, ...`` gives Brandon). Pronouns pass through to it.
    """
    last = None
    for m in mentions:
        if (m.paragraph, m.end) > (paragraph, offset):
            break
        if m.kind != "pronoun" and not m.object:
            last = m
    if last is None:
        return None
    for m in mentions:
        same = (m.paragraph, m.sentence) == (last.paragraph, last.sentence)
        if same and m.kind != "pronoun" and not m.object:
            return m
    return last

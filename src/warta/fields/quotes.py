"""Direct quotes and their attributions (docs/indonesian-news.md section 4; docs/quotes.md).

Three passes over the body paragraphs:

1. :mod:`warta.fields.quote_marks` finds every span between quotation marks,
   deciding by position which mark opens and which closes.
2. Each span is read with its surroundings: an attribution after the closing
   mark (``,” kata X``, ``,” katanya``, ``," said X``, ``," X said``) or before the
   opening one (``X mengatakan, ”``, ``X said: "``). A span is a quote when it
   has an attribution, or reads as speech (it ends in ``, . ? !`` inside the
   marks, or fills its paragraph). Spans right after a title word
   (``webinar bertajuk ”…”``), short terms, nicknames, slogans and quoted texts
   of laws or signs are not quotes.
3. Speakers come from :mod:`warta.fields.speakers`; a quote without a verb
   takes the speaker of the quote its paragraph continues, or of the next
   paragraph's attribution when it ends with a comma (4.3). A quote split
   around its attribution (``”A,” kata X, ”b.”``) is one quote with a part.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from warta.fields.quote_marks import QuotedSpan, find_quoted_spans
from warta.fields.speakers import (
    Mention,
    People,
    Phrase,
    Token,
    find_mentions,
    nearest_mention,
    parse_phrase,
    release_tokens,
    short_names,
    tokens,
    vocab,
)
from warta.lang import LanguageTable
from warta.model import Quote, QuotePart

_LEAD = re.compile(r"[\s,.]*")
_SENTENCE_END = re.compile(r"[.!?…][”\"’]?\s+(?=\S)")
_MAX_GAP = 3  # characters allowed between the closing mark and the verb
_SPEECH_END = ",.?!…"  # speech ends with these inside the closing mark; terms and titles do not
_MIN_WORDS = 3  # fewer words with no speech punctuation: a term, a title or a nickname
_FILL_WORDS = 4  # a whole paragraph in quotation marks, unpunctuated, is speech from this length


@dataclass(frozen=True)
class Attribution:
    """The words that credit a quote: where they are, the verb and the speaker phrase."""

    paragraph: int
    start: int
    end: int
    raw: str
    verb: str | None
    phrase: Phrase | None
    """None when the attribution refers back (``katanya``, ``kata dia``, ``he said``)."""


@dataclass
class _Candidate:
    span: QuotedSpan
    post: Attribution | None
    pre: Attribution | None
    merged: bool = False

    @property
    def attribution(self) -> Attribution | None:
        return self.post or self.pre


def extract_quotes(paragraphs: list[str], table: LanguageTable) -> list[Quote]:
    """Every direct quote in the body paragraphs, with verb, attribution and speaker."""
    try:
        return _extract_quotes(paragraphs, table)
    finally:
        release_tokens()  # the token memo is per article (see release_tokens)


def _extract_quotes(paragraphs: list[str], table: LanguageTable) -> list[Quote]:
    spans = find_quoted_spans(
        paragraphs, lambda text, at: post_attribution(text, at, 0, table) is not None
    )
    # Terms and document texts are never quotes, whatever follows them: not read.
    maybe = [s for s in spans if _may_be_quote(paragraphs, s, table)]
    if not maybe:
        return []
    quoted = _quoted_ranges(paragraphs, spans)  # mentions lie outside every quoted span
    known = _Known(paragraphs, quoted, table)
    read = (_read(paragraphs, s, table, known) for s in maybe)
    candidates = [c for c in read if _is_quote(paragraphs, c, table)]
    if not candidates:
        return []
    mentions, people = find_mentions(paragraphs, quoted, table, known())
    _merge_split_quotes(paragraphs, candidates)
    return _build(paragraphs, candidates, mentions, people, table)


class _Known:
    """The article's :func:`short_names`, computed when a speaker phrase is first read.

    They scan every paragraph, and a page whose quoted spans have no
    attribution verb reads no phrase and is no quote's page: it never asks.
    """

    def __init__(
        self, paragraphs: list[str], quoted: list[list[tuple[int, int]]], table: LanguageTable
    ) -> None:
        self.paragraphs, self.quoted, self.table = paragraphs, quoted, table
        self.names: frozenset[str] | None = None

    def __call__(self) -> frozenset[str]:
        if self.names is None:
            self.names = short_names(self.paragraphs, self.quoted, self.table)
        return self.names


KnownNames = frozenset[str] | Callable[[], frozenset[str]]
"""Name words for :func:`parse_phrase`, or a function that returns them when first needed."""


def _names(known: KnownNames) -> frozenset[str]:
    return known() if callable(known) else known


def _quoted_ranges(paragraphs: list[str], spans: list[QuotedSpan]) -> list[list[tuple[int, int]]]:
    """Per paragraph, the character ranges inside quotation marks (marks included)."""
    ranges: list[list[tuple[int, int]]] = [[] for _ in paragraphs]
    for span in spans:
        for piece in span.pieces:
            ranges[piece.paragraph].append((max(0, piece.start - 2), piece.end + 2))
    return ranges


# ---------------------------------------------------------------- attributions


def post_attribution(
    text: str, at: int, paragraph: int, table: LanguageTable, known: KnownNames = frozenset()
) -> Attribution | None:
    """The attribution that starts right after a closing mark at ``text[at:]``, if any."""
    v = vocab(table)
    lead = _LEAD.match(text, at)
    assert lead is not None
    start = lead.end()
    if start - at > _MAX_GAP:
        return None
    toks = tokens(text, start, min(len(text), start + 300))
    if not toks or not toks[0].core:
        return None
    first = toks[0]
    after_stop = "." in lead.group() or (at >= 2 and text[at - 2] in ".?!")
    if first.capitalised and not after_stop:
        return _name_then_verb(text, toks, paragraph, table)
    verb = _verb_root(first.low, v)
    if verb is None:
        return _name_then_verb(text, toks, paragraph, table) if first.capitalised else None
    if verb[0] not in v.verbs and not (at >= 2 and text[at - 2] in _SPEECH_END):
        return None  # an unlisted '-nya' word counts only after speech: '…,” keluhnya', not '”kaki” lainnya'
    rest = toks[1:]
    end = first.end
    if verb[1]:  # katanya / ujarnya: refers back to the last person named
        if rest and rest[0].low in v.particles:
            end = rest[0].end
        return Attribution(
            paragraph, first.start, end, text[first.start : end].rstrip(".,"), verb[0], None
        )
    k = 0
    while k < len(rest) and rest[k].low in v.particles:
        k += 1
    if k == len(rest):
        return Attribution(paragraph, first.start, end, first.core, verb[0], None)
    phrase = parse_phrase(text, rest[k].start, table, _names(known))
    if phrase.kind in ("none", "pronoun"):
        end = phrase.end if phrase.kind != "none" else end
        return Attribution(
            paragraph, first.start, end, text[first.start : end].rstrip(".,"), verb[0], None
        )
    return Attribution(
        paragraph, first.start, phrase.end, text[first.start : phrase.end], verb[0], phrase
    )


def _verb_root(word: str, v: object) -> tuple[str, bool] | None:
    """(root, refers_back) for a speech verb as written: ``kata``, ``katanya``, ``keluhnya``."""
    from warta.fields.speakers import Vocab

    assert isinstance(v, Vocab)
    if word in v.verbs:
        return word, False
    for suffix in v.suffixes:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            root = word[: -len(suffix)]
            if root in v.verbs or root.rstrip("k") in v.verbs or len(root) >= 3:
                return root, True
    return None


def _name_then_verb(
    text: str, toks: list[Token], paragraph: int, table: LanguageTable
) -> Attribution | None:
    """English order: ``," Marsudi stated`` / ``," he said``: a short phrase, then the verb."""
    v = vocab(table)
    for k in range(min(len(toks), 8)):
        tok = toks[k]
        if k and tok.low in v.verbs and not tok.capitalised:
            first = toks[0]
            if first.low in v.pronouns:
                return Attribution(
                    paragraph, first.start, tok.end, text[first.start : tok.end], tok.low, None
                )
            phrase = parse_phrase(text, first.start, table)
            if phrase.kind in ("name", "office", "anonymous"):
                return Attribution(
                    paragraph, first.start, tok.end, text[first.start : tok.end], tok.low, phrase
                )
            return None
        if not (tok.capitalised or tok.text in (",", "(", ")") or v.is_title_word(tok)):
            return None
    return None


def pre_attribution(
    paragraphs: list[str],
    span: QuotedSpan,
    table: LanguageTable,
    known: KnownNames = frozenset(),
) -> Attribution | None:
    """``X mengatakan, ”…”`` / ``Kata X, ”…”`` / ``X said: "…"``: the clause before the opening mark."""
    if span.open_at is None:
        return None
    index = span.open_paragraph
    text = paragraphs[index]
    before = text[: span.open_at].rstrip()
    if not before and index > 0 and paragraphs[index - 1].rstrip().endswith(":"):
        index -= 1
        text = paragraphs[index]
        before = text.rstrip()
    if not before.endswith((",", ":")):
        return None
    starts = [m.end() for m in _SENTENCE_END.finditer(before)]
    clause_start = starts[-1] if starts else 0
    v = vocab(table)
    toks = tokens(text, clause_start, len(before) - 1)
    for k in range(len(toks) - 1, -1, -1):
        tok = toks[k]
        if (tok.low in v.pre_verbs and not tok.capitalised) or (tok.low in v.verbs and k > 0):
            j = k - 1
            while j >= 0 and (toks[j].low in v.particles or toks[j].text == ","):
                j -= 1
            if j < 0:
                return None
            if toks[j].low in v.pronouns:
                return Attribution(
                    index, toks[j].start, tok.end, text[toks[j].start : tok.end], tok.low, None
                )
            run = j
            while run - 1 >= 0 and toks[run - 1].capitalised:
                run -= 1
            if not toks[j].capitalised:
                return None
            phrase = parse_phrase(text, toks[run].start, table, _names(known))
            if phrase.kind not in ("name", "office", "anonymous"):
                return None
            return Attribution(
                index, toks[run].start, tok.end, text[toks[run].start : tok.end], tok.low, phrase
            )
        if (tok.low,) in v.sources and k + 1 < len(toks) and toks[k + 1].capitalised:
            phrase = parse_phrase(text, toks[k + 1].start, table, _names(known))
            if phrase.kind in ("name", "office"):
                return Attribution(
                    index, tok.start, phrase.end, text[tok.start : phrase.end], tok.low, phrase
                )
    return None


# ---------------------------------------------------------------- quote or not


def _read(
    paragraphs: list[str], span: QuotedSpan, table: LanguageTable, known: KnownNames
) -> _Candidate:
    post = None
    if span.close_end is not None and span.close_paragraph is not None:
        text = paragraphs[span.close_paragraph]
        post = post_attribution(text, span.close_end, span.close_paragraph, table, known)
    return _Candidate(span, post, pre_attribution(paragraphs, span, table, known))


def _inner(paragraphs: list[str], span: QuotedSpan) -> str:
    return " ".join(paragraphs[p.paragraph][p.start : p.end] for p in span.pieces)


def _word_before(paragraphs: list[str], span: QuotedSpan) -> list[str]:
    if span.open_at is None:
        return []
    text, at = paragraphs[span.open_paragraph], span.open_at
    # Only the last two words matter: look at a window, not the whole prefix
    # (a long paragraph with thousands of quotes was quadratic otherwise).
    window = text[max(0, at - 400) : at].rsplit(None, 2)
    if len(window) < 3 and at > 400:
        window = text[:at].rsplit(None, 2)
    return [w.strip(".,:;()").lower() for w in window[-2:]]


def _may_be_quote(paragraphs: list[str], span: QuotedSpan, table: LanguageTable) -> bool:
    """False for a span that is no quote whatever its attribution (it is then not read).

    A quoted text after a document cue, or fewer than three words without
    speech punctuation (a term, a title, a nickname: 'memastikan, ”kota hujan”').
    """
    documents = vocab(table).document_words
    if any(w in documents for w in _word_before(paragraphs, span)):
        return False
    return len(_inner(paragraphs, span).split()) >= _MIN_WORDS or _speech_end(paragraphs, span)


def _is_quote(paragraphs: list[str], cand: _Candidate, table: LanguageTable) -> bool:
    """Whether a read span is a quote; only spans :func:`_may_be_quote` let through are read.

    So no document cue stands before it, and it has three words or speech
    punctuation: with an attribution that makes it speech ('”Tidak,” kata X');
    without one it must show it is speech by itself.
    """
    if cand.attribution is not None:
        return True
    span = cand.span
    if span.open_at is None:
        return False
    words = len(_inner(paragraphs, span).split())
    cues = _word_before(paragraphs, span)
    if cues and (cues[-1] in table.not_quote_cues or " ".join(cues) in table.not_quote_cues):
        return False
    if _speech_end(paragraphs, span) and words >= _MIN_WORDS:
        return True
    first = span.pieces[0]
    text = paragraphs[first.paragraph]
    fills = not text[: span.open_at].strip() and (
        span.close_end is None or not text[span.close_end :].strip() or len(span.pieces) > 1
    )
    return fills and words >= _FILL_WORDS


def _speech_end(paragraphs: list[str], span: QuotedSpan) -> bool:
    """Speech ends inside the marks with ``, . ? !``; a term or title has its punctuation outside."""
    last = span.pieces[-1]
    text = paragraphs[last.paragraph]
    return text[last.end - 1] in _SPEECH_END


# ---------------------------------------------------------------- speakers


@dataclass(frozen=True)
class _Speaker:
    speaker: str | None = None
    title: str | None = None
    name: str | None = None


def _merge_split_quotes(paragraphs: list[str], cands: list[_Candidate]) -> None:
    """``”A,” kata X, ”b.”``: the second span continues the first quote when nothing else lies between."""
    for prev, cand in itertools.pairwise(cands):
        att = prev.post
        if att is None or cand.attribution is not None or cand.span.open_at is None or prev.merged:
            continue
        if att.paragraph != cand.span.open_paragraph:
            continue
        gap = paragraphs[att.paragraph][att.end : cand.span.open_at].strip()
        if gap.endswith((",", ":")) and not _SENTENCE_END.search(gap + " x"):
            cand.merged = True


def _build(
    paragraphs: list[str],
    cands: list[_Candidate],
    mentions: list[Mention],
    people: People,
    table: LanguageTable,
) -> list[Quote]:
    speakers: list[_Speaker] = [_Speaker()] * len(cands)
    for i, cand in enumerate(cands):
        speakers[i] = _speaker_of(cand, mentions, people)
    for i, cand in enumerate(cands):  # quotes without a verb borrow from their neighbours (4.3)
        if cand.attribution is None and speakers[i].speaker is None:
            speakers[i] = _borrowed(paragraphs, cands, speakers, i, mentions, people)
    quotes: list[Quote] = []
    owner: Quote | None = None
    for cand, spk in zip(cands, speakers, strict=True):
        parts = [
            QuotePart(
                text=paragraphs[p.paragraph][p.start : p.end],
                paragraph=p.paragraph,
                span=(p.start, p.end),
            )
            for p in cand.span.pieces
        ]
        if cand.merged and owner is not None:
            quotes[-1] = owner.model_copy(update={"parts": [*owner.parts, *parts]})
            owner = quotes[-1]
            continue
        att = cand.attribution
        head = parts[0]
        owner = Quote(
            text=head.text,
            paragraph=head.paragraph,
            span=head.span,
            verb=att.verb if att else None,
            attribution=att.raw if att else None,
            speaker=spk.speaker,
            speaker_title=spk.title,
            speaker_name=spk.name,
            parts=parts[1:],
        )
        quotes.append(owner)
    return quotes


def _speaker_of(cand: _Candidate, mentions: list[Mention], people: People) -> _Speaker:
    att = cand.attribution
    if att is None:
        return _Speaker()
    if att.phrase is not None and att.phrase.kind == "description":
        # 'kata politisi Partai Golkar ini': the description as written, the person named before.
        found = _from_mention(nearest_mention(mentions, att.paragraph, att.start), people)
        return _Speaker(att.phrase.title, att.phrase.title, found.name)
    if att.phrase is not None:
        return _from_phrase(att.phrase, people)
    span = cand.span
    where = (
        span.open_paragraph,
        span.open_at if span.open_at is not None else span.pieces[0].start,
    )
    if cand.pre is not None and cand.post is None:
        where = (cand.pre.paragraph, cand.pre.start)
    return _from_mention(nearest_mention(mentions, *where), people)


def _from_phrase(phrase: Phrase, people: People) -> _Speaker:
    if phrase.kind == "name" and phrase.name:
        named = people.add(phrase.name, phrase.office)  # registered first: its fullest form wins
        title = phrase.office or (named.titles[0] if named.titles else None)
        return _Speaker(phrase.name, title, named.fullest)
    if phrase.kind == "office" and phrase.title:
        person = people.by_office(phrase.title)
        title = person.titles[0] if person and person.titles else phrase.title
        return _Speaker(phrase.title, title, person.fullest if person else None)
    if phrase.kind == "anonymous" and phrase.name:
        return _Speaker(phrase.name, None, None)
    return _Speaker()


def _from_mention(mention: Mention | None, people: People) -> _Speaker:
    if mention is None:
        return _Speaker()
    if mention.kind == "office":
        person = people.by_office(mention.text)
        title = person.titles[0] if person and person.titles else mention.text
        return _Speaker(mention.text, title, person.fullest if person else None)
    named = people.by_name(mention.text)
    named_title = mention.title or (named.titles[0] if named and named.titles else None)
    return _Speaker(mention.text, named_title, named.fullest if named else mention.text)


def _borrowed(
    paragraphs: list[str],
    cands: list[_Candidate],
    speakers: list[_Speaker],
    i: int,
    mentions: list[Mention],
    people: People,
) -> _Speaker:
    """The speaker of a quote with no verb: the quote it follows or the attribution that completes it."""
    cand = cands[i]
    span = cand.span
    if i + 1 < len(cands) and span.close_end is not None and span.close_paragraph is not None:
        nxt = cands[i + 1].span
        rest = paragraphs[span.close_paragraph][span.close_end :].strip()
        opens_next = nxt.open_paragraph == span.close_paragraph + 1 and nxt.open_at is not None
        completes = (
            not rest and opens_next and not paragraphs[nxt.open_paragraph][: nxt.open_at].strip()
        )
        if completes and _ends_with_comma(paragraphs, span) and speakers[i + 1].speaker is not None:
            return speakers[i + 1]
    if (
        i > 0
        and cands[i - 1].span.close_paragraph == span.open_paragraph
        and speakers[i - 1].speaker
    ):
        return speakers[i - 1]
    where = (span.open_paragraph, span.open_at if span.open_at is not None else 0)
    return _from_mention(nearest_mention(mentions, *where), people)


def _ends_with_comma(paragraphs: list[str], span: QuotedSpan) -> bool:
    last = span.pieces[-1]
    return span.close_end is not None and paragraphs[last.paragraph][last.end - 1] == ","

"""Build the Article from a Document whose blocks carry roles.

This is the *fields* stage of the pipeline and the same for both input
kinds: the layout step (text or HTML) has said which block is the headline,
which are body, byline, date line, comment marker and boilerplate; here the
shared extractors split the dateline off the lead, a glued credit off the
last paragraph, read the dates, find the quotes and resolve their speakers.
Every block a layout step could not place lands in ``boilerplate``, so that
nothing is lost.
"""

from __future__ import annotations

import datetime as dt
import re

from warta.blocks import Block, Document
from warta.errors import NotAnArticleError
from warta.fields import byline as byline_rules
from warta.fields import dates as date_rules
from warta.fields import quotes as quote_rules
from warta.fields.dateline import split_dateline
from warta.fields.language import detect_language
from warta.lang import LanguageTable, table_for
from warta.model import (
    Article,
    Byline,
    Comments,
    Dateline,
    Notice,
    Paragraph,
    Published,
    Removed,
    Source,
)

_SPACES = re.compile(r"\s+")


def clean(text: str) -> str:
    """Collapse whitespace runs (NBSP and newlines included) to single spaces."""
    return _SPACES.sub(" ", text.replace("\u200b", "")).strip()


def build_article(doc: Document) -> Article:
    body_blocks = [b for b in doc.blocks if b.role in ("body", "heading")]
    if not body_blocks:
        raise NotAnArticleError("no article body found in the input", identity=doc.location)
    language = _language(doc, body_blocks)
    table = table_for(language)
    notices: list[Notice] = list(doc.warnings)
    provenance: dict[str, str] = {}
    used: set[int] = set()  # indices of non-body blocks whose text a field took

    headline = _headline(doc, provenance, used)
    section = _first_text(doc, "section", "section", provenance, used)

    paragraphs = [clean(b.text) for b in body_blocks]
    headings = [b.role == "heading" for b in body_blocks]
    dateline = _dateline(doc, paragraphs, headings, table, provenance, used)

    byline, signature, paragraphs = _credits(doc, paragraphs, table, provenance, used)

    kept = [(t, h) for t, h in zip(paragraphs, headings, strict=True) if t]
    body = [Paragraph(text=t, heading=h) for t, h in kept]
    prose = [p.text for p in body]

    published = _published(doc, dateline, prose, table, notices, provenance, used)
    reference = _as_date(published.value) if published else None
    events = date_rules.find_dated_mentions(prose, table, reference=reference, notices=notices)
    quotes = quote_rules.extract_quotes(prose, table)

    return Article(
        source=Source(location=doc.location, url=doc.url, kind=doc.kind, encoding=doc.encoding, sha256=doc.sha256),
        language=language,
        section=section,
        headline=headline,
        dateline=dateline,
        published=published,
        body=body,
        quotes=quotes,
        events=events,
        byline=byline,
        signature=signature,
        comments=_comments(doc, provenance, used),
        boilerplate=_boilerplate(doc, used),
        next_page=_first_claim(doc, "next_page"),
        provenance=provenance,
        warnings=notices,
    )


def _language(doc: Document, body: list[Block]) -> str:
    text = " ".join(b.text for b in body)
    detected = detect_language(text, default="")
    if detected:
        return detected
    for claim in doc.claims("language"):
        code = claim.value.strip().lower()[:2]
        if re.fullmatch(r"[a-z]{2}", code):
            return code
    return "id"


def _first_text(
    doc: Document, role: str, field: str, provenance: dict[str, str], used: set[int]
) -> str | None:
    for block in doc.blocks:
        if block.role == role and clean(block.text):
            provenance[field] = "text"
            used.add(block.index)
            return clean(block.text)
    for claim in doc.claims(field):
        if clean(claim.value):
            provenance[field] = claim.source
            return clean(claim.value)
    return None


def _first_claim(doc: Document, name: str) -> str | None:
    claims = doc.claims(name)
    return claims[0].value if claims else None


def _headline(doc: Document, provenance: dict[str, str], used: set[int]) -> str:
    headline = _first_text(doc, "headline", "headline", provenance, used)
    if not headline:
        raise NotAnArticleError("no headline found in the input", identity=doc.location)
    return headline


def _dateline(
    doc: Document,
    paragraphs: list[str],
    headings: list[bool],
    table: LanguageTable,
    provenance: dict[str, str],
    used: set[int],
) -> Dateline | None:
    standalone = doc.with_role("dateline")
    publisher_hint = _first_claim(doc, "publisher")
    if standalone:
        dateline, _ = split_dateline(clean(standalone[0].text) + " x", table, publisher_hint=publisher_hint)
        if dateline is None:
            dateline = Dateline(raw=clean(standalone[0].text))
        provenance["dateline"] = "text"
        used.add(standalone[0].index)
        return dateline
    for i, (text, heading) in enumerate(zip(paragraphs, headings, strict=True)):
        if heading:
            continue
        dateline, rest = split_dateline(text, table, publisher_hint=publisher_hint)
        if dateline is not None:
            paragraphs[i] = rest
            provenance["dateline"] = "text"
        return dateline
    return None


def _credits(
    doc: Document, paragraphs: list[str], table: LanguageTable, provenance: dict[str, str], used: set[int]
) -> tuple[Byline | None, str | None, list[str]]:
    byline: Byline | None = None
    for block in doc.with_role("byline"):
        byline = byline_rules.parse_byline(clean(block.text), table)
        if byline is not None:
            provenance["byline"] = "text"
            used.add(block.index)
            break
    signature_blocks = doc.with_role("signature")
    signature = clean(signature_blocks[0].text) if signature_blocks else None
    if signature_blocks:
        used.add(signature_blocks[0].index)
    if paragraphs and (byline is None or signature is None):
        last = len(paragraphs) - 1
        rest, glued_byline, glued_signature = byline_rules.split_trailing_credit(paragraphs[last], table)
        if glued_byline is not None and byline is None:
            byline, paragraphs[last] = glued_byline, rest
            provenance["byline"] = "text"
        if glued_signature is not None and signature is None:
            signature, paragraphs[last] = glued_signature, rest
    if byline is None:
        people = [c.value for c in doc.claims("author")]
        if people:
            byline = Byline(raw=", ".join(people), people=people, role="author")
            provenance["byline"] = doc.claims("author")[0].source
    return byline, signature, paragraphs


def _published(
    doc: Document,
    dateline: Dateline | None,
    paragraphs: list[str],
    table: LanguageTable,
    notices: list[Notice],
    provenance: dict[str, str],
    used: set[int],
) -> Published | None:
    for claim in doc.claims("published"):
        value = date_rules.parse_iso_datetime(claim.value, notices=notices)
        if value is not None:
            provenance["published"] = claim.source
            return Published(value=value, raw=claim.value, source="metadata")
    for block in doc.with_role("date"):
        reading = date_rules.parse_date_line(clean(block.text), table, notices=notices)
        if reading is not None:
            provenance["published"] = "text"
            used.add(block.index)
            return Published(value=reading.value, raw=reading.raw, source="header")
    if dateline is not None and dateline.date is not None:
        return Published(value=dateline.date, raw=dateline.raw, source="dateline")
    if paragraphs:
        reading = date_rules.first_body_date(paragraphs[0], table, notices=notices)
        if reading is not None:
            provenance["published"] = "text"
            return Published(value=reading.value, raw=reading.raw, source="body")
    return None


def _as_date(value: dt.date | dt.datetime) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _comments(doc: Document, provenance: dict[str, str], used: set[int]) -> Comments:
    from warta.fields.comments import comment_count

    for block in doc.with_role("comments"):
        marker = clean(block.text).lstrip("•□☆* ").strip() or block.text
        provenance["comments"] = "text"
        used.add(block.index)
        return Comments(present=True, marker=marker, count=comment_count(marker))
    claims = doc.claims("comments")
    if claims:
        provenance["comments"] = claims[0].source
        return Comments(present=True, marker=claims[0].value, count=comment_count(claims[0].value))
    return Comments()


def _boilerplate(doc: Document, used: set[int]) -> list[Removed]:
    """Every block no field took, in document order: nothing is lost."""
    removed = []
    for block in doc.blocks:
        text = clean(block.text)
        if text and block.role not in ("body", "heading") and block.index not in used:
            removed.append(Removed(text=text, reason=block.reason or block.role))
    return removed

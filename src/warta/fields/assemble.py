"""Build the Article from a Document whose blocks carry roles.

This is the *fields* stage of the pipeline and the same for both input
kinds: the layout step (text or HTML) has said which block is the headline,
which are body, byline, date line, comment marker and boilerplate; here the
shared extractors split the dateline off the lead, a glued credit off the
last paragraph, read the dates, find the quotes and resolve their speakers.
Every block a layout step could not place lands in ``boilerplate``, so that
nothing is lost. When a field takes only part of a block (the date of a date
line that also counts views, the last item of a breadcrumb, a credit that
shares its line with a date) the :class:`Taken` ledger records the part, and
the rest of the block lands in ``boilerplate`` as well.
"""

from __future__ import annotations

import datetime as dt
import re

from warta.blocks import Block, Document
from warta.errors import NotAnArticleError
from warta.fields import byline as byline_rules
from warta.fields import dates as date_rules
from warta.fields import quotes as quote_rules
from warta.fields.boilerplate import strip_bullet
from warta.fields.dateline import read_dateline_line, split_dateline
from warta.fields.language import detect_language
from warta.lang import LanguageTable, table_for
from warta.model import (
    Article,
    Byline,
    Comments,
    Dateline,
    Notice,
    Published,
    Source,
)

_SPACES = re.compile(r"\s+")
_CRUMB_SEPARATOR = re.compile(r"\s*(?:>|»|›|/|\|)\s*")


def clean(text: str) -> str:
    """Collapse whitespace runs (NBSP and newlines included) to single spaces."""
    # str.split() and the regex \s agree on what whitespace is (Py_UNICODE_ISSPACE), so this
    # is _SPACES.sub(" ", ...).strip() without the regex: several times faster on short text.
    return " ".join(text.replace("\u200b", "").split())


def section_value(text: str, table: LanguageTable) -> str | None:
    """The section a rubric line names: the last breadcrumb item that is not 'Home'.

    'Home > News > Nasional' -> 'Nasional'; '• Regional' -> 'Regional'; 'Home' -> None.
    """
    items = [i for i in _CRUMB_SEPARATOR.split(strip_bullet(clean(text))) if i.strip()]
    if not items or items[-1].strip().lower() in table.home_words:
        return None
    return items[-1].strip()


class Taken:
    """Which blocks a field took, whole or in part; the rest of each block is boilerplate."""

    def __init__(self) -> None:
        self.parts: dict[int, list[str]] = {}

    def add(self, index: int, part: str | None = None) -> None:
        """Record that a field took block ``index`` (only ``part`` of its text, if given)."""
        self.parts.setdefault(index, []).append("" if part is None else clean(part))

    def __contains__(self, index: object) -> bool:
        return index in self.parts

    def rest(self, block: Block) -> str:
        """The block's text without the parts fields took ('' when it was taken whole)."""
        parts = self.parts.get(block.index)
        text = clean(block.text)
        if parts is None:
            return text
        for part in parts:
            if not part:
                return ""
            at = text.find(part)
            if at >= 0:
                text = text[:at] + " " + text[at + len(part) :]
        return clean(text)


def build_article(doc: Document) -> Article:
    body_blocks = [b for b in doc.blocks if b.role in ("body", "heading")]
    if not body_blocks:
        raise NotAnArticleError("no article body found in the input", identity=doc.location)
    language = _language(doc, body_blocks)
    table = table_for(language)
    notices: list[Notice] = list(doc.warnings)
    provenance: dict[str, str] = {}
    used = Taken()  # non-body blocks (or parts of them) whose text a field took

    headline = _headline(doc, provenance, used)
    section = _section(doc, table, provenance, used)

    paragraphs = [clean(b.text) for b in body_blocks]
    headings = [b.role == "heading" for b in body_blocks]
    dateline = _dateline(doc, paragraphs, headings, table, provenance, used)

    byline, signature, paragraphs = _credits(doc, paragraphs, table, provenance, used)

    kept = [(t, h) for t, h in zip(paragraphs, headings, strict=True) if t]
    prose = [t for t, _ in kept]

    published = _published(doc, dateline, prose, table, notices, provenance, used)
    reference = _as_date(published.value) if published else None
    events = date_rules.find_dated_mentions(prose, table, reference=reference, notices=notices)
    quotes = quote_rules.extract_quotes(prose, table)

    # Paragraphs and removed blocks go in as plain dicts: the Article's one validation
    # checks them in pydantic-core, where a model constructor per item (a hundred or
    # more per page) measured about 1.6x the cost.
    return Article.model_validate(
        {
            "source": Source(
                location=doc.location,
                url=doc.url,
                kind=doc.kind,
                encoding=doc.encoding,
                sha256=doc.sha256,
            ),
            "language": language,
            "section": section,
            "headline": headline,
            "dateline": dateline,
            "published": published,
            "body": [{"text": t, "heading": h} for t, h in kept],
            "quotes": quotes,
            "events": events,
            "byline": byline,
            "signature": signature,
            "comments": _comments(doc, provenance, used),
            "boilerplate": _boilerplate(doc, used),
            "next_page": _first_claim(doc, "next_page"),
            "provenance": provenance,
            "warnings": notices,
        }
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
    doc: Document, role: str, field: str, provenance: dict[str, str], used: Taken
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


def _section(
    doc: Document, table: LanguageTable, provenance: dict[str, str], used: Taken
) -> str | None:
    for block in doc.with_role("section"):
        value = section_value(block.text, table)
        if value:
            provenance["section"] = "text"
            used.add(block.index, value)
            return value
    for claim in doc.claims("section"):
        if clean(claim.value):
            provenance["section"] = claim.source
            return clean(claim.value)
    return None


def _first_claim(doc: Document, name: str) -> str | None:
    claims = doc.claims(name)
    return claims[0].value if claims else None


def _headline(doc: Document, provenance: dict[str, str], used: Taken) -> str:
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
    used: Taken,
) -> Dateline | None:
    standalone = doc.with_role("dateline")
    publisher_hint = _first_claim(doc, "publisher")
    if standalone:
        text = clean(standalone[0].text)
        dateline = read_dateline_line(text, table, publisher_hint=publisher_hint)
        dateline = dateline or Dateline(raw=text)
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
    doc: Document,
    paragraphs: list[str],
    table: LanguageTable,
    provenance: dict[str, str],
    used: Taken,
) -> tuple[Byline | None, str | None, list[str]]:
    byline: Byline | None = None
    for block in doc.with_role("byline"):
        text = clean(block.text)
        byline = byline_rules.parse_byline(text, table) or byline_rules.agency_credit(text, table)
        if byline is not None:
            provenance["byline"] = "text"
            used.add(block.index, byline.raw)
            break
    signature_blocks = doc.with_role("signature")
    signature = clean(signature_blocks[0].text) if signature_blocks else None
    if signature_blocks:
        used.add(signature_blocks[0].index)
    if paragraphs and (byline is None or signature is None):
        last = len(paragraphs) - 1
        rest, glued_byline, glued_signature = byline_rules.split_trailing_credit(
            paragraphs[last], table
        )
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
    used: Taken,
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
            used.add(block.index, reading.raw)
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


def _comments(doc: Document, provenance: dict[str, str], used: Taken) -> Comments:
    from warta.fields.comments import comment_count

    for block in doc.with_role("comments"):
        marker = strip_bullet(clean(block.text)) or clean(block.text)
        provenance["comments"] = "text"
        used.add(block.index, marker)
        return Comments(present=True, marker=marker, count=comment_count(marker))
    claims = doc.claims("comments")
    if claims:
        provenance["comments"] = claims[0].source
        return Comments(present=True, marker=claims[0].value, count=comment_count(claims[0].value))
    return Comments()


def _boilerplate(doc: Document, used: Taken) -> list[dict[str, str]]:
    """Every block (or rest of a block) no field took, in document order: nothing is lost.

    Plain dicts, validated as :class:`~warta.model.Removed` by the Article.
    """
    removed = []
    taken = used.parts
    # One loop over every block of the page (a hundred or more are boilerplate): the
    # untouched blocks are cleaned directly, without the ledger's method calls.
    for block in doc.blocks:
        role = block.role
        if role == "body" or role == "heading":
            continue
        if block.index in taken:
            text = used.rest(block)
            if text:
                removed.append({"text": text, "reason": f"{block.reason or role}-rest"})
        else:
            text = clean(block.text)
            if text:
                removed.append({"text": text, "reason": block.reason or role})
    return removed

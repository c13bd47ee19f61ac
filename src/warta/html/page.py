"""HTML page -> Document: blocks with roles plus metadata evidence.

The steps, in order:

1. Refuse feeds (RSS, Atom, RDF, sitemaps) before parsing: they are lists of
   articles, never one.
2. Parse the tree (:mod:`warta.html.tree`) and walk it once
   (:mod:`warta.html.blocks`): the walk builds the blocks, files the
   elements the metadata readers need (:mod:`warta.html.scan`) and finds
   the comment sections (:mod:`warta.html.comments`, which tags their
   containers before their blocks are built).
3. Read the metadata claims (:mod:`warta.html.metadata`) and let content
   selection (:mod:`warta.html.content`) say which blocks are the body.
4. Give the non-body roles near the article: the headline is the visible
   block that agrees with the page's titles (og:title, JSON-LD, ``<title>``
   without its site suffix); the date, byline, section and deck are the
   blocks around it that the shared field rules recognise; everything inside
   the comment section leaves the body.
5. Reconcile the metadata date with the page's own date line, note
   multi-page articles, and refuse pages that are not one article (front
   pages and indexes: no body, or teaser lists without an article's
   evidence).

Layout rules here are generic: they read markup conventions, metadata and
the language tables, never a site's class names.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs

from warta.blocks import Block, Claim, Document
from warta.decode import Decoded
from warta.errors import NotAnArticleError
from warta.fields import byline as byline_rules
from warta.fields import dateline as dateline_rules
from warta.fields import dates as date_rules
from warta.fields.language import detect_language
from warta.html.blocks import build_blocks
from warta.html.comments import CommentFinder, comment_flags, comment_section
from warta.html.content import select_content
from warta.html.metadata import is_person_name, norm, read_metadata, site_keys, split_url
from warta.html.scan import Scan
from warta.html.tree import parse_tree
from warta.lang import TABLES, LanguageTable, table_for
from warta.limits import Limits
from warta.model import Notice
from warta.read import RawInput

_FEED_ROOT = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<\?xml-stylesheet[^>]*>\s*|<!--.*?-->\s*)*"
    r"<(?:rss|feed|rdf:RDF|urlset|sitemapindex)\b",
    re.S | re.I,
)
# Separators between a title and the site name / section in <title> and og:title.
_TITLE_SEPARATOR = re.compile(r"\s+(?:[-–—|]|::|:)\s+")
_SITE_PREFIX = re.compile(r"^(?P<site>[^\s:|]{2,40})\s*[:|]\s+(?P<rest>.+)$")
_DOMAINISH = re.compile(r"\.(?:com|co\.id|co|id|net|org|news)\b", re.I)
_KICKER_PREFIX = re.compile(r"^(?P<kicker>[^:]{1,30}):\s+")
_BYLINE_HINT = re.compile(r"author|byline|penulis|reporter|writer|wartawan|kontributor")
_DECK_HINT = re.compile(r"deck|subtitle|sub-title|excerpt|summary|lead|standfirst|subjudul")
_LINE_MAX = 160  # a date or credit line is short
_WINDOW = 12  # blocks between the headline and the body that may hold its furniture
_TEASER_MIN = 12
"""A page with this many teaser links (headline-like links) and no article evidence is an index."""
_DATED_TEASERS_MIN = 3
"""Body blocks that are bare date lines: an index prints one under every teaser."""
_CRUMB_SEPARATOR = re.compile(r"\s*[>»›]\s*|\s+/\s+")
_KICKER_HINT = re.compile(r"kicker|supertitle|overline|eyebrow|rubrik|topic-label|label-kanal")
_CAPTION_HINT = re.compile(r"caption|keterangan|ket-foto|photo-desc|foto-desc")


def html_to_document(
    decoded: Decoded, raw: RawInput, *, url: str | None, limits: Limits
) -> Document:
    """Turn a decoded HTML page into blocks with roles and metadata evidence.

    Raises :class:`~warta.errors.NotAnArticleError` for feeds, front pages,
    index pages and pages without an article body.
    """
    if _FEED_ROOT.match(decoded.text[:4096]):
        raise NotAnArticleError(
            "the input is a feed (RSS/Atom), not an article", identity=raw.location
        )
    root = parse_tree(decoded.text, limits, utf8=decoded.utf8())
    # One walk builds the blocks, files the elements metadata reading needs and
    # finds the comment sections (their judging needs no page language: it
    # tries every table).
    page_scan = Scan()
    finder = CommentFinder()
    blocks = build_blocks(root, page_scan, finder)
    comment_containers = finder.containers()
    evidence = read_metadata(root, url=url, page_scan=page_scan)
    tables = _tables(evidence)
    next_links = _next_page_links(page_scan.anchors, evidence, url, tables)
    select_content(blocks)
    canonical = evidence.get("url", [Claim("", "")])[0].value or None
    doc = Document(
        blocks=blocks,
        kind="html",
        encoding=decoded.encoding,
        sha256=raw.sha256,
        location=raw.location,
        url=url or canonical,
        evidence=evidence,
    )
    _comment_roles(doc, comment_containers, tables)
    front = _front_page_url(doc)
    if front:
        raise NotAnArticleError(
            f"{front} is a front or index page, not an article", identity=raw.location
        )
    headline = _headline(doc)
    if not any(b.role in ("body", "heading") for b in blocks) and not _photo_story(doc, headline):
        raise NotAnArticleError("no article body found in the page", identity=raw.location)
    table = _body_table(doc, tables[0])
    # From here on no step gives or takes the body role: the span is read once.
    span = _body_span(doc)
    _text_breadcrumb(doc, headline)
    _section(doc, headline)
    _kicker(doc, headline)
    _deck(doc, headline)
    _standalone_dateline(doc, span, table)
    _date(doc, headline, span, table)
    folded = _join_split_credits(doc, table)
    _byline(doc, headline, span, table)
    _require_article(doc, headline, table, raw.location)
    _multi_page(doc, next_links)
    if folded:
        doc.blocks[:] = [b for b in doc.blocks if b.index not in folded]
    return doc


def _tables(evidence: dict[str, list[Claim]]) -> tuple[LanguageTable, ...]:
    """The page language's table first, then the others (pages mix languages)."""
    first = table_for("id")
    for claim in evidence.get("language", []):
        code = claim.value.strip().lower()[:2]
        if code in TABLES:
            first = TABLES[code]
            break
    return (first, *(t for t in TABLES.values() if t is not first))


def _body_table(doc: Document, declared: LanguageTable) -> LanguageTable:
    """The table of the language the body is written in (``<html lang>`` often lies)."""
    text = " ".join(b.text for b in doc.blocks[:2000] if b.role in ("body", "heading"))
    return table_for(detect_language(text[:4000], default=declared.code))


def _body_span(doc: Document) -> tuple[int, int]:
    indices = [b.index for b in doc.blocks if b.role in ("body", "heading")]
    if not indices:
        return -1, -1
    return indices[0], indices[-1]


# --- comments ----------------------------------------------------------------


def _comment_roles(doc: Document, containers: list[Any], tables: tuple[LanguageTable, ...]) -> None:
    """Comment text never enters the body; the marker block gets the 'comments' role."""
    found = comment_section(doc.blocks, containers, tables)
    if found is None:
        return
    section, marker_block = found
    if containers:
        for block, inside in zip(doc.blocks, comment_flags(doc.blocks), strict=True):
            if inside:
                block.role, block.reason = "boilerplate", "comments"
    if marker_block is not None and marker_block.role not in ("body", "heading"):
        marker_block.role, marker_block.reason = "comments", "comment marker"
    else:
        doc.evidence["comments"] = [Claim(section.marker, section.source)]
    if section.count is not None:
        doc.evidence["comment_count"] = [Claim(str(section.count), section.source)]


# --- not an article ------------------------------------------------------------


def _require_article(
    doc: Document, headline: int, table: LanguageTable, location: str | None
) -> None:
    """Front pages and indexes: teaser lists without one article's evidence.

    Four signs, each enough (a site-root or index URL is checked earlier,
    see :func:`_front_page_url`): the page calls itself a website (og:type,
    JSON-LD) and nothing dates it; the "body" repeats date lines (an index
    lists a date under every teaser); the body is interleaved with at least
    as many headline links as it has paragraphs; or the page has no
    headline, date or article type of its own and twice as many headline
    links as body paragraphs. A
    short undated article is still an article: body length alone decides
    nothing.
    """
    front = _front_page_url(doc)
    if front:
        raise NotAnArticleError(
            f"{front} is a front or index page, not an article", identity=location
        )
    body = [b for b in doc.blocks if b.role in ("body", "heading")]
    types = {c.value.lower() for c in doc.claims("type")}
    article_typed = any(t.endswith(("article", "blogposting")) for t in types)
    dated = bool(
        doc.claims("published") or doc.claims("published_metadata") or doc.with_role("date")
    )
    if "website" in types and not article_typed and not dated:
        raise NotAnArticleError(
            "the page describes itself as a website, not an article", identity=location
        )
    date_lines = sum(1 for b in body if _is_date_line(b.text, table))
    if date_lines >= _DATED_TEASERS_MIN:
        raise NotAnArticleError(
            f"the page lists {date_lines} dated teasers, not one article", identity=location
        )
    first, last = body[0].index, body[-1].index
    teasers = _teaser_count(doc.blocks[first : last + 1])
    if teasers >= max(_TEASER_MIN, len(body) // 2 + 1):
        raise NotAnArticleError(
            f"the page is a list of {teasers} article links, not one article", identity=location
        )
    no_identity = headline < 0 and not dated and not article_typed
    if no_identity and _teaser_count(doc.blocks) >= max(_TEASER_MIN, 2 * len(body)):
        raise NotAnArticleError(
            "the page lists article links and has no headline or date of its own",
            identity=location,
        )


def _front_page_url(doc: Document) -> str | None:
    """The page's URL when it is a site root or a one-segment index path ('/indeks')."""
    urls = [doc.url] if doc.url else []
    urls += [c.value for c in doc.claims("url") if c.source in ("link:canonical", "meta:og:url")]
    index_words = {w for t in TABLES.values() for w in t.home_words}
    for url in urls[:1]:
        parts = split_url(url)
        if parts is None:
            continue
        segments = [s for s in parts.path.split("/") if s]
        if parts.query:
            return None
        if not segments or (
            len(segments) == 1 and segments[0].lower().rsplit(".", 1)[0] in index_words
        ):
            return url
    return None


def _is_date_line(text: str, table: LanguageTable) -> bool:
    """A short block that is only a date ('Selasa, 23 Februari 2016 | 14:51 WIB')."""
    if len(text) > 60:
        return False
    reading = date_rules.parse_date_line(norm(text), table, notices=[])
    return reading is not None and len(reading.raw) >= 0.6 * len(norm(text))


def _photo_story(doc: Document, headline: int) -> bool:
    """A photo story's text is its captions and short lead: make them the body.

    Used only when content selection found no body (photo pages hold too
    little prose for it), and only for a page that is an article by its own
    metadata (an article type or a publication date) and shows its headline.
    The text taken is the run of captions and paragraphs right under the
    headline, up to the first link list or the comment section.
    """
    types = {c.value.lower() for c in doc.claims("type")}
    if headline < 0 or not (doc.claims("published") or any(t.endswith("article") for t in types)):
        return False
    taken: list[Block] = []
    for block in doc.blocks[headline + 1 : headline + 1 + 4 * _WINDOW]:
        if block.role == "comments" or block.reason == "comments":
            break
        if taken and _teaser_count([block]):
            break
        prose = block.tag == "p" and len(block.text) >= 60
        caption = block.tag == "figcaption" or any(
            _CAPTION_HINT.search(h) for h in _region_hints(block)[:2]
        )
        if (prose or caption) and len(block.text) >= 40 and block.link_density < 0.3:
            taken.append(block)
    for block in taken:
        _assign(block, "body", "photo story text")
    return bool(taken)


def _teaser_count(blocks: list[Block]) -> int:
    """Headline-like links: linked blocks of 4-25 words, as front pages and indexes list them."""
    return sum(1 for b in blocks if b.link_density > 0.8 and 4 <= len(b.text.split()) <= 25)


# --- headline ------------------------------------------------------------------


def _title_core(title: str, keys: set[str]) -> str:
    """A title without the site name and section around it.

    'X - Kompas.com Regional' -> 'X'; 'KapanLagi.com: X' -> 'X';
    'X | National | Tempo.Co :: Indonesian News Portal' -> 'X | National'
    (agreement with other sources removes the rest, see :func:`_best_title`).
    """
    text = norm(title)
    prefix = _SITE_PREFIX.match(text)
    if prefix and _site_like(prefix.group("site"), keys):
        text = prefix.group("rest")
    pieces = _TITLE_SEPARATOR.split(text)
    for i, piece in enumerate(pieces):
        if i > 0 and _site_like(piece, keys):
            return _join_prefix(text, i)
    return text


def _join_prefix(text: str, count: int) -> str:
    """The text before the ``count``-th title separator."""
    matches = list(_TITLE_SEPARATOR.finditer(text))
    return text[: matches[count - 1].start()].strip()


def _site_like(piece: str, keys: set[str]) -> bool:
    low = piece.lower()
    squashed = re.sub(r"[\s.]", "", low)
    return bool(_DOMAINISH.search(piece)) or any(k and (k in squashed or k in low) for k in keys)


def _best_title(doc: Document) -> tuple[str, str] | None:
    """The title most sources agree on, without site affixes: (text, source)."""
    claims = doc.claims("headline")
    if not claims:
        return None
    keys = site_keys(doc.evidence)
    raws = [c.value for c in claims]
    best: tuple[int, int, str, str] | None = None
    for order, claim in enumerate(claims):
        core = _title_core(claim.value, keys)
        if len(core) < 3:
            continue
        support = sum(1 for raw in raws if core.lower() in raw.lower())
        rank = (support, -order, core, claim.source)
        if best is None or rank[:2] > best[:2]:
            best = rank
    return (best[2], best[3]) if best else None


def _headline(doc: Document) -> int:
    """Give the headline role to the visible title block; return its index (-1 if none)."""
    first, _ = _body_span(doc)
    best = _best_title(doc)
    if best is not None:
        title, source = best
        doc.evidence["headline"] = [
            Claim(title, source),
            *(c for c in doc.claims("headline") if c.value != title),
        ]
        keys = site_keys(doc.evidence)
        cores = {_title_core(c.value, keys).lower() for c in doc.claims("headline")} | {
            title.lower()
        }
        match = _closest(doc, first, lambda b: _matches_title(b, title, cores))
        if match is not None:
            return _assign(match, "headline", "matches the page title")
    fallback = _closest(doc, first, _looks_like_headline, before_only=True)
    if fallback is not None:
        return _assign(fallback, "headline", "first-level heading before the body")
    return -1


def _matches_title(block: Block, title: str, cores: set[str]) -> bool:
    if block.link_density > 0.5 or block.role in ("body", "comments") or len(block.text) > 300:
        return False
    text = norm(block.text).lower()
    if text in cores:
        return True
    kicker = _KICKER_PREFIX.match(text)
    return bool(
        kicker
        and text[kicker.end() :] == title.lower()
        and len(kicker.group("kicker").split()) <= 4
    )


def _looks_like_headline(block: Block) -> bool:
    words = len(block.text.split())
    return block.heading_level in (1, 2) and 3 <= words <= 30 and block.link_density < 0.5


def _closest(
    doc: Document, anchor: int, accept: Callable[[Block], bool], *, before_only: bool = False
) -> Block | None:
    """The accepted block nearest before ``anchor``; else the first one after it."""
    # Searched backwards from the anchor: the headline sits just above the body,
    # and the navigation further up need not be read.
    before = next((b for b in reversed(doc.blocks[: max(anchor, 0)]) if accept(b)), None)
    if before is not None or before_only:
        return before
    return next((b for b in doc.blocks[max(anchor, 0) :] if accept(b)), None)


def _assign(block: Block, role: Any, reason: str) -> int:
    block.role = role
    block.reason = reason
    return block.index


# --- section, deck, date, byline ---------------------------------------------------


def _section(doc: Document, headline: int) -> None:
    """The block above the headline that shows the section claim gets the section role."""
    sections = doc.claims("section")
    if not sections or headline < 0:
        return
    wanted = sections[0].value.lower()
    for block in reversed(doc.blocks[max(0, headline - 3 * _WINDOW) : headline]):
        if block.role not in ("body", "heading") and norm(block.text).lower() == wanted:
            _assign(block, "section", "matches the section metadata")
            return


def _text_breadcrumb(doc: Document, headline: int) -> None:
    """A breadcrumb printed as one line ('Home > News > Nasional') gives a section claim.

    Only read when the markup gave no section, from a short line just above
    the headline that starts with a home word and has a separator.
    """
    if headline < 0 or doc.claims("section"):
        return
    position = _position(doc, headline)
    home = {w for t in TABLES.values() for w in t.home_words}
    for block in doc.blocks[max(0, position - 3) : position]:
        parts = [p for p in _CRUMB_SEPARATOR.split(norm(block.text)) if p]
        if 2 <= len(parts) <= 6 and len(block.text) <= 80 and parts[0].lower() in home:
            last = parts[-1]
            if last.lower() not in home:
                doc.evidence["section"] = [Claim(last, "breadcrumb-text")]
                block.reason = "breadcrumb"
            return


def _kicker(doc: Document, headline: int) -> None:
    """A topic label right above the headline ('FILM INDONESIA', 'VIVALIFE').

    Only a short line in capitals, or one marked as a kicker, that is not the
    section: a mixed-case line there is as often a menu item.
    """
    position = _position(doc, headline)
    if position <= 0:
        return
    block = doc.blocks[position - 1]
    text = norm(block.text)
    words = text.split()
    if block.role not in ("unknown", "boilerplate") or not 1 <= len(words) <= 4 or len(text) > 40:
        return
    if text[-1] in ".!?:" or not any(c.isalpha() for c in text):
        return
    sections = {c.value.lower() for c in doc.claims("section")}
    home = {w for t in TABLES.values() for w in t.home_words}
    if text.lower() in sections or text.lower() in home:
        return
    marked = any(_KICKER_HINT.search(h) for h in _region_hints(block)[:1])
    # Kickers often link to their topic page; a linked mixed-case line is a menu item.
    if text.isupper() or (marked and block.link_density < 0.5):
        _assign(block, "kicker", "label above the headline")


def _position(doc: Document, index: int) -> int:
    """Position in ``doc.blocks`` of the block with this index (-1 if none)."""
    if 0 <= index < len(doc.blocks) and doc.blocks[index].index == index:
        return index
    return next((i for i, b in enumerate(doc.blocks) if b.index == index), -1)


def _deck(doc: Document, headline: int) -> None:
    """A standfirst under the headline: the description, or a block marked as one."""
    if headline < 0:
        return
    descriptions = [c.value.lower() for c in doc.claims("description")]
    for block in doc.blocks[headline + 1 : headline + 4]:
        if block.role in ("body", "heading", "comments"):
            break
        text = norm(block.text).lower()
        if len(text) < 20 or block.link_density > 0.3:
            continue
        if any(text == d or (len(text) > 40 and d.startswith(text[:60])) for d in descriptions):
            _assign(block, "deck", "matches the page description")
            return
        if any(_DECK_HINT.search(r) for r in _region_hints(block)[:2]):
            _assign(block, "deck", "marked as a standfirst")
            return


def _standalone_dateline(doc: Document, span: tuple[int, int], table: LanguageTable) -> None:
    """A dateline printed as its own line just above the lead ('ISTANBUL, ... (Antara) --')."""
    first, _ = span
    if first <= 0:
        return
    block = doc.blocks[first - 1]
    if block.role not in ("unknown", "boilerplate") or len(block.text) > 90:
        return
    publisher = next((c.value for c in doc.claims("publisher")), None)
    if dateline_rules.read_dateline_line(norm(block.text), table, publisher_hint=publisher):
        _assign(block, "dateline", "dateline above the lead")


def _region_hints(block: Block) -> list[str]:
    region = getattr(block, "region", None)
    out: list[str] = []
    while region is not None and len(out) < 4:
        if region.hints:
            out.append(region.hints)
        region = region.parent
    return out or ([block.hints] if block.hints else [])


def _furniture(doc: Document, headline: int, span: tuple[int, int]) -> list[Block]:
    """Blocks that may hold the date line and credit: around the headline, before the body.

    ``span`` is the body's (:func:`_body_span`).
    """
    first, _ = span
    start = headline if headline >= 0 else max(0, first - _WINDOW)
    before_head = doc.blocks[max(0, start - 4) : max(start, 0)]
    after_head = doc.blocks[start + 1 : max(first, start + 1)][: 2 * _WINDOW] if first >= 0 else []
    ordered = [*after_head, *reversed(before_head)]
    return [b for b in ordered if b.role in ("unknown", "boilerplate") and len(b.text) <= _LINE_MAX]


def _date(doc: Document, headline: int, span: tuple[int, int], table: LanguageTable) -> None:
    """The article's own date line: the first block near the headline the date grammar reads."""
    notices: list[Notice] = []
    for block in _furniture(doc, headline, span):
        reading = date_rules.parse_date_line(norm(block.text), table, notices=[])
        if reading is None:
            continue
        _assign(block, "date", "date line near the headline")
        _reconcile_published(doc, reading.value, reading.raw, notices)
        doc.warnings.extend(notices)
        return


def _reconcile_published(
    doc: Document, shown: dt.date | dt.datetime, raw: str, notices: list[Notice]
) -> None:
    """Trust what the page shows over metadata that disagrees with it (``dates.reconcile``).

    When the date line wins, the metadata claims are kept aside under
    ``published_metadata`` so that assemble takes the date line.
    """
    if not _zoned(raw):
        # A time without a printed zone only has an assumed one: too weak to overrule.
        return
    for claim in doc.claims("published"):
        value = date_rules.parse_iso_datetime(claim.value, notices=[])
        if value is None:
            continue
        if date_rules.reconcile(value, shown, notices=notices) is not value:
            doc.evidence["published_metadata"] = doc.evidence.pop("published")
        return


def _zoned(raw: str) -> bool:
    """True when a date line states its zone ('WIB', 'GMT', '+07:00')."""
    zones = {z.upper() for t in TABLES.values() for z in t.zones}
    words = set(re.findall(r"[A-Za-z]+", raw.upper()))
    return bool(words & zones) or bool(re.search(r"[+-]\d\d:?\d\d\b", raw))


def _byline(doc: Document, headline: int, span: tuple[int, int], table: LanguageTable) -> None:
    """The credit line: a labelled credit, else a short line naming a metadata author."""
    _, last = span
    near = _furniture(doc, headline, span)
    after = [
        b
        for b in doc.blocks[last + 1 : last + 8]
        if b.role in ("unknown", "boilerplate")
        and b.reason != "comments"
        and len(b.text) <= _LINE_MAX
    ]
    keys = site_keys(doc.evidence)
    authors = [
        c.value.lower() for c in doc.claims("author") if is_person_name(c.value, site_keys=keys)
    ]
    ranked = [
        (rank, position, block)
        for position, block in enumerate([*near, *after])
        if (rank := _credit_rank(block, table, authors)) is not None
    ]
    if ranked:
        _assign(min(ranked, key=lambda r: r[:2])[2], "byline", "credit line")


def _join_split_credits(doc: Document, table: LanguageTable) -> set[int]:
    """Join a credit label cell to its value cell: 'Penulis' + ': X' -> 'Penulis : X'.

    Table layouts (Kompas 2015) put the label and the name in two cells, so
    neither block alone is a credit line. The value block is folded into the
    label block, whose text then holds both: nothing is lost.
    """
    labels = {label for t in (table, *TABLES.values()) for label in t.byline_labels}
    merged: set[int] = set()
    for block, following in zip(doc.blocks, doc.blocks[1:], strict=False):
        if len(block.text) > 24 or block.index in merged or block.role in ("body", "heading"):
            continue
        # A value cell starts with ':': the substring test spares most short blocks of
        # a page (menu items, counters) the two normalisations below.
        if ":" not in following.text:
            continue
        if norm(block.text).lower().rstrip(" :") in labels and norm(following.text).startswith(":"):
            if following.role in ("body", "heading") or len(following.text) > _LINE_MAX:
                continue
            block.text = f"{norm(block.text)} {norm(following.text)}"
            merged.add(following.index)
    return merged


def _credit_rank(block: Block, table: LanguageTable, authors: list[str]) -> int | None:
    """0 writer credit, 1 line naming a metadata author, 2 editor credit, 3 photo credit."""
    text = norm(block.text)
    label = byline_rules.credit_label(text, table)
    if label is not None:
        return {"author": 0, "reporter": 0, "editor": 2}.get(label[1], 3)
    low = text.lower()
    if authors and len(text) <= 80 and any(a in low for a in authors):
        return 1
    if any(_BYLINE_HINT.search(h) for h in _region_hints(block)[:2]) and len(text.split()) <= 8:
        return 1 if byline_rules.parse_byline(text, table) is not None else None
    return None


# --- multi-page ----------------------------------------------------------------------


def _next_page_links(
    anchors: list[Any],
    evidence: dict[str, list[Claim]],
    url: str | None,
    tables: tuple[LanguageTable, ...],
) -> list[Claim]:
    """Links to the article's next page: labelled 'Halaman Selanjutnya', or page=N+1 of this URL.

    ``anchors`` are the page's ``<a>`` elements in document order (from the scan:
    filtering them here is cheaper than an XPath walk of the whole tree).
    """
    base = url or next((c.value for c in evidence.get("url", [])), None)
    if not base:
        return []
    here = split_url(base)
    if here is None:
        return []
    current = _int_claim(evidence, "current_page") or 1
    phrases = [p for t in tables for p in t.next_page_phrases]
    found: list[Claim] = []
    slug = next((part for part in reversed(here.path.split("/")) if part), "")
    if not slug:
        return []
    for link in anchors:
        href = link.get("href") or ""
        if slug not in href:  # what //a[contains(@href, $slug)] selected
            continue
        href = href.strip()
        if not href or href.startswith(("#", "javascript:")):
            continue
        target = split_url(href, base)
        if target is None:
            continue
        if (target.netloc, target.path.rstrip("/")) != (here.netloc, here.path.rstrip("/")):
            continue
        pages = parse_qs(target.query).get("page", [])
        label = _label_near(link)
        if (pages and pages[0] == str(current + 1)) or any(
            re.search(p, label, re.I) for p in phrases
        ):
            found.append(Claim(target.geturl(), "a:next-page"))
            break
    return found


def _label_near(link: Any) -> str:
    """The link's text, or the text just before its container ('Halaman Selanjutnya' + link)."""
    text = norm(link.text_content())
    parent = link.getparent()
    previous = parent.getprevious() if parent is not None else None
    label = norm(previous.text_content()) if previous is not None else ""
    return f"{label} {text}".strip().lower() if label else text.lower()


def _int_claim(evidence: dict[str, list[Claim]], name: str) -> int | None:
    for claim in evidence.get(name, []):
        if claim.value.isdigit():
            return int(claim.value)
    return None


def _multi_page(doc: Document, links: list[Claim]) -> None:
    total = _int_claim(doc.evidence, "total_pages")
    current = _int_claim(doc.evidence, "current_page") or 1
    nexts = [*doc.claims("next_page"), *links]
    if nexts:
        doc.evidence["next_page"] = nexts
    if nexts or (total and total > current):
        where = f"; next page: {nexts[0].value}" if nexts else ""
        of = f" of {total}" if total else ""
        doc.warnings.append(
            Notice(
                code="article.multi_page",
                message=f"this is page {current}{of} of a multi-page article{where}",
            )
        )

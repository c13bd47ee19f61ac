"""Machine-readable metadata of an HTML page, read as evidence.

Portals describe their articles several times over: JSON-LD, OpenGraph and
``article:*`` properties, ad-hoc ``<meta name=...>`` tags (``pubdate``,
``content_PublishedDate``, ``kanalid``), Dublin Core, microdata
(``itemprop``), breadcrumbs, ``<html lang>`` and the canonical link. These
sources disagree and some are wrong (Detik's ``pubdate`` ends in ``Z`` but
means WIB; Kompas's ``meta author`` is the company). So nothing here decides:
every value becomes a :class:`~warta.blocks.Claim` that keeps its source
(``json-ld:datePublished``, ``meta:og:title``, ...), and claims are ordered
so that the most trustworthy comes first. The page layout step
(:mod:`warta.html.page`) and the field extractors choose among them.

Dates are kept as written: date parsing belongs to :mod:`warta.fields.dates`.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import SplitResult, urljoin, urlsplit

from warta.blocks import Claim
from warta.html.scan import Scan, scan
from warta.lang import TABLES, LanguageTable

_ARTICLE_TYPE = re.compile(r"(?:Article|BlogPosting|LiveBlogPosting|Report)$")
_WELL_FORMED_INSTANT = re.compile(
    r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)"
)
_URLISH = re.compile(r"^(?:https?:)?//|^www\.|\.(?:com|co\.id|id|net|org|co|news)(?:/|\b)", re.I)
_MAX_JSON_LD_CHARS = 1_000_000
_MAX_CLAIMS_PER_FIELD = 20

# Claim order per field: sources listed first are trusted first. A source
# missing from its list sorts after the listed ones, in document order.
_SOURCE_ORDER: dict[str, tuple[str, ...]] = {
    "headline": (
        "json-ld:headline",
        "meta:og:title",
        "meta:twitter:title",
        "meta:title",
        "meta:dc.title",
        "itemprop:headline",
        "itemprop:name",
        "title",
    ),
    "published": (
        "json-ld:datePublished",
        "meta:article:published_time",
        "itemprop:datePublished",
        "meta:og:published_time",
        "meta:dc.date.issued",
        "meta:pubdate",
        "meta:publishdate",
        "meta:content_publisheddate",
        "meta:dc.date",
        "meta:date",
        "json-ld:dateCreated",
        "itemprop:dateCreated",
        "time[datetime]",
    ),
    "author": (
        "itemprop:author",
        "meta:content_author",
        "json-ld:creator",
        "json-ld:author",
        "meta:author",
        "meta:dc.creator",
        "meta:article:author",
        "rel:author",
    ),
    "section": (
        "json-ld:articleSection",
        "meta:article:section",
        "itemprop:articleSection",
        "breadcrumb",
        "meta:content_category",
        "meta:dc.subject",
    ),
    "url": (
        "link:canonical",
        "meta:og:url",
        "json-ld:url",
        "json-ld:mainEntityOfPage",
        "itemprop:url",
    ),
}


@dataclass(slots=True)
class _Collector:
    """Claims gathered in document order, one per (field, value)."""

    claims: dict[str, list[Claim]] = field(default_factory=dict)

    def add(self, name: str, value: str | None, source: str) -> None:
        text = norm(value or "")
        if not text or len(text) > 2000:
            return
        bucket = self.claims.setdefault(name, [])
        if len(bucket) >= _MAX_CLAIMS_PER_FIELD or any(c.value == text for c in bucket):
            return
        bucket.append(Claim(text, source))


def norm(text: str) -> str:
    """Collapse whitespace and drop zero-width characters."""
    # str.split() splits on exactly the regex \s (Py_UNICODE_ISSPACE), without the regex.
    return " ".join(text.replace("\u200b", "").replace("\ufeff", "").split())


def read_metadata(
    root: Any, *, url: str | None = None, page_scan: Scan | None = None
) -> dict[str, list[Claim]]:
    """Every metadata claim the page makes, by field name, most trusted first.

    Fields: headline, title, description, published, modified, author,
    section, breadcrumb, keywords, language, url, site_name, publisher,
    editor, type (JSON-LD ``@type`` and ``og:type``), next_page,
    total_pages, current_page. ``page_scan`` is the page's
    :func:`~warta.html.scan.scan` when the caller already made it.
    """
    found = page_scan or scan(root)
    out = _Collector()
    _json_ld(found.json_ld, out)
    _meta_tags(found.metas, out)
    _microdata(found.itemprops, out)
    _time_elements(found.times, out)
    _breadcrumb_markup(found.breadcrumbs, out)
    _links(found.rel_links, out)
    _language(root, out)
    if found.title is not None:
        out.add("title", found.title.text_content(), "title")
        out.add("headline", found.title.text_content(), "title")
    evidence = {name: _ordered(name, claims) for name, claims in out.claims.items()}
    _resolve_urls(evidence, url)
    _filter_people(evidence)
    _filter_sections(evidence)
    _add_breadcrumb_section(evidence)
    return evidence


def _ordered(name: str, claims: list[Claim]) -> list[Claim]:
    order = _SOURCE_ORDER.get(name)
    if not order:
        return claims
    lowered = [o.lower() for o in order]

    def rank(claim: Claim) -> tuple[int, int]:
        source = claim.source.lower()
        position = lowered.index(source) if source in lowered else len(lowered)
        # A datetime with an explicit, well-formed offset beats zone-less and
        # malformed ones (Detik's '2015-11-05 T10:08:58Z' means WIB, not UTC).
        shaky = name in ("published", "modified") and not _WELL_FORMED_INSTANT.fullmatch(
            claim.value
        )
        return (int(shaky), position)

    return sorted(claims, key=rank)


# --- JSON-LD ---------------------------------------------------------------


def _json_ld(scripts: list[Any], out: _Collector) -> None:
    for script in scripts:
        for obj in parse_json_ld(script.text or ""):
            for node in _nodes(obj):
                _json_ld_node(node, out)


def parse_json_ld(text: str) -> list[Any]:
    """Every JSON value in a JSON-LD script, tolerating what portals emit.

    Handles comment and CDATA wrappers, HTML-escaped JSON, raw control
    characters inside strings, trailing commas and several objects written
    one after another. Text that cannot be repaired yields nothing.
    """
    text = text[:_MAX_JSON_LD_CHARS].strip()
    text = re.sub(r"^\s*(?:<!--|//\s*<!\[CDATA\[|<!\[CDATA\[)", "", text)
    text = re.sub(r"(?:-->|//\s*\]\]>|\]\]>)\s*$", "", text).strip()
    if "&quot;" in text and '"' not in text.replace("&quot;", ""):
        text = html.unescape(text)
    text = re.sub(r",\s*([}\]])", r"\1", text)
    decoder = json.JSONDecoder(strict=False)
    values: list[Any] = []
    pos = 0
    while pos < len(text) and len(values) < 50:
        while pos < len(text) and text[pos] in " \t\r\n,;":
            pos += 1
        if pos >= len(text):
            break
        try:
            value, pos = decoder.raw_decode(text, pos)
        except (json.JSONDecodeError, RecursionError):
            break
        values.append(value)
    return values


def _nodes(value: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Top-level typed nodes: arrays and ``@graph`` are flattened."""
    if depth > 4:
        return
    if isinstance(value, list):
        for item in value[:200]:
            yield from _nodes(item, depth + 1)
    elif isinstance(value, dict):
        graph = value.get("@graph")
        if graph is not None:
            yield from _nodes(graph, depth + 1)
        if "@type" in value:
            yield value


def _types(node: dict[str, Any]) -> list[str]:
    raw = node.get("@type")
    items = raw if isinstance(raw, list) else [raw]
    return [str(t).rsplit("/", 1)[-1] for t in items if isinstance(t, str)]


def _text(value: Any) -> str | None:
    """A scalar JSON-LD value, or the name/@id of an object."""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, dict):
        for key in ("name", "@id", "url", "@value"):
            if isinstance(value.get(key), str):
                return str(value[key])
    return None


def _as_list(value: Any) -> list[Any]:
    return value[:50] if isinstance(value, list) else [value]


def _json_ld_node(node: dict[str, Any], out: _Collector) -> None:
    types = _types(node)
    for kind in types:
        out.add("type", kind, "json-ld:@type")
    if "BreadcrumbList" in types:
        _json_ld_breadcrumbs(node, out)
        return
    article = any(_ARTICLE_TYPE.search(t) for t in types)
    page = any(t.endswith("WebPage") for t in types)
    if not (article or page):
        if any(t in ("WebSite", "Organization", "NewsMediaOrganization") for t in types):
            out.add("site_name", _text(node.get("name")), "json-ld:name")
        return
    prefix = "json-ld" if article else "json-ld-webpage"
    out.add("headline", _text(node.get("headline")), f"{prefix}:headline")
    out.add("published", _text(node.get("datePublished")), f"{prefix}:datePublished")
    out.add("published", _text(node.get("dateCreated")), f"{prefix}:dateCreated")
    out.add("modified", _text(node.get("dateModified")), f"{prefix}:dateModified")
    out.add("description", _text(node.get("description")), f"{prefix}:description")
    for key in ("url", "mainEntityOfPage"):
        out.add("url", _text(node.get(key)), f"{prefix}:{key}")
    lang = node.get("inLanguage")
    out.add("language", _text(lang), f"{prefix}:inLanguage")
    if not article:
        return
    for section in _as_list(node.get("articleSection")):
        out.add("section", _text(section), "json-ld:articleSection")
    for key in ("creator", "author"):
        for person in _as_list(node.get(key)):
            if isinstance(person, dict) and "Organization" in _types(person):
                out.add("publisher", _text(person), f"json-ld:{key}")
            else:
                out.add("author", _text(person), f"json-ld:{key}")
    for publisher in _as_list(node.get("publisher")):
        out.add("publisher", _text(publisher), "json-ld:publisher")
    out.add("comment_count", _text(node.get("commentCount")), "json-ld:commentCount")


def _json_ld_breadcrumbs(node: dict[str, Any], out: _Collector) -> None:
    items = [i for i in _as_list(node.get("itemListElement")) if isinstance(i, dict)]

    def position(item: dict[str, Any]) -> float:
        try:
            return float(item.get("position", 0))
        except (TypeError, ValueError):
            return 0.0

    for item in sorted(items, key=position):
        name = _text(item.get("name")) or _text(item.get("item"))
        out.add("breadcrumb", name, "json-ld:BreadcrumbList")


# --- <meta> and <link> -----------------------------------------------------

# meta name/property (lower-cased) -> evidence field
_META_FIELDS: dict[str, str] = {
    "og:title": "headline",
    "twitter:title": "headline",
    "title": "headline",
    "dc.title": "headline",
    "description": "description",
    "og:description": "description",
    "dc.description": "description",
    "article:published_time": "published",
    "og:published_time": "published",
    "pubdate": "published",
    "publishdate": "published",
    "publish-date": "published",
    "publish_date": "published",
    "content_publisheddate": "published",
    "date": "published",
    "dc.date": "published",
    "dc.date.issued": "published",
    "dcterms.created": "published",
    "article:modified_time": "modified",
    "og:updated_time": "modified",
    "dc.date.modified": "modified",
    "lastmod": "modified",
    "author": "author",
    "content_author": "author",
    "dc.creator": "author",
    "article:author": "author",
    "article:section": "section",
    "content_category": "section",
    "dc.subject": "section",
    "kanalid": "section_id",
    "content_subcategory": "subsection",
    "keywords": "keywords",
    "news_keywords": "keywords",
    "content_tags": "keywords",
    "language": "language",
    "content-language": "language",
    "dc.language": "language",
    "og:locale": "language",
    "og:url": "url",
    "og:site_name": "site_name",
    "application-name": "site_name",
    "og:type": "type",
    "content_total_pages": "total_pages",
    "content_current_page": "current_page",
    "content_location": "place",
    "content_editor": "editor",
}


def _meta_tags(metas: list[Any], out: _Collector) -> None:
    for meta in metas:
        content = meta.get("content")
        if content is None:
            continue
        for attr in ("property", "name", "http-equiv"):
            key = (meta.get(attr) or "").strip().lower()
            if key in _META_FIELDS:
                out.add(_META_FIELDS[key], content, f"meta:{key}")


def _links(links: list[Any], out: _Collector) -> None:
    for link in links:
        rels = (link.get("rel") or "").lower().split()
        href = (link.get("href") or "").strip()
        if not rels or not href:
            continue
        if link.tag == "link" and "canonical" in rels:
            out.add("url", href, "link:canonical")
        elif link.tag == "link" and "next" in rels:
            # Only <link rel=next> in the head speaks for the article; an
            # <a rel=next> is as often the pager of a sidebar index list.
            out.add("next_page", href, "link:next")
        elif "author" in rels and link.tag == "a":
            out.add("author", link.text_content(), "rel:author")


def _language(root: Any, out: _Collector) -> None:
    for attr in ("lang", "{http://www.w3.org/XML/1998/namespace}lang", "xml:lang"):
        value = root.get(attr)
        if value:
            out.add("language", value, "html[lang]")


# --- microdata and <time> --------------------------------------------------

_ITEMPROPS = {
    "headline": "headline",
    "datepublished": "published",
    "datecreated": "published",
    "datemodified": "modified",
    "author": "author",
    "articlesection": "section",
    "inlanguage": "language",
    "description": "description",
}


def _microdata(elements: list[Any], out: _Collector) -> None:
    for el in elements:
        props = (el.get("itemprop") or "").split()
        for prop in props:
            name = _ITEMPROPS.get(prop.lower())
            if name is None:
                continue
            if name == "url":
                continue  # author profiles and logos carry itemprop=url too
            if name == "headline" and el.tag == "meta":
                # Detik puts the description into a headline meta; only a
                # visible headline element is evidence.
                continue
            out.add(name, _microdata_value(el, name), f"itemprop:{prop}")


def _microdata_value(el: Any, name: str) -> str | None:
    for attr in ("content", "datetime"):
        if el.get(attr):
            return str(el.get(attr))
    if name == "author":
        # <span itemprop=author itemscope><span itemprop=name>X</span></span>
        inner = el.xpath(".//*[@itemprop='name']")
        if inner:
            return str(inner[0].text_content())
    if el.tag == "meta":
        return None
    text = el.text_content()
    return str(text) if len(text) < 300 else None


def _time_elements(times: list[Any], out: _Collector) -> None:
    """The first ``<time datetime>`` outside links and lists: the article's own time."""
    for el in times:
        value = el.get("datetime")
        if not value:
            continue
        if any(a.tag in ("a", "li") for a in el.iterancestors()):
            continue
        out.add("published", value, "time[datetime]")
        return


# --- breadcrumbs -------------------------------------------------------------


def _breadcrumb_markup(containers: list[Any], out: _Collector) -> None:
    """Breadcrumb navigation: microdata BreadcrumbList or an element named breadcrumb."""
    for container in containers[:1]:
        names = container.xpath(".//*[@itemprop='name']")
        items = names or container.xpath(".//a | .//li[not(.//a)]") or [container]
        for item in items[:12]:
            text = norm(item.get("content") or item.text_content())
            for part in re.split(r"\s*[>»›/|]\s*", text):
                out.add("breadcrumb", part, "breadcrumb")


def _add_breadcrumb_section(evidence: dict[str, list[Claim]]) -> None:
    """The last breadcrumb that is not 'Home', the site or the headline is a section claim."""
    crumbs = evidence.get("breadcrumb", [])
    headlines = {c.value.lower() for c in evidence.get("headline", [])}
    sites = _site_keys(evidence)
    for claim in reversed(crumbs):
        value = claim.value.strip(" >»›/|")
        low = value.lower()
        if (
            not value
            or len(value) > 60
            or _is_home(low)
            or low in headlines
            or any(low == s or low.replace(" ", "") == s for s in sites)
        ):
            continue
        sections = evidence.setdefault("section", [])
        if not any(c.value == value for c in sections):
            position = next(
                (i for i, c in enumerate(sections) if c.source.startswith("meta:")), len(sections)
            )
            sections.insert(position, Claim(value, claim.source))
        return


def _is_home(low: str) -> bool:
    return any(low == word for table in TABLES.values() for word in table.home_words)


# --- cleaning ----------------------------------------------------------------


def split_url(url: str, base: str | None = None) -> SplitResult | None:
    """``url`` (resolved against ``base``) split into parts; None for a malformed URL."""
    try:
        parts = urlsplit(urljoin(base, url) if base else url)
        parts.port  # noqa: B018 - raises ValueError for an impossible port
    except ValueError:
        return None
    return parts


def _resolve_urls(evidence: dict[str, list[Claim]], base: str | None) -> None:
    for name in ("url", "next_page"):
        claims = []
        for claim in evidence.get(name, []):
            parts = split_url(claim.value, base)
            if parts is not None and parts.scheme in ("http", "https") and parts.netloc:
                claims.append(Claim(parts.geturl(), claim.source))
        if claims:
            evidence[name] = claims
        else:
            evidence.pop(name, None)


def _site_keys(evidence: dict[str, list[Claim]]) -> set[str]:
    """Lower-cased names the site goes by: its brand, publisher and domain labels."""
    keys: set[str] = set()
    for name in ("site_name", "publisher"):
        for claim in evidence.get(name, []):
            keys.add(claim.value.lower())
            keys.add(
                re.sub(r"\.(?:com|co\.id|id|co|net)$", "", claim.value.lower()).replace(" ", "")
            )
    for claim in evidence.get("url", []):
        parts = split_url(claim.value)
        host = (parts.hostname if parts else None) or ""
        labels = [
            p for p in host.split(".") if p not in ("www", "m", "com", "co", "id", "net", "org")
        ]
        keys.update(labels[-1:])
    return {k for k in keys if k}


def site_keys(evidence: dict[str, list[Claim]]) -> set[str]:
    """Public view of :func:`_site_keys`, for headline suffix stripping."""
    return _site_keys(evidence)


def is_person_name(
    name: str, *, site_keys: set[str], tables: tuple[LanguageTable, ...] = ()
) -> bool:
    """True when an author value names a person, not a company, brand, URL or handle.

    Single-word names are names (``Sutrisno``); lower-case handles (``prwir``)
    and codes are not; nor are companies (``Kompas Cyber Media``) or the site
    itself (``Liputan6.com``).
    """
    value = norm(name)
    if not value or len(value) > 60 or _URLISH.search(value) or "@" in value:
        return False
    words = value.split()
    if len(words) > 6 or not any(ch.isalpha() for ch in value):
        return False
    if not value[0].isupper() or any(ch.isdigit() for ch in value):
        return False
    low = value.lower()
    squashed = low.replace(" ", "")
    if any(key and (squashed == key or key in squashed.split(".")) for key in site_keys):
        return False
    org_words = {w for t in (tables or tuple(TABLES.values())) for w in t.organisation_words}
    return not any(w.strip(".,") in org_words for w in low.split())


def split_people(value: str, tables: tuple[LanguageTable, ...] = ()) -> list[str]:
    """Split an author value into names: drop credit labels, split on 'dan', 'and', commas."""
    tables = tables or tuple(TABLES.values())
    text = norm(value)
    labels, splitter = _people_rules(tables)
    for label, label_re in labels:
        match = label_re.match(text)
        if match and (":" in match.group(0) or label in ("oleh", "by")):
            text = text[match.end() :]
            break
    return [p.strip() for p in splitter.split(text) if p and p.strip()]


_PeopleRules = tuple[list[tuple[str, re.Pattern[str]]], re.Pattern[str]]
_PEOPLE_RULES: dict[tuple[int, ...], tuple[tuple[LanguageTable, ...], _PeopleRules]] = {}


def _people_rules(tables: tuple[LanguageTable, ...]) -> _PeopleRules:
    """The credit-label regexes (longest label first) and the name splitter, built once per tables.

    Keyed by the tables' identities (the entry holds them, so the ids stay theirs):
    escaping and compiling every label on each author value cost more than the matching.
    """
    key = tuple(map(id, tables))
    known = _PEOPLE_RULES.get(key)
    if known is not None and all(a is b for a, b in zip(known[0], tables, strict=True)):
        return known[1]
    labels = sorted({label for t in tables for label in t.byline_labels}, key=len, reverse=True)
    label_res = [(label, re.compile(rf"{re.escape(label)}\b\s*:?\s*", re.I)) for label in labels]
    joiners = {w for t in tables for w in t.byline_joiners}
    pattern = (
        r"\s*(?:,|;|&|\band\b"
        + "".join(rf"|\b{re.escape(j)}\b" for j in joiners if j.isalpha())
        + r")\s*"
    )
    rules = (label_res, re.compile(pattern))
    _PEOPLE_RULES[key] = (tables, rules)
    return rules


def _filter_people(evidence: dict[str, list[Claim]]) -> None:
    """Keep person names only: companies become publisher claims, URLs vanish."""
    keys = _site_keys(evidence)
    people: list[Claim] = []
    seen: set[str] = set()
    for claim in evidence.get("author", []):
        for name in split_people(claim.value):
            if is_person_name(name, site_keys=keys):
                if name.lower() not in seen:
                    seen.add(name.lower())
                    people.append(Claim(name, claim.source))
            elif not _URLISH.search(name) and len(name) < 60:
                evidence.setdefault("publisher", []).append(Claim(name, claim.source))
    # JSON-LD 'author' is the editor on some portals (Kompas): a name the page
    # also gives as its editor is not a writer when another name is left.
    editors = {c.value.lower() for c in evidence.get("editor", [])}
    writers = [c for c in people if c.value.lower() not in editors]
    people = writers or people
    if people:
        evidence["author"] = people
    else:
        evidence.pop("author", None)


def _filter_sections(evidence: dict[str, list[Claim]]) -> None:
    """A section is a short label: not a domain ('lifestyle.okezone.com'), URL or id."""
    kept = [
        c
        for c in evidence.get("section", [])
        if len(c.value) <= 60
        and not _URLISH.search(c.value)
        and not c.value.isdigit()
        and not _is_home(c.value.lower())
    ]
    if kept:
        evidence["section"] = kept
    else:
        evidence.pop("section", None)

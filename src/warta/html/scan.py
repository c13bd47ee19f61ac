"""One pass over the tree that collects every element the metadata and comment readers need.

Metadata lives in a handful of element kinds (``<meta>``, JSON-LD scripts,
``itemprop`` elements, ``<time>``, ``rel`` links, breadcrumb containers) and
comment sections in elements whose class or id names them. Looking each kind
up with its own XPath costs a walk of the whole tree per kind (several
milliseconds on a portal page); one Python walk that sorts elements into
lists costs about as much as one of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Scan:
    """Elements of one page, by what reads them, in document order."""

    metas: list[Any] = field(default_factory=list)
    json_ld: list[Any] = field(default_factory=list)
    scripts: list[Any] = field(default_factory=list)
    """Other scripts (a Disqus loader marks a comment section)."""
    itemprops: list[Any] = field(default_factory=list)
    times: list[Any] = field(default_factory=list)
    rel_links: list[Any] = field(default_factory=list)
    breadcrumbs: list[Any] = field(default_factory=list)
    comment_candidates: list[Any] = field(default_factory=list)
    """Elements whose class or id mentions comments, ``<fb:comments>`` and forms."""
    title: Any = None
    anchors: list[Any] = field(default_factory=list)
    """Every ``<a>`` element (the next-page links are among them)."""


def scan(root: Any) -> Scan:
    """Sort the page's elements into the lists of :class:`Scan` in one walk."""
    out = Scan()
    for el in root.iter():
        tag = el.tag
        if not isinstance(tag, str):
            continue
        get = el.get
        if tag in _SPECIAL and _special(el, tag, out):
            continue
        if get("itemprop") is not None:
            out.itemprops.append(el)
            kind = get("itemtype")
            if kind and "BreadcrumbList" in kind:
                out.breadcrumbs.append(el)
        cls, ident = get("class"), get("id")
        if cls or ident:
            low = f"{cls} {ident}".lower() if cls and ident else (cls or ident).lower()
            commentish = "omment" in low or "oment" in low or "isqus" in low
            if commentish and tag not in ("form", "fb:comments"):
                out.comment_candidates.append(el)
            if "breadcrumb" in low and el not in out.breadcrumbs:
                out.breadcrumbs.append(el)
        elif _breadcrumb_list(tag, get("itemtype")) and el not in out.breadcrumbs:
            out.breadcrumbs.append(el)
    return out


def _breadcrumb_list(tag: str, itemtype: str | None) -> bool:
    return (
        bool(itemtype) and tag in ("ol", "ul", "nav", "div") and "BreadcrumbList" in str(itemtype)
    )


_SPECIAL = frozenset({"meta", "script", "time", "title", "form", "fb:comments", "link", "a"})


def _special(el: Any, tag: str, out: Scan) -> bool:
    """File an element of a kind read by tag; True when nothing else about it matters."""
    if tag == "meta":
        out.metas.append(el)
        return True
    if tag == "script":
        kind = el.get("type")
        if kind and kind.strip().lower() == "application/ld+json":
            out.json_ld.append(el)
        else:
            out.scripts.append(el)
        return True
    if tag in ("link", "a"):
        if tag == "a":
            out.anchors.append(el)
        if el.get("rel") and el.get("href"):
            out.rel_links.append(el)
        return tag == "link"
    if tag == "time":
        out.times.append(el)
    elif tag == "title":
        if out.title is None:
            out.title = el
        return True
    else:  # form, fb:comments
        out.comment_candidates.append(el)
    return False

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


COMMENT_CANDIDATE = 1
"""What :func:`file_element` returns for an element added to :attr:`Scan.comment_candidates`."""
PLAIN_SCRIPT = 2
"""... and for a script added to :attr:`Scan.scripts`."""

SCAN_TAGS = frozenset({"meta", "script", "time", "title", "form", "fb:comments", "link", "a"})
"""Elements filed by their tag alone."""
LIST_TAGS = frozenset({"ol", "ul", "nav", "div"})
"""Elements that may be a breadcrumb list by their ``itemtype`` alone."""
HINT_WORDS = ("ment", "isqus", "breadcrumb")
"""Lower-cased class/id text that :func:`file_element` files an element by holds one of these."""


def scan(root: Any) -> Scan:
    """Sort the page's elements into the lists of :class:`Scan` in one walk.

    The HTML pipeline files the elements during its block walk instead
    (:func:`warta.html.blocks.build_blocks`); this walk serves callers that
    build no blocks.
    """
    out = Scan()
    for el in root.iter():
        tag = el.tag
        if isinstance(tag, str):
            file_element(el, tag, out)
    return out


def file_element(el: Any, tag: str, out: Scan) -> int:
    """File one element under the lists of :class:`Scan` it belongs to.

    Returns :data:`COMMENT_CANDIDATE` or :data:`PLAIN_SCRIPT` for those, else
    0. Only elements with a tag in :data:`SCAN_TAGS`, an ``itemprop``, a
    class/id holding one of :data:`HINT_WORDS` or an ``itemtype`` and a tag
    in :data:`LIST_TAGS` belong to a list: a walk may skip the others.
    """
    if tag in _HEAD_TAGS:
        return _file_head(el, tag, out)  # nothing else about them matters
    return file_classed(el, tag, out, el.get("class"), el.get("id"))


def file_classed(
    el: Any, tag: str, out: Scan, cls: str | None, ident: str | None, low: str | None = None
) -> int:
    """:func:`file_element` for a caller that has read the element's class and id already.

    ``low`` is the class and id joined and lower-cased, when the caller has it
    (surrounding whitespace does not matter: only words inside it are looked for).
    """
    found = 0
    if tag in SCAN_TAGS:
        if tag in _HEAD_TAGS:
            return _file_head(el, tag, out)
        if tag == "a":
            out.anchors.append(el)
            if el.get("rel") and el.get("href"):
                out.rel_links.append(el)
        elif tag == "time":
            out.times.append(el)
        else:  # form, fb:comments
            out.comment_candidates.append(el)
            found = COMMENT_CANDIDATE
    get = el.get
    if get("itemprop") is not None:
        out.itemprops.append(el)
        kind = get("itemtype")
        if kind and "BreadcrumbList" in kind:
            out.breadcrumbs.append(el)
    if cls or ident:
        if low is None:
            low = f"{cls} {ident}".lower() if cls and ident else (cls or ident or "").lower()
        commentish = "omment" in low or "oment" in low or "isqus" in low
        if commentish and tag not in ("form", "fb:comments"):
            out.comment_candidates.append(el)
            found = COMMENT_CANDIDATE
        if "breadcrumb" in low and el not in out.breadcrumbs:
            out.breadcrumbs.append(el)
    elif tag in LIST_TAGS and _breadcrumb_list(tag, get("itemtype")) and el not in out.breadcrumbs:
        out.breadcrumbs.append(el)
    return found


def _breadcrumb_list(tag: str, itemtype: str | None) -> bool:
    return bool(itemtype) and tag in LIST_TAGS and "BreadcrumbList" in str(itemtype)


_HEAD_TAGS = frozenset({"meta", "script", "title", "link"})


def _file_head(el: Any, tag: str, out: Scan) -> int:
    """File a ``meta``, ``script``, ``title`` or ``link`` element."""
    if tag == "meta":
        out.metas.append(el)
    elif tag == "script":
        kind = el.get("type")
        if kind and kind.strip().lower() == "application/ld+json":
            out.json_ld.append(el)
        else:
            out.scripts.append(el)
            return PLAIN_SCRIPT
    elif tag == "link":
        if el.get("rel") and el.get("href"):
            out.rel_links.append(el)
    elif out.title is None:
        out.title = el
    return 0

"""Comment sections of an HTML page: found in the tree, kept out of the body.

A page carries a comment section when it embeds a comment plugin
(Facebook ``fb-comments``, Disqus), holds a comment container
(``id="komentar"``, ``id="comments"``, ``#forcomment`` filled by a script),
a comment form (a form with a textarea whose names say comment), or a
comment heading or counter (``Tulis Komentar``, ``0 Komentar``). A
most-commented widget (``Terkomentari``, ``MOST COMMENTED``: a list of links
to *other* articles) is not one.

Found containers are tagged with :data:`MARK` in their ``class`` so that the
block builder carries the tag into the blocks' regions: the page layout can
then keep every block inside a comment section out of the body, whatever the
content scorer thought of it. The words that mark comment headings live in
the language tables (``comment_patterns``, ``not_comment_patterns``); the
element names below are markup conventions, not language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from warta.fields.comments import comment_count, is_comment_marker
from warta.lang import TABLES, LanguageTable

MARK = "warta-comment-section"
"""Class token added to every comment container found."""

_PLUGIN_TOKEN = re.compile(r"^(?:fb[-_]comments|disqus[-_]thread|disqus)$")
_CONTAINER_TOKEN = re.compile(r"komentar|comment|disqus|komen(?:$|[-_])")
# Tokens that name a button, counter, icon, tab or most-commented list, not a section.
_NOT_CONTAINER_TOKEN = re.compile(
    r"terkomentar|most|popular|populer|icon|ico\b|ico[-_]|btn|button|link|social|share|tab|count|"
    r"total|tot[-_]|jml|jumlah|thumb|widget-?nocache|nocomment|no-comment"
)
_DISQUS_SCRIPT = re.compile(r"disqus\.com/|disqus_shortname|disqus_config", re.I)
_WS = re.compile(r"\s+")
_MAX_MARKER_CHARS = 60


@dataclass(slots=True)
class CommentSection:
    """What showed the comment section, and its stated count."""

    marker: str
    """The comment heading or counter as written, else the element that showed it ('fb-comments')."""
    source: str
    """e.g. 'html:fb-comments', 'html:#komentar', 'html:form', 'html:heading'."""
    count: int | None = None
    containers: list[Any] = field(default_factory=list)


def _tokens(el: Any) -> list[str]:
    return f"{el.get('class') or ''} {el.get('id') or ''}".lower().split()


def _text(el: Any) -> str:
    return _WS.sub(" ", el.text_content()).strip()


def _is_link_list(el: Any) -> bool:
    """A list of links to other articles (most-commented widgets), not a comment section."""
    links = [a for a in el.iter("a") if len(_text(a).split()) >= 4]
    if len(links) < 2:
        return False
    text = _text(el)
    return sum(len(_text(a)) for a in links) > 0.4 * max(len(text), 1)


def _marker_line(text: str, tables: tuple[LanguageTable, ...]) -> bool:
    return 0 < len(text) <= _MAX_MARKER_CHARS and any(is_comment_marker(text, t) for t in tables)


def _denied(text: str, tables: tuple[LanguageTable, ...]) -> bool:
    return any(re.search(p, text, re.I) for t in tables for p in t.not_comment_patterns)


def find_comment_section(
    root: Any, tables: tuple[LanguageTable, ...] = ()
) -> CommentSection | None:
    """The page's comment section, or None; tags every container found with :data:`MARK`."""
    tables = tables or tuple(TABLES.values())
    containers: list[tuple[Any, str]] = []
    for el in root.iter():
        tag = el.tag
        if not isinstance(tag, str):
            continue
        if tag == "script":
            if _DISQUS_SCRIPT.search(el.get("src") or "") or _DISQUS_SCRIPT.search(el.text or ""):
                containers.append((el, "disqus"))
            continue
        if tag.lower() == "fb:comments":
            containers.append((el, "fb-comments"))
            continue
        tokens = _tokens(el)
        if not tokens:
            if tag == "form" and _is_comment_form(el):
                containers.append((el, "form"))
            continue
        plugin = next((t for t in tokens if _PLUGIN_TOKEN.match(t)), None)
        if plugin:
            containers.append((el, plugin))
        elif _is_container(el, tokens, tables):
            containers.append(
                (el, f"#{el.get('id')}" if el.get("id") else f".{_first_match(tokens)}")
            )
        elif tag == "form" and _is_comment_form(el):
            containers.append((el, "form"))
    outer = _outermost(containers)
    for el, _ in outer:
        el.set("class", f"{el.get('class') or ''} {MARK}".strip())
    marker_el, marker = _marker_text(root, [el for el, _ in outer], tables)
    if not outer and marker is None:
        return None
    if marker is not None:
        source = "html:heading" if marker_el is not None else "html:text"
        count = comment_count(marker) if re.search(r"\d", marker) else None
        section = CommentSection(marker, source, count, [el for el, _ in outer])
    else:
        name = outer[0][1]
        section = CommentSection(name, f"html:{name}", None, [el for el, _ in outer])
    if section.count is None:
        section.count = _stated_count(section.containers)
    return section


def _first_match(tokens: list[str]) -> str:
    return next((t for t in tokens if _CONTAINER_TOKEN.search(t)), tokens[0])


def _is_container(el: Any, tokens: list[str], tables: tuple[LanguageTable, ...]) -> bool:
    if el.tag in ("a", "span", "i", "img", "li", "input", "button", "label", "ul", "ol"):
        return False
    named = [t for t in tokens if _CONTAINER_TOKEN.search(t)]
    if not named or all(_NOT_CONTAINER_TOKEN.search(t) for t in named):
        return False
    text = _text(el)
    return not (_is_link_list(el) or _denied(text[:200], tables))


def _is_comment_form(el: Any) -> bool:
    if not list(el.iter("textarea")):
        return False
    names = " ".join(
        f"{x.get('name') or ''} {x.get('id') or ''} {x.get('action') or ''}".lower()
        for x in (el, *el.iter("textarea", "input"))
    )
    return bool(_CONTAINER_TOKEN.search(names))


def _outermost(containers: list[tuple[Any, str]]) -> list[tuple[Any, str]]:
    chosen = {id(el) for el, _ in containers}
    out = []
    for el, name in containers:
        if not any(id(anc) in chosen for anc in el.iterancestors()):
            out.append((el, name))
    return out


def _marker_text(
    root: Any, containers: list[Any], tables: tuple[LanguageTable, ...]
) -> tuple[Any, str | None]:
    """The first comment heading or counter: inside a found section first, else anywhere visible."""
    for container in containers:
        for el in container.iter():
            if isinstance(el.tag, str) and el.tag not in ("script", "style", "textarea"):
                text = _own_line(el)
                if text and _marker_line(text, tables) and not _denied(text, tables):
                    return el, text
    for el in root.iter(
        "h1", "h2", "h3", "h4", "h5", "h6", "a", "span", "div", "p", "strong", "b", "label"
    ):
        text = _own_line(el)
        if not text or not _marker_line(text, tables) or _denied(text, tables):
            continue
        if any(
            _denied(_text(anc)[:120], tables) or _is_link_list(anc) for anc in _near_ancestors(el)
        ):
            continue
        return el, text
    return None, None


def _own_line(el: Any) -> str:
    """The element's text when it is a short line of its own (no block children)."""
    if any(
        isinstance(c.tag, str) and c.tag in ("div", "p", "ul", "ol", "li", "section", "table")
        for c in el
    ):
        return ""
    return _text(el).lstrip("•□☆* ").strip()


def _near_ancestors(el: Any) -> list[Any]:
    return [anc for _, anc in zip(range(3), el.iterancestors(), strict=False)]


def _stated_count(containers: list[Any]) -> int | None:
    """A number in a counter element inside the section ('comments--header__count')."""
    for container in containers:
        for el in container.iter():
            if not isinstance(el.tag, str):
                continue
            if any("count" in t for t in _tokens(el)):
                digits = _text(el)
                if re.fullmatch(r"\d[\d.,]*", digits):
                    return int(re.sub(r"\D", "", digits))
    return None

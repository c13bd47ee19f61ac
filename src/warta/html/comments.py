"""Comment sections of an HTML page: found in the tree, kept out of the body.

A page carries a comment section when it embeds a comment plugin
(Facebook ``fb-comments``, Disqus), holds a comment container
(``id="komentar"``, ``id="comments"``, ``#forcomment`` filled by a script),
a comment form (a form with a textarea whose names say comment), or a
comment heading or counter (``Tulis Komentar``, ``0 Komentar``). A
most-commented widget (``Terkomentari``, ``MOST COMMENTED``: a list of links
to *other* articles) is not one.

Detection runs in two phases. :class:`CommentFinder` (in the HTML pipeline,
during the block walk) or :func:`find_comment_containers` (a walk of its
own) tags every container with :data:`MARK` in its ``class`` before the
blocks inside it are built, so that the block builder carries the tag into
the blocks' regions: the page layout can then keep every block inside a comment section
out of the body, whatever the content scorer thought of it.
:func:`comment_section` then reads the marker (the heading or counter as
written) from the blocks, which already hold each element's text. The words that mark comment headings live in
the language tables (``comment_patterns``, ``not_comment_patterns``); the
element names below are markup conventions, not language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from warta.blocks import Block
from warta.fields.comments import comment_count, is_comment_marker
from warta.html.scan import Scan, scan
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
_WIDGET_HINT = re.compile(r"terkomentar|most|popular|populer|terpopuler|trending")
_NAME_ATTR = "data-warta-comments"
_DISQUS_SCRIPT = re.compile(r"disqus\.com/|disqus_shortname|disqus_config", re.I)
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
    return " ".join(el.text_content().split())  # collapse whitespace runs (regex \s = str.split)


def _is_link_list(el: Any) -> bool:
    """A list of links to other articles (most-commented widgets), not a comment section."""
    links = [a for a in el.iter("a") if len(_text(a).split()) >= 4]
    if len(links) < 2:
        return False
    text = _text(el)
    return sum(len(_text(a)) for a in links) > 0.4 * max(len(text), 1)


def _marker_line(text: str, tables: tuple[LanguageTable, ...]) -> bool:
    if not 0 < len(text) <= _MAX_MARKER_CHARS:
        return False
    # One combined search per table first: pages have thousands of short blocks.
    return any(_any_marker(t).search(text) and is_comment_marker(text, t) for t in tables)


def _any_marker(table: LanguageTable) -> re.Pattern[str]:
    """The table's comment patterns as one regex (a quick pre-test, not the rule itself)."""
    key = (table.code, table.comment_patterns)
    pattern = _COMBINED.get(key)
    if pattern is None:
        joined = "|".join(f"(?:{p})" for p in table.comment_patterns) or r"(?!)"
        pattern = _COMBINED[key] = re.compile(joined, re.I)
    return pattern


_COMBINED: dict[tuple[str, tuple[str, ...]], re.Pattern[str]] = {}


def _any_marker_of(tables: tuple[LanguageTable, ...]) -> re.Pattern[str]:
    """The comment patterns of all ``tables`` as one regex: no match means no marker in any table."""
    key = tuple((t.code, t.comment_patterns) for t in tables)
    pattern = _COMBINED_ALL.get(key)
    if pattern is None:
        joined = "|".join(_any_marker(t).pattern for t in tables) or r"(?!)"
        pattern = _COMBINED_ALL[key] = re.compile(joined, re.I)
    return pattern


_COMBINED_ALL: dict[tuple[tuple[str, tuple[str, ...]], ...], re.Pattern[str]] = {}


def _disqus(text: str) -> bool:
    """``_DISQUS_SCRIPT.search(text)``, skipping the case-blind regex over ASCII scripts without the word.

    Every alternative starts with 'disqus'; in ASCII text ``lower()`` is exact, while
    other text may spell it with letters that only match case-blind (``İ``, ``ſ``).
    """
    if text.isascii() and "disqus" not in text.lower():
        return False
    return _DISQUS_SCRIPT.search(text) is not None


def _denied(text: str, tables: tuple[LanguageTable, ...]) -> bool:
    return any(re.search(p, text, re.I) for t in tables for p in t.not_comment_patterns)


def find_comment_containers(
    root: Any, tables: tuple[LanguageTable, ...] = (), page_scan: Scan | None = None
) -> list[Any]:
    """Comment containers of the page, outermost only; each is tagged with :data:`MARK`.

    Runs on the tree before the blocks are built, so that every block inside
    a container carries the mark in its regions. Candidates come from
    :func:`~warta.html.scan.scan`: elements whose class or id mentions
    comments, ``<fb:comments>``, forms and scripts.
    """
    tables = tables or tuple(TABLES.values())
    found = page_scan or scan(root)
    containers: list[tuple[Any, str]] = []
    for el in found.scripts:
        if _disqus(el.get("src") or "") or _disqus(el.text or ""):
            containers.append((el, "disqus"))
    accepted: set[Any] = set()
    for el in found.comment_candidates:
        if accepted and any(anc in accepted for anc in el.iterancestors()):
            continue  # inside a container already found: only the outermost counts
        before = len(containers)
        _judge(el, tables, containers)
        if len(containers) > before:
            accepted.add(el)
    outer = _outermost(containers)
    for el, name in outer:
        _tag(el, name)
    return [el for el, _ in outer]


class CommentFinder:
    """:func:`find_comment_containers` run during the block walk, element by element.

    The walk (:func:`warta.html.blocks.build_blocks`) shows it every comment
    candidate and plain script in document order, says whether it sits in a
    container accepted already, and reads the class after :meth:`judge`
    tagged a container with :data:`MARK`: no separate pass over the tree.
    Candidates are judged on their own class and subtree only, which no
    earlier container can be part of, so judging and tagging one at a time
    finds what judging all first does; :meth:`containers` then gives the
    same list in the same order.
    """

    __slots__ = ("accepted", "scripts", "tables")

    def __init__(self, tables: tuple[LanguageTable, ...] = ()) -> None:
        self.tables = tables or tuple(TABLES.values())
        self.accepted: list[tuple[Any, str]] = []
        self.scripts: list[Any] = []
        """Plain scripts outside every accepted container (a Disqus loader marks a section)."""

    def judge(self, el: Any) -> bool:
        """Accept and tag ``el`` when it is a comment plugin, container or form (outside others)."""
        before = len(self.accepted)
        _judge(el, self.tables, self.accepted)
        if len(self.accepted) == before:
            return False
        _tag(el, self.accepted[-1][1])
        return True

    def containers(self) -> list[Any]:
        """Every container found, outermost only: Disqus scripts first, then the others."""
        loaders = [
            el for el in self.scripts if _disqus(el.get("src") or "") or _disqus(el.text or "")
        ]
        for el in loaders:
            _tag(el, "disqus")
        return [*loaders, *(el for el, _ in self.accepted)]


def _tag(el: Any, name: str) -> None:
    el.set("class", f"{el.get('class') or ''} {MARK}".strip())
    el.set(_NAME_ATTR, name)


def _judge(el: Any, tables: tuple[LanguageTable, ...], containers: list[tuple[Any, str]]) -> None:
    """Add ``el`` to ``containers`` when it is a comment plugin, container or form."""
    tag = el.tag
    if tag.lower() == "fb:comments":
        containers.append((el, "fb-comments"))
        return
    tokens = _tokens(el)
    plugin = next((t for t in tokens if _PLUGIN_TOKEN.match(t)), None)
    if plugin:
        containers.append((el, plugin))
    elif tokens and _is_container(el, tokens, tables):
        name = f"#{el.get('id')}" if el.get("id") else f".{_first_match(tokens)}"
        containers.append((el, name))
    elif tag == "form" and _is_comment_form(el):
        containers.append((el, "form"))


def comment_section(
    blocks: list[Block], containers: list[Any], tables: tuple[LanguageTable, ...] = ()
) -> tuple[CommentSection, Block | None] | None:
    """The comment section and the block that marks it, from the tagged tree and the blocks.

    The marker is the first comment heading or counter (``0 Komentar``,
    ``Komentar Pembaca``): inside a found container first, else anywhere
    outside most-commented widgets; failing both, the container's name
    (``fb-comments``, ``#komentar``).
    """
    tables = tables or tuple(TABLES.values())
    # One search of every table's patterns at once rules out almost every short block
    # (pages have thousands) before the per-table rules run.
    quick = _any_marker_of(tables)
    markers = [
        (b, text)
        for b in blocks
        if len(b.text) <= _MAX_MARKER_CHARS
        and quick.search(text := b.text.lstrip("•□☆* ").strip())
        and _marker_line(text, tables)
        and not _denied(text, tables)
    ]
    inside = [m for m in markers if containers and in_comment_section(m[0])]
    outside = [m for m in markers if m not in inside and not _in_widget(m[0])]
    for block, text in (*inside, *outside):
        count = comment_count(text) if re.search(r"\d", text) else None
        count = count if count is not None else _stated_count(containers)
        return CommentSection(text, "html:heading", count, containers), block
    if not containers:
        return None
    name = containers[0].get(_NAME_ATTR) or "comments"
    return CommentSection(name, f"html:{name}", _stated_count(containers), containers), None


def comment_flags(blocks: list[Block]) -> list[bool]:
    """For each block, whether it sits in a tagged comment container (one walk per region)."""
    memo: dict[int, bool] = {}
    flags = []
    for block in blocks:
        path = []
        region = block.region
        flag = False
        while region is not None:
            known = memo.get(id(region))
            if known is not None:
                flag = known
                break
            if MARK in region.hints:
                flag = True
                break
            path.append(region)
            region = region.parent
        for seen in path:
            memo[id(seen)] = flag
        flags.append(flag)
    return flags


def in_comment_section(block: Block) -> bool:
    """True when the block sits inside a container tagged by :func:`find_comment_containers`."""
    region = block.region
    while region is not None:
        if MARK in region.hints:
            return True
        region = region.parent
    return False


def _in_widget(block: Block) -> bool:
    """Inside a most-commented or popular list: its counters are not this page's comments."""
    region = block.region
    for _ in range(6):
        if region is None:
            return False
        if _WIDGET_HINT.search(region.hints):
            return True
        region = region.parent
    return False


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


def _stated_count(containers: list[Any]) -> int | None:
    """A number in a counter element inside the section ('comments--header__count')."""
    for container in containers:
        for el in container.iter():
            if not isinstance(el.tag, str):
                continue
            # 'count' in one of the tokens, without splitting them (sections have many elements)
            if "count" in f"{el.get('class') or ''} {el.get('id') or ''}".lower():
                digits = _text(el)
                if re.fullmatch(r"\d[\d.,]*", digits):
                    return int(re.sub(r"\D", "", digits))
    return None

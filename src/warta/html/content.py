"""Which blocks of a page are the article: roles body / heading / boilerplate.

A generic algorithm, no per-site selectors. It reads only what
:mod:`warta.html.blocks` put on each block (text, tag, link characters,
class/id hints and the enclosing regions) and works in three steps:

1. **Judge blocks.** A block is *prose* when it reads like running text:
   enough words, few of them inside links, sentence punctuation. Prose adds
   its non-link characters to the *good* mass of every enclosing region;
   link text and short non-prose lines add to the *noise* mass.
2. **Pick the article region.** Regions whose own class/id/role says they
   are not the article (comments, share bars, related lists, newsletter and
   author boxes, captions, ads, navigation, sidebars, footers) turn their
   prose into noise, unless they hold most of the page's prose (a page-wide
   wrapper such as ``<body class="has-sidebar">`` must not disqualify
   everything). The article region is the one with the largest
   ``good - NOISE_WEIGHT * noise``: climbing one level above the article adds
   navigation (noise) and no prose; stopping one level below loses prose.
   Where the body is split into sibling containers (ads between them), their
   common parent wins because the prose it adds outweighs the ads.
3. **Clean inside the region.** Inside the winner, blocks below a
   boilerplate-hinted sub-region, link lists, lines that the language
   tables call boilerplate ("Baca juga: ...", "ADVERTISEMENT") and the
   headline are dropped; short lines between prose paragraphs stay (short
   paragraphs, intertitles); short lines before the first or after the last
   prose paragraph (kicker, date, byline, "Share", "Tags") do not. ``h2``-
   ``h6`` blocks that stay become ``heading`` (intertitles).

Every block leaves with a role and a ``reason`` (shown by
``warta inspect --show-blocks``). Roles other than body/heading are all
``boilerplate`` here; the page layout step (:mod:`warta.html.page`) then
gives headline, date, byline and comment roles to some of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from warta.blocks import Block, Region
from warta.fields.boilerplate import strip_bullet
from warta.lang import TABLES
from warta.memo import WordMemo

DECAY = 0.9
"""What a block's prose or noise counts for each level further up: the tightest region around
the article's paragraphs wins over a page-wide wrapper that also holds teaser texts."""
NOISE_WEIGHT = 1.0
"""How much one character of noise costs against one character of prose when choosing the region."""
WRAPPER_SHARE = 0.5
"""A boilerplate-hinted region holding more than this share of the page's prose is a page wrapper."""
WRAPPER_PARAGRAPHS = 3
"""... and at least this many prose blocks (a footer with one long notice is no wrapper)."""
MAX_LINK_DENSITY = 0.5
"""Blocks with more of their text inside links are link lists, never body."""
PROSE_LINK_DENSITY = 0.35
"""Prose has at most this share of its text inside links."""
LINKED_PROSE_DENSITY = 0.65
"""A long block may have up to this share in links and still be prose (a summary with inline links)."""
LINKED_PROSE_WORDS = 20
"""... when it has at least this many words."""
PHRASE_WORDS = 40
"""Only blocks up to this many words are matched against boilerplate phrases ('Baca juga: ...')."""
INTERTITLE_WORDS = 10
"""A short line between paragraphs with at most this many words may be an intertitle."""
LIST_ITEMS = 3
"""A closing run of this many short lines without links (a list, a table, tour dates) is content."""
PROSE_WORDS = 12
"""A block with this many words (and few links) is prose whatever its punctuation."""
SENTENCE_WORDS = 5
"""A shorter block that still ends like a sentence and has this many words is prose too."""
PROSE_CHARS = 90
"""A block this long (and with few links) is prose too: scripts without spaces (CJK) have few words."""
INLINE_LINK_NOISE = 0.5
"""Weight of link text inside prose as noise: inline links are part of the article."""
SHORT_NOISE = 0.2
"""Weight of the non-link text of short, non-prose lines as noise: table cells and labels are weak evidence."""

# Class/id evidence, matched on token starts so that 'comments',
# 'comment-list' and 'fb-comments' all count while 'recommend' does not count
# as 'comment'. Each pattern names the reason a block under it is dropped.
_NEGATIVE: tuple[tuple[str, str], ...] = (
    ("comments", r"comment|disqus|respon[sd]|komentar|discussion|replies"),
    ("share", r"share|sharing|social|sosmed|addthis|sharethis|socmed|bagikan"),
    (
        "related",
        r"related|terkait|baca-?juga|bacajuga|read-?more|readmore|recommend|rekomendasi|more-?stor|"
        r"also-?read|outbrain|taboola|trending|popular|terpopuler|most-?read|mostread|"
        r"you-?may|further-?read|next-?article|more-?from|more-?on|lainnya|terbaru|latest|"
        r"headlines|teaser|promo",
    ),
    (
        "newsletter",
        r"newsletter|subscri|signup|sign-up|optin|opt-in|registration|inline-?form",
    ),
    (
        "author-box",
        r"author-?bio|author-?box|about-?the-?author|author-?info|bio(?:graphy)?\b|contributor",
    ),
    (
        "caption",
        r"[a-z]*caption|[a-z]*credit|(?:photo|foto|image|img|pic)-?(?:desc|info|text|ket)|"
        r"keterangan|deskripsi|media-?info|photo(?![a-z_-])|foto(?![a-z_-])",
    ),
    (
        "ads",
        r"ads?\b|advert|iklan|sponsor|dfp|banner|doubleclick|adsense|gpt-|adslot|ad-|adunit|commercial",
    ),
    (
        "navigation",
        r"nav|menu|breadcrumb|pagination|pager|paging|skip-?link|masthead|toolbar|site-?header|"
        r"top-?bar|crumbs",
    ),
    ("sidebar", r"sidebar|side-?bar|aside|rail|widget|complementary"),
    ("footer", r"footer|site-?info|contentinfo|copyright|colophon|disclaimer"),
    ("tags", r"tags(?![a-z])|tag-?(?:list|cloud|links|box)|topics|keywords|kata-?kunci"),
    ("meta", r"byline|dateline|timestamp|date|time\b|posted|published|updated|meta|penulis|editor"),
    (
        "hidden",
        r"hidden|sr-only|screen-?reader|visually-?hidden|offscreen|print-|noprint|robots-nocontent",
    ),
    ("popup", r"modal|popup|pop-up|overlay|cookie|consent|gdpr|privacy|dialog|lightbox|toast"),
)
# The token-start lookbehind is shared by every group: written once in front of the
# alternation, a position inside a word fails after one check instead of one per group.
_NEGATIVE_RE = re.compile(
    "(?<![a-z0-9])(?:"
    + "|".join(rf"(?P<g{i}>{pattern})" for i, (_, pattern) in enumerate(_NEGATIVE))
    + ")"
)
_NEGATIVE_REASONS = {f"g{i}": reason for i, (reason, _) in enumerate(_NEGATIVE)}
_EMBED_RE = re.compile(r"(?<![a-z0-9])(?:twitter-tweet|tweet|instagram-media|embed|blockquote)")
"""Embedded posts quoted by the article ('twitter-tweet social-media-embed') are content, not share bars."""
_NEGATIVE_TAGS = {
    "nav": "navigation",
    "aside": "sidebar",
    "footer": "footer",
    "figure": "caption",
    "figcaption": "caption",
}
_POSITIVE_RE = re.compile(
    r"(?<![a-z0-9])(?:article|content|entry|post|story|body|text|main|detail|isi|berita|artikel|read__|itp|prose)"
)
_POSITIVE_TAGS = frozenset({"article", "main"})
_SENTENCE_END = re.compile(r"[.!?…:;\"”’)\]。！？」]\s*$")
_TITLE_END = re.compile(r"[.,;:!?\"”’'…)\]-]\s*$")
_PRINTED_ADDRESS = re.compile(r"https?://\S+|\bwww\.\S+|\b[\w.+-]+@[\w-]+\.[\w.]+")
"""A link whose visible text is an address (URL, e-mail) is printed content, not navigation."""
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


@dataclass(slots=True)
class _Mass:
    """Prose and noise characters under one region, and what its own hints say."""

    good: float = 0.0
    noise: float = 0.0
    negative: str = ""
    """Boilerplate reason of this region or an enclosing one ('' when none)."""
    own_negative: str = ""
    """Boilerplate reason of this region's own hints, page wrappers excepted."""
    positive: bool = False
    articles: int = 0
    """Number of ``<article>`` elements with prose strictly inside: two or more make a listing."""
    raw: float = 0.0
    """Prose weight in this region and below, undecayed (tells page wrappers from boxes)."""
    count: int = 0
    """Prose blocks in this region and below."""
    negative_noise: float = 0.0
    """What this region's own blocks add to ``noise`` if it turns out to be negative."""


def select_content(blocks: list[Block]) -> None:
    """Give every block a role (body, heading, boilerplate) and a reason, in place."""
    if not blocks:
        return
    regions, masses, prose = _region_masses(blocks)
    best = _best_region(regions, masses)
    if best is None:
        for block in blocks:
            _set(block, "boilerplate", "no-content")
        return
    containers = _with_twins(best, regions, masses)
    _assign(blocks, prose, _placements(regions, containers, masses))


# --------------------------------------------------------------------------- step 1: blocks


def _words(text: str) -> int:
    """Words, roughly; text of scripts written without spaces (CJK, Thai) counts two characters a word."""
    words = text.count(" ") + 1
    return max(words, len(text) // 2) if len(text) > 12 * words else words


def _weight(block: Block) -> float:
    """Non-link size of a block in characters of space-separated text."""
    size = len(block.text) - block.link_chars
    return size * 3.0 if len(block.text) > 12 * (block.text.count(" ") + 1) else float(size)


def _is_prose(block: Block, weight: float) -> bool:
    """Running text: enough words with few links, or a long text whose links are inline.

    ``weight`` is the block's :func:`_weight`, which the caller keeps for the masses.
    """
    if block.tag in _HEADING_TAGS:
        return False
    density = block.link_density
    words = _words(block.text)
    if density > PROSE_LINK_DENSITY:
        return density <= LINKED_PROSE_DENSITY and words >= LINKED_PROSE_WORDS
    return (
        words >= PROSE_WORDS
        or weight >= PROSE_CHARS
        or (words >= SENTENCE_WORDS and bool(_SENTENCE_END.search(block.text)))
    )


# --------------------------------------------------------------------------- step 2: region


_NO_MARKS = ("", False, False)


@lru_cache(maxsize=4096)
def _hint_marks(hints: str) -> tuple[str, bool, bool]:
    """What class/id tokens say: the boilerplate reason ('' when none), article, embedded post.

    Cached: pages repeat their class strings. An embedded post's hints give
    no boilerplate reason (a tweet's share bar is content).
    """
    reason = ""
    positive = embed = False
    for token in hints.split():
        marks = _TOKEN_MARKS[token]
        if not reason:
            reason = marks[0]
        positive = positive or marks[1]
        embed = embed or marks[2]
    return ("" if embed else reason), positive, embed


_POSITIVE_OR_EMBED_RE = re.compile(f"{_POSITIVE_RE.pattern}|{_EMBED_RE.pattern}")
"""One search that rules out both marks for most tokens."""


def _judge_token(token: str) -> tuple[str, bool, bool]:
    """One class/id token's negative reason, positive mark and embed mark.

    No pattern above can match across whitespace, and each looks behind and
    ahead only for letters, digits, ``_`` and ``-``; so the leftmost match in
    a hints string is the leftmost match in its first token that has one,
    and tokens can be judged alone.
    """
    match = _NEGATIVE_RE.search(token)
    reason = _NEGATIVE_REASONS[match.lastgroup or ""] if match else ""
    if _POSITIVE_OR_EMBED_RE.search(token) is None:
        return reason, False, False
    return reason, _POSITIVE_RE.search(token) is not None, _EMBED_RE.search(token) is not None


_TOKEN_MARKS = WordMemo(_judge_token, 16384)
"""Tokens (``container``, ``entry-content``, ``sidebar``) recur across pages and
sites far more than whole class strings do: each is judged once."""


def _region_masses(blocks: list[Block]) -> tuple[list[Region], dict[int, _Mass], list[bool]]:
    """Every region enclosing a block (parents first), their masses by region id, and which blocks are prose.

    One pass over the blocks judges them and adds their weights to their own
    regions, for both outcomes of the region's negativity, which is known
    only once the prose totals of the whole page are: the next passes over
    the regions (a page has a few hundred) settle it and sum upwards.
    """
    regions: list[Region] = []
    masses: dict[int, _Mass] = {}
    prose: list[bool] = []
    for block in blocks:
        is_prose = _is_prose(block, weight := _weight(block))
        prose.append(is_prose)
        region = block.region
        if region is None:
            continue
        mass = masses.get(region.id)
        if mass is None:  # most blocks are the first of their element
            parent = region.parent
            if parent is not None and parent.id not in masses:
                _add_regions(parent, regions, masses)
            mass = masses[region.id] = _Mass()
            regions.append(region)
        # Noise and good as if the region is not negative, and noise as if it is.
        if is_prose:
            mass.raw += weight
            mass.count += 1
            mass.good += weight
            mass.noise += INLINE_LINK_NOISE * block.link_chars
        elif block.tag not in _HEADING_TAGS:
            mass.noise += block.link_chars + SHORT_NOISE * (len(block.text) - block.link_chars)
        mass.negative_noise += len(block.text)
    for region in reversed(regions):
        parent = region.parent
        if parent is not None:
            here, up = masses[region.id], masses[parent.id]
            up.raw += here.raw
            up.count += here.count
            up.articles += here.articles
            if region.tag == "article" and here.count:
                up.articles += 1
    total = max((masses[r.id].raw for r in regions if r.parent is None), default=0.0)
    for region in regions:  # parents first: negativity flows down
        mass = masses[region.id]
        marks = _hint_marks(region.hints) if region.hints else _NO_MARKS
        own = _NEGATIVE_TAGS.get(region.tag) or marks[0]
        if own and mass.raw > WRAPPER_SHARE * total and mass.count >= WRAPPER_PARAGRAPHS:
            own = ""
        mass.own_negative = own
        mass.negative = own or (masses[region.parent.id].negative if region.parent else "")
        mass.positive = region.tag in _POSITIVE_TAGS or marks[1]
        if mass.negative:
            mass.good, mass.noise = 0.0, mass.negative_noise
    for region in reversed(regions):
        if region.parent is not None:
            up, here = masses[region.parent.id], masses[region.id]
            up.good += DECAY * here.good
            up.noise += DECAY * here.noise
    return regions, masses, prose


def _add_regions(region: Region, regions: list[Region], masses: dict[int, _Mass]) -> None:
    """Give ``region`` and its enclosing regions not seen yet a mass; list them parents first.

    Blocks come in document order, so the unseen enclosing regions of a block
    opened after every region listed before (a region opened earlier and
    still open would enclose an earlier block, and would have been seen):
    appending each chain parents first keeps ``regions`` in pre-order.
    """
    chain: list[Region] = []
    node: Region | None = region
    while node is not None and node.id not in masses:
        masses[node.id] = _Mass()
        chain.append(node)
        node = node.parent
    chain.reverse()
    regions.extend(chain)


def _best_region(regions: list[Region], masses: dict[int, _Mass]) -> Region | None:
    best: Region | None = None
    best_score = 0.0
    for region in regions:
        mass = masses[region.id]
        if mass.good <= 0 or mass.articles >= 2:
            continue
        score = mass.good - NOISE_WEIGHT * mass.noise
        if mass.positive:
            score += 0.1 * mass.good
        if score > best_score:
            best, best_score = region, score
    return best


# --------------------------------------------------------------------------- step 3: clean


def _with_twins(best: Region, regions: list[Region], masses: dict[int, _Mass]) -> list[Region]:
    """The article region plus its *twins*: regions with the same tag and class that hold prose.

    Sites split one body into several identical containers around figures,
    ads or pull quotes (``<div class="post__content">`` three times); the
    decay keeps their common ancestor from winning, so they are added here.
    A twin nested in the article region or in another twin adds nothing.
    """
    if not best.hints:
        return [best]
    twins = [best]
    inside: dict[int, bool] = {}  # region id -> under best or an accepted twin
    for region in regions:  # parents first
        up = inside.get(region.parent.id, False) if region.parent is not None else False
        if region is best:
            inside[region.id] = True
            continue
        mass = masses[region.id]
        twin = (
            not up
            and region.tag == best.tag
            and region.hints == best.hints
            and mass.good > 0
            and not mass.negative
        )
        if twin:
            twins.append(region)
        inside[region.id] = up or twin
    return twins


@dataclass(slots=True)
class _Place:
    """Where a region sits relative to the article containers (computed parents first)."""

    container: Region | None = None
    reason: str = ""
    """Boilerplate reason of the innermost hinted region between it and its container."""
    embed: bool = False
    """Inside an embedded post (tweet, Instagram) within the container."""


def _placements(
    regions: list[Region], containers: list[Region], masses: dict[int, _Mass]
) -> dict[int, _Place]:
    """One pass over the regions, parents first: no walk up the tree per block."""
    chosen = {c.id for c in containers}
    places: dict[int, _Place] = {}
    outside = _Place()
    for region in regions:
        up = places.get(region.parent.id, outside) if region.parent is not None else outside
        if region.id in chosen:
            places[region.id] = _Place(region)
        elif up.container is None:
            places[region.id] = outside
        else:
            reason = masses[region.id].own_negative or up.reason
            embed = up.embed or bool(region.hints and _hint_marks(region.hints)[2])
            places[region.id] = _Place(up.container, reason, embed)
    return places


def _assign(
    blocks: list[Block],
    prose: list[bool],
    places: dict[int, _Place],
) -> None:
    tentative: list[tuple[Block, str]] = []  # (block, 'body' | 'heading' | 'short' | ...)
    nowhere = _Place()
    for block, is_prose in zip(blocks, prose, strict=True):
        place = places.get(block.region.id, nowhere) if block.region is not None else nowhere
        if place.container is None:
            _set(block, "boilerplate", "outside-content")
            continue
        if place.reason:
            _set(block, "boilerplate", place.reason)
            continue
        printed = _printed_address(block)
        words = _words(block.text)
        phrase = _phrase_reason(block.text) if words <= PHRASE_WORDS else ""
        if phrase and not printed:
            _set(block, "boilerplate", phrase)
            continue
        long = is_prose or words >= PROSE_WORDS
        if not printed and block.link_density > (
            LINKED_PROSE_DENSITY if long else MAX_LINK_DENSITY
        ):
            _set(block, "boilerplate", "links")
            continue
        if block.heading_level == 1:
            _set(block, "boilerplate", "title")
            continue
        if is_prose:
            kind = "body"
        elif block.tag in _HEADING_TAGS:
            kind = "heading"
        elif block.link_chars == 0:
            kind = "item"
        elif place.embed:
            kind = "embed"
        else:
            kind = "short"
        tentative.append((block, kind))
    bodies = [i for i, (_, kind) in enumerate(tentative) if kind == "body"]
    if not bodies:
        for block, _ in tentative:
            _set(block, "boilerplate", "no-prose")
        return
    first, last = bodies[0], _list_end(tentative, bodies[-1])
    for i, (block, kind) in enumerate(tentative):
        if i < first:
            _set(block, "boilerplate", "before-body")
        elif i > last:
            _set(block, "boilerplate", "after-body")
        elif kind == "heading" or (kind in ("short", "item") and _intertitle(tentative, i)):
            _set(block, "heading", "intertitle")
        else:
            _set(block, "body", "prose" if kind == "body" else "between-prose")


def _printed_address(block: Block) -> bool:
    """Whether the block prints addresses (a URL, an e-mail) that its links, if any, consist of.

    A press release's contact line or a shop list's product links show the
    address itself; navigation and related links show words.
    """
    text = block.text
    if "://" not in text and "www." not in text and "@" not in text:
        return False
    size = sum(len(m) for m in _PRINTED_ADDRESS.findall(text))
    return size > 0 and size >= 0.5 * block.link_chars


def _intertitle(tentative: list[tuple[Block, str]], i: int) -> bool:
    """A short line between two prose paragraphs that reads as a title: no sentence end, capitalised.

    Portals often set intertitles as ``<p><strong>Kurang Motivasi</strong></p>``
    rather than ``<h2>``. Runs of short lines (tour dates, list-like lines) are not.
    """
    text = tentative[i][0].text
    return (
        tentative[i][0].tag != "li"
        and tentative[i - 1][1] == "body"
        and i + 1 < len(tentative)
        and tentative[i + 1][1] == "body"
        and _words(text) <= INTERTITLE_WORDS
        and (text[0].isupper() or text[0].isdigit())
        and not _TITLE_END.search(text)
    )


def _list_end(tentative: list[tuple[Block, str]], last: int) -> int:
    """Extend the body's end over a list, table or embedded post that closes the article.

    Lists of plain items (no links) after the last paragraph, optionally
    introduced by a heading, are content ('Qualified teams: ...'); tag lists
    and link lists are not, and they have links.
    """
    i = last + 1
    if i < len(tentative) and tentative[i][1] == "heading":
        i += 1
    run = 0
    while i + run < len(tentative) and tentative[i + run][1] == "item":
        run += 1
    end = i + run - 1 if run >= LIST_ITEMS else last
    while end + 1 < len(tentative) and tentative[end + 1][1] == "embed":
        end += 1  # the attribution line closing an embedded post
    return end


@lru_cache(maxsize=1)
def _phrases() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """The boilerplate phrase patterns of every language table, as two regexes.

    Pages print labels of other languages ('ADVERTISEMENT' on Indonesian
    portals), and the language of the page is not known yet at this stage.
    Patterns anchored at the start (most of them) are tried only there,
    which keeps the combined pattern fast; the others are searched.
    """
    anchored: list[str] = []
    floating: list[str] = []
    reasons: dict[str, str] = {}
    for table in TABLES.values():
        for reason, patterns in table.boilerplate_patterns.items():
            for pattern in patterns:
                name = f"p{len(reasons)}"
                reasons[name] = reason
                (anchored if pattern.startswith("^") else floating).append(f"(?P<{name}>{pattern})")
    return (
        re.compile("|".join(anchored) or "(?!)", re.I),
        re.compile("|".join(floating) or "(?!)", re.I),
        reasons,
    )


def _phrase_reason(text: str) -> str:
    anchored, floating, reasons = _phrases()
    line = strip_bullet(text)
    match = anchored.match(line) or floating.search(line)
    return reasons[match.lastgroup or ""] if match else ""


def _set(block: Block, role: str, reason: str) -> None:
    block.role = role  # type: ignore[assignment]
    block.reason = reason

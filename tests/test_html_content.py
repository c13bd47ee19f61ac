"""HTML main content: the one-pass block builder and the generic body selection.

Real pages: ``fixtures/html/*.html`` (Indonesian portals, copied from
../shared/data/id-portals, with their upstream expectations) and three pages
of the article-extraction-benchmark in ``fixtures/html/bench`` with their
ground truth (see fixtures/README.md). Synthetic pages isolate one rule each.
The whole benchmark is guarded too when ../shared is present.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from warta.blocks import Block
from warta.decode import decode
from warta.errors import EmptyInputError
from warta.html.blocks import HINTS_MAX, build_blocks
from warta.html.content import select_content
from warta.html.tree import parse_tree

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "html"
BENCH = FIXTURES / "bench"
SHARED_BENCH = (
    Path(__file__).resolve().parents[1].parent / "shared" / "data" / "article-extraction-benchmark"
)

SENTENCE = (
    "The city council approved the new budget on Tuesday after a long debate, "
    "and officials said the plan would fund schools, roads and clinics next year."
)


def blocks_of(html: str | bytes) -> list[Block]:
    text = decode(html).text if isinstance(html, bytes) else html
    blocks = build_blocks(parse_tree(text))
    select_content(blocks)
    return blocks


def body(blocks: list[Block]) -> list[Block]:
    return [b for b in blocks if b.role in ("body", "heading")]


def body_text(blocks: list[Block]) -> str:
    return "\n".join(b.text for b in body(blocks))


def shingle_scores(predicted: str, truth: str) -> tuple[float, float]:
    """Precision and recall of 4-token shingles (the benchmark's per-page metric)."""

    def shingles(text: str) -> Counter[tuple[str, ...]]:
        tokens = re.findall(r"\w+", text)
        if len(tokens) < 4:
            return Counter([tuple(tokens)]) if tokens else Counter()
        return Counter(tuple(tokens[i : i + 4]) for i in range(len(tokens) - 3))

    pred, true = shingles(predicted), shingles(truth)
    tp = sum((pred & true).values())
    return tp / max(sum(pred.values()), 1), tp / max(sum(true.values()), 1)


# --------------------------------------------------------------------------- blocks


def test_one_block_per_text_bearing_element_in_document_order() -> None:
    html = """<html><head><title>T</title><style>p{}</style></head><body>
      <h2>Heading</h2>
      <div>Direct text before <p>A paragraph</p> direct text after</div>
      <div>first run<br>second run<br><br>third run</div>
      <ul><li>item one</li><li>item <b>two</b></li></ul>
      <table><tr><td>cell</td><th>head cell</th></tr></table>
      <blockquote>quoted</blockquote>
      <figure><img src="x.jpg" alt="alt text"><figcaption>caption</figcaption></figure>
      <script>var hidden = "script";</script><noscript>no script</noscript>
      <template>template</template><svg><text>svg text</text></svg>
      <iframe>frame</iframe><form>Form label <button>Send</button>
      <select><option>choice</option></select><textarea>typed</textarea></form>
      <div hidden>hidden attr</div><p style="display: none">hidden style</p>
      <span>inline</span> <em>runs</em> join
    </body></html>"""
    got = [(b.tag, b.text) for b in build_blocks(parse_tree(html))]
    assert got == [
        ("h2", "Heading"),
        ("div", "Direct text before"),
        ("p", "A paragraph"),
        ("div", "direct text after"),
        ("div", "first run"),
        ("div", "second run"),
        ("div", "third run"),
        ("li", "item one"),
        ("li", "item two"),
        ("td", "cell"),
        ("th", "head cell"),
        ("blockquote", "quoted"),
        ("figcaption", "caption"),
        ("form", "Form label"),
        ("body", "inline runs join"),
    ]
    assert [b.index for b in build_blocks(parse_tree(html))] == list(range(len(got)))


def test_block_evidence_hints_links_levels_and_regions() -> None:
    long_class = " ".join(f"c{i}" for i in range(200))
    html = f"""<html><body class="{long_class}"><div id="Main" class="Story-Body">
      <h3>Level three</h3>
      <p class="Lead"><a href="/a">Linked words</a> then plain words</p>
      <span class="Related"><div>inside an inline wrapper</div></span>
    </div></body></html>"""
    blocks = build_blocks(parse_tree(html))
    heading, lead, wrapped = blocks
    assert heading.heading_level == 3 and lead.heading_level == 0
    assert lead.hints.startswith("lead story-body main")
    assert "related" in wrapped.hints
    assert all(len(b.hints) <= HINTS_MAX for b in blocks)
    assert lead.link_chars == len("Linked words") == lead.lead_link_chars
    assert lead.region is not None and lead.region.tag == "p"
    assert lead.region.parent is not None and lead.region.parent.hints == "story-body main"
    assert lead.region.parent is heading.region.parent  # shared Region objects
    assert [r.tag for r in lead.region.ancestors()] == ["p", "div", "body", "html"]


def test_empty_and_textless_inputs() -> None:
    for text in ("", "   ", "<!-- only a comment -->"):
        with pytest.raises(EmptyInputError):
            parse_tree(text)
    blocks = build_blocks(parse_tree("<html><body><script>x()</script><img src=a></body></html>"))
    assert blocks == []
    select_content(blocks)  # nothing to do, no error
    nav_only = blocks_of(
        "<html><body><nav><a href=/>Home</a> <a href=/b>News</a></nav>"
        "<ul><li><a href=/c>Sport</a></li></ul></body></html>"
    )
    assert body(nav_only) == []
    assert {b.role for b in nav_only} == {"boilerplate"}


# --------------------------------------------------------------------------- selection


def synthetic_page(wrap: int = 0) -> str:
    """A news page with every kind of furniture around a five-paragraph article."""
    paragraphs = "\n".join(f"<p>{i}. {SENTENCE}</p>" for i in range(1, 4))
    article = f"""
      <h1>Council approves the budget</h1>
      <div class="byline">By Jane Doe</div>
      <div class="share-bar"><a href="/fb">Facebook</a> <a href="/tw">Twitter</a> Share</div>
      <figure><img src="a.jpg"><figcaption>The council chamber. Photo: John Roe</figcaption></figure>
      {paragraphs}
      <p>Baca juga: <a href="/other">Warga menyambut anggaran baru kota</a></p>
      <h2>What happens next</h2>
      <p>4. {SENTENCE}</p>
      <div class="related-articles"><h3>Related</h3>
        <p>Another story about the council and its long, long history in the city
        and the region, told in many words for readers who like history.</p></div>
      <p>5. {SENTENCE}</p>
      <div class="newsletter-box"><p>Sign up for our newsletter to get the best stories of
        the day delivered to your inbox every single morning, free of charge.</p></div>
      <div class="author-bio"><p>Jane Doe covers city hall for the paper and has written about
        local government for more than ten years in three different cities.</p></div>"""
    for _ in range(wrap):
        article = f"<div>{article}</div>"
    comments = "".join(
        f'<div class="comment"><p>Reader {i} wrote a long comment: {SENTENCE}</p></div>'
        for i in range(6)
    )
    nav = "".join(f'<li><a href="/s{i}">Section {i}</a></li>' for i in range(12))
    return f"""<html><body>
      <header><nav><ul>{nav}</ul></nav></header>
      <main><article class="story">{article}</article>
      <section id="comments"><h2>Comments</h2>{comments}</section></main>
      <aside class="sidebar"><p>Most read: {SENTENCE}</p><p>Trending: {SENTENCE}</p></aside>
      <footer><p>Copyright 2024 The Daily Example. All rights reserved.</p></footer>
    </body></html>"""


def test_synthetic_page_body_is_the_article_only() -> None:
    blocks = blocks_of(synthetic_page())
    got = body(blocks)
    assert [b.text[:2] for b in got if b.role == "body"] == ["1.", "2.", "3.", "4.", "5."]
    assert [b.text for b in got if b.role == "heading"] == ["What happens next"]
    reasons = {b.text[:20]: b.reason for b in blocks if b.role == "boilerplate"}
    assert reasons["Baca juga: Warga men"] == "baca-juga"
    assert reasons["Facebook Twitter Sha"] == "share"
    assert reasons["Another story about "] == "related"
    assert reasons["Sign up for our news"] == "newsletter"
    assert reasons["Jane Doe covers city"] == "author-box"
    assert reasons["The council chamber."] == "caption"
    assert reasons["Council approves the"] == "title"
    assert all(not b.text.startswith("Reader") for b in got)
    assert all(b.reason for b in blocks)


def test_article_wrapped_in_300_nested_divs_is_still_extracted() -> None:
    blocks = blocks_of(synthetic_page(wrap=300))
    assert [b.text[:2] for b in body(blocks) if b.role == "body"] == ["1.", "2.", "3.", "4.", "5."]
    deepest = max(b.region.depth for b in blocks if b.region is not None)
    assert deepest > 300


def test_body_split_over_twin_containers_is_joined() -> None:
    part = '<div class="post__content">' + "".join(f"<p>{SENTENCE}</p>" for _ in range(3))
    html = (
        f"<html><body><article>{part}</div>"
        '<figure><img src="x"><figcaption>A figure between the parts</figcaption></figure>'
        f"{part.replace(SENTENCE, 'Second part: ' + SENTENCE)}</div></article></body></html>"
    )
    texts = [b.text for b in body(blocks_of(html))]
    assert len(texts) == 6 and texts[-1].startswith("Second part")


def test_listing_of_several_articles_is_not_one_container() -> None:
    teaser = "".join(f"<article><p>Teaser {i}: {SENTENCE}</p></article>" for i in range(4))
    html = (
        "<html><body><div class='posts'>"
        f"<article><h1>Main</h1><p>Main story: {SENTENCE} {SENTENCE} {SENTENCE}</p></article>"
        f"{teaser}</div></body></html>"
    )
    assert [b.text[:10] for b in body(blocks_of(html))] == ["Main story"]


def test_printed_addresses_are_content_link_lists_are_not() -> None:
    paragraphs = "".join(f"<p>{SENTENCE}</p>" for _ in range(3))
    html = (
        f"<html><body><article>{paragraphs}"
        '<p>KONTAK: <a href="mailto:info@example.org">info@example.org</a></p>'
        '<p><a href="https://example.org/press">https://example.org/press</a></p>'
        '<p><a href="/a">Read</a> <a href="/b">More</a> <a href="/c">Stories</a></p>'
        f"<p>{SENTENCE}</p></article></body></html>"
    )
    by_text = {b.text: b for b in blocks_of(html)}
    assert by_text["KONTAK: info@example.org"].role == "body"
    assert by_text["https://example.org/press"].role == "body"
    assert by_text["Read More Stories"].reason == "links"


# --------------------------------------------------------------------------- real portal pages


def fixture_blocks(name: str) -> list[Block]:
    return blocks_of((FIXTURES / f"{name}.html").read_bytes())


def test_kompas_baca_juga_inserts_leave_the_body() -> None:
    blocks = fixture_blocks("kompas-2023-menhub")
    got = body(blocks)
    assert got[0].text.startswith("JAKARTA, KOMPAS.com - Menteri Perhubungan (Menhub) Budi Karya")
    assert got[-1].text.startswith("Saat ini, ketersediaan suku cadang pesawat terbatas")
    assert not any("Baca juga" in b.text for b in got)
    inserts = [b for b in blocks if b.text.startswith("Baca juga:")]
    assert len(inserts) == 3 and {b.reason for b in inserts} == {"baca-juga"}
    assert not any(b.text.startswith("Bagikan") for b in got)


def test_detik_ads_video_and_share_leave_the_body() -> None:
    got = body(fixture_blocks("detik-2023-stroke"))
    assert got[0].text.startswith("Seorang wanita muda terkena stroke di usia 26 tahun")
    assert got[-1].text.startswith("Kini, Donna bekerja untuk mendukung National Health Service")
    texts = " ".join(b.text for b in got)
    for furniture in ("ADVERTISEMENT", "SCROLL TO CONTINUE", "Baca juga", "Simak Video", "BAGIKAN"):
        assert furniture not in texts


def test_tempo_intertitles_stay_as_headings() -> None:
    got = body(fixture_blocks("tempo-singlepage"))
    headings = [b.text for b in got if b.role == "heading"]
    assert "Kurang Motivasi" in headings and "Tidak Punya Waktu" in headings
    assert got[0].text.startswith("TEMPO.CO, Jakarta - Organisasi Kesehatan Dunia")


@pytest.mark.parametrize(
    "name", sorted(p.stem for p in (FIXTURES / "upstream").glob("*.json")) or ["none"]
)
def test_upstream_content_recall(name: str) -> None:
    """The id-portals rule: 4-token shingle recall of upstream ``content`` >= 0.9."""
    expected = json.loads((FIXTURES / "upstream" / f"{name}.json").read_text(encoding="utf-8"))
    _, recall = shingle_scores(body_text(fixture_blocks(name)), expected["content"])
    assert recall >= 0.9


# --------------------------------------------------------------------------- benchmark pages


def bench_pages() -> list[tuple[str, str]]:
    truth = json.loads((BENCH / "ground-truth.json").read_text(encoding="utf-8"))
    return [(sha, truth[sha]["articleBody"]) for sha in sorted(truth)]


def bench_blocks(sha: str) -> list[Block]:
    return blocks_of(gzip.decompress((BENCH / f"{sha}.html.gz").read_bytes()))


@pytest.mark.parametrize("sha,truth", bench_pages(), ids=lambda v: v[:12])
def test_benchmark_fixture_pages_start_end_and_score(sha: str, truth: str) -> None:
    got = body(bench_blocks(sha))
    lines = [line for line in truth.split("\n") if line.strip()]
    assert got[0].text.startswith(lines[0][:60])
    assert got[-1].text.startswith(lines[-1][:40])
    precision, recall = shingle_scores(body_text(bench_blocks(sha)), truth)
    assert precision >= 0.95 and recall >= 0.95


def test_benchmark_intertitles_author_box_and_related_stories() -> None:
    quanta = bench_blocks("bdb56ac83513635db1d8b9eb46b2da4c0de8da2f1f28f5bf5163df3eb3d3ec06")
    headings = [b.text for b in quanta if b.role == "heading"]
    assert "Not Merely Taste and Smell Receptors" in headings and "A Job for Tuft Cells" in headings
    cbs = bench_blocks("9a440270bf8625d586039dfae1b8df409b467524e075124cd7a5424a5806901b")
    by_text = {b.text: b for b in cbs}
    assert by_text["Our Latest Stories"].role == "boilerplate"
    bio = next(b for b in cbs if b.text.startswith("Roger Gonzalez is an award-winning writer"))
    assert (bio.role, bio.reason) == ("boilerplate", "author-box")
    assert by_text["Wales (Group E): Second appearance"].role == "body"  # closing list kept


def test_whole_benchmark_guard() -> None:
    """The content stage alone keeps F1 >= 0.965 on the 181 pages (the target is 0.970)."""
    if not (SHARED_BENCH / "ground-truth.json").is_file():
        pytest.skip(
            f"{SHARED_BENCH} is absent: the benchmark guard needs ../shared beside the repo"
        )
    truth = json.loads((SHARED_BENCH / "ground-truth.json").read_text(encoding="utf-8"))
    precisions, recalls = [], []
    for sha, item in truth.items():
        raw = gzip.decompress((SHARED_BENCH / "html" / f"{sha}.html.gz").read_bytes())
        p, r = shingle_scores(body_text(blocks_of(raw)), item["articleBody"])
        precisions.append(p)
        recalls.append(r)
    p, r = sum(precisions) / len(precisions), sum(recalls) / len(recalls)
    assert 2 * p * r / (p + r) >= 0.965


# --------------------------------------------------------------------------- --show-blocks


def test_show_blocks_names_roles_and_reasons(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from warta.cli import main

    monkeypatch.setenv("COLUMNS", "250")  # rich wraps cells at the terminal width

    assert main(["inspect", "--show-blocks", str(FIXTURES / "kompas-2023-menhub.html")]) == 0
    out = capsys.readouterr().out
    assert "baca-juga" in out and "outside-content" in out
    assert re.search(r"body \d+ \(\d+ chars\)", out)


def test_show_blocks_of_a_rejected_page_shows_the_content_stage(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from warta.cli import main

    monkeypatch.setenv("COLUMNS", "250")

    assert main(["inspect", "--show-blocks", str(FIXTURES / "kompas-mainpage.html")]) == 0
    out = capsys.readouterr().out
    assert "rejects this page" in out and "input.not_article" in out
    assert "blocks;" in out


# --- one walk: blocks, scan and comment sections -------------------------------------

_COMMENT_PAGES = [
    # A comment container with a counter, a Disqus loader inside it and one outside.
    f"""<html><body><article><p>{SENTENCE}</p></article>
    <div id="komentar" class="comments-area"><h3>3 Komentar</h3>
    <div class="comment-body"><p>Nice piece, thank you.</p></div>
    <script>var disqus_shortname = "x";</script></div>
    <script src="https://x.disqus.com/embed.js"></script></body></html>""",
    # Hidden and skipped markup: a hidden comment box, a leaf plugin, metadata in <svg>.
    f"""<html><head><meta property="og:title" content="T"></head><body>
    <div style="display:none" class="comment-list"><span class="comment-count">4</span>
    <div class="comment"><p>inside</p></div></div>
    <iframe class="fb-comments" src="x"></iframe>
    <svg><g itemprop="author" class="breadcrumb"></g></svg>
    <nav itemtype="https://schema.org/BreadcrumbList"><a href="/">Home</a></nav>
    <p>{SENTENCE}</p><fb:comments href="x"></fb:comments>
    <form class="comment-form"><textarea name="comment"></textarea></form>
    <ul class="most-commented"><li><a href="/a">One two three four five</a></li></ul>
    </body></html>""",
]


@pytest.mark.parametrize("html", _COMMENT_PAGES)
def test_one_walk_matches_separate_scan_and_comment_passes(html: str) -> None:
    from warta.html.comments import CommentFinder, find_comment_containers
    from warta.html.scan import Scan, scan

    def described(blocks: list[Block]) -> list[tuple[str, str, list[str]]]:
        return [
            (b.text, b.hints, [r.hints for r in b.region.ancestors()] if b.region else [])
            for b in blocks
        ]

    def names(elements: list[object]) -> list[str]:
        return [f"{el.tag}{sorted(el.attrib.items())}" for el in elements]  # type: ignore[attr-defined]

    separate = parse_tree(html)
    found = scan(separate)
    containers = find_comment_containers(separate, (), found)
    blocks = build_blocks(separate)

    merged = parse_tree(html)
    walked, finder = Scan(), CommentFinder()
    merged_blocks = build_blocks(merged, walked, finder)

    assert names(finder.containers()) == names(containers)
    assert containers  # the pages do hold comment sections
    assert described(merged_blocks) == described(blocks)
    for name in Scan.__slots__:
        value, expected = getattr(walked, name), getattr(found, name)
        if isinstance(expected, list):
            assert names(value) == names(expected), name
        else:
            assert (value is None) == (expected is None), name


def test_caseless_patterns_match_what_re_i_matches() -> None:
    from warta.read import _caseless

    # Every character re.I pairs with an ASCII letter (Kelvin sign, long s, dotted and dotless i).
    odd = "KſİıÅ"
    for word in ("script", "style", "noscript", "template", "textarea", "title", "frameset"):
        pattern = re.compile(_caseless(word))
        for letter in sorted(set(word)):
            for ch in {letter, letter.upper(), *odd}:
                variant = word.replace(letter, ch)
                assert bool(pattern.fullmatch(variant)) == bool(
                    re.fullmatch(word, variant, re.I)
                ), variant


@pytest.mark.parametrize(
    "hints",
    [
        "post-content share-bar",
        "entry\tcontent\u00a0sidebar",
        "ads ad-slot",
        "ads_x photo credit",
        "twitter-tweet social-share",
        "main comments",
        "author-bio read__content",
        "time nav",
        "menu-time\nfooter",
        "",
    ],
)
def test_hint_marks_by_token_match_the_whole_string(hints: str) -> None:
    """Hints are judged token by token (remembered per token): the answers of the whole-string regexes."""
    from warta.html import content

    match = content._NEGATIVE_RE.search(hints)
    reason = (
        ""
        if match is None or content._EMBED_RE.search(hints)
        else content._NEGATIVE_REASONS[match.lastgroup or ""]
    )
    assert content._hint_marks(hints) == (
        reason,
        content._POSITIVE_RE.search(hints) is not None,
        content._EMBED_RE.search(hints) is not None,
    )

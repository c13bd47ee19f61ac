"""HTML pages: metadata evidence, layout roles, comments and not-an-article rejection.

Real pages live in ``fixtures/html`` (copied from ../shared/data/id-portals,
see fixtures/README.md) with their upstream expectations in
``fixtures/html/upstream``; the synthetic pages below isolate one rule each.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path

import pytest

import warta
from warta.errors import NotAnArticleError
from warta.html.metadata import is_person_name, parse_json_ld, read_metadata, split_people
from warta.html.tree import parse_tree
from warta.model import Article

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "html"
SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "id-portals" / "html"
WIB = dt.timezone(dt.timedelta(hours=7))
UPSTREAM_PAGES = sorted(p.stem for p in (FIXTURES / "upstream").glob("*.json"))
# The one documented exception of the scoring rules (id-portals README).
PUBLISHED_OVERRIDES = {"detik-singlepage2": "2016-02-23T15:32:00+07:00"}

LOREM = (
    "Pemerintah kota itu meresmikan program baru untuk warga pada pekan ini. "
    "Program tersebut mencakup bantuan pendidikan, kesehatan dan perumahan bagi keluarga "
    "yang membutuhkan, kata pejabat setempat kepada wartawan di kantornya."
)


def page(fixture: str) -> Article:
    path = FIXTURES / f"{fixture}.html"
    return warta.parse_html(path.read_bytes(), source=path.name)


def n(text: str) -> str:
    return " ".join(
        text.translate(dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\ufeff"))).split()
    )


def recall(predicted: str, truth: str) -> float:
    def shingles(text: str) -> Counter[tuple[str, ...]]:
        tokens = re.findall(r"\w+", text)
        return Counter(tuple(tokens[i : i + 4]) for i in range(max(len(tokens) - 3, 1)))

    pred, true = shingles(predicted), shingles(truth)
    tp = sum(min(c, pred[s]) for s, c in true.items())
    return tp / max(sum(true.values()), 1)


def synthetic(
    head: str = "", body: str = "", *, title: str = "Judul Berita Contoh Hari Ini"
) -> bytes:
    html = (
        f"<html lang='id'><head><title>{title} - Contoh.com</title>{head}</head><body>"
        f"<div class='article'><h1>{title}</h1>"
        f"<p>{LOREM}</p><p>{LOREM} Kedua.</p><p>{LOREM} Ketiga.</p></div>{body}</body></html>"
    )
    return html.encode("utf-8")


# --- real pages against their upstream expectations ------------------------------


@pytest.mark.parametrize("name", UPSTREAM_PAGES)
def test_upstream_fields(name: str) -> None:
    upstream = json.loads((FIXTURES / "upstream" / f"{name}.json").read_text(encoding="utf-8"))
    article = warta.parse_html((FIXTURES / f"{name}.html").read_bytes(), url=upstream["url"])
    assert n(article.headline) == n(upstream["title"])
    assert article.published is not None and isinstance(article.published.value, dt.datetime)
    want = dt.datetime.fromisoformat(PUBLISHED_OVERRIDES.get(name, upstream["published"]))
    assert article.published.value.replace(second=0) == want.replace(second=0)
    body = "\n".join(p.text for p in article.body)
    if article.dateline is not None:
        body = f"{article.dateline.raw} {body}"
    assert recall(body, upstream["content"]) >= 0.9


def test_kompas_2015_fields() -> None:
    article = page("kompas-singlepage")
    assert article.section == "Regional"  # last breadcrumb, not 'News'
    assert article.headline == "Polres Lhokseumawe Serahkan Anggota Di Minimi ke Kejaksaan"
    assert article.provenance["headline"] == "text"
    assert article.published is not None
    assert article.published.value == dt.datetime(2015, 11, 4, 21, 4, tzinfo=WIB)
    assert article.published.source == "header"
    assert article.byline is not None and article.byline.people == ["Masriadi"]
    assert article.byline.raw == "Penulis : Kontributor Lhokseumawe, Masriadi"
    assert article.source.url and article.source.url.startswith(
        "http://regional.kompas.com/read/2015"
    )


def test_kompas_2023_multi_page_and_authors() -> None:
    article = page("kompas-2023-menhub")
    assert article.headline == "Menhub Bocorkan Penyebab Harga Tiket Pesawat Masih Mahal"
    assert article.published is not None
    assert article.published.value == dt.datetime(2023, 11, 2, 21, 34, 19, tzinfo=WIB)
    assert article.next_page is not None and article.next_page.endswith("?page=2")
    assert any(w.code == "article.multi_page" for w in article.warnings)
    # meta author is the company; JSON-LD author is the editor (content_editor).
    assert article.byline is not None
    assert article.byline.people == ["Isna Rifka Sri Rahayu"]
    assert article.section == "Whats New"


def test_detik_2015_untrusted_z() -> None:
    article = page("detik-singlepage")
    assert article.headline == "Google Umbar Kelemahan Galaxy S6 Edge"
    assert article.published is not None
    # pubdate '2015-11-05 T10:08:58Z' means WIB (the page shows 10:08 WIB).
    assert article.published.value == dt.datetime(2015, 11, 5, 10, 8, 58, tzinfo=WIB)
    assert article.section == "Security"
    assert article.byline is not None and article.byline.people == ["Fino Yurio Kristo"]


def test_detik_photo_page_trusts_the_visible_date() -> None:
    article = page("detik-singlepage2")
    assert article.published is not None
    assert article.published.value == dt.datetime(2016, 2, 23, 15, 32, tzinfo=WIB)
    assert article.published.source == "header"
    assert any(w.code == "date.metadata_disagrees" for w in article.warnings)


def test_detik_2023_fields() -> None:
    article = page("detik-2023-stroke")
    assert article.published is not None
    assert article.published.value == dt.datetime(2023, 11, 2, 20, 59, 53, tzinfo=WIB)
    assert article.byline is not None and article.byline.people == ["Vidya Pinandhita"]
    assert article.section == "True Story"
    assert article.comments.present and article.comments.count == 0


def test_tempo_republika_antara_liputan6_viva() -> None:
    tempo = page("tempo-singlepage")
    assert tempo.headline == "Ini 7 Alasan Mengapa Orang Malas Bergerak"  # '| Tempo Gaya' gone
    republika = page("republika-singlepage")
    assert republika.headline == "Marcella Zalianty Promo Pariwisata Indonesia Lewat Film"
    assert (
        republika.dateline is not None and republika.dateline.raw == "REPUBLIKA.CO.ID, JAKARTA --"
    )
    assert republika.comments.present
    assert republika.section == "Nasional"  # 'Home > News > Nasional' printed as one line
    antara = page("antara-singlepage")
    assert antara.byline is not None and antara.byline.people == ["Nur Imansyah"]
    assert antara.comments.marker == "Komentar Pembaca"
    liputan6 = page("liputan6-singlepage2")
    assert liputan6.section == "ShowBiz"
    assert liputan6.comments.present and liputan6.comments.count == 0
    viva = page("viva-singlepage")
    assert viva.byline is not None and viva.byline.people == ["Maya Sofia"]
    assert viva.comments.marker == "KOMENTARI ARTIKEL INI"


def test_kapanlagi_prefix_and_lying_charset() -> None:
    article = page("kapanlagi-singlepage")
    assert article.headline == "Brandon Salim Makin Dekat Dengan Sivia Blink di 'HEART BEAT'"
    assert article.source.encoding == "utf-8"
    assert article.language == "id"  # <html lang="en"> lies
    kicker = [r for r in article.boilerplate if r.reason == "label above the headline"]
    assert [r.text for r in kicker] == ["FILM INDONESIA"]


def test_english_page() -> None:
    article = page("tempo-english-singlepage")
    assert article.language == "en"
    assert article.headline == "Indonesia can Learn from Finland`s Peatland Fire Case: Pratikno"


# --- not an article ----------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["kompas-mainpage", "antara-mainpage", "tempo-mainpage", "okezone-mainpage"]
)
def test_front_pages_and_feeds_are_rejected(name: str) -> None:
    with pytest.raises(NotAnArticleError):
        page(name)


def test_every_shared_mainpage_is_rejected() -> None:
    if not SHARED.is_dir():
        pytest.skip("../shared/data/id-portals is not beside the repository")
    for path in sorted(SHARED.glob("*-mainpage.html")):
        with pytest.raises(NotAnArticleError):
            warta.parse_html(path.read_bytes(), source=path.name)


def test_atom_feed_is_rejected() -> None:
    feed = (
        "<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><entry><title>Berita A</title>"
        f"<summary>{LOREM}</summary></entry></feed>"
    ).encode()
    with pytest.raises(NotAnArticleError, match="feed"):
        warta.parse_html(feed)


def test_site_root_is_rejected() -> None:
    with pytest.raises(NotAnArticleError, match="front or index"):
        warta.parse_html(synthetic("<link rel='canonical' href='https://contoh.com/'>"))
    with pytest.raises(NotAnArticleError, match="front or index"):
        warta.parse_html(synthetic(), url="https://contoh.com/indeks")


def test_website_without_date_is_rejected() -> None:
    with pytest.raises(NotAnArticleError, match="website"):
        warta.parse_html(synthetic("<meta property='og:type' content='website'>"))


def test_plain_article_is_accepted() -> None:
    article = warta.parse_html(synthetic(), url="https://contoh.com/read/2024/01/02/judul-berita")
    assert article.headline == "Judul Berita Contoh Hari Ini"
    assert len(article.body) == 3


# --- JSON-LD -----------------------------------------------------------------------

ARTICLE_LD = {
    "@type": "NewsArticle",
    "headline": "Judul dari JSON-LD",
    "datePublished": "2024-01-02T10:11:12+07:00",
    "author": {"@type": "Person", "name": "Sutrisno"},
    "articleSection": "Nasional",
}


def ld_evidence(script: str) -> dict[str, list[str]]:
    html = f"<html><head><script type='application/ld+json'>{script}</script></head><body></body></html>"
    evidence = read_metadata(parse_tree(html))
    return {k: [c.value for c in v] for k, v in evidence.items()}


def test_json_ld_graph_and_arrays() -> None:
    graph = json.dumps(
        {
            "@context": "https://schema.org",
            "@graph": [{"@type": "WebSite", "name": "X"}, ARTICLE_LD],
        }
    )
    assert ld_evidence(graph)["published"] == ["2024-01-02T10:11:12+07:00"]
    array = json.dumps(
        [{"@type": "Organization", "name": "Contoh"}, {**ARTICLE_LD, "@type": ["NewsArticle"]}]
    )
    evidence = ld_evidence(array)
    assert evidence["headline"] == ["Judul dari JSON-LD"]
    assert evidence["author"] == ["Sutrisno"]  # a single-word name is a name
    assert evidence["section"] == ["Nasional"]


@pytest.mark.parametrize("kind", ["ReportageNewsArticle", "BlogPosting", "Article"])
def test_json_ld_article_types(kind: str) -> None:
    assert ld_evidence(json.dumps({**ARTICLE_LD, "@type": kind}))["headline"] == [
        "Judul dari JSON-LD"
    ]


def test_broken_json_ld_is_tolerated() -> None:
    trailing = '{"@type": "NewsArticle", "headline": "Koma",  "author": [{"name": "Budi"},],}'
    assert parse_json_ld(trailing)[0]["headline"] == "Koma"
    control = '{"@type": "NewsArticle", "headline": "Baris\nbaru\ttab"}'
    assert parse_json_ld(control)[0]["headline"] == "Baris\nbaru\ttab"
    escaped = (
        "{&quot;@type&quot;: &quot;NewsArticle&quot;, &quot;headline&quot;: &quot;Lolos&quot;}"
    )
    assert parse_json_ld(escaped)[0]["headline"] == "Lolos"
    several = '{"@type": "WebSite"} {"@type": "NewsArticle", "headline": "Kedua"}'
    assert [v["@type"] for v in parse_json_ld(several)] == ["WebSite", "NewsArticle"]
    assert (
        parse_json_ld("<!-- " + json.dumps(ARTICLE_LD) + " -->")[0]["headline"]
        == "Judul dari JSON-LD"
    )
    assert parse_json_ld("{not json at all") == []
    assert ld_evidence("{broken") == {}


def test_breadcrumb_list_gives_the_last_item_but_never_home() -> None:
    crumbs = {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 2, "name": "Ekonomi"},
            {"@type": "ListItem", "position": 1, "name": "Home"},
        ],
    }
    assert ld_evidence(json.dumps(crumbs))["section"] == ["Ekonomi"]
    only_home = {"@type": "BreadcrumbList", "itemListElement": [{"position": 1, "name": "Home"}]}
    assert "section" not in ld_evidence(json.dumps(only_home))


# --- OpenGraph, meta, microdata ------------------------------------------------------


def test_meta_tags_and_sources() -> None:
    head = (
        "<meta property='og:title' content='Judul OG - Contoh.com'>"
        "<meta property='article:published_time' content='2024-01-02T03:04:05+00:00'>"
        "<meta name='content_PublishedDate' content='2024-01-02 10:04:05'>"
        "<meta name='author' content='PT Contoh Media Nusantara'>"
        "<meta name='content_author' content='Penulis: Rina Wulandari'>"
        "<meta name='DC.language' content='id'>"
        "<link rel='canonical' href='/read/2024/01/02/judul'>"
        "<link rel='next' href='/read/2024/01/02/judul?page=2'>"
    )
    html = (
        f"<html><head>{head}</head><body><time datetime='2024-01-02T10:04'>x</time></body></html>"
    )
    evidence = read_metadata(parse_tree(html), url="https://contoh.com/x")
    published = evidence["published"]
    assert published[0].source == "meta:article:published_time"  # explicit offset first
    assert [c.source for c in published[1:]] == ["meta:content_publisheddate", "time[datetime]"]
    assert [c.value for c in evidence["author"]] == ["Rina Wulandari"]  # label gone, company out
    assert evidence["url"][0].value == "https://contoh.com/read/2024/01/02/judul"
    assert evidence["next_page"][0].value.endswith("?page=2")
    assert evidence["language"][0].value == "id"


def test_people_rules() -> None:
    keys = {"kompas", "liputan6"}
    assert is_person_name("Sutrisno", site_keys=keys)
    assert is_person_name("DINI TEJA", site_keys=keys)
    assert not is_person_name("Kompas Cyber Media", site_keys=keys)
    assert not is_person_name("Liputan6.com", site_keys=keys)
    assert not is_person_name("prwir", site_keys=keys)  # a handle
    assert not is_person_name("https://www.facebook.com/kompascom", site_keys=keys)
    assert split_people("Budisantoso Budiman dan Agus S") == ["Budisantoso Budiman", "Agus S"]
    assert split_people("Oleh : Maya Sofia") == ["Maya Sofia"]


def test_headline_prefers_visible_title_over_site_suffix() -> None:
    head = "<meta property='og:title' content='Contoh.com: Judul Berita Contoh Hari Ini'>"
    article = warta.parse_html(synthetic(head), url="https://contoh.com/read/1/judul")
    assert article.headline == "Judul Berita Contoh Hari Ini"
    assert article.provenance["headline"] == "text"


def test_future_metadata_date_is_a_warning() -> None:
    head = "<meta property='article:published_time' content='2999-01-01T00:00:00+07:00'>"
    article = warta.parse_html(synthetic(head), url="https://contoh.com/read/1/judul")
    assert article.published is None or article.published.value.year != 2999
    assert any(w.code.startswith("date.") for w in article.warnings)


# --- comment sections ----------------------------------------------------------------

COMMENT_TEXT = (
    "Saya sangat tidak setuju dengan kebijakan ini karena merugikan warga kecil di daerah kami, "
    "pemerintah harus mendengarkan suara rakyat sebelum mengambil keputusan yang penting."
)


@pytest.mark.parametrize(
    ("markup", "marker"),
    [
        ("<div class='fb-comments' data-href='x'></div>", "fb-comments"),
        ("<div id='disqus_thread'></div>", "disqus_thread"),
        ("<div id='komentar'><h3>Tulis Komentar</h3></div>", "Tulis Komentar"),
        (
            f"<section id='comments'><h3>12 Komentar</h3><p>{COMMENT_TEXT}</p></section>",
            "12 Komentar",
        ),
        ("<form action='/comment/post'><textarea name='comment'></textarea></form>", "form"),
        ("<h3>Komentar</h3>", "Komentar"),
    ],
)
def test_comment_section_detected(markup: str, marker: str) -> None:
    article = warta.parse_html(synthetic(body=markup), url="https://contoh.com/read/1/judul")
    assert article.comments.present
    assert article.comments.marker == marker
    assert all(COMMENT_TEXT not in p.text for p in article.body)
    if marker == "12 Komentar":
        assert article.comments.count == 12


def test_most_commented_widget_is_not_a_comment_section() -> None:
    widget = (
        "<div class='most-commented'><h3>Terkomentari</h3><ul>"
        "<li><a href='/a'>Berita lain yang banyak sekali dikomentari pembaca</a> 120 komentar</li>"
        "<li><a href='/b'>Berita kedua yang juga ramai dibicarakan warga</a> 80 komentar</li>"
        "</ul></div>"
    )
    article = warta.parse_html(synthetic(body=widget), url="https://contoh.com/read/1/judul")
    assert not article.comments.present


def test_no_comment_section() -> None:
    article = warta.parse_html(synthetic(), url="https://contoh.com/read/1/judul")
    assert article.comments.present is False and article.comments.marker is None


# --- multi-page, photo stories, short articles ------------------------------------------


def test_next_page_from_halaman_selanjutnya() -> None:
    url = "https://contoh.com/read/2024/01/02/judul-berita"
    pager = (
        "<div class='pager'><span>Halaman Selanjutnya</span>"
        f"<h5><a href='{url}?page=2'>Lanjutan cerita di halaman berikutnya</a></h5></div>"
    )
    head = "<meta name='content_total_pages' content='2'>"
    article = warta.parse_html(synthetic(head, pager), url=url)
    assert article.next_page == f"{url}?page=2"
    warning = next(w for w in article.warnings if w.code == "article.multi_page")
    assert "of 2" in warning.message


def test_photo_story_captions_are_its_body() -> None:
    ld = json.dumps({"@type": "NewsArticle", "headline": "Foto Banjir Di Kota Contoh Hari Ini"})
    html = (
        f"<html><head><script type='application/ld+json'>{ld}</script></head><body>"
        "<h1>Foto Banjir Di Kota Contoh Hari Ini</h1><div class='gallery'>"
        "<figure><img src='a.jpg'><figcaption>Warga melintasi banjir di jalan utama kota, "
        "Senin (1/1). (ANTARA/Budi)</figcaption></figure>"
        "<figure><img src='b.jpg'><figcaption>Petugas mengevakuasi warga dengan perahu karet "
        "di permukiman. (ANTARA/Budi)</figcaption></figure></div></body></html>"
    )
    article = warta.parse_html(html, url="https://contoh.com/foto/1/banjir")
    assert article.headline == "Foto Banjir Di Kota Contoh Hari Ini"
    assert [p.text[:15] for p in article.body] == ["Warga melintasi", "Petugas mengeva"]


def test_short_undated_article_among_many_links_is_kept() -> None:
    links = "".join(
        f"<li><a href='/read/{i}'>Judul berita lain nomor {i} yang menarik dibaca</a></li>"
        for i in range(30)
    )
    html = synthetic(body=f"<ul class='terkait'>{links}</ul>")
    article = warta.parse_html(html, url="https://contoh.com/read/2024/01/02/judul-berita")
    assert article.headline == "Judul Berita Contoh Hari Ini"


def test_malformed_urls_are_ignored() -> None:
    head = (
        "<link rel='canonical' href='http://[::1'><link rel='next' href='http://x:99999999/'>"
        "<meta property='og:url' content='http://x:abc/'>"
    )
    body = "<p><a href='http://[::1/x'>tautan rusak</a></p>"
    for url in ("https://contoh.com/read/1/judul", "http://[::1", None):
        article = warta.parse_html(synthetic(head, body), url=url)
        assert article.next_page is None
        assert article.headline == "Judul Berita Contoh Hari Ini"

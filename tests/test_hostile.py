"""Hostile and broken input: every case has an expected outcome and a (generous) time bound.

The large inputs are generated here, never stored. Time bounds are sanity
checks on noisy shared machines (about 10x the target), not benchmarks: the
measured numbers live in ``benchmarks/worst_case.py``.
"""

from __future__ import annotations

import os
import socket
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

import warta
from warta.decode import decode_input
from warta.errors import (
    EmptyInputError,
    InternalError,
    NotAnArticleError,
    ParseTimeoutError,
    TooLargeError,
    UndecodableError,
    WartaError,
)
from warta.html.tree import parse_tree
from warta.limits import Limits, RecordScope, run_record

from .conftest import SEED

MB = 1_000_000
BOUND = 20.0
"""Seconds: 10x the 2 s worst-case target."""

PARAGRAPHS = [
    "JAKARTA - Gubernur meresmikan jembatan baru yang menghubungkan dua kecamatan di "
    "kabupaten itu pada Senin (3/6/2024), didampingi sejumlah pejabat daerah.",
    "“Jembatan ini akan mempercepat arus barang dan orang,” kata Gubernur kepada wartawan "
    "seusai peresmian di lokasi.",
    "Pembangunan jembatan sepanjang 400 meter itu menghabiskan anggaran daerah selama dua tahun "
    "dan melibatkan ratusan pekerja dari desa sekitar.",
    "Warga menyambut baik peresmian tersebut karena selama ini mereka harus menyeberang dengan "
    "perahu kecil yang berbahaya saat musim hujan.",
]
HEADLINE = "Gubernur Resmikan Jembatan Baru di Tembilahan"


def article_html(wrap: Callable[[str], str] = lambda s: s, charset: str | None = None) -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    article = f"<article><h1>{HEADLINE}</h1>{body}</article>"
    return f"<html><head>{meta}<title>{HEADLINE}</title></head><body>{wrap(article)}</body></html>"


def timed(work: Callable[[], Any]) -> tuple[Any, float]:
    """Run ``work``; return (result or the WartaError raised, seconds)."""
    started = time.perf_counter()
    try:
        result: Any = work()
    except WartaError as exc:
        result = exc
    return result, time.perf_counter() - started


def assert_clean(result: Any) -> None:
    """An Article or a WartaError that is not a wrapped bug."""
    assert isinstance(result, warta.Article | WartaError), type(result)
    assert not isinstance(result, InternalError), f"{result!r} caused by {result.__cause__!r}"


# --- too large: rejected before any per-character work -------------------------------


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(
            lambda: "<html><body>" + "<p>kalimat berita yang datar</p>\n" * (20 * MB // 34),
            id="flat-20MB",
        ),
        pytest.param(
            lambda: "<html><body>" + "<div>" * (20 * MB // 10) + "</div>" * (20 * MB // 12),
            id="nested-20MB",
        ),
    ],
)
def test_20mb_pages_are_too_large_at_the_default_limits(make: Callable[[], str]) -> None:
    page = make()
    assert len(page) >= 19 * MB
    for data in (page, page.encode()):
        result, seconds = timed(lambda data=data: warta.parse(data))
        assert isinstance(result, TooLargeError), repr(result)
        assert result.code == "input.too_large"
        assert "max_text_chars" in result.message or "max_input_bytes" in result.message
        assert seconds < BOUND / 4


def test_max_input_bytes_is_checked_before_decoding() -> None:
    result, _ = timed(lambda: warta.parse(b"x" * 2000, limits=Limits(max_input_bytes=1000)))
    assert isinstance(result, TooLargeError)


@pytest.mark.parametrize(
    ("make", "limit"),
    [
        pytest.param(
            lambda: article_html(lambda a: a + "<p><a href='x'>tautan " * 200_000),
            5000,
            id="200k-unclosed-tags",
        ),
        pytest.param(
            lambda: article_html(lambda a: a + "<p>paragraf berita yang datar</p>\n" * 6000),
            5000,
            id="6000-paragraphs",
        ),
        pytest.param(lambda: HEADLINE + "\n\n" + "a\n" * 2_500_000, 5000, id="2.5M-lines"),
        pytest.param(
            lambda: HEADLINE + "\n\n" + "Paragraf berita yang datar.\n\n" * 120,
            100,
            id="text-over-a-lowered-limit",
        ),
    ],
)
def test_more_blocks_than_any_article_is_too_large_fast(
    make: Callable[[], str], limit: int
) -> None:
    result, seconds = timed(lambda: warta.parse(make(), limits=Limits(max_blocks=limit)))
    assert isinstance(result, TooLargeError), repr(result)
    assert "max_blocks" in result.message
    assert seconds < BOUND / 4


@pytest.mark.slow
def test_flat_page_just_under_the_limit_parses_in_time() -> None:
    paragraph = "<p>" + PARAGRAPHS[2] + "</p>\n"
    page = article_html(lambda a: a + paragraph * (4 * MB // len(paragraph)))
    result, seconds = timed(lambda: warta.parse_html(page))
    assert_clean(result)
    assert seconds < BOUND


@pytest.mark.slow
def test_nested_divs_just_under_the_limit_parse_in_time() -> None:
    depth = 4 * MB // 11
    page = article_html(lambda a: "<div>" * depth + a + "</div>" * depth)
    result, seconds = timed(lambda: warta.parse_html(page))
    assert_clean(result)
    assert seconds < BOUND


# --- deep nesting: libxml2 must not silently drop the article -------------------------


def tree_with_notices(page: str) -> tuple[Any, RecordScope, float]:
    """The HTML tree stage alone, with the notices it raised and its time."""
    started = time.perf_counter()
    root, scope = run_record(Limits(), None, lambda scope: (parse_tree(page), scope))
    return root, scope, time.perf_counter() - started


def test_100000_nested_inline_tags_keep_their_text() -> None:
    page = article_html(lambda a: a.replace("<p>", "<p>" + "<b><i>" * 50_000, 1))
    root, scope, seconds = tree_with_notices(page)
    assert HEADLINE in root.text_content()
    assert PARAGRAPHS[-1] in root.text_content()
    assert [n.code for n in scope.notices] == ["html.nesting_flattened"]
    assert seconds < BOUND / 4
    result, seconds = timed(lambda: warta.parse_html(page))
    assert_clean(result)
    assert seconds < BOUND


def test_deep_nesting_with_text_at_every_level_is_recovered_or_reported() -> None:
    deep = "".join(f"<div id='level{i}'>{i} " for i in range(5000))
    page = article_html(lambda a: deep + a)
    root, scope, _ = tree_with_notices(page)
    assert PARAGRAPHS[-1] in root.text_content()
    assert scope.notices and scope.notices[0].code in ("html.nesting_flattened", "html.too_deep")


def test_article_wrapped_in_300_divs_is_extracted() -> None:
    page = article_html(lambda a: "<div class='wrap'>" * 300 + a + "</div>" * 300)
    result, seconds = timed(lambda: warta.parse_html(page))
    assert seconds < BOUND / 4
    if not isinstance(result, warta.Article):
        pytest.xfail(f"HTML extraction not there yet: {result!r}")
    assert result.headline == HEADLINE
    assert [p.text for p in result.body][-1] == PARAGRAPHS[-1]


def test_article_wrapped_in_3000_divs_is_extracted_with_a_warning() -> None:
    page = article_html(lambda a: "<div class='wrap'>" * 3000 + a + "</div>" * 3000)
    result, seconds = timed(lambda: warta.parse_html(page))
    assert seconds < BOUND / 4
    assert_clean(result)
    if not isinstance(result, warta.Article):
        pytest.xfail(f"HTML extraction not there yet: {result!r}")
    assert result.headline == HEADLINE
    assert "html.nesting_flattened" in [n.code for n in result.warnings]


def test_an_element_with_100000_attributes_is_capped_not_quadratic() -> None:
    attributes = " ".join(f"data-a{i}='v'" for i in range(100_000))
    page = article_html(lambda a: f"<div {attributes}>" + a + "</div>")
    result, seconds = timed(lambda: warta.parse_html(page))
    assert seconds < BOUND / 4  # uncapped, libxml2 alone takes most of a minute
    assert_clean(result)
    if isinstance(result, warta.Article):
        assert "html.attributes_dropped" in [n.code for n in result.warnings]


# --- long lines -----------------------------------------------------------------------


@pytest.mark.slow
def test_1mb_single_line_text() -> None:
    line = " ".join(PARAGRAPHS) + " "
    text = HEADLINE + "\n\n" + line * (MB // len(line))
    result, seconds = timed(lambda: warta.parse_text(text))
    assert_clean(result)
    assert seconds < BOUND


@pytest.mark.slow
def test_1mb_single_line_html() -> None:
    line = " ".join(PARAGRAPHS) + " "
    page = article_html(
        lambda a: a.replace("</article>", "<p>" + line * (MB // len(line)) + "</p></article>")
    )
    assert "\n" not in page
    result, seconds = timed(lambda: warta.parse_html(page))
    assert_clean(result)
    assert seconds < BOUND


@pytest.mark.parametrize(
    "unit",
    ["“", " 1", "(1/", " Ab", ", "],
    ids=["quote-marks", "digits", "slashes", "capitals", "commas"],
)
def test_a_paragraph_of_400k_repeated_tokens_is_linear(unit: str) -> None:
    """Shapes that made field extractors quadratic (a prefix copied per quote mark, per mention)."""
    text = HEADLINE + "\n\n" + PARAGRAPHS[0] + unit * (400_000 // len(unit))
    result, seconds = timed(lambda: warta.parse_text(text))
    assert_clean(result)
    assert seconds < BOUND


# --- decoding that does not lie -------------------------------------------------------


def _decoded_article(data: bytes, **kwargs: Any) -> warta.Article:
    article = warta.parse_html(data, **kwargs)
    assert article.headline == "Café Résumé Pekanbaru"
    return article


def _accented_page(charset: str | None) -> str:
    return article_html(charset=charset).replace(HEADLINE, "Café Résumé Pekanbaru")


def test_declared_latin1_but_utf8_bytes_is_overruled() -> None:
    article = _decoded_article(_accented_page("iso-8859-1").encode("utf-8"))
    assert article.source.encoding == "utf-8"
    assert "encoding.declaration_overruled" in [n.code for n in article.warnings]


def test_declared_utf8_but_cp1252_bytes_is_overruled() -> None:
    article = _decoded_article(_accented_page("utf-8").encode("cp1252"))
    assert article.source.encoding == "cp1252"
    assert "encoding.declaration_overruled" in [n.code for n in article.warnings]
    assert "encoding.mojibake" not in [n.code for n in article.warnings]


def test_http_charset_outranks_the_meta_declaration() -> None:
    data = _accented_page("utf-8").encode("cp1252")
    article = _decoded_article(data, http_charset="windows-1252")
    assert article.source.encoding == "cp1252"
    assert "encoding.declaration_overruled" not in [n.code for n in article.warnings]


def test_declared_cp1252_with_an_undefined_byte_keeps_the_declaration() -> None:
    data = _accented_page("windows-1252").replace("Gubernur meresmikan", "Gubernur \x9d meresmikan")
    article = _decoded_article(data.encode("latin-1", errors="replace"))
    assert article.source.encoding == "cp1252"
    codes = [n.code for n in article.warnings]
    assert "encoding.replaced" in codes and "encoding.declaration_overruled" not in codes


def test_undeclared_cp1252_falls_back_without_mojibake() -> None:
    article = _decoded_article(_accented_page(None).encode("cp1252"))
    assert article.source.encoding in ("cp1252", "iso8859-1")


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("大統領は記者団に対し、交渉は来週も続くと述べた。" * 5, "shift_jis"),
        ("总统对记者表示，谈判将于下周继续。" * 5, "gb2312"),
    ],
    ids=["shift_jis", "gb2312"],
)
def test_undeclared_legacy_encodings_are_detected(text: str, codec: str) -> None:
    from bs4 import dammit

    if getattr(dammit, "chardet_module", None) is None:
        pytest.skip("no detector installed (chardet, cchardet or charset-normalizer)")
    decoded = decode_input(text.encode(codec), None)
    assert decoded.text == text
    assert [n.code for n in decoded.notices] == ["encoding.detected"]


def test_latin_text_is_never_detected_as_something_else() -> None:
    text = "Le président a déclaré: “les négociations se poursuivront” — café, Größe. " * 3
    decoded = decode_input(text.encode("cp1252"), None)
    assert (decoded.text, decoded.encoding) == (text, "cp1252")


def test_truncated_utf8_stays_utf8() -> None:
    data = _accented_page(None).encode("utf-8") + "é".encode()[:1]
    article = _decoded_article(data)
    assert article.source.encoding == "utf-8"
    assert "encoding.truncated" in [n.code for n in article.warnings]


def test_a_few_broken_bytes_in_utf8_stay_utf8() -> None:
    page = _accented_page(None).replace("jembatan", "jemb\udcffatan", 1)
    data = page.encode("utf-8", errors="surrogateescape")
    article = _decoded_article(data)
    assert article.source.encoding == "utf-8"
    assert "encoding.replaced" in [n.code for n in article.warnings]


def test_mojibake_in_the_input_is_reported() -> None:
    mojibake = "Café Résumé".encode().decode("cp1252")
    broken = _accented_page("utf-8").replace("Café Résumé", mojibake)
    article = warta.parse_html(broken)
    assert "Ã©" in article.headline
    notices = [n for n in article.warnings if n.code == "encoding.mojibake"]
    assert notices and "'Ã©' for 'é'" in notices[0].message


def test_bom_less_utf16_is_read() -> None:
    article = _decoded_article(_accented_page(None).encode("utf-16-le"))
    assert article.source.encoding == "utf-16-le"


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16", "utf-32"])
def test_byte_order_marks_win(codec: str) -> None:
    _decoded_article(_accented_page("iso-8859-1").encode(codec))


# --- NUL bytes, control characters, line endings -------------------------------------


def test_nul_bytes_are_removed_with_a_warning() -> None:
    text = SEED.read_text(encoding="utf-8")
    dirty = text.replace(". ", ".\x00 ", 5).replace("a", "a\x01", 1)
    article = warta.parse_text(dirty.encode("utf-8"))
    assert "\x00" not in article.model_dump_json().replace("\\u0000", "\x00")
    assert "encoding.control_chars_removed" in [n.code for n in article.warnings]
    assert article.body == warta.parse_text(text).body


def test_mixed_line_endings_give_the_same_article() -> None:
    text = SEED.read_text(encoding="utf-8")
    lines = text.split("\n")
    mixed = "".join(line + ("\r\n", "\r", "\n")[i % 3] for i, line in enumerate(lines))
    reference = warta.parse_text(text)
    for variant in (mixed, text.replace("\n", "\r\n"), text.replace("\n", "\r")):
        article = warta.parse_text(variant)
        assert article.body == reference.body
        assert article.headline == reference.headline


# --- junk that is never an article: a clear error, fast ------------------------------

JUNK: list[tuple[str, bytes, type[WartaError]]] = [
    ("empty", b"", EmptyInputError),
    ("whitespace", b" \n\t\r\n  \xc2\xa0\n", EmptyInputError),
    ("png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), UndecodableError),
    ("jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(200), UndecodableError),
    ("gif", b"GIF89a\x01\x00\x01\x00" + bytes(50), UndecodableError),
    (
        "pdf",
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
        UndecodableError,
    ),
    ("gzip", b"\x1f\x8b\x08\x00" + bytes(100), UndecodableError),
    ("random-binary", bytes((i * 7919 + 13) % 256 for i in range(4096)), UndecodableError),
    ("lone-html", b"<html>", EmptyInputError),
    ("empty-document", b"<!DOCTYPE html><html><head></head><body></body></html>", EmptyInputError),
    (
        "frameset",
        b"<html><frameset cols='50%,50%'><frame src='a.html'><frame src='b.html'></frameset></html>",
        NotAnArticleError,
    ),
    (
        "all-script",
        b"<html><head><script src='app.js'></script><style>body{}</style></head><body>"
        b'<div id=\'root\'></div><script>window.__STATE__={"title":"Judul"};render()</script></body></html>',
        EmptyInputError,
    ),
    ("only-comments", b"<html><body><!-- nothing here --></body></html>", EmptyInputError),
]


@pytest.mark.parametrize(("name", "data", "expected"), JUNK, ids=[j[0] for j in JUNK])
def test_junk_is_a_clear_error_fast(name: str, data: bytes, expected: type[WartaError]) -> None:
    for call in (lambda: warta.parse(data), lambda: warta.parse(data, kind="html")):
        result, seconds = timed(call)
        assert isinstance(result, expected), f"{name}: {result!r}"
        assert result.message and result.code in str(result)
        assert seconds < 1.0


def test_identity_is_attached_to_errors() -> None:
    with pytest.raises(UndecodableError) as info:
        warta.parse(b"%PDF-1.4 ...", location="warc://record/42")
    assert info.value.identity == "warc://record/42"
    assert str(info.value).startswith("warc://record/42: ")


# --- limits: time, safety -------------------------------------------------------------


def test_time_limit_raises_parse_timeout() -> None:
    with pytest.raises(ParseTimeoutError) as info:
        warta.parse_text(SEED.read_bytes(), limits=Limits(timeout_seconds=1e-9))
    assert info.value.code == "record.timeout"
    assert "timeout_seconds" in info.value.message


def test_watchdog_interrupts_a_loop_that_never_checks_the_deadline() -> None:
    def endless(scope: RecordScope) -> None:
        while True:
            sum(range(100))

    started = time.perf_counter()
    with pytest.raises(ParseTimeoutError) as info:
        run_record(Limits(timeout_seconds=0.2), "record-7", endless)
    assert time.perf_counter() - started < BOUND / 4
    assert info.value.identity == "record-7"
    assert "endless" in info.value.message
    # The alarm is spent: the next record in this thread runs normally.
    assert run_record(Limits(timeout_seconds=5), None, lambda scope: 42) == 42
    time.sleep(0.3)


def test_an_alarm_never_surfaces_after_its_record_returned() -> None:
    """Deadlines that expire around the end of a record: the alarm stays inside run_record."""
    timeouts = 0
    for i in range(1500):
        try:
            work = 3000 * (i % 5)  # 0 to about 0.2 ms: finishing just before or after the deadline
            run_record(
                Limits(timeout_seconds=0.0001 * (i % 7 + 1)),
                None,
                lambda scope, work=work: sum(range(work)),
            )
        except ParseTimeoutError:
            timeouts += 1
        # Python work after the record: a stray DeadlineExpired (a BaseException) would escape here.
        total = 0
        for n in range(200):
            total += n
    time.sleep(0.05)
    assert sum(range(1000)) == 499500
    assert 0 <= timeouts <= 1500


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("warta tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    yield


def test_no_external_entities_dtds_or_fetches(tmp_path: Any) -> None:
    """Nothing is fetched, not even by libxml2's own C networking: a local server sees no connection."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE")
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        server.setblocking(False)
        base = f"http://127.0.0.1:{server.getsockname()[1]}"
        page = (
            '<?xml version="1.0"?>\n'
            f'<!DOCTYPE html SYSTEM "{base}/evil.dtd" [<!ENTITY xxe SYSTEM "file://{secret}">'
            f'<!ENTITY remote SYSTEM "{base}/entity">'
            '<!ENTITY lol "lollollollollollollollollollol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">]>'
            + article_html(
                lambda a: a.replace(
                    "</article>",
                    "<p>&xxe; &remote; &lol2; entitas akhir paragraf berita.</p></article>",
                )
            )
            .replace(
                "<head>",
                f'<head><link rel="stylesheet" href="{base}/x.css"><script src="{base}/x.js"></script>',
            )
            .replace("<body>", f'<body><img src="{base}/x.png"><iframe src="{base}/"></iframe>')
        )
        for call in (lambda: warta.parse_html(page), lambda: warta.parse(page.encode())):
            result, seconds = timed(call)
            assert_clean(result)
            dumped = result.model_dump_json() if isinstance(result, warta.Article) else str(result)
            assert "TOP-SECRET-VALUE" not in dumped
            assert "lollollollollollollollollollollollollollollol" not in dumped
            assert seconds < BOUND / 4
        with pytest.raises(BlockingIOError):
            server.accept()  # no connection is waiting: nothing tried to fetch


def test_python_level_network_is_never_used(no_network: None) -> None:
    result, _ = timed(lambda: warta.parse_html(article_html()))
    assert isinstance(result, warta.Article)


def test_str_naming_a_file_is_read_but_content_is_never_a_path(tmp_path: Any) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(SEED.read_bytes())
    assert warta.parse(str(path)).headline == warta.parse(SEED.read_bytes()).headline
    # parse_text / parse_html take content only: a path-like string is just text.
    with pytest.raises(WartaError):
        warta.parse_html(str(path))


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_watchdog_works_in_a_forked_worker() -> None:
    run_record(Limits(timeout_seconds=5), None, lambda scope: 1)  # the parent's watchdog runs
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child reports by exit status
        code = 1
        try:
            run_record(
                Limits(timeout_seconds=0.2), None, lambda scope: sum(1 for _ in iter(int, 1))
            )
        except ParseTimeoutError:
            code = 0
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0


def test_a_timeout_in_one_thread_leaves_the_others_alone() -> None:
    import threading

    seed = SEED.read_bytes()
    outcomes: list[str] = []

    def worker() -> None:
        for _ in range(10):
            outcomes.append(type(warta.parse_text(seed)).__name__)

    def hanger() -> None:
        try:
            run_record(
                Limits(timeout_seconds=0.3), "hang", lambda scope: sum(1 for _ in iter(int, 1))
            )
        except ParseTimeoutError:
            outcomes.append("timeout")

    threads = [threading.Thread(target=worker) for _ in range(3)] + [
        threading.Thread(target=hanger)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=BOUND)
    assert sorted(set(outcomes)) == ["Article", "timeout"]
    assert outcomes.count("Article") == 30 and outcomes.count("timeout") == 1

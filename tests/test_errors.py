"""The error contract: one hierarchy, stable codes, actionable messages, nothing else escapes."""

from __future__ import annotations

import inspect
import re
import types
import typing
from pathlib import Path

import pytest

import warta
from warta import errors
from warta.errors import (
    ERROR_CODES,
    InternalError,
    ModelError,
    TooLargeError,
    UsageError,
    WartaError,
)
from warta.limits import Limits
from warta.pipeline import _guarded

from .conftest import ROOT, SEED

STABLE_CODES = {
    "warta.error",
    "input.invalid",
    "input.empty",
    "input.not_article",
    "input.undecodable",
    "input.too_large",
    "record.timeout",
    "record.crashed",
    "container.malformed",
    "container.truncated",
    "model.invalid",
    "usage.invalid",
    "internal.error",
}
"""Codes are shared with the CLI and the archive reports: removing or renaming one breaks users."""

DOC = ROOT / "docs" / "limits-and-errors.md"


def all_error_classes() -> list[type[WartaError]]:
    found, todo = [], [WartaError]
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo.extend(cls.__subclasses__())
    return [c for c in found if c.__module__ == errors.__name__]


def test_codes_are_stable_and_unique() -> None:
    assert set(ERROR_CODES) >= STABLE_CODES
    classes = all_error_classes()
    assert {c.code for c in classes} == set(ERROR_CODES)
    assert len({c.code for c in classes}) == len(classes)
    for code in ERROR_CODES:
        assert re.fullmatch(r"[a-z_]+\.[a-z_]+", code), code


@pytest.mark.parametrize("cls", all_error_classes(), ids=lambda c: c.__name__)
def test_every_error_explains_itself(cls: type[WartaError]) -> None:
    assert cls.__doc__ and cls.__doc__.strip()
    assert (cls.hint and cls.hint != WartaError.hint) or cls is WartaError
    assert ERROR_CODES[cls.code] is cls


def test_message_names_the_input_and_the_code() -> None:
    exc = errors.EmptyInputError("the input is empty", identity="a.warc.gz#12")
    assert str(exc) == "a.warc.gz#12: the input is empty [input.empty]"
    assert exc.with_identity("other") is exc and exc.identity == "a.warc.gz#12"
    assert str(errors.UndecodableError("binary")) == "binary [input.undecodable]"


def test_model_errors_carry_the_failed_constraint() -> None:
    exc = ModelError("headline is blank", kind="string_too_short")
    assert exc.code == "model.string_too_short" and isinstance(exc, WartaError)


# --- the guard: only WartaError leaves -------------------------------------------------


def _raise(exc: BaseException) -> typing.NoReturn:
    raise exc


def test_unexpected_errors_are_wrapped_with_the_input_identity() -> None:
    with pytest.raises(InternalError) as info:
        _guarded(lambda: _raise(KeyError("boom")), "page.html")
    assert info.value.identity == "page.html"
    assert isinstance(info.value.__cause__, KeyError)
    assert "KeyError" in info.value.message and "report" in info.value.message


def test_resource_errors_get_their_own_meaning() -> None:
    with pytest.raises(InternalError) as deep:
        _guarded(lambda: _raise(RecursionError()), "x")
    assert "nests too deeply" in deep.value.message
    with pytest.raises(TooLargeError):
        _guarded(lambda: _raise(MemoryError()), "x")


def test_warta_errors_pass_through_and_gain_the_identity() -> None:
    with pytest.raises(errors.NotAnArticleError) as info:
        _guarded(lambda: _raise(errors.NotAnArticleError("front page")), "index.html")
    assert info.value.identity == "index.html"


def test_interrupts_are_never_swallowed() -> None:
    with pytest.raises(KeyboardInterrupt):
        _guarded(lambda: _raise(KeyboardInterrupt()), "x")


# --- the public API --------------------------------------------------------------------

PUBLIC_FUNCTIONS = [
    getattr(warta, name) for name in warta.__all__ if inspect.isfunction(getattr(warta, name))
]


@pytest.mark.parametrize("func", PUBLIC_FUNCTIONS, ids=lambda f: f.__name__)
def test_no_public_function_returns_none(func: typing.Callable[..., object]) -> None:
    """A failure is an exception, never a None the caller must remember to check."""
    returned = typing.get_type_hints(func)["return"]
    members = typing.get_args(returned) if isinstance(returned, types.UnionType) else (returned,)
    assert type(None) not in members, f"{func.__name__} may return None"


@pytest.mark.parametrize(
    "call",
    [
        lambda: warta.parse(12345),  # type: ignore[arg-type]
        lambda: warta.parse(b"x", kind="pdf"),  # type: ignore[arg-type]
        lambda: warta.parse(b"x", limits={"timeout_seconds": 1}),  # type: ignore[arg-type]
        lambda: warta.parse_text(["a list"]),  # type: ignore[arg-type]
        lambda: warta.parse("no/such/article.html"),
        lambda: warta.parse(Path("/")),
        lambda: Limits(max_text_chars=0),
        lambda: Limits(timeout_seconds=-1),
    ],
    ids=[
        "not-a-source",
        "bad-kind",
        "bad-limits",
        "bad-content",
        "missing-file",
        "a-directory",
        "zero-limit",
        "negative-timeout",
    ],
)
def test_bad_arguments_are_usage_errors(call: typing.Callable[[], object]) -> None:
    with pytest.raises(UsageError) as info:
        call()
    assert info.value.code == "usage.invalid"


def test_parse_returns_an_article_for_the_seed() -> None:
    assert isinstance(warta.parse(SEED), warta.Article)


# --- shared with the CLI ----------------------------------------------------------------


def test_cli_reports_the_same_code(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from warta.cli import main

    image = tmp_path / "photo.html"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    code = main(["convert", str(image)])
    assert code == 1
    assert "input.undecodable" in capsys.readouterr().err


# --- documented --------------------------------------------------------------------------


def test_every_code_and_limit_is_documented() -> None:
    doc = DOC.read_text(encoding="utf-8")
    missing = [code for code in ERROR_CODES if f"`{code}`" not in doc]
    missing += [f.name for f in Limits.__dataclass_fields__.values() if f"`{f.name}`" not in doc]
    missing += [
        code
        for code in (
            "encoding.declaration_overruled",
            "encoding.detected",
            "encoding.replaced",
            "encoding.truncated",
            "encoding.control_chars_removed",
            "encoding.mojibake",
            "html.nesting_flattened",
            "html.too_deep",
            "html.attributes_dropped",
        )
        if f"`{code}`" not in doc
    ]
    assert not missing, f"{DOC.name} does not document {missing}"

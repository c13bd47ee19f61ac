"""One exception hierarchy with stable codes.

Every failure that leaves warta's public API is a :class:`WartaError`. Each
subclass has a stable dotted ``code`` that the CLI, the archive error files
and the validation reports share, so that a data team can count failures by
kind across runs and versions. ``identity`` names the input (a path, a
``path:line`` or a WARC record id) when it is known.
"""

from __future__ import annotations


class WartaError(Exception):
    """Base class of every error warta raises."""

    code: str = "warta.error"
    hint: str = "see docs/limits-and-errors.md"
    """What a user can do about it: shown by docs/limits-and-errors.md and ``warta --debug``."""

    def __init__(self, message: str, *, identity: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.identity = identity

    def __str__(self) -> str:
        where = f"{self.identity}: " if self.identity else ""
        return f"{where}{self.message} [{self.code}]"

    def with_identity(self, identity: str | None) -> WartaError:
        """Attach the input identity if the error does not name one yet."""
        if self.identity is None and identity is not None:
            self.identity = identity
        return self


class InputError(WartaError):
    """The input cannot be turned into an article."""

    code = "input.invalid"
    hint = "check that the input is one news article as HTML or plain text"


class EmptyInputError(InputError):
    """The input is empty or holds only whitespace or markup without text."""

    code = "input.empty"
    hint = "the file is empty, whitespace or markup only (a JavaScript-rendered page): fetch the rendered page"


class NotAnArticleError(InputError):
    """The input is readable but is not a single article (a front page, an index, a feed)."""

    code = "input.not_article"
    hint = "pass a single article page, not a front page, index, feed or frameset"


class UndecodableError(InputError):
    """The bytes are not text in any encoding warta can trust (binary, image, PDF)."""

    code = "input.undecodable"
    hint = "the bytes are binary (image, PDF, archive): skip the record or extract its text first"


class TooLargeError(InputError):
    """The input is over the configured size limit."""

    code = "input.too_large"
    hint = "raise Limits.max_input_bytes / Limits.max_text_chars (CLI: --max-bytes) if it is a real article"


class ParseTimeoutError(WartaError):
    """Parsing one record took longer than its time budget."""

    code = "record.timeout"
    hint = (
        "raise Limits.timeout_seconds (CLI: --timeout); report the record if it is an ordinary page"
    )


class WorkerCrashError(WartaError):
    """The worker process died while parsing this record (a crash in native code, or killed for memory)."""

    code = "record.crashed"
    hint = "a crash or out-of-memory in native code: report the record (its identity is in the error file)"


class ContainerError(WartaError):
    """An archive container (WARC, gzip, JSON Lines) is malformed."""

    code = "container.malformed"
    hint = (
        "the archive file is damaged: re-fetch or repair it; the other records are still converted"
    )


class TruncatedContainerError(ContainerError):
    """An archive container ends before its declared length."""

    code = "container.truncated"
    hint = "the archive ends early (an interrupted download or copy): re-fetch it"


class ModelError(WartaError):
    """The extracted fields break a model invariant (code ``model.<type>``)."""

    code = "model.invalid"
    hint = "a bug in warta's field rules: report the input"

    def __init__(self, message: str, *, kind: str = "invalid", identity: str | None = None) -> None:
        super().__init__(message, identity=identity)
        self.code = f"model.{kind}"


class UsageError(WartaError):
    """The caller passed an argument warta cannot use."""

    code = "usage.invalid"
    hint = "fix the argument as the message says"


class InternalError(WartaError):
    """An unexpected bug inside warta; the original exception is chained."""

    code = "internal.error"
    hint = "a bug in warta: report the input and the chained traceback (warta --debug)"


ERROR_CODES: dict[str, type[WartaError]] = {
    cls.code: cls
    for cls in (
        WartaError,
        InputError,
        EmptyInputError,
        NotAnArticleError,
        UndecodableError,
        TooLargeError,
        ParseTimeoutError,
        WorkerCrashError,
        ContainerError,
        TruncatedContainerError,
        ModelError,
        UsageError,
        InternalError,
    )
}

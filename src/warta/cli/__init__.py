"""The ``warta`` command line: a thin layer over the library.

Each command lives in its own module and registers itself with
:func:`add_parser`-style functions; :func:`main` parses arguments, runs the
command and turns every :class:`~warta.errors.WartaError` into one clear
line on stderr (``--debug`` shows the traceback). Exit codes: 0 success,
1 a check failed, 2 usage error, 3 internal error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from rich.markup import escape

from warta import __version__
from warta.cli import convert_cmd, inspect_cmd, quotes_cmd, schema_cmd, validate_cmd
from warta.cli.console import error_console
from warta.errors import InternalError, UsageError, WartaError

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3

COMMANDS = (inspect_cmd, convert_cmd, validate_cmd, quotes_cmd, schema_cmd)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="warta",
        description="Turn news articles (HTML pages, text dumps) into validated structured data.",
    )
    parser.add_argument("--version", action="version", version=f"warta {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for command in COMMANDS:
        command.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.run(args)
        return code
    except UsageError as exc:
        error_console().print(f"[bold red]error:[/] {escape(str(exc))}", highlight=False)
        return EXIT_USAGE
    except WartaError as exc:
        if args.debug:
            error_console().print_exception()
        error_console().print(f"[bold red]error:[/] {escape(str(exc))}", highlight=False)
        return EXIT_INTERNAL if isinstance(exc, InternalError) else EXIT_FAILED
    except KeyboardInterrupt:
        error_console().print("[yellow]interrupted[/]")
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # a bug: one line, traceback only on request
        if args.debug:
            error_console().print_exception()
        error_console().print(
            f"[bold red]internal error:[/] {type(exc).__name__}: {escape(str(exc))}",
            highlight=False,
        )
        return EXIT_INTERNAL


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

"""The ``eduia`` command: a thin layer that hands each sub-command to its module.

Each sub-command lives in ``eduia/commands/<name>.py`` and exposes
``register(subparsers)``, which adds its parser and sets ``handler`` to a function
``handler(args) -> int``. Sub-command modules import heavy libraries inside their handlers,
so ``eduia --help`` stays fast.

Examples
--------
>>> from eduia.cli import main
>>> main(["--version"])  # doctest: +SKIP
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sys
from collections.abc import Iterator, Sequence
from typing import Any

from eduia import __version__
from eduia.i18n import t

SUBCOMMAND_MODULES = ("datasets", "doctor", "lab", "course", "bundle", "hub", "challenge")


#: argparse's own sentences (its gettext message ids) and their catalogue keys.
ARGPARSE_MESSAGES = {
    "usage: ": "cli.argparse_usage",
    "positional arguments": "cli.argparse_positionals",
    "options": "cli.argparse_options",
    "show this help message and exit": "cli.argparse_help",
    "the following arguments are required: %s": "cli.argparse_required",
    "unrecognized arguments: %s": "cli.argparse_unrecognized",
    "invalid choice: %(value)r (choose from %(choices)s)": "cli.argparse_invalid_choice",
    "argument %(argument_name)s: %(message)s": "cli.argparse_argument",
    "expected one argument": "cli.argparse_expected_one",
    "expected at least one argument": "cli.argparse_expected_at_least_one",
    "expected at most one argument": "cli.argparse_expected_at_most_one",
    "invalid %(type)s value: %(value)r": "cli.argparse_invalid_value",
    "ambiguous option: %(option)s could match %(matches)s": "cli.argparse_ambiguous",
    "not allowed with argument %s": "cli.argparse_not_allowed_with",
    "one of the arguments %s is required": "cli.argparse_one_required",
    "ignored explicit argument %r": "cli.argparse_ignored_explicit",
    "can't open '%(filename)s': %(error)s": "cli.argparse_cannot_open",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "cli.argparse_unknown_parser",
}
#: argparse's plural sentences (``ngettext``): singular id -> (singular key, plural key).
ARGPARSE_PLURALS = {
    "expected %s argument": ("cli.argparse_expected_n_one", "cli.argparse_expected_n_many"),
}


def _argparse_gettext(text: str) -> str:
    """argparse's sentence ``text`` in the catalogue's language (unknown ones stay as they are)."""
    key = ARGPARSE_MESSAGES.get(text)
    return t(key) if key else text


def _argparse_ngettext(singular: str, plural: str, count: int) -> str:
    """argparse's plural sentence for ``count``, chosen by the language's plural rule."""
    from eduia.i18n import current_language, is_singular

    keys = ARGPARSE_PLURALS.get(singular)
    if keys is None:
        return singular if count == 1 else plural
    return t(keys[0] if is_singular(count, current_language()) else keys[1])


@contextlib.contextmanager
def _argparse_in_catalogue_language() -> Iterator[None]:
    """Route argparse's ``gettext`` hooks through the catalogue while eduia's parser works.

    argparse looks its sentences up through the module-level ``argparse._`` and
    ``argparse.ngettext``; swapping them only for the duration keeps other programs' parsers
    in the same process untouched.
    """
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._ = _argparse_gettext  # type: ignore[attr-defined]
    argparse.ngettext = _argparse_ngettext
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


class _FrenchArgumentParser(argparse.ArgumentParser):
    """argparse speaking the catalogue's language: help, usage and errors.

    Examples
    --------
    >>> parser = _FrenchArgumentParser(prog="eduia")
    >>> parser.format_usage().startswith(t("cli.argparse_usage"))
    True
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        with _argparse_in_catalogue_language():  # « options », « afficher cette aide… »
            super().__init__(*args, **kwargs)

    def parse_args(self, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        with _argparse_in_catalogue_language():
            return super().parse_args(*args, **kwargs)

    def parse_known_args(self, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        with _argparse_in_catalogue_language():
            return super().parse_known_args(*args, **kwargs)

    def format_usage(self) -> str:
        with _argparse_in_catalogue_language():
            return super().format_usage()

    def format_help(self) -> str:
        with _argparse_in_catalogue_language():
            return super().format_help()

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, t("cli.usage_error", message=message) + "\n")


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser, with every sub-command registered."""
    parser = _FrenchArgumentParser(prog="eduia", description=t("cli.description"))
    parser.add_argument(
        "--version", action="version", version=f"eduia {__version__}", help=t("cli.version_help")
    )
    subparsers = parser.add_subparsers(
        dest="command", metavar="COMMANDE", parser_class=_FrenchArgumentParser
    )
    for name in SUBCOMMAND_MODULES:
        importlib.import_module(f"eduia.commands.{name}").register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``eduia`` with ``argv`` (the process arguments when ``None``); return the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 0
    try:
        return int(args.handler(args) or 0)
    except KeyboardInterrupt:
        print(t("cli.interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. ``eduia datasets | head``: the reader left, that is fine
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except OSError as error:  # the last net: a file or folder problem no command foresaw
        print(_system_error(error), file=sys.stderr)
        return 1


def _system_error(error: OSError) -> str:
    """The French sentence for a system error: what failed, on which path, and why."""
    from eduia.oserrors import os_reason

    if error.filename is None:
        return t("cli.system_error", reason=os_reason(error))
    return t("cli.system_error_on", path=error.filename, reason=os_reason(error))

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
import importlib
import os
import sys
from collections.abc import Sequence

from eduia import __version__
from eduia.i18n import t

SUBCOMMAND_MODULES = ("datasets", "doctor", "lab", "course", "bundle", "hub", "challenge")


class _FrenchArgumentParser(argparse.ArgumentParser):
    """argparse with eduia's own wording for usage errors."""

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

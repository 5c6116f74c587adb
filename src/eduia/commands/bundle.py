"""``eduia bundle``: placeholder until its issue lands."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``bundle`` sub-command (not yet available)."""
    parser = subparsers.add_parser("bundle", help="(bientôt disponible)")
    parser.set_defaults(handler=lambda args: print("Pas encore disponible.") or 1)

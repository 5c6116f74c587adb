"""``eduia doctor``: placeholder until its issue lands."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``doctor`` sub-command (not yet avaidoctorle)."""
    parser = subparsers.add_parser("doctor", help="(bientôt disponible)")
    parser.set_defaults(handler=lambda args: print("Pas encore disponible.") or 1)

"""``eduia datasets``: list the shipped datasets, or print the datasheet of one of them.

Examples
--------
>>> from eduia.cli import main
>>> main(["datasets"])  # doctest: +SKIP
"""

from __future__ import annotations

import argparse
import sys

from eduia.i18n import t


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``datasets`` sub-command.

    Examples
    --------
    >>> import argparse
    >>> register(argparse.ArgumentParser().add_subparsers())
    """
    parser = subparsers.add_parser(
        "datasets", help=t("datasets.help"), description=t("datasets.help")
    )
    parser.add_argument("name", nargs="?", metavar="NOM", help=t("datasets.name_help"))
    parser.set_defaults(handler=run)


def list_lines() -> list[str]:
    """One line per dataset: name, rows, « réel »/« simulé », licence; a header and a footer.

    Examples
    --------
    >>> from eduia.datasets import catalog
    >>> len(list_lines()) == len(catalog.dataset_names()) + 2
    True
    """
    from eduia.datasets import catalog
    from eduia.datasets.loader import missing_teacher_only

    header = t(
        "datasets.list_header",
        name=t("datasets.col_name"),
        rows=t("datasets.col_rows"),
        origin=t("datasets.col_origin"),
        licence=t("datasets.col_licence"),
    )
    lines = [header]
    for name in catalog.dataset_names():
        origin = t(
            "datasets.origin_simulated" if catalog.is_simulated(name) else "datasets.origin_real"
        )
        licence = " ; ".join(catalog.licence_titles(name))
        lines.append(
            t(
                "datasets.list_header",
                name=name,
                rows="—" if missing_teacher_only(name) else catalog.row_count(name),
                origin=origin,
                licence=licence,
            )
        )
    lines.append(t("datasets.list_footer", count=len(lines) - 1))
    return lines


def run(args: argparse.Namespace) -> int:
    """Print the list, or the datasheet of ``args.name``; exit 1 (French message) if unknown.

    Examples
    --------
    >>> import argparse
    >>> run(argparse.Namespace(name="nulle_part"))  # doctest: +SKIP
    1
    """
    from eduia.datasets import DatasetError, describe

    if args.name is None:
        print("\n".join(list_lines()))
        return 0
    try:
        print(describe(args.name), end="")
    except DatasetError as error:
        print(error, file=sys.stderr)
        return 1
    return 0

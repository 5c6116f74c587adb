"""``eduia bundle``: build the offline installation bundle for the school's computers.

``eduia bundle OUT [--platform current|linux|windows|macos ...] [--python 3.12 ...] [--no-zip]
[--eduia-wheel FILE.whl | --sources FOLDER]``; from an eduia installed with pip, the sources are
the copy of the repository the command runs in (or one of its parents).

Examples
--------
>>> from eduia.cli import main
>>> main(["bundle", "/tmp/eduia-bundle", "--platform", "windows", "linux"])  # doctest: +SKIP
0
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from eduia.i18n import t


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``bundle`` sub-command.

    Examples
    --------
    >>> parser = argparse.ArgumentParser()
    >>> register(parser.add_subparsers())
    """
    from eduia.bundle.platforms import SUPPORTED_PYTHONS, default_python

    parser = subparsers.add_parser("bundle", help=t("bundle.help"), description=t("bundle.help"))
    parser.add_argument("out", type=Path, metavar="DOSSIER", help=t("bundle.option_out"))
    parser.add_argument(
        "--platform",
        nargs="+",
        action="extend",
        metavar="SYSTÈME",
        help=t("bundle.option_platform"),
    )
    parser.add_argument(
        "--python",
        nargs="+",
        action="extend",
        metavar="VERSION",
        help=t(
            "bundle.option_python", supported=", ".join(SUPPORTED_PYTHONS), default=default_python()
        ),
    )
    parser.add_argument("--no-zip", action="store_true", help=t("bundle.option_no_zip"))
    parser.add_argument(
        "--eduia-wheel", type=Path, metavar="FICHIER.whl", help=t("bundle.option_eduia_wheel")
    )
    parser.add_argument("--sources", type=Path, metavar="DOSSIER", help=t("bundle.option_sources"))
    parser.add_argument("--enseignant", action="store_true", help=t("bundle.option_teacher"))
    parser.set_defaults(handler=run_bundle)


def run_bundle(args: argparse.Namespace) -> int:
    """Build the bundle and print where it is and how big each system's part is.

    Examples
    --------
    >>> run_bundle(argparse.Namespace(out=Path("/tmp/b"), platform=None, python=None,
    ...                               no_zip=True, eduia_wheel=None))  # doctest: +SKIP
    0
    """
    from eduia.bundle import WheelhouseError, build_bundle

    archive = args.out.with_name(args.out.name + ".zip")
    if not args.no_zip and archive.exists():  # never overwrite a teacher's earlier bundle
        print(t("bundle.zip_exists", zip=archive), file=sys.stderr)
        return 1
    try:
        report = build_bundle(
            args.out,
            args.platform or ["current"],
            args.python,
            eduia_wheel=args.eduia_wheel,
            sources=getattr(args, "sources", None),
            teacher=getattr(args, "enseignant", False),
            zip_it=not args.no_zip,
        )
    except (ValueError, OSError, WheelhouseError) as error:
        print(error, file=sys.stderr)
        return 1
    zip_part = t("bundle.done_zip", zip=report.zip_path) if report.zip_path else ""
    print(
        t(
            "bundle.done",
            out=report.out,
            size_mb=sum(report.size_mb.values()),
            zip_part=zip_part,
            guide=report.out / "INSTALLATION.md",
        )
    )
    for name, size in report.size_mb.items():
        print(t("bundle.size_line", platform=name, size_mb=size, pythons=", ".join(report.pythons)))
    return 0

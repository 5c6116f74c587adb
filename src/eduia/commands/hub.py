"""``eduia hub``: configuration of real JupyterHub servers (see :mod:`eduia.hub`).

``region LYCEES.csv OUT`` writes the Zero to JupyterHub values of each lycée;
``school CLASSES.csv OUT`` writes one school's ``jupyterhub_config.py``.
JupyterHub itself is never imported here.

Examples
--------
>>> from eduia.cli import main
>>> main(["hub", "region", "lycees.csv", "valeurs"])  # doctest: +SKIP
0
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from eduia.i18n import t


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``eduia hub`` and its steps."""
    parser = subparsers.add_parser("hub", help=t("hub.help"), description=t("hub.help"))
    steps = parser.add_subparsers(dest="step", metavar="ETAPE", parser_class=type(parser))
    parser.set_defaults(handler=lambda args: parser.print_help() or 0)
    _add_region(steps)
    _add_school(steps)


def _add_region(steps: argparse._SubParsersAction) -> None:
    from eduia.hub.region import RegionOptions

    defaults = RegionOptions()
    parser = steps.add_parser("region", help=t("hub.region_help"), description=t("hub.region_help"))
    parser.add_argument("file", metavar="LYCEES.csv", help=t("hub.region_file_help"))
    parser.add_argument("out", metavar="DOSSIER", help=t("hub.out_help"))
    parser.add_argument(
        "--registry", default=defaults.registry, metavar="REGISTRE", help=t("hub.registry_help")
    )
    parser.add_argument(
        "--domain", default=defaults.domain, metavar="DOMAINE", help=t("hub.domain_help")
    )
    parser.add_argument(
        "--postgres-host",
        default=defaults.postgres_host,
        metavar="HOTE",
        help=t("hub.postgres_help"),
    )
    parser.add_argument(
        "--lti-issuer", default=defaults.lti_issuer, metavar="URL", help=t("hub.lti_issuer_help")
    )
    parser.set_defaults(handler=_run_region)


def _read(path: str) -> str | None:
    try:
        return Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        print(
            t("hub.file_unreadable", path=path, reason=getattr(error, "strerror", None) or error),
            file=sys.stderr,
        )
        return None


def _run_region(args: argparse.Namespace) -> int:
    from eduia.hub.region import RegionError, RegionOptions, read_lycees, write_region

    text = _read(args.file)
    if text is None:
        return 1
    try:
        lycees = read_lycees(text)
    except RegionError as error:
        print(error, file=sys.stderr)
        return 1
    options = RegionOptions(
        registry=args.registry,
        domain=args.domain,
        postgres_host=args.postgres_host,
        lti_issuer=args.lti_issuer,
    )
    written = write_region(lycees, args.out, options)
    print(t("hub.region_done", count=len(written), out=args.out))
    return 0


def _add_school(steps: argparse._SubParsersAction) -> None:
    from eduia.hub.school import SchoolOptions

    defaults = SchoolOptions()
    parser = steps.add_parser("school", help=t("hub.school_help"), description=t("hub.school_help"))
    parser.add_argument("file", metavar="CLASSES.csv|COURS", help=t("hub.school_file_help"))
    parser.add_argument("out", metavar="DOSSIER", help=t("hub.out_help"))
    parser.add_argument("--ip", default=defaults.ip, help=t("hub.ip_help"))
    parser.add_argument("--port", type=int, default=defaults.port, help=t("hub.port_help"))
    parser.add_argument(
        "--auth", choices=("pam", "lti13"), default=defaults.authenticator, help=t("hub.auth_help")
    )
    parser.add_argument(
        "--lti-issuer", default=defaults.lti_issuer, metavar="URL", help=t("hub.lti_issuer_help")
    )
    parser.add_argument(
        "--interface",
        choices=("/lab", "/tree"),
        default=defaults.interface,
        help=t("hub.interface_help"),
    )
    parser.add_argument(
        "--courses-dir",
        default=defaults.courses_dir,
        metavar="DOSSIER",
        help=t("hub.courses_dir_help"),
    )
    parser.add_argument(
        "--exchange-root",
        default=defaults.exchange_root,
        metavar="DOSSIER",
        help=t("hub.exchange_root_help"),
    )
    parser.add_argument(
        "--data-dir", default=defaults.data_dir, metavar="DOSSIER", help=t("hub.data_dir_help")
    )
    parser.add_argument(
        "--teacher", action="append", default=[], metavar="LOGIN", help=t("hub.teacher_help")
    )
    parser.add_argument("--create-accounts", action="store_true", help=t("hub.accounts_help"))
    parser.set_defaults(handler=_run_school)


def _run_school(args: argparse.Namespace) -> int:
    import csv
    import os

    from eduia.hub.school import (
        SchoolError,
        SchoolOptions,
        classes_from_course,
        create_accounts,
        read_classes,
        write_school,
    )

    try:
        if Path(args.file).is_dir():  # a course folder: its class list from « eduia course roster »
            classes = classes_from_course(args.file, args.teacher)
        else:
            text = _read(args.file)
            if text is None:
                return 1
            classes = read_classes(text)
    except SchoolError as error:
        print(error, file=sys.stderr)
        return 1
    if args.create_accounts and os.geteuid() != 0:
        print(t("hub.not_root"), file=sys.stderr)
        return 1
    options = SchoolOptions(
        ip=args.ip,
        port=args.port,
        authenticator=args.auth,
        lti_issuer=args.lti_issuer,
        interface=args.interface,
        courses_dir=args.courses_dir,
        exchange_root=args.exchange_root,
        data_dir=args.data_dir,
    )
    write_school(classes, args.out, options)
    print(t("hub.school_done", out=Path(args.out).resolve(), classes=len(classes)))
    if args.create_accounts:
        created = create_accounts(classes, options)
        sheet = Path(args.out) / "premiers-mots-de-passe.csv"
        descriptor = os.open(sheet, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, delimiter=";")
            writer.writerow(["login", "mot_de_passe"])
            writer.writerows(sorted(created.items()))
        print(t("hub.accounts_done", count=len(created), sheet=sheet))
    return 0

"""``eduia challenge``: the class AI challenge (create, teams, submit, board, reveal, serve,
export, region).

Examples
--------
>>> from eduia.cli import main
>>> main(["challenge", "board", "/tmp/defi", "--json"])  # doctest: +SKIP
0
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from eduia.i18n import t


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``challenge`` sub-command and its actions.

    Examples
    --------
    >>> import argparse
    >>> register(argparse.ArgumentParser().add_subparsers())
    """
    parser = subparsers.add_parser(
        "challenge", help=t("challenge.help"), description=t("challenge.help")
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", parser_class=type(parser))
    create = actions.add_parser("create", help=t("challenge.help_create"))
    create.add_argument("dir", metavar="DOSSIER")
    create.add_argument("--dataset", default="feux_meteo_station_jour", metavar="NOM")
    create.add_argument("--seed", type=int, default=0)
    teams = actions.add_parser("equipes", help=t("challenge.help_teams"))
    teams.add_argument("dir", metavar="DOSSIER")
    teams.add_argument("names", nargs="+", metavar="NOM")
    teams.add_argument("--limite", type=int, default=None)
    submit = actions.add_parser("submit", help=t("challenge.help_submit"))
    submit.add_argument("dir", metavar="DOSSIER")
    submit.add_argument("--equipe", required=True, metavar="NOM")
    submit.add_argument("file", metavar="FICHIER")
    pick = actions.add_parser("choix", help=t("challenge.help_pick"))
    pick.add_argument("dir", metavar="DOSSIER")
    pick.add_argument("--equipe", required=True, metavar="NOM")
    pick.add_argument("numbers", nargs="+", type=int, metavar="NUMERO")
    board = actions.add_parser("board", help=t("challenge.help_board"))
    board.add_argument("dir", metavar="DOSSIER")
    board.add_argument("--json", action="store_true")
    reveal = actions.add_parser("reveal", help=t("challenge.help_reveal"))
    reveal.add_argument("dir", metavar="DOSSIER")
    export = actions.add_parser("export", help=t("challenge.help_export"))
    export.add_argument("dir", metavar="DOSSIER")
    export.add_argument("out", metavar="SORTIE")
    export.add_argument("--ecole", default="ecole", metavar="NOM")
    serve = actions.add_parser("serve", help=t("challenge.help_serve"))
    serve.add_argument("dir", metavar="DOSSIER")
    serve.add_argument(
        "--hote", default="127.0.0.1", metavar="ADRESSE", help=t("challenge.help_host")
    )
    serve.add_argument("--port", type=int, default=8765, help=t("challenge.help_port"))
    region = actions.add_parser("region", help=t("challenge.help_region"))
    region.add_argument("bundles", nargs="+", metavar="BUNDLE")
    region.add_argument("--solution", required=True, metavar="FICHIER")
    region.add_argument("--json", action="store_true")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Run one action; a refused file or bundle prints the French message and exits 1."""
    from eduia.challenge import SubmissionError
    from eduia.challenge import board as board_module
    from eduia.challenge import region as region_module
    from eduia.challenge.create import create_challenge

    try:
        if args.action == "create":
            create_challenge(args.dir, dataset=args.dataset, seed=args.seed)
        elif args.action == "equipes":
            board_module.create_teams(args.dir, args.names, limit=args.limite)
        elif args.action == "submit":
            path = Path(args.file)
            if not path.is_file():
                print(t("challenge.file_missing", file=args.file), file=sys.stderr)
                return 1
            result = board_module.submit(args.dir, args.equipe, path.read_bytes())
            print(t("challenge.accepted", **result))
        elif args.action == "choix":
            board_module.pick_final(args.dir, args.equipe, args.numbers)
        elif args.action == "board":
            rows = [
                {k: v for k, v in row.items() if not k.startswith(("bande", "egal"))}
                for row in board_module.board(args.dir)
            ]
            if args.json:
                print(json.dumps(rows, ensure_ascii=False))
            else:
                for row in rows:
                    print(" ; ".join(f"{k} : {v}" for k, v in row.items()))
        elif args.action == "reveal":
            board_module.reveal(args.dir)
        elif args.action == "serve":
            from eduia.challenge.page import serve

            serve(args.dir, host=args.hote, port=args.port)
        elif args.action == "export":
            region_module.export_bundle(args.dir, args.out, args.ecole)
        elif args.action == "region":
            rows = region_module.region_board(args.bundles, args.solution)
            if args.json:
                print(json.dumps(rows, ensure_ascii=False))
            else:
                for row in rows:
                    print(" ; ".join(f"{k} : {v}" for k, v in row.items()))
        else:
            print(t("challenge.help"))
    except SubmissionError as error:
        print(error, file=sys.stderr)
        return 1
    return 0

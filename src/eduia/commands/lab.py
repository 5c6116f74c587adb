"""``eduia lab``: prepare the pupil's workspace, then open JupyterLab there.

``eduia lab [--workspace DIR] [--no-launch] [--no-browser] [--reset LESSON] [--port N]``

Examples
--------
>>> from eduia.cli import main
>>> main(["lab", "--workspace", "/tmp/eleve", "--no-launch"])  # doctest: +SKIP
0
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from eduia.i18n import t


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        port = -1
    if not 1024 <= port <= 65535:
        raise argparse.ArgumentTypeError(t("workspace.invalid_port", port=text))
    return port


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``lab`` sub-command.

    Examples
    --------
    >>> parser = argparse.ArgumentParser()
    >>> register(parser.add_subparsers())
    """
    from eduia.workspace import default_workspace

    parser = subparsers.add_parser(
        "lab", help=t("workspace.lab_help"), description=t("workspace.lab_help")
    )
    parser.add_argument(
        "--workspace",
        type=Path,
        metavar="DOSSIER",
        default=None,
        help=t("workspace.option_workspace", default=default_workspace()),
    )
    parser.add_argument("--no-launch", action="store_true", help=t("workspace.option_no_launch"))
    parser.add_argument("--no-browser", action="store_true", help=t("workspace.option_no_browser"))
    parser.add_argument("--reset", metavar="LEÇON", help=t("workspace.option_reset"))
    parser.add_argument("--port", type=_port, help=t("workspace.option_port"))
    reading = parser.add_mutually_exclusive_group()
    reading.add_argument(
        "--grand-texte",
        dest="large_text",
        action="store_const",
        const=True,
        help=t("accessibility.option_large_text"),
    )
    reading.add_argument(
        "--texte-normal",
        dest="large_text",
        action="store_const",
        const=False,
        help=t("accessibility.option_normal_text"),
    )
    parser.set_defaults(handler=run_lab)


def run_lab(args: argparse.Namespace) -> int:
    """Prepare (or reset a lesson of) the workspace, then start JupyterLab unless told not to.

    Examples
    --------
    >>> run_lab(argparse.Namespace(workspace=Path("/tmp/eleve"), no_launch=True, reset=None,
    ...                            no_browser=False, port=None))  # doctest: +SKIP
    0
    """
    from eduia import workspace as pupil_workspace
    from eduia.oserrors import os_reason

    folder = (args.workspace or pupil_workspace.default_workspace()).expanduser()
    try:
        if args.reset:
            for line in pupil_workspace.reset_lesson(folder, args.reset).messages():
                print(line)
        report = pupil_workspace.prepare_workspace(folder)
    except (pupil_workspace.LessonNotFound, pupil_workspace.ResetFailed) as error:
        print(error, file=sys.stderr)
        return 1
    except OSError as error:
        print(
            t("workspace.cannot_write", workspace=folder, reason=os_reason(error)),
            file=sys.stderr,
        )
        return 1
    for line in report.messages():
        print(line)
    large_text = getattr(args, "large_text", None)
    if large_text is not None:
        from eduia.large_text import set_large_text

        try:
            set_large_text(folder, large_text)
        except OSError as error:
            print(
                t("workspace.cannot_write", workspace=folder, reason=os_reason(error)),
                file=sys.stderr,
            )
            return 1
        print(t("accessibility.large_text_on" if large_text else "accessibility.large_text_off"))
    if args.no_launch:
        return 0
    from eduia.launch import launch_lab

    try:
        return launch_lab(
            folder,
            port=args.port,
            open_browser=not args.no_browser,
            open_path=pupil_workspace.start_notebook_name(),
        )
    except OSError as error:  # e.g. .eduia/jupyter is a file
        print(
            t("workspace.cannot_write", workspace=folder, reason=os_reason(error)),
            file=sys.stderr,
        )
        return 1

"""``eduia course``: the teacher's workflow with nbgrader (see :mod:`eduia.course`).

``init DIR [--course-id ID]``, ``roster FILE``, ``collect LESSON [--depuis DOSSIER]
[--date-limite DATE]``, ``autograde LESSON [--jobs N]``, ``feedback LESSON`` and
``export [--out FILE] [--format long|large]``; every step but ``init`` runs in the course
folder (or the one given with ``--course``). nbgrader is imported by the handlers only.

Examples
--------
>>> from eduia.cli import main
>>> main(["course", "autograde", "02", "--jobs", "2"])  # doctest: +SKIP
0
"""

from __future__ import annotations

import argparse
import sys

from eduia.i18n import t


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``eduia course`` and its steps (init, roster, collect, autograde, feedback, export)."""
    parser = subparsers.add_parser("course", help=t("course.help"), description=t("course.help"))
    steps = parser.add_subparsers(dest="step", metavar="ETAPE", parser_class=type(parser))
    parser.set_defaults(handler=lambda args: parser.print_help() or 0)
    _add_init(steps)
    _add_roster(steps)
    _add_collect(steps)
    _add_autograde(steps)
    _add_feedback(steps)
    _add_export(steps)


def _positive_seconds(text: str) -> int:
    """A number of seconds above zero (``--cell-timeout``), else a French argparse error."""
    try:
        seconds = int(text)
    except ValueError:
        seconds = 0
    if seconds <= 0:
        raise argparse.ArgumentTypeError(t("cli.invalid_timeout", value=text))
    return seconds


def _course_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--course", default=".", metavar="DOSSIER", help=t("course.course_help"))


def _add_init(steps: argparse._SubParsersAction) -> None:
    from eduia.course.config import DEFAULT_CELL_TIMEOUT, DEFAULT_EXCHANGE_ROOT

    parser = steps.add_parser("init", help=t("course.init_help"))
    parser.add_argument("directory", metavar="DOSSIER", help=t("course.directory_help"))
    parser.add_argument("--course-id", default=None, metavar="ID", help=t("course.course_id_help"))
    parser.add_argument("--lessons", default=None, metavar="DOSSIER", help=t("course.lessons_help"))
    parser.add_argument(
        "--exchange-root",
        default=DEFAULT_EXCHANGE_ROOT,
        metavar="DOSSIER",
        help=t("course.exchange_help"),
    )
    parser.add_argument(
        "--cell-timeout",
        type=_positive_seconds,
        default=DEFAULT_CELL_TIMEOUT,
        metavar="SECONDES",
        help=t("course.timeout_help"),
    )
    parser.add_argument("--groupe", default=None, metavar="GROUPE", help=t("course.group_help"))
    parser.add_argument("--db-url", default=None, metavar="URL", help=t("course.db_url_help"))
    parser.set_defaults(handler=_run_init)


def _add_roster(steps: argparse._SubParsersAction) -> None:
    parser = steps.add_parser("roster", help=t("course.roster_help"))
    parser.add_argument("file", metavar="FICHIER", help=t("course.roster_file_help"))
    _course_option(parser)
    parser.set_defaults(handler=_run_roster)


def _due_date(text: str) -> object:
    """A due date (``05/12/2026 18:00``, this computer's time), else a French argparse error."""
    from eduia.course.collect import parse_due_date

    try:
        return parse_due_date(text)
    except (ValueError, OverflowError):
        raise argparse.ArgumentTypeError(t("course.collect_bad_due", value=text)) from None


def _add_collect(steps: argparse._SubParsersAction) -> None:
    parser = steps.add_parser("collect", help=t("course.collect_help"))
    parser.add_argument("lesson", metavar="LECON", help=t("course.lesson_help"))
    parser.add_argument(
        "--depuis",
        dest="from_folder",
        default=None,
        metavar="DOSSIER",
        help=t("course.collect_from_help"),
    )
    parser.add_argument(
        "--date-limite",
        dest="due_date",
        type=_due_date,
        default=None,
        metavar="DATE",
        help=t("course.collect_due_help"),
    )
    _course_option(parser)
    parser.set_defaults(handler=_run_collect)


def _add_autograde(steps: argparse._SubParsersAction) -> None:
    parser = steps.add_parser("autograde", help=t("course.autograde_help"))
    parser.add_argument("lesson", metavar="LECON", help=t("course.lesson_help"))
    parser.add_argument("--jobs", type=int, default=1, metavar="N", help=t("course.jobs_help"))
    parser.add_argument("--force", action="store_true", help=t("course.force_help"))
    _course_option(parser)
    parser.set_defaults(handler=_run_autograde)


def _add_feedback(steps: argparse._SubParsersAction) -> None:
    parser = steps.add_parser("feedback", help=t("course.feedback_help"))
    parser.add_argument("lesson", metavar="LECON", help=t("course.lesson_help"))
    parser.add_argument("--no-release", action="store_true", help=t("course.no_release_help"))
    _course_option(parser)
    parser.set_defaults(handler=_run_feedback)


def _add_export(steps: argparse._SubParsersAction) -> None:
    parser = steps.add_parser("export", help=t("course.export_help"))
    parser.add_argument("--out", default=None, metavar="FICHIER", help=t("course.out_help"))
    parser.add_argument(
        "--format",
        dest="layout",
        choices=("long", "large"),
        default="long",
        help=t("course.export_format_help"),
    )
    _course_option(parser)
    parser.set_defaults(handler=_run_export)


def _guarded(run):  # type: ignore[no-untyped-def]
    """Turn a :class:`~eduia.course.lessons.CourseError` into its French message and exit 2."""

    def handler(args: argparse.Namespace) -> int:
        from eduia.course.lessons import CourseError

        try:
            return run(args)
        except CourseError as error:
            print(error, file=sys.stderr)
            return 2

    return handler


@_guarded
def _run_init(args: argparse.Namespace) -> int:
    from eduia.course.folder import README_NAME, init_course

    result = init_course(
        args.directory,
        args.course_id,
        args.lessons,
        args.exchange_root,
        args.cell_timeout,
        group=args.groupe,
        db_url=args.db_url,
    )
    course_id = args.course_id or result.root.name
    print(
        t(
            "course.init_done",
            course_id=course_id,
            path=result.root,
            copied=len(result.copied),
            kept=len(result.kept),
            readme=result.root / README_NAME,
        )
    )
    return 0


@_guarded
def _run_roster(args: argparse.Namespace) -> int:
    from eduia.course.roster import ROSTER_NAME, import_roster

    result = import_roster(args.course, args.file)
    for line, reason in result.rejected:
        print(t("course.roster_rejected", line=line, reason=reason), file=sys.stderr)
    print(
        t(
            "course.roster_done",
            added=len(result.added),
            updated=len(result.updated),
            rejected=len(result.rejected),
            path=ROSTER_NAME,
        )
    )
    return 0


@_guarded
def _run_collect(args: argparse.Namespace) -> int:
    from eduia.course.collect import collect

    report = collect(args.course, args.lesson, from_folder=args.from_folder, due_date=args.due_date)
    print("\n".join(report.summary_lines()))
    return 1 if report.needs_attention else 0


@_guarded
def _run_autograde(args: argparse.Namespace) -> int:
    from eduia.course.grading import autograde, count_submissions
    from eduia.progress import ProgressBar

    total = count_submissions(args.course, args.lesson)
    if not total:
        print(t("course.no_submissions", lesson=args.lesson), file=sys.stderr)
        return 1
    bar = ProgressBar(total, log=False)
    report = autograde(
        args.course,
        args.lesson,
        jobs=max(1, args.jobs),
        force=args.force,
        on_graded=bar.advance,
        on_start=bar.restart,
    )
    print("\n".join(report.summary_lines()))
    return 1 if report.needs_attention else 0


@_guarded
def _run_feedback(args: argparse.Namespace) -> int:
    from eduia.course.feedback import generate_feedback

    result = generate_feedback(args.course, args.lesson, release=not args.no_release)
    print("\n".join(result.summary_lines()))
    for line in result.problem_lines():
        print(line, file=sys.stderr)
    return 1 if result.needs_attention else 0


@_guarded
def _run_export(args: argparse.Namespace) -> int:
    from eduia.course.export import export_marks

    path, rows = export_marks(args.course, args.out, layout=args.layout)
    print(
        t(
            "course.export_done_wide" if args.layout == "large" else "course.export_done",
            path=path,
            rows=rows,
        )
    )
    return 0

"""``eduia doctor``: check the installation and say in French what to fix."""

from __future__ import annotations

import argparse

from eduia.i18n import t


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``doctor`` sub-command."""
    parser = subparsers.add_parser("doctor", help=t("doctor.help"), description=t("doctor.help"))
    parser.add_argument("--enseignant", action="store_true", help=t("doctor.teacher_help"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Print one line per check, then the fixes; exit 1 when something is wrong."""
    from pathlib import Path

    from eduia.course.config import is_course
    from eduia.doctor import run_checks, teacher_checks

    # In a course folder, or when asked, this computer is a teacher's: the teacher package counts.
    teacher = getattr(args, "enseignant", False) or is_course(Path.cwd())
    results = run_checks(teacher_checks()) if teacher else run_checks()
    for result in results:
        mark = "✔" if result.ok else "✘"
        print(f"{mark} {result.title} : {result.detail}")
        if result.fix:
            print(f"    → {result.fix}")
    problems = sum(not result.ok for result in results)
    print()
    print(t("doctor.all_ok") if problems == 0 else t("doctor.problems", count=problems))
    return 0 if problems == 0 else 1

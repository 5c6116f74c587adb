"""Bring the results of a sandbox (:mod:`eduia.course.sandbox`) into the course.

Only the automatic part of the results is copied, through nbgrader's ``Gradebook`` API:
the submission's timestamp, each cell's automatic score and whether it needs a manual grade,
the automatic comments, the late penalty and the flag. Manual grades already given in the
course's gradebook are kept. The autograded notebooks replace the previous ones.

Examples
--------
>>> merge_sandbox("ma-classe", "/tmp/eduia-grade-x", "02-knn", "ana.dupont")  # doctest: +SKIP
"""

from __future__ import annotations

import json
import shutil
import warnings
from pathlib import Path
from typing import Any

from eduia.course.config import gradebook_url, sqlite_url


def merge_sandbox(course_root: str | Path, sandbox: str | Path, lesson: str, student: str) -> bool:
    """Copy ``student``'s results for ``lesson`` from ``sandbox`` into the course.

    The sandbox's private SQLite gradebook is read; the course's gradebook is written at its
    configured URL (``gradebook.db`` or a database server).

    Returns
    -------
    bool
        Whether the sandbox held a submission to merge.

    Examples
    --------
    >>> merge_sandbox("ma-classe", "/tmp/eduia-grade-x", "02-knn", "ana.dupont")  # doctest: +SKIP
    True
    """
    from nbgrader.api import Gradebook, MissingEntry

    course_root, sandbox = Path(course_root), Path(sandbox)
    with Gradebook(sqlite_url(sandbox)) as source:  # a sandbox's gradebook is always its own file
        try:
            submitted = source.find_submission(lesson, student)
        except MissingEntry:
            return False
        with Gradebook(gradebook_url(course_root)) as target, warnings.catch_warnings():
            warnings.simplefilter("ignore")  # SQLAlchemy's autoflush notes inside nbgrader
            _merge_submission(submitted, target, lesson, student)
    _replace_autograded(course_root, sandbox, lesson, student)
    return True


def _merge_submission(submitted: Any, target: Any, lesson: str, student: str) -> None:
    from nbgrader.api import MissingEntry

    try:
        target.find_student(student)
    except MissingEntry:
        target.add_student(student)
    target.update_or_create_submission(lesson, student, timestamp=submitted.timestamp)
    for notebook in submitted.notebooks:
        copy = target.find_submission_notebook(notebook.name, lesson, student)
        copy.flagged = notebook.flagged
        copy.late_submission_penalty = notebook.late_submission_penalty
        for grade in notebook.grades:
            into = target.find_grade(grade.name, notebook.name, lesson, student)
            into.auto_score, into.needs_manual_grade = grade.auto_score, grade.needs_manual_grade
        for comment in notebook.comments:
            into = target.find_comment(comment.name, notebook.name, lesson, student)
            into.auto_comment = comment.auto_comment
    target.db.commit()


FLAGS_NAME = "eduia-flags.json"


def track_flag(course_root: str | Path, lesson: str, student: str, attention: bool) -> None:
    """Remember the formgrader flags eduia sets, and lift them once the submission grades cleanly.

    A flag the teacher set by hand in the formgrader is never lifted: only the ones listed in
    ``logs/eduia-flags.json`` are.

    Examples
    --------
    >>> track_flag("ma-classe", "02-knn", "ana.dupont", attention=False)  # doctest: +SKIP
    """
    path = Path(course_root) / "logs" / FLAGS_NAME
    flags = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    students = set(flags.get(lesson, []))
    if attention:
        students.add(student)
    elif student in students:
        students.discard(student)
        set_flag(course_root, lesson, student, False)
    flags[lesson] = sorted(students)
    path.parent.mkdir(exist_ok=True)
    path.write_text(json.dumps(flags, indent=1, ensure_ascii=False), encoding="utf-8")


def set_flag(
    course_root: str | Path,
    lesson: str,
    student: str,
    flagged: bool,
    review: bool = False,
    db_url: str | None = None,
) -> None:
    """Flag (or unflag) ``student``'s submission of ``lesson`` in the formgrader, if it exists.

    With ``review``, the automatically graded cells that lost points (all of them when none
    did) also need a manual grade: the copy then appears among those to grade in the
    formgrader's *Manual Grading* list, and typing a score in the cell clears it, as nbgrader
    does for every manual grade. ``db_url`` names the gradebook when it is not the course's
    (a sandbox's own file).

    Examples
    --------
    >>> set_flag("ma-classe", "02-knn", "ana.dupont", True, review=True)  # doctest: +SKIP
    """
    from nbgrader.api import Gradebook, MissingEntry

    with Gradebook(db_url or gradebook_url(course_root)) as gradebook:
        try:
            submission = gradebook.find_submission(lesson, student)
        except MissingEntry:
            return
        for notebook in submission.notebooks:
            notebook.flagged = flagged
            if flagged and review:
                _ask_review(notebook.grades)
        gradebook.db.commit()


def _ask_review(grades: list[Any]) -> None:
    automatic = [
        grade for grade in grades if grade.cell_type == "code" and grade.manual_score is None
    ]
    lost = [grade for grade in automatic if (grade.auto_score or 0) < grade.max_score]
    for grade in lost or automatic:
        grade.needs_manual_grade = True


def _replace_autograded(course_root: Path, sandbox: Path, lesson: str, student: str) -> None:
    graded = sandbox / "autograded" / student / lesson
    destination = course_root / "autograded" / student / lesson
    if destination.exists():
        shutil.rmtree(destination)
    if graded.is_dir():
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(graded), str(destination))

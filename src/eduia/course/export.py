"""``eduia course export``: the marks out of 20, for French spreadsheet software.

One row per pupil and lesson (lessons with no submission yet are left out): id, last and first name, class (from ``eleves.csv``), lesson,
raw points, maximum, mark out of 20, and a status (« noté », « à vérifier », « réponses
écrites à noter », « non rendu »). Semicolons, decimal comma, UTF-8 with BOM: the file opens
correctly in LibreOffice Calc and Excel set to French. The late penalty nbgrader may compute
is taken off the points. The maximum is the lesson's core (the graded cells before « Pour aller
plus loin », :mod:`eduia.course.core_points`): points earned after it are a bonus, the mark capped
at 20.

The wide layout (``--format large``) is the one Pronote's mark entry and a class council want:
one row per pupil, one column per lesson holding the mark out of 20 (empty when nothing was handed
in), and a last column naming the lessons whose mark is not final yet (« à vérifier », written
answers to grade).

Examples
--------
>>> french_number(15.625, 2)
'15,63'
>>> french_number(4.0)
'4'
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from eduia.course.lessons import require_course
from eduia.i18n import french_number, t

HEADER_KEYS = (
    "id",
    "last_name",
    "first_name",
    "classe",
    "lesson",
    "points",
    "maximum",
    "mark",
    "status",
)


def _csv_number(value: float, decimals: int | None = None) -> str:
    """A number for the spreadsheet: :func:`eduia.i18n.french_number` without thousands apart.

    Examples
    --------
    >>> _csv_number(7.5), _csv_number(20 * 2 / 3, 2)
    ('7,5', '13,33')
    """
    return french_number(value, decimals, grouping=False)


def mark_out_of_20(score: float, max_score: float) -> float:
    """The mark out of 20 of ``score`` points out of ``max_score`` (0 when there is no maximum).

    ``max_score`` is the lesson's core (:mod:`eduia.course.core_points`): points earned in
    « Pour aller plus loin » are a bonus, and the mark never goes above 20.

    Examples
    --------
    >>> mark_out_of_20(6, 8), mark_out_of_20(9, 4)
    (15.0, 20.0)
    """
    return min(20.0, 20.0 * score / max_score) if max_score else 0.0


@dataclass(frozen=True)
class MarkRow:
    """One pupil's result for one lesson; ``points`` is ``None`` when nothing was handed in."""

    id: str
    last_name: str
    first_name: str
    classe: str
    lesson: str
    points: float | None
    maximum: float
    status: str

    def cells(self) -> list[str]:
        """The row as the CSV writes it (decimal comma, empty cells for missing work).

        Examples
        --------
        >>> MarkRow("ana", "ROUX", "Ana", "2nde 3", "02", 7.5, 8.0, "graded").cells()[5:]
        ['7,5', '8', '18,75', 'noté']
        """
        missing = self.points is None
        return [
            self.id,
            self.last_name,
            self.first_name,
            self.classe,
            self.lesson,
            "" if missing else _csv_number(self.points),
            _csv_number(self.maximum),
            "" if missing else _csv_number(mark_out_of_20(self.points, self.maximum), 2),
            t(f"course.status_{self.status}"),
        ]


def mark_rows(course_root: str | Path) -> list[MarkRow]:
    """Every pupil's result for every lesson of the course's gradebook.

    Examples
    --------
    >>> rows = mark_rows("ma-classe")  # doctest: +SKIP
    """
    from nbgrader.api import Gradebook, MissingEntry

    from eduia.course.config import gradebook_url
    from eduia.course.core_points import core_maximum
    from eduia.course.roster import plain, read_roster

    root = require_course(course_root)
    classes = {pupil.id: pupil.classe for pupil in read_roster(root)}
    rows = []
    with Gradebook(gradebook_url(root)) as gradebook:
        students = sorted(
            gradebook.students,
            key=lambda s: (plain(s.last_name or ""), plain(s.first_name or ""), s.id),
        )
        for assignment in sorted(gradebook.assignments, key=lambda a: a.name):
            if not assignment.submissions:  # generated in advance, nothing collected yet
                continue
            maximum = core_maximum(root, assignment.name) or float(assignment.max_score)
            for student in students:
                try:
                    submission = gradebook.find_submission(assignment.name, student.id)
                except MissingEntry:
                    submission = None
                rows.append(
                    _row(student, classes.get(student.id, ""), assignment, submission, maximum)
                )
    return rows


def _row(
    student: object, classe: str, assignment: object, submission: object | None, maximum: float
) -> MarkRow:
    names = (student.id, student.last_name or "", student.first_name or "", classe)  # type: ignore[attr-defined]
    lesson = assignment.name  # type: ignore[attr-defined]
    if submission is None:
        return MarkRow(*names, lesson, None, maximum, "missing")
    points = max(0.0, float(submission.score) - float(submission.late_submission_penalty or 0))  # type: ignore[attr-defined]
    notebooks = submission.notebooks  # type: ignore[attr-defined]
    if any(notebook.flagged for notebook in notebooks):
        status = "check"
    elif submission.needs_manual_grade:  # type: ignore[attr-defined]
        status = "to_grade"
    else:
        status = "graded"
    return MarkRow(*names, lesson, points, maximum, status)


def marks_csv(rows: list[MarkRow]) -> str:
    """The CSV text (semicolons, CRLF line ends, no BOM: :func:`export_marks` adds it).

    Examples
    --------
    >>> marks_csv([]).splitlines()[0].split(";")[0]
    'identifiant'
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([t(f"course.column_{key}") for key in HEADER_KEYS])
    writer.writerows(row.cells() for row in rows)
    return buffer.getvalue()


def wide_csv(rows: list[MarkRow]) -> str:
    """The wide CSV text: one row per pupil, one column of marks out of 20 per lesson.

    Examples
    --------
    >>> row = MarkRow("ana", "ROUX", "Ana", "2nde 3", "02", 7.5, 8.0, "graded")
    >>> wide_csv([row]).splitlines()[1]
    'ana;ROUX;Ana;2nde 3;18,75;'
    """
    lessons = sorted({row.lesson for row in rows})
    pupils: dict[str, list[MarkRow]] = {}
    for row in rows:
        pupils.setdefault(row.id, []).append(row)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(
        [t(f"course.column_{key}") for key in HEADER_KEYS[:4]]
        + [t("course.column_lesson_mark", lesson=lesson) for lesson in lessons]
        + [t("course.column_not_final")]
    )
    for marks in pupils.values():
        first, by_lesson = marks[0], {row.lesson: row for row in marks}
        cells = [first.id, first.last_name, first.first_name, first.classe]
        for lesson in lessons:
            row = by_lesson.get(lesson)
            missing = row is None or row.points is None
            cells.append("" if missing else _csv_number(mark_out_of_20(row.points, row.maximum), 2))
        pending = [
            f"{row.lesson} ({t(f'course.status_{row.status}')})"
            for row in marks
            if row.status in ("check", "to_grade")
        ]
        writer.writerow(cells + [", ".join(pending)])
    return buffer.getvalue()


#: The layouts of :func:`export_marks`: one row per pupil and lesson, or one row per pupil.
LAYOUTS = ("long", "large")


def export_marks(
    course_root: str | Path, out: str | Path | None = None, layout: str = "long"
) -> tuple[Path, int]:
    """Write the marks of the course to ``out`` (``notes.csv`` or ``notes-large.csv`` in the course).

    Parameters
    ----------
    layout : str
        ``"long"`` (one row per pupil and lesson) or ``"large"`` (one row per pupil, one column
        per lesson, for Pronote).

    Returns
    -------
    tuple
        The file written and the number of rows.

    Raises
    ------
    CourseError
        When ``out`` is a folder or cannot be written (French message).

    Examples
    --------
    >>> export_marks("ma-classe", "notes.csv")  # doctest: +SKIP
    (PosixPath('notes.csv'), 30)
    """
    from eduia.course.lessons import CourseError

    rows = mark_rows(course_root)
    wide = layout == "large"
    path = Path(out) if out else Path(course_root) / ("notes-large.csv" if wide else "notes.csv")
    if path.is_dir():
        raise CourseError(t("course.export_out_is_folder", path=path))
    if not path.parent.is_dir():
        raise CourseError(t("course.export_no_folder", path=path.parent))
    text = wide_csv(rows) if wide else marks_csv(rows)
    try:
        path.write_bytes(text.encode("utf-8-sig"))
    except OSError as error:
        raise CourseError(
            t("course.export_unwritable", path=path, error=error.strerror or error)
        ) from None
    return path, len({row.id for row in rows}) if wide else len(rows)

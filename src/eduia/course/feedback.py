"""``eduia course feedback``: each pupil's feedback page, that leaks nothing, sent or handed over.

nbgrader's feedback is the autograded notebook as HTML: it holds the hidden tests (nbgrader
puts them back to grade) and everything pupil code printed during the grading run, so a cell
running ``%history``, a function recording its arguments or a cell reading the lesson's
source shows them to the pupil; it copies every file of the autograded folder (a corrigé kept
in ``source/<lesson>/`` included); it is in English, out of the raw points, loads MathJax from
a CDN, and one copy without ``timestamp.txt`` stops it for everyone.

Here each pupil is handled on their own (:func:`generate_feedback`):

- the page is built by :mod:`eduia.course.feedback_page` from the notebook the pupil handed in,
  the gradebook's points and the teacher's comments; before it is written, a guard checks that
  no line of a hidden test appears in it unless the pupil's own copy holds it;
- the only files that go with it are the ones the teacher puts in
  ``joindre-aux-retours/<lesson>/`` (:data:`ATTACHMENTS_DIR`): copied beside the page and
  carried inside it as downloads;
- a pupil who handed in through nbgrader's exchange gets the page released there (``nbgrader
  fetch_feedback`` or JupyterLab's Assignments tab); a copy that came another way (USB stick,
  separate PC: no ``submission_secret.txt``), or whose release failed, gets its page in
  ``retours-a-remettre/<lesson>/<pupil>/`` (:data:`HAND_OVER_DIR`) for the teacher to hand over;
- the summary says who got what (:meth:`FeedbackResult.summary_lines`).

Examples
--------
>>> result = generate_feedback("ma-classe", "02-plus-proches-voisins")  # doctest: +SKIP
>>> print("\\n".join(result.summary_lines()))  # doctest: +SKIP
"""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eduia.course.lessons import CourseError, require_course, resolve_lesson
from eduia.i18n import t

#: Files the teacher declares for the pupils: ``<course>/joindre-aux-retours/<lesson>/``.
ATTACHMENTS_DIR = "joindre-aux-retours"
#: Pages to hand over by hand: ``<course>/retours-a-remettre/<lesson>/<pupil>/``.
HAND_OVER_DIR = "retours-a-remettre"
#: Hidden-test lines shorter than this are not looked for by the leak guard (``pass``, ``)``).
MIN_GUARDED_LINE = 8

RELEASED, HAND_OVER, RELEASE_FAILED, WRITTEN = "released", "hand_over", "release_failed", "written"
UNREADABLE, NOT_GRADED, RESUBMITTED, LEAK, ERROR = (
    "unreadable",
    "not_graded",
    "resubmitted",
    "leak",
    "error",
)
_WITH_PAGE = (RELEASED, HAND_OVER, RELEASE_FAILED, WRITTEN)


@dataclass
class PupilFeedback:
    """What one pupil got: ``route`` is one of the constants above; ``pages`` in feedback/."""

    student: str
    route: str
    pages: list[Path] = field(default_factory=list)
    detail: dict[str, str] = field(default_factory=dict)

    def line(self, lesson: str, language: str | None = None) -> str:
        """The summary line of this pupil."""
        return t(
            f"course.feedback_pupil_{self.route}",
            language,
            student=self.student,
            lesson=lesson,
            **self.detail,
        )


@dataclass
class FeedbackResult:
    """Every pupil's outcome; the folders the teacher needs; the attached files."""

    lesson: str
    pupils: list[PupilFeedback] = field(default_factory=list)
    hand_over_dir: Path | None = None
    attachments: list[str] = field(default_factory=list)
    too_big: list[str] = field(default_factory=list)
    release: bool = True

    @property
    def pages(self) -> list[Path]:
        """The pages written in ``feedback/``, all pupils together."""
        return sorted(page for pupil in self.pupils for page in pupil.pages)

    @property
    def released(self) -> bool:
        """Whether at least one page went through the exchange."""
        return any(pupil.route == RELEASED for pupil in self.pupils)

    @property
    def release_error(self) -> str:
        """The first release failure, or ``""``."""
        return next((p.detail["error"] for p in self.pupils if p.route == RELEASE_FAILED), "")

    @property
    def needs_attention(self) -> bool:
        """Whether the teacher must act: a release failed, a copy is not graded (or was handed in
        again since), a page was refused. An unreadable copy was already flagged by autograde."""
        return any(
            pupil.route not in (RELEASED, HAND_OVER, WRITTEN, UNREADABLE) for pupil in self.pupils
        )

    def count(self, *routes: str) -> int:
        """How many pupils took one of ``routes``."""
        return sum(pupil.route in routes for pupil in self.pupils)

    def summary_lines(self, language: str | None = None) -> list[str]:
        """The French (or English) summary: pages written, one line per pupil, a total.

        Examples
        --------
        >>> result = FeedbackResult("demo", [PupilFeedback("ana", RELEASED, [Path("p.html")])])
        >>> result.summary_lines("fr")[1]
        "  ana : retour envoyé par le dossier d'échange"
        """
        lines = [t("course.feedback_done", language, lesson=self.lesson, count=len(self.pages))]
        lines += [pupil.line(self.lesson, language) for pupil in self.pupils]
        if self.attachments:
            lines.append(
                t(
                    "course.feedback_attachments",
                    language,
                    files=", ".join(self.attachments),
                    folder=f"{ATTACHMENTS_DIR}/{self.lesson}/",
                )
            )
        lines += [
            t("course.feedback_attachment_too_big", language, file=name) for name in self.too_big
        ]
        if self.count(HAND_OVER, RELEASE_FAILED) and self.hand_over_dir is not None:
            lines.append(t("course.feedback_hand_over_dir", language, folder=self.hand_over_dir))
        if self.released:
            lines.append(t("course.feedback_released", language))
        lines.append(
            t(
                "course.feedback_summary",
                language,
                released=self.count(RELEASED),
                hand_over=self.count(HAND_OVER, RELEASE_FAILED),
                written=self.count(WRITTEN),
                missing=len(self.pupils) - self.count(*_WITH_PAGE),
            )
        )
        return lines

    def problem_lines(self, language: str | None = None) -> list[str]:
        """The lines for the error stream: a release that failed (the pages are still there)."""
        if not self.release_error:
            return []
        return [t("course.feedback_release_failed", language, error=self.release_error)]


@dataclass(frozen=True)
class _Submission:
    """What the gradebook holds of one pupil's submission (read once, then detached)."""

    student: str
    name: str
    score: float
    max_score: float
    pending: bool
    notebooks: tuple[Any, ...]


def generate_feedback(course_root: str | Path, lesson: str, release: bool = True) -> FeedbackResult:
    """Write every graded pupil's feedback for ``lesson``; release it or set it aside to hand over.

    Parameters
    ----------
    course_root : str or Path
        The course folder.
    lesson : str
        The lesson id or number.
    release : bool
        Release the pages of the pupils who handed in through nbgrader's exchange.

    Raises
    ------
    CourseError
        No course there, unknown lesson, or nothing graded yet for it (French message).

    Examples
    --------
    >>> generate_feedback("ma-classe", "02", release=False).summary_lines()  # doctest: +SKIP
    """
    from eduia.course.config import load_course_config

    root = require_course(course_root)
    lesson = resolve_lesson(root, lesson)
    submissions, released_cells, hidden = _read_gradebook(root, lesson)
    graded = [s for s in submissions if (root / "autograded" / s.student / lesson).is_dir()]
    if not graded:
        raise CourseError(t("course.feedback_not_graded", lesson=lesson))
    config = load_course_config(root)
    attachments = _attachments(root, lesson)
    result = FeedbackResult(
        lesson,
        release=release,
        attachments=[name for name, _ in attachments],
        too_big=[name for name, data in attachments if len(data) > _max_attached()],
    )
    hand_over = root / HAND_OVER_DIR / lesson
    shutil.rmtree(hand_over, ignore_errors=True)
    result.hand_over_dir = hand_over
    for submission in submissions:
        try:
            pupil = _pupil_feedback(root, lesson, submission, released_cells, hidden, attachments)
        except Exception as error:  # noqa: BLE001 - one pupil's page; the others still get theirs
            pupil = PupilFeedback(
                submission.student,
                ERROR,
                detail={"error": f"{type(error).__name__}: {error}"[:300]},
            )
        if pupil.route == WRITTEN:
            _deliver(root, config, lesson, pupil, release, hand_over)
        result.pupils.append(pupil)
    known = {submission.student for submission in submissions}
    waiting = sorted(p.parent.name for p in (root / "submitted").glob(f"*/{lesson}") if p.is_dir())
    result.pupils += [
        PupilFeedback(student, NOT_GRADED) for student in waiting if student not in known
    ]
    result.pupils.sort(key=lambda pupil: pupil.student)
    return result


def _max_attached() -> int:
    from eduia.course.feedback_page import MAX_ATTACHMENT_BYTES

    return MAX_ATTACHMENT_BYTES


def _read_gradebook(root: Path, lesson: str) -> tuple[list[_Submission], dict, dict]:
    """Every submission's points and comments; each notebook's locked cells as released and
    the lines of its hidden tests (for the leak guard)."""
    import warnings

    from nbgrader.api import Gradebook, MissingEntry

    from eduia.course.config import gradebook_url
    from eduia.course.core_points import core_maximum
    from eduia.course.feedback_page import CellGrade, NotebookGrades

    submissions: list[_Submission] = []
    with warnings.catch_warnings(), Gradebook(gradebook_url(root)) as gradebook:
        warnings.simplefilter("ignore")  # SQLAlchemy's notes inside nbgrader
        try:
            assignment = gradebook.find_assignment(lesson)
        except MissingEntry:
            raise CourseError(t("course.feedback_not_graded", lesson=lesson)) from None
        maximum = core_maximum(root, lesson) or float(assignment.max_score or 0)
        released, hidden = {}, {}
        for notebook in assignment.notebooks:
            released[notebook.name], hidden[notebook.name] = _released_cells(notebook.source_cells)
        for submission in gradebook.assignment_submissions(lesson):
            student = submission.student
            notebooks = []
            for notebook in submission.notebooks:
                grades = {
                    grade.name: CellGrade(
                        grade.name,
                        grade.cell_type,
                        float(grade.score or 0),
                        float(grade.max_score or 0),
                        bool(grade.needs_manual_grade),
                    )
                    for grade in notebook.grades
                }
                comments = {c.name: (c.manual_comment or "").strip() for c in notebook.comments}
                grades = {
                    name: CellGrade(
                        g.name,
                        g.cell_type,
                        g.score,
                        g.max_score,
                        g.needs_manual_grade,
                        comments.get(name, ""),
                    )
                    for name, g in grades.items()
                }
                notebooks.append(
                    NotebookGrades(
                        notebook.name,
                        float(notebook.score or 0),
                        float(notebook.max_score or 0),
                        grades,
                        float(notebook.late_submission_penalty or 0),
                        {k: v for k, v in comments.items() if v},
                    )
                )
            name = " ".join(part for part in (student.first_name, student.last_name) if part)
            submissions.append(
                _Submission(
                    student.id,
                    name,
                    float(submission.score or 0),
                    maximum,
                    bool(submission.needs_manual_grade),
                    tuple(notebooks),
                )
            )
    return sorted(submissions, key=lambda s: s.student), released, hidden


def _released_cells(source_cells: list) -> tuple[dict[str, tuple[str, str]], set[str]]:
    """Locked cells as the pupil received them, and the lines that were cut (hidden tests)."""
    from nbformat.notebooknode import NotebookNode
    from nbgrader.preprocessors import ClearHiddenTests, ClearMarkScheme

    clear_tests, clear_scheme = ClearHiddenTests(), ClearMarkScheme()
    released: dict[str, tuple[str, str]] = {}
    hidden: set[str] = set()
    shown: set[str] = set()
    for source_cell in source_cells:
        cell = NotebookNode(
            cell_type=source_cell.cell_type,
            source=source_cell.source or "",
            metadata=NotebookNode(nbgrader=NotebookNode(grade_id=source_cell.name)),
        )
        clear_tests._remove_hidden_test_region(cell)
        if cell.cell_type == "markdown":
            clear_scheme._remove_mark_scheme_region(cell)
        kept = {line.strip() for line in cell.source.splitlines()}
        shown |= kept
        hidden |= {
            line.strip()
            for line in (source_cell.source or "").splitlines()
            if len(line.strip()) >= MIN_GUARDED_LINE and line.strip() not in kept
        }
        if source_cell.locked:
            released[source_cell.name] = (source_cell.cell_type, cell.source)
    return released, hidden - shown  # a line also shown to the pupil elsewhere reveals nothing


def _attachments(root: Path, lesson: str) -> list[tuple[str, bytes]]:
    """The files the teacher declared for ``lesson`` (regular files, links and hidden files left out)."""
    folder = root / ATTACHMENTS_DIR / lesson
    if not folder.is_dir():
        return []
    files = []
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if (
            path.is_symlink()
            or not path.is_file()
            or any(p.startswith(".") for p in relative.parts)
        ):
            continue
        files.append((relative.as_posix(), path.read_bytes()))
    return files


def _pupil_feedback(
    root: Path,
    lesson: str,
    submission: _Submission,
    released_cells: dict,
    hidden: dict,
    attachments: list[tuple[str, bytes]],
) -> PupilFeedback:
    """Write ``feedback/<pupil>/<lesson>/``; the route says what is left to do."""
    import tempfile

    from eduia.course.feedback_page import MAX_ATTACHMENT_BYTES, PageContext, render_page
    from eduia.course.staging import stage_submission

    student = submission.student
    submitted = root / "submitted" / student / lesson
    graded = root / "autograded" / student / lesson
    expected = {nb.name: set(nb.grades) for nb in submission.notebooks}
    context = PageContext(
        lesson,
        student,
        submission.name,
        submission.score,
        submission.max_score,
        submission.pending,
        tuple((n, d) for n, d in attachments if len(d) <= MAX_ATTACHMENT_BYTES),
    )
    pages: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="eduia-feedback-") as work:
        staged = Path(work) / lesson  # the pupil's copy, renamed notebooks set right, untouched
        stage_submission(submitted, staged, expected)
        handed_in = {nb.name: _read(staged / f"{nb.name}.ipynb") for nb in submission.notebooks}
        if not any(handed_in.values()):
            return PupilFeedback(student, UNREADABLE)
        if not graded.is_dir():
            return PupilFeedback(student, NOT_GRADED)
        if _newer(submitted, graded):
            return PupilFeedback(student, RESUBMITTED)
        for grades in submission.notebooks:
            notebook = handed_in[grades.name]
            page = render_page(context, notebook, grades, released_cells.get(grades.name, {}))
            leaked = _leaked_line(page, hidden.get(grades.name, set()), notebook)
            if leaked:
                return PupilFeedback(student, LEAK, detail={"line": leaked[:80]})
            pages[grades.name] = page
    folder = root / "feedback" / student / lesson
    shutil.rmtree(folder, ignore_errors=True)  # no stale file of an earlier run, or of nbgrader's
    folder.mkdir(parents=True)
    for name, page in pages.items():
        (folder / f"{name}.html").write_text(page, encoding="utf-8")
    for name in ("timestamp.txt", "submission_secret.txt"):
        for origin in (submitted / name, graded / name):
            if origin.is_file() and not origin.is_symlink():
                shutil.copyfile(origin, folder / name)
                break
    for name, data in attachments:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    return PupilFeedback(student, WRITTEN, sorted(folder.glob("*.html")))


def _read(path: Path) -> Any:
    import warnings

    import nbformat

    if not path.is_file():
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return nbformat.read(path, as_version=4)


def _newer(submitted: Path, graded: Path) -> bool:
    """Whether the pupil handed in again after the copy was graded (both timestamps known)."""
    from nbgrader.coursedir import CourseDirectory

    coursedir = CourseDirectory()
    try:
        new = coursedir.get_existing_timestamp(str(submitted))
        old = coursedir.get_existing_timestamp(str(graded))
    except Exception:  # noqa: BLE001 - a timestamp.txt that is not a date: nothing to say
        return False
    return new is not None and old is not None and new > old


def _leaked_line(page: str, hidden: set[str], notebook: Any) -> str:
    """A hidden-test line shown by ``page`` that the pupil's own copy does not hold, or ``""``."""
    import json

    from eduia.course.feedback_page import visible_text

    if not hidden:
        return ""
    shown = visible_text(page)
    own = json.dumps(notebook, ensure_ascii=False) if notebook is not None else ""
    own_lines = {
        line.strip()
        for cell in (notebook.cells if notebook is not None else [])
        for line in str(cell.get("source", "")).splitlines()
    }
    for line in sorted(hidden):
        if line in shown and line not in own_lines and json.dumps(line)[1:-1] not in own:
            return line
    return ""


def _deliver(
    root: Path, config: Any, lesson: str, pupil: PupilFeedback, release: bool, hand_over: Path
) -> None:
    """Release ``pupil``'s page through the exchange, or copy it to the hand-over folder."""
    folder = root / "feedback" / pupil.student / lesson
    through_exchange = (
        root / "submitted" / pupil.student / lesson / "submission_secret.txt"
    ).is_file()
    if through_exchange and not release:
        return
    if through_exchange:
        error = _release_one(config, lesson, pupil.student)
        if not error:
            pupil.route = RELEASED
            return
        pupil.route, pupil.detail = RELEASE_FAILED, {"error": error}
    else:
        pupil.route = HAND_OVER
    destination = hand_over / pupil.student
    shutil.copytree(
        folder,
        destination,
        ignore=shutil.ignore_patterns("timestamp.txt", "submission_secret.txt"),
        dirs_exist_ok=True,
    )
    pupil.detail["folder"] = str(destination)


def _release_one(config: Any, lesson: str, student: str) -> str:
    """Release one pupil's feedback through nbgrader's exchange; the error, or ``""``."""
    import copy
    import os

    from nbgrader.auth import Authenticator
    from nbgrader.coursedir import CourseDirectory
    from nbgrader.exchange.default import ExchangeReleaseFeedback

    from eduia.course.config import DEFAULT_EXCHANGE_ROOT

    exchange = Path(
        str(config.Exchange.root if "root" in config.Exchange else DEFAULT_EXCHANGE_ROOT)
    )
    if not exchange.is_dir() or not os.access(exchange, os.W_OK | os.X_OK):
        return t("course.feedback_exchange_unusable", root=exchange)
    config = copy.deepcopy(config)
    config.CourseDirectory.assignment_id = lesson
    config.CourseDirectory.student_id = student
    logger = logging.getLogger("eduia.course.feedback.exchange")
    logger.propagate = False
    if not logger.handlers:
        logger.addHandler(logging.NullHandler())
    try:
        coursedir = CourseDirectory(config=config, log=logger)
        ExchangeReleaseFeedback(
            coursedir=coursedir,
            authenticator=Authenticator(config=config),
            config=config,
            log=logger,
        ).start()
    except BaseException as error:  # nbgrader's fail() raises ExchangeError; SystemExit too
        if isinstance(error, KeyboardInterrupt):
            raise
        text = str(error).strip().splitlines()
        return (text[-1] if text else type(error).__name__)[:300]
    return ""


__all__ = [
    "ATTACHMENTS_DIR",
    "HAND_OVER_DIR",
    "FeedbackResult",
    "PupilFeedback",
    "generate_feedback",
]

"""Autograde every submission of a lesson, in parallel if asked, and summarise per pupil.

nbgrader's own autograde is sequential. Here each submission is graded in a sandbox
(:mod:`eduia.course.sandbox`) by a pool of worker processes, then merged into the course's
gradebook by this process alone (:mod:`eduia.course.merge`), so the gradebook ends up exactly
as a sequential run leaves it. One broken submission never stops the others; each problem
becomes a line of the summary (:mod:`eduia.course.issues`).

Examples
--------
>>> report = autograde("ma-classe", "02-plus-proches-voisins", jobs=2)  # doctest: +SKIP
>>> print("\\n".join(report.summary_lines()))  # doctest: +SKIP
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from eduia.course.issues import Issue, unique_issues
from eduia.course.lessons import CourseError, require_course, resolve_lesson
from eduia.course.sandbox import GradingJob, GradingOutcome
from eduia.i18n import t

#: How worker processes start: ``None`` picks ``fork`` where it exists (Linux, macOS: workers
#: share the parent's imports) and ``spawn`` elsewhere (Windows).
START_METHOD: str | None = None


@dataclass
class PupilResult:
    """One pupil's graded submission: points, maximum, and the problems met."""

    student: str
    score: float
    max_score: float
    issues: list[Issue] = field(default_factory=list)
    written_to_grade: bool = False

    @property
    def needs_attention(self) -> bool:
        """Whether the teacher must look at this submission."""
        return any(issue.needs_attention for issue in self.issues)


@dataclass
class GradingReport:
    """The result of :func:`autograde`: one :class:`PupilResult` per graded pupil."""

    lesson: str
    results: list[PupilResult]
    skipped: list[str] = field(default_factory=list)
    jobs: int = 1
    isolated: bool = True
    unknown: list[tuple[str, str | None]] = field(default_factory=list)
    protection: str = ""

    @property
    def needs_attention(self) -> bool:
        """Whether some submission, or a folder of no pupil, needs the teacher (exit code 1)."""
        return bool(self.unknown) or any(result.needs_attention for result in self.results)

    def summary_lines(self, language: str | None = None) -> list[str]:
        """The French (or English) summary: one line per pupil, one per problem, a total.

        Examples
        --------
        >>> report = GradingReport("demo", [PupilResult("ana.roux", 6, 8)])
        >>> report.summary_lines("fr")[1]
        '  ana.roux : 6 / 8 points, soit 15,00 / 20'
        """
        from eduia.course.export import mark_out_of_20
        from eduia.i18n import french_number

        lines = [t("course.summary_title", language, lesson=self.lesson, count=len(self.results))]
        if not self.isolated:
            blocked = self.protection == "blocked"
            lines.insert(
                0, t("course.not_isolated_blocked" if blocked else "course.not_isolated", language)
            )
        elif self.protection == "uid":  # partial: a warning, first
            lines.insert(0, t("course.protection_uid", language))
        for result in self.results:
            key = "course.summary_attention" if result.needs_attention else "course.summary_ok"
            lines.append(
                t(
                    key,
                    language,
                    student=result.student,
                    score=french_number(result.score),
                    max=french_number(result.max_score),
                    mark=french_number(mark_out_of_20(result.score, result.max_score), 2),
                )
            )
            if result.written_to_grade:
                lines.append("    " + t("course.summary_written", language))
            for issue in result.issues:
                marker = "!" if issue.needs_attention else "-"
                lines.append(f"    {marker} {issue.message(language)}")
        for name, suggestion in self.unknown:
            hint = (
                t("course.summary_unknown_hint", language, suggestion=suggestion)
                if suggestion
                else ""
            )
            lines.append(t("course.summary_unknown", language, name=name, hint=hint))
        attention = sum(result.needs_attention for result in self.results)
        lines.append(
            t(
                "course.summary_total",
                language,
                graded=len(self.results),
                attention=attention,
                skipped=len(self.skipped),
            )
        )
        if self.protection.startswith("bwrap"):  # which protection the pupils' code had, once
            key = "course.protection_" + self.protection.replace("+", "_")
            lines.insert(1 if self.isolated else 2, t(key, language))
        return lines


def autograde(
    course_root: str | Path,
    lesson: str,
    jobs: int = 1,
    force: bool = False,
    on_graded: Callable[[str], None] | None = None,
    on_start: Callable[[int], None] | None = None,
) -> GradingReport:
    """Autograde every collected submission of ``lesson`` in the course ``course_root``.

    Parameters
    ----------
    course_root : str or Path
        The course folder (made by ``eduia course init``).
    lesson : str
        The lesson (assignment) id, or its number (``"02"``).
    jobs : int
        Worker processes; 1 grades in this process.
    force : bool
        Grade again submissions already graded and unchanged since.
    on_graded : callable, optional
        Called with each pupil's id once graded (a progress bar).
    on_start : callable, optional
        Called with the number of submissions about to be graded.

    Raises
    ------
    CourseError
        No course there, unknown lesson, or a lesson not generated yet.

    Examples
    --------
    >>> autograde("ma-classe", "02", jobs=2).needs_attention  # doctest: +SKIP
    False
    """
    import nbgrader.converters  # noqa: F401  (imported once here, shared by forked workers)

    import eduia.course.preprocessors  # noqa: F401

    root = require_course(course_root)
    lesson = resolve_lesson(root, lesson)
    expected = expected_notebooks(root, lesson)
    students, skipped, unknown = _students_to_grade(root, lesson, force)
    if on_start:
        on_start(len(students))
    from eduia.course.isolation import allocate_uid, protection, teacher_paths

    mode = protection()
    by_uid, sandboxed = mode in ("bwrap+uid", "uid"), mode.startswith("bwrap")
    if sandboxed:
        teacher_paths()  # found once here, before the workers fork
    work_dir = Path(tempfile.mkdtemp(prefix="eduia-autograde-"))
    try:
        if by_uid:
            os.chmod(work_dir, 0o711)  # kernel users cross it to their own folder only
        snapshot = _snapshot_gradebook(root, work_dir)
        grading_jobs = [
            GradingJob(
                str(root),
                lesson,
                student,
                str(snapshot),
                str(work_dir),
                expected,
                allocate_uid() if by_uid else 0,
                sandboxed,
                _gradebook_files(root),
            )
            for student in students
        ]
        issues: dict[str, list[Issue]] = {}
        guard = TamperGuard(root, snapshot)
        for outcome in _run(grading_jobs, jobs):
            changed = guard.changes()
            if changed:
                issues[outcome.student] = unique_issues(outcome.issues) + [
                    Issue("tampering", {"what": ", ".join(changed)})
                ]
                guard.accept()
            else:
                issues[outcome.student] = _merge(root, lesson, outcome)
                guard.accept()
            if on_graded:
                on_graded(outcome.student)
    finally:
        shutil.rmtree(work_dir, ignore_errors=True)
    results = _results(root, lesson, sorted(issues), issues)
    isolated = mode not in ("none", "blocked")
    return GradingReport(lesson, results, skipped, max(1, jobs), isolated, unknown, mode)


def _gradebook_files(root: Path) -> tuple[str, ...]:
    """The gradebook's SQLite file when it lives outside the course (hidden from kernels)."""
    from eduia.course.config import gradebook_url, is_sqlite_url

    url = gradebook_url(root)
    if not is_sqlite_url(url) or not url.startswith("sqlite:///"):
        return ()
    path = Path(url[len("sqlite:///") :])
    return (str(path),) if path.exists() else ()


class TamperGuard:
    """Hashes of what no pupil code may change: the gradebook, its snapshot, the configuration
    and every submission. :meth:`changes` names what changed since the last :meth:`accept`.

    Examples
    --------
    >>> TamperGuard(Path("ma-classe"), Path("snap.db")).changes()  # doctest: +SKIP
    []
    """

    def __init__(self, root: Path, snapshot: Path) -> None:
        self.root, self.snapshot = root, snapshot
        self.accept()
        self.frozen = {"snapshot": _digest(snapshot)}

    def _state(self) -> dict[str, str]:
        state = {
            "gradebook.db": _digest(self.root / "gradebook.db"),
            "nbgrader_config.py": _digest(self.root / "nbgrader_config.py"),
        }
        for path in sorted((self.root / "submitted").rglob("*")):
            if path.is_file() or path.is_symlink():
                state[str(path.relative_to(self.root))] = _digest(path)
        return state

    def accept(self) -> None:
        """Take the current state as the reference (after eduia's own merge)."""
        self.state = self._state()

    def changes(self) -> list[str]:
        """What changed since :meth:`accept`, as paths relative to the course."""
        now = self._state()
        changed = sorted(
            name for name in set(now) | set(self.state) if now.get(name) != self.state.get(name)
        )
        if _digest(self.snapshot) != self.frozen["snapshot"]:
            changed.append("snapshot")
        return changed


def _digest(path: Path) -> str:
    import hashlib

    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return "missing"


def count_submissions(course_root: str | Path, lesson: str) -> int:
    """How many pupils handed in ``lesson`` (folders ``submitted/<pupil>/<lesson>``).

    Examples
    --------
    >>> count_submissions("ma-classe", "02")  # doctest: +SKIP
    30
    """
    root = require_course(course_root)
    lesson = resolve_lesson(root, lesson)
    return sum(1 for path in (root / "submitted").glob(f"*/{lesson}") if path.is_dir())


def expected_notebooks(root: Path, lesson: str) -> dict[str, set[str]]:
    """The lesson's notebooks in the gradebook, each with the nbgrader ids of its cells.

    Examples
    --------
    >>> expected_notebooks(Path("ma-classe"), "02-knn")  # doctest: +SKIP
    {'02-knn': {'q1', 'q1-tests', 'reponse'}}
    """
    from nbgrader.api import Gradebook, MissingEntry

    from eduia.course.config import gradebook_url

    with Gradebook(gradebook_url(root)) as gradebook:
        try:
            assignment = gradebook.find_assignment(lesson)
        except MissingEntry:
            raise CourseError(t("course.lesson_not_generated", lesson=lesson)) from None
        expected = {nb.name: {cell.name for cell in nb.source_cells} for nb in assignment.notebooks}
    if not expected:
        raise CourseError(t("course.lesson_not_generated", lesson=lesson))
    return expected


def _students_to_grade(root: Path, lesson: str, force: bool) -> tuple[list[str], list[str], list]:
    """Who to grade, who is graded and unchanged, and the folders of no pupil of the class list."""
    from eduia.course.collect import unknown_submitted

    unknown = {copy.name: copy.suggestion for copy in unknown_submitted(root, lesson)}
    submitted = sorted(
        p.parent.name
        for p in (root / "submitted").glob(f"*/{lesson}")
        if p.is_dir() and p.parent.name not in unknown
    )
    to_grade, skipped = [], []
    for student in submitted:
        graded = root / "autograded" / student / lesson
        if force or not graded.is_dir() or _newer(root / "submitted" / student / lesson, graded):
            to_grade.append(student)
        else:
            skipped.append(student)
    return to_grade, skipped, sorted(unknown.items())


def _newer(submitted: Path, graded: Path) -> bool:
    """Whether ``submitted`` was handed in after ``graded`` was graded (or a date is unreadable)."""
    from eduia.course.collect import BadTimestamp, read_timestamp

    try:
        new, old = read_timestamp(submitted), read_timestamp(graded)
    except BadTimestamp:
        return True
    return new is not None and (old is None or new > old)


def _snapshot_gradebook(root: Path, work_dir: Path) -> Path:
    """A consistent private SQLite copy of the gradebook, whatever database holds it.

    A SQLite gradebook is copied with SQLite's backup API; one on a database server
    (PostgreSQL) is copied table by table through nbgrader's SQLAlchemy schema, in one
    transaction. Either way the sandboxes, and the pupils' kernels, never see its URL.
    """
    from eduia.course.config import gradebook_url, is_sqlite_url

    snapshot = work_dir / "snapshot.db"
    url = gradebook_url(root)
    if not is_sqlite_url(url):
        copy_gradebook(url, snapshot)
        return snapshot
    source = sqlite3.connect(root / "gradebook.db")
    target = sqlite3.connect(snapshot)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()
    return snapshot


def copy_gradebook(url: str, target: Path) -> None:
    """Copy every table of nbgrader's gradebook at ``url`` into the new SQLite file ``target``.

    Examples
    --------
    >>> copy_gradebook("postgresql+psycopg://prof@db/notes", Path("snap.db"))  # doctest: +SKIP
    """
    from nbgrader.api import Base
    from sqlalchemy import create_engine, inspect, text

    source = create_engine(url, future=True)
    copy = create_engine(f"sqlite:///{target}", future=True)
    try:
        Base.metadata.create_all(bind=copy)
        with source.connect() as reading, copy.begin() as writing:
            if source.dialect.name == "postgresql":
                reading.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"))
            for table in Base.metadata.sorted_tables:
                rows = [dict(row) for row in reading.execute(table.select()).mappings()]
                if rows:
                    writing.execute(table.insert(), rows)
            if "alembic_version" in inspect(reading).get_table_names():
                version = reading.execute(text("SELECT version_num FROM alembic_version")).scalar()
                writing.execute(
                    text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
                )
                writing.execute(
                    text("INSERT INTO alembic_version (version_num) VALUES (:v)"), {"v": version}
                )
    finally:
        source.dispose()
        copy.dispose()
    os.chmod(target, 0o600)


def _run(jobs_list: list[GradingJob], jobs: int) -> Iterable[GradingOutcome]:
    """Grade each job, in this process or in ``jobs`` worker processes, as they complete."""
    from eduia.course.sandbox import grade_in_sandbox

    if not jobs_list:
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed
    from concurrent.futures.process import BrokenProcessPool

    # Always in worker processes, even for one job: a cell that kills its parent process
    # then ends a worker, never this command.
    method = START_METHOD or (
        "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    )
    context = multiprocessing.get_context(method)
    unfinished = []
    with ProcessPoolExecutor(max_workers=max(1, jobs), mp_context=context) as pool:
        futures = {pool.submit(grade_in_sandbox, job): job for job in jobs_list}
        for future in as_completed(futures):
            try:
                outcome = future.result()
            except BrokenProcessPool:  # a worker died: this job and the unfinished ones again
                unfinished.append(futures[future])
                continue
            except Exception as error:  # noqa: BLE001 - a worker's failure is reported for that pupil, never lost
                job = futures[future]
                outcome = GradingOutcome(
                    job.student, "", [("grading_error", {"error": repr(error)[:200]})]
                )
            yield outcome
    # A dead worker breaks the whole pool: each unfinished job again, alone in a new worker,
    # so that only the submission that kills its worker goes without a grade.
    for job in sorted(unfinished, key=lambda job: job.student):
        yield from _grade_alone(job, context)


def _grade_alone(job: GradingJob, context: object) -> Iterable[GradingOutcome]:
    """Grade ``job`` in a worker of its own; name it if it kills that worker too."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from eduia.course.isolation import end_processes
    from eduia.course.sandbox import grade_in_sandbox

    if job.kernel_uid:
        end_processes(job.kernel_uid)  # the kernel of the dead worker's attempt
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:  # type: ignore[arg-type]
        try:
            outcome = pool.submit(grade_in_sandbox, job).result()
        except BrokenProcessPool:
            outcome = GradingOutcome(job.student, "", [("worker_died", {})])
    if job.kernel_uid:
        end_processes(job.kernel_uid)
    yield outcome


def _merge(root: Path, lesson: str, outcome: GradingOutcome) -> list[Issue]:
    from eduia.course.merge import merge_sandbox, track_flag

    issues = unique_issues(outcome.issues)
    if not outcome.sandbox:
        return issues
    sandbox = Path(outcome.sandbox)
    try:
        merge_sandbox(root, sandbox, lesson, outcome.student)
        track_flag(root, lesson, outcome.student, outcome.needs_attention)
        _append_log(root, lesson, outcome.student, sandbox / "autograde.log")
    except Exception as error:  # noqa: BLE001 - one pupil's results; the others must still be merged
        issues.append(Issue("grading_error", {"error": f"{type(error).__name__}: {error}"[:200]}))
    finally:
        shutil.rmtree(sandbox, ignore_errors=True)
    return issues


def _append_log(root: Path, lesson: str, student: str, log: Path) -> None:
    if not log.is_file():
        return
    logs = root / "logs"
    logs.mkdir(exist_ok=True)
    with open(logs / f"autograde-{lesson}.log", "a", encoding="utf-8") as out:
        out.write(f"===== {student} =====\n")
        out.write(log.read_text(encoding="utf-8", errors="replace"))


def _results(
    root: Path, lesson: str, students: list[str], issues: dict[str, list[Issue]]
) -> list[PupilResult]:
    from nbgrader.api import Gradebook, MissingEntry

    from eduia.course.config import gradebook_url
    from eduia.course.core_points import core_maximum

    results = []
    with Gradebook(gradebook_url(root)) as gradebook:
        maximum = core_maximum(root, lesson) or gradebook.find_assignment(lesson).max_score
        for student in students:
            try:
                submission = gradebook.find_submission(lesson, student)
                score, written = submission.score, _written_pending(submission)
            except MissingEntry:
                score, written = 0.0, False
            results.append(
                PupilResult(student, float(score), float(maximum), issues[student], written)
            )
    return results


def _written_pending(submission: object) -> bool:
    return any(
        grade.needs_manual_grade and grade.cell_type == "markdown"
        for notebook in submission.notebooks  # type: ignore[attr-defined]
        for grade in notebook.grades
    )


__all__ = [
    "CourseError",
    "GradingReport",
    "PupilResult",
    "autograde",
    "count_submissions",
    "expected_notebooks",
]

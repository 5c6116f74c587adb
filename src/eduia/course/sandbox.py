"""Grade one pupil's submission in a private copy of the course, in any process.

nbgrader's gradebook is one SQLite file, which parallel writers would lock, or a database on a
server (PostgreSQL) that no pupil's kernel may reach. So each submission is graded in a sandbox:
a temporary course folder with a private SQLite copy of the gradebook (taken once before grading
starts, whatever database holds the real one), a private copy of the lesson's sources (no link back to the
course) and a repaired copy of the submission; where :mod:`eduia.course.isolation` is available
the kernel runs in a bubblewrap sandbox (and, as root, as a user of its own) that can write only
the folder the notebook runs in and sees neither the course nor the teacher's files. The caller then merges the sandbox's results into the course
(:mod:`eduia.course.merge`). Every submission sees the same starting gradebook, so the results
do not depend on how many processes grade or in which order.

Examples
--------
>>> job = GradingJob(course_root="ma-classe", lesson="02-knn", student="ana.dupont",
...                  snapshot="snap.db", work_dir="/tmp", expected={"02-knn": {"q1"}})
>>> outcome = grade_in_sandbox(job)  # doctest: +SKIP
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eduia.course.issues import Issue


@dataclass(frozen=True)
class GradingJob:
    """Everything a worker process needs to grade one submission (picklable)."""

    course_root: str
    lesson: str
    student: str
    snapshot: str
    work_dir: str
    expected: dict[str, set[str]]
    kernel_uid: int = 0
    sandbox: bool = False
    hidden: tuple[str, ...] = ()


@dataclass
class GradingOutcome:
    """What grading one submission produced: its sandbox and the problems met."""

    student: str
    sandbox: str
    issues: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    @property
    def needs_attention(self) -> bool:
        """Whether one of the issues needs the teacher."""
        return any(Issue(code, fields).needs_attention for code, fields in self.issues)


def grade_in_sandbox(job: GradingJob) -> GradingOutcome:
    """Grade ``job.student``'s submission of ``job.lesson`` in a new sandbox; never raises.

    Examples
    --------
    >>> grade_in_sandbox(job).issues  # doctest: +SKIP
    []
    """
    forget_gradebook_credentials()  # a worker process: the parent keeps them for the merge
    sandbox = Path(tempfile.mkdtemp(prefix="eduia-grade-", dir=job.work_dir))
    if job.kernel_uid:
        os.chmod(sandbox, 0o711)  # the kernel user may cross it to its folder, not list it
    outcome = GradingOutcome(job.student, str(sandbox))
    try:
        issues = _prepare(job, sandbox)
        if any((_staged_dir(sandbox, job) / f"{name}.ipynb").is_file() for name in job.expected):
            issues += _run_autograde(job, sandbox)
        else:
            _record_zero(job, sandbox)
    except Exception as error:  # noqa: BLE001 - the summary must report it; the other pupils go on
        issues = [Issue("grading_error", {"error": f"{type(error).__name__}: {error}"[:200]})]
    outcome.issues = [issue.to_pair() for issue in issues]
    if outcome.needs_attention:
        from eduia.course.merge import set_flag

        set_flag(sandbox, job.lesson, job.student, True, review=True, db_url=_sandbox_url(sandbox))
    return outcome


#: What no pupil kernel may inherit: how to reach the course's gradebook server.
SECRET_VARIABLES = ("EDUIA_DB_URL", "EDUIA_GRADEBOOK_URL", "DATABASE_URL")


def forget_gradebook_credentials() -> None:
    """Remove from this (worker) process's environment every way to the real gradebook.

    The pupil's kernel inherits the worker's environment; the worker itself needs only its
    sandbox's private SQLite file. So the PostgreSQL client variables (``PGPASSWORD``,
    ``PGPASSFILE``, ``PGHOST``...) and the gradebook URL variables go, and ``PGPASSFILE``
    points nowhere.

    Examples
    --------
    >>> forget_gradebook_credentials()  # doctest: +SKIP
    >>> "PGPASSWORD" in os.environ  # doctest: +SKIP
    False
    """
    for name in list(os.environ):
        if name.startswith("PG") or name in SECRET_VARIABLES:
            del os.environ[name]
    os.environ["PGPASSFILE"] = os.devnull


def _sandbox_url(sandbox: Path) -> str:
    from eduia.course.config import sqlite_url

    return sqlite_url(sandbox)


def _staged_dir(sandbox: Path, job: GradingJob) -> Path:
    return sandbox / "submitted" / job.student / job.lesson


def _prepare(job: GradingJob, sandbox: Path) -> list[Issue]:
    from eduia.course.staging import stage_submission

    shutil.copyfile(job.snapshot, sandbox / "gradebook.db")
    os.chmod(sandbox / "gradebook.db", 0o600)
    (sandbox / "source").mkdir(mode=0o700)
    # A private copy, never a link: nothing in the sandbox leads back to the course.
    source = Path(job.course_root) / "source" / job.lesson
    shutil.copytree(source, sandbox / "source" / job.lesson, symlinks=False)
    submitted = Path(job.course_root) / "submitted" / job.student / job.lesson
    issues = stage_submission(submitted, _staged_dir(sandbox, job), job.expected)
    if job.kernel_uid:
        for folder in (sandbox / "submitted", sandbox / "submitted" / job.student):
            if folder.is_dir():
                os.chmod(folder, 0o711)
        (sandbox / "autograded" / job.student).mkdir(parents=True, mode=0o711, exist_ok=True)
        os.chmod(sandbox / "autograded", 0o711)
        os.chmod(sandbox / "autograded" / job.student, 0o711)
    if job.kernel_uid or job.sandbox:
        (sandbox / "kernel-home").mkdir(mode=0o700)
    return issues


def _sandbox_config(job: GradingJob, sandbox: Path) -> Any:
    from eduia.course.config import load_course_config

    config = load_course_config(job.course_root)
    config.CourseDirectory.root = str(sandbox)
    config.CourseDirectory.db_url = _sandbox_url(sandbox)  # never the course's own gradebook
    config.CourseDirectory.assignment_id = job.lesson
    config.CourseDirectory.student_id = job.student
    config.Autograde.force = True
    # always: its memory limit holds even where the kernel runs with the teacher's rights
    config.Execute.kernel_manager_class = "eduia.course.isolation.IsolatedKernelManager"
    if job.kernel_uid or job.sandbox:
        config.IsolatedKernelManager.kernel_uid = job.kernel_uid
        config.IsolatedKernelManager.kernel_home = str(sandbox / "kernel-home")
        config.IsolatedKernelManager.sandbox = job.sandbox
        config.IsolatedKernelManager.hidden = [job.course_root, job.work_dir, *job.hidden]
    return config


def _logger(sandbox: Path) -> logging.Logger:
    logger = logging.getLogger(f"eduia.course.sandbox.{sandbox.name}")
    logger.propagate = False
    logger.setLevel(logging.INFO)
    handler = logging.FileHandler(sandbox / "autograde.log", encoding="utf-8")
    handler.setFormatter(logging.Formatter("[%(levelname)s] %(message)s"))
    logger.handlers = [handler]
    return logger


def _run_autograde(job: GradingJob, sandbox: Path) -> list[Issue]:
    from nbgrader.coursedir import CourseDirectory

    from eduia.course import isolation
    from eduia.course.converters import RecordingAutograde
    from eduia.course.issues import unique_issues

    config = _sandbox_config(job, sandbox)
    logger = _logger(sandbox)
    del isolation.LINGERING[:]
    coursedir = CourseDirectory(config=config, log=logger)
    converter = RecordingAutograde(coursedir=coursedir, config=config, log=logger)
    try:
        converter.start()
    except Exception as error:  # noqa: BLE001 - nbgrader raises NbGraderException after logging the cause
        cause = converter.failures[0] if converter.failures else error
        converter.issues.append(
            ("grading_error", {"error": f"{type(cause).__name__}: {cause}"[:200]})
        )
    finally:
        for handler in logger.handlers:
            handler.close()
        if job.kernel_uid or job.sandbox:  # whatever happened, nothing of the pupil's may run on
            lingering = sum(isolation.LINGERING)
            if job.kernel_uid:
                lingering += isolation.end_processes(job.kernel_uid)
            isolation.take_back(sandbox / "autograded", as_root=bool(job.kernel_uid))
            if lingering:
                converter.issues.append(("lingering_processes", {"count": lingering}))
        from eduia.course.sanitize import sanitize_folder

        sanitize_folder(sandbox / "autograded")  # no pupil script reaches the formgrader
    return unique_issues(converter.issues)


def _record_zero(job: GradingJob, sandbox: Path) -> None:
    """No notebook could be graded: the submission exists, every grade is 0."""
    from nbgrader.api import Gradebook
    from nbgrader.coursedir import CourseDirectory

    coursedir = CourseDirectory(config=_sandbox_config(job, sandbox))
    timestamp = coursedir.get_existing_timestamp(str(_staged_dir(sandbox, job)))
    with warnings.catch_warnings(), Gradebook(_sandbox_url(sandbox)) as gradebook:
        warnings.simplefilter("ignore")  # SQLAlchemy's autoflush notes inside nbgrader
        gradebook.update_or_create_student(job.student)
        submission = gradebook.update_or_create_submission(
            job.lesson, job.student, timestamp=timestamp
        )
        for notebook in submission.notebooks:
            for grade in notebook.grades:
                grade.auto_score, grade.needs_manual_grade = 0, False
        gradebook.db.commit()

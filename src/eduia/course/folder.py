"""``eduia course init``: an nbgrader course folder made for a French classroom.

The folder holds ``nbgrader_config.py`` (:mod:`eduia.course.config`), the pupils' own
``nbgrader_config_eleves.py`` (course id and exchange, for their accounts), the lesson sources in
``source/NN-slug/`` (from the checkout's ``notebooks/source`` or a folder given), and a short
French ``LISEZMOI.md`` for the teacher. Running it again refreshes the configuration and adds
new lessons; a lesson the teacher already has in ``source/`` is never overwritten.

Examples
--------
>>> created = init_course("ma-classe", course_id="seconde-3")  # doctest: +SKIP
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from eduia.course.config import (
    CONFIG_NAME,
    DEFAULT_CELL_TIMEOUT,
    DEFAULT_EXCHANGE_ROOT,
    PUPIL_CONFIG_NAME,
    config_text,
    create_gradebook,
    pupil_config_text,
)
from eduia.course.lessons import CourseError
from eduia.i18n import t
from eduia.resources import lesson_sources_dir

README_NAME = "LISEZMOI.md"
_COURSE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


@dataclass
class InitResult:
    """What :func:`init_course` did: the folder, the lessons copied and those kept."""

    root: Path
    copied: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)


def default_lessons_dir() -> Path | None:
    """The lesson sources: the checkout's ``notebooks/source``, else the teacher package's.

    Examples
    --------
    >>> default_lessons_dir() is None or default_lessons_dir().name == "source"
    True
    """
    return lesson_sources_dir()


def init_course(
    directory: str | Path,
    course_id: str | None = None,
    lessons_dir: str | Path | None = None,
    exchange_root: str = DEFAULT_EXCHANGE_ROOT,
    cell_timeout: int = DEFAULT_CELL_TIMEOUT,
    group: str | None = None,
    db_url: str | None = None,
) -> InitResult:
    """Create or refresh the course folder ``directory``, readable by the teacher only.

    Parameters
    ----------
    directory : str or Path
        The course folder (created if needed).
    course_id : str, optional
        nbgrader's course id; the folder's name when omitted.
    lessons_dir : str or Path, optional
        Where the lesson sources ``NN-slug/NN-slug.ipynb`` are; the checkout's by default.
    exchange_root : str
        nbgrader's exchange folder, shared with the pupils.
    cell_timeout : int
        Seconds a cell may run when grading.
    group : str, optional
        A unix group of teachers who share the course on a school server: they may read it
        (and its new files keep the group). Without it, only the teacher's account may enter
        the folder, which holds the hidden tests, the solutions and the marks.
    db_url : str, optional
        The gradebook's SQLAlchemy URL on a database server (PostgreSQL), without password;
        ``gradebook.db`` in the course folder when omitted.

    Raises
    ------
    CourseError
        An unusable course id, or no lessons to copy.

    Examples
    --------
    >>> init_course("ma-classe", "seconde-3").copied  # doctest: +SKIP
    ['00-jupyter', '01-regles-ou-apprentissage']
    """
    root = Path(directory).resolve()
    course_id = course_id or root.name
    if not _COURSE_ID.match(course_id) or "+" in course_id:
        raise CourseError(t("course.bad_course_id", course_id=course_id))
    source = Path(lessons_dir) if lessons_dir else default_lessons_dir()
    if source is None or not source.is_dir():
        raise CourseError(t("course.no_lessons", path=source or "eduia-enseignant"))
    _check_lessons(source)
    if root.exists() and not root.is_dir():
        raise CourseError(t("course.init_not_a_folder", path=root))
    if group is not None:
        _check_group(group)
    if db_url:
        _check_db_url(db_url)
    root.mkdir(parents=True, exist_ok=True)
    _make_private(root, group)
    (root / CONFIG_NAME).write_text(
        config_text(course_id, exchange_root, cell_timeout, db_url), encoding="utf-8"
    )
    (root / PUPIL_CONFIG_NAME).write_text(
        pupil_config_text(course_id, exchange_root), encoding="utf-8"
    )
    create_gradebook(root, course_id)
    result = InitResult(root)
    _copy_lessons(source, root / "source", result)
    (root / README_NAME).write_text(
        t(
            "course.readme",
            language="fr",
            course_id=course_id,
            exchange_root=exchange_root,
            lessons="\n".join(f"- {name}" for name in sorted(result.copied + result.kept)),
        ),
        encoding="utf-8",
    )
    return result


def _check_db_url(url: str) -> None:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except ArgumentError as error:
        raise CourseError(t("course.bad_db_url", url=url)) from error
    if parsed.password:
        raise CourseError(t("course.db_url_password"))


def _check_group(group: str) -> None:
    try:
        import grp

        grp.getgrnam(group)
    except (ImportError, KeyError) as error:  # no unix groups (Windows), or no such group
        raise CourseError(t("course.unknown_group", group=group)) from error


def _make_private(root: Path, group: str | None) -> None:
    """Only the teacher (and ``group``, when given) may enter ``root`` (POSIX rights)."""
    if group is None:
        root.chmod(0o700)
        return
    shutil.chown(root, group=group)
    root.chmod(0o2750)  # setgid: what the course creates inside keeps the group


def _lesson_folders(source: Path) -> list[Path]:
    """The lesson folders of ``source``: ``NN-slug/`` holding ``NN-slug.ipynb``."""
    return sorted(p for p in source.iterdir() if (p / f"{p.name}.ipynb").is_file())


def _check_lessons(source: Path) -> None:
    """Refuse, before anything is created, a lessons folder with no lesson or a broken notebook."""
    import nbformat

    lessons = _lesson_folders(source)
    if not lessons:
        raise CourseError(t("course.no_lesson_in_folder", path=source))
    for lesson in lessons:
        notebook = lesson / f"{lesson.name}.ipynb"
        try:
            nbformat.read(notebook, as_version=4)
        except (OSError, UnicodeDecodeError, ValueError, nbformat.reader.NotJSONError) as error:
            raise CourseError(t("course.broken_lesson", path=notebook)) from error


def _copy_lessons(source: Path, target: Path, result: InitResult) -> None:
    target.mkdir(exist_ok=True)
    for lesson in _lesson_folders(source):
        if (target / lesson.name).exists():
            result.kept.append(lesson.name)
            continue
        shutil.copytree(
            lesson,
            target / lesson.name,
            ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__"),
        )
        result.copied.append(lesson.name)

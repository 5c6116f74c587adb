"""Find the course folder and its lessons; the error every ``eduia course`` step may raise.

Examples
--------
>>> from pathlib import Path
>>> resolve_lesson(Path("ma-classe"), "02")  # doctest: +SKIP
'02-plus-proches-voisins'
"""

from __future__ import annotations

from pathlib import Path

from eduia.errors import EduiaError
from eduia.i18n import t


class CourseError(EduiaError):
    """A problem the teacher can fix; the message (French) says how."""


def require_course(course_root: str | Path) -> Path:
    """``course_root`` resolved, or :class:`CourseError` when it is not a course folder.

    Examples
    --------
    >>> require_course("/nowhere")
    Traceback (most recent call last):
    ...
    eduia.course.lessons.CourseError: ...
    """
    from eduia.course.config import ensure_tools_on_path, is_course

    root = Path(course_root).resolve()
    if not is_course(root):
        raise CourseError(t("course.not_a_course", path=root))
    ensure_tools_on_path()
    return root


def course_lessons(root: Path) -> list[str]:
    """The lesson ids in the course's ``source/`` folder, sorted.

    Examples
    --------
    >>> course_lessons(Path("/nowhere"))
    []
    """
    source = root / "source"
    if not source.is_dir():
        return []
    return sorted(folder.name for folder in source.iterdir() if folder.is_dir())


def resolve_lesson(root: Path, lesson: str) -> str:
    """The lesson id meant by ``lesson``: the id itself, or its number (``"2"``, ``"02"``).

    Raises
    ------
    CourseError
        When no lesson, or more than one, matches.

    Examples
    --------
    >>> resolve_lesson(Path("/nowhere"), "02")
    Traceback (most recent call last):
    ...
    eduia.course.lessons.CourseError: ...
    """
    lessons = course_lessons(root)
    if lesson in lessons:
        return lesson
    prefix = lesson.zfill(2) + "-" if lesson.isdigit() else lesson
    matches = [name for name in lessons if name.startswith(prefix)]
    if len(matches) == 1:
        return matches[0]
    raise CourseError(t("course.unknown_lesson", lesson=lesson, known=", ".join(lessons) or "—"))

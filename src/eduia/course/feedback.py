"""``eduia course feedback``: the pupils' feedback, without the hidden tests.

nbgrader's feedback is the autograded notebook as HTML, and the autograded notebook holds the
hidden tests (nbgrader puts them back to grade): the pupil would read them, and their failure
messages. Here the feedback is generated with :class:`~eduia.course.preprocessors.HideHiddenTests`
first in the pipeline, whatever the course's configuration says, then released to the pupils
through nbgrader's exchange (``nbgrader fetch_feedback`` or the assignment list in JupyterLab).

Examples
--------
>>> result = generate_feedback("ma-classe", "02-plus-proches-voisins")  # doctest: +SKIP
>>> len(result.pages), result.released  # doctest: +SKIP
(30, True)
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from eduia.course.lessons import require_course, resolve_lesson

FEEDBACK_PREPROCESSORS = [
    "eduia.course.preprocessors.HideHiddenTests",
    "nbgrader.preprocessors.GetGrades",
    "nbconvert.preprocessors.CSSHTMLHeaderPreprocessor",
]


@dataclass
class FeedbackResult:
    """The feedback pages written, whether they were released, and any error met."""

    lesson: str
    pages: list[Path] = field(default_factory=list)
    released: bool = False
    error: str = ""
    release_error: str = ""


def generate_feedback(course_root: str | Path, lesson: str, release: bool = True) -> FeedbackResult:
    """Write ``feedback/<pupil>/<lesson>/*.html`` for every graded pupil, hidden tests removed.

    Parameters
    ----------
    course_root : str or Path
        The course folder.
    lesson : str
        The lesson id or number.
    release : bool
        Also copy the feedback to nbgrader's exchange, for the pupils to fetch.

    Examples
    --------
    >>> generate_feedback("ma-classe", "02", release=False).pages  # doctest: +SKIP
    """
    from nbgrader.converters import GenerateFeedback
    from nbgrader.coursedir import CourseDirectory

    from eduia.course.config import load_course_config

    root = require_course(course_root)
    lesson = resolve_lesson(root, lesson)
    config = load_course_config(root)
    config.GenerateFeedback.preprocessors = FEEDBACK_PREPROCESSORS
    config.GenerateFeedback.force = True
    config.CourseDirectory.assignment_id = lesson
    logger = logging.getLogger("eduia.course.feedback")
    coursedir = CourseDirectory(config=config, log=logger)
    result = FeedbackResult(lesson)
    try:
        GenerateFeedback(coursedir=coursedir, config=config, log=logger).start()
    except Exception as error:  # nbgrader raises after grading the others; report it
        result.error = str(error)
    result.pages = sorted((root / "feedback").glob(f"*/{lesson}/*.html"))
    if release and result.pages:
        result.released = _release(config, coursedir, lesson, result)
    return result


def _release(config: object, coursedir: object, lesson: str, result: FeedbackResult) -> bool:
    from nbgrader.apps import NbGraderAPI

    api = NbGraderAPI(coursedir, config=config)
    outcome = api.release_feedback(lesson)
    if not outcome["success"]:
        lines = str(outcome.get("error") or outcome.get("log") or "").strip().splitlines()
        result.release_error = (lines[-1] if lines else "?")[:300]
    return bool(outcome["success"])

"""A small nbgrader lesson and a simulated class, for eduia's tests and grading benchmark.

:func:`write_demo_lesson` writes the source of a three-question lesson (hidden tests, a
locked instruction cell, a written answer graded by hand). :data:`BEHAVIOURS` lists how a
pupil may hand it in: right, partly right, untouched, or broken in every way a real class
manages (corrupt file, endless loop, a loop that ignores interrupts, ``os._exit``, enormous output, deleted or edited locked
cells, a deleted answer, renamed file). :func:`simulate_class` takes a whole class through nbgrader's exchange:
release, fetch, work, submit, collect.

Examples
--------
>>> sorted(DEMO_POINTS.items())
[('q1-tests', 2.0), ('q2-tests', 3.0), ('q3-tests', 1.0), ('reponse', 2.0)]
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

DEMO_LESSON = "demo"
DEMO_POINTS = {"q1-tests": 2.0, "q2-tests": 3.0, "q3-tests": 1.0, "reponse": 2.0}

_SOLUTIONS = {
    "q1": "def carre(x):\n    return x * x",
    "q2": "def moyenne(valeurs):\n    return sum(valeurs) / len(valeurs)",
    "q3": "nombre_communes = 946",
}


def _cell(kind: str, source: str, grade_id: str | None = None, **flags: Any) -> dict[str, Any]:
    cell: dict[str, Any] = {"cell_type": kind, "metadata": {}, "source": source}
    if kind == "code":
        cell.update(execution_count=None, outputs=[])
    if grade_id:
        meta = {
            "grade": False,
            "locked": False,
            "solution": False,
            "task": False,
            "schema_version": 3,
            "grade_id": grade_id,
        }
        meta.update(flags)
        cell["metadata"]["nbgrader"] = meta
    return cell


def _solution(name: str) -> str:
    head, _, body = _SOLUTIONS[name].partition("\n")
    if not body:
        return f"### BEGIN SOLUTION\n{head}\n### END SOLUTION"
    return f"{head}\n    ### BEGIN SOLUTION\n{body}\n    ### END SOLUTION"


def demo_notebook() -> dict[str, Any]:
    """The nbgrader source notebook of the demo lesson, as a JSON-ready dict.

    Examples
    --------
    >>> len(demo_notebook()["cells"])
    10
    """
    tests = {
        "q1-tests": "assert carre(3) == 9\n### BEGIN HIDDEN TESTS\nassert carre(-4) == 16, 'carre(-4) doit valoir 16'\n### END HIDDEN TESTS",
        "q2-tests": "assert moyenne([1, 2, 3]) == 2\n### BEGIN HIDDEN TESTS\nassert moyenne([2, 4]) == 3\nassert moyenne([0.5]) == 0.5\n### END HIDDEN TESTS",
        "q3-tests": "### BEGIN HIDDEN TESTS\nassert nombre_communes == 946\n### END HIDDEN TESTS",
    }
    cells = [
        _cell("markdown", "# Démo : trois questions", "intro", locked=True),
        _cell("code", "import math\nimport os", "setup", locked=True),
        _cell("code", _solution("q1"), "q1", solution=True),
        _cell("code", tests["q1-tests"], "q1-tests", grade=True, locked=True, points=2),
        _cell("code", _solution("q2"), "q2", solution=True),
        _cell("code", tests["q2-tests"], "q2-tests", grade=True, locked=True, points=3),
        _cell("markdown", "Combien de communes compte la Région Sud ?", "consigne-q3", locked=True),
        _cell("code", _solution("q3"), "q3", solution=True),
        _cell("code", tests["q3-tests"], "q3-tests", grade=True, locked=True, points=1),
        _cell(
            "markdown",
            "### BEGIN SOLUTION\nLes données réelles.\n### END SOLUTION",
            "reponse",
            grade=True,
            solution=True,
            points=2,
        ),
    ]
    return {
        "cells": cells,
        "metadata": {
            "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"name": "python"},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }


def write_demo_lesson(lessons_dir: str | Path) -> Path:
    """Write ``<lessons_dir>/demo/demo.ipynb``, the source of the demo lesson; return its path.

    Examples
    --------
    >>> write_demo_lesson("/tmp/lecons").name  # doctest: +SKIP
    'demo.ipynb'
    """
    import nbformat

    path = Path(lessons_dir) / DEMO_LESSON / f"{DEMO_LESSON}.ipynb"
    path.parent.mkdir(parents=True, exist_ok=True)
    notebook = nbformat.from_dict(demo_notebook())
    for index, cell in enumerate(notebook.cells):
        cell["id"] = f"cell-{index}"
    nbformat.write(notebook, path)
    return path


# --- what pupils do to the released notebook --------------------------------------------


def _answer(notebook: Any, grade_id: str, source: str) -> None:
    for cell in notebook.cells:
        if cell.metadata.get("nbgrader", {}).get("grade_id") == grade_id:
            cell.source = source
            return


def _delete(notebook: Any, grade_id: str) -> None:
    notebook.cells = [
        c for c in notebook.cells if c.metadata.get("nbgrader", {}).get("grade_id") != grade_id
    ]


def _all_right(notebook: Any) -> None:
    for name, source in _SOLUTIONS.items():
        _answer(notebook, name, source)
    _answer(notebook, "reponse", "Parce que les données sont réelles et régionales.")


def _partial(notebook: Any) -> None:
    _answer(notebook, "q1", _SOLUTIONS["q1"])
    _answer(notebook, "q2", "def moyenne(valeurs):\n    return sum(valeurs)")


def _visible_only(notebook: Any) -> None:
    _all_right(notebook)
    _answer(notebook, "q1", "def carre(x):\n    return 9")


def _endless_loop(notebook: Any) -> None:
    _all_right(notebook)
    _answer(notebook, "q1", "while True:\n    pass")


def _stubborn_loop(notebook: Any) -> None:
    _all_right(notebook)
    _answer(
        notebook,
        "q2",
        "import signal\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\nwhile True:\n    pass",
    )


def _kernel_crash(notebook: Any) -> None:
    _all_right(notebook)
    _answer(notebook, "q2", "os._exit(1)")


def _huge_output(notebook: Any) -> None:
    _all_right(notebook)
    _answer(
        notebook,
        "q1",
        _SOLUTIONS["q1"] + "\nprint('x' * 3_000_000)\nfor i in range(5000):\n    print(i)",
    )


def _deleted_test(notebook: Any) -> None:
    _all_right(notebook)
    _answer(notebook, "q1", "def carre(x):\n    return 0")
    _delete(notebook, "q1-tests")


def _edited_test(notebook: Any) -> None:
    _all_right(notebook)
    _answer(notebook, "q2", "def moyenne(valeurs):\n    return 0")
    _answer(notebook, "q2-tests", "pass")


def _deleted_instruction_and_test(notebook: Any) -> None:
    _all_right(notebook)
    _delete(notebook, "consigne-q3")
    _delete(notebook, "q3-tests")


def _deleted_answer(notebook: Any) -> None:
    _all_right(notebook)
    _delete(notebook, "reponse")


def _nothing(notebook: Any) -> None:
    return None


#: How each simulated pupil hands in the demo lesson: (change to the notebook, what the file
#: becomes: "normal", "corrupt" or "renamed"), and the automatic points expected.
BEHAVIOURS: dict[str, tuple[Callable[[Any], None], str, float]] = {
    "correct": (_all_right, "normal", 6.0),
    "partial": (_partial, "normal", 2.0),
    "visible_only": (_visible_only, "normal", 4.0),
    "untouched": (_nothing, "normal", 0.0),
    "corrupt": (_all_right, "corrupt", 0.0),
    "endless_loop": (_endless_loop, "normal", 4.0),
    "stubborn_loop": (_stubborn_loop, "normal", 2.0),
    "kernel_crash": (_kernel_crash, "normal", 2.0),
    "huge_output": (_huge_output, "normal", 6.0),
    "deleted_test": (_deleted_test, "normal", 4.0),
    "edited_test": (_edited_test, "normal", 3.0),
    "deleted_locked": (_deleted_instruction_and_test, "normal", 6.0),
    "renamed": (_all_right, "renamed", 6.0),
    "deleted_answer": (_deleted_answer, "normal", 6.0),
}

_FIRST = ["Léa", "Hugo", "Chloé", "Lucas", "Inès", "Nathan", "Manon", "Yanis", "Jade", "Enzo"]
_LAST = ["Martin", "Bernard", "N'Diaye", "Lefèvre", "Garcia", "Moreau", "Le Gall"]


def class_plan(size: int = 30) -> list[tuple[str, str, str]]:
    """``(first name, last name, behaviour)`` for a class of ``size``: every broken kind once.

    Examples
    --------
    >>> plan = class_plan(30)
    >>> len(plan), {b for _, _, b in plan} == set(BEHAVIOURS)
    (30, True)
    """
    kinds = list(BEHAVIOURS)
    common = ["correct", "correct", "partial", "correct", "visible_only", "untouched"]
    behaviours = (kinds + common * size)[:size]
    return [(_FIRST[i % len(_FIRST)], _LAST[i % len(_LAST)], b) for i, b in enumerate(behaviours)]


def class_list_csv(plan: list[tuple[str, str, str]]) -> bytes:
    """A Pronote-style export (semicolons, UTF-8 with BOM) of the class ``plan``.

    Examples
    --------
    >>> class_list_csv([("Léa", "Martin", "correct")]).decode("utf-8-sig").splitlines()[1]
    'MARTIN;Léa;2nde 3'
    """
    lines = ["Nom;Prénom;Classe"] + [f"{last.upper()};{first};2nde 3" for first, last, _ in plan]
    return ("\n".join(lines) + "\n").encode("utf-8-sig")


def _exchange_config(course_config: Any, home: Path, student: str | None = None) -> Any:
    from traitlets.config import Config

    config = Config()
    config.CourseDirectory.course_id = course_config.CourseDirectory.course_id
    config.CourseDirectory.root = str(home)
    config.Exchange.root = course_config.Exchange.root
    config.Exchange.assignment_dir = str(home)
    if student:
        config.CourseDirectory.student_id = student
    return config


def pupil_hands_in(course_config: Any, home: Path, student: str, behaviour: str) -> None:
    """One pupil fetches the demo lesson, works on it as ``behaviour`` says, and submits it.

    Examples
    --------
    >>> pupil_hands_in(config, Path("/tmp/eleves/lea.martin"), "lea.martin", "renamed")  # doctest: +SKIP
    """
    import nbformat
    from nbgrader.auth import Authenticator
    from nbgrader.coursedir import CourseDirectory
    from nbgrader.exchange.default import ExchangeFetchAssignment, ExchangeSubmit

    change, shape, _ = BEHAVIOURS[behaviour]
    config = _exchange_config(course_config, home)
    config.CourseDirectory.assignment_id = DEMO_LESSON
    ExchangeFetchAssignment(
        coursedir=CourseDirectory(config=config),
        authenticator=Authenticator(config=config),
        config=config,
    ).start()
    path = home / DEMO_LESSON / f"{DEMO_LESSON}.ipynb"
    notebook = nbformat.read(path, as_version=4)
    change(notebook)
    nbformat.write(notebook, path)
    if shape == "corrupt":
        path.write_text(path.read_text(encoding="utf-8")[:500], encoding="utf-8")
    elif shape == "renamed":
        path.rename(path.with_name(f"{DEMO_LESSON} (copie).ipynb"))
    config = _exchange_config(course_config, home, student)
    config.CourseDirectory.assignment_id = DEMO_LESSON
    ExchangeSubmit(
        coursedir=CourseDirectory(config=config),
        authenticator=Authenticator(config=config),
        config=config,
    ).start()


def simulate_class(course_root: str | Path, homes: str | Path, pupils: dict[str, str]) -> None:
    """Release the demo lesson, let every pupil hand it in, and collect the submissions.

    Parameters
    ----------
    course_root : str or Path
        A course folder holding the demo lesson in ``source/`` (see :func:`write_demo_lesson`).
    homes : str or Path
        Where each pupil's home folder is made.
    pupils : dict
        Pupil id → behaviour (a key of :data:`BEHAVIOURS`).

    Examples
    --------
    >>> simulate_class("cours", "/tmp/eleves", {"lea.martin": "correct"})  # doctest: +SKIP
    """
    from nbgrader.apps import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory

    from eduia.course.config import load_course_config

    config = load_course_config(course_root)
    api = NbGraderAPI(CourseDirectory(config=config), config=config)
    for step, result in (
        ("generate", api.generate_assignment(DEMO_LESSON, force=True)),
        ("release", api.release_assignment(DEMO_LESSON)),
    ):
        if not result["success"]:
            raise RuntimeError(f"{step}: {result['error']}\n{result['log']}")
    for student, behaviour in pupils.items():
        pupil_hands_in(config, Path(homes) / student, student, behaviour)
    result = api.collect(DEMO_LESSON)
    if not result["success"]:
        raise RuntimeError(f"collect: {result['error']}\n{result['log']}")


def expected_auto_points(behaviour: str) -> float:
    """The automatic points a pupil of ``behaviour`` earns (out of 6; the written answer is
    graded by hand).

    Examples
    --------
    >>> expected_auto_points("partial")
    2.0
    """
    return BEHAVIOURS[behaviour][2]


__all__ = [
    "BEHAVIOURS",
    "DEMO_LESSON",
    "class_list_csv",
    "class_plan",
    "demo_notebook",
    "expected_auto_points",
    "simulate_class",
    "write_demo_lesson",
]

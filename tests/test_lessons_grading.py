"""nbgrader round trip for every lesson, through nbgrader itself (its Python API).

For each lesson a throw-away course folder is built in ``tmp_path``: the source goes to
``source/<lesson>/``, ``NbGraderAPI.generate_assignment`` builds the pupil version (with eduia's
French stubs, the configuration ``nbgrader_config.py`` uses), and three pupils submit:

- ``complet``: the teacher source itself → every autograded point;
- ``vide``: the committed pupil version, untouched → 0 point;
- ``partiel``: a realistic partial submission → the expected partial score.

Partial-submission convention (no per-lesson code; lessons 03–05 follow it too)
------------------------------------------------------------------------------
Let S1 … Sn be the lesson's *code* solution cells in notebook order (nbgrader ``solution: true``).
The partial pupil takes the committed pupil version and pastes the teacher's solution into
S1 … Sk, with k = n // 2 (at least 1); S(k+1) … Sn keep the stub, written answers stay
empty. The expected autograded score is the sum of the ``points`` of the autograded test cells
placed *before* S(k+1) in the notebook. This holds when each lesson follows the rule that
**an autograded test cell comes after the solution cell(s) it grades and before the next
exercise's solution cell, and fails while the nearest solution cell above it is a stub**.
A lesson that breaks the rule fails this test, which is the point.

The nbgrader-made pupil version must also equal ``python -m eduia.release``'s, byte for byte.
"""

from __future__ import annotations

import copy
import os
import shutil
import sys
from pathlib import Path

import nbformat
import pytest
from test_release import tiny_source

from eduia import release

pytestmark = pytest.mark.filterwarnings("ignore::sqlalchemy.exc.SAWarning")  # inside nbgrader

REPO_ROOT = Path(__file__).resolve().parent.parent
SOURCES = release.source_notebooks(REPO_ROOT)


def nbgrader_meta(cell: nbformat.NotebookNode) -> dict:
    return cell.metadata.get("nbgrader", {})


def code_solution_ids(notebook: nbformat.NotebookNode) -> list[str]:
    return [
        nbgrader_meta(cell)["grade_id"]
        for cell in notebook.cells
        if cell.cell_type == "code" and nbgrader_meta(cell).get("solution")
    ]


def autograded_points_before(notebook: nbformat.NotebookNode, stop_grade_id: str | None) -> float:
    """Points of the autograded test cells above the cell ``stop_grade_id`` (all when None)."""
    total = 0.0
    for cell in notebook.cells:
        meta = nbgrader_meta(cell)
        if stop_grade_id is not None and meta.get("grade_id") == stop_grade_id:
            break
        if cell.cell_type == "code" and meta.get("grade") and not meta.get("solution"):
            total += meta["points"]
    return total


def partial_submission(
    source: nbformat.NotebookNode, pupil: nbformat.NotebookNode
) -> tuple[nbformat.NotebookNode, float]:
    """The partial pupil of the module docstring, and the autograded score it must get."""
    solution_ids = code_solution_ids(source)
    answered = max(1, len(solution_ids) // 2)
    teacher_cells = {nbgrader_meta(cell).get("grade_id"): cell for cell in source.cells}
    partial = copy.deepcopy(pupil)
    for cell in partial.cells:
        if nbgrader_meta(cell).get("grade_id") in solution_ids[:answered]:
            cell.source = teacher_cells[nbgrader_meta(cell)["grade_id"]].source
    stop = solution_ids[answered] if answered < len(solution_ids) else None
    return partial, autograded_points_before(source, stop)


def nbgrader_api(course: Path):
    """An ``NbGraderAPI`` on the course folder ``course``, configured as eduia's courses are."""
    from nbgrader.apps import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory

    config = release.release_config()
    config.CourseDirectory.root = str(course)
    config.Exchange.root = str(course / "exchange")
    config.Execute.timeout = 120
    return NbGraderAPI(coursedir=CourseDirectory(config=config), config=config)


def autograded_scores(
    course_source: Path, course: Path, submissions: dict[str, nbformat.NotebookNode]
) -> tuple[str, dict[str, float], float]:
    """Generate the assignment of ``course/source/<lesson>/<lesson>.ipynb`` and autograde.

    ``submissions`` maps a pupil id to the notebook they hand in. Returns nbgrader's pupil
    version (text), each pupil's autograded code score, and the maximum code score.
    """
    from nbgrader.api import Gradebook

    lesson, notebook_name = course_source.parent.name, course_source.name
    api = nbgrader_api(course)
    generated = api.generate_assignment(lesson)
    assert generated["success"], generated.get("error") or generated.get("log")
    for pupil_id, notebook in submissions.items():
        folder = course / "submitted" / pupil_id / lesson
        folder.mkdir(parents=True)
        nbformat.write(notebook, folder / notebook_name)
        graded = api.autograde(lesson, pupil_id)
        assert graded["success"], graded.get("error") or graded.get("log")
    scores, maximum = {}, 0.0
    with Gradebook(api.coursedir.db_url) as gradebook:
        for pupil_id in submissions:
            submitted = gradebook.find_submission_notebook(notebook_name[:-6], lesson, pupil_id)
            scores[pupil_id] = submitted.code_score
            maximum = submitted.max_code_score
    pupil_text = (course / "release" / lesson / notebook_name).read_text(encoding="utf-8")
    return pupil_text, scores, maximum


def check_round_trip(source_path: Path, pupil_path: Path, course: Path) -> None:
    """Run the three submissions of the module docstring and check nbgrader's scores.

    The source and pupil files are copied first, so that an edit made to the working tree
    while the test runs cannot mix two versions of a lesson.
    """
    lesson = source_path.parent.name
    course_source = course / "source" / lesson / source_path.name
    course_source.parent.mkdir(parents=True)
    shutil.copy(source_path, course_source)
    pupil_text = pupil_path.read_text(encoding="utf-8")
    source = nbformat.read(course_source, as_version=4)
    pupil = nbformat.reads(pupil_text, as_version=4)
    partial, expected_partial = partial_submission(source, pupil)
    submissions = {"complet": source, "vide": pupil, "partiel": partial}
    nbgrader_pupil, scores, maximum = autograded_scores(course_source, course, submissions)
    assert nbgrader_pupil == release.release_text(course_source)
    assert maximum > 0
    assert scores["complet"] == maximum, scores
    assert scores["vide"] == 0, scores
    assert 0 < expected_partial < maximum, "the partial pupil must earn some but not all points"
    assert scores["partiel"] == expected_partial, (scores, expected_partial)


@pytest.fixture
def grading_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Kernels draw without a display; nbgrader finds ``alembic`` beside this Python."""
    monkeypatch.setenv("MPLBACKEND", "Agg")
    scripts = str(Path(sys.executable).parent)
    monkeypatch.setenv("PATH", scripts + os.pathsep + os.environ.get("PATH", ""))


@pytest.mark.slow
@pytest.mark.usefixtures("grading_env")
def test_round_trip_on_a_tiny_lesson(tmp_path: Path) -> None:
    source_path = tmp_path / "src" / "09-mini" / "09-mini.ipynb"
    source_path.parent.mkdir(parents=True)
    nbformat.write(tiny_source(), source_path)
    pupil_path = tmp_path / "pupil.ipynb"
    pupil_path.write_text(release.release_text(source_path), encoding="utf-8")
    check_round_trip(source_path, pupil_path, tmp_path / "course")


@pytest.mark.slow
@pytest.mark.parametrize("source_path", SOURCES, ids=[path.parent.name for path in SOURCES])
@pytest.mark.usefixtures("grading_env")
def test_round_trip(source_path: Path, tmp_path: Path) -> None:
    check_round_trip(source_path, release.release_path(source_path, REPO_ROOT), tmp_path / "course")


def test_partial_convention_on_the_tiny_lesson() -> None:
    source = tiny_source()
    pupil = release.release_notebook(source)
    partial, expected = partial_submission(source, pupil)
    assert expected == 2  # the first exercise (2 points) answered, the second (1 point) not
    assert "the secret" in partial.cells[1].source
    assert partial.cells[3].source == release.CODE_STUB

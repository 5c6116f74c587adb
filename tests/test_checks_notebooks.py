"""eduia.checks in real kernels: what a pupil sees in Jupyter (nbclient), what nbgrader scores.

A failed check must leave an error output (nbgrader gives 0) whose text is the French message
with no Python traceback; a passing check gives full points; the untouched stub scores 0.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

pytestmark = pytest.mark.slow

EXAMPLE = Path(__file__).with_name("checks_example_lesson.py")
ANSI = re.compile(r"\x1b\[[0-9;]*m")
TRACEBACK_MARKERS = ("Traceback", "Cell In[", "File ", "----")

RIGHT_DISTANCE = "def distance(a, b):\n    return ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5"
WRONG_DISTANCE = "def distance(a, b):\n    return abs(a[0] - b[0]) + abs(a[1] - b[1])"
IMPORT = "import checks_example_lesson as exercices"


def run_notebook(cells: list[str], folder: Path) -> list[nbformat.NotebookNode]:
    shutil.copy(EXAMPLE, folder)
    notebook = nbformat.v4.new_notebook(
        cells=[nbformat.v4.new_code_cell(source) for source in cells]
    )
    notebook.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    client = NotebookClient(
        notebook,
        timeout=60,
        kernel_name="python3",
        allow_errors=True,
        resources={"metadata": {"path": str(folder)}},
    )
    client.execute()
    return notebook.cells


def error_text(cell: nbformat.NotebookNode) -> str:
    errors = [output for output in cell.outputs if output.output_type == "error"]
    assert len(errors) == 1, cell.outputs
    return ANSI.sub("", "\n".join(errors[0].traceback))


def shown_text(cell: nbformat.NotebookNode) -> str:
    return "\n".join(
        output.get("data", {}).get("text/html", "") + output.get("text", "")
        for output in cell.outputs
    )


@pytest.fixture(scope="module")
def executed(tmp_path_factory: pytest.TempPathFactory) -> list[nbformat.NotebookNode]:
    cells = [
        IMPORT,
        f"{WRONG_DISTANCE}\nexercices.distance.check(distance)",
        f"{RIGHT_DISTANCE}\nexercices.distance.check(distance)",
        (
            "def distance(a, b):\n    # TON CODE ICI\n    raise NotImplementedError()\n"
            "exercices.distance.check(distance)"
        ),
        "k = ...\nexercices.voisins.check(k)",
        "print(variable_pas_definie)",
        "def f():\nreturn 1",
        "import pandas as pd\ntable = pd.DataFrame({'population': [1]})\ntable['Population']",
        "def f(a):\n    return a\nf(1, 2)",
        "exercices.voisins.hint()\nexercices.voisins.solution()",
        (
            "import eduia.checks, importlib\nimportlib.reload(eduia.checks)\n"
            "from IPython import get_ipython\n"
            "print(len(get_ipython().custom_exceptions) == len(set(get_ipython().custom_exceptions)))"
        ),
    ]
    return run_notebook(cells, tmp_path_factory.mktemp("checks_notebook"))


def no_error(cell: nbformat.NotebookNode) -> bool:
    return not [output for output in cell.outputs if output.output_type == "error"]


def test_failed_check_is_shown_without_error_so_run_all_goes_on(executed: list) -> None:
    assert no_error(executed[1])
    text = shown_text(executed[1])
    assert "Pas encore… (99.distance)" in text
    assert "tu as donné 7, on attendait 5.0." in text
    assert "exercices.distance.hint()" in text
    assert "Calcule l&#x27;écart en x" not in text and "Calcule l'écart en x" not in text
    assert not any(marker in text for marker in TRACEBACK_MARKERS), text


def test_passing_check_shows_bravo_rich_and_no_error(executed: list) -> None:
    cell = executed[2]
    assert no_error(cell)
    html = shown_text(cell)
    assert "Bravo, c&#x27;est juste !" in html or "Bravo, c'est juste !" in html
    assert "eduia-correct" in html


def test_stub_and_placeholder_are_not_attempted_without_error(executed: list) -> None:
    assert no_error(executed[3]) and no_error(executed[4])
    assert "À toi de jouer (99.distance)" in shown_text(executed[3])
    assert "raise NotImplementedError()" in shown_text(executed[3])
    assert "À toi de jouer (99.voisins)" in shown_text(executed[4])


@pytest.mark.parametrize(
    ("index", "error", "explanation"),
    [
        (5, "NameError", "« variable_pas_definie » n'existe pas (encore)"),
        (6, "IndentationError", "Problème d'indentation"),
        (7, "KeyError", "Voulais-tu dire 'population' ?"),
        (8, "TypeError", "La fonction « f » attend 1 argument mais en a reçu 2"),
    ],
)
def test_beginner_errors_keep_the_traceback_and_add_french(
    executed: list, index: int, error: str, explanation: str
) -> None:
    text = error_text(executed[index])
    assert error in text and explanation in text
    assert "En clair" in text


def test_hint_and_solution_display_in_the_notebook(executed: list) -> None:
    text = shown_text(executed[9])
    assert "Un nombre impair" in text and "k = 5" in text


def test_handler_install_is_idempotent_in_a_kernel(executed: list) -> None:
    assert "True" in shown_text(executed[10])


# -- nbgrader ----------------------------------------------------------------------------------


def nbgrader_cell(source: str, grade_id: str, *, solution: bool, grade: bool, points: int = 0):
    cell = nbformat.v4.new_code_cell(source)
    cell.metadata["nbgrader"] = {
        "grade": grade,
        "grade_id": grade_id,
        "locked": not solution,
        "solution": solution,
        "schema_version": 3,
        "task": False,
        **({"points": points} if grade else {}),
    }
    return cell


def source_notebook() -> nbformat.NotebookNode:
    cells = [
        nbgrader_cell(IMPORT, "import", solution=False, grade=False),
        nbgrader_cell(
            "def distance(a, b):\n    ### BEGIN SOLUTION\n"
            "    return ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5\n    ### END SOLUTION",
            "distance",
            solution=True,
            grade=False,
        ),
        nbgrader_cell(
            "exercices.distance.check(distance)\n### BEGIN HIDDEN TESTS\n"
            "assert distance((1, 2), (4, 6)) == 5.0\n### END HIDDEN TESTS",
            "test_distance",
            solution=False,
            grade=True,
            points=2,
        ),
        nbgrader_cell(
            "### BEGIN SOLUTION\nk = 5\n### END SOLUTION", "k", solution=True, grade=False
        ),
        nbgrader_cell("exercices.voisins.check(k)", "test_k", solution=False, grade=True, points=1),
    ]
    notebook = nbformat.v4.new_notebook(cells=cells)
    notebook.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    return notebook


@pytest.fixture(scope="module")
def course(tmp_path_factory: pytest.TempPathFactory):
    with pytest.MonkeyPatch.context() as patch:
        # nbgrader runs the ``alembic`` command, installed beside this Python
        patch.setenv(
            "PATH", str(Path(sys.executable).parent) + os.pathsep + os.environ.get("PATH", "")
        )
        yield make_course(tmp_path_factory.mktemp("course"))


def make_course(root: Path):
    from nbgrader.apps import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory
    from traitlets.config import Config

    assignment = root / "source" / "ps1"
    assignment.mkdir(parents=True)
    nbformat.write(source_notebook(), assignment / "ps1.ipynb")
    shutil.copy(EXAMPLE, assignment)
    config = Config()
    config.CourseDirectory.root = str(root)
    config.Exchange.root = str(root / "exchange")
    config.ClearSolutions.code_stub = {"python": "# TON CODE ICI\nraise NotImplementedError()"}
    api = NbGraderAPI(coursedir=CourseDirectory(config=config), config=config)
    generated = api.generate_assignment("ps1")
    assert generated["success"], generated.get("error")
    return api, root


def submit(root: Path, student: str, edits: dict[str, str]) -> None:
    release = root / "release" / "ps1"
    submitted = root / "submitted" / student / "ps1"
    shutil.copytree(release, submitted)
    notebook = nbformat.read(submitted / "ps1.ipynb", as_version=4)
    for cell in notebook.cells:
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        if grade_id in edits:
            cell.source = edits[grade_id]
    nbformat.write(notebook, submitted / "ps1.ipynb")


def autograde(course, student: str, edits: dict[str, str]) -> tuple[dict[str, float], dict]:
    from nbgrader.api import Gradebook

    api, root = course
    submit(root, student, edits)
    graded = api.autograde("ps1", student)
    assert graded["success"], graded.get("error")
    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gradebook:
        scores = {
            name: gradebook.find_grade(name, "ps1", "ps1", student).score
            for name in ("test_distance", "test_k")
        }
    notebook = nbformat.read(root / "autograded" / student / "ps1" / "ps1.ipynb", as_version=4)
    cells = {
        cell.metadata["nbgrader"]["grade_id"]: cell
        for cell in notebook.cells
        if "nbgrader" in cell.metadata
    }
    return scores, cells


def test_release_has_the_french_stub(course) -> None:
    _, root = course
    release = (root / "release" / "ps1" / "ps1.ipynb").read_text(encoding="utf-8")
    assert (
        "TON CODE ICI" in release and "BEGIN HIDDEN TESTS" not in release and "k = 5" not in release
    )


def test_nbgrader_gives_full_points_to_passing_checks(course) -> None:
    scores, _ = autograde(course, "reussite", {"distance": RIGHT_DISTANCE, "k": "k = 5"})
    assert scores == {"test_distance": 2, "test_k": 1}


def test_nbgrader_gives_zero_to_failed_checks_and_keeps_the_french_message(course) -> None:
    scores, cells = autograde(course, "erreur", {"distance": WRONG_DISTANCE, "k": "k = 4"})
    assert scores == {"test_distance": 0, "test_k": 0}
    text = error_text(cells["test_distance"])
    assert text.startswith("❌ Pas encore… (99.distance)")
    assert not any(marker in text for marker in TRACEBACK_MARKERS), text
    assert "ce n'est pas la valeur attendue" in error_text(cells["test_k"])


def test_nbgrader_gives_zero_to_the_untouched_stub(course) -> None:
    scores, cells = autograde(course, "rien", {})
    assert scores == {"test_distance": 0, "test_k": 0}
    assert error_text(cells["test_distance"]).startswith("✏️ À toi de jouer")
    assert "« k » n'existe pas" in error_text(cells["test_k"])


def test_a_hidden_test_still_scores_zero_when_the_visible_check_passes(course) -> None:
    cheating = "def distance(a, b):\n    return {((0, 0), (3, 4)): 5.0, ((1, 1), (1, 1)): 0.0, ((-1, 2), (2, -2)): 5.0}[(a, b)]"
    scores, _ = autograde(course, "triche", {"distance": cheating, "k": "k = 5"})
    assert scores == {"test_distance": 0, "test_k": 1}

"""Every lesson in notebooks/source, held to the same rules (parametrized: new lessons are covered).

- the committed pupil version equals the one regenerated from the source;
- no pupil version holds a solution, a hidden test or their text; the French stubs are there;
- hygiene: clean storage, French metadata, unique grade ids, graded test cells locked with
  points, visible check then hidden tests, 3 to 6 autograded exercises, a written answer graded
  by hand, every source has a pupil twin;
- lessons import only eduia, scikit-learn, pandas, numpy and matplotlib, and read data only
  through ``eduia.datasets.load``;
- (slow) every source runs top to bottom in a fresh kernel without error.
"""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import nbformat
import pytest

from eduia import release

REPO_ROOT = Path(__file__).resolve().parent.parent
SOURCES = release.source_notebooks(REPO_ROOT)
LESSON_IDS = [path.parent.name for path in SOURCES]
ALLOWED_IMPORTS = {"eduia", "sklearn", "pandas", "numpy", "matplotlib"}
FORBIDDEN_DATA_ACCESS = re.compile(r"read_csv|read_excel|read_json|open\(|urlopen|requests|Path\(")
BEGIN_SOLUTION, END_SOLUTION = "### BEGIN SOLUTION", "### END SOLUTION"
BEGIN_HIDDEN, END_HIDDEN = "### BEGIN HIDDEN TESTS", "### END HIDDEN TESTS"

lessons = pytest.mark.parametrize("source_path", SOURCES, ids=LESSON_IDS)


def read(path: Path) -> nbformat.NotebookNode:
    return nbformat.read(path, as_version=4)


def nbgrader(cell: nbformat.NotebookNode) -> dict:
    return cell.metadata.get("nbgrader", {})


def is_autograded_test(cell: nbformat.NotebookNode) -> bool:
    meta = nbgrader(cell)
    return cell.cell_type == "code" and bool(meta.get("grade")) and not meta.get("solution")


def region_lines(source: str, begin: str, end: str) -> tuple[list[str], list[str]]:
    """The lines of ``source`` inside ``begin``/``end`` regions, and the lines outside them."""
    inside, outside, within = [], [], False
    for line in source.splitlines():
        if begin in line:
            within = True
        elif end in line:
            within = False
        else:
            (inside if within else outside).append(line)
    return inside, outside


def secret_lines(notebook: nbformat.NotebookNode) -> set[str]:
    """Lines of solutions and hidden tests that appear nowhere else in the source notebook."""
    secret, public = set(), set()
    for cell in notebook.cells:
        meta = nbgrader(cell)
        if meta.get("solution") and BEGIN_SOLUTION not in cell.source:
            secret.update(cell.source.splitlines())  # a whole-cell solution (e.g. a written answer)
            continue
        solution, rest = region_lines(cell.source, BEGIN_SOLUTION, END_SOLUTION)
        hidden, rest = region_lines("\n".join(rest), BEGIN_HIDDEN, END_HIDDEN)
        secret.update(solution + hidden)
        public.update(rest)
    return {line.strip() for line in secret - public if len(line.strip()) > 3} - {
        line.strip() for line in public
    }


def test_there_are_lessons() -> None:
    assert SOURCES, "no lesson in notebooks/source"


def test_every_pupil_version_has_a_source() -> None:
    assert release.orphan_releases(REPO_ROOT) == []


@lessons
def test_committed_release_equals_regenerated(source_path: Path) -> None:
    target = release.release_path(source_path, REPO_ROOT)
    assert target.is_file(), f"{target} is missing: run python -m eduia.release"
    assert target.read_text(encoding="utf-8") == release.release_text(source_path), (
        f"{target} is out of date: run python -m eduia.release"
    )


@lessons
def test_release_holds_no_solution_nor_hidden_test(source_path: Path) -> None:
    text = release.release_path(source_path, REPO_ROOT).read_text(encoding="utf-8")
    for marker in ("BEGIN SOLUTION", "END SOLUTION", "BEGIN HIDDEN TESTS", "END HIDDEN TESTS"):
        assert marker not in text
    pupil = read(release.release_path(source_path, REPO_ROOT))
    pupil_lines = {line.strip() for cell in pupil.cells for line in cell.source.splitlines()}
    leaked = secret_lines(read(source_path)) & pupil_lines
    assert not leaked, f"solution or hidden-test lines in the pupil version: {sorted(leaked)}"


@lessons
def test_release_has_the_french_stubs(source_path: Path) -> None:
    pupil = read(release.release_path(source_path, REPO_ROOT))
    solutions = [cell for cell in pupil.cells if nbgrader(cell).get("solution")]
    assert solutions
    for cell in solutions:
        stub = release.CODE_STUB if cell.cell_type == "code" else release.TEXT_STUB
        dedented = "\n".join(line.strip() for line in cell.source.splitlines())
        assert stub in dedented, f"{nbgrader(cell)['grade_id']}: no French stub"
    text = "\n".join(cell.source for cell in pupil.cells)
    assert "YOUR CODE HERE" not in text and "YOUR ANSWER HERE" not in text


@lessons
def test_source_is_stored_clean(source_path: Path) -> None:
    notebook = read(source_path)
    nbformat.validate(notebook)
    assert notebook.metadata["kernelspec"]["name"] == "python3"
    assert notebook.metadata["kernelspec"]["language"] == "python"
    assert notebook.metadata["language_info"]["name"] == "python"
    assert notebook.metadata["language"] == "fr"
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, cell.source[:60]


@lessons
def test_nbgrader_metadata(source_path: Path) -> None:
    notebook = read(source_path)
    graded = [cell for cell in notebook.cells if "nbgrader" in cell.metadata]
    grade_ids = [nbgrader(cell)["grade_id"] for cell in graded]
    assert len(grade_ids) == len(set(grade_ids)), "duplicate grade_id"
    for cell in graded:
        meta = nbgrader(cell)
        assert meta["schema_version"] == 3
        assert set(meta) >= {"grade", "grade_id", "locked", "solution", "task"}
        if meta["grade"]:
            assert meta["points"] > 0, meta["grade_id"]
        if BEGIN_SOLUTION in cell.source:
            assert meta["solution"], f"{meta['grade_id']}: solution region outside a solution cell"


@lessons
def test_autograded_exercises(source_path: Path) -> None:
    notebook = read(source_path)
    tests = [cell for cell in notebook.cells if is_autograded_test(cell)]
    assert 3 <= len(tests) <= 6, f"{len(tests)} autograded test cells"
    number = source_path.parent.name[:2]
    import_line = f"from eduia.checks.exercises import lesson_{number} as exercices"
    assert any(import_line in cell.source for cell in notebook.cells), import_line
    for cell in tests:
        meta = nbgrader(cell)
        assert meta["locked"], f"{meta['grade_id']} is not locked"
        visible, _, hidden = cell.source.partition(BEGIN_HIDDEN)
        assert "exercices." in visible and ".check(" in visible, f"{meta['grade_id']}: no check"
        assert hidden.strip() and END_HIDDEN in hidden, f"{meta['grade_id']}: no hidden tests"
        assert "assert" in hidden, f"{meta['grade_id']}: hidden tests are plain asserts"


@lessons
def test_a_written_answer_is_graded_by_hand(source_path: Path) -> None:
    written = [
        cell
        for cell in read(source_path).cells
        if cell.cell_type == "markdown"
        and nbgrader(cell).get("solution")
        and nbgrader(cell)["grade"]
    ]
    assert written, "no manually graded written answer"
    assert all(nbgrader(cell)["points"] > 0 for cell in written)


@lessons
def test_lesson_structure(source_path: Path) -> None:
    """Retenir in 3 to 5 points, a discussion heading, the playground, data from eduia."""
    notebook = read(source_path)
    markdown = "\n".join(cell.source for cell in notebook.cells if cell.cell_type == "markdown")
    code = "\n".join(cell.source for cell in notebook.cells if cell.cell_type == "code")
    retenir = re.search(
        r"^#+ Ce qu.il faut retenir\s*$(.*?)(?=^#|\Z)", markdown, re.MULTILINE | re.DOTALL
    )
    assert retenir, "no « Ce qu'il faut retenir » heading"
    assert 3 <= len(re.findall(r"^- ", retenir.group(1), re.MULTILINE)) <= 5, (
        "retenir: 3 to 5 points"
    )
    assert re.search(r"^#+ .*(discuter|débat)", markdown, re.MULTILINE | re.IGNORECASE), (
        "no discussion heading"
    )
    assert "from eduia.playgrounds import" in code
    assert "datasets.load(" in code


def declared_exercises(source_path: Path) -> tuple[str, dict]:
    """The lesson number and the exercises its ``lesson_NN`` module declares, by name."""
    from eduia.checks import Exercise

    number = source_path.parent.name[:2]
    module = importlib.import_module(f"eduia.checks.exercises.lesson_{number}")
    found = {name: value for name, value in vars(module).items() if isinstance(value, Exercise)}
    return number, found


@lessons
def test_exercise_declarations_match_the_lesson(source_path: Path) -> None:
    number, declared = declared_exercises(source_path)
    tests = "\n".join(cell.source for cell in read(source_path).cells if is_autograded_test(cell))
    assert set(re.findall(r"exercices\.(\w+)\.check\(", tests)) == set(declared)
    for name, exercise in declared.items():
        assert exercise.name == f"{number}.{name}"
        assert 2 <= len(exercise.hints) <= 3, f"{name}: 2 or 3 hints"
        assert exercise.solution_text.strip(), f"{name}: no solution text"


@lessons
def test_declared_solutions_pass_their_own_checks(source_path: Path) -> None:
    """The solution text a pupil can ask for passes the check (function exercises)."""
    _, declared = declared_exercises(source_path)
    namespace: dict = {}
    for name, exercise in declared.items():
        if exercise.cases:
            exec(exercise.solution_text, namespace)  # noqa: S102 - trusted text from the package
            assert exercise.evaluate(namespace[name]).passed, name


@lessons
def test_imports_and_data_access(source_path: Path) -> None:
    for cell in read(source_path).cells:
        if cell.cell_type != "code":
            continue
        assert not FORBIDDEN_DATA_ACCESS.search(cell.source), cell.source[:80]
        for node in ast.walk(ast.parse(cell.source)):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            for name in names:
                assert name.split(".")[0] in ALLOWED_IMPORTS, f"lesson imports {name}"


@pytest.mark.slow
@lessons
def test_source_runs_top_to_bottom(source_path: Path, tmp_path: Path, monkeypatch) -> None:
    from nbclient import NotebookClient

    monkeypatch.setenv("MPLBACKEND", "Agg")
    notebook = read(source_path)
    client = NotebookClient(
        notebook, timeout=60, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}
    )
    client.execute()  # raises CellExecutionError on the first failing cell
    errors = [
        output
        for cell in notebook.cells
        for output in cell.get("outputs", [])
        if output.get("output_type") == "error"
    ]
    assert not errors


@pytest.mark.slow
@lessons
def test_untouched_pupil_version_runs_to_its_last_cell(
    source_path: Path, tmp_path: Path, monkeypatch
) -> None:
    """« Exécuter tout » on the fresh pupil version reaches the last cell with no error.

    Run as JupyterLab's « Run All » does: stop at the first error. A stub and a failed check
    only show « À toi de jouer » in a pupil's session; any error is a bug a pupil would meet
    on day one, and it would stop every cell after it. A later cell that needs a name the
    unfinished exercise left undefined says which exercise to do first, without an error.
    """
    from nbclient import NotebookClient

    monkeypatch.setenv("MPLBACKEND", "Agg")
    monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)
    notebook = read(release.release_path(source_path, REPO_ROOT))
    client = NotebookClient(
        notebook,
        timeout=60,
        kernel_name="python3",
        allow_errors=False,
        resources={"metadata": {"path": str(tmp_path)}},
    )
    client.execute()  # raises CellExecutionError at the first error, as « Run All » stops
    code_cells = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert all(cell.execution_count for cell in code_cells)
    shown = "\n".join(
        str(output.get("data", {}).get("text/plain", "")) + output.get("text", "")
        for cell in code_cells
        for output in cell.get("outputs", [])
    )
    assert "À toi de jouer" in shown, "the checks of an untouched lesson must not pass"
    assert "Bravo" not in shown

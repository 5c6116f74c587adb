"""« Bravo » means full points: every exercise of every lesson, held to its wrong-answer catalogue.

Each lesson with a checks module ``eduia.checks.exercises.lesson_NN`` has a catalogue
``tests/catalogue/lesson_NN.py`` defining two dicts keyed by exercise name (the attribute name in
the checks module, which is also the name the pupil defines in the notebook)::

    WRONG = {"nom_exercice": ["nom_exercice = 96.0", ...]}  # >= 3 plausible wrong answers each
    RIGHT = {"nom_exercice": ["nom_exercice = 96", ...]}    # >= 1 other right way of writing it

Every string is code, exactly as a pupil would type the answer cell. For each string the runner
takes the lesson's set-up (the code of the source notebook that comes before the answer cell and
that the exercise needs, with the reference answers of the earlier exercises), runs the string
in place of the answer cell, then

- the visible part of the exercise's graded cell (``exercices.nom.check(nom)``), as nbgrader runs
  it (``NBGRADER_EXECUTION`` set: anything but « Bravo » raises), and
- the hidden tests of the same cell (``### BEGIN HIDDEN TESTS`` ... ``### END HIDDEN TESTS``).

A WRONG answer must be refused by both, a RIGHT answer accepted by both; so must the notebook's
reference answer and the text that ``solution()`` shows. An exercise without a catalogue of at
least three WRONG and one RIGHT answers fails the suite, and the message names the file to write.
New lessons are picked up by themselves: a new ``lesson_NN.py`` checks module asks for a new
``tests/catalogue/lesson_NN.py``.

Each lesson's set-up runs once per session; each case runs on a copy of the namespace taken just
before the answer cell.
"""

from __future__ import annotations

import ast
import copy
import functools
import importlib
import importlib.util
import pkgutil
import re
import symtable
import traceback
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import nbformat
import pytest

import eduia.checks.exercises
from eduia import release
from eduia.checks import Exercise

REPO_ROOT = Path(__file__).resolve().parent.parent
CATALOGUE_DIR = Path(__file__).resolve().parent / "catalogue"
BEGIN_HIDDEN, END_HIDDEN = "### BEGIN HIDDEN TESTS", "### END HIDDEN TESTS"
CHECK_CALL = re.compile(r"\bexercices\.(\w+)\.check\(")
MIN_WRONG, MIN_RIGHT = 3, 1


# -- what exists: checks modules, their exercises, catalogues ------------------------------------


def lesson_names() -> list[str]:
    """``lesson_NN`` for every checks module of ``eduia.checks.exercises``, in order."""
    found = pkgutil.iter_modules(eduia.checks.exercises.__path__)
    return sorted(info.name for info in found if re.fullmatch(r"lesson_\d\d", info.name))


@functools.cache
def exercises_of(lesson: str) -> dict[str, Exercise]:
    """The exercises a checks module declares, keyed by attribute name."""
    module = importlib.import_module(f"eduia.checks.exercises.{lesson}")
    return {name: value for name, value in vars(module).items() if isinstance(value, Exercise)}


def catalogue_path(lesson: str) -> Path:
    return CATALOGUE_DIR / f"{lesson}.py"


@functools.cache
def catalogue(lesson: str) -> ModuleType | None:
    """The catalogue module of ``lesson`` (loaded from its file), or None when there is none."""
    path = catalogue_path(lesson)
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location(f"_eduia_catalogue_{lesson}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def answers(lesson: str, kind: str) -> dict[str, list[str]]:
    """``WRONG`` or ``RIGHT`` of the lesson's catalogue (empty without a catalogue)."""
    module = catalogue(lesson)
    return dict(getattr(module, kind, {})) if module is not None else {}


# -- the source notebook: graded cells, set-up, namespaces ---------------------------------------


@dataclass(frozen=True)
class GradedCell:
    """Where an exercise lives in the source notebook."""

    answer_cell: int  # index of the answer (solution) cell
    visible: str  # the visible part of the graded test cell: the check
    hidden: str  # the hidden tests


def source_notebook(lesson: str) -> Path | None:
    number = lesson.removeprefix("lesson_")
    found = sorted((REPO_ROOT / release.SOURCE_DIR).glob(f"{number}-*/{number}-*.ipynb"))
    return found[0] if found else None


@functools.cache
def notebook_cells(lesson: str) -> tuple[nbformat.NotebookNode, ...]:
    path = source_notebook(lesson)
    if path is None:
        pytest.fail(f"{lesson}: no source notebook notebooks/source/{lesson[-2:]}-*/*.ipynb")
    return tuple(nbformat.read(path, as_version=4).cells)


def _is_answer_cell(cell: nbformat.NotebookNode) -> bool:
    meta = cell.metadata.get("nbgrader", {})
    return cell.cell_type == "code" and bool(meta.get("solution")) and not meta.get("grade")


@functools.cache
def graded_cells(lesson: str) -> dict[str, GradedCell]:
    """Each checked exercise's answer cell and test cell, found by ``exercices.<name>.check(``."""
    found: dict[str, GradedCell] = {}
    last_answer = None
    for index, cell in enumerate(notebook_cells(lesson)):
        if _is_answer_cell(cell):
            last_answer = index
        elif cell.cell_type == "code" and BEGIN_HIDDEN in cell.source:
            visible, _, rest = cell.source.partition(BEGIN_HIDDEN)
            names = CHECK_CALL.findall(visible)
            if len(names) == 1 and last_answer is not None:
                hidden = rest.split(END_HIDDEN, 1)[0]
                found[names[0]] = GradedCell(last_answer, visible, hidden)
    return found


def _root_name(node: ast.AST) -> str | None:
    while isinstance(node, (ast.Attribute, ast.Subscript, ast.Call)):
        node = node.func if isinstance(node, ast.Call) else node.value
    return node.id if isinstance(node, ast.Name) else None


def _bound(statement: ast.stmt) -> set[str]:
    """Names a top-level statement binds or may change in place (``df["x"] = ...``, ``a.b()``)."""
    names: set[str] = set()
    for node in ast.walk(statement):
        if isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
            names.add(node.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update((alias.asname or alias.name).split(".")[0] for alias in node.names)
        elif isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.update(filter(None, map(_root_name, targets)))
    if isinstance(statement, ast.Expr):  # a method call may change its object
        names.update(filter(None, [_root_name(statement.value)]))
    return names


def _used(code: str | ast.AST) -> set[str]:
    """The global names ``code`` reads: a function's parameters and locals are not counted."""
    if isinstance(code, ast.AST):
        code = ast.unparse(code)
    try:
        table = symtable.symtable(code, "<cell>", "exec")
    except SyntaxError:  # a wrong answer may not even parse: it needs nothing
        return set()
    names = {symbol.get_name() for symbol in table.get_symbols() if symbol.is_referenced()}
    scopes = list(table.get_children())
    while scopes:
        scope = scopes.pop()
        scopes.extend(scope.get_children())
        names |= {
            symbol.get_name()
            for symbol in scope.get_symbols()
            if symbol.is_referenced() and symbol.is_global()
        }
    return names


@functools.cache
def setup_snapshots(lesson: str) -> dict[str, dict[str, Any]]:
    """For each exercise, the namespace just before its answer cell (computed once per session).

    Only the set-up statements that the answer cells, the graded cells, the solutions and the
    catalogue's answers need are run (a backward slice by names): playgrounds and charts are left
    out. Answer cells run whole, with their reference answer.
    """
    cells = notebook_cells(lesson)
    graded = graded_cells(lesson)
    answer_cells = {where.answer_cell: name for name, where in graded.items()}
    last = max(answer_cells, default=-1)
    texts = [where.visible + where.hidden for where in graded.values()]
    texts += [exercise.solution_text for exercise in exercises_of(lesson).values()]
    texts += [
        text
        for kind in ("WRONG", "RIGHT")
        for group in answers(lesson, kind).values()
        for text in group
    ]
    needed = set().union(*map(_used, texts))

    units: list[tuple[int, str]] = []  # (cell index, code), in reverse order while slicing
    for index in range(last, -1, -1):
        cell = cells[index]
        if cell.cell_type != "code":
            continue
        if index in answer_cells or _is_answer_cell(cell):
            units.append((index, cell.source))
            needed |= _used(cell.source)
            continue
        if BEGIN_HIDDEN in cell.source:
            continue
        for statement in reversed(ast.parse(cell.source).body):
            if _bound(statement) & needed:
                units.append((index, ast.unparse(statement)))
                needed |= _used(statement)
    units.reverse()

    namespace: dict[str, Any] = {"__name__": "__main__"}
    snapshots: dict[str, dict[str, Any]] = {}
    for index, code in units:
        if index in answer_cells and answer_cells[index] not in snapshots:
            snapshots[answer_cells[index]] = copied(namespace)
        exec(compile(code, f"<{lesson} cell {index}>", "exec"), namespace)  # noqa: S102 - our notebook
    return snapshots


def copied(namespace: dict[str, Any]) -> dict[str, Any]:
    """A copy deep enough that a case cannot spoil the next one (modules are shared)."""
    result = {}
    for name, value in namespace.items():
        try:
            result[name] = copy.deepcopy(value)
        except Exception:  # noqa: BLE001 - modules and other uncopyable objects are shared
            result[name] = value
    return result


# -- running one answer --------------------------------------------------------------------------


@dataclass(frozen=True)
class Verdicts:
    """What the pupil sees (the visible check) and what nbgrader gives (the hidden tests)."""

    bravo: bool
    visible_message: str
    points: bool
    hidden_message: str


def _failure(error: BaseException) -> str:
    result = getattr(error, "result", None)
    if result is not None:  # CheckFailed: the check's own message
        return f"{result.outcome.value}: {result.message}"
    return "".join(traceback.format_exception_only(type(error), error)).strip()


def run_answer(lesson: str, name: str, answer: str, monkeypatch: pytest.MonkeyPatch) -> Verdicts:
    """Run ``answer`` in place of the answer cell, then the visible check and the hidden tests."""
    graded = graded_cells(lesson).get(name)
    if graded is None:
        pytest.fail(
            f"{lesson}: no graded cell with « exercices.{name}.check(...) » and hidden tests "
            f"in {source_notebook(lesson)}"
        )
    namespace = copied(setup_snapshots(lesson)[name])
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")  # a failed check raises, as in grading
    try:
        exec(compile(answer, "<answer cell>", "exec"), namespace)  # noqa: S102 - catalogue text
    except Exception as error:  # noqa: BLE001 - the cell itself fails: no « Bravo », no points
        message = f"the answer cell raises {_failure(error)}"
        return Verdicts(False, message, False, message)
    verdicts = []
    for code in (graded.visible, graded.hidden):
        try:
            exec(compile(code, f"<{name} test cell>", "exec"), namespace)  # noqa: S102 - ours
        except Exception as error:  # noqa: BLE001 - any failure scores 0
            verdicts += [False, _failure(error)]
        else:
            verdicts += [True, ""]
    return Verdicts(*verdicts)


# -- the tests -----------------------------------------------------------------------------------

LESSONS = lesson_names()
EXERCISES = [(lesson, name) for lesson in LESSONS for name in exercises_of(lesson)]


def _cases(kind: str) -> list[Any]:
    cases = []
    for lesson in LESSONS:
        for name, texts in answers(lesson, kind).items():
            for number, text in enumerate(texts, start=1):
                case_id = f"{lesson}-{name}-{kind.lower()}-{number}"
                cases.append(pytest.param(lesson, name, text, id=case_id))
    return cases


def test_there_are_lessons_with_checks() -> None:
    assert "lesson_00" in LESSONS and len(EXERCISES) >= 5


@pytest.mark.parametrize(
    ("lesson", "name"), EXERCISES, ids=[f"{lesson}-{name}" for lesson, name in EXERCISES]
)
def test_every_exercise_has_a_catalogue(lesson: str, name: str) -> None:
    path = catalogue_path(lesson).relative_to(REPO_ROOT)
    wrong, right = answers(lesson, "WRONG").get(name, []), answers(lesson, "RIGHT").get(name, [])
    assert len(wrong) >= MIN_WRONG and len(right) >= MIN_RIGHT, (
        f"exercise {name!r} of eduia.checks.exercises.{lesson} needs its wrong-answer catalogue: "
        f"write {path} with WRONG[{name!r}] (at least {MIN_WRONG} plausible wrong answers, as "
        f"code strings) and RIGHT[{name!r}] (at least {MIN_RIGHT} other right way); it has "
        f"{len(wrong)} wrong and {len(right)} right. Format: the docstring of {Path(__file__).name}."
    )
    assert name in graded_cells(lesson), (
        f"{lesson}: the source notebook has no graded cell « exercices.{name}.check({name}) » "
        "with hidden tests"
    )


@pytest.mark.parametrize("lesson", LESSONS)
def test_the_catalogue_names_only_exercises_that_exist(lesson: str) -> None:
    declared = set(exercises_of(lesson))
    for kind in ("WRONG", "RIGHT"):
        unknown = set(answers(lesson, kind)) - declared
        assert not unknown, f"{catalogue_path(lesson).name}: {kind} names no exercise: {unknown}"
        for texts in answers(lesson, kind).values():
            assert all(isinstance(text, str) for text in texts), "answers are code strings"


@pytest.mark.parametrize(("lesson", "name", "answer"), _cases("WRONG"))
def test_a_wrong_answer_gets_neither_bravo_nor_points(
    lesson: str, name: str, answer: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    verdicts = run_answer(lesson, name, answer, monkeypatch)
    assert not verdicts.bravo, f"« Bravo » for this wrong answer:\n{answer}"
    assert not verdicts.points, f"the hidden tests give the points to this wrong answer:\n{answer}"


@pytest.mark.parametrize(("lesson", "name", "answer"), _cases("RIGHT"))
def test_a_right_answer_gets_bravo_and_points(
    lesson: str, name: str, answer: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    verdicts = run_answer(lesson, name, answer, monkeypatch)
    assert verdicts.bravo, (
        f"the check refuses this right answer ({verdicts.visible_message}):\n{answer}"
    )
    assert verdicts.points, f"the hidden tests refuse it ({verdicts.hidden_message}):\n{answer}"


@pytest.mark.parametrize(
    ("lesson", "name"), EXERCISES, ids=[f"{lesson}-{name}-reference" for lesson, name in EXERCISES]
)
def test_the_reference_and_the_shown_solution_get_bravo_and_points(
    lesson: str, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    graded = graded_cells(lesson).get(name)
    if graded is None:
        pytest.fail(f"{lesson}: no graded cell checks {name}")
    reference = notebook_cells(lesson)[graded.answer_cell].source
    for what, text in (
        ("reference", reference),
        ("solution()", exercises_of(lesson)[name].solution_text),
    ):
        verdicts = run_answer(lesson, name, text, monkeypatch)
        assert verdicts.bravo, f"{what} refused by the check: {verdicts.visible_message}"
        assert verdicts.points, f"{what} refused by the hidden tests: {verdicts.hidden_message}"


def test_the_runner_tells_a_wrong_answer_from_a_right_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """The machinery itself: a wrong value fails both, a right one passes both (lesson 00)."""
    wrong = run_answer("lesson_00", "grandes_communes", "grandes_communes = 95", monkeypatch)
    right = run_answer("lesson_00", "grandes_communes", "grandes_communes = 96", monkeypatch)
    assert (wrong.bravo, wrong.points, right.bravo, right.points) == (False, False, True, True)
    assert "incorrect" in wrong.visible_message and "AssertionError" in wrong.hidden_message

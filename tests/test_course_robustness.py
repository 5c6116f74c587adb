"""The pieces that let grading survive real pupils: staging, output caps, hidden tests in feedback."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from eduia.course.issues import ATTENTION_CODES, ISSUE_CODES, Issue
from eduia.course.preprocessors import CapOutputSize, HideHiddenTests
from eduia.course.staging import stage_submission


def _notebook(*grade_ids: str) -> nbformat.NotebookNode:
    cells = []
    for grade_id in grade_ids:
        cell = new_code_cell("x = 1")
        cell.metadata["nbgrader"] = {
            "grade_id": grade_id,
            "grade": False,
            "solution": True,
            "locked": False,
            "schema_version": 3,
        }
        cells.append(cell)
    return new_notebook(cells=cells)


def _submission(folder: Path, files: dict[str, object]) -> Path:
    folder.mkdir(parents=True)
    for name, content in files.items():
        if isinstance(content, str):
            (folder / name).write_text(content, encoding="utf-8")
        else:
            nbformat.write(content, folder / name)
    (folder / "timestamp.txt").write_text("2026-11-20 10:00:00.000000 UTC", encoding="utf-8")
    return folder


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_corrupt_notebook_is_left_out_of_the_copy_only(tmp_path: Path) -> None:
    submitted = _submission(tmp_path / "in", {"tp.ipynb": '{"cells": [', "donnees.csv": "a;b\n"})
    before = _snapshot(submitted)
    issues = stage_submission(submitted, tmp_path / "out", {"tp": {"q1"}})
    assert [i.code for i in issues] == ["corrupt"] and issues[0].fields["file"] == "tp.ipynb"
    assert not (tmp_path / "out" / "tp.ipynb").exists()
    assert (tmp_path / "out" / "donnees.csv").is_file()
    assert _snapshot(submitted) == before


def test_renamed_notebook_is_graded_under_its_name(tmp_path: Path) -> None:
    submitted = _submission(
        tmp_path / "in",
        {
            "brouillon.ipynb": _notebook("autre"),
            "tp (copie).ipynb": _notebook("q1", "q2"),
        },
    )
    issues = stage_submission(submitted, tmp_path / "out", {"tp": {"q1", "q2", "q1-tests"}})
    assert [(i.code, i.fields) for i in issues] == [
        ("renamed", {"found": "tp (copie).ipynb", "expected": "tp.ipynb"}),
        ("extra_notebook", {"file": "brouillon.ipynb"}),
    ]
    staged = nbformat.read(tmp_path / "out" / "tp.ipynb", as_version=4)
    assert [c.metadata.nbgrader["grade_id"] for c in staged.cells] == ["q1", "q2"]
    assert (submitted / "tp (copie).ipynb").is_file()


def test_a_single_stray_notebook_is_taken_even_without_shared_cells(tmp_path: Path) -> None:
    submitted = _submission(tmp_path / "in", {"Untitled.ipynb": _notebook()})
    issues = stage_submission(submitted, tmp_path / "out", {"tp": {"q1"}})
    assert [i.code for i in issues] == ["renamed"]


def test_no_notebook_at_all(tmp_path: Path) -> None:
    submitted = _submission(tmp_path / "in", {"notes.txt": "rien"})
    issues = stage_submission(submitted, tmp_path / "out", {"tp": {"q1"}})
    assert [i.code for i in issues] == ["no_notebook"] and issues[0].needs_attention


def test_enormous_output_is_cut_and_reported() -> None:
    cell = new_code_cell(
        "print('x' * 10**6)",
        outputs=[
            new_output("stream", name="stdout", text="x" * 1_000_000),
            new_output("execute_result", data={"text/plain": "y" * 50}, execution_count=1),
        ],
    )
    cell.metadata["nbgrader"] = {"grade_id": "q1"}
    resources: dict = {"eduia_issues": []}
    CapOutputSize(max_chars=1000).preprocess_cell(cell, resources, 0)
    assert len(cell.outputs[0].text) < 1200
    assert "sortie trop longue" in cell.outputs[0].text
    assert resources["eduia_issues"] == [("huge_output", {"cell": "q1"})]
    assert CapOutputSize().enabled  # nbconvert skips preprocessors that are not enabled


def test_hidden_tests_and_their_messages_leave_the_feedback() -> None:
    source = "assert f(1) == 1\n### BEGIN HIDDEN TESTS\nassert f(-7) == 49, 'f(-7) vaut 49'\n### END HIDDEN TESTS"
    cell = new_code_cell(
        source,
        outputs=[
            new_output(
                "error",
                ename="AssertionError",
                evalue="f(-7) vaut 49",
                traceback=["----> 3 assert f(-7) == 49, 'f(-7) vaut 49'"],
            )
        ],
    )
    cell.metadata["nbgrader"] = {
        "grade_id": "t1",
        "grade": True,
        "locked": True,
        "points": 1,
        "solution": False,
        "schema_version": 3,
    }
    text = new_markdown_cell("Une consigne sans test caché")
    notebook = new_notebook(cells=[cell, text])
    notebook, _ = HideHiddenTests().preprocess(notebook, {})
    shown = nbformat.writes(notebook)
    # The hidden test's own text, not a bare « 49 » that a random cell id can hold.
    for hidden in ("f(-7)", "== 49", "vaut 49", "HIDDEN"):
        assert hidden not in shown
    assert notebook.cells[0].source == "assert f(1) == 1"
    assert (
        "Un test de correction n'est pas passé (AssertionError)"
        in notebook.cells[0].outputs[0].text
    )
    assert notebook.cells[1].source == "Une consigne sans test caché"


def test_every_issue_has_french_and_english_messages() -> None:
    import string

    from eduia.messages.course import MESSAGES

    assert ATTENTION_CODES <= ISSUE_CODES
    for code in ISSUE_CODES:
        french, _ = MESSAGES[f"course.issue_{code}"]
        fields = {name for _, name, _, _ in string.Formatter().parse(french) if name}
        values = {name: "x" for name in fields}
        assert Issue(code, values).message("fr") != Issue(code, values).message("en")


@pytest.mark.slow
def test_dead_kernel_keeps_earlier_results(tmp_path: Path) -> None:
    from eduia.course.preprocessors import RobustExecute

    cells = [
        new_code_cell("a = 1\nprint('avant')"),
        new_code_cell("import os\nos._exit(3)"),
        new_code_cell("print(a)"),
    ]
    notebook = new_notebook(
        cells=cells,
        metadata={
            "kernelspec": {"name": "python3", "language": "python", "display_name": "Python 3"}
        },
    )
    resources = {"eduia_issues": [], "metadata": {"path": str(tmp_path)}}
    notebook, resources = RobustExecute(timeout=20).preprocess(notebook, resources)
    assert notebook.cells[0].outputs[0].text == "avant\n"
    assert notebook.cells[1].outputs[0].ename == "KernelDied"
    assert notebook.cells[2].outputs[0].ename == "KernelDied"
    assert [(code, fields["cell"]) for code, fields in resources["eduia_issues"]] == [
        ("kernel_died", "n° 2")
    ]


@pytest.mark.filterwarnings("ignore::sqlalchemy.exc.SAWarning")
def test_flags_set_by_eduia_are_lifted_once_graded_cleanly_and_the_teachers_stay(
    tmp_path: Path,
) -> None:
    from course_simulation import write_demo_lesson
    from nbgrader.api import Gradebook

    from eduia.course.config import gradebook_url
    from eduia.course.folder import init_course
    from eduia.course.merge import track_flag

    write_demo_lesson(tmp_path / "lessons")
    course = tmp_path / "course"
    init_course(course, "c", lessons_dir=tmp_path / "lessons")
    with Gradebook(gradebook_url(course)) as gradebook:
        gradebook.add_assignment("tp")
        gradebook.add_notebook("tp", "tp")
        for student in ("ana", "teo"):
            gradebook.add_student(student)
            gradebook.add_submission("tp", student)
            gradebook.find_submission_notebook("tp", "tp", student).flagged = True
        gradebook.db.commit()
    track_flag(course, "tp", "ana", attention=True)  # eduia flagged ana; the teacher flagged teo
    track_flag(course, "tp", "ana", attention=False)
    track_flag(course, "tp", "teo", attention=False)
    with Gradebook(gradebook_url(course)) as gradebook:
        assert gradebook.find_submission_notebook("tp", "tp", "ana").flagged is False
        assert gradebook.find_submission_notebook("tp", "tp", "teo").flagged is True


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore::sqlalchemy.exc.SAWarning")
def test_parallel_grading_works_with_spawned_workers_as_on_windows(
    tmp_path: Path, monkeypatch
) -> None:
    from course_simulation import BEHAVIOURS, DEMO_LESSON, write_demo_lesson
    from nbgrader.apps import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory

    from eduia.course import grading
    from eduia.course.config import load_course_config
    from eduia.course.folder import init_course

    write_demo_lesson(tmp_path / "lessons")
    course = tmp_path / "course"
    init_course(course, "c", lessons_dir=tmp_path / "lessons", cell_timeout=5)
    config = load_course_config(course)
    assert NbGraderAPI(CourseDirectory(config=config), config=config).generate_assignment(
        DEMO_LESSON
    )["success"]
    released = course / "release" / DEMO_LESSON / f"{DEMO_LESSON}.ipynb"
    for student, behaviour in (("ana", "correct"), ("teo", "partial"), ("zoe", "kernel_crash")):
        notebook = nbformat.read(released, as_version=4)
        BEHAVIOURS[behaviour][0](notebook)
        folder = course / "submitted" / student / DEMO_LESSON
        folder.mkdir(parents=True)
        nbformat.write(notebook, folder / f"{DEMO_LESSON}.ipynb")
    monkeypatch.setattr(grading, "START_METHOD", "spawn")
    report = grading.autograde(course, DEMO_LESSON, jobs=2)
    assert {r.student: r.score for r in report.results} == {"ana": 6.0, "teo": 2.0, "zoe": 2.0}
    assert [r.student for r in report.results if r.needs_attention] == ["zoe"]


def test_progress_bar_draws_on_one_line_and_ends_it() -> None:
    import io

    from eduia.progress import ProgressBar

    stream = io.StringIO()
    bar = ProgressBar(30, stream=stream, always=True, width=10)
    bar.restart(2)
    bar.advance("ana")
    bar.advance("teo")
    text = stream.getvalue()
    assert "\r[#####.....] 1/2 ana" in text and "\r[##########] 2/2 teo" in text
    assert text.endswith("\n") and text.count("\n") == 1
    silent = io.StringIO()
    ProgressBar(2, stream=silent, log=False).advance("ana")  # not a terminal: nothing drawn
    assert silent.getvalue() == ""

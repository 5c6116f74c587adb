"""``eduia course`` on the real lessons of the checkout (``notebooks/source``)."""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import nbformat
import pytest

from eduia.cli import main
from eduia.course.config import load_course_config
from eduia.course.folder import default_lessons_dir

pytestmark = pytest.mark.filterwarnings("ignore::sqlalchemy.exc.SAWarning")  # inside nbgrader

LESSONS_DIR = default_lessons_dir()
LESSONS = (
    sorted(p.name for p in LESSONS_DIR.iterdir() if (p / f"{p.name}.ipynb").is_file())
    if LESSONS_DIR
    else []
)
GRADED_LESSON = "02-plus-proches-voisins"


def test_the_lessons_are_in_the_checkout() -> None:
    assert GRADED_LESSON in LESSONS


def _hidden_test_lines(notebook: nbformat.NotebookNode) -> list[str]:
    lines, hidden = [], False
    for cell in notebook.cells:
        for line in cell.source.splitlines():
            if "BEGIN HIDDEN TESTS" in line:
                hidden = True
            elif "END HIDDEN TESTS" in line:
                hidden = False
            elif hidden and line.strip():
                lines.append(line.strip())
    return lines


def test_init_copies_every_lesson(tmp_path: Path, capsys) -> None:
    course = tmp_path / "seconde-3"
    assert main(["course", "init", str(course), "--exchange-root", str(tmp_path / "echange")]) == 0
    assert f"{len(LESSONS)} leçons copiées" in capsys.readouterr().out
    for lesson in LESSONS:
        copied = course / "source" / lesson / f"{lesson}.ipynb"
        assert copied.read_bytes() == (LESSONS_DIR / lesson / f"{lesson}.ipynb").read_bytes()
    assert load_course_config(course).CourseDirectory.course_id == "seconde-3"


@pytest.mark.slow
def test_a_lesson_source_earns_full_marks_and_feedback_hides_its_tests(
    tmp_path: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nbgrader.api import Gradebook
    from nbgrader.apps import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory

    from eduia.course.config import gradebook_url

    course = tmp_path / "course"
    assert (
        main(
            [
                "course",
                "init",
                str(course),
                "--exchange-root",
                str(tmp_path / "echange"),
                "--cell-timeout",
                "120",
            ]
        )
        == 0
    )
    config = load_course_config(course)
    generated = NbGraderAPI(CourseDirectory(config=config), config=config).generate_assignment(
        GRADED_LESSON
    )
    assert generated["success"], generated.get("log")
    source = course / "source" / GRADED_LESSON / f"{GRADED_LESSON}.ipynb"
    release = course / "release" / GRADED_LESSON / f"{GRADED_LESSON}.ipynb"
    for pupil, notebook in (("complet", source), ("vide", release)):
        folder = course / "submitted" / pupil / GRADED_LESSON
        folder.mkdir(parents=True)
        shutil.copyfile(notebook, folder / notebook.name)
    capsys.readouterr()
    assert main(["course", "autograde", "02", "--jobs", "2", "--course", str(course)]) == 0
    summary = capsys.readouterr().out
    assert "2 travaux notés, 0 à vérifier" in summary

    with Gradebook(gradebook_url(course)) as gradebook:
        for pupil, expected in (("complet", "max"), ("vide", 0)):
            notebook = gradebook.find_submission_notebook(GRADED_LESSON, GRADED_LESSON, pupil)
            code = [grade for grade in notebook.grades if grade.cell_type == "code"]
            assert code, "the lesson has autograded cells"
            for grade in code:
                wanted = grade.max_score if expected == "max" else 0
                assert grade.auto_score == wanted, (pupil, grade.name)

    assert main(["course", "feedback", "02", "--no-release", "--course", str(course)]) == 0
    hidden = _hidden_test_lines(nbformat.read(source, as_version=4))
    assert hidden, "the lesson has hidden tests"
    page = course / "feedback" / "complet" / GRADED_LESSON / f"{GRADED_LESSON}.html"
    text = html.unescape(re.sub(r"<[^>]+>", "", page.read_text(encoding="utf-8")))
    assert not [line for line in hidden if line in text]

    # An exchange folder that cannot be written: the pages stay, the teacher is told in French
    # (for a pupil who handed in through the exchange: one whose copy holds its secret).
    for name, text in (
        ("submission_secret.txt", "secret"),
        ("timestamp.txt", "2026-11-20 10:00:00 UTC"),
    ):
        (course / "submitted" / "complet" / GRADED_LESSON / name).write_text(text, encoding="utf-8")
    (tmp_path / "un-fichier").write_text("pas un dossier", encoding="utf-8")
    monkeypatch.setenv("EDUIA_EXCHANGE_ROOT", str(tmp_path / "un-fichier" / "echange"))
    capsys.readouterr()
    assert main(["course", "feedback", "02", "--course", str(course)]) == 1
    assert "n'ont pas pu être déposés dans le dossier d'échange" in capsys.readouterr().err
    assert page.is_file()

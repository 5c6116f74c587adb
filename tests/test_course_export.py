"""``eduia course export``: marks out of 20 for French spreadsheet software."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eduia.cli import main
from eduia.course.export import export_marks, french_number, mark_out_of_20

pytestmark = pytest.mark.filterwarnings("ignore::sqlalchemy.exc.SAWarning")  # inside nbgrader


@pytest.fixture
def graded_course(tmp_path: Path) -> Path:
    """A course with two lessons and three pupils, graded through nbgrader's Gradebook API."""
    from course_simulation import write_demo_lesson
    from nbgrader.api import Gradebook

    from eduia.course.config import gradebook_url
    from eduia.course.folder import init_course

    write_demo_lesson(tmp_path / "lessons")
    course = tmp_path / "course"
    init_course(course, "c", lessons_dir=tmp_path / "lessons")
    (course / "eleves.csv").write_text(
        "identifiant;nom;prenom;classe\nana.roux;ROUX;Ana;2nde 3\n", encoding="utf-8-sig"
    )
    with Gradebook(gradebook_url(course)) as gradebook:
        for lesson, points in (("01-regles", (2, 1)), ("02-knn", (3, 3))):
            gradebook.add_assignment(lesson)
            gradebook.add_notebook(lesson, lesson)
            gradebook.add_grade_cell("q1", lesson, lesson, max_score=points[0], cell_type="code")
            gradebook.add_grade_cell("r", lesson, lesson, max_score=points[1], cell_type="markdown")
        gradebook.add_assignment("03-pas-encore-ramassee")
        gradebook.add_student("ana.roux", first_name="Ana", last_name="ROUX")
        gradebook.add_student("eve.blanc", first_name="Ève", last_name="BLANC")
        gradebook.add_student("zoe.adam", first_name="Zoé", last_name="ADAM")
        _grade(gradebook, "01-regles", "ana.roux", auto=2, manual=0.5)
        _grade(gradebook, "02-knn", "ana.roux", auto=1.5, manual=None)
        _grade(gradebook, "01-regles", "eve.blanc", auto=1, manual=None, flagged=True)
    return course


def _grade(
    gradebook, lesson: str, student: str, auto: float, manual: float | None, flagged: bool = False
) -> None:
    gradebook.add_submission(lesson, student)
    notebook = gradebook.find_submission_notebook(lesson, lesson, student)
    notebook.flagged = flagged
    code = gradebook.find_grade("q1", lesson, lesson, student)
    code.auto_score, code.needs_manual_grade = auto, False
    written = gradebook.find_grade("r", lesson, lesson, student)
    written.manual_score, written.needs_manual_grade = manual, manual is None
    gradebook.db.commit()


def test_one_row_per_pupil_and_lesson_for_french_spreadsheets(
    graded_course: Path, tmp_path: Path, capsys
) -> None:
    out = tmp_path / "notes.csv"
    assert main(["course", "export", "--out", str(out), "--course", str(graded_course)]) == 0
    assert "6 lignes" in capsys.readouterr().out
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == [
        "identifiant",
        "nom",
        "prénom",
        "classe",
        "leçon",
        "points",
        "maximum",
        "note sur 20",
        "état",
    ]
    assert rows[1:] == [
        ["zoe.adam", "ADAM", "Zoé", "", "01-regles", "", "3", "", "non rendu"],
        ["eve.blanc", "BLANC", "Ève", "", "01-regles", "1", "3", "6,67", "à vérifier"],
        ["ana.roux", "ROUX", "Ana", "2nde 3", "01-regles", "2,5", "3", "16,67", "noté"],
        ["zoe.adam", "ADAM", "Zoé", "", "02-knn", "", "6", "", "non rendu"],
        ["eve.blanc", "BLANC", "Ève", "", "02-knn", "", "6", "", "non rendu"],
        [
            "ana.roux",
            "ROUX",
            "Ana",
            "2nde 3",
            "02-knn",
            "1,5",
            "6",
            "5,00",
            "réponses écrites à noter",
        ],
    ]


def test_default_file_is_in_the_course(graded_course: Path) -> None:
    path, rows = export_marks(graded_course)
    assert path == graded_course / "notes.csv" and rows == 6 and path.is_file()


def test_numbers_use_the_decimal_comma() -> None:
    assert french_number(12) == "12"
    assert french_number(0.125) == "0,13"
    assert french_number(2 / 3 * 20, 2) == "13,33"
    assert french_number(10, 2) == "10,00"
    assert mark_out_of_20(0, 0) == 0.0


@given(st.integers(0, 400), st.integers(1, 400))
def test_marks_stay_between_0_and_20(points: int, maximum: int) -> None:
    points = min(points, maximum)
    text = french_number(mark_out_of_20(points, maximum), 2)
    value = float(text.replace(",", "."))
    assert 0 <= value <= 20 and "." not in text and len(text.split(",")[1]) == 2


def test_wide_export_for_pronote_has_one_column_per_lesson(
    graded_course: Path, tmp_path: Path, capsys
) -> None:
    out = tmp_path / "pronote.csv"
    assert (
        main(
            [
                "course",
                "export",
                "--format",
                "large",
                "--out",
                str(out),
                "--course",
                str(graded_course),
            ]
        )
        == 0
    )
    assert "3 élèves, une colonne par leçon" in capsys.readouterr().out
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows == [
        [
            "identifiant",
            "nom",
            "prénom",
            "classe",
            "01-regles (sur 20)",
            "02-knn (sur 20)",
            "notes à revoir",
        ],
        ["zoe.adam", "ADAM", "Zoé", "", "", "", ""],
        ["eve.blanc", "BLANC", "Ève", "", "6,67", "", "01-regles (à vérifier)"],
        ["ana.roux", "ROUX", "Ana", "2nde 3", "16,67", "5,00", "02-knn (réponses écrites à noter)"],
    ]
    assert export_marks(graded_course, layout="large")[0] == graded_course / "notes-large.csv"


def test_export_to_a_folder_or_a_missing_folder_says_so_in_french(
    graded_course: Path, tmp_path: Path, capsys
) -> None:
    assert main(["course", "export", "--out", str(tmp_path), "--course", str(graded_course)]) == 2
    assert "est un dossier : donnez un nom de fichier" in capsys.readouterr().err
    assert (
        main(
            [
                "course",
                "export",
                "--out",
                str(tmp_path / "absent" / "n.csv"),
                "--course",
                str(graded_course),
            ]
        )
        == 2
    )
    assert "n'existe pas" in capsys.readouterr().err


def test_points_after_pour_aller_plus_loin_are_a_bonus_and_the_mark_stays_at_most_20(
    graded_course: Path,
) -> None:
    import nbformat

    from eduia.course.export import mark_rows
    from eduia.course.grading import _results

    def graded(grade_id: str, points: int):
        cell = nbformat.v4.new_code_cell("pass")
        cell.metadata["nbgrader"] = {"grade": True, "grade_id": grade_id, "points": points}
        return cell

    heading = nbformat.v4.new_markdown_cell("## Pour aller plus loin (facultatif)")
    source = graded_course / "source" / "01-regles"
    source.mkdir(parents=True, exist_ok=True)
    notebook = nbformat.v4.new_notebook(cells=[graded("q1", 2), heading, graded("r", 1)])
    nbformat.write(notebook, source / "01-regles.ipynb")
    rows = {(row.id, row.lesson): row for row in mark_rows(graded_course)}
    ana, eve = rows["ana.roux", "01-regles"], rows["eve.blanc", "01-regles"]
    assert (ana.points, ana.maximum, ana.cells()[7]) == (2.5, 2.0, "20,00")  # bonus, capped
    assert (eve.points, eve.maximum, eve.cells()[7]) == (1.0, 2.0, "10,00")  # the core only
    assert rows["ana.roux", "02-knn"].maximum == 6.0  # no source notebook: nbgrader's maximum
    summary = _results(graded_course, "01-regles", ["eve.blanc"], {"eve.blanc": []})
    assert (summary[0].score, summary[0].max_score) == (1.0, 2.0)

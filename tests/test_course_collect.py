"""``eduia course collect``: resubmissions, late copies, USB keys, mistyped folders, over a term."""

from __future__ import annotations

import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from course_simulation import DEMO_LESSON, pupil_hands_in, simulate_class, write_demo_lesson

from eduia.cli import main
from eduia.course.collect import ClassList, collect, read_timestamp
from eduia.course.config import load_course_config
from eduia.course.folder import init_course
from eduia.course.roster import import_roster, read_roster

pytestmark = pytest.mark.filterwarnings("ignore::sqlalchemy.exc.SAWarning")  # inside nbgrader

CLASS_LIST = "Nom;Prénom;Classe\nMARTIN;Léa;2nde 3\nBERNARD;Hugo;2nde 3\nROUX;Jade;2nde 3\nGARCIA;Inès;2nde 3\n"


@pytest.fixture
def course(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A course with a class list of four; Léa handed in « partial » through the exchange."""
    exchange = tmp_path / "exchange"
    exchange.mkdir()
    monkeypatch.setenv("EDUIA_EXCHANGE_ROOT", str(exchange))
    write_demo_lesson(tmp_path / "lessons")
    course = tmp_path / "course"
    init_course(course, "seconde-3", lessons_dir=tmp_path / "lessons", exchange_root=str(exchange))
    (tmp_path / "liste.csv").write_text(CLASS_LIST, encoding="utf-8")
    import_roster(course, tmp_path / "liste.csv")
    simulate_class(
        course, tmp_path / "homes", {"lea.martin": "partial"}
    )  # nbgrader collect, no --update
    return course


def _submitted(course: Path, student: str) -> Path:
    return course / "submitted" / student / DEMO_LESSON


def _answer(course: Path, student: str, grade_id: str) -> str:
    notebook = json.loads(
        (_submitted(course, student) / f"{DEMO_LESSON}.ipynb").read_text(encoding="utf-8")
    )
    cells = [
        c
        for c in notebook["cells"]
        if c["metadata"].get("nbgrader", {}).get("grade_id") == grade_id
    ]
    return "".join(cells[0]["source"])


def _usb_copy(course: Path, folder: Path, mtime: datetime | None = None) -> Path:
    """A pupil's notebook on a USB key (a copy of Léa's), with a macOS ``._`` file beside it."""
    folder.mkdir(parents=True)
    notebook = folder / f"{DEMO_LESSON}.ipynb"
    shutil.copyfile(_submitted(course, "lea.martin") / f"{DEMO_LESSON}.ipynb", notebook)
    (folder / f"._{DEMO_LESSON}.ipynb").write_bytes(b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X")
    if mtime is not None:
        os.utime(notebook, (mtime.timestamp(), mtime.timestamp()))
    return notebook


def test_a_resubmission_replaces_the_earlier_copy_and_a_late_one_is_flagged(
    course: Path, tmp_path: Path, capsys
) -> None:
    first = read_timestamp(_submitted(course, "lea.martin"))
    due = (first + timedelta(seconds=1)).replace(tzinfo=timezone.utc).astimezone()
    pupil_hands_in(
        load_course_config(course), tmp_path / "again" / "lea.martin", "lea.martin", "correct"
    )
    assert "sum(valeurs) / len(valeurs)" not in _answer(course, "lea.martin", "q2")
    code = main(
        [
            "course",
            "collect",
            "demo",
            "--course",
            str(course),
            "--date-limite",
            due.strftime("%d/%m/%Y %H:%M"),
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "sum(valeurs) / len(valeurs)" in _answer(course, "lea.martin", "q2")  # the latest copy
    second = read_timestamp(_submitted(course, "lea.martin"))
    assert second > first
    assert "lea.martin : copie rendue à nouveau le" in out and "rendue 2 fois" in out
    assert "EN RETARD de" in out and "1 en retard" in out
    assert "Pas de copie pour 3 élèves : hugo.bernard, ines.garcia, jade.roux" in out
    # Collecting again changes nothing and says so.
    report = collect(course, "demo")
    assert [(c.student, c.status) for c in report.copies] == [("lea.martin", "unchanged")]
    assert report.due_date is not None and report.late  # the due date was kept in the gradebook


def test_usb_copies_are_placed_with_their_date_and_mistyped_folders_reported(
    course: Path, tmp_path: Path, capsys
) -> None:
    usb = tmp_path / "cle"
    written = datetime(2026, 12, 1, 9, 30, tzinfo=timezone.utc)
    _usb_copy(course, usb / "jade.roux", written)
    _usb_copy(course, usb / "ines.garsia")  # a typo for ines.garcia
    _usb_copy(
        course, usb / "MARTIN Léa", datetime(2026, 1, 1, tzinfo=timezone.utc)
    )  # older than her copy
    (usb / "__MACOSX").mkdir()
    (usb / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    assert main(["course", "collect", "demo", "--course", str(course), "--depuis", str(usb)]) == 1
    out = capsys.readouterr().out
    placed = _submitted(course, "jade.roux")
    assert sorted(p.name for p in placed.iterdir()) == [f"{DEMO_LESSON}.ipynb", "timestamp.txt"]
    assert read_timestamp(placed) == written.replace(tzinfo=None)
    assert (
        "pas de timestamp.txt : date prise sur le fichier « demo.ipynb » (timestamp.txt écrit)"
        in out
    )
    assert "vouliez-vous dire « ines.garcia » ?" in out
    assert (
        not (course / "submitted" / "ines.garsia").exists()
        and not _submitted(course, "ines.garcia").exists()
    )
    assert (
        "lea.martin : copie du 01/01/2026" in out and "plus récente" in out
    )  # the newer copy is kept
    assert "partial" not in out and "__MACOSX" not in out


def test_a_timestamp_that_is_not_a_date_gets_a_french_message(
    course: Path, tmp_path: Path, capsys
) -> None:
    notebook = _usb_copy(course, tmp_path / "cle" / "hugo.bernard")
    (notebook.parent / "timestamp.txt").write_text("rendu mardi", encoding="utf-8")
    assert (
        main(
            [
                "course",
                "collect",
                "demo",
                "--course",
                str(course),
                "--depuis",
                str(tmp_path / "cle"),
            ]
        )
        == 1
    )
    out = capsys.readouterr().out
    assert "hugo.bernard : timestamp.txt ne contient pas une date (« rendu mardi »)" in out
    assert read_timestamp(_submitted(course, "hugo.bernard")) is not None
    assert "traceback" not in out.lower()


def test_class_list_names_logins_and_typos() -> None:
    from eduia.course.roster import Pupil

    pupils = [
        Pupil("lea.martin", "MARTIN", "Léa", login="lmartin"),
        Pupil("lea.martin-2", "MARTIN", "Léa"),
        Pupil("hugo.bernard", "BERNARD", "Hugo"),
    ]
    names = ClassList(pupils)
    assert names.resolve("lmartin") == "lea.martin"
    assert names.resolve("Hugo BERNARD") == "hugo.bernard"
    assert names.resolve("MARTIN Léa") is None  # two pupils have that name
    assert (
        names.resolve("hugo.bernrad") is None and names.suggestion("hugo.bernrad") == "hugo.bernard"
    )
    assert ClassList([]).resolve("nouveau") == "nouveau"  # no class list: nbgrader's behaviour


@pytest.mark.slow
def test_autograde_regrades_a_resubmission_and_skips_what_is_not_a_pupils_work(
    course: Path, tmp_path: Path, capsys
) -> None:
    from nbgrader.api import Gradebook

    from eduia.course.config import gradebook_url

    assert main(["course", "autograde", "demo", "--course", str(course)]) == 0
    capsys.readouterr()
    pupil_hands_in(
        load_course_config(course), tmp_path / "again" / "lea.martin", "lea.martin", "correct"
    )
    assert main(["course", "collect", "demo", "--course", str(course)]) == 0
    # By hand, as the old guide said: a mistyped folder, a macOS file, a bad date, a corrupt copy.
    shutil.copytree(
        _submitted(course, "lea.martin"), course / "submitted" / "lea.matrin" / DEMO_LESSON
    )
    shutil.copytree(_submitted(course, "lea.martin"), _submitted(course, "hugo.bernard"))
    (_submitted(course, "hugo.bernard") / f"._{DEMO_LESSON}.ipynb").write_bytes(
        b"\x00\x05\x16\x07Mac OS X"
    )
    (_submitted(course, "hugo.bernard") / "timestamp.txt").write_text("hier soir", encoding="utf-8")
    _submitted(course, "ines.garcia").mkdir(parents=True)
    (_submitted(course, "ines.garcia") / f"{DEMO_LESSON}.ipynb").write_text(
        '{"cells": [', encoding="utf-8"
    )
    assert main(["course", "autograde", "demo", "--course", str(course)]) == 1
    out = capsys.readouterr().out
    assert "lea.martin : 6 / 8 points" in out  # regraded: 2 points before the resubmission
    assert "formgrader), 0 déjà not" in out  # nothing skipped as « déjà noté et inchangé »
    assert "dossier « lea.matrin » de submitted/ ignoré" in out and "« lea.martin »" in out
    assert "hugo.bernard : 6 / 8 points" in out and "illisible" not in out.split("ines.garcia")[0]
    assert (
        "timestamp.txt ne contient pas une date (« hier soir »)" in out and "Please see" not in out
    )
    with Gradebook(gradebook_url(course)) as gradebook:
        assert "lea.matrin" not in {student.id for student in gradebook.students}
        ines = gradebook.find_submission(DEMO_LESSON, "ines.garcia")
        assert all(notebook.flagged for notebook in ines.notebooks)
        assert ines.needs_manual_grade  # in the formgrader's manual grading list
        lea = gradebook.find_submission(DEMO_LESSON, "lea.martin")
        assert not any(
            grade.needs_manual_grade
            for nb in lea.notebooks
            for grade in nb.grades
            if grade.cell_type == "code"
        )
    assert {p.id for p in read_roster(course)} == {
        "lea.martin",
        "hugo.bernard",
        "jade.roux",
        "ines.garcia",
    }


def test_without_an_exchange_or_with_a_bad_due_date_the_teacher_is_told_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.delenv("EDUIA_EXCHANGE_ROOT", raising=False)
    write_demo_lesson(tmp_path / "lessons")
    course = tmp_path / "course"
    init_course(
        course, "c", lessons_dir=tmp_path / "lessons", exchange_root=str(tmp_path / "pas-d-echange")
    )
    assert main(["course", "collect", "demo", "--course", str(course)]) == 2
    err = capsys.readouterr().err
    assert "n'a pas de rendus pour ce cours" in err and "--depuis DOSSIER" in err
    assert (
        main(
            [
                "course",
                "collect",
                "demo",
                "--course",
                str(course),
                "--depuis",
                str(tmp_path / "cle"),
            ]
        )
        == 2
    )
    assert "n'existe pas (clé USB branchée ?)" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        main(["course", "collect", "demo", "--course", str(course), "--date-limite", "vendredi"])
    assert exit_.value.code == 2
    assert "date limite « vendredi » incomprise" in capsys.readouterr().err


def test_without_a_class_list_every_folder_is_a_pupil_even_after_grading(tmp_path: Path) -> None:
    from nbgrader.api import Gradebook

    from eduia.course.collect import unknown_submitted
    from eduia.course.config import gradebook_url

    write_demo_lesson(tmp_path / "lessons")
    course = tmp_path / "course"
    init_course(course, "c", lessons_dir=tmp_path / "lessons")
    with Gradebook(gradebook_url(course)) as gradebook:
        gradebook.add_student("ana")  # as autograde adds every pupil it grades
    (course / "submitted" / "teo" / DEMO_LESSON).mkdir(parents=True)
    assert unknown_submitted(course, DEMO_LESSON) == []
    (course / "eleves.csv").write_text(
        "identifiant;nom;prenom;classe\nana;A;Ana;\n", encoding="utf-8-sig"
    )
    assert [u.name for u in unknown_submitted(course, DEMO_LESSON)] == ["teo"]

"""``eduia course init``: the course folder, its nbgrader configuration and the lessons."""

from __future__ import annotations

from pathlib import Path

import pytest
from course_simulation import DEMO_LESSON, write_demo_lesson

from eduia.cli import main
from eduia.course.config import load_course_config
from eduia.course.folder import README_NAME, init_course
from eduia.course.lessons import CourseError, resolve_lesson
from eduia.release import CODE_STUB, TEXT_STUB


@pytest.fixture
def lessons(tmp_path: Path) -> Path:
    write_demo_lesson(tmp_path / "lessons")
    return tmp_path / "lessons"


def test_config_is_nbgrader_config_made_for_french_classrooms(
    tmp_path: Path, lessons: Path, monkeypatch
) -> None:
    course = tmp_path / "ma-classe"
    assert (
        main(
            [
                "course",
                "init",
                str(course),
                "--course-id",
                "seconde-3",
                "--lessons",
                str(lessons),
                "--exchange-root",
                str(tmp_path / "echange"),
                "--cell-timeout",
                "7",
            ]
        )
        == 0
    )
    config = load_course_config(course)
    assert config.CourseDirectory.course_id == "seconde-3"
    assert config.ClearSolutions.code_stub == {"python": CODE_STUB}
    assert config.ClearSolutions.text_stub == TEXT_STUB
    assert config.Execute.timeout == 7 and config.Execute.interrupt_on_timeout is True
    assert config.OverwriteCells.add_missing_cells is True
    assert config.Exchange.root == str(tmp_path / "echange")
    assert "eduia.course.preprocessors.HideHiddenTests" in config.GenerateFeedback.preprocessors
    monkeypatch.setenv("EDUIA_EXCHANGE_ROOT", "/srv/autre")
    assert load_course_config(course).Exchange.root == "/srv/autre"
    assert (course / "source" / DEMO_LESSON / f"{DEMO_LESSON}.ipynb").is_file()
    assert (course / "gradebook.db").is_file()
    from traitlets.config.loader import PyFileConfigLoader

    monkeypatch.delenv("EDUIA_EXCHANGE_ROOT")
    pupils = PyFileConfigLoader("nbgrader_config_eleves.py", path=str(course)).load_config()
    assert pupils.CourseDirectory.course_id == "seconde-3"
    assert pupils.Exchange.root == str(tmp_path / "echange")
    readme = (course / README_NAME).read_text(encoding="utf-8")
    assert "eduia course autograde" in readme and "- demo" in readme


def test_generate_assignment_uses_the_french_stubs(tmp_path: Path, lessons: Path) -> None:
    import nbformat
    from nbgrader.apps import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory

    course = tmp_path / "course"
    init_course(course, "seconde-3", lessons_dir=lessons, exchange_root=str(tmp_path / "x"))
    config = load_course_config(course)
    result = NbGraderAPI(CourseDirectory(config=config), config=config).generate_assignment(
        DEMO_LESSON
    )
    assert result["success"], result.get("log")
    released = nbformat.read(
        course / "release" / DEMO_LESSON / f"{DEMO_LESSON}.ipynb", as_version=4
    )
    sources = [cell.source for cell in released.cells]
    assert "def carre(x):\n    # TON CODE ICI\n    raise NotImplementedError()" in sources
    assert TEXT_STUB in sources
    assert not any("BEGIN HIDDEN TESTS" in source for source in sources)


def test_init_again_keeps_the_teachers_lessons(tmp_path: Path, lessons: Path, capsys) -> None:
    course = tmp_path / "course"
    init_course(course, "seconde-3", lessons_dir=lessons)
    edited = course / "source" / DEMO_LESSON / f"{DEMO_LESSON}.ipynb"
    edited.write_text(
        edited.read_text(encoding="utf-8").replace("Démo", "Ma démo"), encoding="utf-8"
    )
    (lessons / "extra").mkdir()
    (lessons / "extra" / "extra.ipynb").write_text(
        (lessons / DEMO_LESSON / f"{DEMO_LESSON}.ipynb").read_text()
    )
    assert main(["course", "init", str(course), "--lessons", str(lessons)]) == 0
    assert "1 leçon copiée, 1 déjà présente et conservée" in capsys.readouterr().out
    assert "Ma démo" in edited.read_text(encoding="utf-8")
    assert load_course_config(course).CourseDirectory.course_id == "course"


@pytest.mark.parametrize("course_id", ["ma classe", "a+b", "é3", ""])
def test_unusable_course_ids_are_refused_in_french(
    tmp_path: Path, lessons: Path, course_id: str, capsys
) -> None:
    if course_id:
        with pytest.raises(CourseError, match="Identifiant de cours impossible"):
            init_course(tmp_path / "c", course_id, lessons_dir=lessons)
    assert (
        main(
            [
                "course",
                "init",
                str(tmp_path / "c"),
                "--course-id",
                course_id or "+",
                "--lessons",
                str(lessons),
            ]
        )
        == 2
    )
    assert "Identifiant de cours impossible" in capsys.readouterr().err


def test_steps_outside_a_course_folder_explain_what_to_do(tmp_path: Path, capsys) -> None:
    for argv in (["autograde", "02"], ["feedback", "02"], ["export"], ["roster", "liste.csv"]):
        assert main(["course", *argv, "--course", str(tmp_path)]) == 2
        assert "n'est pas un dossier de cours" in capsys.readouterr().err


def test_lessons_are_found_by_number(tmp_path: Path, lessons: Path) -> None:
    course = tmp_path / "course"
    init_course(course, "c", lessons_dir=lessons)
    (course / "source" / "02-plus-proches-voisins").mkdir()
    assert resolve_lesson(course, "2") == resolve_lesson(course, "02") == "02-plus-proches-voisins"
    assert resolve_lesson(course, DEMO_LESSON) == DEMO_LESSON
    with pytest.raises(CourseError, match="Leçon inconnue : « 7 »"):
        resolve_lesson(course, "7")


def test_autograde_before_generate_assignment_says_so(
    tmp_path: Path, lessons: Path, capsys
) -> None:
    course = tmp_path / "course"
    init_course(course, "c", lessons_dir=lessons)
    (course / "submitted" / "lea.martin" / DEMO_LESSON).mkdir(parents=True)
    assert main(["course", "autograde", DEMO_LESSON, "--course", str(course)]) == 2
    assert "nbgrader generate_assignment demo" in capsys.readouterr().err


def test_autograde_without_submissions_points_to_collect(
    tmp_path: Path, lessons: Path, capsys
) -> None:
    course = tmp_path / "course"
    init_course(course, "c", lessons_dir=lessons)
    assert main(["course", "autograde", DEMO_LESSON, "--course", str(course)]) == 1
    assert "eduia course collect demo" in capsys.readouterr().err


def test_english_is_available(tmp_path: Path) -> None:
    from eduia.i18n import t

    assert t("course.issue_timeout", language="en", cell="q1", seconds=3).startswith(
        "endless loop?"
    )
    assert t("course.status_missing", language="en") == "not handed in"

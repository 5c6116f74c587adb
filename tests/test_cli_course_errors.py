"""``eduia course`` refuses bad input with a French message and a non-zero exit."""

from __future__ import annotations

from pathlib import Path

import pytest

from eduia.cli import main


@pytest.mark.parametrize("value", ["-5", "0", "abc"])
def test_init_refuses_a_cell_timeout_that_is_not_positive(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str
) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["course", "init", str(tmp_path / "cours"), f"--cell-timeout={value}"])
    assert raised.value.code != 0
    err = capsys.readouterr().err
    assert f"« {value} » n'est pas une durée valable" in err
    assert not (tmp_path / "cours").exists()


LESSONS = Path(__file__).resolve().parent.parent / "notebooks" / "source"


def test_init_onto_an_existing_file_keeps_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "seconde-3"
    target.write_text("mes notes", encoding="utf-8")
    assert main(["course", "init", str(target), "--lessons", str(LESSONS)]) == 2
    assert "existe déjà et ce n'est pas un dossier" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "mes notes"


def test_init_with_an_empty_lessons_folder_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "vide").mkdir()
    (tmp_path / "vide" / "notes.ipynb").write_text("{}", encoding="utf-8")  # not NN-slug/
    assert (
        main(["course", "init", str(tmp_path / "cours"), "--lessons", str(tmp_path / "vide")]) == 2
    )
    assert "Aucune leçon dans" in capsys.readouterr().err
    assert not (tmp_path / "cours").exists()


def test_init_with_a_corrupt_lesson_names_it_and_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lesson = tmp_path / "lecons" / "01-abime"
    lesson.mkdir(parents=True)
    (lesson / "01-abime.ipynb").write_text('{"cells": [', encoding="utf-8")  # a cut download
    assert main(["course", "init", str(tmp_path / "cours"), "--lessons", str(lesson.parent)]) == 2
    err = capsys.readouterr().err
    assert "01-abime.ipynb » est illisible" in err and "Traceback" not in err
    assert not (tmp_path / "cours").exists()


def test_init_in_a_place_it_cannot_write_says_why_in_french(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    def read_only(self, *args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system", str(self))

    monkeypatch.setattr(Path, "mkdir", read_only)
    assert main(["course", "init", str(tmp_path / "cours"), "--lessons", str(LESSONS)]) == 1
    err = capsys.readouterr().err
    assert "le disque est en lecture seule" in err and "Read-only" not in err
    assert str(tmp_path / "cours") in err


def test_a_new_course_folder_is_readable_by_the_teacher_only(tmp_path: Path) -> None:
    """It holds the hidden tests, the solutions and the marks: no other account may enter."""
    assert main(["course", "init", str(tmp_path / "cours"), "--lessons", str(LESSONS)]) == 0
    assert (tmp_path / "cours").stat().st_mode & 0o777 == 0o700


def test_a_course_shared_with_a_group_of_teachers(tmp_path: Path) -> None:
    import grp
    import os

    group = grp.getgrgid(os.getgid()).gr_name
    assert (
        main(
            [
                "course",
                "init",
                str(tmp_path / "cours"),
                "--lessons",
                str(LESSONS),
                "--groupe",
                group,
            ]
        )
        == 0
    )
    mode = (tmp_path / "cours").stat()
    assert mode.st_mode & 0o7777 == 0o2750 and mode.st_gid == os.getgid()


def test_an_unknown_group_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        [
            "course",
            "init",
            str(tmp_path / "cours"),
            "--lessons",
            str(LESSONS),
            "--groupe",
            "pas-un-groupe-xyz",
        ]
    )
    assert code == 2
    assert "Le groupe « pas-un-groupe-xyz » n'existe pas" in capsys.readouterr().err
    assert not (tmp_path / "cours").exists()

"""The pupil workspace: creation, updates that keep the pupil's work, reset with backup."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from eduia.i18n import t
from eduia.workspace import (
    LessonNotFound,
    default_workspace,
    lesson_names,
    prepare_workspace,
    reset_lesson,
    shipped_files,
    start_notebook,
    start_notebook_name,
)

LESSON = "02-plus-proches-voisins/02-plus-proches-voisins.ipynb"


def notebook(title: str, extra: str = "") -> bytes:
    cells = [{"cell_type": "markdown", "metadata": {}, "source": [f"# {title}\n", extra]}]
    return json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}).encode()


def write_release(release: Path, lessons: dict[str, bytes]) -> Path:
    for relative, content in lessons.items():
        path = release / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    return release


@pytest.fixture
def release(tmp_path: Path) -> Path:
    return write_release(
        tmp_path / "release",
        {
            "00-jupyter/00-jupyter.ipynb": notebook("Prendre en main Jupyter"),
            LESSON: notebook("Les k plus proches voisins"),
            "02-plus-proches-voisins/carte.png": b"\x89PNG fake",
        },
    )


def test_first_run_copies_lessons_and_start_notebook(tmp_path: Path, release: Path) -> None:
    workspace = tmp_path / "eleve"
    report = prepare_workspace(workspace, release)
    assert (workspace / LESSON).read_bytes() == (release / LESSON).read_bytes()
    assert (workspace / "02-plus-proches-voisins/carte.png").read_bytes() == b"\x89PNG fake"
    assert (workspace / "Commencer ici.ipynb").is_file()
    assert sorted(report.added) == sorted([*shipped_files(release)])
    manifest = json.loads((workspace / ".eduia/manifest.json").read_text())
    assert set(manifest["files"]) == set(report.added)


def test_start_notebook_is_french_valid_and_links_every_lesson(release: Path) -> None:
    import nbformat

    content = shipped_files(release)[start_notebook_name()]
    parsed = nbformat.reads(content.decode(), as_version=4)
    nbformat.validate(parsed)
    text = "".join(cell.source for cell in parsed.cells)
    assert "Maj + Entrée" in text
    assert (
        "[Les k plus proches voisins](02-plus-proches-voisins/02-plus-proches-voisins.ipynb)"
        in text
    )
    assert "[Prendre en main Jupyter](00-jupyter/00-jupyter.ipynb)" in text


def test_start_notebook_is_deterministic() -> None:
    lessons = {"01-x/01-x.ipynb": notebook("Une IA, c'est quoi ?")}
    assert start_notebook(lessons) == start_notebook(dict(lessons))


def test_unchanged_lesson_is_updated_in_place(tmp_path: Path, release: Path) -> None:
    workspace = tmp_path / "eleve"
    prepare_workspace(workspace, release)
    write_release(release, {LESSON: notebook("Les k plus proches voisins", "v2")})
    report = prepare_workspace(workspace, release, version="0.2.0")
    assert LESSON in report.updated
    assert (workspace / LESSON).read_bytes() == notebook("Les k plus proches voisins", "v2")
    assert not report.kept
    assert not list((workspace / "02-plus-proches-voisins").glob("*nouvelle version*"))


def test_changed_lesson_is_kept_and_new_version_placed_beside(
    tmp_path: Path, release: Path
) -> None:
    workspace = tmp_path / "eleve"
    prepare_workspace(workspace, release)
    (workspace / LESSON).write_bytes(b"mon travail")
    write_release(release, {LESSON: notebook("Les k plus proches voisins", "v2")})
    report = prepare_workspace(workspace, release, version="0.2.0")
    beside = "02-plus-proches-voisins/02-plus-proches-voisins (nouvelle version 0.2.0).ipynb"
    assert report.kept == [(LESSON, beside)]
    assert (workspace / LESSON).read_bytes() == b"mon travail"
    assert (workspace / beside).read_bytes() == notebook("Les k plus proches voisins", "v2")
    message = report.messages()[0]
    assert message == t("workspace.kept_changed_lesson", pupil_file=LESSON, new_file=beside)
    assert "votre travail est conservé" in message


def test_new_version_is_offered_once(tmp_path: Path, release: Path) -> None:
    workspace = tmp_path / "eleve"
    prepare_workspace(workspace, release)
    (workspace / LESSON).write_bytes(b"mon travail")
    write_release(release, {LESSON: notebook("v2")})
    prepare_workspace(workspace, release, version="0.2.0")
    beside = (
        workspace / "02-plus-proches-voisins/02-plus-proches-voisins (nouvelle version 0.2.0).ipynb"
    )
    beside.unlink()  # the pupil did not want it
    again = prepare_workspace(workspace, release, version="0.2.0")
    assert not again.kept and not beside.exists()
    assert again.messages() == [t("workspace.ready", workspace=workspace)]


def test_side_copy_edited_by_pupil_is_not_overwritten(tmp_path: Path, release: Path) -> None:
    workspace = tmp_path / "eleve"
    prepare_workspace(workspace, release)
    (workspace / LESSON).write_bytes(b"mon travail")
    beside = (
        workspace / "02-plus-proches-voisins/02-plus-proches-voisins (nouvelle version 0.2.0).ipynb"
    )
    beside.write_bytes(b"une autre copie de l'eleve")
    write_release(release, {LESSON: notebook("v2")})
    report = prepare_workspace(workspace, release, version="0.2.0")
    assert beside.read_bytes() == b"une autre copie de l'eleve"
    new_name = report.kept[0][1]
    assert new_name.endswith("(nouvelle version 0.2.0) (2).ipynb")
    assert (workspace / new_name).read_bytes() == notebook("v2")


def test_deleted_lesson_is_restored(tmp_path: Path, release: Path) -> None:
    workspace = tmp_path / "eleve"
    prepare_workspace(workspace, release)
    (workspace / LESSON).unlink()
    report = prepare_workspace(workspace, release)
    assert LESSON in report.added and (workspace / LESSON).is_file()


def test_existing_folder_without_manifest_keeps_pupil_files(tmp_path: Path, release: Path) -> None:
    workspace = tmp_path / "eleve"
    (workspace / "02-plus-proches-voisins").mkdir(parents=True)
    (workspace / LESSON).write_bytes(b"copie faite a la main")
    report = prepare_workspace(workspace, release)
    assert (workspace / LESSON).read_bytes() == b"copie faite a la main"
    assert report.kept and report.kept[0][0] == LESSON


def test_corrupt_manifest_never_loses_work(tmp_path: Path, release: Path) -> None:
    workspace = tmp_path / "eleve"
    prepare_workspace(workspace, release)
    (workspace / LESSON).write_bytes(b"mon travail")
    (workspace / ".eduia/manifest.json").write_text("{pas du json")
    prepare_workspace(workspace, release)
    assert (workspace / LESSON).read_bytes() == b"mon travail"


def test_reset_restores_and_keeps_dated_backup(tmp_path: Path, release: Path) -> None:
    workspace = tmp_path / "eleve"
    prepare_workspace(workspace, release)
    (workspace / LESSON).write_bytes(b"mon travail")
    when = dt.datetime(2026, 11, 27, 10, 32)
    report = reset_lesson(workspace, "02", release, now=when)
    backup = (
        "02-plus-proches-voisins/02-plus-proches-voisins (sauvegarde du 2026-11-27 10h32).ipynb"
    )
    assert report.backups == [backup]
    assert (workspace / backup).read_bytes() == b"mon travail"
    assert (workspace / LESSON).read_bytes() == (release / LESSON).read_bytes()
    second = reset_lesson(workspace, "02-plus-proches-voisins", release, now=when)
    assert second.backups == []  # nothing to save: the lesson is already the shipped one
    (workspace / LESSON).write_bytes(b"encore")
    third = reset_lesson(workspace, "02-PLUS-proches-voisins.ipynb", release, now=when)
    assert third.backups[0].endswith("10h32) (2).ipynb")
    assert (workspace / backup).read_bytes() == b"mon travail"


def test_reset_of_unknown_or_ambiguous_lesson_is_explained(tmp_path: Path, release: Path) -> None:
    write_release(release, {"02-autre/02-autre.ipynb": notebook("autre")})
    with pytest.raises(LessonNotFound, match="Leçon inconnue.*00-jupyter"):
        reset_lesson(tmp_path, "99", release)
    with pytest.raises(LessonNotFound, match="plusieurs leçons"):
        reset_lesson(tmp_path, "02", release)


def test_lesson_names_and_default_workspace(tmp_path: Path) -> None:
    assert lesson_names(
        {"02-a/02-a.ipynb": b"", "02-a/x.png": b"", "Commencer ici.ipynb": b""}
    ) == ["02-a", "Commencer ici"]
    assert default_workspace(tmp_path) == tmp_path / "eduia"
    (tmp_path / "Documents").mkdir()
    assert default_workspace(tmp_path) == tmp_path / "Documents" / "eduia"


def test_messages_exist_in_english() -> None:
    from eduia.messages.workspace import MESSAGES

    assert all(
        french and english and french != english or key.endswith("duplicate_name")
        for key, (french, english) in MESSAGES.items()
    )


def test_pupil_file_where_a_lesson_folder_goes_does_not_crash(
    tmp_path: Path, release: Path
) -> None:
    workspace = tmp_path / "eleve"
    workspace.mkdir()
    (workspace / "02-plus-proches-voisins").write_bytes(b"un fichier de l'eleve")
    report = prepare_workspace(workspace, release)
    assert (workspace / "02-plus-proches-voisins").read_bytes() == b"un fichier de l'eleve"
    assert {name for name, _ in report.blocked} == {LESSON, "02-plus-proches-voisins/carte.png"}
    assert any("Renommez-le" in line for line in report.messages())
    assert (workspace / "00-jupyter/00-jupyter.ipynb").is_file()


def test_missing_lessons_are_reported_not_fatal(tmp_path: Path) -> None:
    report = prepare_workspace(tmp_path / "eleve", tmp_path / "absent")
    assert report.added == ["Commencer ici.ipynb"]
    assert any("Aucune leçon" in line for line in report.messages())


def test_default_workspace_follows_the_xdg_documents_folder(tmp_path: Path) -> None:
    (tmp_path / ".config").mkdir()
    (tmp_path / "Mes documents").mkdir()
    (tmp_path / ".config" / "user-dirs.dirs").write_text(
        '# written by xdg-user-dirs-update\nXDG_DOCUMENTS_DIR="$HOME/Mes documents"\n'
    )
    assert default_workspace(tmp_path) == tmp_path / "Mes documents" / "eduia"


def test_default_workspace_asks_platformdirs_for_the_users_documents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    import platformdirs

    (tmp_path / "OneDrive" / "Documents").mkdir(parents=True)
    monkeypatch.setattr(
        platformdirs, "user_documents_dir", lambda: str(tmp_path / "OneDrive" / "Documents")
    )
    assert default_workspace() == tmp_path / "OneDrive" / "Documents" / "eduia"
    monkeypatch.undo()
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(tmp_path / "ailleurs"))
    home = os.environ.get("HOME")
    assert default_workspace(tmp_path) == tmp_path / "eduia"  # the real user's settings set aside
    assert os.environ.get("HOME") == home and os.environ["XDG_DOCUMENTS_DIR"].endswith("ailleurs")

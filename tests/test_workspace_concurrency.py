"""A pupil's save that lands while eduia updates the same workspace is never lost.

JupyterLab stays open while a second ``eduia lab`` (or a login script) updates the workspace,
so a save can land at any instant of an update. The tests below put saves at each dangerous
instant (injected timing), at random instants (a stress test with jupyter_server's own
``atomic_writing``, the code behind every save in JupyterLab), and through a real JupyterLab's
contents API. After every update, the pupil's last save must be at its place, byte for byte,
and only the shipped versions the pupil never touched may have been replaced (each of them kept
in ``.eduia/remplaces``).
"""

from __future__ import annotations

import errno
import json
import os
import random
import threading
import time
from pathlib import Path

import pytest

from eduia import workspace as ws
from eduia.workspace import ResetFailed, prepare_workspace, reset_lesson

LESSON = "03-lecon/03-lecon.ipynb"


def notebook(title: str, extra: str = "") -> bytes:
    cells = [{"cell_type": "markdown", "metadata": {}, "source": [f"# {title}\n", extra]}]
    return json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}).encode()


def write_release(folder: Path, tag: str, count: int = 8) -> Path:
    for number in range(count):
        path = folder / f"{number:02d}-lecon" / f"{number:02d}-lecon.ipynb"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(notebook(f"Leçon {number}", f"version {tag} " + "x" * 2000))
    return folder


@pytest.fixture
def releases(tmp_path: Path) -> tuple[Path, Path]:
    return write_release(tmp_path / "v1", "1"), write_release(tmp_path / "v2", "2")


def replaced_backups(workspace: Path) -> list[Path]:
    folder = workspace / ws.REPLACED_FOLDER
    return [path for path in folder.rglob("*") if path.is_file()] if folder.exists() else []


def no_temporary_left(workspace: Path) -> bool:
    return not [path for path in workspace.rglob(".eduia-*.tmp")]


# --------------------------------------------------------------------------- injected timing


def test_save_between_read_and_replace_is_kept(
    tmp_path: Path, releases: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    v1, v2 = releases
    workspace = tmp_path / "eleve"
    prepare_workspace(workspace, v1)
    target = workspace / LESSON
    pupil = notebook("Mon travail", "sauvé pendant la mise à jour")
    real_replace = os.replace

    def save_first(source, destination):  # the pupil's save lands just before the replace
        if Path(destination) == target:
            target.write_bytes(pupil)
        return real_replace(source, destination)

    monkeypatch.setattr(os, "replace", save_first)
    report = prepare_workspace(workspace, v2)
    monkeypatch.undo()
    assert target.read_bytes() == pupil
    assert LESSON not in report.updated
    assert [old for old, _ in report.kept] == [LESSON]
    beside = workspace / report.kept[0][1]
    assert beside.read_bytes() == (v2 / LESSON).read_bytes()
    # the pupil's file went back to its place, not into a backup
    assert not list((workspace / ws.REPLACED_FOLDER).rglob("03-lecon.ipynb"))
    # the next update still knows the file is the pupil's
    assert prepare_workspace(workspace, v2).updated == []
    assert target.read_bytes() == pupil
    assert no_temporary_left(workspace)


def test_save_after_the_move_is_kept(
    tmp_path: Path, releases: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    v1, v2 = releases
    workspace = tmp_path / "eleve"
    prepare_workspace(workspace, v1)
    target = workspace / LESSON
    pupil = notebook("Mon travail", "sauvé juste après le déplacement")
    real_replace = os.replace

    def save_after(source, destination):  # the save lands right after the replace
        result = real_replace(source, destination)
        if Path(destination) == target:
            target.write_bytes(pupil)
        return result

    monkeypatch.setattr(os, "replace", save_after)
    report = prepare_workspace(workspace, v2)
    monkeypatch.undo()
    assert target.read_bytes() == pupil
    assert LESSON in report.updated
    # what was moved away is the untouched shipped version, kept as a backup
    backup = workspace / ws.REPLACED_FOLDER
    assert [p.read_bytes() for p in backup.rglob("03-lecon.ipynb")] == [(v1 / LESSON).read_bytes()]


def _lessons(release: Path) -> list[str]:
    return [path.relative_to(release).as_posix() for path in release.rglob("*.ipynb")]


def test_two_saves_racing_the_update_are_both_kept(
    tmp_path: Path, releases: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    v1, v2 = releases
    workspace = tmp_path / "eleve"
    prepare_workspace(workspace, v1)
    target = workspace / LESSON
    older, newer = notebook("Mon travail", "premier"), notebook("Mon travail", "second")
    real_replace = os.replace

    def two_saves(source, destination):
        if Path(destination) == target:
            target.write_bytes(older)
            result = real_replace(source, destination)
            target.write_bytes(newer)
            return result
        return real_replace(source, destination)

    monkeypatch.setattr(os, "replace", two_saves)
    report = prepare_workspace(workspace, v2)
    monkeypatch.undo()
    assert target.read_bytes() == newer
    assert len(report.saved_aside) == 1
    name, copy = report.saved_aside[0]
    assert name == LESSON and (workspace / copy).read_bytes() == older
    assert any("« " + copy + " »" in line for line in report.messages())


def test_save_creating_a_missing_lesson_during_the_update_is_kept(
    tmp_path: Path, releases: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    v1, _ = releases
    workspace = tmp_path / "eleve"
    prepare_workspace(workspace, v1)
    target = workspace / LESSON
    target.unlink()
    pupil = notebook("Recréé par JupyterLab")
    real_link = os.link

    def save_first(source, destination):
        if Path(destination) == target:
            target.write_bytes(pupil)
        return real_link(source, destination)

    monkeypatch.setattr(os, "link", save_first)
    report = prepare_workspace(workspace, v1)
    monkeypatch.undo()
    assert target.read_bytes() == pupil
    assert LESSON not in report.added
    assert no_temporary_left(workspace)


def test_without_hard_links_a_file_is_still_created_exclusively(
    tmp_path: Path, releases: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    v1, v2 = releases
    workspace = tmp_path / "eleve"

    def no_links(source, destination):  # a FAT USB key
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    prepare_workspace(workspace, v1)
    report = prepare_workspace(workspace, v2)
    assert sorted(report.updated) == sorted(_lessons(v2))
    assert (workspace / LESSON).read_bytes() == (v2 / LESSON).read_bytes()
    assert no_temporary_left(workspace)


def test_concurrent_updates_of_one_workspace_are_serialised(
    tmp_path: Path, releases: tuple[Path, Path]
) -> None:
    v1, v2 = releases
    workspace = tmp_path / "eleve"
    prepare_workspace(workspace, v1)
    errors: list[BaseException] = []

    def update(release: Path) -> None:
        try:
            for _ in range(10):
                prepare_workspace(workspace, release)
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=update, args=(r,)) for r in (v1, v2, v1, v2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    manifest = json.loads((workspace / ws.MANIFEST_PATH).read_text(encoding="utf-8"))
    for relative in _lessons(v1):
        content = (workspace / relative).read_bytes()
        assert content in {(v1 / relative).read_bytes(), (v2 / relative).read_bytes()}
        assert manifest["files"][relative]["sha256"] == ws._sha256(content)


# --------------------------------------------------------------------------- random instants


def _jupyter_save(path: Path, content: bytes) -> None:
    """Save as JupyterLab does (jupyter_server's atomic_writing, the default)."""
    from jupyter_server.services.contents.fileio import atomic_writing

    with atomic_writing(str(path), text=False) as stream:
        stream.write(content)


def test_saves_at_random_instants_of_updates_are_never_lost(
    tmp_path: Path, releases: tuple[Path, Path]
) -> None:
    v1, v2 = releases
    lessons = _lessons(v1)
    generator = random.Random(20)
    started = time.perf_counter()
    prepare_workspace(tmp_path / "mesure", v1)
    begin = time.perf_counter()
    prepare_workspace(tmp_path / "mesure", v2)
    duration = time.perf_counter() - begin
    losses, raced = [], 0
    rounds = 0
    while rounds < 300 and time.perf_counter() - started < 8:
        workspace = tmp_path / f"r{rounds}"
        prepare_workspace(workspace, v1)
        relative = generator.choice(lessons)
        pupil = notebook("Mon travail", f"tour {rounds}")
        delay = generator.uniform(0, duration * 1.2)
        go = threading.Barrier(2)

        def save(path=workspace / relative, content=pupil, wait=delay, barrier=go) -> None:
            barrier.wait()
            time.sleep(wait)
            _jupyter_save(path, content)

        saver = threading.Thread(target=save)
        saver.start()
        go.wait()
        report = prepare_workspace(workspace, v2)
        saver.join()
        if (workspace / relative).read_bytes() != pupil:
            losses.append((rounds, relative))
        raced += relative not in report.updated
        for other in lessons:  # an untouched lesson is updated
            if other != relative:
                assert (workspace / other).read_bytes() == (v2 / other).read_bytes()
        shipped_v1 = {(v1 / name).read_bytes() for name in lessons}
        assert all(path.read_bytes() in shipped_v1 for path in replaced_backups(workspace))
        rounds += 1
    assert rounds >= 50
    assert losses == []
    assert raced > 0  # some saves did land during the update (else the test proves nothing)


# --------------------------------------------------------------------------- reset, read-only


def test_reset_on_a_full_disk_puts_the_pupil_copy_back(
    tmp_path: Path, releases: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    v1, _ = releases
    workspace = tmp_path / "eleve"
    prepare_workspace(workspace, v1)
    target = workspace / LESSON
    pupil = notebook("Mon travail")
    target.write_bytes(pupil)

    def disk_full(path: Path, content: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(ws, "_create_exclusively", disk_full)
    with pytest.raises(ResetFailed) as raised:
        reset_lesson(workspace, "03", v1)
    assert target.read_bytes() == pupil
    assert "le disque est plein" in str(raised.value) and "rien n'est perdu" in str(raised.value)
    assert "No space" not in str(raised.value)


def test_reset_that_cannot_put_back_says_where_the_work_is(
    tmp_path: Path, releases: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    v1, _ = releases
    workspace = tmp_path / "eleve"
    prepare_workspace(workspace, v1)
    target = workspace / LESSON
    pupil = notebook("Mon travail")
    target.write_bytes(pupil)

    def disk_full(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(ws, "_create_exclusively", disk_full)
    monkeypatch.setattr(ws, "_link_back", disk_full)
    with pytest.raises(ResetFailed) as raised:
        reset_lesson(workspace, "03", v1)
    backups = list(target.parent.glob("*sauvegarde du*"))
    assert len(backups) == 1 and backups[0].read_bytes() == pupil
    assert backups[0].relative_to(workspace).as_posix() in str(raised.value)


def test_up_to_date_workspace_on_a_read_only_disk_is_prepared(
    tmp_path: Path, releases: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    v1, _ = releases
    workspace = tmp_path / "eleve"
    prepare_workspace(workspace, v1)

    def read_only(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(ws, "_write_atomically", read_only)
    monkeypatch.setattr(ws, "_create_exclusively", read_only)
    monkeypatch.setattr(os, "open", read_only)  # the lock file cannot be created either
    report = prepare_workspace(workspace, v1)
    assert report.added == report.updated == [] and report.blocked == []


# --------------------------------------------------------------------------- a real JupyterLab


def _save_through_jupyterlab(lab, relative: str, content: bytes) -> None:
    """PUT the notebook through the contents API, exactly as JupyterLab's save button does."""
    import urllib.request

    body = json.dumps({"type": "notebook", "format": "json", "content": json.loads(content)})
    request = urllib.request.Request(
        f"{lab.base_url}/api/contents/{relative}",
        data=body.encode(),
        method="PUT",
        headers={"Authorization": f"token {lab.token}", "Content-Type": "application/json"},
    )
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(request, timeout=30) as answer:
        assert answer.status in (200, 201)


@pytest.mark.slow
def test_saves_through_a_running_jupyterlab_during_updates_are_never_lost(tmp_path: Path) -> None:
    """A second « eduia lab » updates the workspace while the pupil saves in the open JupyterLab."""
    from eduia.launch import running_lab

    releases = [write_release(tmp_path / f"v{tag}", str(tag), count=24) for tag in (1, 2)]
    lessons = _lessons(releases[0])
    workspace = tmp_path / "eleve"
    prepare_workspace(workspace, releases[0])
    generator = random.Random(7)
    saved: dict[str, bytes] = {}
    with running_lab(workspace) as lab:
        for round_number, relative in enumerate(generator.sample(lessons, 12)):
            content = notebook("Mon travail", f"enregistré au tour {round_number}")
            go = threading.Barrier(2)

            def save(relative=relative, content=content, barrier=go) -> None:
                barrier.wait()
                time.sleep(generator.uniform(0, 0.02))
                _save_through_jupyterlab(lab, relative, content)

            saver = threading.Thread(target=save)
            saver.start()
            go.wait()
            prepare_workspace(workspace, releases[(round_number + 1) % 2])
            saver.join()
            # what JupyterLab wrote is the pupil's content, whatever its own formatting
            saved[relative] = (workspace / relative).read_bytes()
            assert json.loads(saved[relative])["cells"][0]["source"][1].startswith("enregistré")
            for earlier, text in saved.items():  # no later update took back an earlier save
                assert (workspace / earlier).read_bytes() == text, earlier
    untouched = [name for name in lessons if name not in saved]
    assert untouched and all(
        (workspace / name).read_bytes() == (releases[12 % 2] / name).read_bytes()
        for name in untouched
    )

"""``eduia bundle`` never overwrites an earlier ``OUT.zip`` and never leaves a half-made bundle."""

from __future__ import annotations

from pathlib import Path

import pytest

from eduia.cli import main


def test_bundle_refuses_to_overwrite_an_existing_zip(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = tmp_path / "cle.zip"
    archive.write_bytes(b"ancienne archive")
    code = main(["bundle", str(tmp_path / "cle")])
    assert code == 1
    assert archive.read_bytes() == b"ancienne archive"
    assert f"« {archive} » existe déjà" in capsys.readouterr().err
    assert not (tmp_path / "cle").exists()


def test_a_failed_bundle_leaves_nothing_and_the_next_run_is_not_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from eduia.bundle import build, wheelhouse

    def fake_wheel(folder: Path) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        wheel = folder / "eduia-0-py3-none-any.whl"
        wheel.write_bytes(b"wheel")
        return wheel

    def no_index(*args, **kwargs):
        raise wheelhouse.WheelhouseError("Paquets introuvables (test).")

    monkeypatch.setattr(build, "build_eduia_wheel", fake_wheel)
    monkeypatch.setattr(wheelhouse, "resolve", no_index)
    for _ in range(2):  # the second run meets the same cause, not « le dossier n'est pas vide »
        assert main(["bundle", str(tmp_path / "cle")]) == 1
        assert "Paquets introuvables (test)." in capsys.readouterr().err
        assert not (tmp_path / "cle").exists()
        assert not (tmp_path / "cle.zip").exists()

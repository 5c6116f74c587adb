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

    def fake_wheel(folder: Path, source: Path | None = None) -> Path:
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


def _installed_eduia(monkeypatch: pytest.MonkeyPatch) -> None:
    """eduia as ``pip install`` leaves it: not running from a checkout."""
    from eduia.bundle import build

    monkeypatch.setattr(build, "checkout_root", lambda: None)


def test_an_installed_eduia_builds_its_wheel_from_the_copy_of_the_repository_it_runs_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from eduia.bundle import build

    _installed_eduia(monkeypatch)
    copy = tmp_path / "eduia-main"
    (copy / "src" / "eduia").mkdir(parents=True)
    (copy / "src" / "eduia" / "__init__.py").write_text("", encoding="utf-8")
    (copy / "pyproject.toml").write_text('[project]\nname = "eduia"\n', encoding="utf-8")
    (copy / "notebooks").mkdir()
    monkeypatch.chdir(copy / "notebooks")
    assert build.find_sources() == copy.resolve()
    built = []

    def fake_pip(command, **kwargs):
        built.append(command[-1])
        (Path(command[command.index("--wheel-dir") + 1]) / "eduia-0-py3-none-any.whl").write_bytes(
            b"w"
        )
        return __import__("subprocess").CompletedProcess(command, 0, "", "")

    monkeypatch.setattr(build.subprocess, "run", fake_pip)
    wheel = build.build_eduia_wheel(tmp_path / "out")
    assert built == [str(copy.resolve())] and wheel.is_file()


def test_an_installed_eduia_outside_a_copy_says_exactly_what_to_give(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _installed_eduia(monkeypatch)
    monkeypatch.chdir(tmp_path)
    assert main(["bundle", str(tmp_path / "cle"), "--no-zip"]) == 1
    err = capsys.readouterr().err
    assert "--sources DOSSIER" in err and "--eduia-wheel eduia-" in err and str(tmp_path) in err
    assert "Traceback" not in err
    assert main(["bundle", str(tmp_path / "cle2"), "--no-zip", "--sources", str(tmp_path)]) == 1
    assert "n'est pas une copie du dépôt d'eduia" in capsys.readouterr().err

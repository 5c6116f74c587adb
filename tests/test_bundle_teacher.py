"""``eduia bundle --enseignant``: the teacher bundle carries the teacher package; a pupil one never."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from eduia.bundle import build


@pytest.fixture
def quick_bundle(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """A bundle whose wheelhouse is not downloaded (the real one is tested in test_bundle.py)."""
    eduia_wheel = tmp_path / "eduia-0.1.0-py3-none-any.whl"
    eduia_wheel.write_bytes(b"wheel")
    monkeypatch.setattr(build, "_fill_wheelhouse", lambda *args: [])

    def make(name: str, teacher: bool) -> Path:
        out = tmp_path / name
        build.build_bundle(
            out,
            ["linux", "windows"],
            eduia_wheel=eduia_wheel,
            teacher=teacher,
            zip_it=False,
            echo=lambda line: None,
        )
        return out

    return make


@pytest.mark.slow
def test_a_teacher_bundle_carries_the_real_teacher_package_for_every_system(quick_bundle) -> None:
    out = quick_bundle("enseignant", teacher=True)
    for system in ("linux", "windows"):
        (wheel,) = (out / "wheels" / system).glob("eduia_enseignant-*.whl")
        names = zipfile.ZipFile(wheel).namelist()
        assert any(
            name.endswith("notebooks/source/04-arbres-de-decision/04-arbres-de-decision.ipynb")
            for name in names
        )
        assert any("teacher_guide/fiches/" in name for name in names)
    assert (
        "pip install $PIP_OFFLINE --quiet --upgrade --no-compile eduia-enseignant"
        in (out / "install.sh").read_text()
    )
    assert "eduia-enseignant" in (out / "install.bat").read_text()


def test_a_pupil_bundle_never_carries_the_teacher_package(quick_bundle) -> None:
    out = quick_bundle("eleves", teacher=False)
    assert not list(out.rglob("eduia_enseignant-*"))
    assert (out / "wheels" / "linux" / "eduia-0.1.0-py3-none-any.whl").is_file()

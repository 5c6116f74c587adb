"""``eduia doctor``: passes on a working installation, and names what is broken otherwise."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eduia import doctor
from eduia.cli import main
from eduia.i18n import set_language


@pytest.fixture(autouse=True)
def _french() -> None:
    set_language("fr")


@pytest.mark.slow
def test_doctor_passes_on_this_installation(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["doctor"]) == 0
    output = capsys.readouterr().out
    assert "Tout est prêt" in output
    assert "✘" not in output


def test_disabled_nbgrader_lab_extension_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    labconfig = tmp_path / "labconfig"
    labconfig.mkdir()
    (labconfig / "page_config.json").write_text(
        json.dumps({"disabledExtensions": {"@jupyter/nbgrader": True}})
    )
    monkeypatch.setenv("JUPYTER_CONFIG_DIR", str(tmp_path))
    result = doctor.check_lab_extensions()
    assert not result.ok
    assert "@jupyter/nbgrader" in result.detail
    assert "jupyter labextension enable @jupyter/nbgrader" in result.fix


def test_lab_extensions_pass_when_nothing_is_disabled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("JUPYTER_CONFIG_DIR", str(tmp_path))
    assert doctor.check_lab_extensions().ok


def test_missing_package_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(doctor, "CORE_DISTRIBUTIONS", ("numpy", "paquet-qui-n-existe-pas"))
    result = doctor.check_packages()
    assert not result.ok
    assert "paquet-qui-n-existe-pas" in result.detail
    assert "Réinstallez eduia" in result.fix


def test_a_crashing_check_becomes_a_french_failure() -> None:
    def broken() -> doctor.CheckResult:
        raise OSError("disque plein")

    (result,) = doctor.run_checks((("doctor.datasets_title", broken),))
    assert not result.ok
    assert result.title == "Jeux de données"
    assert "disque plein" in result.detail


def test_doctor_exits_non_zero_and_explains(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    failing = doctor.CheckResult(
        "Jeux de données", False, "illisibles : communes", "Réinstallez eduia"
    )
    monkeypatch.setattr(doctor, "run_checks", lambda: [failing])
    assert main(["doctor"]) == 1
    output = capsys.readouterr().out
    assert "✘ Jeux de données" in output
    assert "→ Réinstallez eduia" in output
    assert "1 problème à corriger" in output


def test_doctor_speaks_english_when_asked() -> None:
    set_language("en")
    assert doctor.check_python().title == "Python version"

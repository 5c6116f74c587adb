"""The generated dataset files are reproducible byte for byte, and come from datapackage.json."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from eduia.datasets import catalog, loader
from eduia.datasets.build import build

SHIPPED = catalog.data_dir()
SIMULATED = ("jours_risque_incendie", "consommation_electrique", "qualite_air")


def _shipped_files() -> list[Path]:
    return sorted(path for path in SHIPPED.iterdir() if path.suffix in (".csv", ".md", ".json"))


def _assert_identical(folder: Path) -> None:
    for path in _shipped_files():
        assert (folder / path.name).read_bytes() == path.read_bytes(), f"{path.name} differs"


def _copy_sources(tmp_path: Path, with_real: bool) -> Path:
    folder = tmp_path / "datasets"
    folder.mkdir()
    shutil.copy(SHIPPED / "datapackage.json", folder)
    if with_real:
        for name in catalog.dataset_names():
            if name not in SIMULATED:
                shutil.copy(SHIPPED / f"{name}.csv", folder)
    return folder


def test_build_regenerates_simulations_and_datasheets_byte_for_byte(tmp_path: Path):
    folder = _copy_sources(tmp_path, with_real=True)
    written = build(output=folder)
    assert {path.name for path in written} == {f"{name}.csv" for name in SIMULATED} | {
        f"{name}.md" for name in catalog.dataset_names()
    }
    _assert_identical(folder)


def test_build_from_the_facts_reproduces_every_shipped_file(tmp_path: Path, shared_dir: Path):
    folder = _copy_sources(tmp_path, with_real=False)
    build(output=folder, facts=shared_dir / "facts")
    _assert_identical(folder)


def test_build_command_line(tmp_path: Path):
    folder = _copy_sources(tmp_path, with_real=True)
    result = subprocess.run(
        [sys.executable, "-m", "eduia.datasets.build", "--output", str(folder)],
        capture_output=True,
        check=False,
        text=True,
        env={"EDUIA_LANG": "fr", "PATH": ""},
    )
    assert result.returncode == 0, result.stderr
    assert "18 fichiers écrits" in result.stdout
    _assert_identical(folder)


def test_datasheets_and_loader_read_their_metadata_from_datapackage(tmp_path: Path):
    folder = _copy_sources(tmp_path, with_real=True)
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    tourism = next(entry for entry in package["resources"] if entry["name"] == "tourisme")
    tourism["schema"]["fields"][1]["description"] = "Changée pour le test."
    tourism["schema"]["fields"][1]["type"] = "number"
    (folder / "datapackage.json").write_text(
        json.dumps(package, ensure_ascii=False), encoding="utf-8"
    )
    build(output=folder)
    sheet = (folder / "tourisme.md").read_text(encoding="utf-8")
    row = "| `campings` | nombre décimal | établissements | réel | Changée pour le test. |"
    assert row in sheet
    assert loader.load("tourisme", folder)["campings"].dtype == "float64"


def test_simulations_are_calibrated_on_the_real_files_of_the_folder(tmp_path: Path):
    folder = _copy_sources(tmp_path, with_real=True)
    monthly = (folder / "incendies_mensuels.csv").read_text(encoding="utf-8").splitlines()
    winter_only = [monthly[0]] + [line for line in monthly[1:] if line.split(",")[2] in ("1", "2")]
    (folder / "incendies_mensuels.csv").write_text("\n".join(winter_only) + "\n", encoding="utf-8")
    build(output=folder)
    days = loader.load("jours_risque_incendie", folder)
    assert set(days.loc[days["feu"] == 1, "mois"]) <= {1, 2}


def test_build_refuses_without_a_datasets_folder(monkeypatch: pytest.MonkeyPatch):
    from eduia.datasets import build as build_module

    monkeypatch.setattr(build_module, "checkout_root", lambda: None)
    with pytest.raises(SystemExit, match="datasets/"):
        build_module.build()


def test_build_into_a_folder_that_is_not_a_copy_says_so_in_french(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from eduia.datasets.build import main as build_main

    assert build_main(["--output", str(tmp_path)]) == 1
    error = capsys.readouterr().err
    assert "ne contient pas de datapackage.json" in error and str(tmp_path) in error
    assert "Réinstallez" not in error  # nothing is wrong with the installation
    assert build_main(["--output", str(tmp_path / "absent")]) == 1
    error = capsys.readouterr().err
    assert "n'existe pas" in error and "absent" in error
    assert not (tmp_path / "absent").exists()

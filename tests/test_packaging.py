"""The wheel ships the library, the datasets and the pupil notebooks, and nothing a pupil must not see."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import REPO_ROOT

FORBIDDEN_MARKERS = ("BEGIN SOLUTION", "BEGIN HIDDEN TESTS")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(REPO_ROOT),
        ],
        check=True,
    )
    (built,) = out.glob("eduia-*.whl")
    return built


@pytest.mark.slow
def test_wheel_ships_data_and_pupil_notebooks(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "eduia/_shipped/datasets/datapackage.json" in names
    assert any(
        name.startswith("eduia/_shipped/notebooks/release/") and name.endswith(".ipynb")
        for name in names
    )
    assert not any("notebooks/source" in name for name in names)


@pytest.mark.slow
def test_wheel_holds_no_solution_nor_hidden_test(wheel: Path) -> None:
    archive = zipfile.ZipFile(wheel)
    leaking = [
        name
        for name in archive.namelist()
        if name.endswith(".ipynb")
        and any(marker in archive.read(name).decode() for marker in FORBIDDEN_MARKERS)
    ]
    assert leaking == []


def _solution_bodies() -> dict[str, str]:
    """Each solution block of every source notebook, whitespace collapsed, with its lesson."""
    block = re.compile(r"### BEGIN SOLUTION\n(.*?)\n\s*### END SOLUTION", re.DOTALL)
    bodies = {}
    for notebook in sorted((REPO_ROOT / "notebooks" / "source").glob("*/*.ipynb")):
        for cell in json.loads(notebook.read_text(encoding="utf-8"))["cells"]:
            for body in block.findall("".join(cell["source"])):
                text = " ".join(body.split())
                if len(text) >= 12:  # « k = 5 » may well appear elsewhere; a real answer may not
                    bodies[text] = notebook.parent.name
    return bodies


@pytest.mark.slow
def test_no_solution_of_any_lesson_is_in_any_file_of_the_pupil_wheel(wheel: Path) -> None:
    """The notebooks' solution blocks are the only copy: not in checks, hints, data or docs."""
    bodies = _solution_bodies()
    assert len(bodies) > 30  # every lesson's solutions were found
    archive = zipfile.ZipFile(wheel)
    leaks = []
    for name in archive.namelist():
        text = " ".join(archive.read(name).decode("utf-8", errors="replace").split())
        leaks += [
            f"{lesson}: {body[:60]!r} in {name}" for body, lesson in bodies.items() if body in text
        ]
    assert leaks == []


@pytest.mark.slow
def test_installed_wheel_loads_data_outside_the_checkout(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
    )
    code = (
        "import eduia, eduia.datasets as d, eduia.resources as r;"
        "assert 'site' in eduia.__file__, eduia.__file__;"
        "print(r.shipped_path('datasets')); print(len(d.load('communes')))"
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    completed = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    shipped_dir, rows = completed.stdout.split()
    assert shipped_dir.startswith(str(target))
    assert int(rows) == 946


@pytest.mark.slow
def test_no_row_a_challenge_may_hide_is_in_any_file_of_the_pupil_wheel(wheel: Path) -> None:
    """The labels of the class challenge's hidden station-days are the teacher's alone: no file of
    the pupil wheel (datasets, the practice copy, notebooks) names a station on a day that a
    challenge may hide, whatever its seed."""
    from eduia.challenge.create import challenge_frames
    from eduia.challenge.split import never_hidden
    from eduia.datasets import load

    table = load("feux_meteo_station_jour")  # from the checkout: the teacher's copy
    dates = table["date"].dt.strftime("%Y-%m-%d")
    may_hide = [not kept for kept in never_hidden(table)]
    hidden_keys = set(zip(table["num_poste"][may_hide], dates[may_hide]))
    hidden_keys |= set(zip(table["station"][may_hide], dates[may_hide]))
    for seed in (0, 7):  # what a challenge hides is among them
        _, hidden, _ = challenge_frames(seed=seed)
        assert set(zip(hidden["num_poste"], hidden["date"].dt.strftime("%Y-%m-%d"))) <= hidden_keys
    stations = sorted(set(table["station"]), key=len, reverse=True)
    token = re.compile(r"\b(\d{8})\b|" + "|".join(re.escape(name) for name in stations))
    day = re.compile(r"\b(2024-\d\d-\d\d)\b")
    archive = zipfile.ZipFile(wheel)
    assert not [name for name in archive.namelist() if "feux_meteo_station_jour.csv" in name]
    leaks = []
    for name in archive.namelist():
        text = archive.read(name).decode("utf-8", errors="replace")
        for line in text.splitlines():
            days = day.findall(line)
            if not days:
                continue
            where = {match.group(0) for match in token.finditer(line)}
            leaks += [f"{name}: {line[:80]}" for w in where for d in days if (w, d) in hidden_keys]
    assert leaks == [], leaks[:5]
    practice = [name for name in archive.namelist() if name.endswith("jours_stations_libres.csv")]
    assert practice  # the test did read the pupils' station-days

"""``eduia datasets`` lists the datasets and prints a datasheet, in French."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from eduia.cli import main
from eduia.datasets import catalog, describe, list_datasets


def test_list_shows_name_rows_origin_and_licence(capsys: pytest.CaptureFixture[str]):
    assert main(["datasets"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["nom", "lignes", "origine", "licence"]
    rows = {line.split()[0]: line for line in lines[1:-1]}
    assert sorted(rows) == sorted(list_datasets())
    assert rows["communes"].split()[1:3] == ["946", "réel"]
    assert rows["qualite_air"].split()[2] == "simulé"
    for name, line in rows.items():
        assert int(line.split()[1]) == catalog.row_count(name)
        assert all(licence in line for licence in catalog.licence_titles(name))
    assert lines[-1].startswith("15 jeux de données.")


def test_name_prints_the_datasheet(capsys: pytest.CaptureFixture[str]):
    assert main(["datasets", "jours_risque_incendie"]) == 0
    output = capsys.readouterr().out
    assert output == describe("jours_risque_incendie")
    assert "simulé" in output and "## Source et licence" in output


def test_unknown_name_exits_1_with_a_suggestion(capsys: pytest.CaptureFixture[str]):
    assert main(["datasets", "qualité_air"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "Vouliez-vous dire « qualite_air » ?" in captured.err


def test_help_is_french(capsys: pytest.CaptureFixture[str]):
    with pytest.raises(SystemExit):
        main(["datasets", "--help"])
    assert "lister les jeux de données" in capsys.readouterr().out


def test_command_works_from_another_folder(tmp_path: Path):
    environment = {**os.environ, "EDUIA_LANG": "fr"}
    result = subprocess.run(
        [sys.executable, "-m", "eduia", "datasets"],
        cwd=tmp_path,
        capture_output=True,
        check=False,
        text=True,
        env=environment,
    )
    assert result.returncode == 0, result.stderr
    assert "jours_risque_incendie" in result.stdout and "consommation_electrique" in result.stdout

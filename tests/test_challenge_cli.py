"""``eduia challenge``: a whole round through the command line, exit codes and JSON outputs."""

from __future__ import annotations

import json

import pandas as pd

from eduia.challenge.board import load_solution
from eduia.challenge.create import create_challenge
from eduia.cli import main


def test_cli_round(tmp_path, capsys):
    dates = pd.date_range("2024-01-01", periods=140).strftime("%Y-%m-%d")
    rows = [
        {"s": s, "date": d, "feu_10km": int(i % 9 == s)}
        for s in range(3)
        for i, d in enumerate(dates)
    ]
    folder = tmp_path / "defi"
    create_challenge(folder, data=pd.DataFrame(rows), seed=1)
    assert main(["challenge", "equipes", str(folder), "Renards", "Aigles", "Loups"]) == 0
    solution = load_solution(folder)
    good = tmp_path / "bon.csv"
    good.write_text("id;prediction\n" + "".join(f"{i};{lab}\n" for i, (lab, _) in solution.items()))
    bad = tmp_path / "mauvais.csv"
    bad.write_text("id,prediction\n1,peut-être\n")
    assert main(["challenge", "submit", str(folder), "--equipe", "Renards", str(good)]) == 0
    assert "score public 100" in capsys.readouterr().out
    assert main(["challenge", "submit", str(folder), "--equipe", "Aigles", str(bad)]) == 1
    assert "Fichier refusé" in capsys.readouterr().err
    assert main(["challenge", "submit", str(folder), "--equipe", "Loups", str(good)]) == 0
    capsys.readouterr()
    assert main(["challenge", "board", str(folder), "--json"]) == 0
    board = json.loads(capsys.readouterr().out)
    assert {row["equipe"]: row["copie"] for row in board if not row.get("reference")} == {
        "Renards": True,
        "Loups": True,
        "Aigles": False,
    }
    assert all("score_prive" not in row for row in board)
    assert main(["challenge", "reveal", str(folder)]) == 0
    main(["challenge", "board", str(folder), "--json"])
    assert json.loads(capsys.readouterr().out)[0]["score_prive"] == 100
    bundle = tmp_path / "classe.json"
    assert main(["challenge", "export", str(folder), str(bundle), "--ecole", "Lycée A"]) == 0
    solution_file = str(folder / "enseignant" / "solution.csv")
    assert main(["challenge", "region", str(bundle), "--solution", solution_file, "--json"]) == 0
    regional = json.loads(capsys.readouterr().out)
    assert regional[0] == {"ecole": "Lycée A", "equipe": "Loups", "score_prive": 100.0}
    data = json.loads(bundle.read_text())
    data["equipes"][0]["score_prive"] = 42
    bundle.write_text(json.dumps(data))
    assert main(["challenge", "region", str(bundle), "--solution", solution_file]) == 1
    assert "classe.json" in capsys.readouterr().err

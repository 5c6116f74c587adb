"""Export of a class bundle and the regional merge, with tampered bundles rejected."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from eduia.challenge import SubmissionError
from eduia.challenge.board import create_teams, load_solution, submit
from eduia.challenge.create import create_challenge
from eduia.challenge.region import export_bundle, region_board


def _class(folder, seed):
    dates = pd.date_range("2024-01-01", periods=140).strftime("%Y-%m-%d")
    rows = [
        {"s": s, "date": d, "feu": int(i % 9 == s)} for s in range(3) for i, d in enumerate(dates)
    ]
    create_challenge(folder, data=pd.DataFrame(rows), label_column="feu", seed=seed)
    create_teams(folder, ["Renards", "Aigles"])
    solution = load_solution(folder)
    perfect = "".join(f"{i},{label}\n" for i, (label, _) in solution.items())
    never = "".join(f"{i},0\n" for i in solution)
    submit(folder, "Renards", ("id,prediction\n" + perfect).encode(), session="s")
    submit(folder, "Aigles", ("id,prediction\n" + never).encode(), session="s")


def test_merge_two_classes_and_reject_tampering(tmp_path):
    _class(tmp_path / "a", seed=1)
    _class(tmp_path / "b", seed=1)
    one = export_bundle(tmp_path / "a", tmp_path / "a.json", "Lycée A")
    two = export_bundle(tmp_path / "b", tmp_path / "b.json", "Lycée B")
    assert "label" not in one.read_text()
    solution = tmp_path / "a" / "enseignant" / "solution.csv"
    rows = region_board([one, two], solution)
    assert [(r["ecole"], r["equipe"], r["score_prive"]) for r in rows] == [
        ("Lycée A", "Renards", 100.0),
        ("Lycée B", "Renards", 100.0),
        ("Lycée A", "Aigles", 0.0),
        ("Lycée B", "Aigles", 0.0),
    ]
    bundle = json.loads(two.read_text())
    bundle["equipes"][1]["score_prive"] = 99.0
    two.write_text(json.dumps(bundle))
    with pytest.raises(SubmissionError, match="b.json"):
        region_board([one, two], solution)
    _class(tmp_path / "c", seed=2)
    other = export_bundle(tmp_path / "c", tmp_path / "c.json", "Lycée C")
    with pytest.raises(SubmissionError, match="autre solution"):
        region_board([one, other], solution)
    (tmp_path / "d.json").write_text("{pas du json")
    with pytest.raises(SubmissionError, match="d.json"):
        region_board([tmp_path / "d.json"], solution)

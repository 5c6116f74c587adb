"""``create_challenge``: pupils get training rows and unlabelled test rows; labels stay with the teacher."""

from __future__ import annotations

import stat

import pandas as pd

from eduia.challenge.create import create_challenge


def test_real_challenge_files(tmp_path):
    folder = create_challenge(tmp_path / "defi", seed=4)
    train = pd.read_csv(folder / "eleves" / "entrainement.csv", dtype={"id": str})
    test = pd.read_csv(folder / "eleves" / "test.csv", dtype={"id": str})
    solution = pd.read_csv(folder / "enseignant" / "solution.csv", dtype={"id": str})
    assert "feu_10km" in train.columns
    for leak in ("feu_10km", "feux_10km", "surface_brulee_ha_10km"):
        assert leak not in test.columns
    assert "feux_10km" not in train.columns
    assert set(test["id"]) == set(solution["id"])
    assert not set(train["date"]) & set(test["date"])
    assert set(solution["split"]) == {"public", "prive"}
    assert len(train) + len(test) == 7320
    mode = (folder / "enseignant" / "solution.csv").stat().st_mode
    assert not mode & (stat.S_IRGRP | stat.S_IROTH)
    assert not (folder / "enseignant").stat().st_mode & stat.S_IROTH


def test_same_seed_same_files(tmp_path):
    one = create_challenge(tmp_path / "a", seed=9)
    two = create_challenge(tmp_path / "b", seed=9)
    for name in ("eleves/test.csv", "enseignant/solution.csv"):
        assert (one / name).read_bytes() == (two / name).read_bytes()


def test_rules_explain_the_metric(tmp_path):
    frame = pd.DataFrame({"date": [f"2024-01-{d:02d}" for d in range(1, 29)], "feu": [0, 1] * 14})
    folder = create_challenge(tmp_path / "d", data=frame, label_column="feu", leak_columns=())
    rules = (folder / "eleves" / "regles.txt").read_text(encoding="utf-8")
    assert "alerte manquée" in rules and "jamais ton code" in rules

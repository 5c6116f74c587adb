"""The pupil's route from a notebook: the practice copy without a teacher's folder (offline, made
of rows no challenge hides), and a teacher's folder where the file is recorded."""

from __future__ import annotations

import pandas as pd

from eduia.challenge import load_challenge, submit_predictions
from eduia.challenge.board import board, create_teams
from eduia.challenge.create import challenge_frames, create_challenge


def test_practice_copy_without_a_teacher_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("EDUIA_DEFI", raising=False)
    defi = load_challenge()
    assert not defi.in_class and "propre copie" in repr(defi)
    assert defi.label == "feu_10km" and "feu_10km" in defi.train.columns
    for hidden in ("feu_10km", "feux_10km", "surface_brulee_ha_10km"):
        assert hidden not in defi.test.columns
    assert not set(defi.train["date"]) & set(defi.test["date"])
    receipt = submit_predictions(defi.test["id"], [0] * len(defi.test))
    assert receipt.accepted and not receipt.recorded and "entraînement" in receipt.message
    assert (tmp_path / "predictions_defi.csv").read_text().startswith("id,prediction\n")
    refused = submit_predictions(defi.test["id"], [2] * len(defi.test), path="autre.csv")
    assert not refused.accepted and "ligne 2" in refused.message  # a message, not an exception
    practice = set(defi.train["id"]) | set(defi.test["id"])
    for seed in range(5):  # whatever the teacher's seed, no practice row is one it hides
        train, hidden, _ = challenge_frames(seed=seed)
        assert not practice & set(hidden["id"])
        assert practice <= set(train["id"])  # and the class's training rows hold every one


def test_teacher_folder_records_the_team_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    dates = pd.date_range("2024-01-01", periods=140).strftime("%Y-%m-%d")
    rows = [
        {"station": s, "date": d, "tx_c": float(i % 30), "feu": int(i % 9 == s)}
        for s in range(3)
        for i, d in enumerate(dates)
    ]
    folder = create_challenge(
        tmp_path / "defi", data=pd.DataFrame(rows), label_column="feu", seed=1
    )
    create_teams(folder, ["Renards"], limit=2)
    monkeypatch.setenv("EDUIA_DEFI", str(folder / "eleves"))
    defi = load_challenge()
    assert defi.in_class and defi.label == "feu" and "feu" not in defi.test.columns
    ones = [1] * len(defi.test)
    assert "pseudonyme" in submit_predictions(defi.test["id"], ones).message
    receipt = submit_predictions(defi.test["id"], ones, team="Renards")
    assert receipt.recorded and "restantes pendant cette séance : 1" in receipt.message
    assert "Équipe inconnue" in submit_predictions(defi.test["id"], ones, team="Inconnus").message
    renards = next(row for row in board(folder) if row["equipe"] == "Renards")
    assert renards["soumissions"] == 1


def test_the_shipped_practice_rows_are_the_weeks_no_challenge_hides(tmp_path):
    """``jours_stations_libres.csv`` is what ``write_practice_file`` makes from the teacher's
    table (rerun it when the dataset changes): the even-numbered weeks, without the leak columns."""
    from eduia.challenge.create import PRACTICE_FILE, load_practice_rows, write_practice_file

    expected = write_practice_file(tmp_path / "libres.csv").read_text(encoding="utf-8")
    assert PRACTICE_FILE.read_text(encoding="utf-8") == expected
    shipped = load_practice_rows()
    assert "feux_10km" not in shipped.columns and "surface_brulee_ha_10km" not in shipped.columns
    assert len(shipped) == 3680 and shipped["date"].nunique() == 184  # 27 weeks of 7 days, minus 5

"""Teams, submissions, limit per session, copies, final picks, board before and after the reveal."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from eduia.challenge import SubmissionError
from eduia.challenge.board import board, create_teams, load_solution, pick_final, reveal, submit
from eduia.challenge.create import create_challenge


@pytest.fixture()
def challenge(tmp_path):
    dates = pd.date_range("2024-01-01", periods=140).strftime("%Y-%m-%d")
    rows = [
        {"station": s, "date": d, "tx_c": float(i % 30), "feu": int(i % 9 == s)}
        for s in range(3)
        for i, d in enumerate(dates)
    ]
    folder = create_challenge(
        tmp_path / "defi", data=pd.DataFrame(rows), label_column="feu", seed=1
    )
    create_teams(folder, ["Renards", "Aigles", "Loups"], limit=3)
    return folder


def _file(predictions: dict[str, int]) -> bytes:
    return ("id,prediction\n" + "".join(f"{i},{p}\n" for i, p in predictions.items())).encode()


def test_whole_class_round(challenge):
    solution = load_solution(challenge)
    perfect = {i: label for i, (label, _) in solution.items()}
    never = dict.fromkeys(solution, 0)
    result = submit(challenge, "Renards", _file(perfect), session="s1")
    assert result == {"numero": 1, "score_public": 100, "restantes": 2}
    assert submit(challenge, "Aigles", _file(never), session="s1")["score_public"] == 0
    with pytest.raises(SubmissionError, match="ligne 2"):
        submit(challenge, "Loups", b"id,prediction\nabc,1\n", session="s1")
    submit(challenge, "Loups", _file(perfect), session="s1")  # a copy of Renards'
    rows = {row["equipe"]: row for row in board(challenge) if not row.get("reference")}
    assert rows["Loups"]["soumissions"] == 1  # the refused file counted for nothing
    assert rows["Renards"]["copie"] and rows["Loups"]["copie"] and not rows["Aigles"]["copie"]
    assert all("score_prive" not in row for row in rows.values())
    references = {row["equipe"]: row for row in board(challenge) if row.get("reference")}
    assert set(references) == {"« toujours non »", "« k plus proches voisins »"}
    assert references["« toujours non »"]["score_public"] == 0
    assert board(challenge)[0]["equipe"] in {"Loups", "Renards"}

    submit(challenge, "Aigles", _file(perfect | {next(iter(never)): 1}), session="s1")
    submit(challenge, "Aigles", _file(never), session="s1")
    with pytest.raises(SubmissionError, match="3 fichiers"):
        submit(challenge, "Aigles", _file(never), session="s1")
    assert submit(challenge, "Aigles", _file(never), session="s2")["restantes"] == 2

    pick_final(challenge, "Aigles", [3])
    with pytest.raises(SubmissionError):
        pick_final(challenge, "Aigles", [1, 2, 3])
    reveal(challenge)
    rows = {row["equipe"]: row for row in board(challenge)}
    assert rows["Renards"]["score_prive"] == 100
    assert rows["Aigles"]["score_prive"] == 0  # its pick, not its best
    state = json.loads((challenge / "enseignant" / "etat.json").read_text())
    assert set(state["equipes"]) == {"Renards", "Aigles", "Loups"}


def test_unknown_team_and_bad_pseudonym(challenge):
    with pytest.raises(SubmissionError, match="Équipe inconnue"):
        submit(challenge, "Inconnus", b"id,prediction\n")
    with pytest.raises(SubmissionError, match="pseudonyme"):
        create_teams(challenge, ["Jean Dupont"])


def test_knn_baseline_is_a_row_learned_from_the_training_file(tmp_path):
    dates = pd.date_range("2024-01-01", periods=140).strftime("%Y-%m-%d")
    rows = [
        {
            "station": s,
            "date": d,
            "tx_c": float((7 * i + s) % 40),
            "feu": int((7 * i + s) % 40 > 33),
        }
        for s in range(3)
        for i, d in enumerate(dates)
    ]
    folder = create_challenge(tmp_path / "d", data=pd.DataFrame(rows), label_column="feu", seed=2)
    assert (folder / "enseignant" / "reference_knn.csv").exists()
    knn = next(row for row in board(folder) if row["equipe"] == "« k plus proches voisins »")
    assert knn["reference"] and knn["score_public"] > 50  # it learned « hot means fire »
    reveal(folder)
    knn = next(row for row in board(folder) if row["equipe"] == "« k plus proches voisins »")
    assert knn["score_prive"] > 50 and "bande_prive" in knn


def test_ties_are_decided_on_the_same_rows_not_by_overlapping_bands(challenge):
    """A team that catches half the public fires and raises no false alarm is ahead of
    « toujours non » even though their two bands overlap; one fire fewer is a tie."""
    solution = load_solution(challenge)
    fires = sorted(i for i, (label, split) in solution.items() if label == 1 and split == "public")
    half = dict.fromkeys(solution, 0) | dict.fromkeys(fires[: len(fires) // 2], 1)
    almost = half | {fires[0]: 0}
    submit(challenge, "Renards", _file(half), session="s1")
    submit(challenge, "Aigles", _file(almost), session="s1")
    rows = {row["equipe"]: row for row in board(challenge)}
    renards, aigles, never = rows["Renards"], rows["Aigles"], rows["« toujours non »"]
    assert renards["score_public"] - renards["bande_public"] <= (
        never["score_public"] + never["bande_public"]
    )  # the bands overlap...
    assert not renards["egal_public"]  # ...yet Renards is first, alone
    assert aigles["egal_public"]  # one fire fewer than Renards: tied with it
    order = [row["equipe"] for row in board(challenge)]
    assert order.index("Renards") < order.index("Aigles")

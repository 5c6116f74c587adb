"""The class page's content and server: bands, ties, nothing private before the reveal, names
escaped, only two addresses served (never a file of the challenge folder), loopback by default.
The page in a real browser is tested in ``test_challenge_browser.py``."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

import pandas as pd
import pytest

from eduia.challenge.board import create_teams, load_solution, reveal, submit
from eduia.challenge.create import create_challenge
from eduia.challenge.page import page_body, rank_plot_svg, rank_with_ties, serve_in_background

HOSTILE = '<img src="http://192.0.2.1/x.png">'


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
    create_teams(folder, ["Renards", "Aigles", "Loups"])
    state_path = folder / "enseignant" / "etat.json"
    state = json.loads(state_path.read_text(encoding="utf-8"))
    state["equipes"][HOSTILE] = {"soumissions": []}  # an edited state file: names are untrusted
    state_path.write_text(json.dumps(state), encoding="utf-8")
    solution = load_solution(folder)
    perfect = {i: label for i, (label, _) in solution.items()}
    wrong_public = [i for i, (label, split) in solution.items() if split == "public" and label][:2]
    rough = perfect | dict.fromkeys(wrong_public, 0)
    for team, predictions in (("Renards", perfect), ("Aigles", rough), ("Loups", rough)):
        text = "id,prediction\n" + "".join(f"{i},{p}\n" for i, p in predictions.items())
        submit(folder, team, text.encode(), session="s1")
    return folder


def test_ties_are_overlapping_bands():
    rows = [
        {"equipe": "A", "s": 90, "b": 0},
        {"equipe": "B", "s": 60, "b": 10},
        {"equipe": "C", "s": 45, "b": 6},
        {"equipe": "D", "s": 20, "b": 5},
    ]
    ranked = rank_with_ties(rows, "s", "b")
    assert [(row["equipe"], row["rang"], row["ex_aequo"]) for row in ranked] == [
        ("A", 1, False),
        ("B", 2, True),
        ("C", 2, True),  # 45 + 6 reaches 60 - 10
        ("D", 4, False),
    ]


def test_board_before_and_after_the_reveal(challenge):
    body = page_body(challenge)
    assert body["soumissions"] == 3 and not body["revele"]
    assert "ex æquo" in body["html"] and " ± " in body["html"]
    assert "« k plus proches voisins »" in body["html"]
    assert all(not key.endswith("prive") for row in body["lignes"] for key in row)
    assert "graphique-rangs" not in body["html"]
    assert HOSTILE not in body["html"] and "&lt;img src=&quot;http://192.0.2.1" in body["html"]
    reveal(challenge)
    body = page_body(challenge)
    assert body["revele"] and "<svg" in body["html"] and "surapprentissage" in body["html"]
    assert HOSTILE not in body["html"]


def test_rank_plot_places_each_team():
    rows = [
        {"equipe": "A", "score_public": 80, "score_prive": 20},
        {"equipe": "B", "score_public": 50, "score_prive": 60},
    ]
    svg = rank_plot_svg(rows)
    assert svg.count("<circle") == 2 and "A : 1 → 2" in svg and "B : 2 → 1" in svg


def test_server_serves_only_the_page_and_its_json(challenge):
    server, url = serve_in_background(challenge, port=0)
    try:
        assert url.startswith("http://127.0.0.1:")
        page = urllib.request.urlopen(url)
        assert "script-src 'nonce-" in page.headers["Content-Security-Policy"]
        assert "Le challenge IA de la classe" in page.read().decode()
        data = json.loads(urllib.request.urlopen(url + "tableau.json").read())
        assert data["soumissions"] == 3
        for path in ("enseignant/solution.csv", "eleves/test.csv", "etat.json", "%2e%2e/"):
            with pytest.raises(urllib.error.HTTPError) as refused:
                urllib.request.urlopen(url + path)
            assert refused.value.code == 404
    finally:
        server.shutdown()
        server.server_close()


def test_serve_command_refuses_a_folder_without_challenge(tmp_path, capsys):
    from eduia.cli import main

    assert main(["challenge", "serve", str(tmp_path), "--port", "0"]) == 1
    assert "eduia challenge create" in capsys.readouterr().err

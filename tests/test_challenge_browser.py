"""The class page of the challenge in a real headless Chromium (Debian's, driven by Playwright):
the teams and their ties, the refresh that picks up a new submission, the plot after the
reveal, and no request that leaves 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from browser_support import chromium_or_skip, screenshot

from eduia.challenge.board import create_teams, load_solution, reveal, submit
from eduia.challenge.create import create_challenge
from eduia.challenge.page import page_body, rank_with_ties, serve_in_background

pytestmark = pytest.mark.browser


def _file(predictions: dict[str, int]) -> bytes:
    return ("id,prediction\n" + "".join(f"{i},{p}\n" for i, p in predictions.items())).encode()


def test_class_page_in_chromium(page, tmp_path: Path) -> None:
    chromium_or_skip()
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
    solution = load_solution(folder)
    perfect = {i: label for i, (label, _) in solution.items()}
    public_fires = [i for i, (label, split) in solution.items() if split == "public" and label]
    rough = perfect | dict.fromkeys(public_fires[:2], 0)
    rougher = perfect | dict.fromkeys(public_fires[:3], 0)
    submit(folder, "Renards", _file(perfect), session="s1")
    submit(folder, "Aigles", _file(rough), session="s1")
    submit(folder, "Loups", _file(rougher), session="s1")

    server, url = serve_in_background(folder, port=0, refresh_seconds=0.3)
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    try:
        page.goto(url)
        board = page.locator("#tableau")
        for team in (
            "Renards",
            "Aigles",
            "Loups",
            "« toujours non »",
            "« k plus proches voisins »",
        ):
            assert board.locator("td.nom", has_text=team).count() == 1, team
        tied = board.locator("tr", has=page.locator(".ex-aequo")).locator("td.nom")
        shown_tied = {name.split()[0] for name in tied.all_inner_texts()}
        expected = rank_with_ties(page_body(folder)["lignes"], "score_public", "bande_public")
        assert shown_tied == {row["equipe"].split()[0] for row in expected if row["ex_aequo"]}
        assert {"Aigles", "Loups"} <= shown_tied
        assert "100 ± 0" in board.locator("tr", has_text="Renards").inner_text()
        assert "Soumissions reçues : 3" in board.inner_text()

        submit(folder, "Loups", _file(perfect | dict.fromkeys(public_fires[:1], 0)), session="s1")
        page.get_by_text("Soumissions reçues : 4").wait_for(timeout=10_000)  # no reload
        loups = board.locator("tr", has_text="Loups").first
        assert loups.locator("td.nombre").inner_text() == "2"
        assert page.locator("#graphique-rangs").count() == 0
        screenshot(page, tmp_path, "challenge-tableau-public")

        reveal(folder)
        page.locator("#graphique-rangs").wait_for(timeout=10_000)
        plot = page.locator("#graphique-rangs")
        assert plot.locator("circle").count() >= 2
        for team in ("Renards", "Aigles", "Loups", "« toujours non »"):
            assert team in plot.inner_html(), team
        assert "Classement final" in board.inner_text() and "surapprentissage" in board.inner_text()
        screenshot(page, tmp_path, "challenge-tableau-revele")
    finally:
        server.shutdown()
        server.server_close()
    assert requested and all(address.startswith(url) for address in requested), requested
    assert any(address.endswith("/tableau.json") for address in requested)
